//! Helpers for tests of `diplograph extract`: fixture articles, temporary
//! inputs, parsed output, and the provenance invariant every item must keep.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use serde_json::Value;

use super::binary;

pub fn article(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles").join(name)
}

pub fn lexicon_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lexicon").join(name)
}

/// The plain-text fixture articles, in a fixed order.
pub const ARTICLES: [&str; 3] = ["aleppo_warning.txt", "ferry_dispute.txt", "nile_talks.txt"];

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

/// Runs the binary with `input` on standard input.
pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = binary()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the diplograph binary runs");
    // Written from a thread: a large input would otherwise deadlock against a full stdout pipe.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().expect("the diplograph binary finishes");
    writer.join().expect("the writer thread ends").expect("stdin takes the input");
    output
}

/// A temporary folder holding one file; the folder lives as long as the guard.
pub fn temp_file(name: &str, contents: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join(name);
    std::fs::write(&path, contents).expect("the temporary file is written");
    (dir, path)
}

/// Standard output parsed as one JSON value; panics with stderr when it is not.
pub fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "stdout is not one JSON value ({err}); stderr: {}\nstdout: {}",
            String::from_utf8_lossy(&output.stderr),
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// Standard output parsed as JSON Lines.
pub fn json_lines_of(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .enumerate()
        .map(|(n, line)| {
            serde_json::from_str(line).unwrap_or_else(|err| panic!("line {} is not JSON ({err}): {line}", n + 1))
        })
        .collect()
}

/// The cleaned text of a plain-text article, as the pipeline sees it: what
/// every span must point into.
pub fn cleaned_text(path: &Path) -> String {
    let raw = diplograph::ingest::read_text_file(path).expect("the article reads");
    diplograph::clean::clean(&raw).text
}

/// Every item's provenance points into `text`: the span lies inside the
/// sentence its index gives in the document's `sentences`, and an actor
/// mention's words are the span's. Returns the problems found, so a caller
/// can show them all at once.
pub fn provenance_problems(doc: &Value, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |what: String, prov: &Value, words: Option<&str>| {
        let span = (prov["span"][0].as_u64(), prov["span"][1].as_u64());
        let (Some(start), Some(end)) = span else {
            problems.push(format!("{what}: no span in {prov}"));
            return;
        };
        let (start, end) = (start as usize, end as usize);
        let Some(spanned) = text.get(start..end) else {
            problems.push(format!("{what}: span {start}..{end} is not a slice of the cleaned text"));
            return;
        };
        let sentence = prov["sentence"].as_u64().map_or(usize::MAX, |s| s as usize);
        let evidence = doc["sentences"].get(sentence).and_then(Value::as_str).unwrap_or_default();
        let inside = text.match_indices(evidence).any(|(at, _)| at <= start && end <= at + evidence.len());
        if evidence.is_empty() || !inside {
            problems.push(format!("{what}: span {start}..{end} ({spanned:?}) is not inside its evidence {evidence:?}"));
        }
        if prov["sentence"].as_u64().is_none() {
            problems.push(format!("{what}: no sentence index"));
        }
        if let Some(words) = words {
            if spanned != words {
                problems.push(format!("{what}: span {start}..{end} holds {spanned:?}, not {words:?}"));
            }
        }
    };
    for actor in doc["actors"].as_array().into_iter().flatten() {
        for mention in actor["mentions"].as_array().into_iter().flatten() {
            let words = mention["text"].as_str();
            check(format!("mention {:?} of {}", words.unwrap_or("?"), actor["name"]), mention, words);
        }
    }
    for (n, relation) in doc["relations"].as_array().into_iter().flatten().enumerate() {
        check(format!("relation {n} ({})", relation["type"]), &relation["provenance"], None);
    }
    for (n, quote) in doc["quotes"].as_array().into_iter().flatten().enumerate() {
        check(format!("quote {n} ({})", quote["text"]), &quote["provenance"], None);
    }
    problems
}

/// The actor of `doc` with this id.
pub fn actor_named<'a>(doc: &'a Value, id: &Value) -> Option<&'a str> {
    doc["actors"].as_array()?.iter().find(|a| &a["id"] == id)?["name"].as_str()
}
