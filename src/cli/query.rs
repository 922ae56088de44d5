use std::path::PathBuf;

use diplograph::graph::KnowledgeGraph;
use diplograph::query::{self, RelationFilter, SaidFilter};
use serde::Serialize;

use super::export::write_stdout;
use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// A graph file written by `diplograph build`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// table (for people) or json (for programs).
    #[arg(long, value_enum, default_value = "table", global = true)]
    format: OutputFormat,
    #[command(subcommand)]
    question: Question,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum OutputFormat {
    Table,
    Json,
}

#[derive(clap::Subcommand)]
enum Question {
    /// Quotations: who said what, to whom, about whom.
    Said {
        /// Who said it: a name, surname, mention ("Moscow") or key.
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        /// Whom it was said to.
        #[arg(long, value_name = "NAME")]
        addressee: Option<String>,
        /// Whom it speaks of.
        #[arg(long, value_name = "NAME")]
        about: Option<String>,
        /// From this day, month (YYYY-MM) or year on.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Up to this day, month or year.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Words the quotation contains, in any case (repeatable: all of them).
        #[arg(long, value_name = "WORDS")]
        contains: Vec<String>,
    },
    /// Relations: who did what to whom.
    Relations {
        /// The actor the relation goes from.
        #[arg(long, value_name = "NAME")]
        from: Option<String>,
        /// The actor the relation goes to.
        #[arg(long, value_name = "NAME")]
        to: Option<String>,
        /// A type (threaten, ally_of), a label (threatened) or a CAMEO code prefix (13).
        #[arg(long = "type", value_name = "TYPE")]
        kind: Option<String>,
    },
    /// One actor: its relations both ways and its quotations.
    Actor {
        #[arg(value_name = "NAME")]
        name: String,
    },
}

pub fn run(args: Args) -> diplograph::Result<Outcome> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let json = matches!(args.format, OutputFormat::Json);
    let text = match args.question {
        Question::Said { speaker, addressee, about, since, until, contains } => {
            let filter = SaidFilter {
                speaker,
                addressee,
                about,
                since: since.as_deref().map(query::parse_since).transpose()?,
                until: until.as_deref().map(query::parse_until).transpose()?,
                contains,
            };
            let rows = query::said(&graph, &filter)?;
            if json {
                to_json(&rows)
            } else {
                query::said_table(&rows)
            }
        }
        Question::Relations { from, to, kind } => {
            let rows = query::relations(&graph, &RelationFilter { from, to, kind })?;
            if json {
                to_json(&rows)
            } else {
                query::relations_table(&rows)
            }
        }
        Question::Actor { name } => {
            let report = query::actor(&graph, &name)?;
            if json {
                to_json(&report)
            } else {
                query::actor_table(&report)
            }
        }
    };
    write_stdout(text.as_bytes())?;
    Ok(Outcome::Clean)
}

fn to_json(value: &impl Serialize) -> String {
    // Rows of strings, numbers and dates always serialize.
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}
