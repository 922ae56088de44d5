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
        relations(&g, &filter).map(|rows| rows.into_iter().map(|r| r.kind).collect::<Vec<_>>())
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
