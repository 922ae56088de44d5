//! docs/VOCABULARY.md shows the event types as the data has them: its
//! generated section is the output of `diplograph lexicon vocabulary`.

mod common;

use std::path::Path;

use common::{run, stderr, stdout};
use diplograph::lexicon::vocabulary;

const REGENERATE: &str = "diplograph lexicon vocabulary --doc docs/VOCABULARY.md";

#[test]
fn the_doc_section_is_the_command_output() {
    let out = run(&["lexicon", "vocabulary"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let generated = stdout(&out);
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/VOCABULARY.md")).unwrap();
    let Some(section) = vocabulary::section(&doc) else {
        panic!("docs/VOCABULARY.md has no `{}` ... `{}` section", vocabulary::BEGIN, vocabulary::END);
    };
    if section != generated.trim() {
        let line = section.lines().zip(generated.lines()).position(|(a, b)| a != b).map_or(0, |l| l + 1);
        panic!("docs/VOCABULARY.md is stale (generated section, line {line}): run `{REGENERATE}`");
    }
}

#[test]
fn every_event_type_has_a_row() {
    let generated = stdout(&run(&["lexicon", "vocabulary"]));
    let lexicon = diplograph::Lexicon::embedded();
    for event in &lexicon.events {
        let row = format!("| `{}` | {} | {} |", event.name, event.label, event.cameo);
        assert!(generated.contains(&row), "no row for {}", event.name);
    }
    for standing in ["ally_of", "affiliated_with", "part_of", "opposes", "based_in"] {
        assert!(generated.contains(&format!("| `{standing}` |")), "no row for {standing}");
    }
}

#[test]
fn doc_rewrites_only_the_section() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.md");
    let text = format!("# Hand\n\n{}\nold\n{}\n\nprose\n", vocabulary::BEGIN, vocabulary::END);
    std::fs::write(&doc, &text).unwrap();
    let out = run(&["lexicon", "vocabulary", "--doc", doc.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let new = std::fs::read_to_string(&doc).unwrap();
    assert!(new.starts_with(&format!("# Hand\n\n{}\n\n", vocabulary::BEGIN)), "{new}");
    assert!(new.ends_with(&format!("\n{}\n\nprose\n", vocabulary::END)), "{new}");
    assert!(new.contains("| `threaten` | threatened | 130 | 3 | -4.4 |"), "{new}");

    std::fs::write(&doc, "no markers\n").unwrap();
    let out = run(&["lexicon", "vocabulary", "--doc", doc.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no `<!-- generated"), "{}", stderr(&out));
}
