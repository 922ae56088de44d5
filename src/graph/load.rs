//! Reading a graph file. The file is first read as raw JSON text, and
//! each element of its lists is parsed only when its turn comes and added
//! to the graph at once, its strings shared with what the graph already
//! holds: a whole `serde_json::Value` tree of a graph file takes several
//! times the file's size, and a list of parsed records a copy of every
//! string of it.
//!
//! Problems are reported as they were when the whole file was parsed
//! first: a malformed element wins over a contradiction (a node twice, an
//! edge to an unknown node), and among either kind, the first in the file.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use super::model::{ActorNode, DocumentRecord, EdgeKey, EdgeProvenance, QuoteRecord, Tally};
use super::{KnowledgeGraph, Text};
use crate::extraction::ActorKind;

/// The top level of a graph file: its fields, unparsed. None when it is
/// not a JSON object.
pub(super) fn fields(raw: &RawValue) -> Option<BTreeMap<String, &RawValue>> {
    serde_json::from_str(raw.get()).ok()
}

/// A small field (`format`, `version`) as a value.
pub(super) fn field(fields: &BTreeMap<String, &RawValue>, name: &str) -> Option<Value> {
    fields.get(name).and_then(|raw| serde_json::from_str(raw.get()).ok())
}

/// Why a file could not be read.
pub(super) enum Problem {
    /// Not what a graph file's parts look like (`nodes[3]: missing field "key"`).
    Malformed(String),
    /// Well-formed parts that contradict each other.
    Contradiction(String),
}

pub(super) fn graph(fields: &BTreeMap<String, &RawValue>) -> Result<KnowledgeGraph, Problem> {
    if !fields.contains_key("nodes") {
        return Err(Problem::Malformed("no \"nodes\" list".into()));
    }
    let mut reader = Reader { graph: KnowledgeGraph::new(), contradiction: None };
    reader.each(fields, "documents", |graph, _, document: DocumentRecord| {
        graph.insert_document(document);
        Ok(())
    })?;
    reader.each(fields, "nodes", add_node)?;
    reader.each(fields, "edges", add_edge)?;
    reader.each(fields, "quotes", add_quote)?;
    match reader.contradiction {
        Some(problem) => Err(Problem::Contradiction(problem)),
        None => Ok(reader.graph),
    }
}

struct Reader {
    graph: KnowledgeGraph,
    /// The first contradiction met; after it, elements are only parsed, so
    /// that a malformed one further on is still the one reported.
    contradiction: Option<String>,
}

impl Reader {
    /// Parses each element of the list `name` (absent or null: none) and
    /// hands it to `add`.
    fn each<T: DeserializeOwned>(
        &mut self,
        fields: &BTreeMap<String, &RawValue>,
        name: &str,
        mut add: impl FnMut(&mut KnowledgeGraph, usize, T) -> Result<(), String>,
    ) -> Result<(), Problem> {
        let items: Vec<&RawValue> = match fields.get(name) {
            None => return Ok(()),
            Some(raw) if raw.get() == "null" => return Ok(()),
            Some(raw) => {
                serde_json::from_str(raw.get()).map_err(|_| Problem::Malformed(format!("{name}: expected a list")))?
            }
        };
        for (i, item) in items.into_iter().enumerate() {
            // Through a Value, one element's worth, for the messages a Value gives:
            // parsed from the text, they would name a line and column within the element.
            let element = serde_json::from_str::<Value>(item.get())
                .and_then(serde_json::from_value::<T>)
                .map_err(|e| Problem::Malformed(format!("{name}[{i}]: {e}")))?;
            if self.contradiction.is_none() {
                self.contradiction = add(&mut self.graph, i, element).err();
            }
        }
        Ok(())
    }
}

fn add_node(graph: &mut KnowledgeGraph, i: usize, node: NodeIn) -> Result<(), String> {
    if graph.node(&node.key).is_some() {
        return Err(format!("nodes[{i}]: node \"{}\" appears twice", node.key));
    }
    graph.union_node(&node_in(node));
    Ok(())
}

fn add_edge(graph: &mut KnowledgeGraph, i: usize, edge: EdgeIn) -> Result<(), String> {
    for end in [&edge.source, &edge.target] {
        if graph.node(end).is_none() {
            return Err(format!("edges[{i}]: edge {} -> {} names unknown node \"{end}\"", edge.source, edge.target));
        }
    }
    if edge.provenance.is_empty() {
        return Err(format!("edges[{i}]: edge {} -> {} has no provenance", edge.source, edge.target));
    }
    // The Goldstein scale runs from -10 to 10; a number outside it (or
    // too large for a score, which would be written back as null) is a
    // mistake, not a score.
    if let Some(j) = edge.provenance.iter().position(|p| p.goldstein.is_some_and(|g| !(-10.0..=10.0).contains(&g.0))) {
        return Err(format!("edges[{i}].provenance[{j}]: goldstein must be a number from -10 to 10"));
    }
    let (source, target) = if edge.kind == "ally_of" && edge.source > edge.target {
        (edge.target, edge.source)
    } else {
        (edge.source, edge.target)
    };
    let key = EdgeKey { source, kind: edge.kind, target, negated: edge.negated, hypothetical: edge.hypothetical };
    graph.union_edge(&key, edge.provenance);
    Ok(())
}

fn add_quote(graph: &mut KnowledgeGraph, i: usize, mut quote: QuoteRecord) -> Result<(), String> {
    let named = quote.speaker.iter().chain(&quote.addressee).chain(&quote.about);
    if let Some(unknown) = named.into_iter().find(|key| graph.node(key).is_none()) {
        return Err(format!("quotes[{i}]: quotation in {} names unknown node \"{unknown}\"", quote.document));
    }
    quote.about.sort();
    quote.about.dedup();
    graph.insert_quote(&quote);
    Ok(())
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
