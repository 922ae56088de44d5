//! Who said what, to whom, about whom.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::names::resolve;
use crate::error::Result;
use crate::graph::{KnowledgeGraph, QuoteRecord, Text};

#[derive(Debug, Clone, Default)]
pub struct SaidFilter {
    pub speaker: Option<String>,
    pub addressee: Option<String>,
    pub about: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Words or phrases the quotation must all contain, in any case.
    pub contains: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SaidRow {
    /// The speaker's name; None when the text does not name one.
    pub speaker: Option<String>,
    pub speaker_key: Option<String>,
    /// How the text describes an unnamed speaker ("a senior official").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_description: Option<String>,
    pub addressee: Option<String>,
    pub quotation: String,
    pub about: Vec<String>,
    pub verb: Option<String>,
    pub date: Option<NaiveDate>,
    pub document: String,
    pub sentence: usize,
}

/// The quotations that pass every filter given, in document order. A date
/// filter drops quotations without a date.
pub fn said(graph: &KnowledgeGraph, filter: &SaidFilter) -> Result<Vec<SaidRow>> {
    let keys = |name: &Option<String>| -> Result<Option<BTreeSet<String>>> {
        name.as_deref().map(|n| resolve(graph, n).map(|keys| keys.into_iter().collect())).transpose()
    };
    let speakers = keys(&filter.speaker)?;
    let addressees = keys(&filter.addressee)?;
    let abouts = keys(&filter.about)?;
    let words: Vec<String> = filter.contains.iter().map(|w| w.to_lowercase()).collect();
    let is = |wanted: &Option<BTreeSet<String>>, key: &Option<Text>| match (wanted, key) {
        (None, _) => true,
        (Some(wanted), Some(key)) => wanted.contains(key.as_str()),
        (Some(_), None) => false,
    };
    let rows = graph
        .quotes()
        .filter(|q| is(&speakers, &q.speaker) && is(&addressees, &q.addressee))
        .filter(|q| abouts.as_ref().is_none_or(|wanted| q.about.iter().any(|k| wanted.contains(k.as_str()))))
        .filter(|q| filter.since.is_none_or(|since| q.date.is_some_and(|d| d >= since)))
        .filter(|q| filter.until.is_none_or(|until| q.date.is_some_and(|d| d <= until)))
        .filter(|q| {
            let text = q.text.to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .map(|q| row(graph, q))
        .collect();
    Ok(rows)
}

pub(crate) fn row(graph: &KnowledgeGraph, quote: &QuoteRecord) -> SaidRow {
    let name = |key: &Option<Text>| key.as_deref().map(|k| graph.name_of(k).to_string());
    SaidRow {
        speaker: name(&quote.speaker),
        speaker_key: quote.speaker.as_ref().map(Text::to_string),
        speaker_description: quote.speaker_description.as_ref().map(Text::to_string),
        addressee: name(&quote.addressee),
        quotation: quote.text.to_string(),
        about: quote.about.iter().map(|k| graph.name_of(k).to_string()).collect(),
        verb: quote.verb.as_ref().map(Text::to_string),
        date: quote.date,
        document: quote.document.to_string(),
        sentence: quote.sentence,
    }
}
