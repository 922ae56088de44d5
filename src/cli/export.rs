use std::collections::BTreeSet;
use std::io::Write;
use std::path::PathBuf;

use diplograph::export::{export, write_neo4j, Format, Options};
use diplograph::graph::{relation_matches, write_atomically, EdgeClass, GraphFilter, KnowledgeGraph};
use diplograph::{query, Error};

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// A graph file written by `diplograph build` or `merge`.
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// dot (Graphviz), json (node-link, for networkx and D3), graphml (Gephi,
    /// Cytoscape, yEd) or neo4j (a folder of CSV files for neo4j-admin).
    #[arg(long, value_enum, default_value = "dot")]
    format: ExportFormat,
    /// Write here instead of to standard output; for neo4j, the folder
    /// (required).
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// DOT: draw a box around the actors of each country.
    #[arg(long)]
    clusters: bool,
    #[command(flatten)]
    filter: FilterArgs,
}

/// Narrowing the graph before it is written; the same for every format.
#[derive(clap::Args)]
#[command(next_help_heading = "Filters")]
struct FilterArgs {
    /// Relations and quotations from this day, month (YYYY-MM) or year on.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Relations and quotations up to this day, month or year.
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Relations of this type (threaten), label (threatened) or CAMEO code
    /// prefix (13 = every threat). Repeatable: any of them.
    #[arg(long = "type", alias = "relation", value_name = "TYPE")]
    types: Vec<String>,
    /// Relations of this QuadClass: verbal_cooperation, material_cooperation,
    /// verbal_conflict, material_conflict, or standing. Repeatable.
    #[arg(long = "quad-class", alias = "class", value_name = "CLASS")]
    classes: Vec<String>,
    /// Relations seen at least this many times (within the dates).
    #[arg(long, value_name = "N", default_value_t = 0)]
    min_count: usize,
    /// Only this actor and those within --depth relations of it.
    #[arg(long, value_name = "NAME")]
    ego: Option<String>,
    /// How many relations away from the --ego actor.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "ego")]
    depth: usize,
    /// Leave out relations the text says did not happen.
    #[arg(long)]
    no_negated: bool,
    /// Leave out hoped-for, planned or conditional relations.
    #[arg(long)]
    no_hypothetical: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Dot,
    Json,
    Graphml,
    Neo4j,
}

pub fn run(args: Args) -> diplograph::Result<Outcome> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let format = match args.format {
        ExportFormat::Dot => Format::Dot,
        ExportFormat::Json => Format::NodeLink,
        ExportFormat::Graphml => Format::GraphMl,
        ExportFormat::Neo4j => Format::Neo4j,
    };
    let graph = graph.filtered(&graph_filter(&graph, args.filter)?);
    if format.is_folder() {
        let Some(dir) = args.output else {
            return Err(Error::Usage("the neo4j export writes several files: give their folder with -o DIR".into()));
        };
        write_neo4j(&graph, &dir)?;
        return Ok(Outcome::Clean);
    }
    let mut bytes = Vec::new();
    export(&graph, format, Options { clusters: args.clusters }, &mut bytes).map_err(|e| Error::io("<memory>", e))?;
    match args.output {
        Some(path) => write_atomically(&path, &bytes)?,
        None => write_stdout(&bytes)?,
    }
    Ok(Outcome::Clean)
}

fn graph_filter(graph: &KnowledgeGraph, args: FilterArgs) -> diplograph::Result<GraphFilter> {
    let classes = args
        .classes
        .iter()
        .map(|c| {
            EdgeClass::parse(c).ok_or_else(|| {
                Error::Usage(format!(
                    "unknown class \"{c}\" (verbal_cooperation, material_cooperation, verbal_conflict, \
                     material_conflict or standing)"
                ))
            })
        })
        .collect::<diplograph::Result<Vec<_>>>()?;
    // A type no edge has would silently export an empty graph: most likely a typo.
    let edges = graph.edges();
    if let Some(unknown) = args.types.iter().find(|t| !edges.iter().any(|e| relation_matches(e, t))) {
        let known: BTreeSet<&str> = edges.iter().map(|e| e.key.kind.as_str()).collect();
        let known: Vec<&str> = known.into_iter().collect();
        return Err(Error::Usage(format!(
            "no relation of type \"{unknown}\" in the graph; its types: {}",
            if known.is_empty() { "none".to_string() } else { known.join(", ") }
        )));
    }
    let ego = args.ego.as_deref().map(|name| query::resolve_one(graph, name).map(|key| (key, args.depth)));
    Ok(GraphFilter {
        since: args.since.as_deref().map(query::parse_since).transpose()?,
        until: args.until.as_deref().map(query::parse_until).transpose()?,
        relations: args.types,
        classes,
        min_count: args.min_count,
        ego: ego.transpose()?,
        drop_negated: args.no_negated,
        drop_hypothetical: args.no_hypothetical,
    })
}

/// A reader that stops early (`| head`) is not an error of ours.
pub(super) fn write_stdout(bytes: &[u8]) -> diplograph::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", e)),
        _ => Ok(()),
    }
}
