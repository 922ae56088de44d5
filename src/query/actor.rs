//! Everything the graph knows about one actor.

use serde::Serialize;

use super::names::resolve_one;
use super::relations::{row as relation_row, RelationRow};
use super::said::{row as said_row, SaidRow};
use crate::error::{Error, Result};
use crate::extraction::ActorKind;
use crate::graph::{Direction, KnowledgeGraph};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorReport {
    pub key: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub cameo: Option<String>,
    pub roles: Vec<String>,
    pub aliases: Vec<String>,
    pub document_count: usize,
    pub outgoing: Vec<RelationRow>,
    pub incoming: Vec<RelationRow>,
    /// What the actor said.
    pub quotes: Vec<SaidRow>,
}

pub fn actor(graph: &KnowledgeGraph, name: &str) -> Result<ActorReport> {
    let key = resolve_one(graph, name)?;
    let node = graph.node(&key).ok_or_else(|| Error::Usage(format!("no actor \"{name}\" in the graph")))?;
    let edges = |direction| graph.edges_of(&key, direction).into_iter().map(|e| relation_row(graph, e)).collect();
    Ok(ActorReport {
        name: node.name().to_string(),
        kind: node.kind(),
        country: node.country().map(str::to_string),
        cameo: node.cameo().map(str::to_string),
        roles: node.roles.iter().cloned().collect(),
        aliases: node.aliases.iter().cloned().collect(),
        document_count: node.document_count(),
        outgoing: edges(Direction::Outgoing),
        incoming: edges(Direction::Incoming),
        quotes: graph.quotes_by(&key).map(|q| said_row(graph, q)).collect(),
        key,
    })
}
