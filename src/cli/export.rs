use std::io::Write;
use std::path::PathBuf;

use diplograph::export::{export, Format};
use diplograph::graph::{write_atomically, KnowledgeGraph};
use diplograph::Error;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// A graph file written by `diplograph build`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// dot (Graphviz) or json (node-link, for networkx).
    #[arg(long, value_enum, default_value = "dot")]
    format: ExportFormat,
    /// Write here instead of to standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Dot,
    Json,
}

pub fn run(args: Args) -> diplograph::Result<Outcome> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let format = match args.format {
        ExportFormat::Dot => Format::Dot,
        ExportFormat::Json => Format::NodeLink,
    };
    let mut bytes = Vec::new();
    export(&graph, format, &mut bytes).map_err(|e| Error::io("<memory>", e))?;
    match args.output {
        Some(path) => write_atomically(&path, &bytes)?,
        None => write_stdout(&bytes)?,
    }
    Ok(Outcome::Clean)
}

/// A reader that stops early (`| head`) is not an error of ours.
pub(super) fn write_stdout(bytes: &[u8]) -> diplograph::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", e)),
        _ => Ok(()),
    }
}
