use super::*;
use crate::lexicon::Lexicon;
use crate::text::segment;

fn mentions(text: &str) -> Vec<(String, String)> {
    let lex = Lexicon::embedded();
    let seg = segment(text);
    find_mentions(text, &seg, &lex, None)
        .into_iter()
        .map(|m| (text[m.start..m.end].to_string(), format!("{:?}", m.referent)))
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    mentions(text).into_iter().map(|(t, _)| t).collect()
}

#[test]
fn title_cued_person_no_lexicon_lists() {
    let found = mentions("Deputy Foreign Minister Ana Petrova said the talks failed.");
    assert_eq!(found[0].0, "Deputy Foreign Minister Ana Petrova");
    assert!(found[0].1.contains(r#"NewPerson { name: "Ana Petrova" }"#), "{found:?}");
}

#[test]
fn appositive_person() {
    assert!(texts("Ahmed Rahimi, the interior minister, said so.").contains(&"Ahmed Rahimi".to_string()));
}

#[test]
fn government_compounds_are_the_country() {
    let found = mentions("Syrian warplanes struck the town.");
    assert_eq!(found[0].0, "Syrian warplanes");
    assert!(found[0].1.contains("Government"));
}

#[test]
fn unknown_organization_by_head_word() {
    let found = mentions("The report by Physicians for Human Rights was clear.");
    assert!(found.iter().any(|(t, r)| t == "Physicians for Human Rights" && r.contains("NewOrg")), "{found:?}");
}

#[test]
fn debug_dump() {
    if let Ok(text) = std::env::var("DIPLOGRAPH_DEBUG_TEXT") {
        for (t, r) in mentions(&text) {
            println!("{t:?} => {r}");
        }
    }
}
