//! The graph file: JSON with `"format": "diplograph-graph"`, `"version": 1`,
//! documents, nodes, edges and quotes, each list sorted. Nodes and edges
//! carry both what a reader wants (name, count, dates) and the sets they
//! are derived from (`sources`, `provenance`), which are what loading
//! reads back.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::model::{ActorNode, DocumentRecord, EdgeProvenance, QuoteRecord, Tally};
use super::{load, KnowledgeGraph, Text, FORMAT, VERSION};
use crate::error::{Error, Result};
use crate::extraction::{ActorKind, QuadClass};

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    documents: Vec<&'a DocumentRecord>,
    nodes: Vec<NodeOut<'a>>,
    edges: Vec<EdgeOut<'a>>,
    quotes: Vec<&'a QuoteRecord>,
}

#[derive(Serialize)]
struct NodeOut<'a> {
    key: &'a str,
    name: &'a str,
    kind: ActorKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    lexicon_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    roles: &'a BTreeSet<String>,
    aliases: &'a BTreeSet<String>,
    document_count: usize,
    documents: &'a BTreeSet<Text>,
    sources: SourcesOut<'a>,
}

#[derive(Serialize)]
struct SourcesOut<'a> {
    names: &'a Tally<String>,
    kinds: &'a Tally<ActorKind>,
    cameos: &'a Tally<String>,
    countries: &'a Tally<String>,
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    source: &'a str,
    target: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    negated: bool,
    hypothetical: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'a str>,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    quad_class: Option<QuadClass>,
    count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    goldstein_total: Option<f64>,
    provenance: Vec<&'a EdgeProvenance>,
}

impl KnowledgeGraph {
    /// The graph file's text: sorted, pretty-printed, ending in a newline.
    pub fn to_json(&self) -> String {
        let mut bytes = Vec::new();
        // Writing into memory cannot fail, and serde_json writes UTF-8.
        let _ = self.write_json(&mut bytes);
        String::from_utf8(bytes).unwrap_or_default()
    }

    /// Writes the graph file's text (see [`to_json`](Self::to_json)) as it
    /// is serialized: a large graph's file is never held in memory whole.
    pub fn write_json(&self, writer: &mut impl Write) -> std::io::Result<()> {
        let out = FileOut {
            format: FORMAT,
            version: VERSION,
            documents: self.documents().collect(),
            nodes: self.nodes().into_iter().map(node_out).collect(),
            edges: self
                .edges()
                .into_iter()
                .map(|e| EdgeOut {
                    source: &e.key.source,
                    target: &e.key.target,
                    kind: &e.key.kind,
                    negated: e.key.negated,
                    hypothetical: e.key.hypothetical,
                    cameo: e.cameo(),
                    label: e.label(),
                    quad_class: e.quad_class(),
                    count: e.count(),
                    first_date: e.first_date(),
                    last_date: e.last_date(),
                    goldstein_total: e.goldstein_total(),
                    provenance: e.provenance.iter().collect(),
                })
                .collect(),
            quotes: self.quotes().collect(),
        };
        serde_json::to_writer_pretty(&mut *writer, &out)?;
        writer.write_all(b"\n")
    }

    /// Writes the graph file, replacing `path` only once it is complete.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        super::atomic::write_atomically_with(path.as_ref(), |file| self.write_json(file))
    }

    pub fn load(path: impl AsRef<Path>) -> Result<KnowledgeGraph> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Self::from_json(&bytes, path)
    }

    /// Parses a graph file's bytes; `path` names it in errors.
    pub fn from_json(bytes: &[u8], path: &Path) -> Result<KnowledgeGraph> {
        let bad = |message: String| Error::GraphFile { path: path.to_path_buf(), message };
        // Checked whole, but kept as text: see `load` for why.
        let raw: &RawValue = serde_json::from_slice(bytes).map_err(|e| bad(format!("not a JSON file ({e})")))?;
        let fields = load::fields(raw).unwrap_or_default();
        if load::field(&fields, "format").as_ref().and_then(Value::as_str) != Some(FORMAT) {
            return Err(bad(format!("not a diplograph graph file (no \"format\": \"{FORMAT}\")")));
        }
        match load::field(&fields, "version").as_ref().and_then(Value::as_u64) {
            Some(VERSION) => {}
            Some(other) => {
                let advice = if other < VERSION {
                    "rebuild it from its articles with `diplograph build`"
                } else {
                    "it was written by a newer diplograph"
                };
                return Err(bad(format!(
                    "graph file version {other}; this diplograph reads version {VERSION} ({advice})"
                )));
            }
            None => return Err(bad("graph file without a version number".into())),
        }
        load::graph(&fields).map_err(|problem| match problem {
            load::Problem::Malformed(message) => bad(format!("malformed graph file: {message}")),
            load::Problem::Contradiction(message) => bad(message),
        })
    }
}

fn node_out(node: &ActorNode) -> NodeOut<'_> {
    NodeOut {
        key: &node.key,
        name: node.name(),
        kind: node.kind(),
        lexicon_id: node.lexicon_id.as_deref(),
        cameo: node.cameo(),
        country: node.country(),
        roles: &node.roles,
        aliases: &node.aliases,
        document_count: node.document_count(),
        documents: &node.documents,
        sources: SourcesOut {
            names: &node.names,
            kinds: &node.kinds,
            cameos: &node.cameos,
            countries: &node.countries,
        },
    }
}
