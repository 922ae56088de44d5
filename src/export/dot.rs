//! Graphviz DOT: shapes by actor kind, colours by QuadClass, standing
//! relations grey and dashed, negated ones dotted with "not", lines
//! thicker with the count, optional clusters by country.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use crate::extraction::{ActorKind, QuadClass};
use crate::graph::{ActorNode, KnowledgeGraph, RelationEdge};

/// Evidence is a tooltip, not a document: long sentences are cut.
const TOOLTIP_CHARS: usize = 300;
/// A node's tooltip shows this many of the actor's quotations, cut short.
const TOOLTIP_QUOTES: usize = 3;
const QUOTE_CHARS: usize = 160;

pub fn write_dot(graph: &KnowledgeGraph, clusters: bool, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(dot_string(graph, clusters).as_bytes())
}

/// The DOT text; with `clusters`, actors are boxed by their country code
/// (actors without one stay outside every box).
pub fn dot_string(graph: &KnowledgeGraph, clusters: bool) -> String {
    let mut dot = String::new();
    dot.push_str("digraph diplograph {\n");
    dot.push_str("  graph [rankdir=LR, overlap=false, splines=true];\n");
    dot.push_str("  node [style=filled, fillcolor=\"#f4f4f4\"];\n");
    dot.push_str("  edge [fontsize=10];\n");
    let mut by_country: BTreeMap<&str, Vec<&ActorNode>> = BTreeMap::new();
    for node in graph.nodes() {
        match node.country().filter(|_| clusters) {
            Some(country) => by_country.entry(country).or_default().push(node),
            None => write_node(&mut dot, graph, node, "  "),
        }
    }
    for (country, nodes) in by_country {
        let _ = writeln!(dot, "  subgraph {} {{", quoted(&format!("cluster_{country}")));
        let _ = writeln!(dot, "    label={}; style=rounded; color=grey70;", quoted(country));
        for node in nodes {
            write_node(&mut dot, graph, node, "    ");
        }
        dot.push_str("  }\n");
    }
    for edge in graph.edges() {
        let (color, style) = look(edge);
        let _ = write!(
            dot,
            "  {} -> {} [label={}, color=\"{color}\", fontcolor=\"{color}\", style={style}, penwidth={:.1}",
            quoted(&edge.key.source),
            quoted(&edge.key.target),
            quoted(&edge_label(edge)),
            pen_width(edge.count())
        );
        if edge.key.kind == "ally_of" {
            dot.push_str(", dir=none");
        }
        if let Some(first) = edge.provenance.first() {
            let _ = write!(dot, ", tooltip={}", quoted(&cut(&first.evidence, TOOLTIP_CHARS)));
        }
        dot.push_str("];\n");
    }
    dot.push_str("}\n");
    dot
}

fn write_node(dot: &mut String, graph: &KnowledgeGraph, node: &ActorNode, indent: &str) {
    let _ = writeln!(
        dot,
        "{indent}{} [label={}, shape={}, tooltip={}];",
        quoted(&node.key),
        quoted(node.name()),
        shape(node.kind()),
        quoted(&node_tooltip(graph, node))
    );
}

/// One line at one sighting, thicker with each doubling, never wider
/// than a label.
fn pen_width(count: usize) -> f64 {
    (1.0 + (count.max(1) as f64).log2()).min(6.0)
}

fn shape(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "ellipse",
        ActorKind::Country => "box",
        ActorKind::Organization => "component",
        ActorKind::Group => "hexagon",
        ActorKind::Location => "house",
    }
}

/// Kind, country, roles, documents, and the first things the actor said,
/// so that a quotation is one hover away from its speaker.
fn node_tooltip(graph: &KnowledgeGraph, node: &ActorNode) -> String {
    let mut parts = vec![node.kind().as_str().to_string()];
    parts.extend(node.country().map(str::to_string));
    parts.extend(node.roles.iter().cloned());
    parts.push(format!("{} document(s)", node.document_count()));
    let mut tooltip = parts.join(" · ");
    for quote in graph.quotes_by(&node.key).take(TOOLTIP_QUOTES) {
        let _ = write!(tooltip, "\n“{}”", cut(&quote.text, QUOTE_CHARS));
    }
    tooltip
}

fn edge_label(edge: &RelationEdge) -> String {
    let mut label = String::new();
    if edge.key.negated {
        label.push_str("not ");
    }
    label.push_str(edge.label());
    if edge.key.hypothetical {
        label.push_str(" (hypothetical)");
    }
    if edge.count() > 1 {
        let _ = write!(label, " ({})", edge.count());
    }
    label
}

