//! Questions about the shape of the graph: the shortest chains of
//! relations between two actors, and the actors within a few relations of
//! one. Negated edges say that something did *not* happen, so they link
//! nobody here; hypothetical ones do (a threat is a relation).

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use chrono::NaiveDate;
use serde::Serialize;

use super::names::resolve_one;
use super::relations::Ends;
use crate::error::{Error, Result};
use crate::extraction::ActorKind;
use crate::graph::{KnowledgeGraph, RelationEdge};

/// Chains listed at most, when several are equally short.
pub const DEFAULT_MAX_PATHS: usize = 5;

/// One relation between two actors of a chain, with the first sentence
/// that supports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    #[serde(flatten)]
    pub ends: Ends,
    pub hypothetical: bool,
    pub count: usize,
    pub first_date: Option<NaiveDate>,
    pub document: String,
    pub sentence: usize,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub from: String,
    pub from_key: String,
    pub to: String,
    pub to_key: String,
    /// Every relation between the two, either way (only `from` -> `to`
    /// for a directed path).
    pub relations: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathRow {
    pub length: usize,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NeighborRow {
    pub depth: usize,
    pub name: String,
    pub key: String,
    pub kind: ActorKind,
    /// The actor one step nearer the centre it is reached through (the
    /// first by key when there are several).
    pub via: String,
    pub via_key: String,
    /// The relations between `via` and this actor.
    pub relations: Vec<Link>,
}

/// Who is linked to whom, by the edges that are not negated.
pub(crate) struct Network<'g> {
    graph: &'g KnowledgeGraph,
    /// Each node's neighbours along edges (`out`) and against them (`into`).
    out: BTreeMap<&'g str, BTreeSet<&'g str>>,
    into: BTreeMap<&'g str, BTreeSet<&'g str>>,
    edges: BTreeMap<(&'g str, &'g str), Vec<&'g RelationEdge>>,
}

impl<'g> Network<'g> {
    pub(crate) fn new(graph: &'g KnowledgeGraph) -> Network<'g> {
        let mut network = Network { graph, out: BTreeMap::new(), into: BTreeMap::new(), edges: BTreeMap::new() };
        for edge in graph.edges().into_iter().filter(|e| !e.key.negated && e.key.source != e.key.target) {
            let (source, target) = (edge.key.source.as_str(), edge.key.target.as_str());
            network.out.entry(source).or_default().insert(target);
            network.into.entry(target).or_default().insert(source);
            if edge.key.kind == "ally_of" {
                network.out.entry(target).or_default().insert(source);
                network.into.entry(source).or_default().insert(target);
            }
            network.edges.entry((source, target)).or_default().push(edge);
        }
        network
    }

    /// The neighbours of `key`, sorted: those its edges lead to, and with
    /// `both_ways` those whose edges lead to it.
    pub(crate) fn neighbors(&self, key: &str, both_ways: bool) -> BTreeSet<&'g str> {
        let mut found = self.out.get(key).cloned().unwrap_or_default();
        if both_ways {
            found.extend(self.into.get(key).into_iter().flatten());
        }
        found
    }

    /// The edges from `a` to `b`, and with `both_ways` from `b` to `a`
    /// (ally_of counts both ways anyway).
    fn links(&self, a: &str, b: &str, both_ways: bool) -> Vec<Link> {
        let forward = self.edges.get(&(a, b)).into_iter().flatten();
        let backward = self.edges.get(&(b, a)).into_iter().flatten().filter(|e| both_ways || e.key.kind == "ally_of");
        let mut edges: Vec<&RelationEdge> = forward.chain(backward).copied().collect();
        edges.sort_by(|x, y| x.key.cmp(&y.key));
        edges.into_iter().map(|e| link(self.graph, e)).collect()
    }

