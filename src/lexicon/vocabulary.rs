//! The vocabulary as markdown, from the data: one table of event types per
//! QuadClass and the table of standing relations. docs/VOCABULARY.md holds
//! this text between two markers, so the doc cannot drift from the data.

use std::fmt::Write;

use super::Lexicon;
use crate::extraction::QuadClass;
use crate::relations::label_of_standing;

pub const BEGIN: &str = "<!-- generated: diplograph lexicon vocabulary -->";
pub const END: &str = "<!-- end generated -->";

/// Examples per type: enough to show the breadth, few enough for a table.
const VERB_EXAMPLES: usize = 5;
const NOUN_EXAMPLES: usize = 3;

/// The five standing relations: not lexicon data (the grammar finds them),
/// so their description lives here; labels come from `relations`.
const STANDING: [(&str, &str, &str); 5] = [
    (
        "ally_of",
        "symmetric",
        "two actors named as allies: \"the Syrian government and its ally Russia\", \"Washington's ally Seoul\". \
         Stored once per pair; the direction carries no meaning.",
    ),
    (
        "affiliated_with",
        "person -> state or organization",
        "a person serves a state or an organization; `role` holds the office: \"Secretary of State John Kerry\" \
         gives Kerry affiliated_with USA, role \"Secretary of State\".",
    ),
    (
        "part_of",
        "body -> state or organization",
        "an institution belongs to a state or is an organ of an organization: \"South Korea's Foreign Ministry\" \
         part_of KOR; the UN Security Council part_of the UN.",
    ),
    (
        "opposes",
        "group -> state or group",
        "a lasting opposition rather than one event: rebels or an opposition movement fighting or opposing a \
         government. A single act of disapproval is an event (`disapprove`, `criticize`).",
    ),
    (
        "based_in",
        "organization -> country or place",
        "where an NGO, a company, an armed group or an international organization sits: \"the London-based \
         Amnesty International\".",
    ),
];

const SECTIONS: [(Option<QuadClass>, &str); 5] = [
    (Some(QuadClass::VerbalCooperation), "QuadClass 1: Verbal cooperation (CAMEO roots 01-05)"),
    (Some(QuadClass::MaterialCooperation), "QuadClass 2: Material cooperation (CAMEO roots 06-08)"),
    (Some(QuadClass::VerbalConflict), "QuadClass 3: Verbal conflict (CAMEO roots 09-13)"),
    (Some(QuadClass::MaterialConflict), "QuadClass 4: Material conflict (CAMEO roots 14-20)"),
    (None, "No QuadClass (CAMEO root outside 01-20)"),
];

/// The generated markdown, without the markers.
pub fn markdown(lex: &Lexicon) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} event types, {} verb lines and {} noun lines.\n",
        lex.events.len(),
        lex.verbs.len(),
        lex.nouns.len()
    );
    for (quad, heading) in SECTIONS {
        let events: Vec<usize> =
            (0..lex.events.len()).filter(|&i| QuadClass::of_cameo(&lex.events[i].cameo) == quad).collect();
        if events.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {heading}\n");
        out.push_str("| Type | Label | CAMEO | QuadClass | Goldstein | Verbs | Nouns |\n");
        out.push_str("|---|---|---|---|---|---|---|\n");
        for i in events {
            let e = &lex.events[i];
            let verbs = phrases(lex.verbs.iter().filter(|v| v.event == i).map(|v| (&v.words, &v.preps)));
            let nouns = phrases(lex.nouns.iter().filter(|n| n.event == i).map(|n| (&n.words, &n.preps)));
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} | {} | {} | {} |",
                e.name,
                e.label,
                e.cameo,
                quad.map_or("-".to_string(), |q| (q as u8).to_string()),
                e.goldstein.map_or("-".to_string(), |g| format!("{g:.1}")),
                examples(&verbs, VERB_EXAMPLES),
                examples(&nouns, NOUN_EXAMPLES),
            );
        }
        out.push('\n');
    }
    out.push_str("### Standing relations\n\n");
    out.push_str("No CAMEO code, no QuadClass, no Goldstein score (`cameo` is null).\n\n");
    out.push_str("| Type | Label | Direction | Meaning |\n|---|---|---|---|\n");
    for (kind, direction, meaning) in STANDING {
        let _ = writeln!(out, "| `{kind}` | {} | {direction} | {meaning} |", label_of_standing(kind));
    }
    out
}

