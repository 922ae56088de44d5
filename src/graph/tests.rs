use std::path::Path;

use super::test_support::{actor, date, doc, quote, relation};
use super::*;
use crate::error::Error;
use crate::extraction::{ActorKind, QuadClass};

fn kerry_threatens_russia(id: &str, date: &str) -> Extraction {
    let mut e = doc(id, date);
    e.actors.push(actor("a1", "John Kerry", ActorKind::Person, Some("kerry-john"), &["Kerry", "the secretary"]));
    e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &["Russia", "Moscow"]));
    e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 3));
    e.quotes.push(quote(Some("a1"), Some("a2"), &["a2"], "We will not stand by.", 4));
    e
}

#[test]
fn one_node_per_lexicon_id_across_documents() {
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&kerry_threatens_russia("d1", "2016-09-28"));
    let mut second = kerry_threatens_russia("d2", "2016-10-03");
    second.actors[0].name = "Kerry".into();
    second.actors[0].id = "a7".into();
    second.relations[0].source = "a7".into();
    second.quotes[0].speaker = Some("a7".into());
    g.add_extraction(&second);

    assert_eq!(g.node_count(), 2);
    let kerry = g.node("kerry-john").unwrap();
    // Equal frequency: the fullest name wins.
    assert_eq!(kerry.name(), "John Kerry");
    assert_eq!(kerry.document_count(), 2);
    // "the secretary" is a description, not a name: no alias.
    assert_eq!(kerry.aliases.iter().collect::<Vec<_>>(), ["kerry"]);
    assert_eq!(g.node("RUS").unwrap().aliases.iter().collect::<Vec<_>>(), ["moscow", "russia"]);

    assert_eq!(g.edge_count(), 1);
    let edge = g.edges()[0];
    assert_eq!(edge.count(), 2);
    assert_eq!(edge.first_date(), Some(date("2016-09-28")));
    assert_eq!(edge.last_date(), Some(date("2016-10-03")));
    assert_eq!(edge.quad_class(), Some(QuadClass::VerbalConflict));
    assert_eq!(edge.goldstein_total(), Some(-8.8));
    assert_eq!(g.quotes_by("kerry-john").count(), 2);
}

#[test]
fn actors_without_lexicon_id_merge_by_kind_and_normalized_name() {
    let mut a = doc("d1", "2016-01-01");
    a.actors.push(actor("a1", "The Free Syrian Army", ActorKind::Group, None, &["Free Syrian Army"]));
    let mut b = doc("d2", "2016-01-02");
    b.actors.push(actor("a1", "free syrian army", ActorKind::Group, None, &["FSA"]));
    b.actors.push(actor("a2", "Free Syrian Army", ActorKind::Person, None, &[]));
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&a);
    g.add_extraction(&b);
    let keys: Vec<&str> = g.nodes().iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["group:free syrian army", "person:free syrian army"]);
    assert_eq!(g.node("group:free syrian army").unwrap().document_count(), 2);
}

#[test]
fn edges_split_by_negation_and_hypothesis() {
    let mut e = kerry_threatens_russia("d1", "2016-09-28");
    let mut negated = relation("a1", "threaten", "a2", Some("138"), "threatened", 5);
    negated.negated = true;
    let mut planned = relation("a1", "threaten", "a2", Some("138"), "threatened", 6);
    planned.hypothetical = true;
    e.relations.extend([negated, planned, relation("a1", "threaten", "a2", Some("138"), "threatened", 7)]);
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&e);
    let counts: Vec<(bool, bool, usize)> =
        g.edges().iter().map(|e| (e.key.negated, e.key.hypothetical, e.count())).collect();
    assert_eq!(counts, [(false, false, 2), (false, true, 1), (true, false, 1)]);
}

#[test]
fn ally_of_is_stored_once_in_key_order() {
    let mut e = doc("d1", "2016-05-01");
    e.actors.push(actor("a1", "Syria", ActorKind::Country, Some("SYR"), &[]));
    e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &[]));
    e.relations.push(relation("a1", "ally_of", "a2", None, "allied with", 0));
    e.relations.push(relation("a2", "ally_of", "a1", None, "allied with", 1));
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&e);
    assert_eq!(g.edge_count(), 1);
    let edge = g.edges()[0];
    assert_eq!((edge.key.source.as_str(), edge.key.target.as_str()), ("RUS", "SYR"));
    assert_eq!(edge.count(), 2);
    assert!(edge.is_standing());
}

#[test]
fn re_adding_a_document_changes_nothing() {
    let mut g = KnowledgeGraph::new();
    assert!(g.add_extraction(&kerry_threatens_russia("d1", "2016-09-28")));
    let before = g.to_json();
    let mut changed = kerry_threatens_russia("d1", "2016-09-28");
    changed.actors[0].name = "Someone Else".into();
    assert!(!g.add_extraction(&changed));
    assert_eq!(g.to_json(), before);
}

