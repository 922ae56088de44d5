//! What one document yields: actors, relations and quotations with their
//! provenance. This is the `extract --format json` contract of
//! `shared/eval/README.md` plus the fields users need (codes, dates,
//! provenance), and the only input of the graph stage.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::Metadata;

/// Where an item was found: the sentence, the byte span in the cleaned
/// text, and the sentence itself as evidence.
///
/// The evidence is not written with the item: the JSON form of a document
/// ([`ExtractionRecord`]) holds each sentence once, in its `sentences`
/// array, where `sentence` points. Written with every mention, the same
/// sentences made up most of the output and of the time spent writing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// 0-based index of the sentence in the document.
    pub sentence: usize,
    /// Byte span `[start, end)` in the cleaned text.
    pub span: [usize; 2],
    #[serde(skip_serializing, default)]
    pub evidence: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Country,
    Organization,
    Group,
    Location,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
            ActorKind::Group => "group",
            ActorKind::Location => "location",
        }
    }
}

/// One mention of an actor in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// The words as written ("the secretary", "Kerry's", "Moscow").
    pub text: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Unique within the document: "a1", "a2", ...
    pub id: String,
    /// The fullest proper name the article gives.
    pub name: String,
    pub kind: ActorKind,
    /// The lexicon entry it resolved to ("USA", "kerry-john"); the key that
    /// makes one node of one actor across documents. None for actors found
    /// only in the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lexicon_id: Option<String>,
    /// CAMEO actor code ("USA", "USAGOV", "SYRREB").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// ISO 3166 alpha-3 code of the actor's country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The office or role the text or lexicon gives ("Secretary of State").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub mentions: Vec<ActorMention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl QuadClass {
    /// The QuadClass of a CAMEO event code, from its root.
    pub fn of_cameo(code: &str) -> Option<QuadClass> {
        let root: u32 = code.get(..2)?.parse().ok()?;
        Some(match root {
            1..=5 => QuadClass::VerbalCooperation,
            6..=8 => QuadClass::MaterialCooperation,
            9..=13 => QuadClass::VerbalConflict,
            14..=20 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    pub fn is_conflict(self) -> bool {
        matches!(self, QuadClass::VerbalConflict | QuadClass::MaterialConflict)
    }
}

/// A directed relation between two actors of the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    /// An event verb of the vocabulary ("threaten", "accuse") or a standing
    /// relation (`ally_of`, `affiliated_with`, `part_of`, `opposes`,
    /// `based_in`).
    #[serde(rename = "type")]
    pub kind: String,
    /// CAMEO event code; None for standing relations.
    pub cameo: Option<String>,
    /// What a graph shows on the edge ("threatened", "allied with").
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quad_class: Option<QuadClass>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f32>,
    pub negated: bool,
    /// Hoped-for, planned, conditional or otherwise not (yet) real.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hypothetical: bool,
    /// The condition's text ("unless Russia takes immediate steps ...").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// For `affiliated_with`: the office ("Secretary of State").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub provenance: Provenance,
}

impl Relation {
    pub fn is_standing(&self) -> bool {
        self.cameo.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Actor id of who said the words; None when the text does not say.
    pub speaker: Option<String>,
    /// Actor id of whom they were said to ("Kerry told Lavrov").
    pub addressee: Option<String>,
    pub text: String,
    /// Actor ids the quotation speaks of.
    pub about: Vec<String>,
    /// The speech verb ("said", "told", "warned").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// Who relayed the words ("according to spokesman John Kirby").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relayed_by: Option<String>,
    /// The words that name an unnamed speaker ("a senior official").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub provenance: Provenance,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub id: String,
    #[serde(flatten)]
    pub meta: Metadata,
    pub actors: Vec<Actor>,
    pub relations: Vec<Relation>,
    pub quotes: Vec<Quote>,
}

impl Extraction {
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Every provenance of the document: its actors' mentions, relations and quotes.
    pub fn provenances(&self) -> impl Iterator<Item = &Provenance> {
        let mentions = self.actors.iter().flat_map(|a| a.mentions.iter().map(|m| &m.provenance));
        mentions.chain(self.relations.iter().map(|r| &r.provenance)).chain(self.quotes.iter().map(|q| &q.provenance))
    }

    /// The evidence sentences by index, up to the last one an item was
    /// found in; `None` for a sentence no item was found in.
    pub fn sentences(&self) -> Vec<Option<&str>> {
        let mut sentences = Vec::new();
        for p in self.provenances() {
            if sentences.len() <= p.sentence {
                sentences.resize(p.sentence + 1, None);
            }
            sentences[p.sentence] = Some(p.evidence.as_str());
        }
        sentences
    }
}

/// The JSON form of one document, as `extract` writes it: the extraction,
/// whose provenances give their sentence by index, and after it the
/// `sentences` array those indexes point into.
#[derive(Debug, Serialize)]
pub struct ExtractionRecord<'a> {
    #[serde(flatten)]
    pub extraction: &'a Extraction,
    /// The evidence sentences ([`Extraction::sentences`]).
    pub sentences: Vec<Option<&'a str>>,
}

impl<'a> From<&'a Extraction> for ExtractionRecord<'a> {
    fn from(extraction: &'a Extraction) -> Self {
        ExtractionRecord { extraction, sentences: extraction.sentences() }
    }
}
