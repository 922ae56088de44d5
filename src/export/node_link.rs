//! Node-link JSON for networkx: `networkx.node_link_graph(data)` gives a
//! directed multigraph whose node ids are the actor keys. The edges are
//! written twice, as `links` (the name networkx 2.x reads) and as `edges`
//! (the default of networkx 3.4 and later), so that both load the file
//! with default arguments.

use std::collections::BTreeMap;
use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::extraction::{ActorKind, QuadClass};
use crate::graph::{KnowledgeGraph, QuoteRecord, RelationEdge, Text};

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributes<'a>,
    nodes: Vec<Node<'a>>,
    links: &'a [Link<'a>],
    edges: &'a [Link<'a>],
}

#[derive(Serialize)]
struct GraphAttributes<'a> {
    name: &'static str,
    documents: Vec<Document<'a>>,
    /// Quotations whose speaker the text does not name.
    unattributed_quotes: Vec<NodeQuote<'a>>,
}

#[derive(Serialize)]
struct Document<'a> {
    id: &'a str,
    date: Option<NaiveDate>,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct Node<'a> {
    id: &'a str,
    name: &'a str,
    kind: ActorKind,
    country: Option<&'a str>,
    cameo: Option<&'a str>,
    lexicon_id: Option<&'a str>,
    roles: Vec<&'a str>,
    aliases: Vec<&'a str>,
    document_count: usize,
    quotes: Vec<NodeQuote<'a>>,
}

#[derive(Serialize)]
struct NodeQuote<'a> {
    text: &'a str,
    addressee: Option<&'a str>,
    about: &'a [Text],
    verb: Option<&'a str>,
    date: Option<NaiveDate>,
    document: &'a str,
    sentence: usize,
    evidence: &'a str,
}

#[derive(Serialize)]
struct Link<'a> {
    source: &'a str,
    target: &'a str,
    key: String,
    #[serde(rename = "type")]
    kind: &'a str,
    cameo: Option<&'a str>,
    label: &'a str,
    quad_class: Option<QuadClass>,
    count: usize,
    negated: bool,
    hypothetical: bool,
    first_date: Option<NaiveDate>,
    last_date: Option<NaiveDate>,
    goldstein_total: Option<f64>,
    provenance: Vec<LinkProvenance<'a>>,
}

#[derive(Serialize)]
struct LinkProvenance<'a> {
    document: &'a str,
    date: Option<NaiveDate>,
    sentence: usize,
    span: [usize; 2],
    evidence: &'a str,
}

pub fn write_node_link(graph: &KnowledgeGraph, out: &mut impl Write) -> std::io::Result<()> {
    let mut text = serde_json::to_string_pretty(&node_link_value(graph)).map_err(std::io::Error::other)?;
    text.push('\n');
    out.write_all(text.as_bytes())
}

/// The node-link document as a JSON value.
pub fn node_link_value(graph: &KnowledgeGraph) -> Value {
    let mut quotes_by_speaker: BTreeMap<&str, Vec<NodeQuote>> = BTreeMap::new();
    let mut unattributed = Vec::new();
    for quote in graph.quotes() {
        match &quote.speaker {
            Some(speaker) => quotes_by_speaker.entry(speaker).or_default().push(node_quote(quote)),
            None => unattributed.push(node_quote(quote)),
        }
    }
    let nodes = graph
        .nodes()
        .into_iter()
        .map(|node| Node {
            id: &node.key,
            name: node.name(),
            kind: node.kind(),
            country: node.country(),
            cameo: node.cameo(),
            lexicon_id: node.lexicon_id.as_deref(),
            roles: node.roles.iter().map(String::as_str).collect(),
            aliases: node.aliases.iter().map(String::as_str).collect(),
            document_count: node.document_count(),
            quotes: quotes_by_speaker.remove(node.key.as_str()).unwrap_or_default(),
        })
        .collect();
    let links: Vec<Link> = graph.edges().into_iter().map(link).collect();
    let data = NodeLink {
        directed: true,
        multigraph: true,
        graph: GraphAttributes {
            name: "diplograph",
            documents: graph
                .documents()
                .map(|d| Document { id: &d.id, date: d.date, title: d.title.as_deref() })
                .collect(),
            unattributed_quotes: unattributed,
        },
        nodes,
        links: &links,
        edges: &links,
    };
    serde_json::to_value(&data).unwrap_or(Value::Null)
}

fn node_quote(quote: &QuoteRecord) -> NodeQuote<'_> {
    NodeQuote {
        text: &quote.text,
        addressee: quote.addressee.as_deref(),
        about: &quote.about,
        verb: quote.verb.as_deref(),
        date: quote.date,
        document: &quote.document,
        sentence: quote.sentence,
        evidence: &quote.evidence,
    }
}

/// The multigraph key: unique among the edges of one (source, target)
/// pair, and readable.
fn edge_key(edge: &RelationEdge) -> String {
    let mut key = edge.key.kind.clone();
    if edge.key.negated {
        key.push_str(":negated");
    }
    if edge.key.hypothetical {
        key.push_str(":hypothetical");
    }
    key
}

fn link(edge: &RelationEdge) -> Link<'_> {
    Link {
        source: &edge.key.source,
        target: &edge.key.target,
        key: edge_key(edge),
        kind: &edge.key.kind,
        cameo: edge.cameo(),
        label: edge.label(),
        quad_class: edge.quad_class(),
        count: edge.count(),
        negated: edge.key.negated,
        hypothetical: edge.key.hypothetical,
        first_date: edge.first_date(),
        last_date: edge.last_date(),
        goldstein_total: edge.goldstein_total(),
        provenance: edge
            .provenance
            .iter()
            .map(|p| LinkProvenance {
                document: &p.document,
                date: p.when(),
                sentence: p.sentence,
                span: p.span,
                evidence: &p.evidence,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::test_support::{actor, doc, quote, relation};

    #[test]
    fn nodes_links_and_quotes() {
        let mut e = doc("d1", "2016-01-01");
        e.actors.push(actor("a1", "Kerry", ActorKind::Person, Some("kerry"), &[]));
        e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &[]));
        e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 1));
        let mut negated = relation("a1", "threaten", "a2", Some("138"), "threatened", 2);
        negated.negated = true;
        e.relations.push(negated);
        e.quotes.push(quote(Some("a1"), Some("a2"), &["a2"], "Enough.", 3));
        e.quotes.push(quote(None, None, &[], "Who knows.", 4));
        let mut g = KnowledgeGraph::new();
        g.add_extraction(&e);
        let v = node_link_value(&g);
        assert_eq!(v["directed"], true);
        assert_eq!(v["nodes"].as_array().unwrap().len(), 2);
        assert_eq!(v["links"], v["edges"]);
        let keys: Vec<&str> = v["links"].as_array().unwrap().iter().map(|l| l["key"].as_str().unwrap()).collect();
        assert_eq!(keys, ["threaten", "threaten:negated"]);
        assert_eq!(v["nodes"][1]["id"], "kerry");
        assert_eq!(v["nodes"][1]["quotes"][0]["text"], "Enough.");
        assert_eq!(v["graph"]["unattributed_quotes"][0]["text"], "Who knows.");
    }
}
