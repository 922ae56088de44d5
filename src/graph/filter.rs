//! A narrower view of a graph, written once for every export: a date
//! range, relation types or QuadClasses, a minimum count, one actor's ego
//! network, and no negated or hypothetical edges. The result is itself a
//! [`KnowledgeGraph`], so each export writes it the way it writes a whole
//! graph.

use std::collections::{BTreeSet, VecDeque};

use chrono::NaiveDate;

use super::model::{EdgeProvenance, QuoteRecord, RelationEdge};
use super::KnowledgeGraph;
use crate::extraction::QuadClass;

/// What to keep. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GraphFilter {
    /// Sightings and quotations on or after this day; undated ones go.
    pub since: Option<NaiveDate>,
    /// Sightings and quotations on or before this day; undated ones go.
    pub until: Option<NaiveDate>,
    /// Edges whose type, label or CAMEO code prefix is one of these
    /// ("threaten", "accused", "13"); empty keeps every type.
    pub relations: Vec<String>,
    /// Edges of one of these classes; empty keeps every class.
    pub classes: Vec<EdgeClass>,
    /// Edges with at least this many sightings (after the date range).
    pub min_count: usize,
    /// Only actors within `depth` relations of this node key, either way.
    pub ego: Option<(String, usize)>,
    pub drop_negated: bool,
    pub drop_hypothetical: bool,
}

/// A QuadClass, or the standing relations that have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeClass {
    Quad(QuadClass),
    Standing,
}

impl EdgeClass {
    /// `verbal_cooperation` ... `material_conflict` (also with `-` or as
    /// 1-4), or `standing`.
    pub fn parse(text: &str) -> Option<EdgeClass> {
        let class = match text.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "1" | "verbal_cooperation" => QuadClass::VerbalCooperation,
            "2" | "material_cooperation" => QuadClass::MaterialCooperation,
            "3" | "verbal_conflict" => QuadClass::VerbalConflict,
            "4" | "material_conflict" => QuadClass::MaterialConflict,
            "standing" => return Some(EdgeClass::Standing),
            _ => return None,
        };
        Some(EdgeClass::Quad(class))
    }

    fn matches(self, edge: &RelationEdge) -> bool {
        match self {
            EdgeClass::Standing => edge.is_standing(),
            EdgeClass::Quad(class) => !edge.is_standing() && edge.quad_class() == Some(class),
        }
    }
}

/// True when the edge's type or label is `wanted` (any case), or its CAMEO
/// code starts with `wanted` given as digits.
pub fn relation_matches(edge: &RelationEdge, wanted: &str) -> bool {
    let wanted = wanted.trim();
    let is_code = !wanted.is_empty() && wanted.chars().all(|c| c.is_ascii_digit());
    edge.key.kind.eq_ignore_ascii_case(wanted)
        || edge.label().eq_ignore_ascii_case(wanted)
        || (is_code && edge.cameo().is_some_and(|code| code.starts_with(wanted)))
}

impl GraphFilter {
    pub fn is_empty(&self) -> bool {
        *self == GraphFilter::default()
    }

    /// True when relations are chosen by more than their dates.
    fn filters_relations(&self) -> bool {
        !self.relations.is_empty()
            || !self.classes.is_empty()
            || self.min_count > 0
            || self.drop_negated
            || self.drop_hypothetical
    }

    fn in_range(&self, date: Option<NaiveDate>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        date.is_some_and(|d| self.since.is_none_or(|s| d >= s) && self.until.is_none_or(|u| d <= u))
    }

    /// The edge as the filter leaves it: its sightings in the date range,
    /// or None when the edge goes.
    fn edge(&self, edge: &RelationEdge) -> Option<RelationEdge> {
        if (self.drop_negated && edge.key.negated) || (self.drop_hypothetical && edge.key.hypothetical) {
            return None;
        }
        if !self.relations.is_empty() && !self.relations.iter().any(|r| relation_matches(edge, r)) {
            return None;
        }
        if !self.classes.is_empty() && !self.classes.iter().any(|c| c.matches(edge)) {
            return None;
        }
        let provenance: BTreeSet<EdgeProvenance> =
            edge.provenance.iter().filter(|p| self.in_range(p.when())).cloned().collect();
        if provenance.is_empty() || provenance.len() < self.min_count {
            return None;
        }
        Some(RelationEdge { key: edge.key.clone(), provenance })
    }
}

