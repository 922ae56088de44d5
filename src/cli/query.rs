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
    /// The shortest chains of relations between two actors, with evidence.
    Path {
        #[arg(value_name = "FROM")]
        from: String,
        #[arg(value_name = "TO")]
        to: String,
        /// Follow relations only from source to target.
        #[arg(long)]
        directed: bool,
        /// At most this many chains when several are equally short.
        #[arg(long, value_name = "N", default_value_t = query::DEFAULT_MAX_PATHS)]
        max: usize,
    },
    /// The actors within a few relations of one, nearest first.
    Neighbors {
        #[arg(value_name = "NAME")]
        name: String,
        /// How many relations away.
        #[arg(long, value_name = "N", default_value_t = 1)]
        depth: usize,
    },
    /// The most central actors.
    Top {
        /// degree (how many actors linked) or pagerank (weighted by count).
        #[arg(long, value_name = "MEASURE", default_value = "degree")]
        by: query::Centrality,
        /// How many actors to list (0: all).
        #[arg(long, value_name = "N", default_value_t = 10)]
        limit: usize,
    },
    /// Every relation between two actors, either way, by date.
    Timeline {
        #[arg(value_name = "A")]
        a: String,
        #[arg(value_name = "B")]
        b: String,
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
        Question::Path { from, to, directed, max } => {
            let rows = query::path(&graph, &from, &to, directed, max)?;
            if json {
                to_json(&rows)
            } else if rows.is_empty() {
                format!("No chain of relations links {from} and {to}.\n")
            } else {
                query::path_table(&rows)
            }
        }
        Question::Neighbors { name, depth } => {
            let rows = query::neighbors(&graph, &name, depth)?;
            if json {
                to_json(&rows)
            } else {
                query::neighbors_table(&rows)
            }
        }
        Question::Top { by, limit } => {
            let rows = query::top(&graph, by, limit);
            if json {
                to_json(&rows)
            } else {
                query::top_table(&rows)
            }
        }
        Question::Timeline { a, b } => {
            let rows = query::timeline(&graph, &a, &b)?;
            if json {
                to_json(&rows)
            } else {
                query::timeline_table(&rows)
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