    /// Distances from `start` in steps, following edges (and with
    /// `both_ways` going against them too), up to `limit` steps.
    fn distances(&self, start: &'g str, both_ways: bool, reverse: bool, limit: usize) -> BTreeMap<&'g str, usize> {
        let mut distance = BTreeMap::from([(start, 0)]);
        let mut queue = VecDeque::from([start]);
        while let Some(key) = queue.pop_front() {
            let d = distance[key];
            if d == limit {
                continue;
            }
            let next = match (both_ways, reverse) {
                (true, _) => self.neighbors(key, true),
                (false, false) => self.out.get(key).cloned().unwrap_or_default(),
                (false, true) => self.into.get(key).cloned().unwrap_or_default(),
            };
            for other in next {
                if !distance.contains_key(other) {
                    distance.insert(other, d + 1);
                    queue.push_back(other);
                }
            }
        }
        distance
    }
}

pub(crate) fn link(graph: &KnowledgeGraph, edge: &RelationEdge) -> Link {
    let first = edge.provenance.first();
    Link {
        ends: Ends::of(graph, edge, edge.label()),
        hypothetical: edge.key.hypothetical,
        count: edge.count(),
        first_date: edge.first_date(),
        document: first.map(|p| p.document.to_string()).unwrap_or_default(),
        sentence: first.map_or(0, |p| p.sentence),
        evidence: first.map(|p| p.evidence.to_string()).unwrap_or_default(),
    }
}

/// The shortest chains of relations from `from` to `to`, at most `max` of
/// them, in key order. `directed` follows relations only from source to
/// target; otherwise either way. No chain is an empty answer, not an error.
pub fn path(graph: &KnowledgeGraph, from: &str, to: &str, directed: bool, max: usize) -> Result<Vec<PathRow>> {
    let a = resolve_one(graph, from)?;
    let b = resolve_one(graph, to)?;
    if a == b {
        return Err(Error::Usage(format!("\"{from}\" and \"{to}\" are the same actor ({a})")));
    }
    let network = Network::new(graph);
    let (Some(a), Some(b)) = (graph.node(&a).map(|n| n.key.as_str()), graph.node(&b).map(|n| n.key.as_str())) else {
        return Ok(Vec::new());
    };
    let from_a = network.distances(a, !directed, false, usize::MAX);
    let Some(&length) = from_a.get(b) else {
        return Ok(Vec::new());
    };
    let to_b = network.distances(b, !directed, true, length);
    let on_a_shortest = |key: &str, d: usize| from_a.get(key) == Some(&d) && to_b.get(key) == Some(&(length - d));

    let mut chains: Vec<Vec<&str>> = Vec::new();
    let mut stack: Vec<Vec<&str>> = vec![vec![a]];
    // Depth first with the smallest key first: chains come out in key order.
    while let Some(chain) = stack.pop() {
        if chains.len() == max.max(1) {
            break;
        }
        let last = chain[chain.len() - 1];
        if last == b {
            chains.push(chain);
            continue;
        }
        let next = network.neighbors(last, !directed);
        for key in next.into_iter().rev().filter(|k| on_a_shortest(k, chain.len())) {
            let mut longer = chain.clone();
            longer.push(key);
            stack.push(longer);
        }
    }
    Ok(chains
        .into_iter()
        .map(|chain| PathRow {
            length,
            steps: chain
                .windows(2)
                .map(|pair| Step {
                    from: graph.name_of(pair[0]).to_string(),
                    from_key: pair[0].to_string(),
                    to: graph.name_of(pair[1]).to_string(),
                    to_key: pair[1].to_string(),
                    relations: network.links(pair[0], pair[1], !directed),
                })
                .collect(),
        })
        .collect())
}

/// The actors within `depth` relations of `name`, either way, nearest
/// first, then by key.
pub fn neighbors(graph: &KnowledgeGraph, name: &str, depth: usize) -> Result<Vec<NeighborRow>> {
    let center = resolve_one(graph, name)?;
    let network = Network::new(graph);
    let Some(center) = graph.node(&center).map(|n| n.key.as_str()) else {
        return Ok(Vec::new());
    };
    let distance = network.distances(center, true, false, depth);
    let mut rows: Vec<NeighborRow> = Vec::new();
    for (&key, &d) in &distance {
        if d == 0 {
            continue;
        }
        let via =
            network.neighbors(key, true).into_iter().find(|k| distance.get(k) == Some(&(d - 1))).unwrap_or(center);
        let node = graph.node(key);
        rows.push(NeighborRow {
            depth: d,
            name: graph.name_of(key).to_string(),
            key: key.to_string(),
            kind: node.map_or(ActorKind::Organization, |n| n.kind()),
            via: graph.name_of(via).to_string(),
            via_key: via.to_string(),
            relations: network.links(via, key, true),
        });
    }
    rows.sort_by(|x, y| x.depth.cmp(&y.depth).then_with(|| x.key.cmp(&y.key)));
    Ok(rows)
}
