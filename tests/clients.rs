//! The exports as their clients read them: Graphviz renders the DOT,
//! networkx loads the node-link JSON and the GraphML (with typed
//! attributes), and Python's csv module reads the Neo4j import files the
//! way neo4j-admin does. Each runs on the example graphs and on a graph of
//! nasty names (quotes, backslashes, braces, line breaks, markup, `;` and
//! `,`, non-Latin scripts): tests/fixtures/graph/nasty.json.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{fixture, missing_client, python_with_networkx, run, runs, stderr, stdout};
use diplograph::export::NEO4J_FILES;
use diplograph::graph::KnowledgeGraph;

#[test]
fn graphviz_renders_the_dot_export() {
    if !runs("dot", &["-V"]) {
        return missing_client("Graphviz (dot)");
    }
    let graph = fixture("small.json");
    let exported = run(&["export", graph.to_str().unwrap(), "--format", "dot"]);
    assert!(exported.status.success(), "{}", stderr(&exported));

    let svg = render_svg(&exported.stdout);
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

fn arg(path: &Path) -> String {
    path.to_str().unwrap().to_string()
}

/// The graphs every client must read: the fixtures, the whole example
/// corpus, and each example input on its own, built into `dir`.
fn graphs(dir: &Path) -> Vec<PathBuf> {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut inputs = vec![examples.clone()];
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&examples).unwrap().map(|e| e.unwrap().path()).collect();
    articles.sort();
    inputs.extend(articles);
    let mut graphs = vec![fixture("small.json"), fixture("nasty.json")];
    for (i, input) in inputs.iter().enumerate() {
        let graph = dir.join(format!("example{i}.json"));
        let built = run(&["build", &arg(input), "-o", &arg(&graph)]);
        assert!(built.status.success(), "{}", stderr(&built));
        graphs.push(graph);
    }
    graphs
}

fn render_svg(dot_text: &[u8]) -> String {
    let mut dot = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot starts");
    dot.stdin.take().unwrap().write_all(dot_text).unwrap();
    let rendered = dot.wait_with_output().unwrap();
    assert!(rendered.status.success(), "dot failed: {}", stderr(&rendered));
    // Graphviz reports what it could not parse as a warning and goes on.
    assert!(!stderr(&rendered).contains("syntax error"), "{}", stderr(&rendered));
    stdout(&rendered)
}

#[test]
fn graphviz_renders_every_example_and_nasty_names_with_and_without_clusters() {
    if !runs("dot", &["-V"]) {
        return missing_client("Graphviz (dot)");
    }
    let dir = tempfile::tempdir().unwrap();
    for graph in graphs(dir.path()) {
        for extra in [None, Some("--clusters")] {
            let mut args = vec!["export".to_string(), arg(&graph)];
            args.extend(extra.map(str::to_string));
            let exported = run(&args.iter().map(String::as_str).collect::<Vec<_>>());
            assert!(exported.status.success(), "{}", stderr(&exported));
            let svg = render_svg(&exported.stdout);
            assert!(svg.contains("<svg"), "{}", graph.display());
        }
    }
    let exported = run(&["export", &arg(&fixture("nasty.json")), "--clusters"]);
    let svg = render_svg(&exported.stdout);
    for text in [
        "A &quot;B&quot; \\C {D} | &lt;E&gt; &amp; F;G,H",
        "Ends with backslash\\<",
        "東京 — Ğ ☃",
        "]]&gt; &lt;!&#45;&#45; x &#45;&#45;&gt; &amp;amp; &amp;#10;",
        ">Line</text>",
        ">Break Tab</text>",
        "cluster_RUS",
    ] {
        assert!(svg.contains(text), "{text} not in the SVG:\n{svg}");
    }
}

/// Loads the GraphML; prints counts, whether ints, doubles and booleans
/// came back typed and the sum of counts, then the names of the nodes
/// given after the file.
const GRAPHML_CHECK: &str = r#"
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())
counts = [d["count"] for _, _, d in g.edges(data=True)]
totals = [d["goldstein_total"] for _, _, d in g.edges(data=True) if "goldstein_total" in d]
flags = [d["negated"] for _, _, d in g.edges(data=True)]
docs = [d["document_count"] for _, d in g.nodes(data=True)]
print(all(type(c) is int for c in counts + docs), all(type(t) is float for t in totals),
      all(type(f) is bool for f in flags), sum(counts))
for key in sys.argv[2:]:
    print(repr(g.nodes[key]["name"]))
"#;

#[test]
fn networkx_reads_the_graphml_export_with_typed_attributes() {
    let Some(python) = python_with_networkx() else {
        return missing_client("Python with networkx");
    };
    let dir = tempfile::tempdir().unwrap();
    let script = GRAPHML_CHECK;
    for graph in graphs(dir.path()) {
        let out = dir.path().join("out.graphml");
        let exported = run(&["export", &arg(&graph), "--format", "graphml", "-o", &arg(&out)]);
        assert!(exported.status.success(), "{}", stderr(&exported));
        let mut args = vec![arg(&out)];
        let nasty = graph == fixture("nasty.json");
        if nasty {
            args.extend(["person:line\nbreak".to_string(), "group:a \"b\" \\c {d}".to_string()]);
        }
        let loaded = Command::new(python).arg("-c").arg(script).args(&args).output().unwrap();
        assert!(loaded.status.success(), "networkx failed on {}: {}", graph.display(), stderr(&loaded));
        let expected = KnowledgeGraph::load(&graph).unwrap();
        let sightings: usize = expected.edges().iter().map(|e| e.count()).sum();
        let printed = stdout(&loaded);
        let lines: Vec<&str> = printed.lines().collect();
        assert_eq!(
            lines[0],
            format!("{} {} True", expected.node_count(), expected.edge_count()),
            "{}",
            graph.display()
        );
        assert_eq!(lines[1], format!("True True True {sightings}"), "{}", graph.display());
        if nasty {
            assert_eq!(&lines[2..], ["'Line\\nBreak\\tTab'", "'A \"B\" \\\\C {D} | <E> & F;G,H'"]);
        }
    }
}

