//! The corpus graph: one node per real-world actor across documents, one
//! edge per (source, relation type, target, negated, hypothetical), and
//! the quotations, all traceable to their sentences.
//!
//! Everything is stored as sets (see [`model`]), so [`KnowledgeGraph::merge`]
//! is a union: commutative, associative and idempotent, and the file
//! written by [`KnowledgeGraph::save`] is sorted, so the same content
//! always gives the same bytes.

mod atomic;
mod build;
mod file;
mod filter;
pub mod key;
mod load;
pub mod model;
#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod tests;
mod text;

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
pub use petgraph::Direction;

pub use atomic::{check_destination, write_atomically};
pub use filter::{relation_matches, EdgeClass, GraphFilter};
pub use key::{actor_key, normalize_name};
pub use model::{ActorNode, DocumentRecord, EdgeKey, EdgeProvenance, QuoteRecord, RelationEdge, Score, Tally};
use text::Strings;
pub use text::Text;

use crate::extraction::Extraction;

/// The name of the graph file format, and its version.
pub const FORMAT: &str = "diplograph-graph";
pub const VERSION: u64 = 1;

#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<ActorNode, RelationEdge>,
    nodes: IndexMap<String, NodeIndex>,
    edges: IndexMap<EdgeKey, EdgeIndex>,
    quotes: BTreeSet<QuoteRecord>,
    documents: BTreeMap<Text, DocumentRecord>,
    /// The one copy of each document id, evidence sentence, label... that
    /// everything above points to (see [`text`]).
    strings: Strings,
}

impl KnowledgeGraph {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one document's extraction. A document id already in the graph
    /// changes nothing, and the answer is false.
    pub fn add_extraction(&mut self, extraction: &Extraction) -> bool {
        if self.documents.contains_key(extraction.id.as_str()) {
            return false;
        }
        self.merge(&build::from_extraction(extraction));
        true
    }

    /// Adds everything of `other`. Content both graphs have is kept once;
    /// for a document id both have with different metadata, the smaller
    /// record is kept, so that the order of merging never matters.
    pub fn merge(&mut self, other: &KnowledgeGraph) {
        for document in other.documents.values() {
            self.insert_document(document.clone());
        }
        for node in other.graph.node_weights() {
            self.union_node(node);
        }
        for edge in other.graph.edge_weights() {
            self.union_edge(&edge.key, edge.provenance.iter().cloned());
        }
        for quote in &other.quotes {
            self.insert_quote(quote);
        }
    }

    pub(crate) fn insert_document(&mut self, mut document: DocumentRecord) {
        document.id = self.strings.share(&document.id);
        match self.documents.get_mut(&document.id) {
            Some(kept) if document < *kept => *kept = document,
            Some(_) => {}
            None => {
                self.documents.insert(document.id.clone(), document);
            }
        }
    }

    pub(crate) fn union_node(&mut self, node: &ActorNode) -> NodeIndex {
        let index = match self.nodes.get(&node.key) {
            Some(&index) => index,
            None => {
                let bare = ActorNode { key: node.key.clone(), ..ActorNode::default() };
                let index = self.graph.add_node(bare);
                self.nodes.insert(node.key.clone(), index);
                index
            }
        };
        self.graph[index].union(node, &mut self.strings);
        index
    }

    /// Adds provenance to the edge of `key`, creating it (and bare nodes
    /// for unknown endpoints) when needed.
    pub(crate) fn union_edge(&mut self, key: &EdgeKey, provenance: impl IntoIterator<Item = EdgeProvenance>) {
        let provenance = provenance.into_iter().map(|p| p.shared(&mut self.strings));
        if let Some(&index) = self.edges.get(key) {
            self.graph[index].provenance.extend(provenance);
            return;
        }
        let provenance = provenance.collect();
        let source = self.node_index_or_bare(&key.source);
        let target = self.node_index_or_bare(&key.target);
        let edge = RelationEdge { key: key.clone(), provenance };
        let index = self.graph.add_edge(source, target, edge);
        self.edges.insert(key.clone(), index);
    }

    pub(crate) fn insert_quote(&mut self, quote: &QuoteRecord) {
        if !self.quotes.contains(quote) {
            self.quotes.insert(quote.shared(&mut self.strings));
        }
    }

    fn node_index_or_bare(&mut self, key: &str) -> NodeIndex {
        match self.nodes.get(key) {
            Some(&index) => index,
            None => self.union_node(&ActorNode { key: key.to_string(), ..ActorNode::default() }),
        }
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    pub fn node(&self, key: &str) -> Option<&ActorNode> {
        self.nodes.get(key).map(|&index| &self.graph[index])
    }

    /// Every node, sorted by key.
    pub fn nodes(&self) -> Vec<&ActorNode> {
        let mut nodes: Vec<&ActorNode> = self.graph.node_weights().collect();
        nodes.sort_by(|a, b| a.key.cmp(&b.key));
        nodes
    }

    /// Every edge, sorted by (source key, type, target key, negated,
    /// hypothetical).
    pub fn edges(&self) -> Vec<&RelationEdge> {
        let mut edges: Vec<&RelationEdge> = self.graph.edge_weights().collect();
        edges.sort_by(|a, b| a.key.cmp(&b.key));
        edges
    }

    /// The edges leaving (`Outgoing`) or reaching (`Incoming`) a node,
    /// sorted.
    pub fn edges_of(&self, key: &str, direction: Direction) -> Vec<&RelationEdge> {
        let Some(&index) = self.nodes.get(key) else {
            return Vec::new();
        };
        let mut edges: Vec<&RelationEdge> = self.graph.edges_directed(index, direction).map(|e| e.weight()).collect();
        edges.sort_by(|a, b| a.key.cmp(&b.key));
        edges
    }

    /// Every quotation, sorted by document, sentence and span.
    pub fn quotes(&self) -> impl Iterator<Item = &QuoteRecord> {
        self.quotes.iter()
    }

    pub fn quote_count(&self) -> usize {
        self.quotes.len()
    }

    /// The quotations a node's actor said.
    pub fn quotes_by<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a QuoteRecord> + 'a {
        self.quotes.iter().filter(move |q| q.speaker.as_deref() == Some(key))
    }

    /// Every document, sorted by id.
    pub fn documents(&self) -> impl Iterator<Item = &DocumentRecord> {
        self.documents.values()
    }

    pub fn document_count(&self) -> usize {
        self.documents.len()
    }

    pub fn contains_document(&self, id: &str) -> bool {
        self.documents.contains_key(id)
    }

    /// The node's name for a key; the key itself for an unknown one.
    pub fn name_of<'a>(&'a self, key: &'a str) -> &'a str {
        self.node(key).map_or(key, ActorNode::name)
    }
}

/// Two graphs are equal when they hold the same content, whatever the
/// order it was added in.
impl PartialEq for KnowledgeGraph {
    fn eq(&self, other: &Self) -> bool {
        self.documents == other.documents
            && self.quotes == other.quotes
            && self.nodes() == other.nodes()
            && self.edges() == other.edges()
    }
}