fn look(edge: &RelationEdge) -> (&'static str, &'static str) {
    let color = match edge.quad_class() {
        _ if edge.is_standing() => "grey50",
        Some(QuadClass::VerbalCooperation) => "green3",
        Some(QuadClass::MaterialCooperation) => "darkgreen",
        Some(QuadClass::VerbalConflict) => "darkorange",
        Some(QuadClass::MaterialConflict) => "red",
        None => "black",
    };
    let style = if edge.key.negated {
        "dotted"
    } else if edge.is_standing() || edge.key.hypothetical {
        "dashed"
    } else {
        "solid"
    };
    (color, style)
}

/// A DOT double-quoted string that shows `text` as written. Inside quotes
/// `"` and `\` are special to DOT (`<`, `>`, `{`, `|` matter only to
/// HTML and record labels, which are not used), and Graphviz decodes HTML
/// entities, so `&` is written `&amp;` for a name like "&amp;" to show as
/// typed. Line breaks become DOT's `\n` and other control characters
/// spaces.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn cut(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::test_support::{actor, doc, relation};

    #[test]
    fn escapes_nasty_names() {
        assert_eq!(quoted(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quoted("line\r\nnext\u{7}"), r#""line\nnext ""#);
        assert_eq!(quoted("<{|}> Ğ 東京"), "\"<{|}> Ğ 東京\"");
        assert_eq!(quoted("&amp; & x"), "\"&amp;amp; &amp; x\"");
    }

    #[test]
    fn shapes_colours_and_labels() {
        let mut e = doc("d1", "2016-01-01");
        e.actors.push(actor("a1", "Kerry", ActorKind::Person, Some("kerry"), &[]));
        e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &[]));
        e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 1));
        e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 2));
        let mut negated = relation("a2", "cooperate", "a1", Some("036"), "cooperated with", 3);
        negated.negated = true;
        e.relations.push(negated);
        e.relations.push(relation("a2", "ally_of", "a1", None, "allied with", 4));
        let mut g = KnowledgeGraph::new();
        g.add_extraction(&e);
        let dot = dot_string(&g, false);
        assert!(dot.contains(r#""kerry" [label="Kerry", shape=ellipse"#), "{dot}");
        assert!(dot.contains(r#""RUS" [label="Russia", shape=box"#), "{dot}");
        assert!(dot.contains(r#""kerry" -> "RUS" [label="threatened (2)", color="darkorange", fontcolor="darkorange", style=solid, penwidth=2.0"#), "{dot}");
        assert!(dot.contains(r#"[label="not cooperated with", color="green3", fontcolor="green3", style=dotted"#));
        assert!(dot.contains(
            r#""RUS" -> "kerry" [label="allied with", color="grey50", fontcolor="grey50", style=dashed, penwidth=1.0, dir=none"#
        ));
        assert_eq!(dot, dot_string(&g, false));
        assert!(!dot.contains("subgraph"));
    }

    #[test]
    fn clusters_by_country_and_quotations_in_tooltips() {
        let mut e = doc("d1", "2016-01-01");
        let mut kerry = actor("a1", "Kerry", ActorKind::Person, Some("kerry"), &[]);
        kerry.country = Some("USA".into());
        let mut russia = actor("a2", "Russia", ActorKind::Country, Some("RUS"), &[]);
        russia.country = Some("RUS".into());
        e.actors.extend([kerry, russia, actor("a3", "Rebels", ActorKind::Group, None, &[])]);
        e.quotes.push(crate::graph::test_support::quote(Some("a1"), None, &[], "Say \"no\" {now}\\", 1));
        let mut g = KnowledgeGraph::new();
        g.add_extraction(&e);
        let dot = dot_string(&g, true);
        assert!(
            dot.contains("  subgraph \"cluster_RUS\" {\n    label=\"RUS\"; style=rounded; color=grey70;\n    \"RUS\""),
            "{dot}"
        );
        assert!(dot.contains("  \"group:rebels\" [label=\"Rebels\""), "{dot}");
        assert!(dot.contains(r#"1 document(s)\n“Say \"no\" {now}\\”"#), "{dot}");
        assert_eq!(pen_width(1), 1.0);
        assert_eq!(pen_width(4), 3.0);
        assert_eq!(pen_width(10_000), 6.0);
    }
}
