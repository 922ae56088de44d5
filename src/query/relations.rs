//! Who did what to whom.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use super::names::resolve;
use crate::error::{Error, Result};
use crate::graph::{relation_matches, KnowledgeGraph, RelationEdge};

#[derive(Debug, Clone, Default)]
pub struct RelationFilter {
    pub from: Option<String>,
    pub to: Option<String>,
    /// A relation type ("threaten", "ally_of"), a label ("threatened") or a
    /// CAMEO code or its prefix ("13" for every threat).
    pub kind: Option<String>,
}

/// Which relation a row is about: its two actors (name and key) and its
/// type, as every relation row of every query shows them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ends {
    pub source: String,
    pub source_key: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label: String,
    pub target: String,
    pub target_key: String,
}

impl Ends {
    /// The ends of `edge`, shown with `label` (the edge's own, or one
    /// sighting's).
    pub(crate) fn of(graph: &KnowledgeGraph, edge: &RelationEdge, label: &str) -> Ends {
        Ends {
            source: graph.name_of(&edge.key.source).to_string(),
            source_key: edge.key.source.clone(),
            kind: edge.key.kind.clone(),
            label: label.to_string(),
            target: graph.name_of(&edge.key.target).to_string(),
            target_key: edge.key.target.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationRow {
    #[serde(flatten)]
    pub ends: Ends,
    pub cameo: Option<String>,
    pub negated: bool,
    pub hypothetical: bool,
    pub count: usize,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    pub documents: Vec<String>,
}

/// Relations that read the same both ways match a filter either way round.
const SYMMETRIC: &[&str] = &["ally_of"];

pub fn relations(graph: &KnowledgeGraph, filter: &RelationFilter) -> Result<Vec<RelationRow>> {
    let keys = |name: &Option<String>| -> Result<Option<BTreeSet<String>>> {
        name.as_deref().map(|n| resolve(graph, n).map(|keys| keys.into_iter().collect())).transpose()
    };
    let from = keys(&filter.from)?;
    let to = keys(&filter.to)?;
    let edges = graph.edges();
    if let Some(kind) = &filter.kind {
        if !edges.iter().any(|e| relation_matches(e, kind)) {
            let known: BTreeSet<&str> = edges.iter().map(|e| e.key.kind.as_str()).collect();
            let known: Vec<&str> = known.into_iter().collect();
            return Err(Error::Usage(format!(
                "no relation of type \"{kind}\" in the graph; its types: {}",
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            )));
        }
    }
    let within = |wanted: &Option<BTreeSet<String>>, key: &String| wanted.as_ref().is_none_or(|w| w.contains(key));
    let rows = edges
        .into_iter()
        .filter(|e| filter.kind.as_ref().is_none_or(|kind| relation_matches(e, kind)))
        .filter(|e| {
            let forward = within(&from, &e.key.source) && within(&to, &e.key.target);
            let backward =
                SYMMETRIC.contains(&e.key.kind.as_str()) && within(&from, &e.key.target) && within(&to, &e.key.source);
            forward || backward
        })
        .map(|e| row(graph, e))
        .collect();
    Ok(rows)
}

pub(crate) fn row(graph: &KnowledgeGraph, edge: &RelationEdge) -> RelationRow {
    RelationRow {
        ends: Ends::of(graph, edge, edge.label()),
        cameo: edge.cameo().map(str::to_string),
        negated: edge.key.negated,
        hypothetical: edge.key.hypothetical,
        count: edge.count(),
        first_date: edge.first_date(),
        last_date: edge.last_date(),
        documents: edge.documents().into_iter().map(str::to_string).collect(),
    }
}
