//! The committed example graph and its exports are what the current code
//! makes of examples/articles/: rebuilt here into a temporary folder and
//! compared byte for byte (all but the SVG, which depends on the Graphviz
//! version). Regenerate with graphs/regenerate.sh.

mod common;

use std::fs;
use std::path::Path;

use common::{run, stderr};

#[test]
fn committed_example_graphs_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let committed = root.join("graphs");
    if !committed.join("examples.json").exists() {
        eprintln!("notice: graphs/examples.json does not exist yet (run graphs/regenerate.sh); test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("examples.json");
    let arg = |p: &Path| p.to_str().unwrap().to_string();

    let built = run(&["build", &arg(&root.join("examples/articles")), "-o", &arg(&graph)]);
    assert!(built.status.success(), "build failed: {}", stderr(&built));
    let exports = [("dot", "examples.dot"), ("json", "examples.node-link.json"), ("graphml", "examples.graphml")];
    for (format, name) in exports {
        let exported = run(&["export", &arg(&graph), "--format", format, "-o", &arg(&dir.path().join(name))]);
        assert!(exported.status.success(), "export {format} failed: {}", stderr(&exported));
    }

    for name in ["examples.json", "examples.dot", "examples.node-link.json", "examples.graphml"] {
        let Ok(old) = fs::read_to_string(committed.join(name)) else {
            panic!("graphs/{name} is missing: run graphs/regenerate.sh");
        };
        let new = fs::read_to_string(dir.path().join(name)).unwrap();
        if old != new {
            let line = old
                .lines()
                .zip(new.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(old.lines().count().min(new.lines().count()));
            panic!("graphs/{name} is stale from line {}: run graphs/regenerate.sh", line + 1);
        }
    }
}
