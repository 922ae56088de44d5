//! Bad inputs: the exact message each gets, and the exit status (0 all good,
//! 1 some documents skipped, 2 unusable invocation or input).
//!
//! Each row builds its files in a fresh temporary folder; `{dir}` in the
//! arguments and messages stands for that folder.

mod common;

use std::path::Path;
use std::process::Output;

use common::extract::{article, path_str};
use common::{run, stderr};

struct BadInput {
    name: &'static str,
    /// Files written into the folder first: (name, bytes).
    files: &'static [(&'static str, &'static [u8])],
    args: &'static [&'static str],
    status: i32,
    /// Lines stderr must hold, exactly; a line ending in `*` is a prefix.
    stderr: &'static [&'static str],
    /// Document ids standard output must hold, as JSON (Lines), in order.
    extracted: &'static [&'static str],
}

const GOOD_AND_BAD_JSONL: &[u8] = b"{\"id\": \"good-1\", \"text\": \"Egypt accused Ethiopia of stalling.\"}\n\
{\"id\": broken\n\
{\"id\": \"good-2\", \"text\": \"Sudan accused Ethiopia of stalling.\"}\n\
{\"id\": \"no-text\", \"title\": \"A record without its text\"}\n\
[\"not\", \"an\", \"object\"]\n";

const NOT_UTF8_LINE_JSONL: &[u8] = b"{\"id\": \"good-1\", \"text\": \"Egypt accused Ethiopia.\"}\n\
{\"id\": \"bad\", \"text\": \"caf\xe9\"}\n";

const TABLE: &[BadInput] = &[
    BadInput {
        name: "missing_file",
        files: &[],
        args: &["extract", "{dir}/absent.txt"],
        status: 2,
        stderr: &[
            "diplograph: {dir}/absent.txt: No such file or directory (os error 2)",
            "diplograph: no document could be read",
        ],
        extracted: &[],
    },
    BadInput {
        name: "missing_file_among_good_ones",
        files: &[("good.txt", b"Egypt accused Ethiopia of stalling.\n")],
        args: &["extract", "{dir}/absent.txt", "{dir}/good.txt"],
        status: 1,
        stderr: &["diplograph: {dir}/absent.txt: No such file or directory (os error 2)"],
        extracted: &["good"],
    },
    BadInput {
        name: "not_utf8_text_file",
        files: &[("latin1.txt", b"Egypt accused Ethiopia at the caf\xe9 talks.\n")],
        args: &["extract", "{dir}/latin1.txt"],
        status: 2,
        stderr: &[
            "diplograph: {dir}/latin1.txt: not UTF-8: invalid byte at byte offset 33",
            "diplograph: no document could be read",
        ],
        extracted: &[],
    },
    BadInput {
        name: "jsonl_bad_lines_among_good_ones",
        files: &[("feed.jsonl", GOOD_AND_BAD_JSONL)],
        args: &["extract", "{dir}/feed.jsonl"],
        status: 1,
        stderr: &[
            "diplograph: {dir}/feed.jsonl:2: malformed JSON: *",
            "diplograph: {dir}/feed.jsonl:4: record has no \"text\" field",
            "diplograph: {dir}/feed.jsonl:5: expected a JSON object, found an array",
        ],
        extracted: &["good-1", "good-2"],
    },
    BadInput {
        // The offset counts from the start of the file, not of the line.
        name: "jsonl_line_not_utf8",
        files: &[("feed.jsonl", NOT_UTF8_LINE_JSONL)],
        args: &["extract", "{dir}/feed.jsonl"],
        status: 1,
        stderr: &["diplograph: {dir}/feed.jsonl:2: not UTF-8: invalid byte at byte offset 78"],
        extracted: &["good-1"],
    },
    BadInput {
        // Nothing to find is no error: an empty document, reported as such.
        name: "empty_text_file",
        files: &[("empty.txt", b"")],
        args: &["extract", "{dir}/empty.txt"],
        status: 0,
        stderr: &[],
        extracted: &["empty"],
    },
    BadInput {
        name: "empty_jsonl_file",
        files: &[("empty.jsonl", b"")],
        args: &["extract", "{dir}/empty.jsonl"],
        status: 0,
        stderr: &[],
        extracted: &[],
    },
    BadInput {
        name: "lexicon_check_unknown_field",
        files: &[("user.lex", b"# my additions\nperson petrova-ana | Ana Petrova | rank: deputy\n")],
        args: &["lexicon", "check", "{dir}/user.lex"],
        status: 2,
        stderr: &[
            "diplograph: {dir}/user.lex:2: field \"rank\" is not allowed on person entries (allowed: alias, country, role, org, from, to, cameo)",
            "diplograph: the lexicon file has a mistake",
        ],
        extracted: &[],
    },
    BadInput {
        name: "lexicon_check_bad_date",
        files: &[("user.lex", b"person petrova-ana | Ana Petrova | from: 2024-13-01\n")],
        args: &["lexicon", "check", "{dir}/user.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/user.lex:1: from: \"2024-13-01\" is not a date YYYY-MM-DD"],
        extracted: &[],
    },
    BadInput {
        name: "lexicon_check_unknown_reference",
        files: &[("user.lex", b"\n\nperson petrova-ana | Ana Petrova | org: NO-SUCH-ORG\n")],
        args: &["lexicon", "check", "{dir}/user.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/user.lex:3: org: \"NO-SUCH-ORG\" is not a known org id"],
        extracted: &[],
    },
    BadInput {
        name: "lexicon_check_missing_file",
        files: &[],
        args: &["lexicon", "check", "{dir}/absent.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/absent.lex: No such file or directory (os error 2)"],
        extracted: &[],
    },
    BadInput {
        name: "extract_with_bad_lexicon",
        files: &[("good.txt", b"Egypt accused Ethiopia.\n"), ("user.lex", b"frobnicate x | Y\n")],
        args: &["extract", "{dir}/good.txt", "--lexicon", "{dir}/user.lex"],
        status: 2,
        stderr: &[
            "diplograph: {dir}/user.lex:1: unknown entry type \"frobnicate\" (country, org, body, person, place, agent, event, verb, noun, given)",
        ],
        extracted: &[],
    },
    BadInput {
        name: "extract_with_missing_lexicon",
        files: &[("good.txt", b"Egypt accused Ethiopia.\n")],
        args: &["extract", "{dir}/good.txt", "--lexicon", "{dir}/absent.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/absent.lex: No such file or directory (os error 2)"],
        extracted: &[],
    },
    BadInput {
        name: "lookup_bad_date",
        files: &[],
        args: &["lexicon", "lookup", "Kerry", "--date", "2016-13-01"],
        status: 2,
        stderr: &["diplograph: --date 2016-13-01: expected a day as YYYY-MM-DD"],
        extracted: &[],
    },
    BadInput {
        name: "export_json_that_is_no_graph",
        files: &[("graph.json", b"{\"nodes\": []}\n")],
        args: &["export", "{dir}/graph.json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: not a diplograph graph file (no \"format\": \"diplograph-graph\")"],
        extracted: &[],
    },
    BadInput {
        name: "export_file_that_is_no_json",
        files: &[("graph.json", b"digraph { a -> b }\n")],
        args: &["export", "{dir}/graph.json", "--format", "json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: not a JSON file (*"],
        extracted: &[],
    },
    BadInput {
        name: "query_json_that_is_no_graph",
        files: &[("graph.json", b"{\"nodes\": []}\n")],
        args: &["query", "{dir}/graph.json", "said"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: not a diplograph graph file (no \"format\": \"diplograph-graph\")"],
        extracted: &[],
    },
    BadInput {
        name: "query_missing_graph",
        files: &[],
        args: &["query", "{dir}/absent.json", "relations"],
        status: 2,
        stderr: &["diplograph: {dir}/absent.json: No such file or directory (os error 2)"],
        extracted: &[],
    },
];

fn run_row(row: &BadInput, dir: &Path) -> Output {
    for (name, bytes) in row.files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let dir = path_str(dir);
    let args: Vec<String> = row.args.iter().map(|a| a.replace("{dir}", dir)).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&args)
}

