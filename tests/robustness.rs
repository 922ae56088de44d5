//! Runs that are cut short, and inputs too big for the bad-input table.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::adversarial::{fill, ordinary};
use common::extract::path_str;
use common::{binary, run, stderr};

/// Files in `dir` other than `keep`: what a killed run left behind.
fn leftovers(dir: &Path, keep: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !keep.contains(&name.as_str()))
        .collect();
    names.sort();
    names
}

/// `build --graph` killed at several points of a long run: the graph file
/// it was to replace is byte for byte the old one, and no temporary file
/// is left next to it.
#[test]
fn killing_build_half_way_leaves_the_old_graph_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("first.txt"), "Egypt accused Ethiopia of stalling the talks.\n").unwrap();
    let graph = dir.join("graph.json");
    let out = run(&["build", path_str(&dir.join("first.txt")), "-o", path_str(&graph)]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let old = std::fs::read(&graph).unwrap();

    // Many records, each a copy of the example articles: seconds of work.
    let article = serde_json::to_string(&ordinary(6_000)).unwrap();
    let feed: String = (0..3_000).map(|i| format!("{{\"id\": \"doc-{i}\", \"text\": {article}}}\n")).collect();
    std::fs::write(dir.join("feed.jsonl"), feed).unwrap();

    for delay in [200, 700, 1500] {
        let mut child = binary()
            .args(["build", path_str(&dir.join("feed.jsonl")), "--graph", path_str(&graph)])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let finished = child.try_wait().unwrap();
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert!(
            finished.is_none() && status.code().is_none(),
            "the build ended before the kill; make the input bigger"
        );
        assert!(std::fs::read(&graph).unwrap() == old, "killed after {delay} ms: the graph file changed");
        assert_eq!(leftovers(dir, &["first.txt", "feed.jsonl", "graph.json"]), Vec::<String>::new());
    }
}

/// A single article of 100 MB (and a 10 MB line without a full stop) is
/// read and extracted. Too slow for every run with a debug build:
///
///     cargo test --release --test robustness -- --ignored --nocapture
#[test]
#[ignore = "minutes in a debug build; run with --release"]
fn a_100_mb_article_and_a_10_mb_line_are_extracted() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        ("article-100mb.txt", ordinary(100_000_000)),
        ("line-10mb.txt", fill("the minister said that Russia would talk and ", 10_000_000)),
    ];
    for (name, text) in cases {
        let path = tmp.path().join(name);
        std::fs::write(&path, text).unwrap();
        let start = Instant::now();
        let out = binary()
            .args(["extract", path_str(&path)])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        eprintln!("{name}: exit {:?} in {:.1} s", out.status.code(), start.elapsed().as_secs_f64());
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        std::fs::remove_file(&path).unwrap();
    }
}
