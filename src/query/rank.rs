//! The most central actors, by degree or by PageRank.
//!
//! PageRank is computed here rather than with petgraph's `page_rank`,
//! which ignores edge weights: an edge counts as often as it was seen.

use std::collections::BTreeMap;

use serde::Serialize;

use super::network::Network;
use crate::error::{Error, Result};
use crate::extraction::ActorKind;
use crate::graph::KnowledgeGraph;

/// The usual damping factor: a random reader follows a relation 85% of
/// the time and jumps to any actor otherwise.
const DAMPING: f64 = 0.85;
const MAX_ITERATIONS: usize = 200;
const TOLERANCE: f64 = 1e-12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Centrality {
    /// How many other actors an actor has relations with, either way.
    Degree,
    /// PageRank over relations from source to target, weighted by count.
    PageRank,
}

impl std::str::FromStr for Centrality {
    type Err = Error;

    fn from_str(text: &str) -> Result<Centrality> {
        match text.to_ascii_lowercase().as_str() {
            "degree" => Ok(Centrality::Degree),
            "pagerank" | "page-rank" | "page_rank" => Ok(Centrality::PageRank),
            other => Err(Error::Usage(format!("unknown centrality \"{other}\" (degree or pagerank)"))),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopRow {
    pub rank: usize,
    pub name: String,
    pub key: String,
    pub kind: ActorKind,
    /// Other actors linked either way.
    pub degree: usize,
    /// Sightings of relations to and from the actor.
    pub incoming: usize,
    pub outgoing: usize,
    /// Rounded to 6 decimals; all ranks add up to 1.
    pub pagerank: f64,
}

/// The `limit` most central actors (all with 0), highest first; ties go
/// by key. Negated edges count for nothing.
pub fn top(graph: &KnowledgeGraph, by: Centrality, limit: usize) -> Vec<TopRow> {
    let network = Network::new(graph);
    let keys: Vec<&str> = graph.nodes().into_iter().map(|n| n.key.as_str()).collect();
    let ranks = pagerank(graph, &keys);
    let mut incoming: BTreeMap<&str, usize> = BTreeMap::new();
    let mut outgoing: BTreeMap<&str, usize> = BTreeMap::new();
    for edge in graph.edges().into_iter().filter(|e| !e.key.negated) {
        *outgoing.entry(&edge.key.source).or_default() += edge.count();
        *incoming.entry(&edge.key.target).or_default() += edge.count();
    }
    let mut rows: Vec<TopRow> = keys
        .iter()
        .zip(&ranks)
        .map(|(&key, &rank)| TopRow {
            rank: 0,
            name: graph.name_of(key).to_string(),
            key: key.to_string(),
            kind: graph.node(key).map_or(ActorKind::Organization, |n| n.kind()),
            degree: network.neighbors(key, true).len(),
            incoming: incoming.get(key).copied().unwrap_or(0),
            outgoing: outgoing.get(key).copied().unwrap_or(0),
            pagerank: (rank * 1e6).round() / 1e6,
        })
        .collect();
    rows.sort_by(|a, b| {
        let order = match by {
            Centrality::Degree => {
                b.degree.cmp(&a.degree).then((b.incoming + b.outgoing).cmp(&(a.incoming + a.outgoing)))
            }
            Centrality::PageRank => b.pagerank.total_cmp(&a.pagerank),
        };
        order.then_with(|| a.key.cmp(&b.key))
    });
    if limit > 0 {
        rows.truncate(limit);
    }
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
    rows
}

/// PageRank of each of `keys` (sorted), by power iteration. An actor
/// with no outgoing relation spreads its rank over everyone, so the ranks
/// always add up to 1.
fn pagerank(graph: &KnowledgeGraph, keys: &[&str]) -> Vec<f64> {
    let n = keys.len();
    if n == 0 {
        return Vec::new();
    }
    let index: BTreeMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    // (source, target, weight), in edge order: sums are always added in one order.
    let mut links: Vec<(usize, usize, f64)> = Vec::new();
    for edge in graph.edges().into_iter().filter(|e| !e.key.negated && e.key.source != e.key.target) {
        let (Some(&s), Some(&t)) = (index.get(edge.key.source.as_str()), index.get(edge.key.target.as_str())) else {
            continue;
        };
        let weight = edge.count() as f64;
        links.push((s, t, weight));
        if edge.key.kind == "ally_of" {
            links.push((t, s, weight));
        }
    }
    let mut out_weight = vec![0.0; n];
    for &(s, _, w) in &links {
        out_weight[s] += w;
    }
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = (0..n).filter(|&i| out_weight[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - DAMPING) / n as f64 + DAMPING * dangling / n as f64;
        let mut next = vec![base; n];
        for &(s, t, w) in &links {
            next[t] += DAMPING * rank[s] * w / out_weight[s];
        }
        let change: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if change < TOLERANCE {
            break;
        }
    }
    rank
}
