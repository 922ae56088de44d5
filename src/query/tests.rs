use super::*;
use crate::extraction::ActorKind;
use crate::graph::test_support::{actor, doc, quote, relation};
use crate::graph::KnowledgeGraph;

fn graph() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let mut e = doc("d1", "2016-09-28");
    e.actors.push(actor("a1", "John Kerry", ActorKind::Person, Some("kerry-john"), &["Kerry"]));
    e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &["Moscow"]));
    e.actors.push(actor("a3", "Syria", ActorKind::Country, Some("SYR"), &[]));
    e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 1));
    e.relations.push(relation("a3", "ally_of", "a2", None, "allied with", 2));
    e.quotes.push(quote(Some("a1"), Some("a2"), &["a3"], "The bombing of Aleppo must stop.", 3));
    g.add_extraction(&e);
    let mut e = doc("d2", "2016-10-05");
    e.actors.push(actor("a1", "Russia", ActorKind::Country, Some("RUS"), &[]));
    e.actors.push(actor("a2", "Kerry", ActorKind::Person, Some("kerry-john"), &[]));
    e.quotes.push(quote(Some("a1"), None, &["a2"], "Washington is to blame.", 0));
    g.add_extraction(&e);
    g
}

#[test]
fn said_filters() {
    let g = graph();
    let all = said(&g, &SaidFilter::default()).unwrap();
    assert_eq!(all.len(), 2);
    let by = |filter: SaidFilter| said(&g, &filter).unwrap().into_iter().map(|r| r.quotation).collect::<Vec<_>>();
    assert_eq!(
        by(SaidFilter { speaker: Some("kerry".into()), ..Default::default() }),
        ["The bombing of Aleppo must stop."]
    );
    assert_eq!(by(SaidFilter { speaker: Some("Moscow".into()), ..Default::default() }), ["Washington is to blame."]);
    assert_eq!(by(SaidFilter { addressee: Some("russia".into()), ..Default::default() }).len(), 1);
    assert_eq!(by(SaidFilter { about: Some("John Kerry".into()), ..Default::default() }), ["Washington is to blame."]);
    assert_eq!(by(SaidFilter { since: Some(parse_since("2016-10").unwrap()), ..Default::default() }).len(), 1);
    assert_eq!(by(SaidFilter { until: Some(parse_until("2016-09").unwrap()), ..Default::default() }).len(), 1);
    assert_eq!(by(SaidFilter { contains: vec!["ALEPPO".into(), "stop".into()], ..Default::default() }).len(), 1);
    assert!(said(&g, &SaidFilter { speaker: Some("Kery".into()), ..Default::default() }).is_err());
}

#[test]
fn relation_filters_and_symmetry() {
    let g = graph();
    let rows = |from: Option<&str>, to: Option<&str>, kind: Option<&str>| {
        let filter = RelationFilter { from: from.map(Into::into), to: to.map(Into::into), kind: kind.map(Into::into) };
        relations(&g, &filter).map(|rows| rows.into_iter().map(|r| r.ends.kind).collect::<Vec<_>>())
    };
    assert_eq!(rows(None, None, None).unwrap(), ["ally_of", "threaten"]);
    assert_eq!(rows(Some("kerry"), None, None).unwrap(), ["threaten"]);
    assert_eq!(rows(None, None, Some("13")).unwrap(), ["threaten"]);
    assert_eq!(rows(None, None, Some("Threatened")).unwrap(), ["threaten"]);
    // ally_of is stored RUS -> SYR and found either way round.
    assert_eq!(rows(Some("syria"), Some("russia"), None).unwrap(), ["ally_of"]);
    assert_eq!(rows(Some("russia"), Some("syria"), None).unwrap(), ["ally_of"]);
    let message = rows(None, None, Some("invade")).unwrap_err().to_string();
    assert!(message.contains("ally_of, threaten"), "{message}");
}

#[test]
fn actor_report_and_tables() {
    let g = graph();
    let report = super::actor(&g, "KERRY").unwrap();
    assert_eq!((report.outgoing.len(), report.incoming.len(), report.quotes.len()), (1, 0, 1));
    let text = actor_table(&report);
    assert!(text.starts_with("John Kerry (person, kerry-john)\n"), "{text}");
    assert!(text.contains("John Kerry  threatened  Russia"), "{text}");
    assert!(text.contains("Relations to John Kerry:\nSOURCE"), "{text}");
    assert!(text.contains("(none)"), "{text}");
    let said_text = said_table(&said(&g, &SaidFilter::default()).unwrap());
    assert!(said_text.lines().nth(1).unwrap().starts_with("2016-09-28  John Kerry"), "{said_text}");
}

/// A threatens B, B accuses D; A meets C, C meets D; A does not meet E
/// (negated), E allied with D; F is alone. Two shortest chains A..D.
fn network() -> KnowledgeGraph {
    let mut e = doc("n1", "2020-01-10");
    for (id, name) in [("a1", "A"), ("a2", "B"), ("a3", "C"), ("a4", "D"), ("a5", "E"), ("a6", "F")] {
        e.actors.push(actor(id, &format!("Land {name}"), ActorKind::Country, Some(name), &[]));
    }
    e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 1));
    e.relations.push(relation("a2", "accuse", "a4", Some("112"), "accused", 2));
    e.relations.push(relation("a1", "meet", "a3", Some("040"), "met", 3));
    e.relations.push(relation("a4", "meet", "a3", Some("040"), "met", 4));
    let mut negated = relation("a1", "meet", "a5", Some("040"), "met", 5);
    negated.negated = true;
    e.relations.push(negated);
    e.relations.push(relation("a5", "ally_of", "a4", None, "allied with", 6));
    let mut g = KnowledgeGraph::new();
    g.add_extraction(&e);
    let mut later = doc("n2", "2020-03-01");
    later.actors.push(actor("a1", "Land A", ActorKind::Country, Some("A"), &[]));
    later.actors.push(actor("a2", "Land B", ActorKind::Country, Some("B"), &[]));
    later.relations.push(relation("a2", "accuse", "a1", Some("112"), "accused", 0));
    let mut earlier = relation("a1", "threaten", "a2", Some("138"), "threatened", 1);
    earlier.date = Some(crate::graph::test_support::date("2019-12-31"));
    later.relations.push(earlier);
    g.add_extraction(&later);
    g
}

