//! CSV files for `neo4j-admin database import full`: actors and quotations
//! as nodes, relations and who-said-what as relationships. Headers carry
//! Neo4j's column roles (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`)
//! and property types (`count:int`, `aliases:string[]`). Actors and
//! quotations live in ID spaces of their own, so no actor key can clash
//! with a quotation id.
//!
//! neo4j-admin has no escape for the array delimiter `;`, so a `;` inside
//! an array element becomes `,`; line breaks inside a field become spaces,
//! so the import needs no `--multiline-fields`.

use std::path::Path;

use super::class_name;
use crate::error::{Error, Result};
use crate::graph::{write_atomically, KnowledgeGraph, QuoteRecord};

/// The files, in the order `neo4j-admin` should read them.
pub const FILES: [&str; 5] = ["actors.csv", "quotes.csv", "relations.csv", "said.csv", "quote_targets.csv"];

/// Every file's name and text.
pub fn neo4j_files(graph: &KnowledgeGraph) -> Vec<(&'static str, String)> {
    let quote_ids = quote_ids(graph);
    vec![
        (FILES[0], actors(graph)),
        (FILES[1], quotes(graph, &quote_ids)),
        (FILES[2], relations(graph)),
        (FILES[3], said(graph, &quote_ids)),
        (FILES[4], quote_targets(graph, &quote_ids)),
    ]
}

/// Writes the files into `dir`, creating it when needed; each file is
/// replaced atomically.
pub fn write_neo4j(graph: &KnowledgeGraph, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    for (name, text) in neo4j_files(graph) {
        write_atomically(&dir.join(name), text.as_bytes())?;
    }
    Ok(())
}

fn actors(graph: &KnowledgeGraph) -> String {
    let mut csv = Csv::new(&[
        "key:ID(Actor)",
        "name",
        "kind",
        "country",
        "cameo",
        "lexicon_id",
        "roles:string[]",
        "aliases:string[]",
        "document_count:int",
        "documents:string[]",
        ":LABEL",
    ]);
    for node in graph.nodes() {
        let kind = node.kind().as_str();
        let label = format!("Actor;{}{}", kind[..1].to_uppercase(), &kind[1..]);
        csv.row(&[
            text(&node.key),
            text(node.name()),
            text(kind),
            optional(node.country()),
            optional(node.cameo()),
            optional(node.lexicon_id.as_deref()),
            array(node.roles.iter()),
            array(node.aliases.iter()),
            node.document_count().to_string(),
            array(node.documents.iter()),
            label,
        ]);
    }
    csv.text
}

fn relations(graph: &KnowledgeGraph) -> String {
    let mut csv = Csv::new(&[
        ":START_ID(Actor)",
        ":END_ID(Actor)",
        ":TYPE",
        "type",
        "label",
        "cameo",
        "quad_class",
        "count:int",
        "negated:boolean",
        "hypothetical:boolean",
        "first_date:date",
        "last_date:date",
        "goldstein_total:double",
        "documents:string[]",
        "evidence",
    ]);
    for edge in graph.edges() {
        csv.row(&[
            text(&edge.key.source),
            text(&edge.key.target),
            relationship_type(&edge.key.kind),
            text(&edge.key.kind),
            text(edge.label()),
            optional(edge.cameo()),
            optional(edge.quad_class().map(class_name)),
            edge.count().to_string(),
            edge.key.negated.to_string(),
            edge.key.hypothetical.to_string(),
            edge.first_date().map(|d| d.to_string()).unwrap_or_default(),
            edge.last_date().map(|d| d.to_string()).unwrap_or_default(),
            edge.goldstein_total().map(|g| format!("{g:?}")).unwrap_or_default(),
            array(edge.documents().into_iter()),
            optional(edge.provenance.first().map(|p| p.evidence.as_str())),
        ]);
    }
    csv.text
}

fn quotes(graph: &KnowledgeGraph, ids: &[String]) -> String {
    let mut csv = Csv::new(&[
        "id:ID(Quote)",
        "text",
        "verb",
        "date:date",
        "document",
        "sentence:int",
        "speaker_description",
        "evidence",
        ":LABEL",
    ]);
    for (quote, id) in graph.quotes().zip(ids) {
        csv.row(&[
            text(id),
            text(&quote.text),
            optional(quote.verb.as_deref()),
            quote.date.map(|d| d.to_string()).unwrap_or_default(),
            text(&quote.document),
            quote.sentence.to_string(),
            optional(quote.speaker_description.as_deref()),
            text(&quote.evidence),
            "Quote".to_string(),
        ]);
    }
    csv.text
}

/// The speaker's node leads to each quotation it said.
fn said(graph: &KnowledgeGraph, ids: &[String]) -> String {
    let mut csv = Csv::new(&[":START_ID(Actor)", ":END_ID(Quote)", ":TYPE"]);
    for (quote, id) in graph.quotes().zip(ids) {
        if let Some(speaker) = &quote.speaker {
            csv.row(&[text(speaker), text(id), "SAID".to_string()]);
        }
    }
    csv.text
}

