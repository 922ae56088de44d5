//! The graph file: JSON with `"format": "diplograph-graph"`, `"version": 1`,
//! documents, nodes, edges and quotes, each list sorted. Nodes and edges
//! carry both what a reader wants (name, count, dates) and the sets they
//! are derived from (`sources`, `provenance`), which are what loading
//! reads back.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::{ActorNode, DocumentRecord, EdgeKey, EdgeProvenance, QuoteRecord, Tally};
use super::{KnowledgeGraph, Text, FORMAT, VERSION};
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

struct FileIn {
    documents: Vec<DocumentRecord>,
    nodes: Vec<NodeIn>,
    edges: Vec<EdgeIn>,
    quotes: Vec<QuoteRecord>,
}

/// Only `key` is required: a hand-written file may give `name`, `kind`,
/// `cameo` and `country` instead of their `sources`.
#[derive(Deserialize)]
struct NodeIn {
    key: String,
    name: Option<String>,
    kind: Option<ActorKind>,
    lexicon_id: Option<String>,
    cameo: Option<String>,
    country: Option<String>,
    #[serde(default)]
    roles: BTreeSet<String>,
    #[serde(default)]
    aliases: BTreeSet<String>,
    #[serde(default)]
    documents: BTreeSet<Text>,
    #[serde(default)]
    sources: SourcesIn,
}

#[derive(Deserialize, Default)]
struct SourcesIn {
    #[serde(default)]
    names: Tally<String>,
    #[serde(default)]
    kinds: Tally<ActorKind>,
    #[serde(default)]
    cameos: Tally<String>,
    #[serde(default)]
    countries: Tally<String>,
}

#[derive(Deserialize)]
struct EdgeIn {
    source: String,
    target: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    negated: bool,
    #[serde(default)]
    hypothetical: bool,
    provenance: Vec<EdgeProvenance>,
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
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| bad(format!("not a JSON file ({e})")))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(bad(format!("not a diplograph graph file (no \"format\": \"{FORMAT}\")")));
        }
        match value.get("version").and_then(|v| v.as_u64()) {
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
        let file = file_in(value).map_err(|e| bad(format!("malformed graph file: {e}")))?;
        from_file(file).map_err(bad)
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

/// The lists of a graph file, each element read on its own so that a
/// mistake is reported with its JSON path (`nodes[3]: missing field "key"`).
fn file_in(value: serde_json::Value) -> std::result::Result<FileIn, String> {
    let serde_json::Value::Object(mut top) = value else {
        return Err("the graph file must be a JSON object".into());
    };
    if !top.contains_key("nodes") {
        return Err("no \"nodes\" list".into());
    }
    Ok(FileIn {
        documents: list(&mut top, "documents")?,
        nodes: list(&mut top, "nodes")?,
        edges: list(&mut top, "edges")?,
        quotes: list(&mut top, "quotes")?,
    })
}

fn list<T: serde::de::DeserializeOwned>(
    top: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
) -> std::result::Result<Vec<T>, String> {
    match top.remove(name) {
        None | Some(serde_json::Value::Null) => Ok(Vec::new()),
        Some(serde_json::Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| serde_json::from_value(item).map_err(|e| format!("{name}[{i}]: {e}")))
            .collect(),
        Some(_) => Err(format!("{name}: expected a list")),
    }
}

fn from_file(file: FileIn) -> std::result::Result<KnowledgeGraph, String> {
    let mut graph = KnowledgeGraph::new();
    for document in file.documents {
        graph.insert_document(document);
    }
    for (i, node) in file.nodes.into_iter().enumerate() {
        if graph.node(&node.key).is_some() {
            return Err(format!("nodes[{i}]: node \"{}\" appears twice", node.key));
        }
        graph.union_node(&node_in(node));
    }
    for (i, edge) in file.edges.into_iter().enumerate() {
        for end in [&edge.source, &edge.target] {
            if graph.node(end).is_none() {
                return Err(format!(
                    "edges[{i}]: edge {} -> {} names unknown node \"{end}\"",
                    edge.source, edge.target
                ));
            }
        }
        if edge.provenance.is_empty() {
            return Err(format!("edges[{i}]: edge {} -> {} has no provenance", edge.source, edge.target));
        }
        // The Goldstein scale runs from -10 to 10; a number outside it (or
        // too large for a score, which would be written back as null) is a
        // mistake, not a score.
        if let Some(j) =
            edge.provenance.iter().position(|p| p.goldstein.is_some_and(|g| !(-10.0..=10.0).contains(&g.0)))
        {
            return Err(format!("edges[{i}].provenance[{j}]: goldstein must be a number from -10 to 10"));
        }
        let (source, target) = if edge.kind == "ally_of" && edge.source > edge.target {
            (edge.target, edge.source)
        } else {
            (edge.source, edge.target)
        };
        let key = EdgeKey { source, kind: edge.kind, target, negated: edge.negated, hypothetical: edge.hypothetical };
        graph.union_edge(&key, edge.provenance);
    }
    for (i, mut quote) in file.quotes.into_iter().enumerate() {
        let named = quote.speaker.iter().chain(&quote.addressee).chain(&quote.about);
        if let Some(unknown) = named.into_iter().find(|key| graph.node(key).is_none()) {
            return Err(format!("quotes[{i}]: quotation in {} names unknown node \"{unknown}\"", quote.document));
        }
        quote.about.sort();
        quote.about.dedup();
        graph.insert_quote(&quote);
    }
    Ok(graph)
}

fn node_in(node: NodeIn) -> ActorNode {
    let NodeIn { key, name, kind, lexicon_id, cameo, country, roles, aliases, documents, sources } = node;
    let mut out = ActorNode {
        key,
        lexicon_id,
        names: sources.names,
        kinds: sources.kinds,
        cameos: sources.cameos,
        countries: sources.countries,
        roles,
        aliases,
        documents,
    };
    // With neither a value nor its sources, the file written back would
    // state the fallback (the key, an organization) as given, and a second
    // load would read it as such: seed the fallback now, so that loading and
    // saving again changes nothing.
    let name = name.or_else(|| Some(out.key.clone()));
    seed(&mut out.names, name, &out.documents);
    seed(&mut out.kinds, kind.or(Some(ActorKind::Organization)), &out.documents);
    seed(&mut out.cameos, cameo, &out.documents);
    seed(&mut out.countries, country, &out.documents);
    out
}

/// A value given without its sources counts as given by all the node's
/// documents.
fn seed<T: Ord + Clone>(tally: &mut Tally<T>, value: Option<T>, documents: &BTreeSet<Text>) {
    if let (true, Some(value)) = (tally.0.is_empty(), value) {
        tally.0.insert(value, documents.clone());
    }
}