#[test]
fn networkx_loads_the_node_link_export_of_every_graph() {
    let Some(python) = python_with_networkx() else {
        return missing_client("Python with networkx");
    };
    let dir = tempfile::tempdir().unwrap();
    let script = "import json, sys, networkx as nx\n\
                  g = nx.node_link_graph(json.load(open(sys.argv[1], encoding='utf-8')))\n\
                  print(g.number_of_nodes(), g.number_of_edges())\n";
    for graph in graphs(dir.path()) {
        let out = dir.path().join("out.json");
        let exported = run(&["export", &arg(&graph), "--format", "json", "-o", &arg(&out)]);
        assert!(exported.status.success(), "{}", stderr(&exported));
        let loaded = Command::new(python).arg("-c").arg(script).arg(&out).output().unwrap();
        assert!(loaded.status.success(), "networkx failed on {}: {}", graph.display(), stderr(&loaded));
        let expected = KnowledgeGraph::load(&graph).unwrap();
        assert_eq!(stdout(&loaded).trim(), format!("{} {}", expected.node_count(), expected.edge_count()));
    }
}

/// Reads the import folder as neo4j-admin would: every row as wide as its
/// header, the column roles and types we promise, unique ids in each ID
/// space, and every relationship end an existing id. Prints counts.
const NEO4J_CHECK: &str = r#"
import csv, os, sys
folder = sys.argv[1]
def read(name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert all(len(r) == len(header) for r in body), name
    return header, body
ids = {}
for name, space in [("actors.csv", "Actor"), ("quotes.csv", "Quote")]:
    header, body = read(name)
    assert header[0].endswith(":ID(%s)" % space) and header[-1] == ":LABEL", header
    keys = [r[0] for r in body]
    assert len(keys) == len(set(keys)), "duplicate ids in " + name
    assert all(r[-1].split(";")[0] == space for r in body)
    ids[space] = set(keys)
actors_header, actors = read("actors.csv")
assert "document_count:int" in actors_header and "aliases:string[]" in actors_header
counts = actors_header.index("document_count:int")
assert all(int(r[counts]) >= 0 for r in actors)
relations = 0
for name in ["relations.csv", "said.csv", "quote_targets.csv"]:
    header, body = read(name)
    start, end = header[0], header[1]
    assert start.startswith(":START_ID(") and end.startswith(":END_ID(") and ":TYPE" in header, header
    for r in body:
        assert r[0] in ids[start[10:-1]], (name, r[0])
        assert r[1] in ids[end[8:-1]], (name, r[1])
    if name == "relations.csv":
        relations = len(body)
        for column, kind in [("count:int", int), ("goldstein_total:double", float)]:
            i = header.index(column)
            [kind(r[i]) for r in body if r[i]]
        for column in ["negated:boolean", "hypothetical:boolean"]:
            i = header.index(column)
            assert all(r[i] in ("true", "false") for r in body)
        assert "first_date:date" in header and "documents:string[]" in header
    print(name, len(body))
print("nodes", len(ids["Actor"]), len(ids["Quote"]), "relations", relations)
"#;

#[test]
fn python_csv_reads_the_neo4j_import_files_with_intact_ids() {
    let Some(python) = ["/usr/bin/python3", "python3"].into_iter().find(|p| runs(p, &["-c", "import csv"])) else {
        return missing_client("Python 3");
    };
    let dir = tempfile::tempdir().unwrap();
    for (i, graph) in graphs(dir.path()).into_iter().enumerate() {
        let folder = dir.path().join(format!("neo4j{i}"));
        let exported = run(&["export", &arg(&graph), "--format", "neo4j", "-o", &arg(&folder)]);
        assert!(exported.status.success(), "{}", stderr(&exported));
        let mut names: Vec<String> =
            std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        let mut expected_names: Vec<&str> = NEO4J_FILES.to_vec();
        expected_names.sort();
        assert_eq!(names, expected_names);
        let checked = Command::new(python).arg("-c").arg(NEO4J_CHECK).arg(&folder).output().unwrap();
        assert!(checked.status.success(), "{}: {}", graph.display(), stderr(&checked));
        let expected = KnowledgeGraph::load(&graph).unwrap();
        let said = expected.quotes().filter(|q| q.speaker.is_some()).count();
        let printed = stdout(&checked);
        assert!(printed.contains(&format!("said.csv {said}\n")), "{printed}");
        assert!(
            printed.ends_with(&format!(
                "nodes {} {} relations {}\n",
                expected.node_count(),
                expected.quote_count(),
                expected.edge_count()
            )),
            "{}: {printed}",
            graph.display()
        );
    }
}