#[test]
fn merge_is_commutative_associative_and_idempotent() {
    let parts: Vec<KnowledgeGraph> = ["d1", "d2", "d3"]
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let mut g = KnowledgeGraph::new();
            let mut e = kerry_threatens_russia(id, &format!("2016-09-0{}", i + 1));
            if i == 1 {
                e.actors[1].name = "Russian Federation".into();
                e.relations[0].goldstein = Some(-3.3);
            }
            g.add_extraction(&e);
            g
        })
        .collect();
    let merged = |order: &[usize]| {
        let mut g = KnowledgeGraph::new();
        for &i in order {
            g.merge(&parts[i]);
        }
        g.to_json()
    };
    let reference = merged(&[0, 1, 2]);
    assert_eq!(merged(&[2, 1, 0]), reference);
    assert_eq!(merged(&[1, 0, 2, 1, 0]), reference);
    let mut grouped = parts[1].clone();
    grouped.merge(&parts[2]);
    let mut g = parts[0].clone();
    g.merge(&grouped);
    assert_eq!(g.to_json(), reference);
}

#[test]
fn strings_repeated_across_documents_and_loads_are_kept_once() {
    // The same sentence in two documents (syndicated copy), read from extractions and from a file.
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&kerry_threatens_russia("d1", "2016-09-28"));
    g.add_extraction(&kerry_threatens_russia("d2", "2016-09-28"));
    let loaded = KnowledgeGraph::from_json(g.to_json().as_bytes(), Path::new("g.json")).unwrap();
    for graph in [&g, &loaded] {
        let edge = graph.edges()[0];
        let [p1, p2] = [edge.provenance.first().unwrap(), edge.provenance.last().unwrap()];
        assert_ne!(p1.document, p2.document);
        assert!(p1.evidence.is_same_copy(&p2.evidence) && p1.label.is_same_copy(&p2.label));
        let node = graph.node("RUS").unwrap();
        assert!(node.documents.first().unwrap().is_same_copy(&p1.document));
    }
}

#[test]
fn save_and_load_round_trip() {
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&kerry_threatens_russia("d1", "2016-09-28"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    g.save(&path).unwrap();
    let loaded = KnowledgeGraph::load(&path).unwrap();
    assert_eq!(loaded, g);
    assert_eq!(loaded.to_json(), g.to_json());
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn bad_graph_files_are_clear_errors() {
    let cases: &[(&str, &str)] = &[
        ("this is not json", "not a JSON file"),
        ("[1, 2]", "not a diplograph graph file"),
        (r#"{"nodes": []}"#, "not a diplograph graph file"),
        (r#"{"format": "diplograph-graph", "version": 2, "nodes": []}"#, "version 2; this diplograph reads version 1"),
        (r#"{"format": "diplograph-graph", "version": 0, "nodes": []}"#, "rebuild it"),
        (r#"{"format": "diplograph-graph", "version": "1", "nodes": []}"#, "without a version"),
        (r#"{"directed": true, "multigraph": true, "graph": {}, "nodes": [], "links": []}"#, "not a diplograph"),
        (r#"{"format": "diplograph-graph", "nodes": []}"#, "without a version"),
        (r#"{"format": "diplograph-graph", "version": 1, "nodes": 3}"#, "malformed"),
        (
            r#"{"format": "diplograph-graph", "version": 1, "nodes": [{"key": "A"}],
               "edges": [{"source": "A", "target": "B", "type": "meet", "provenance": []}]}"#,
            "unknown node \"B\"",
        ),
        // A malformed element is reported before a contradiction earlier in the file, and
        // the first contradiction before later ones, as when the file was parsed whole first.
        (
            r#"{"format": "diplograph-graph", "version": 1, "nodes": [{"key": "A"}, {"key": "A"}],
               "edges": [{"source": "A", "target": "B", "type": "meet", "provenance": []}],
               "quotes": [{"document": "d1"}]}"#,
            "malformed graph file: quotes[0]: missing field `sentence`",
        ),
        (
            r#"{"format": "diplograph-graph", "version": 1, "nodes": [{"key": "A"}, {"key": "A"}],
               "edges": [{"source": "A", "target": "B", "type": "meet", "provenance": []}]}"#,
            "nodes[1]: node \"A\" appears twice",
        ),
    ];
    for (text, expected) in cases {
        match KnowledgeGraph::from_json(text.as_bytes(), Path::new("g.json")) {
            Err(Error::GraphFile { message, .. }) => {
                assert!(message.contains(expected), "{message}")
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    assert!(matches!(KnowledgeGraph::load("/nonexistent/g.json"), Err(Error::Io { .. })));
}

#[test]
fn relations_and_quotes_to_unknown_actors_are_dropped_or_unattributed() {
    let mut e = kerry_threatens_russia("d1", "2016-09-28");
    e.relations.push(relation("a1", "accuse", "a9", Some("112"), "accused", 2));
    e.quotes.push(quote(Some("a9"), None, &["a9", "a2", "a2"], "Unclear.", 8));
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&e);
    assert_eq!(g.edge_count(), 1);
    let q = g.quotes().find(|q| q.text == "Unclear.").unwrap();
    assert_eq!((q.speaker.as_deref(), q.about.clone()), (None, vec![Text::from("RUS")]));
}
