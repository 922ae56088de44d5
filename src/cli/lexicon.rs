//! `diplograph lexicon`: check user lexicon files, look a name up, list
//! entries, print the vocabulary tables of docs/VOCABULARY.md.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use diplograph::lexicon::vocabulary;
use diplograph::{Error, Lexicon};

use super::export::write_stdout;
use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    /// Parse user lexicon files on top of the embedded lexicon; report each mistake with its line.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show what a name resolves to.
    Lookup {
        #[arg(value_name = "NAME")]
        name: String,
        /// The day whose office-holders count (YYYY-MM-DD); default: the latest term.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// A lexicon file on top of the embedded one (repeatable; later files win).
        #[arg(long = "lexicon", value_name = "FILE")]
        lexicons: Vec<PathBuf>,
    },
    /// Count the entries per type, or list the entries of one type.
    List {
        #[arg(long = "type", value_enum, value_name = "TYPE")]
        kind: Option<EntryType>,
        /// A lexicon file on top of the embedded one (repeatable; later files win).
        #[arg(long = "lexicon", value_name = "FILE")]
        lexicons: Vec<PathBuf>,
    },
    /// Print the markdown tables of the event types and standing relations.
    Vocabulary {
        /// Rewrite the generated section of this markdown file (between its
        /// marker comments) instead of printing.
        #[arg(long, value_name = "FILE")]
        doc: Option<PathBuf>,
        /// A lexicon file on top of the embedded one (repeatable; later files win).
        #[arg(long = "lexicon", value_name = "FILE")]
        lexicons: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum EntryType {
    Country,
    Org,
    Body,
    Person,
    Place,
    Agent,
    Event,
}

impl EntryType {
    const ALL: [EntryType; 7] = [
        EntryType::Country,
        EntryType::Org,
        EntryType::Body,
        EntryType::Person,
        EntryType::Place,
        EntryType::Agent,
        EntryType::Event,
    ];

    fn as_str(self) -> &'static str {
        match self {
            EntryType::Country => "country",
            EntryType::Org => "org",
            EntryType::Body => "body",
            EntryType::Person => "person",
            EntryType::Place => "place",
            EntryType::Agent => "agent",
            EntryType::Event => "event",
        }
    }
}

pub fn run(args: Args) -> diplograph::Result<Outcome> {
    match args.command {
        Command::Check { files } => check(&files),
        Command::Lookup { name, date, lexicons } => lookup(&name, date.as_deref(), &lexicons),
        Command::List { kind, lexicons } => list(kind, &lexicons),
        Command::Vocabulary { doc, lexicons } => vocabulary(doc.as_deref(), &lexicons),
    }
}

/// Every file is checked even after a bad one, and every mistake of a file
/// is printed as `diplograph: FILE:LINE: message`, sorted by line, like
/// every other error of the binary; the summary error is what turns the
/// exit status to 2.
fn check(files: &[PathBuf]) -> diplograph::Result<Outcome> {
    let mut bad = 0;
    let mut mistakes = 0;
    for file in files {
        match Lexicon::check_file(file) {
            Ok(checked) if checked.problems.is_empty() => {
                let noun = if checked.entries == 1 { "entry" } else { "entries" };
                write_stdout(format!("{}: {} {noun}, OK\n", file.display(), checked.entries).as_bytes())?
            }
            Ok(checked) => {
                bad += 1;
                mistakes += checked.problems.len();
                checked.problems.iter().for_each(|problem| eprintln!("diplograph: {problem}"));
            }
            Err(err) => {
                bad += 1;
                eprintln!("diplograph: {err}");
            }
        }
    }
    match bad {
        0 => Ok(Outcome::Clean),
        1 if files.len() == 1 && mistakes <= 1 => Err(Error::Usage("the lexicon file has a mistake".into())),
        1 if files.len() == 1 => Err(Error::Usage(format!("the lexicon file has {mistakes} mistakes"))),
        _ => Err(Error::Usage(format!("{bad} of {} lexicon files have mistakes", files.len()))),
    }
}

fn load(lexicons: &[PathBuf]) -> diplograph::Result<&'static Lexicon> {
    super::output::lexicon(lexicons)
}