fn chains(rows: &[PathRow]) -> Vec<String> {
    rows.iter()
        .map(|p| {
            let mut keys: Vec<&str> = p.steps.iter().map(|s| s.from_key.as_str()).collect();
            keys.extend(p.steps.last().map(|s| s.to_key.as_str()));
            keys.join("-")
        })
        .collect()
}

#[test]
fn paths_are_the_shortest_chains_in_key_order() {
    let g = network();
    assert_eq!(chains(&path(&g, "Land A", "D", false, 5).unwrap()), ["A-B-D", "A-C-D"]);
    assert_eq!(chains(&path(&g, "a", "d", false, 1).unwrap()), ["A-B-D"]);
    // Directed: A -> B -> D, but C -> D goes the other way (D met C).
    assert_eq!(chains(&path(&g, "A", "D", true, 5).unwrap()), ["A-B-D"]);
    // The negated A-E meeting links nobody; E reaches A through D.
    assert_eq!(chains(&path(&g, "E", "A", false, 5).unwrap()), ["E-D-B-A", "E-D-C-A"]);
    assert!(path(&g, "A", "F", false, 5).unwrap().is_empty());
    assert!(path(&g, "A", "Land A", false, 5).unwrap_err().to_string().contains("same actor"));
    let first = &path(&g, "A", "D", false, 5).unwrap()[0];
    let step = &first.steps[0];
    // Both A-B relations, either way, with their evidence.
    let labels: Vec<(&str, &str, usize)> =
        step.relations.iter().map(|l| (l.ends.source_key.as_str(), l.ends.label.as_str(), l.count)).collect();
    assert_eq!(labels, [("A", "threatened", 2), ("B", "accused", 1)]);
    assert_eq!(step.relations[0].evidence, "Sentence 1.");
    let text = path_table(&path(&g, "A", "D", false, 5).unwrap());
    assert!(text.starts_with("Path 1 (2 steps): Land A \u{2014} Land B \u{2014} Land D\nSTEP"), "{text}");
    assert!(text.contains("\nPath 2 (2 steps): Land A \u{2014} Land C \u{2014} Land D\n"), "{text}");
}

#[test]
fn neighbors_by_depth() {
    let g = network();
    let rows =
        |depth| neighbors(&g, "D", depth).unwrap().into_iter().map(|r| (r.depth, r.key, r.via_key)).collect::<Vec<_>>();
    let s = |x: &str| x.to_string();
    assert_eq!(rows(1), [(1, s("B"), s("D")), (1, s("C"), s("D")), (1, s("E"), s("D"))]);
    assert_eq!(rows(2).last().unwrap(), &(2, s("A"), s("B")));
    assert_eq!(rows(9).len(), 4);
    let text = neighbors_table(&neighbors(&g, "E", 1).unwrap());
    assert!(text.contains("1      Land D  country  Land E  Land D allied with Land E"), "{text}");
}

#[test]
fn top_by_degree_and_pagerank() {
    let g = network();
    let keys = |by| top(&g, by, 0).into_iter().map(|r| r.key).collect::<Vec<_>>();
    // D has three neighbours (B, C, E); A, B have two; F none (negated edges count for nothing).
    assert_eq!(keys(Centrality::Degree), ["D", "A", "B", "C", "E", "F"]);
    let ranks = top(&g, Centrality::PageRank, 0);
    let total: f64 = ranks.iter().map(|r| r.pagerank).sum();
    assert!((total - 1.0).abs() < 1e-5, "{total}");
    // F has no relation: the smallest rank.
    assert_eq!(ranks.last().unwrap().key, "F");
    assert_eq!(top(&g, Centrality::PageRank, 2).len(), 2);
    assert_eq!(top(&g, Centrality::PageRank, 0), top(&g, Centrality::PageRank, 0));
    assert!("betweenness".parse::<Centrality>().is_err());
    let text = top_table(&top(&g, Centrality::Degree, 1));
    assert!(text.starts_with("RANK  ACTOR   KIND     DEGREE  IN  OUT  PAGERANK\n1     Land D  country  3"), "{text}");
}

#[test]
fn timeline_lists_sightings_by_date_either_way() {
    let g = network();
    let rows = timeline(&g, "B", "A").unwrap();
    let seen: Vec<(String, &str, &str)> =
        rows.iter().map(|r| (r.date.unwrap().to_string(), r.ends.source_key.as_str(), r.ends.label.as_str())).collect();
    assert_eq!(
        seen,
        [
            ("2019-12-31".to_string(), "A", "threatened"),
            ("2020-01-10".to_string(), "A", "threatened"),
            ("2020-03-01".to_string(), "B", "accused")
        ]
    );
    let negated = timeline(&g, "A", "E").unwrap();
    assert!(negated[0].negated);
    assert!(timeline_table(&negated).contains("not met"));
    assert!(timeline(&g, "A", "F").unwrap().is_empty());
}
