//! Node keys: what makes two actors of two documents the same node, and
//! the name folding that query matching shares with it.

use crate::extraction::Actor;

/// The node key of an actor: its lexicon id when it resolved to an entry
/// (lexicon ids have no `:`, so they never collide with the fallback),
/// else `kind:normalized name`.
pub fn actor_key(actor: &Actor) -> String {
    if let Some(id) = actor.lexicon_id.as_deref().map(str::trim).filter(|id| !id.is_empty()) {
        return id.to_string();
    }
    let mut name = normalize_name(&actor.name);
    if name.is_empty() {
        // A name of punctuation only still deserves a stable key of its own.
        name = actor.name.trim().to_lowercase();
    }
    format!("{}:{}", actor.kind.as_str(), name)
}

/// Folds a name the way people disregard differences when they type it:
/// lower case, accents dropped, a possessive `'s` and punctuation dropped,
/// a leading "the" dropped, spaces collapsed. "The U.S.'s" and "the US"
/// both give "us"; "Jean-Marc Ayrault" gives "jean marc ayrault".
pub fn normalize_name(text: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    for raw in text.split(|c: char| c.is_whitespace() || is_separator(c)) {
        let word = strip_possessive(raw);
        let mut folded = String::new();
        for c in word.chars().filter(|c| c.is_alphanumeric()) {
            match fold_char(c) {
                "" => folded.extend(c.to_lowercase()),
                base => folded.push_str(base),
            }
        }
        if !folded.is_empty() {
            words.push(folded);
        }
    }
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// Characters that separate words; every other non-alphanumeric one (the
/// dots of "U.S.", apostrophes) is dropped inside the word.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '‐' | '‑' | '–' | '—' | '/' | ',' | ';' | ':' | '(' | ')' | '[' | ']' | '&' | '+' | '"' | '“' | '”'
    )
}

fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

/// Latin letters with diacritics to their base letters; other scripts are
/// kept as they are (lower-cased later).
fn fold_char(c: char) -> &'static str {
    if c.is_ascii() {
        return ""; // most letters, and never in the table
    }
    const TABLE: &[(&str, &str)] = &[
        ("ÀÁÂÃÄÅĀĂĄàáâãäåāăą", "a"),
        ("ÇĆĈĊČçćĉċč", "c"),
        ("ĎĐďđ", "d"),
        ("ÈÉÊËĒĔĖĘĚèéêëēĕėęě", "e"),
        ("ĜĞĠĢĝğġģ", "g"),
        ("ĤĦĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİìíîïĩīĭįı", "i"),
        ("Ĵĵ", "j"),
        ("Ķķ", "k"),
        ("ĹĻĽĿŁĺļľŀł", "l"),
        ("ÑŃŅŇñńņň", "n"),
        ("ÒÓÔÕÖØŌŎŐòóôõöøōŏő", "o"),
        ("ŔŖŘŕŗř", "r"),
        ("ŚŜŞŠȘśŝşšș", "s"),
        ("ŢŤŦȚţťŧț", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűų", "u"),
        ("Ŵŵ", "w"),
        ("ÝŸŶýÿŷ", "y"),
        ("ŹŻŽźżž", "z"),
        ("Ææ", "ae"),
        ("Œœ", "oe"),
        ("ß", "ss"),
        ("Þþ", "th"),
        ("Ðð", "d"),
    ];
    for (letters, base) in TABLE {
        if letters.contains(c) {
            return base;
        }
    }
    // Not in the table: the caller keeps the character itself.
    ""
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_punctuation_and_the() {
        assert_eq!(normalize_name("The U.S.'s"), "us");
        assert_eq!(normalize_name("the  US"), "us");
        assert_eq!(normalize_name("Jean-Marc Ayrault"), "jean marc ayrault");
        assert_eq!(normalize_name("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(normalize_name("Kerry’s"), "kerry");
        assert_eq!(normalize_name("  Sergey   LAVROV "), "sergey lavrov");
        assert_eq!(normalize_name("Москва"), "москва");
        // "The" alone is a name, not an article.
        assert_eq!(normalize_name("The"), "the");
        assert_eq!(normalize_name("!!!"), "");
    }
}