fn lookup(name: &str, date: Option<&str>, lexicons: &[PathBuf]) -> diplograph::Result<Outcome> {
    let date = date
        .map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| Error::Usage(format!("--date {d}: expected a day as YYYY-MM-DD")))
        })
        .transpose()?;
    let lexicon = load(lexicons)?;
    for candidate in candidates(name) {
        let found = lexicon.describe(&candidate, date);
        if found.is_empty() {
            continue;
        }
        if candidate != name {
            eprintln!("diplograph: note: no entry for \"{name}\" as written; showing \"{candidate}\"");
        }
        write_stdout(lines(found).as_bytes())?;
        return Ok(Outcome::Clean);
    }
    Err(Error::Usage(format!("no lexicon entry for {name}")))
}

/// The name as written first: the lexicon is case-sensitive on purpose
/// ("US" the country, "us" the pronoun), so variants are only a fallback for
/// what a user types at a prompt ("the kremlin", "nato").
fn candidates(name: &str) -> Vec<String> {
    let trimmed = name.trim();
    let mut bases = vec![trimmed.to_string()];
    for article in ["the ", "The ", "THE "] {
        if let Some(rest) = trimmed.strip_prefix(article) {
            bases.push(rest.trim_start().to_string());
        }
    }
    let mut out: Vec<String> = Vec::new();
    for base in &bases {
        for variant in [base.clone(), title_case(base), base.to_uppercase()] {
            if !variant.is_empty() && !out.contains(&variant) {
                out.push(variant);
            }
        }
    }
    out
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn list(kind: Option<EntryType>, lexicons: &[PathBuf]) -> diplograph::Result<Outcome> {
    let lexicon = load(lexicons)?;
    let text = match kind {
        None => lines(EntryType::ALL.map(|kind| format!("{:<8} {}", kind.as_str(), entries(lexicon, kind).len()))),
        Some(kind) => lines(entries(lexicon, kind)),
    };
    // Through write_stdout: `lexicon list --type person | head` must not panic.
    write_stdout(text.as_bytes())?;
    Ok(Outcome::Clean)
}

/// One line per entry, "ID<TAB>what it is", sorted so the listing diffs well.
fn entries(lex: &Lexicon, kind: EntryType) -> Vec<String> {
    let mut lines: Vec<String> = match kind {
        EntryType::Country => lex.countries.iter().map(|c| format!("{}\t{}", c.code, c.name)).collect(),
        EntryType::Org => lex.orgs.iter().map(|o| format!("{}\t{}\t{}", o.id, o.name, o.kind.as_str())).collect(),
        EntryType::Body => lex.bodies.iter().map(|b| format!("{}\t{}", b.id, b.name)).collect(),
        EntryType::Person => lex.people.iter().map(|p| format!("{}\t{}", p.id, p.name)).collect(),
        EntryType::Place => lex.places.iter().map(|p| format!("{}\t{}", p.id, p.name)).collect(),
        EntryType::Agent => lex.agents.iter().map(|a| format!("{}\t{}", a.id, a.phrase.join(" "))).collect(),
        EntryType::Event => lex.events.iter().map(|e| format!("{}\t{}\t{}", e.name, e.label, e.cameo)).collect(),
    };
    lines.sort();
    lines
}

fn vocabulary(doc: Option<&Path>, lexicons: &[PathBuf]) -> diplograph::Result<Outcome> {
    let generated = vocabulary::markdown(load(lexicons)?);
    let Some(doc) = doc else {
        write_stdout(generated.as_bytes())?;
        return Ok(Outcome::Clean);
    };
    let old = std::fs::read_to_string(doc).map_err(|err| Error::io(doc, err))?;
    let new = vocabulary::splice(&old, &generated).ok_or_else(|| {
        Error::Usage(format!("{}: no `{}` ... `{}` section", doc.display(), vocabulary::BEGIN, vocabulary::END))
    })?;
    diplograph::graph::write_atomically(doc, new.as_bytes())?;
    Ok(Outcome::Clean)
}

fn lines(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().map(|line| line + "\n").collect()
}
