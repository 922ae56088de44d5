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
    /// Document ids standard output must hold, as JSON (Lines), in order;
    /// for `build`, the documents of `{dir}/out.json` (none if it was not written).
    extracted: &'static [&'static str],
    /// Makes what static bytes cannot: large inputs, links.
    setup: Option<fn(&Path)>,
}

/// What most rows leave as it is.
const ROW: BadInput = BadInput { name: "", files: &[], args: &[], status: 0, stderr: &[], extracted: &[], setup: None };

const GOOD_AND_BAD_JSONL: &[u8] = b"{\"id\": \"good-1\", \"text\": \"Egypt accused Ethiopia of stalling.\"}\n\
{\"id\": broken\n\
{\"id\": \"good-2\", \"text\": \"Sudan accused Ethiopia of stalling.\"}\n\
{\"id\": \"no-text\", \"title\": \"A record without its text\"}\n\
[\"not\", \"an\", \"object\"]\n\
{\"id\": \"wrong-type\", \"text\": 42}\n\
{}\n";

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
        ..ROW
    },
    BadInput {
        name: "missing_file_among_good_ones",
        files: &[("good.txt", b"Egypt accused Ethiopia of stalling.\n")],
        args: &["extract", "{dir}/absent.txt", "{dir}/good.txt"],
        status: 1,
        stderr: &["diplograph: {dir}/absent.txt: No such file or directory (os error 2)", "diplograph: 1 of 2 documents skipped"],
        extracted: &["good"],
        ..ROW
    },
    BadInput {
        name: "not_utf8_text_file",
        files: &[("latin1.txt", b"Egypt accused Ethiopia at the caf\xe9 talks.\n")],
        args: &["extract", "{dir}/latin1.txt"],
        status: 2,
        stderr: &[
            "diplograph: {dir}/latin1.txt: not UTF-8: invalid byte at byte offset 33 (--lossy replaces such bytes)",
            "diplograph: 1 of 1 document skipped",
            "diplograph: no document could be read",
        ],
        extracted: &[],
        ..ROW
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
            "diplograph: {dir}/feed.jsonl:6: field \"text\" must be a string, found a number",
            "diplograph: {dir}/feed.jsonl:7: record has no \"text\" field",
            "diplograph: 5 of 7 documents skipped",
        ],
        extracted: &["good-1", "good-2"],
        ..ROW
    },
    BadInput {
        // The offset counts from the start of the file, not of the line.
        name: "jsonl_line_not_utf8",
        files: &[("feed.jsonl", NOT_UTF8_LINE_JSONL)],
        args: &["extract", "{dir}/feed.jsonl"],
        status: 1,
        stderr: &[
            "diplograph: {dir}/feed.jsonl:2: not UTF-8: invalid byte at byte offset 78 (--lossy replaces such bytes)",
            "diplograph: 1 of 2 documents skipped",
        ],
        extracted: &["good-1"],
        ..ROW
    },
    BadInput {
        // Nothing to find is no error: an empty document, reported as such.
        name: "empty_text_file",
        files: &[("empty.txt", b"")],
        args: &["extract", "{dir}/empty.txt"],
        status: 0,
        stderr: &[],
        extracted: &["empty"],
        ..ROW
    },
    BadInput {
        name: "empty_jsonl_file",
        files: &[("empty.jsonl", b"")],
        args: &["extract", "{dir}/empty.jsonl"],
        status: 0,
        stderr: &[],
        extracted: &[],
        ..ROW
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
        ..ROW
    },
    BadInput {
        name: "lexicon_check_bad_date",
        files: &[("user.lex", b"person petrova-ana | Ana Petrova | from: 2024-13-01\n")],
        args: &["lexicon", "check", "{dir}/user.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/user.lex:1: from: \"2024-13-01\" is not a date YYYY-MM-DD"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "lexicon_check_unknown_reference",
        files: &[("user.lex", b"\n\nperson petrova-ana | Ana Petrova | org: NO-SUCH-ORG\n")],
        args: &["lexicon", "check", "{dir}/user.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/user.lex:3: org: \"NO-SUCH-ORG\" is not a known org id"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "lexicon_check_missing_file",
        files: &[],
        args: &["lexicon", "check", "{dir}/absent.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/absent.lex: No such file or directory (os error 2)"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "extract_with_bad_lexicon",
        files: &[("good.txt", b"Egypt accused Ethiopia.\n"), ("user.lex", b"frobnicate x | Y\n")],
        args: &["extract", "{dir}/good.txt", "--lexicon", "{dir}/user.lex"],
        status: 2,
        stderr: &[
            "diplograph: {dir}/user.lex:1: unknown entry type \"frobnicate\" (country, org, body, person, place, agent, event, verb, noun, given)",
            "diplograph: the lexicon files have 1 mistake",
        ],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "extract_with_missing_lexicon",
        files: &[("good.txt", b"Egypt accused Ethiopia.\n")],
        args: &["extract", "{dir}/good.txt", "--lexicon", "{dir}/absent.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/absent.lex: No such file or directory (os error 2)"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "lookup_bad_date",
        files: &[],
        args: &["lexicon", "lookup", "Kerry", "--date", "2016-13-01"],
        status: 2,
        stderr: &["diplograph: --date 2016-13-01: expected a day as YYYY-MM-DD"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "export_json_that_is_no_graph",
        files: &[("graph.json", b"{\"nodes\": []}\n")],
        args: &["export", "{dir}/graph.json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: not a diplograph graph file (no \"format\": \"diplograph-graph\")"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "export_file_that_is_no_json",
        files: &[("graph.json", b"digraph { a -> b }\n")],
        args: &["export", "{dir}/graph.json", "--format", "json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: not a JSON file (*"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "query_json_that_is_no_graph",
        files: &[("graph.json", b"{\"nodes\": []}\n")],
        args: &["query", "{dir}/graph.json", "said"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: not a diplograph graph file (no \"format\": \"diplograph-graph\")"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "query_missing_graph",
        files: &[],
        args: &["query", "{dir}/absent.json", "relations"],
        status: 2,
        stderr: &["diplograph: {dir}/absent.json: No such file or directory (os error 2)"],
        extracted: &[],
        ..ROW
    },
    BadInput {
        name: "not_utf8_text_file_lossy",
        files: &[("latin1.txt", b"Egypt accused Ethiopia at the caf\xe9 talks.\n")],
        args: &["extract", "--lossy", "{dir}/latin1.txt"],
        extracted: &["latin1"],
        ..ROW
    },
    BadInput {
        name: "jsonl_line_not_utf8_lossy",
        files: &[("feed.jsonl", NOT_UTF8_LINE_JSONL)],
        args: &["extract", "--lossy", "{dir}/feed.jsonl"],
        extracted: &["good-1", "bad"],
        ..ROW
    },
    BadInput {
        name: "arbitrary_bytes_lossy",
        files: &[("noise.txt", b"\x00\xff\xfe\x80<\x1b[31m&#0;\xc3\x28\xed\xa0\x80\xf4\x90\x80\x80 \x7f")],
        args: &["build", "--lossy", "{dir}/noise.txt", "-o", "{dir}/out.json"],
        extracted: &["noise"],
        ..ROW
    },
    BadInput {
        name: "whitespace_only_file",
        files: &[("blank.txt", b" \t\n\r\n\n   \xc2\xa0\n")],
        args: &["extract", "{dir}/blank.txt"],
        extracted: &["blank"],
        ..ROW
    },
    BadInput {
        name: "punctuation_only_file",
        files: &[("marks.txt", b"...!!!???,,;;::--\xe2\x80\x94()[]{}''\"\"\xe2\x80\x9c\xe2\x80\x9d\n.\n")],
        args: &["extract", "{dir}/marks.txt"],
        extracted: &["marks"],
        ..ROW
    },
    BadInput {
        name: "unbalanced_quotation_marks",
        files: &[(
            "quotes.txt",
            b"\xe2\x80\x9cWe will not yield, Lavrov said.\n\nKerry replied: \"Never.\n\nThey \xe2\x80\x9d met\xe2\x80\x9d again.\n",
        )],
        args: &["extract", "{dir}/quotes.txt"],
        extracted: &["quotes"],
        ..ROW
    },
    BadInput {
        name: "hundreds_of_quotation_marks",
        args: &["extract", "{dir}/quotes.txt"],
        extracted: &["quotes"],
        setup: Some(|dir| write_repeated(dir, "quotes.txt", "\"Yes,\" he said \"no\" \u{201c}", 400)),
        ..ROW
    },
    BadInput {
        name: "long_line_without_full_stop",
        args: &["extract", "{dir}/line.txt"],
        extracted: &["line"],
        setup: Some(|dir| write_repeated(dir, "line.txt", "the minister said that Russia would talk and ", 10_000)),
        ..ROW
    },
    BadInput {
        name: "deeply_repeated_names",
        args: &["extract", "{dir}/names.txt"],
        extracted: &["names"],
        setup: Some(|dir| write_repeated(dir, "names.txt", "Lavrov met Kerry and Foreign Minister Ana Petrova ", 5_000)),
        ..ROW
    },
    BadInput {
        name: "only_blank_jsonl_lines",
        files: &[("feed.jsonl", b"\xef\xbb\xbf\n   \n\r\n\n")],
        args: &["extract", "{dir}/feed.jsonl"],
        ..ROW
    },
    BadInput {
        // As root a file cannot be made unreadable; a broken link is unreadable for everyone.
        name: "folder_with_unreadable_file",
        files: &[("in/good.txt", b"Egypt accused Ethiopia.\n")],
        args: &["extract", "{dir}/in"],
        status: 1,
        stderr: &[
            "diplograph: {dir}/in/broken.txt: No such file or directory (os error 2)",
            "diplograph: 1 of 2 documents skipped",
        ],
        extracted: &["good"],
        setup: Some(|dir| symlink(&dir.join("in/absent.txt"), &dir.join("in/broken.txt"))),
    },
    BadInput {
        name: "folder_with_link_loop",
        files: &[("in/sub/good.txt", b"Egypt accused Ethiopia.\n")],
        args: &["extract", "{dir}/in"],
        stderr: &["diplograph: note: {dir}/in/sub/loop: folder already read through another path (a link loop?); not read again"],
        extracted: &["good"],
        setup: Some(|dir| symlink(&dir.join("in"), &dir.join("in/sub/loop"))),
        ..ROW
    },
    BadInput {
        name: "build_into_missing_folder",
        files: &[("good.txt", b"Egypt accused Ethiopia.\n")],
        args: &["build", "{dir}/good.txt", "-o", "{dir}/missing/out.json"],
        status: 2,
        stderr: &["diplograph: cannot write {dir}/missing/out.json: the folder {dir}/missing does not exist"],
        ..ROW
    },
    BadInput {
        name: "build_into_a_folder",
        files: &[("good.txt", b"Egypt accused Ethiopia.\n"), ("out.json/keep", b"")],
        args: &["build", "{dir}/good.txt", "-o", "{dir}/out.json"],
        status: 2,
        stderr: &["diplograph: cannot write {dir}/out.json: it is a folder"],
        ..ROW
    },
    BadInput {
        name: "export_into_missing_folder",
        files: &[("graph.json", b"{\"format\": \"diplograph-graph\", \"version\": 1, \"nodes\": []}")],
        args: &["export", "{dir}/graph.json", "-o", "{dir}/missing/graph.dot"],
        status: 2,
        stderr: &["diplograph: cannot write {dir}/missing/graph.dot: the folder {dir}/missing does not exist"],
        ..ROW
    },
    BadInput {
        name: "build_with_some_bad_documents",
        files: &[("feed.jsonl", GOOD_AND_BAD_JSONL), ("good-1.txt", b"Egypt met Sudan.\n")],
        args: &["build", "{dir}/feed.jsonl", "{dir}/good-1.txt", "-o", "{dir}/out.json"],
        status: 1,
        stderr: &[
            "diplograph: {dir}/feed.jsonl:2: malformed JSON: *",
            "diplograph: {dir}/good-1.txt: document id \"good-1\" also given by an earlier input; skipped",
            "diplograph: 6 of 8 documents skipped",
        ],
        extracted: &["good-1", "good-2"],
        ..ROW
    },
    BadInput {
        // Nothing was read: the graph is not written.
        name: "build_with_only_bad_documents",
        files: &[("latin1.txt", b"caf\xe9\n")],
        args: &["build", "{dir}/latin1.txt", "-o", "{dir}/out.json"],
        status: 2,
        stderr: &["diplograph: 1 of 1 document skipped", "diplograph: no document could be read"],
        ..ROW
    },
    BadInput {
        name: "extract_with_several_lexicon_mistakes",
        files: &[
            ("good.txt", b"Egypt accused Ethiopia.\n"),
            ("user.lex", b"frobnicate x | Y\ncountry FRA | France\nperson p | P | rank: 1\n"),
        ],
        args: &["extract", "{dir}/good.txt", "--lexicon", "{dir}/user.lex"],
        status: 2,
        stderr: &[
            "diplograph: {dir}/user.lex:1: unknown entry type *",
            "diplograph: {dir}/user.lex:3: field \"rank\" is not allowed on person entries *",
            "diplograph: the lexicon files have 2 mistakes",
        ],
        ..ROW
    },
    BadInput {
        name: "lexicon_not_utf8",
        files: &[("user.lex", b"# notes\nplace x | Caf\xe9\n")],
        args: &["lexicon", "check", "{dir}/user.lex"],
        status: 2,
        stderr: &["diplograph: {dir}/user.lex:2: not UTF-8: invalid byte at byte 14 of the line (byte offset 21)"],
        ..ROW
    },
    BadInput {
        name: "graph_node_without_key",
        files: &[("graph.json", b"{\"format\": \"diplograph-graph\", \"version\": 1, \"nodes\": [{\"key\": \"A\"}, {\"name\": \"B\"}]}")],
        args: &["export", "{dir}/graph.json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: malformed graph file: nodes[1]: missing field `key`"],
        ..ROW
    },
    BadInput {
        name: "graph_field_of_wrong_type",
        files: &[(
            "graph.json",
            b"{\"format\": \"diplograph-graph\", \"version\": 1, \"nodes\": [{\"key\": \"A\"}],\n\"quotes\": [{\"document\": \"d\", \"sentence\": \"two\"}]}",
        )],
        args: &["query", "{dir}/graph.json", "said"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: malformed graph file: quotes[0]: invalid type: string \"two\", *"],
        ..ROW
    },
    BadInput {
        name: "graph_edge_to_unknown_node",
        files: &[(
            "graph.json",
            b"{\"format\": \"diplograph-graph\", \"version\": 1, \"nodes\": [{\"key\": \"A\"}],\n\"edges\": [{\"source\": \"A\", \"target\": \"B\", \"type\": \"meet\", \"provenance\": []}]}",
        )],
        args: &["build", "{dir}/absent.txt", "--graph", "{dir}/graph.json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: edges[0]: edge A -> B names unknown node \"B\""],
        ..ROW
    },
    BadInput {
        name: "graph_goldstein_out_of_range",
        files: &[(
            "graph.json",
            b"{\"format\": \"diplograph-graph\", \"version\": 1, \"nodes\": [{\"key\": \"A\"}, {\"key\": \"B\"}],\n\"edges\": [{\"source\": \"A\", \"target\": \"B\", \"type\": \"meet\", \"provenance\": [{\"document\": \"d\", \"sentence\": 0, \"span\": [0, 1], \"label\": \"met\", \"goldstein\": 1e300, \"evidence\": \"A met B.\"}]}]}",
        )],
        args: &["export", "{dir}/graph.json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: edges[0].provenance[0]: goldstein must be a number from -10 to 10"],
        ..ROW
    },
    BadInput {
        name: "graph_file_truncated",
        files: &[("graph.json", b"{\"format\": \"diplograph-graph\", \"version\": 1, \"nodes\": [{\"key\": \"A\"")],
        args: &["export", "{dir}/graph.json"],
        status: 2,
        stderr: &["diplograph: {dir}/graph.json: not a JSON file (EOF while parsing an object at line 1 column *"],
        ..ROW
    },
];

fn write_repeated(dir: &Path, name: &str, unit: &str, times: usize) {
    std::fs::write(dir.join(name), unit.repeat(times)).unwrap();
}

fn symlink(target: &Path, link: &Path) {
    #[cfg(unix)]
    std::os::unix::fs::symlink(target, link).unwrap();
    #[cfg(not(unix))]
    let _ = (target, link);
}

fn run_row(row: &BadInput, dir: &Path) -> Output {
    for (name, bytes) in row.files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    if let Some(setup) = row.setup {
        setup(dir);
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

/// The documents of the graph a `build` row wrote to `{dir}/out.json`.
fn built_ids(dir: &Path) -> Vec<String> {
    match diplograph::graph::KnowledgeGraph::load(dir.join("out.json")) {
        Ok(graph) => graph.documents().map(|d| d.id.to_string()).collect(),
        Err(_) => Vec::new(),
    }
}

fn row_problems(row: &BadInput) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let out = run_row(row, tmp.path());
    let dir = path_str(tmp.path());
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
    if row.args[0] == "build" && built_ids(tmp.path()) != row.extracted {
        problems.push(format!("built {:?}, want {:?}", built_ids(tmp.path()), row.extracted));
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
