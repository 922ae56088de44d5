//! Throughput of the pipeline stages on the test articles
//! (tests/fixtures/articles), repeated to about 1 MB so per-call overhead
//! does not hide the per-byte cost: cleaning, tokenizing (`segment`),
//! lexicon matching (`lexicon_find_names`), mentions, coreference,
//! relation finding, quotation finding, the whole of `extract`, and the
//! graph: adding extractions and merging graphs.
//!
//! `cargo bench --bench pipeline -- --quick` for a short run. The
//! end-to-end benchmark (files in, JSON out, threads, memory) is
//! `benches/e2e.sh`.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use diplograph::graph::KnowledgeGraph;
use diplograph::{
    actors, clean, ingest, mentions, pipeline, quotes, relations, text, CleanDocument, Extraction, Lexicon, RawDocument,
};

const ARTICLES: [&str; 3] = ["aleppo_warning.txt", "ferry_dispute.txt", "nile_talks.txt"];
const CORPUS_BYTES: usize = 1 << 20;

fn raw_articles() -> Vec<RawDocument> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    ARTICLES.iter().map(|name| ingest::read_text_file(dir.join(name)).expect("fixture article")).collect()
}

/// The cleaned bodies, paragraph after paragraph, until about 1 MB: one
/// long document, as a stage sees a long article.
fn corpus(articles: &[CleanDocument]) -> String {
    let mut text = String::with_capacity(CORPUS_BYTES + 4096);
    while text.len() < CORPUS_BYTES {
        for doc in articles {
            text.push_str(&doc.text);
            text.push_str("\n\n");
        }
    }
    text
}

fn stages(c: &mut Criterion) {
    let lexicon = Lexicon::embedded();
    let raws = raw_articles();
    let cleaned: Vec<CleanDocument> = raws.iter().map(clean::clean).collect();
    let big = corpus(&cleaned);
    // The dates of the articles matter to office terms; one is enough here.
    let date = cleaned[0].meta.date;

    let mut group = c.benchmark_group("stages_1MB");
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(10);
    let raw_big = RawDocument { id: "big".into(), origin: "big".into(), date: None, title: None, text: big.clone() };
    group.bench_function("clean", |b| b.iter(|| clean::clean(&raw_big)));
    group.bench_function("segment", |b| b.iter(|| text::segment(&big)));
    group.bench_function("lexicon_find_names", |b| b.iter(|| lexicon.find_names(&big).count()));
    let seg = text::segment(&big);
    group.bench_function("find_mentions", |b| b.iter(|| mentions::find_mentions(&big, &seg, &lexicon, date)));
    let found = mentions::find_mentions(&big, &seg, &lexicon, date);
    group.bench_function("resolve_actors", |b| b.iter(|| actors::resolve(&big, &found, &lexicon, date, None)));
    let cast = actors::resolve(&big, &found, &lexicon, date, None);
    let context = relations::Context::new(&big, &seg, &lexicon, &found, &cast, date);
    group.bench_function("find_relations", |b| b.iter(|| relations::find_relations(&context)));
    group.bench_function("find_quotes", |b| b.iter(|| quotes::find_quotes(&context)));
    let big_doc = CleanDocument::from_text("big", &big);
    group.bench_function("extract", |b| b.iter(|| pipeline::extract(&big_doc, &lexicon)));
    group.finish();

    let mut group = c.benchmark_group("extract_article");
    for doc in &cleaned {
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&doc.id), doc, |b, doc| {
            b.iter(|| pipeline::extract(doc, &lexicon))
        });
    }
    group.finish();
}

fn graph_merge(c: &mut Criterion) {
    let lexicon = Lexicon::embedded();
    let extractions: Vec<Extraction> = raw_articles().iter().map(|raw| pipeline::extract_raw(raw, &lexicon)).collect();
    // A hundred distinct documents: the graph keeps one copy per document id.
    let batch: Vec<Extraction> = (0..100)
        .map(|n| {
            let mut x = extractions[n % extractions.len()].clone();
            x.id = format!("{}-{n}", x.id);
            x
        })
        .collect();
    let mut group = c.benchmark_group("graph");
    group.throughput(Throughput::Elements(batch.len() as u64));
    group.bench_function("add_extraction_x100", |b| {
        b.iter_batched(
            KnowledgeGraph::new,
            |mut graph| {
                for x in &batch {
                    graph.add_extraction(x);
                }
                graph
            },
            BatchSize::SmallInput,
        )
    });
    // Two halves of the batch merged: what `build` does for each document
    // and what a merge of two graph files does.
    let half = |range: std::ops::Range<usize>| {
        let mut graph = KnowledgeGraph::new();
        batch[range].iter().for_each(|x| {
            graph.add_extraction(x);
        });
        graph
    };
    let (first, second) = (half(0..50), half(50..100));
    group.bench_function("merge_50_into_50", |b| {
        b.iter_batched(
            || first.clone(),
            |mut graph| {
                graph.merge(&second);
                graph
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, stages, graph_merge);
criterion_main!(benches);