impl KnowledgeGraph {
    /// The part of the graph `filter` keeps. Edges are filtered first;
    /// the ego network is then walked over the edges that are left. With
    /// any filter, an actor stays when a kept edge touches it, or, unless
    /// the relations themselves were filtered (type, class, count, negated,
    /// hypothetical), when it spoke a kept quotation; the ego actor always
    /// stays. A quotation stays when it is in the date range and its
    /// speaker stayed (an unattributed one: when there is neither an ego
    /// nor a relation filter), and its addressee and `about` keep only
    /// actors still in the graph. Node attributes and the document list
    /// stay those of the whole graph.
    pub fn filtered(&self, filter: &GraphFilter) -> KnowledgeGraph {
        if filter.is_empty() {
            return self.clone();
        }
        let mut edges: Vec<RelationEdge> = self.edges().into_iter().filter_map(|e| filter.edge(e)).collect();
        let allowed: Option<BTreeSet<String>> =
            filter.ego.as_ref().map(|(center, depth)| ego_network(&edges, center, *depth));
        let within = |key: &str| allowed.as_ref().is_none_or(|a| a.contains(key));
        edges.retain(|e| within(&e.key.source) && within(&e.key.target));
        let mut kept: BTreeSet<String> = BTreeSet::new();
        for edge in &edges {
            kept.insert(edge.key.source.clone());
            kept.insert(edge.key.target.clone());
        }
        if let Some((center, _)) = &filter.ego {
            kept.extend(self.node(center).map(|n| n.key.clone()));
        }
        let speakers_stay = !filter.filters_relations();
        let quotes: Vec<&QuoteRecord> = self
            .quotes()
            .filter(|q| filter.in_range(q.date))
            .filter(|q| match &q.speaker {
                Some(speaker) => kept.contains(speaker.as_str()) || (speakers_stay && within(speaker)),
                // Nobody to tie an unattributed quotation to an actor's network.
                None => speakers_stay && allowed.is_none(),
            })
            .collect();
        kept.extend(quotes.iter().filter_map(|q| q.speaker.as_deref().map(str::to_string)));

        let mut out = KnowledgeGraph::new();
        for document in self.documents() {
            out.insert_document(document.clone());
        }
        for key in &kept {
            if let Some(node) = self.node(key) {
                out.union_node(node);
            }
        }
        for edge in edges {
            out.union_edge(&edge.key, edge.provenance);
        }
        for quote in quotes {
            let mut quote = quote.clone();
            quote.addressee = quote.addressee.filter(|k| kept.contains(k.as_str()));
            quote.about.retain(|k| kept.contains(k.as_str()));
            out.insert_quote(&quote);
        }
        out
    }
}

