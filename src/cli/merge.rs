use std::path::PathBuf;

use diplograph::graph::KnowledgeGraph;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// Graph files written by `diplograph build` or `merge`.
    #[arg(required = true, value_name = "GRAPH")]
    graphs: Vec<PathBuf>,
    /// Where to write the merged graph (it may be one of the inputs).
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
}

/// Every input is read before anything is written, so a bad input leaves
/// the output as it was.
pub fn run(args: Args) -> diplograph::Result<Outcome> {
    let mut merged = KnowledgeGraph::new();
    for path in &args.graphs {
        merged.merge(&KnowledgeGraph::load(path)?);
    }
    merged.save(&args.output)?;
    Ok(Outcome::Clean)
}
