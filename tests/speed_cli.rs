//! Threads and streaming: the bytes written do not depend on `--threads`,
//! and `extract --jsonl -` works as a map step in a pipeline, writing each
//! extraction before its input ends.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use common::{binary, run, stderr, stdout};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every invented article of the project: plain text and JSON Lines.
fn corpus() -> Vec<String> {
    vec![format!("{ROOT}/examples/articles"), format!("{ROOT}/tests/fixtures/articles")]
}

fn extract_on(threads: &str, extra: &[&str]) -> Vec<u8> {
    let inputs = corpus();
    let mut args = vec!["extract", "--threads", threads];
    args.extend(inputs.iter().map(String::as_str));
    args.extend(extra);
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    out.stdout
}

#[test]
fn extract_output_is_the_same_on_any_number_of_threads() {
    for format in ["json", "text"] {
        let one = extract_on("1", &["--format", format]);
        assert!(one.len() > 10_000, "{format}: some output");
        for threads in ["2", "3", "0"] {
            assert!(one == extract_on(threads, &["--format", format]), "{format}: 1 thread and {threads} differ");
        }
    }
}

#[test]
fn build_writes_the_same_graph_on_any_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let graph = |threads: &str| {
        let path = dir.path().join(format!("graph-{threads}.json"));
        let inputs = corpus();
        let mut args = vec!["build", "--threads", threads, "-o", path.to_str().unwrap()];
        args.extend(inputs.iter().map(String::as_str));
        let out = run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::read(&path).unwrap()
    };
    let one = graph("1");
    assert!(one == graph("2") && one == graph("4"));
}

#[test]
fn jsonl_writes_one_compact_line_per_document_even_for_one() {
    let one = run(&["extract", "--jsonl", &format!("{ROOT}/tests/fixtures/articles/nile_talks.txt")]);
    assert!(one.status.success(), "{}", stderr(&one));
    let text = stdout(&one);
    assert_eq!(text.lines().count(), 1);
    let doc: serde_json::Value = serde_json::from_str(text.trim_end()).unwrap();
    assert_eq!(doc["id"], "nile_talks");

    let several = stdout(&run(&["extract", "--jsonl", &format!("{ROOT}/tests/fixtures/articles")]));
    let plain = stdout(&run(&["extract", &format!("{ROOT}/tests/fixtures/articles")]));
    assert_eq!(several, plain, "several documents are JSON Lines either way");
}

#[test]
fn jsonl_cannot_go_with_text_format() {
    let out = run(&["extract", "--jsonl", "--format", "text", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--jsonl"), "{}", stderr(&out));
}

#[test]
fn jsonl_from_stdin_answers_each_record_before_the_input_ends() {
    // One thread reads, works and writes on one thread: it must answer before reading on.
    for threads in ["1", "2"] {
        answers_each_record_before_the_input_ends(threads);
    }
}

fn answers_each_record_before_the_input_ends(threads: &str) {
    let mut child = binary()
        .args(["extract", "--jsonl", "-", "--threads", threads])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let (lines, received) = mpsc::channel();
    let output = BufReader::new(child.stdout.take().unwrap());
    std::thread::spawn(move || {
        for line in output.lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let records = [
        r#"{"id": "one", "text": "Norway accused Russia of jamming GPS signals on Monday."}"#,
        r#"{"id": "two", "text": "Vietnam protested to China on Thursday."}"#,
    ];
    for record in records {
        writeln!(input, "{record}").unwrap();
        input.flush().unwrap();
        // Standard input is still open: the answer must come anyway.
        let line = received.recv_timeout(Duration::from_secs(60)).expect("an extraction before the input ends");
        let doc: serde_json::Value = serde_json::from_str(&line).unwrap();
        let id = serde_json::from_str::<serde_json::Value>(record).unwrap()["id"].clone();
        assert_eq!(doc["id"], id);
    }
    drop(input);
    let status = child.wait().unwrap();
    assert!(status.success());
    assert!(received.recv_timeout(Duration::from_secs(5)).is_err(), "nothing more");
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let out = run(&["extract", "--threads", "2", &format!("{ROOT}/examples/articles")]);
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
}
