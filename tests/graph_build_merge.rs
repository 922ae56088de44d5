//! Building, adding to and merging graph files as a user does, and the
//! promise behind them: the same content always gives the same bytes,
//! however the corpus was split.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{run, stderr};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles")
}

fn arg(path: &Path) -> String {
    path.to_str().unwrap().to_string()
}

fn ok(args: &[&str]) {
    let out = run(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
}

/// The example corpus in three parts: two articles, two articles, and the
/// JSON Lines feed.
fn three_parts() -> [Vec<String>; 3] {
    let file = |name: &str| arg(&examples().join(name));
    [
        vec![file("drc-rwanda-doha-talks.txt"), file("norway-russia-gps-jamming.txt")],
        vec![file("unsc-darfur-veto.txt"), file("vietnam-china-coast-guard.txt")],
        vec![file("wire-feed.jsonl")],
    ]
}

fn build(inputs: &[String], output: &Path) {
    let mut args = vec!["build".to_string()];
    args.extend(inputs.iter().cloned());
    args.extend(["-o".to_string(), arg(output)]);
    ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn the_examples_built_at_once_and_as_three_merged_parts_are_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole.json");
    ok(&["build", &arg(&examples()), "-o", &arg(&whole)]);
    let parts: Vec<PathBuf> = (1..=3).map(|i| dir.path().join(format!("part{i}.json"))).collect();
    for (inputs, part) in three_parts().iter().zip(&parts) {
        build(inputs, part);
    }
    let expected = fs::read(&whole).unwrap();
    let orders = [[0, 1, 2], [2, 0, 1], [1, 2, 0]];
    for (n, order) in orders.iter().enumerate() {
        let merged = dir.path().join(format!("merged{n}.json"));
        let mut args = vec!["merge".to_string()];
        args.extend(order.iter().map(|&i| arg(&parts[i])));
        args.extend(["-o".to_string(), arg(&merged)]);
        ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(fs::read(&merged).unwrap() == expected, "merge order {order:?} differs from one build");
    }
    // Merging into one of the inputs, and merging what is already there.
    ok(&["merge", &arg(&parts[0]), &arg(&parts[1]), "-o", &arg(&parts[0])]);
    ok(&["merge", &arg(&parts[2]), &arg(&parts[0]), &arg(&whole), "-o", &arg(&parts[2])]);
    assert!(fs::read(&parts[2]).unwrap() == expected);
    // Adding the parts' articles to a part with build --graph gives it too.
    let grown = dir.path().join("grown.json");
    build(&three_parts()[1], &grown);
    let mut args = vec!["build".to_string()];
    args.extend(three_parts()[0].iter().chain(&three_parts()[2]).cloned());
    args.extend(["--graph".to_string(), arg(&grown)]);
    ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(fs::read(&grown).unwrap() == expected);
}

#[test]
fn builds_and_every_export_are_byte_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("a.json"), dir.path().join("b.json"));
    ok(&["build", &arg(&examples()), "-o", &arg(&first)]);
    ok(&["build", &arg(&examples()), "-o", &arg(&second)]);
    assert!(fs::read(&first).unwrap() == fs::read(&second).unwrap());
    for format in ["dot", "json", "graphml"] {
        let a = run(&["export", &arg(&first), "--format", format]);
        let b = run(&["export", &arg(&second), "--format", format]);
        assert!(a.status.success() && a.stdout == b.stdout, "{format}");
    }
    let (a, b) = (dir.path().join("neo-a"), dir.path().join("neo-b"));
    ok(&["export", &arg(&first), "--format", "neo4j", "-o", &arg(&a)]);
    ok(&["export", &arg(&second), "--format", "neo4j", "-o", &arg(&b)]);
    for name in diplograph::export::NEO4J_FILES {
        assert!(fs::read(a.join(name)).unwrap() == fs::read(b.join(name)).unwrap(), "{name}");
    }
}

#[test]
fn adding_an_article_id_already_in_the_graph_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("g.json");
    ok(&["build", &arg(&examples()), "-o", &arg(&graph)]);
    let before = fs::read(&graph).unwrap();
    // Same id, other words: the document in the graph stays as it was.
    let rewritten = dir.path().join("unsc-darfur-veto.txt");
    fs::write(&rewritten, "NEW YORK (AP) — France condemned Britain on Monday.\n").unwrap();
    for input in [arg(&examples().join("unsc-darfur-veto.txt")), arg(&rewritten)] {
        let out = run(&["build", &input, "--graph", &arg(&graph)]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).contains("already in the graph left as they were: unsc-darfur-veto"), "{}", stderr(&out));
        assert!(fs::read(&graph).unwrap() == before, "{input}");
    }
}

#[test]
fn merge_refuses_foreign_old_and_missing_files_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.json");
    ok(&["build", &arg(&examples().join("wire-feed.jsonl")), "-o", &arg(&good)]);
    let output = dir.path().join("out.json");
    let cases = [
        ("old.json", r#"{"format": "diplograph-graph", "version": 0, "nodes": []}"#, "version 0"),
        ("future.json", r#"{"format": "diplograph-graph", "version": 7, "nodes": []}"#, "newer diplograph"),
        ("networkx.json", r#"{"directed": true, "nodes": [], "links": []}"#, "not a diplograph graph file"),
        ("truncated.json", r#"{"format": "diplograph-graph", "version": 1, "nodes": [{"#, "not a JSON file"),
        ("binary.json", "\u{0}\u{1}\u{fffd}", "not a JSON file"),
    ];
    for (name, text, expected) in cases {
        let bad = dir.path().join(name);
        fs::write(&bad, text).unwrap();
        let out = run(&["merge", &arg(&good), &arg(&bad), "-o", &arg(&output)]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let message = stderr(&out);
        assert!(
            message.starts_with("diplograph: ") && message.contains(name) && message.contains(expected),
            "{message}"
        );
        assert!(!message.contains("panicked"), "{message}");
        assert!(!output.exists(), "nothing is written when an input is bad");
    }
    let out = run(&["merge", &arg(&good), &arg(&dir.path().join("missing.json")), "-o", &arg(&output)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.json"), "{}", stderr(&out));
}
