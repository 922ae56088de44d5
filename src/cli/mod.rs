//! The command line: parses arguments, calls the library, prints. Only
//! `run` decides what the user sees and the exit status.

mod build;
mod export;
mod extract;
mod lexicon;
mod merge;
mod output;
mod progress;
mod query;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Shown under every command's --help; README.md has the same table.
const EXIT_STATUS: &str = "\
Exit status:
  0  all good
  1  some documents were skipped: each is reported on stderr, then a line
     \"N of M documents skipped\"; the output covers the rest
  2  unusable invocation or input: bad arguments, a lexicon or graph file
     with a mistake, an output that cannot be written, no document readable";

#[derive(Parser)]
#[command(
    name = "diplograph",
    version,
    about = "Knowledge graphs of actors, relations and quotations from diplomatic news",
    after_help = EXIT_STATUS
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract actors, relations and quotations from articles.
    #[command(after_help = EXIT_STATUS)]
    Extract(extract::Args),
    /// Build one graph from articles, folders and JSON Lines files.
    #[command(after_help = EXIT_STATUS)]
    Build(build::Args),
    /// Combine graphs built apart into one, as if built at once.
    #[command(after_help = EXIT_STATUS)]
    Merge(merge::Args),
    /// Write a graph, or part of it, as DOT, node-link JSON, GraphML or Neo4j CSV.
    #[command(after_help = EXIT_STATUS)]
    Export(export::Args),
    /// Ask a graph who said what about whom, and who did what to whom.
    #[command(after_help = EXIT_STATUS)]
    Query(query::Args),
    /// Check lexicon files and look names up.
    #[command(after_help = EXIT_STATUS)]
    Lexicon(lexicon::Args),
}

/// Exit status: 0 all good, 1 some documents skipped, 2 unusable
/// invocation or input.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Build(args) => build::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Export(args) => export::run(args),
        Command::Query(args) => query::run(args),
        Command::Lexicon(args) => lexicon::run(args),
    };
    match outcome {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::SomeSkipped) => ExitCode::from(1),
        Err(err) => {
            eprintln!("diplograph: {err}");
            ExitCode::from(2)
        }
    }
}

/// How a command that did its job ended.
pub enum Outcome {
    Clean,
    /// Some documents were reported on stderr and skipped.
    SomeSkipped,
}
