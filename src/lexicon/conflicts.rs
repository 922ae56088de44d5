//! Lines that are each valid but together say two things: a phrase given to
//! two event types, a name given to two countries or organizations, an
//! event type declared twice in one file. The later line is the mistake.

use std::fmt;

use rustc_hash::FxHashMap;

use super::format::{EntryType, Located};
use crate::error::Error;

/// Where a meaning was first given: its owner and the line that gave it.
struct First<'a> {
    owner: Owner<'a>,
    /// A verb's `forms`: the same phrase may come twice with other spellings
    /// (travelled, traveled).
    forms: &'a [&'a str],
    path: &'a str,
    line: usize,
}

impl First<'_> {
    /// "line 4" in the same file, the file and line in another.
    fn place(&self, path: &str) -> String {
        match self.path == path {
            true => format!("line {}", self.line),
            false => format!("{}:{}", self.path, self.line),
        }
    }
}

/// What a phrase expresses (an event type's id) or what a name names
/// ("country USA"); put into words only for a message.
#[derive(Clone, Copy, PartialEq)]
struct Owner<'a> {
    kind: Option<&'static str>,
    id: &'a str,
}

impl fmt::Display for Owner<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.kind {
            Some(kind) => write!(f, "{kind} {}", self.id),
            None => f.write_str(self.id),
        }
    }
}

/// A phrase's words, lower-cased, one space apart.
fn phrase_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        match word.is_ascii() {
            true => key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase()))),
            false => key.push_str(&word.to_lowercase()),
        }
    }
    key
}

pub fn check(raw: &[Located]) -> Vec<Error> {
    let mut problems = Vec::new();
    let mut phrases: FxHashMap<(EntryType, String), First> = FxHashMap::default();
    let mut names: FxHashMap<&str, First> = FxHashMap::default();
    let mut events: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    for (path, e) in raw {
        let mut report =
            |message: String| problems.push(Error::Lexicon { path: path.to_string(), line: e.line, message });
        match e.kind {
            EntryType::Verb | EntryType::Noun => {
                let key = (e.kind, phrase_key(e.name));
                let kind = if e.kind == EntryType::Verb { "verb" } else { "noun" };
                let words = &key.1;
                match phrases.get(&key) {
                    Some(first) if first.owner.id == e.id && first.forms != e.field("forms") => {}
                    Some(first) if first.owner.id == e.id => {
                        report(format!("{kind} {words:?} of {} repeats {}", e.id, first.place(path)))
                    }
                    Some(first) => report(format!(
                        "{kind} {words:?} already expresses {} ({}); a phrase belongs to one event type",
                        first.owner,
                        first.place(path)
                    )),
                    None => {
                        let owner = Owner { kind: None, id: e.id };
                        phrases.insert(key, First { owner, forms: e.field("forms"), path, line: e.line });
                    }
                }
            }
            EntryType::Country | EntryType::Org => {
                let kind = if e.kind == EntryType::Country { "country" } else { "org" };
                let owner = Owner { kind: Some(kind), id: e.id };
                let fields = ["alias", "adj", "seat"].into_iter().flat_map(|f| e.field(f));
                for &name in std::iter::once(&e.name).chain(fields) {
                    match names.get(name) {
                        Some(first) if first.owner != owner => report(format!(
                            "{name:?} already names {} ({}); a name stands for one entry",
                            first.owner,
                            first.place(path)
                        )),
                        Some(_) => {}
                        None => {
                            names.insert(name, First { owner, forms: &[], path, line: e.line });
                        }
                    }
                }
            }
            // Across files a later declaration overrides on purpose; within one file it is a slip.
            EntryType::Event => match events.get(&(*path, e.id)) {
                Some(line) => report(format!("event {} is already declared on line {line}", e.id)),
                None => {
                    events.insert((path, e.id), e.line);
                }
            },
            _ => {}
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::format::parse;

    fn problems(files: &[(&str, &str)]) -> Vec<String> {
        let raw: Vec<Located> =
            files.iter().flat_map(|(path, text)| parse(path, text).unwrap().into_iter().map(|e| (*path, e))).collect();
        check(&raw).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn phrase_keys_are_the_lower_cased_words_one_space_apart() {
        assert_eq!(phrase_key("  Meet \t WITH "), "meet with");
        assert_eq!(phrase_key("Méet ΟΔΟΣ"), format!("méet {}", "ΟΔΟΣ".to_lowercase()));
        assert_eq!(phrase_key(""), "");
    }

    #[test]
    fn a_phrase_of_two_types() {
        let found = problems(&[("a.lex", "verb meet | meet with\n"), ("b.lex", "\nverb visit | Meet  with\n")]);
        assert_eq!(
            found,
            ["b.lex:2: verb \"meet with\" already expresses meet (a.lex:1); a phrase belongs to one event type"]
        );
    }

    #[test]
    fn a_repeated_phrase_and_verb_and_noun_apart() {
        let found = problems(&[("a.lex", "verb meet | meet\nnoun meet | meet\nverb meet | meet\n")]);
        assert_eq!(found, ["a.lex:3: verb \"meet\" of meet repeats line 1"]);
        let spellings = "verb visit | travel to | forms: travel; travels; travelled; travelled; travelling\n\
                         verb visit | travel to | forms: travel; travels; traveled; traveled; traveling\n";
        assert_eq!(problems(&[("a.lex", spellings)]), Vec::<String>::new());
    }

    #[test]
    fn a_name_of_two_entries() {
        let found = problems(&[(
            "a.lex",
            "country USA | United States | seat: Washington\ncountry USA | USA | alias: United States\n\
             org X | Washington Group | alias: Washington\n",
        )]);
        assert_eq!(found, ["a.lex:3: \"Washington\" already names country USA (line 1); a name stands for one entry"]);
    }

    #[test]
    fn an_event_declared_twice_in_one_file_only() {
        let event = "event meet | met | cameo: 040\n";
        assert_eq!(problems(&[("a.lex", event), ("b.lex", event)]), Vec::<String>::new());
        let found = problems(&[("a.lex", &format!("{event}{event}"))]);
        assert_eq!(found, ["a.lex:2: event meet is already declared on line 1"]);
    }
}
