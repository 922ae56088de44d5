//! `diplograph extract`: one extraction per document.

use std::io::Write;

use diplograph::extraction::Extraction;
use diplograph::{pipeline, Error};

use super::Outcome;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// JSON (JSON Lines, one document a line, when there are several).
    Json,
    /// A summary for a terminal.
    Text,
}

#[derive(clap::Args)]
pub struct Args {
    /// Article files (.txt), folders of them, JSON Lines files, or `-` for JSON Lines on stdin.
    #[arg(required = true)]
    inputs: Vec<String>,
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// A lexicon file that extends and overrides the default one (repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<String>,
    /// Read bytes that are not UTF-8 as U+FFFD instead of skipping their document.
    #[arg(long)]
    lossy: bool,
}

pub fn run(args: Args) -> diplograph::Result<Outcome> {
    let lexicon = super::output::lexicon(&args.lexicons)?;
    let batch = super::output::read_inputs(&args.inputs, args.lossy);
    let several = batch.documents.len() > 1;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for doc in &batch.documents {
        let extraction = pipeline::extract_raw(doc, &lexicon);
        let written = match args.format {
            Format::Json if several => {
                serde_json::to_writer(&mut out, &extraction).map_err(std::io::Error::from).and_then(|_| writeln!(out))
            }
            Format::Json => serde_json::to_writer_pretty(&mut out, &extraction)
                .map_err(std::io::Error::from)
                .and_then(|_| writeln!(out)),
            Format::Text => write_summary(&mut out, &extraction),
        };
        match written {
            // A reader that stops early ("| head") is not an error.
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => return Ok(Outcome::Clean),
            other => other.map_err(|err| Error::io("<stdout>", err))?,
        }
    }
    match out.flush() {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => return Err(Error::io("<stdout>", err)),
        _ => {}
    }
    let (skipped, total) = batch.skipped_of();
    super::output::finish(skipped, total)
}

fn write_summary(out: &mut impl Write, x: &Extraction) -> std::io::Result<()> {
    let name = |id: &Option<String>| -> String {
        id.as_deref().and_then(|id| x.actor(id)).map_or_else(|| "(unknown)".to_string(), |a| a.name.clone())
    };
    writeln!(out, "== {}", x.id)?;
    if let Some(title) = &x.meta.title {
        writeln!(out, "   {title}")?;
    }
    let meta: Vec<String> = [x.meta.date.map(|d| d.to_string()), x.meta.place.clone(), x.meta.agency.clone()]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        writeln!(out, "   {}", meta.join(" · "))?;
    }
    writeln!(out, "\nActors ({})", x.actors.len())?;
    for a in &x.actors {
        let extra: Vec<&str> = [a.role.as_deref(), a.cameo.as_deref()].into_iter().flatten().collect();
        writeln!(
            out,
            "  {:<4} {:<13} {}{}",
            a.id,
            a.kind.as_str(),
            a.name,
            if extra.is_empty() { String::new() } else { format!("  [{}]", extra.join(", ")) }
        )?;
    }
    writeln!(out, "\nRelations ({})", x.relations.len())?;
    for r in &x.relations {
        let not = if r.negated { "NOT " } else { "" };
        let code = r.cameo.as_deref().map(|c| format!(" ({c})")).unwrap_or_default();
        writeln!(
            out,
            "  {} —{not}{}{code}→ {}",
            name(&Some(r.source.clone())),
            r.label,
            name(&Some(r.target.clone()))
        )?;
    }
    writeln!(out, "\nQuotes ({})", x.quotes.len())?;
    for q in &x.quotes {
        let to = q.addressee.as_ref().map(|_| format!(" to {}", name(&q.addressee))).unwrap_or_default();
        writeln!(out, "  {}{to}: “{}”", name(&q.speaker), q.text)?;
    }
    writeln!(out)
}
