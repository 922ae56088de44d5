//! Writes a synthetic corpus for the end-to-end benchmark (benches/e2e.sh):
//! N JSON Lines records made from the project's own invented articles
//! (tests/fixtures/articles and examples/articles), taken in turn, each
//! with an id of its own so that a graph keeps every one.
//!
//!     cargo run --release --example corpus -- 100000 > corpus.jsonl

use std::io::Write;

use diplograph::ingest;

fn main() {
    let count: usize = match std::env::args().nth(1).map(|n| n.parse()) {
        Some(Ok(n)) => n,
        _ => {
            eprintln!("usage: corpus N > corpus.jsonl");
            std::process::exit(2);
        }
    };
    let root = env!("CARGO_MANIFEST_DIR");
    let sources = [format!("{root}/tests/fixtures/articles"), format!("{root}/examples/articles")];
    let batch = ingest::read_inputs(&sources);
    if batch.documents.is_empty() || !batch.problems.is_empty() {
        eprintln!("corpus: the fixture articles could not be read: {:?}", batch.problems);
        std::process::exit(2);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut text_bytes = 0;
    for n in 0..count {
        let doc = &batch.documents[n % batch.documents.len()];
        text_bytes += doc.text.len();
        let record = serde_json::json!({
            "id": format!("{}-{n}", doc.id),
            "date": doc.date,
            "title": doc.title,
            "text": doc.text,
        });
        if serde_json::to_writer(&mut out, &record).is_err() || writeln!(out).is_err() {
            std::process::exit(1);
        }
    }
    let _ = out.flush();
    // The benchmark's MB/s are of article text, not of JSON.
    eprintln!("{count} articles, {text_bytes} bytes of text");
}