/// A quotation leads to its addressee (`TO`) and the actors it speaks of
/// (`ABOUT`).
fn quote_targets(graph: &KnowledgeGraph, ids: &[String]) -> String {
    let mut csv = Csv::new(&[":START_ID(Quote)", ":END_ID(Actor)", ":TYPE"]);
    for (quote, id) in graph.quotes().zip(ids) {
        if let Some(addressee) = &quote.addressee {
            csv.row(&[text(id), text(addressee), "TO".to_string()]);
        }
        for about in &quote.about {
            csv.row(&[text(id), text(about), "ABOUT".to_string()]);
        }
    }
    csv.text
}

/// `quote:DOCUMENT:SENTENCE:START-END`, readable and stable; a second
/// quotation at the same place (two extractions merged) gets `#2`, ...
fn quote_ids(graph: &KnowledgeGraph) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut previous: Option<(&QuoteRecord, usize)> = None;
    for quote in graph.quotes() {
        let same_place =
            |p: &QuoteRecord| p.document == quote.document && p.sentence == quote.sentence && p.span == quote.span;
        let n = match previous {
            Some((p, n)) if same_place(p) => n + 1,
            _ => 1,
        };
        let mut id = format!("quote:{}:{}:{}-{}", quote.document, quote.sentence, quote.span[0], quote.span[1]);
        if n > 1 {
            id.push_str(&format!("#{n}"));
        }
        ids.push(id);
        previous = Some((quote, n));
    }
    ids
}

/// A relation type as a Neo4j relationship type: `ally_of` -> `ALLY_OF`.
fn relationship_type(kind: &str) -> String {
    let upper: String = kind.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    if upper.is_empty() {
        "RELATED".to_string()
    } else {
        upper
    }
}

/// CSV text: every row is complete, so the columns never shift.
struct Csv {
    text: String,
}

impl Csv {
    fn new(header: &[&str]) -> Csv {
        let mut csv = Csv { text: String::new() };
        csv.row(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
        csv
    }

    fn row(&mut self, cells: &[String]) {
        self.text.push_str(&cells.join(","));
        self.text.push('\n');
    }
}

/// A string field, always quoted, so that an empty string stays a string;
/// line breaks become spaces.
fn text(value: &str) -> String {
    let flat: String = value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    format!("\"{}\"", flat.replace('"', "\"\""))
}

/// A missing value is an empty, unquoted field: Neo4j sets no property.
fn optional(value: Option<&str>) -> String {
    value.map(text).unwrap_or_default()
}

/// An array property: elements joined by `;`, a `;` inside one made `,`.
fn array<T: AsRef<str>>(items: impl Iterator<Item = T>) -> String {
    let items: Vec<String> = items.map(|s| s.as_ref().replace(';', ",")).collect();
    if items.is_empty() {
        return String::new();
    }
    text(&items.join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::ActorKind;
    use crate::graph::test_support::{actor, doc, quote, relation};

    #[test]
    fn fields_are_quoted_flat_and_typed() {
        assert_eq!(text("say \"no\"\nnow"), "\"say \"\"no\"\" now\"");
        assert_eq!(array(["a;b", "c"].iter()), "\"a,b;c\"");
        assert_eq!(array(std::iter::empty::<&str>()), "");
        assert_eq!(relationship_type("ally_of"), "ALLY_OF");
        assert_eq!(relationship_type("make-peace"), "MAKE_PEACE");
    }

    #[test]
    fn files_link_actors_relations_and_quotations() {
        let mut e = doc("d1", "2016-01-01");
        e.actors.push(actor("a1", "Kerry", ActorKind::Person, Some("kerry"), &[]));
        e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &[]));
        e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 1));
        e.quotes.push(quote(Some("a1"), Some("a2"), &["a2"], "Stop, now; please.", 3));
        let mut g = KnowledgeGraph::new();
        g.add_extraction(&e);
        let files = neo4j_files(&g);
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, FILES);
        let file = |name: &str| files.iter().find(|(n, _)| *n == name).unwrap().1.clone();
        assert!(file("actors.csv")
            .contains("\"kerry\",\"Kerry\",\"person\",,\"KERRY\",\"kerry\",,,1,\"d1\",Actor;Person\n"));
        assert!(file("relations.csv").contains(
            "\"kerry\",\"RUS\",THREATEN,\"threaten\",\"threatened\",\"138\",\"verbal_conflict\",1,false,false,2016-01-01,2016-01-01,-4.4,\"d1\",\"Sentence 1.\"\n"
        ));
        assert_eq!(file("said.csv"), ":START_ID(Actor),:END_ID(Quote),:TYPE\n\"kerry\",\"quote:d1:3:300-340\",SAID\n");
        assert_eq!(
            file("quote_targets.csv").lines().skip(1).collect::<Vec<_>>(),
            ["\"quote:d1:3:300-340\",\"RUS\",TO", "\"quote:d1:3:300-340\",\"RUS\",ABOUT"]
        );
        assert!(file("quotes.csv").contains("\"Stop, now; please.\""));
    }
}
