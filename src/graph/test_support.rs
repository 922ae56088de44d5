//! Hand-built extractions for the unit tests of the graph, export and
//! query modules: no extractor needed.

use chrono::NaiveDate;

use crate::document::Metadata;
use crate::extraction::{Actor, ActorKind, ActorMention, Extraction, Provenance, Quote, Relation};

pub fn date(text: &str) -> NaiveDate {
    text.parse().expect("test date")
}

pub fn doc(id: &str, day: &str) -> Extraction {
    Extraction {
        id: id.to_string(),
        meta: Metadata { date: Some(date(day)), title: Some(format!("Story {id}")), ..Metadata::default() },
        actors: Vec::new(),
        relations: Vec::new(),
        quotes: Vec::new(),
        // Every sentence a test item may point at, each saying which it is.
        sentences: (0..EVIDENCE_SENTENCES).map(|i| Some(format!("Sentence {i}."))).collect(),
    }
}

const EVIDENCE_SENTENCES: usize = 16;

fn provenance(sentence: usize) -> Provenance {
    assert!(sentence < EVIDENCE_SENTENCES, "test extractions hold {EVIDENCE_SENTENCES} sentences");
    Provenance { sentence, span: [sentence * 100, sentence * 100 + 40] }
}

pub fn actor(id: &str, name: &str, kind: ActorKind, lexicon_id: Option<&str>, mentions: &[&str]) -> Actor {
    Actor {
        id: id.to_string(),
        name: name.to_string(),
        kind,
        lexicon_id: lexicon_id.map(str::to_string),
        cameo: lexicon_id.map(|id| id.to_uppercase()),
        country: None,
        role: None,
        mentions: mentions
            .iter()
            .enumerate()
            .map(|(i, text)| ActorMention { text: text.to_string(), provenance: provenance(i) })
            .collect(),
    }
}

pub fn relation(source: &str, kind: &str, target: &str, cameo: Option<&str>, label: &str, sentence: usize) -> Relation {
    Relation {
        source: source.to_string(),
        target: target.to_string(),
        kind: kind.to_string(),
        cameo: cameo.map(str::to_string),
        label: label.to_string(),
        quad_class: None,
        goldstein: cameo.map(|_| -4.4),
        negated: false,
        hypothetical: false,
        condition: None,
        role: None,
        date: None,
        place: None,
        provenance: provenance(sentence),
    }
}

pub fn quote(speaker: Option<&str>, addressee: Option<&str>, about: &[&str], text: &str, sentence: usize) -> Quote {
    Quote {
        speaker: speaker.map(str::to_string),
        addressee: addressee.map(str::to_string),
        text: text.to_string(),
        about: about.iter().map(|a| a.to_string()).collect(),
        verb: Some("said".to_string()),
        relayed_by: None,
        speaker_description: None,
        date: None,
        provenance: provenance(sentence),
    }
}
