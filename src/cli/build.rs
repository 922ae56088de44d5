use std::collections::HashSet;
use std::ops::ControlFlow;
use std::path::PathBuf;

use diplograph::graph::{KnowledgeGraph, Text};
use diplograph::parallel::Pool;
use diplograph::{ingest, pipeline, Error, RawDocument};

use super::progress::{Progress, RunOptions};
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
    #[command(flatten)]
    run: RunOptions,
}

pub fn run(args: Args) -> diplograph::Result<Outcome> {
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

    // The graph is all that is kept: documents stream through the pool,
    // each becomes a one-document graph there, and the calling thread
    // merges those in input order as they come.
    let pool = Pool::new(args.run.threads)?;
    let mut inputs = ingest::stream_inputs_with(&args.inputs, ingest::ReadOptions { lossy: args.lossy });
    for note in inputs.notes.drain(..) {
        eprintln!("diplograph: note: {note}");
    }
    let mut progress = Progress::new(args.run.quiet, inputs.remaining_bytes());
    let mut admit = Admission::new(&graph);
    // On several threads, reading starts before the lexicon is loaded, on another core.
    let source = pool.read_ahead(inputs.map(move |item| admit.check(item)));
    let lexicon = super::output::lexicon(&args.lexicons)?;
    let mut problems: Vec<String> = Vec::new();
    let mut duplicates: Vec<String> = Vec::new();
    let mut already = Vec::new();
    let mut extracted = 0usize;
    let extract_one = |item: Input| match item {
        Input::Document(doc) => {
            let mut one = KnowledgeGraph::new();
            one.add_extraction(&pipeline::extract_raw(&doc, lexicon));
            Done::Graph(Box::new(one), doc.text.len())
        }
        Input::Skipped(skip) => Done::Skipped(skip),
    };
    let weight = |item: &Input| match item {
        Input::Document(doc) => doc.text.len(),
        Input::Skipped(_) => 0,
    };
    pool.map_ordered(source, weight, extract_one, |batch| {
        let (mut done, mut bytes) = (0, 0);
        for item in batch {
            match item {
                Done::Graph(one, len) => {
                    graph.merge(&one);
                    extracted += 1;
                    done += 1;
                    bytes += len as u64;
                }
                Done::Skipped(Skip::Problem(problem)) => problems.push(problem.to_string()),
                Done::Skipped(Skip::Duplicate(message)) => duplicates.push(message),
                Done::Skipped(Skip::Already(id)) => already.push(id),
            }
        }
        progress.advance(done, bytes);
        ControlFlow::Continue(())
    });
    drop(progress);
    problems.extend(duplicates);
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
    let (skipped, total) = (problems.len(), extracted + already.len() + problems.len());
    if skipped == total && total > 0 {
        // Nothing was read: the old graph, if any, stays as it was.
        return super::output::finish(skipped, total);
    }
    // Still written when some documents were skipped: the rest are good.
    graph.save(&output)?;
    super::output::finish(skipped, total)
}

enum Input {
    Document(RawDocument),
    Skipped(Skip),
}

/// Why a document is not extracted; reported after the run.
enum Skip {
    Problem(Error),
    /// Its id was given by an earlier input of this run.
    Duplicate(String),
    /// Its id is in the graph the run started from.
    Already(String),
}

enum Done {
    Graph(Box<KnowledgeGraph>, usize),
    Skipped(Skip),
}

/// Decides, in input order and before any work is spent, which documents
/// are extracted: each id once, and none the starting graph already has.
struct Admission {
    in_graph: HashSet<Text>,
    read_now: HashSet<String>,
}

impl Admission {
    fn new(graph: &KnowledgeGraph) -> Admission {
        Admission { in_graph: graph.documents().map(|d| d.id.clone()).collect(), read_now: HashSet::new() }
    }

    fn check(&mut self, item: diplograph::Result<RawDocument>) -> Input {
        let document = match item {
            Ok(document) => document,
            Err(problem) => return Input::Skipped(Skip::Problem(problem)),
        };
        if !self.read_now.insert(document.id.clone()) {
            // Two inputs with one id: the second would silently vanish.
            return Input::Skipped(Skip::Duplicate(format!(
                "{}: document id \"{}\" also given by an earlier input; skipped",
                document.origin, document.id
            )));
        }
        if self.in_graph.contains(document.id.as_str()) {
            return Input::Skipped(Skip::Already(document.id));
        }
        Input::Document(document)
    }
}
