//! Graphviz DOT: shapes by actor kind, colours by QuadClass, standing
//! relations grey and dashed, negated ones dotted with "not".

use std::fmt::Write as _;
use std::io::Write;

use crate::extraction::{ActorKind, QuadClass};
use crate::graph::{ActorNode, KnowledgeGraph, RelationEdge};

/// Evidence is a tooltip, not a document: long sentences are cut.
const TOOLTIP_CHARS: usize = 300;

pub fn write_dot(graph: &KnowledgeGraph, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(dot_string(graph).as_bytes())
}

pub fn dot_string(graph: &KnowledgeGraph) -> String {
    let mut dot = String::new();
    dot.push_str("digraph diplograph {\n");
    dot.push_str("  graph [rankdir=LR, overlap=false, splines=true];\n");
    dot.push_str("  node [style=filled, fillcolor=\"#f4f4f4\"];\n");
    dot.push_str("  edge [fontsize=10];\n");
    for node in graph.nodes() {
        let _ = writeln!(
            dot,
            "  {} [label={}, shape={}, tooltip={}];",
            quoted(&node.key),
            quoted(node.name()),
            shape(node.kind()),
            quoted(&node_tooltip(node))
        );
    }
    for edge in graph.edges() {
        let (color, style) = look(edge);
        let _ = write!(
            dot,
            "  {} -> {} [label={}, color=\"{color}\", fontcolor=\"{color}\", style={style}",
            quoted(&edge.key.source),
            quoted(&edge.key.target),
            quoted(&edge_label(edge))
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

fn shape(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "ellipse",
        ActorKind::Country => "box",
        ActorKind::Organization => "component",
        ActorKind::Group => "hexagon",
        ActorKind::Location => "house",
    }
}

fn node_tooltip(node: &ActorNode) -> String {
    let mut parts = vec![node.kind().as_str().to_string()];
    parts.extend(node.country().map(str::to_string));
    parts.extend(node.roles.iter().cloned());
    parts.push(format!("{} document(s)", node.document_count()));
    parts.join(" · ")
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
/// only `"` and `\` are special to DOT (`<`, `>`, `{`, `|` matter only to
/// HTML and record labels, which are not used); line breaks become DOT's
/// `\n` and other control characters spaces.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
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
        let dot = dot_string(&g);
        assert!(dot.contains(r#""kerry" [label="Kerry", shape=ellipse"#), "{dot}");
        assert!(dot.contains(r#""RUS" [label="Russia", shape=box"#), "{dot}");
        assert!(dot.contains(r#""kerry" -> "RUS" [label="threatened (2)", color="darkorange""#), "{dot}");
        assert!(dot.contains(r#"[label="not cooperated with", color="green3", fontcolor="green3", style=dotted"#));
        assert!(dot.contains(
            r#""RUS" -> "kerry" [label="allied with", color="grey50", fontcolor="grey50", style=dashed, dir=none"#
        ));
        assert_eq!(dot, dot_string(&g));
    }
}