fn ids_of(stdout: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(stdout);
    if text.trim().is_empty() {
        return Vec::new();
    }
    // One pretty object, or JSON Lines: a stream of values reads both.
    serde_json::Deserializer::from_str(&text)
        .into_iter::<serde_json::Value>()
        .map(|v| v.expect("stdout is JSON")["id"].as_str().unwrap_or("?").to_string())
        .collect()
}

fn row_problems(row: &BadInput) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = run_row(row, dir.path());
    let dir = path_str(dir.path());
    let mut problems = Vec::new();
    if out.status.code() != Some(row.status) {
        problems.push(format!("exit status {:?}, want {}", out.status.code(), row.status));
    }
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    for want in row.stderr {
        let want = want.replace("{dir}", dir);
        let found = match want.strip_suffix('*') {
            Some(prefix) => lines.iter().any(|l| l.starts_with(prefix)),
            None => lines.contains(&want.as_str()),
        };
        if !found {
            problems.push(format!("stderr lacks the line {want:?}"));
        }
    }
    if row.stderr.is_empty() && !err.is_empty() {
        problems.push("stderr should be empty".to_string());
    }
    if row.args[0] == "extract" && ids_of(&out.stdout) != row.extracted {
        problems.push(format!("extracted {:?}, want {:?}", ids_of(&out.stdout), row.extracted));
    }
    if problems.is_empty() {
        return problems;
    }
    vec![format!("{}: {}\n    stderr:\n{err}", row.name, problems.join("; "))]
}

#[test]
fn bad_inputs_get_their_message_and_status() {
    let problems: Vec<String> = TABLE.iter().flat_map(row_problems).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn bad_input_names_are_unique() {
    let mut names: Vec<&str> = TABLE.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), TABLE.len());
}

#[test]
fn build_skips_bad_documents_and_still_writes_the_graph() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    std::fs::write(&feed, GOOD_AND_BAD_JSONL).unwrap();
    let graph = dir.path().join("graph.json");
    let out = run(&["build", path_str(&feed), "-o", path_str(&graph)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let graph = diplograph::graph::KnowledgeGraph::load(&graph).expect("the graph was written");
    assert_eq!(graph.document_count(), 2);
}

#[test]
fn extract_into_a_closed_pipe_is_no_error() {
    let path = article("nile_talks.txt");
    // Enough output to fill a pipe buffer many times over.
    let inputs: Vec<&str> = std::iter::repeat_n(path_str(&path), 200).collect();
    let mut child = common::binary()
        .arg("extract")
        .args(&inputs)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!stderr(&out).contains("Broken pipe"), "{}", stderr(&out));
    assert!(out.status.success(), "{:?}", out.status);
}
