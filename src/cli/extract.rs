//! `diplograph extract`: one extraction per document.

use std::io::{IoSlice, Write};
use std::ops::ControlFlow;
use std::sync::{Arc, OnceLock};

use diplograph::extraction::{Extraction, ExtractionRecord};
use diplograph::parallel::Pool;
use diplograph::{ingest, pipeline, Error, RawDocument, Result};

use super::progress::{Progress, RunOptions};
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
    /// JSON Lines out: one extraction per line, even for one document, each written as soon as it is
    /// ready (`extract --jsonl -` is a map step for a pipeline).
    #[arg(long)]
    jsonl: bool,
    /// A lexicon file that extends and overrides the default one (repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<String>,
    /// Read bytes that are not UTF-8 as U+FFFD instead of skipping their document.
    #[arg(long)]
    lossy: bool,
    #[command(flatten)]
    run: RunOptions,
}

pub fn run(args: Args) -> Result<Outcome> {
    if args.jsonl && matches!(args.format, Format::Text) {
        return Err(Error::Usage("--jsonl writes JSON; it cannot go with --format text".into()));
    }
    let pool = Pool::new(args.run.threads)?;
    let mut inputs = ingest::stream_inputs_with(&args.inputs, ingest::ReadOptions { lossy: args.lossy });
    for note in inputs.notes.drain(..) {
        eprintln!("diplograph: note: {note}");
    }
    let mut progress = Progress::new(args.run.quiet, inputs.remaining_bytes());
    // One document is printed as one pretty JSON object, several as JSON
    // Lines; which it is, the reader knows once it has seen a second
    // document or the end, before it hands on the first one.
    let several = Arc::new(OnceLock::new());
    if args.jsonl || matches!(args.format, Format::Text) {
        // The layout is the same for one document as for several: no waiting for a second.
        let _ = several.set(true);
    }
    // On several threads, reading starts before the lexicon is loaded, on another core.
    let source = pool.read_ahead(several_or_not(inputs, Arc::clone(&several)));
    let lexicon = super::output::lexicon(&args.lexicons)?;
    let layout = |several: bool| match args.format {
        Format::Json if args.jsonl || several => Layout::JsonLine,
        Format::Json => Layout::PrettyJson,
        Format::Text => Layout::Summary,
    };
    let extract_one = |item: Result<RawDocument>| -> Result<(usize, Vec<u8>)> {
        let doc = item?;
        let extraction = pipeline::extract_raw(&doc, lexicon);
        Ok((doc.text.len(), render(&extraction, layout(several.get().copied().unwrap_or(true)))))
    };

    let (mut documents, mut problems) = (0usize, 0usize);
    let mut failed = None;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let weight = |item: &Result<RawDocument>| item.as_ref().map_or(0, |doc| doc.text.len());
    pool.map_ordered(source, weight, extract_one, |batch| {
        let (mut done, mut bytes) = (0, 0);
        let mut rendered = Vec::with_capacity(batch.len());
        for item in batch {
            match item {
                Ok((len, text)) => {
                    documents += 1;
                    done += 1;
                    bytes += len as u64;
                    rendered.push(text);
                }
                Err(problem) => {
                    problems += 1;
                    progress.note(&format!("diplograph: {problem}"));
                }
            }
        }
        // Each batch goes out as soon as it is done (`extract` is a map step in a pipeline),
        // in one system call where it can be, and without copying it into a buffer first.
        if let Err(err) = write_all_vectored(&mut out, &rendered) {
            failed = Some(err);
            return ControlFlow::Break(());
        }
        progress.advance(done, bytes);
        ControlFlow::Continue(())
    });
    drop(progress);
    match failed {
        // A reader that stops early ("| head") is not an error.
        Some(err) if err.kind() == std::io::ErrorKind::BrokenPipe => return Ok(Outcome::Clean),
        Some(err) => return Err(Error::io("<stdout>", err)),
        None => {}
    }
    super::output::finish(problems, documents + problems)
}

/// Writes every part, in order, with as few `writev` calls as the kernel takes.
fn write_all_vectored(out: &mut impl Write, parts: &[Vec<u8>]) -> std::io::Result<()> {
    let mut slices: Vec<IoSlice> = parts.iter().map(|part| IoSlice::new(part)).collect();
    let mut rest = &mut slices[..];
    IoSlice::advance_slices(&mut rest, 0); // past any empty parts
    while !rest.is_empty() {
        match out.write_vectored(rest) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut rest, n),
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    out.flush()
}

#[derive(Clone, Copy)]
enum Layout {
    PrettyJson,
    JsonLine,
    Summary,
}

fn render(extraction: &Extraction, layout: Layout) -> Vec<u8> {
    let mut out = Vec::with_capacity(8192);
    // Writing into memory fails only if serialization itself does, and ours cannot.
    let record = || ExtractionRecord::from(extraction);
    let _ = match layout {
        Layout::PrettyJson => serde_json::to_writer_pretty(&mut out, &record()).map_err(std::io::Error::from),
        Layout::JsonLine => {
            record().write_json(&mut out);
            Ok(())
        }
        Layout::Summary => write_summary(&mut out, extraction),
    };
    if !matches!(layout, Layout::Summary) {
        out.push(b'\n');
    }
    out
}

/// The documents of `inputs`, after settling `several` from the first two
/// unless it is settled already.
fn several_or_not(
    mut inputs: ingest::Inputs,
    several: Arc<OnceLock<bool>>,
) -> impl Iterator<Item = Result<RawDocument>> + Send + 'static {
    let mut head = Vec::new();
    std::iter::from_fn(move || {
        if several.get().is_none() {
            let mut seen = 0;
            while seen < 2 {
                let Some(item) = inputs.next() else { break };
                seen += usize::from(item.is_ok());
                head.push(item);
            }
            let _ = several.set(seen >= 2);
            head.reverse();
        }
        head.pop().or_else(|| inputs.next())
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink that takes at most a few bytes a call, from one slice at a time, as a pipe may.
    struct Trickle(Vec<u8>, usize);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.1);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_part_is_written_whole_and_in_order_however_little_each_write_takes() {
        let parts: Vec<Vec<u8>> =
            ["{\"id\":\"a\"}\n", "", "{\"id\":\"bb\"}\n", "", "x\n"].iter().map(|s| s.as_bytes().to_vec()).collect();
        for step in [1, 3, 7, 1000] {
            let mut sink = Trickle(Vec::new(), step);
            write_all_vectored(&mut sink, &parts).unwrap();
            assert_eq!(sink.0, parts.concat(), "{step} bytes a call");
        }
        let mut sink = Trickle(Vec::new(), 5);
        write_all_vectored(&mut sink, &[]).unwrap();
        assert!(sink.0.is_empty());
    }

    #[test]
    fn a_sink_that_takes_nothing_is_an_error_not_a_loop() {
        let mut full = Trickle(Vec::new(), 0);
        let err = write_all_vectored(&mut full, &[b"abc\n".to_vec()]).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::WriteZero);
    }
}
