//! GraphML for Gephi, Cytoscape, yEd and `networkx.read_graphml`: one
//! directed graph, every attribute declared with its type (`<key
//! attr.type=...>`) so that counts come back as numbers and flags as
//! booleans. An attribute without a value is left out, which GraphML
//! readers take as missing.

use std::fmt::Write as _;
use std::io::Write;

use crate::graph::{ActorNode, KnowledgeGraph, RelationEdge};

/// (id, for, name, type) of every attribute, in the order they are written.
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("n_name", "node", "name", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_country", "node", "country", "string"),
    ("n_cameo", "node", "cameo", "string"),
    ("n_lexicon_id", "node", "lexicon_id", "string"),
    ("n_roles", "node", "roles", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("n_document_count", "node", "document_count", "int"),
    ("n_quote_count", "node", "quote_count", "int"),
    ("n_quotes", "node", "quotes", "string"),
    ("e_type", "edge", "type", "string"),
    ("e_label", "edge", "label", "string"),
    ("e_cameo", "edge", "cameo", "string"),
    ("e_quad_class", "edge", "quad_class", "string"),
    ("e_count", "edge", "count", "int"),
    ("e_weight", "edge", "weight", "double"),
    ("e_negated", "edge", "negated", "boolean"),
    ("e_hypothetical", "edge", "hypothetical", "boolean"),
    ("e_first_date", "edge", "first_date", "string"),
    ("e_last_date", "edge", "last_date", "string"),
    ("e_goldstein_total", "edge", "goldstein_total", "double"),
    ("e_documents", "edge", "documents", "string"),
    ("e_evidence", "edge", "evidence", "string"),
];

pub fn write_graphml(graph: &KnowledgeGraph, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(graphml_string(graph).as_bytes())
}

pub fn graphml_string(graph: &KnowledgeGraph) -> String {
    let mut xml = String::new();
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, target, name, kind) in KEYS {
        let _ = writeln!(xml, "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>");
    }
    xml.push_str("  <graph id=\"diplograph\" edgedefault=\"directed\">\n");
    for node in graph.nodes() {
        write_node(&mut xml, graph, node);
    }
    for (i, edge) in graph.edges().into_iter().enumerate() {
        write_edge(&mut xml, i, edge);
    }
    xml.push_str("  </graph>\n</graphml>\n");
    xml
}

fn write_node(xml: &mut String, graph: &KnowledgeGraph, node: &ActorNode) {
    let _ = writeln!(xml, "    <node id=\"{}\">", escape(&node.key));
    let quotes: Vec<String> = graph.quotes_by(&node.key).map(|q| format!("\u{201c}{}\u{201d}", q.text)).collect();
    let values = [
        ("n_name", Some(node.name().to_string())),
        ("n_kind", Some(node.kind().as_str().to_string())),
        ("n_country", node.country().map(str::to_string)),
        ("n_cameo", node.cameo().map(str::to_string)),
        ("n_lexicon_id", node.lexicon_id.clone()),
        ("n_roles", joined(node.roles.iter())),
        ("n_aliases", joined(node.aliases.iter())),
        ("n_document_count", Some(node.document_count().to_string())),
        ("n_quote_count", Some(quotes.len().to_string())),
        ("n_quotes", Some(quotes.join("\n")).filter(|q| !q.is_empty())),
    ];
    write_data(xml, &values);
    xml.push_str("    </node>\n");
}

fn write_edge(xml: &mut String, index: usize, edge: &RelationEdge) {
    let _ = writeln!(
        xml,
        "    <edge id=\"e{index}\" source=\"{}\" target=\"{}\">",
        escape(&edge.key.source),
        escape(&edge.key.target)
    );
    let values = [
        ("e_type", Some(edge.key.kind.clone())),
        ("e_label", Some(edge.label().to_string())),
        ("e_cameo", edge.cameo().map(str::to_string)),
        ("e_quad_class", edge.quad_class().map(|c| super::class_name(c).to_string())),
        ("e_count", Some(edge.count().to_string())),
        ("e_weight", Some(format!("{:.1}", edge.count() as f64))),
        ("e_negated", Some(edge.key.negated.to_string())),
        ("e_hypothetical", Some(edge.key.hypothetical.to_string())),
        ("e_first_date", edge.first_date().map(|d| d.to_string())),
        ("e_last_date", edge.last_date().map(|d| d.to_string())),
        ("e_goldstein_total", edge.goldstein_total().map(|g| format!("{g:?}"))),
        ("e_documents", joined(edge.documents().into_iter())),
        ("e_evidence", edge.provenance.first().map(|p| p.evidence.to_string())),
    ];
    write_data(xml, &values);
    xml.push_str("    </edge>\n");
}

fn write_data(xml: &mut String, values: &[(&str, Option<String>)]) {
    for (key, value) in values {
        if let Some(value) = value {
            let _ = writeln!(xml, "      <data key=\"{key}\">{}</data>", escape(value));
        }
    }
}

fn joined<T: AsRef<str>>(items: impl Iterator<Item = T>) -> Option<String> {
    let items: Vec<String> = items.map(|s| s.as_ref().to_string()).collect();
    Some(items.join("; ")).filter(|s| !s.is_empty())
}

/// Text safe in XML element content and in double-quoted attributes alike.
/// Line breaks and tabs become character references, which survive
/// attribute normalization; characters XML 1.0 forbids become spaces.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\u{fffe}' | '\u{ffff}' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::ActorKind;
    use crate::graph::test_support::{actor, doc, quote, relation};

    #[test]
    fn escapes_markup_breaks_and_forbidden_characters() {
        let cases = [
            ("plain Ünïcode 東京", "plain Ünïcode 東京"),
            (r#"<b>"A" & 'B'</b>"#, "&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;"),
            ("two\nlines\r\tand tab", "two&#10;lines&#13;&#9;and tab"),
            ("bell\u{7} nul\u{0} \u{ffff}", "bell  nul   "),
            (r"back\slash {braces}", r"back\slash {braces}"),
        ];
        for (text, expected) in cases {
            assert_eq!(escape(text), expected, "{text}");
        }
    }

    #[test]
    fn typed_keys_nodes_and_edges() {
        let mut e = doc("d1", "2016-01-01");
        e.actors.push(actor("a1", "Kerry & <Co>", ActorKind::Person, Some("kerry"), &[]));
        e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &[]));
        e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 1));
        e.relations.push(relation("a2", "ally_of", "a1", None, "allied with", 2));
        e.quotes.push(quote(Some("a1"), None, &[], "Enough.", 3));
        let mut g = KnowledgeGraph::new();
        g.add_extraction(&e);
        let xml = graphml_string(&g);
        assert!(xml.contains(r#"<key id="e_count" for="edge" attr.name="count" attr.type="int"/>"#), "{xml}");
        assert!(xml.contains("<data key=\"n_name\">Kerry &amp; &lt;Co&gt;</data>"), "{xml}");
        assert!(xml.contains("<data key=\"n_quotes\">\u{201c}Enough.\u{201d}</data>"), "{xml}");
        assert!(xml.contains(r#"<edge id="e1" source="kerry" target="RUS">"#), "{xml}");
        assert!(xml.contains(r#"<data key="e_goldstein_total">-4.4</data>"#), "{xml}");
        // A standing relation has no Goldstein score: no data element at all.
        let ally = xml.split("<edge id=\"e0\"").nth(1).unwrap().split("</edge>").next().unwrap();
        assert!(!ally.contains("e_goldstein_total") && ally.contains("<data key=\"e_negated\">false</data>"));
        assert_eq!(xml, graphml_string(&g));
    }
}
