//! Building a graph is order-free: whatever way a corpus is split into
//! parts, whatever order the documents are added in, whatever order and
//! grouping the parts are merged in, and however often a part is merged,
//! the file is byte for byte the one a single build of the whole corpus
//! writes. The corpus is the invented articles of examples/ and
//! tests/fixtures/, extracted once; the cases only build and merge.

use std::path::Path;
use std::sync::OnceLock;

use diplograph::graph::KnowledgeGraph;
use diplograph::{ingest, pipeline, Extraction, Lexicon};
use proptest::prelude::*;

/// Parts a case splits the corpus into, at most.
const PARTS: usize = 4;

fn corpus() -> &'static [Extraction] {
    static CORPUS: OnceLock<Vec<Extraction>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let root = env!("CARGO_MANIFEST_DIR");
        let inputs = [format!("{root}/examples/articles"), format!("{root}/tests/fixtures/articles")];
        let batch = ingest::read_inputs(&inputs);
        assert!(batch.problems.is_empty(), "{:?}", batch.problems);
        assert!(batch.documents.len() >= 10, "a corpus worth splitting");
        let lexicon = Lexicon::embedded();
        batch.documents.iter().map(|d| pipeline::extract_raw(d, &lexicon)).collect()
    })
}

fn whole() -> &'static str {
    static WHOLE: OnceLock<String> = OnceLock::new();
    WHOLE.get_or_init(|| {
        let mut graph = KnowledgeGraph::new();
        for extraction in corpus() {
            graph.add_extraction(extraction);
        }
        graph.to_json()
    })
}

/// One way of building the corpus: which part each document goes to, the
/// order documents are added in, the order parts are merged in, parts
/// merged a second time, a fold or a tree of merges, and whether parts are
/// saved and loaded on the way.
#[derive(Debug, Clone)]
struct Plan {
    part_of: Vec<usize>,
    add_order: Vec<usize>,
    merge_order: Vec<usize>,
    again: Vec<usize>,
    as_tree: bool,
    through_files: bool,
}

fn plans() -> impl Strategy<Value = Plan> {
    let n = corpus().len();
    (
        prop::collection::vec(0..PARTS, n),
        Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
        Just((0..PARTS).collect::<Vec<_>>()).prop_shuffle(),
        prop::collection::vec(0..PARTS, 0..3),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(part_of, add_order, merge_order, again, as_tree, through_files)| Plan {
            part_of,
            add_order,
            merge_order,
            again,
            as_tree,
            through_files,
        })
}

fn build(plan: &Plan) -> String {
    let mut parts = vec![KnowledgeGraph::new(); PARTS];
    for &doc in &plan.add_order {
        parts[plan.part_of[doc]].add_extraction(&corpus()[doc]);
    }
    if plan.through_files {
        for part in &mut parts {
            *part = KnowledgeGraph::from_json(part.to_json().as_bytes(), Path::new("part.json")).expect("a part loads");
        }
    }
    let mut queue: Vec<KnowledgeGraph> =
        plan.merge_order.iter().chain(&plan.again).map(|&p| parts[p].clone()).collect();
    if plan.as_tree {
        // ((p1 p2) (p3 p4)) ...: merged pairwise, level by level.
        while queue.len() > 1 {
            let mut level = Vec::new();
            for pair in queue.chunks(2) {
                let mut merged = pair[0].clone();
                if let Some(second) = pair.get(1) {
                    merged.merge(second);
                }
                level.push(merged);
            }
            queue = level;
        }
        queue.pop().unwrap_or_default().to_json()
    } else {
        let mut all = KnowledgeGraph::new();
        for part in &queue {
            all.merge(part);
        }
        all.to_json()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_split_and_merge_order_gives_the_whole_graph(plan in plans()) {
        prop_assert!(build(&plan) == whole(), "{plan:?} differs from one build of the whole corpus");
    }
}

#[test]
fn merging_a_graph_with_itself_or_a_loaded_copy_changes_nothing() {
    let mut graph = KnowledgeGraph::new();
    for extraction in corpus() {
        graph.add_extraction(extraction);
    }
    let loaded = KnowledgeGraph::from_json(graph.to_json().as_bytes(), Path::new("g.json")).unwrap();
    let mut twice = graph.clone();
    twice.merge(&graph);
    twice.merge(&loaded);
    assert_eq!(twice.to_json(), whole());
    // Adding a document id already in the graph changes nothing either.
    assert!(!twice.add_extraction(&corpus()[0]));
    assert_eq!(twice.to_json(), whole());
}
