use std::collections::HashSet;
use std::path::PathBuf;

use diplograph::graph::KnowledgeGraph;
use diplograph::{pipeline, Error};

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// Articles (.txt), folders of them, JSON Lines files, or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Where to write the graph (default: the --graph file).
    #[arg(short, long, value_name = "FILE", required_unless_present = "graph")]
    output: Option<PathBuf>,
    /// Add to this existing graph instead of starting a new one.
    #[arg(long, value_name = "FILE")]
    graph: Option<PathBuf>,
    /// A lexicon file on top of the embedded one (repeatable; later files win).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// Read bytes that are not UTF-8 as U+FFFD instead of skipping their document.
    #[arg(long)]
    lossy: bool,
}

pub fn run(args: Args) -> diplograph::Result<Outcome> {
    let lexicon = super::output::lexicon(&args.lexicons)?;
    let mut graph = match &args.graph {
        Some(path) => KnowledgeGraph::load(path)?,
        None => KnowledgeGraph::new(),
    };
    let output = match (args.output, args.graph) {
        (Some(output), _) => output,
        (None, Some(graph)) => graph,
        (None, None) => return Err(Error::Usage("give the graph file to write with -o FILE".into())),
    };
    // Before the work, so that a typo in -o costs nothing.
    diplograph::graph::check_destination(&output)?;

    let batch = super::output::read_inputs(&args.inputs, args.lossy);
    let mut problems: Vec<String> = Vec::new();
    let mut read_now = HashSet::new();
    let mut already = Vec::new();
    for document in &batch.documents {
        if !read_now.insert(document.id.clone()) {
            // Two inputs with one id: the second would silently vanish.
            problems.push(format!(
                "{}: document id \"{}\" also given by an earlier input; skipped",
                document.origin, document.id
            ));
            continue;
        }
        if graph.contains_document(&document.id) {
            already.push(document.id.as_str());
            continue;
        }
        graph.add_extraction(&pipeline::extract_raw(document, &lexicon));
    }
    if !already.is_empty() {
        eprintln!(
            "diplograph: note: {} document(s) already in the graph left as they were: {}",
            already.len(),
            already.join(", ")
        );
    }
    for problem in &problems {
        eprintln!("diplograph: {problem}");
    }
    let (skipped, total) = batch.skipped_of();
    let skipped = skipped + problems.len();
    if skipped == total && total > 0 {
        // Nothing was read: the old graph, if any, stays as it was.
        return super::output::finish(skipped, total);
    }
    // Still written when some documents were skipped: the rest are good.
    graph.save(&output)?;
    super::output::finish(skipped, total)
}
