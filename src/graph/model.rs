//! What the graph holds. Every aggregate is kept as sets keyed by document
//! (and sentence), never as running counters, so that merging two graphs
//! is a set union: commutative, associative, and a no-op for documents
//! both already hold. Names, counts and dates are derived from the sets.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::text::{Strings, Text};
use crate::extraction::{ActorKind, QuadClass};

/// Which documents gave each value of an attribute; the most frequent
/// value is the one shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Tally<T: Ord>(pub BTreeMap<T, BTreeSet<Text>>);

impl<T: Ord> Default for Tally<T> {
    fn default() -> Self {
        Tally(BTreeMap::new())
    }
}

impl<T: Ord + Clone> Tally<T> {
    pub fn add(&mut self, value: T, document: &Text) {
        self.0.entry(value).or_default().insert(document.clone());
    }

    pub(crate) fn union(&mut self, other: &Tally<T>, strings: &mut Strings) {
        for (value, documents) in &other.0 {
            self.0.entry(value.clone()).or_default().extend(documents.iter().map(|d| strings.share(d)));
        }
    }

    /// The value given by the most documents; `prefer` breaks ties (the
    /// greater wins), and then the smallest value, so the result never
    /// depends on the order things were added.
    pub fn best_by<K: Ord>(&self, prefer: impl Fn(&T) -> K) -> Option<&T> {
        self.0
            .iter()
            .max_by(|(a, da), (b, db)| {
                da.len().cmp(&db.len()).then_with(|| prefer(a).cmp(&prefer(b))).then_with(|| b.cmp(a))
            })
            .map(|(value, _)| value)
    }

    pub fn best(&self) -> Option<&T> {
        self.best_by(|_| ())
    }
}

/// One real-world actor across the corpus.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActorNode {
    pub key: String,
    pub lexicon_id: Option<String>,
    pub names: Tally<String>,
    pub kinds: Tally<ActorKind>,
    pub cameos: Tally<String>,
    pub countries: Tally<String>,
    pub roles: BTreeSet<String>,
    /// Every mention text seen, normalized.
    pub aliases: BTreeSet<String>,
    pub documents: BTreeSet<Text>,
}

impl ActorNode {
    /// The most frequent name, the fullest (longest) among equals.
    pub fn name(&self) -> &str {
        self.names.best_by(|name| name.chars().count()).map(String::as_str).unwrap_or(&self.key)
    }

    pub fn kind(&self) -> ActorKind {
        // Ties go to the smaller kind: person before country before organization.
        self.kinds.best_by(|kind| std::cmp::Reverse(*kind)).copied().unwrap_or(ActorKind::Organization)
    }

    pub fn cameo(&self) -> Option<&str> {
        self.cameos.best().map(String::as_str)
    }

    pub fn country(&self) -> Option<&str> {
        self.countries.best().map(String::as_str)
    }

    pub fn document_count(&self) -> usize {
        self.documents.len()
    }

    pub(crate) fn union(&mut self, other: &ActorNode, strings: &mut Strings) {
        // The smaller id, not the first seen, so that merge order never shows.
        self.lexicon_id = match (self.lexicon_id.take(), &other.lexicon_id) {
            (Some(mine), Some(theirs)) => Some(mine.min(theirs.clone())),
            (mine, theirs) => mine.or_else(|| theirs.clone()),
        };
        self.names.union(&other.names, strings);
        self.kinds.union(&other.kinds, strings);
        self.cameos.union(&other.cameos, strings);
        self.countries.union(&other.countries, strings);
        self.roles.extend(other.roles.iter().cloned());
        self.aliases.extend(other.aliases.iter().cloned());
        self.documents.extend(other.documents.iter().map(|d| strings.share(d)));
    }
}

/// What makes one edge: relations with the same key are aggregated.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EdgeKey {
    pub source: String,
    pub kind: String,
    pub target: String,
    pub negated: bool,
    pub hypothetical: bool,
}

/// A Goldstein score with a total order, so provenance records can live in
/// sets.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Score(pub f32);