/// Distinct phrases in file order, with the prepositions that bring in the
/// target ("protest to/with"): spelling variants of a verb are two lines with
/// the same words.
fn phrases<'a>(all: impl Iterator<Item = (&'a Vec<String>, &'a Vec<String>)>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (words, preps) in all {
        let mut phrase = words.join(" ");
        if !preps.is_empty() {
            phrase = format!("{phrase} {}", preps.join("/"));
        }
        if !out.contains(&phrase) {
            out.push(phrase);
        }
    }
    out
}

fn examples(phrases: &[String], shown: usize) -> String {
    let mut text = phrases.iter().take(shown).map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ");
    if phrases.len() > shown {
        let _ = write!(text, " (+{} more)", phrases.len() - shown);
    }
    if text.is_empty() {
        text.push('-');
    }
    text
}

/// `doc` with the text between the markers replaced by `generated`; None
/// when the markers are missing or out of order.
pub fn splice(doc: &str, generated: &str) -> Option<String> {
    let start = doc.find(BEGIN)? + BEGIN.len();
    let end = start + doc[start..].find(END)?;
    Some(format!("{}\n\n{}\n{}", &doc[..start], generated.trim_end(), &doc[end..]))
}

/// The text between the markers, as `splice` writes it.
pub fn section(doc: &str) -> Option<&str> {
    let start = doc.find(BEGIN)? + BEGIN.len();
    let end = start + doc[start..].find(END)?;
    Some(doc[start..end].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let files = [(
            "t.lex".to_string(),
            "event meet | met with | cameo: 040 | goldstein: 1.0\nevent attack | attacked | cameo: 190\n\
             verb meet | meet | forms: meet; meets; met; met; meeting\nverb meet | hold talks with\n\
             verb meet | confer | prep: with; among\nnoun meet | meeting\n"
                .to_string(),
        )];
        Lexicon::from_files(&files).unwrap()
    }

    #[test]
    fn a_row_per_type_under_its_quadclass() {
        let text = markdown(&lexicon());
        assert!(text.starts_with("2 event types, 3 verb lines and 1 noun lines.\n"), "{text}");
        let cooperation = text.find("### QuadClass 1").unwrap();
        let conflict = text.find("### QuadClass 4").unwrap();
        let meet = text
            .find("| `meet` | met with | 040 | 1 | 1.0 | `meet`, `hold talks with`, `confer with/among` | `meeting` |");
        let attack = text.find("| `attack` | attacked | 190 | 4 | - | - | - |");
        assert!(cooperation < meet.unwrap() && meet.unwrap() < conflict && conflict < attack.unwrap(), "{text}");
        assert!(!text.contains("QuadClass 2"), "empty sections are left out");
        assert!(text.contains("| `ally_of` | allied with | symmetric |"), "{text}");
    }

    #[test]
    fn long_lists_are_cut() {
        let many: Vec<String> = (0..7).map(|i| format!("w{i}")).collect();
        assert_eq!(examples(&many, 2), "`w0`, `w1` (+5 more)");
    }

    #[test]
    fn splice_replaces_between_markers_only() {
        let doc = format!("intro\n{BEGIN}\nold\n{END}\noutro\n");
        let new = splice(&doc, "new\n").unwrap();
        assert_eq!(new, format!("intro\n{BEGIN}\n\nnew\n{END}\noutro\n"));
        assert_eq!(section(&new), Some("new"));
        assert_eq!(splice("no markers", "x"), None);
    }
}