/// The keys within `depth` edges of `center`, following edges either way.
fn ego_network(edges: &[RelationEdge], center: &str, depth: usize) -> BTreeSet<String> {
    let mut reached: BTreeSet<String> = BTreeSet::from([center.to_string()]);
    let mut queue = VecDeque::from([(center.to_string(), 0)]);
    while let Some((key, distance)) = queue.pop_front() {
        if distance == depth {
            continue;
        }
        for edge in edges {
            let other = if edge.key.source == key {
                &edge.key.target
            } else if edge.key.target == key {
                &edge.key.source
            } else {
                continue;
            };
            if reached.insert(other.clone()) {
                queue.push_back((other.clone(), distance + 1));
            }
        }
    }
    reached
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extraction::{ActorKind, Extraction};
    use crate::graph::test_support::{actor, date, doc, quote, relation};

    /// A -threaten-> B -accuse-> C -meet-> D, A -ally_of- E (standing),
    /// A -not threaten-> C, B -threaten (hypothetical)-> D; a second
    /// document repeats A threatening B a month later.
    fn graph() -> KnowledgeGraph {
        let mut e = doc("d1", "2020-01-10");
        for (id, name) in [("a1", "A"), ("a2", "B"), ("a3", "C"), ("a4", "D"), ("a5", "E")] {
            e.actors.push(actor(id, name, ActorKind::Country, Some(name), &[]));
        }
        e.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 1));
        e.relations.push(relation("a2", "accuse", "a3", Some("112"), "accused", 2));
        e.relations.push(relation("a3", "meet", "a4", Some("040"), "met", 3));
        e.relations.push(relation("a1", "ally_of", "a5", None, "allied with", 4));
        let mut negated = relation("a1", "threaten", "a3", Some("138"), "threatened", 5);
        negated.negated = true;
        let mut planned = relation("a2", "threaten", "a4", Some("138"), "threatened", 6);
        planned.hypothetical = true;
        e.relations.extend([negated, planned]);
        e.quotes.push(quote(Some("a4"), Some("a1"), &["a1", "a3"], "D speaks.", 7));
        e.quotes.push(quote(None, None, &["a2"], "Someone speaks.", 8));
        let mut second: Extraction = doc("d2", "2020-02-10");
        second.actors.push(actor("a1", "A", ActorKind::Country, Some("A"), &[]));
        second.actors.push(actor("a2", "B", ActorKind::Country, Some("B"), &[]));
        second.relations.push(relation("a1", "threaten", "a2", Some("138"), "threatened", 0));
        let mut g = KnowledgeGraph::new();
        g.add_extraction(&e);
        g.add_extraction(&second);
        g
    }

    fn edges(g: &KnowledgeGraph) -> Vec<String> {
        g.edges()
            .iter()
            .map(|e| {
                let flag = if e.key.negated {
                    "!"
                } else if e.key.hypothetical {
                    "?"
                } else {
                    ""
                };
                format!("{}{flag}{}{}", e.key.source, e.key.kind, e.key.target)
            })
            .collect()
    }

    fn nodes(g: &KnowledgeGraph) -> Vec<&str> {
        g.nodes().iter().map(|n| n.key.as_str()).collect()
    }

    #[test]
    fn the_empty_filter_keeps_everything() {
        let g = graph();
        assert_eq!(g.filtered(&GraphFilter::default()).to_json(), g.to_json());
    }

    #[test]
    fn each_filter_alone() {
        let g = graph();
        let cases: Vec<(GraphFilter, &[&str])> = vec![
            (
                GraphFilter { drop_negated: true, ..Default::default() },
                &["Aally_ofE", "AthreatenB", "BaccuseC", "B?threatenD", "CmeetD"],
            ),
            (
                GraphFilter { drop_hypothetical: true, ..Default::default() },
                &["Aally_ofE", "AthreatenB", "A!threatenC", "BaccuseC", "CmeetD"],
            ),
            (
                GraphFilter { relations: vec!["13".into()], ..Default::default() },
                &["AthreatenB", "A!threatenC", "B?threatenD"],
            ),
            (
                GraphFilter { relations: vec!["Accused".into(), "meet".into()], ..Default::default() },
                &["BaccuseC", "CmeetD"],
            ),
            (GraphFilter { classes: vec![EdgeClass::Standing], ..Default::default() }, &["Aally_ofE"]),
            (
                GraphFilter { classes: vec![EdgeClass::Quad(QuadClass::VerbalCooperation)], ..Default::default() },
                &["CmeetD"],
            ),
            (GraphFilter { min_count: 2, ..Default::default() }, &["AthreatenB"]),
            (GraphFilter { since: Some(date("2020-02-01")), ..Default::default() }, &["AthreatenB"]),
            (
                GraphFilter { until: Some(date("2020-01-31")), ..Default::default() },
                &["Aally_ofE", "AthreatenB", "A!threatenC", "BaccuseC", "B?threatenD", "CmeetD"],
            ),
        ];
        for (filter, expected) in cases {
            assert_eq!(edges(&g.filtered(&filter)), expected, "{filter:?}");
        }
    }

    #[test]
    fn dates_narrow_counts_before_min_count() {
        let g = graph();
        let f = GraphFilter { until: Some(date("2020-01-31")), min_count: 2, ..Default::default() };
        assert!(edges(&g.filtered(&f)).is_empty());
        let january = g.filtered(&GraphFilter { until: Some(date("2020-01-31")), ..Default::default() });
        let threat = january.edges().into_iter().find(|e| e.key.kind == "threaten" && e.key.target == "B");
        assert_eq!(threat.map(RelationEdge::count), Some(1));
        // Quotations are dated too.
        let february = g.filtered(&GraphFilter { since: Some(date("2020-02-01")), ..Default::default() });
        assert_eq!(february.quote_count(), 0);
        assert_eq!(nodes(&february), ["A", "B"]);
    }

    #[test]
    fn ego_networks_walk_the_edges_left_either_way() {
        let g = graph();
        let ego =
            |depth, drop_negated| GraphFilter { ego: Some(("C".into(), depth)), drop_negated, ..Default::default() };
        assert_eq!(nodes(&g.filtered(&ego(0, false))), ["C"]);
        assert_eq!(nodes(&g.filtered(&ego(1, false))), ["A", "B", "C", "D"]);
        // Without the negated A-C edge, A is two steps away.
        assert_eq!(nodes(&g.filtered(&ego(1, true))), ["B", "C", "D"]);
        assert_eq!(nodes(&g.filtered(&ego(2, true))), ["A", "B", "C", "D"]);
        assert_eq!(nodes(&g.filtered(&ego(9, true))), ["A", "B", "C", "D", "E"]);
        let one = g.filtered(&ego(1, true));
        assert_eq!(edges(&one), ["BaccuseC", "B?threatenD", "CmeetD"]);
        // D's quotation stays, without A, who is out of the network.
        let kept: Vec<(&str, Vec<&str>)> =
            one.quotes().map(|q| (q.text.as_str(), q.about.iter().map(|k| k.as_str()).collect())).collect();
        assert_eq!(kept, [("D speaks.", vec!["C"])]);
        assert_eq!(one.quotes().next().unwrap().addressee, None);
    }

    #[test]
    fn speakers_stay_unless_relations_are_filtered() {
        let mut g = graph();
        let mut e = doc("d3", "2020-01-20");
        e.actors.push(actor("a1", "F", ActorKind::Person, None, &[]));
        e.quotes.push(quote(Some("a1"), None, &[], "F talks.", 0));
        g.add_extraction(&e);
        let january = g.filtered(&GraphFilter { until: Some(date("2020-01-31")), ..Default::default() });
        assert!(nodes(&january).contains(&"person:f"));
        assert_eq!(january.quote_count(), 3);
        let threats = g.filtered(&GraphFilter { relations: vec!["threaten".into()], ..Default::default() });
        assert_eq!(nodes(&threats), ["A", "B", "C", "D"]);
        // D speaks and is kept for its hypothetical threat; the unattributed quotation goes.
        let spoken: Vec<&str> = threats.quotes().map(|q| q.text.as_str()).collect();
        assert_eq!(spoken, ["D speaks."]);
    }

    #[test]
    fn filtered_graphs_save_and_load() {
        let g = graph();
        let f = GraphFilter { ego: Some(("D".into(), 1)), relations: vec!["meet".into()], ..Default::default() };
        let small = g.filtered(&f);
        let loaded = KnowledgeGraph::from_json(small.to_json().as_bytes(), std::path::Path::new("f.json")).unwrap();
        assert_eq!(loaded, small);
        assert_eq!(EdgeClass::parse("Material-Conflict"), Some(EdgeClass::Quad(QuadClass::MaterialConflict)));
        assert_eq!(EdgeClass::parse("standing"), Some(EdgeClass::Standing));
        assert_eq!(EdgeClass::parse("peace"), None);
    }
}
