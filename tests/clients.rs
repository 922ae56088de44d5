//! The exports as their clients read them: Graphviz renders the DOT, and
//! networkx loads the node-link JSON with the graph's node and edge counts.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{fixture, missing_client, python_with_networkx, run, runs, stderr, stdout};
use diplograph::graph::KnowledgeGraph;

#[test]
fn graphviz_renders_the_dot_export() {
    if !runs("dot", &["-V"]) {
        return missing_client("Graphviz (dot)");
    }
    let graph = fixture("small.json");
    let exported = run(&["export", graph.to_str().unwrap(), "--format", "dot"]);
    assert!(exported.status.success(), "{}", stderr(&exported));

    let mut dot = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot starts");
    dot.stdin.take().unwrap().write_all(&exported.stdout).unwrap();
    let rendered = dot.wait_with_output().unwrap();
    assert!(rendered.status.success(), "dot failed: {}", stderr(&rendered));
    let svg = stdout(&rendered);
    assert!(svg.contains("<svg"), "{svg}");
    // The nasty names come through as text, not as markup or broken syntax.
    for text in ["Port Élan", "Sergey Lavrov", "Coast &quot;Watch&quot; {Brigade} | &lt;b&gt;Ünit&lt;/b&gt; \\ south"]
    {
        assert!(svg.contains(text), "{text} not in the SVG");
    }
}

#[test]
fn networkx_loads_the_node_link_export() {
    let Some(python) = python_with_networkx() else {
        return missing_client("Python with networkx");
    };
    let graph = fixture("small.json");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("small.node-link.json");
    let exported = run(&["export", graph.to_str().unwrap(), "--format", "json", "-o", out.to_str().unwrap()]);
    assert!(exported.status.success(), "{}", stderr(&exported));

    // Default arguments: networkx 2.x reads "links", 3.4+ reads "edges".
    let script = "import json, sys, networkx as nx\n\
                  g = nx.node_link_graph(json.load(open(sys.argv[1], encoding='utf-8')))\n\
                  print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())\n\
                  print(g.nodes['kerry-john']['name'], len(g.nodes['kerry-john']['quotes']))\n\
                  print(g['kerry-john']['RUS']['threaten']['count'])\n";
    let loaded = Command::new(python).arg("-c").arg(script).arg(&out).output().unwrap();
    assert!(loaded.status.success(), "networkx failed: {}", stderr(&loaded));

    let expected = KnowledgeGraph::load(&graph).unwrap();
    let printed = stdout(&loaded);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines[0], format!("{} {} True True", expected.node_count(), expected.edge_count()));
    assert_eq!(lines[1], "John Kerry 1");
    assert_eq!(lines[2], "2");
}
