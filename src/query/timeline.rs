//! Everything two actors did to each other, sighting by sighting, in the
//! order it happened.

use chrono::NaiveDate;
use serde::Serialize;

use super::names::resolve_one;
use super::relations::Ends;
use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineRow {
    /// The event's date, or else its document's.
    pub date: Option<NaiveDate>,
    #[serde(flatten)]
    pub ends: Ends,
    pub cameo: Option<String>,
    pub negated: bool,
    pub hypothetical: bool,
    pub document: String,
    pub sentence: usize,
    pub evidence: String,
}

/// Every sighting of a relation between `a` and `b`, either way, negated
/// and hypothetical ones included (they are marked): by date (undated
/// last), then document and sentence.
pub fn timeline(graph: &KnowledgeGraph, a: &str, b: &str) -> Result<Vec<TimelineRow>> {
    let a_key = resolve_one(graph, a)?;
    let b_key = resolve_one(graph, b)?;
    if a_key == b_key {
        return Err(Error::Usage(format!("\"{a}\" and \"{b}\" are the same actor ({a_key})")));
    }
    let mut rows = Vec::new();
    for edge in graph.edges() {
        let (s, t) = (&edge.key.source, &edge.key.target);
        if !((*s == a_key && *t == b_key) || (*s == b_key && *t == a_key)) {
            continue;
        }
        for sighting in &edge.provenance {
            rows.push(TimelineRow {
                date: sighting.when(),
                ends: Ends::of(graph, edge, &sighting.label),
                cameo: sighting.cameo.as_deref().map(str::to_string),
                negated: edge.key.negated,
                hypothetical: edge.key.hypothetical,
                document: sighting.document.to_string(),
                sentence: sighting.sentence,
                evidence: sighting.evidence.to_string(),
            });
        }
    }
    rows.sort_by(|x, y| {
        (x.date.is_none(), x.date, &x.document, x.sentence, &x.ends.source_key, &x.ends.kind).cmp(&(
            y.date.is_none(),
            y.date,
            &y.document,
            y.sentence,
            &y.ends.source_key,
            &y.ends.kind,
        ))
    });
    Ok(rows)
}