impl PartialEq for Score {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Score {}
impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// One sighting of a relation. Field order is sort order: by document,
/// then sentence, then span.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EdgeProvenance {
    pub document: Text,
    pub sentence: usize,
    pub span: [usize; 2],
    /// The document's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// When the event took place, when the text says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_date: Option<NaiveDate>,
    pub evidence: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<Text>,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quad_class: Option<QuadClass>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<Score>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
}

impl EdgeProvenance {
    /// The event's date when known, else the document's.
    pub fn when(&self) -> Option<NaiveDate> {
        self.event_date.or(self.date)
    }

    /// The same sighting, its strings the copies kept in `strings`.
    pub(crate) fn shared(&self, strings: &mut Strings) -> EdgeProvenance {
        EdgeProvenance {
            document: strings.share(&self.document),
            evidence: strings.share(&self.evidence),
            cameo: strings.share_option(&self.cameo),
            label: strings.share(&self.label),
            condition: strings.share_option(&self.condition),
            role: strings.share_option(&self.role),
            place: strings.share_option(&self.place),
            ..*self
        }
    }
}

/// Relations of one key across the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationEdge {
    pub key: EdgeKey,
    pub provenance: BTreeSet<EdgeProvenance>,
}

impl RelationEdge {
    pub fn count(&self) -> usize {
        self.provenance.len()
    }

    pub fn cameo(&self) -> Option<&str> {
        let mut tally = Tally::default();
        for p in &self.provenance {
            if let Some(code) = &p.cameo {
                tally.add(code.as_str(), &p.document);
            }
        }
        tally.best().copied()
    }

    pub fn label(&self) -> &str {
        let mut tally = Tally::default();
        for p in &self.provenance {
            tally.add(p.label.as_str(), &p.document);
        }
        tally.best().copied().unwrap_or(&self.key.kind)
    }

    pub fn quad_class(&self) -> Option<QuadClass> {
        let mut tally = Tally::default();
        for p in &self.provenance {
            if let Some(class) = p.quad_class {
                tally.add(class, &p.document);
            }
        }
        tally.best().copied()
    }

    pub fn is_standing(&self) -> bool {
        self.provenance.iter().all(|p| p.cameo.is_none())
    }

    pub fn first_date(&self) -> Option<NaiveDate> {
        self.provenance.iter().filter_map(EdgeProvenance::when).min()
    }

    pub fn last_date(&self) -> Option<NaiveDate> {
        self.provenance.iter().filter_map(EdgeProvenance::when).max()
    }

    /// Sum of the Goldstein scores, rounded to 3 decimals so that f32
    /// noise does not leak into files.
    pub fn goldstein_total(&self) -> Option<f64> {
        let scores: Vec<f64> = self.provenance.iter().filter_map(|p| p.goldstein).map(|s| f64::from(s.0)).collect();
        if scores.is_empty() {
            return None;
        }
        let total: f64 = scores.iter().sum();
        Some((total * 1000.0).round() / 1000.0)
    }

    pub fn documents(&self) -> BTreeSet<&str> {
        self.provenance.iter().map(|p| p.document.as_str()).collect()
    }
}

/// A quotation with its people as node keys. Field order is sort order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct QuoteRecord {
    pub document: Text,
    pub sentence: usize,
    pub span: [usize; 2],
    #[serde(default)]
    pub speaker: Option<Text>,
    #[serde(default)]
    pub addressee: Option<Text>,
    #[serde(default)]
    pub about: Vec<Text>,
    pub text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relayed_by: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_description: Option<Text>,
    /// The quotation's date, else the document's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub evidence: Text,
}

impl QuoteRecord {
    /// The same quotation, its strings the copies kept in `strings`.
    pub(crate) fn shared(&self, strings: &mut Strings) -> QuoteRecord {
        QuoteRecord {
            document: strings.share(&self.document),
            sentence: self.sentence,
            span: self.span,
            speaker: strings.share_option(&self.speaker),
            addressee: strings.share_option(&self.addressee),
            about: self.about.iter().map(|key| strings.share(key)).collect(),
            text: strings.share(&self.text),
            verb: strings.share_option(&self.verb),
            relayed_by: strings.share_option(&self.relayed_by),
            speaker_description: strings.share_option(&self.speaker_description),
            date: self.date,
            evidence: strings.share(&self.evidence),
        }
    }
}

/// What the graph keeps of a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}
