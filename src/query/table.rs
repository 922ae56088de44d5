//! Answers as plain-text tables for people: one row per line, columns
//! aligned, the long quotation last.

use chrono::NaiveDate;

use super::actor::ActorReport;
use super::network::{Link, NeighborRow, PathRow};
use super::rank::TopRow;
use super::relations::RelationRow;
use super::said::SaidRow;
use super::timeline::TimelineRow;

/// Evidence in a table is a reminder, not the record: `--format json`
/// gives it whole.
const EVIDENCE_CHARS: usize = 120;

pub fn said_table(rows: &[SaidRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            let speaker = match (&r.speaker, &r.speaker_description) {
                (Some(name), _) => name.clone(),
                (None, Some(description)) => format!("({description})"),
                (None, None) => "(unnamed)".to_string(),
            };
            vec![
                date(r.date),
                speaker,
                r.addressee.clone().unwrap_or_default(),
                r.about.join(", "),
                r.document.clone(),
                format!("\u{201c}{}\u{201d}", r.quotation),
            ]
        })
        .collect();
    render(&["DATE", "SPEAKER", "ADDRESSEE", "ABOUT", "DOCUMENT", "QUOTATION"], body)
}

pub fn relations_table(rows: &[RelationRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            let relation = relation_text(&r.ends.label, r.negated, r.hypothetical);
            let dates = match (r.first_date, r.last_date) {
                (Some(first), Some(last)) if first != last => format!("{first}..{last}"),
                (first, _) => date(first),
            };
            vec![
                r.ends.source.clone(),
                relation,
                r.ends.target.clone(),
                r.cameo.clone().unwrap_or_default(),
                r.count.to_string(),
                dates,
                r.documents.join(", "),
            ]
        })
        .collect();
    render(&["SOURCE", "RELATION", "TARGET", "CAMEO", "COUNT", "DATES", "DOCUMENTS"], body)
}

pub fn actor_table(report: &ActorReport) -> String {
    let mut out = format!("{} ({}, {})\n", report.name, report.kind.as_str(), report.key);
    let mut fact = |label: &str, value: String| {
        if !value.is_empty() {
            out.push_str(&format!("  {label}: {value}\n"));
        }
    };
    fact("country", report.country.clone().unwrap_or_default());
    fact("CAMEO", report.cameo.clone().unwrap_or_default());
    fact("roles", report.roles.join("; "));
    fact("mentioned as", report.aliases.join("; "));
    fact("documents", report.document_count.to_string());
    for (title, rows) in [("Relations from", &report.outgoing), ("Relations to", &report.incoming)] {
        out.push_str(&format!("\n{title} {}:\n", report.name));
        out.push_str(&relations_table(rows));
    }
    out.push_str(&format!("\nQuotations of {}:\n", report.name));
    out.push_str(&said_table(&report.quotes));
    out
}

/// Each chain as a heading (`Estonia — Russia — Norway`) over one row per
/// relation of each step.
pub fn path_table(rows: &[PathRow]) -> String {
    let mut out = String::new();
    for (n, path) in rows.iter().enumerate() {
        let mut chain: Vec<&str> = path.steps.iter().map(|s| s.from.as_str()).collect();
        chain.extend(path.steps.last().map(|s| s.to.as_str()));
        if n > 0 {
            out.push('\n');
        }
        let steps = if path.length == 1 { "step" } else { "steps" };
        out.push_str(&format!("Path {} ({} {steps}): {}\n", n + 1, path.length, chain.join(" \u{2014} ")));
        let body = path
            .steps
            .iter()
            .enumerate()
            .flat_map(|(s, step)| {
                step.relations.iter().map(move |link| {
                    let mut row = vec![(s + 1).to_string()];
                    row.extend(link_cells(link));
                    row
                })
            })
            .collect();
        out.push_str(&render(&["STEP", "SOURCE", "RELATION", "TARGET", "COUNT", "DOCUMENT", "EVIDENCE"], body));
    }
    out
}

pub fn neighbors_table(rows: &[NeighborRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            let links: Vec<String> = r
                .relations
                .iter()
                .map(|l| {
                    format!(
                        "{} {} {}",
                        l.ends.source,
                        relation_text(&l.ends.label, false, l.hypothetical),
                        l.ends.target
                    )
                })
                .collect();
            vec![r.depth.to_string(), r.name.clone(), r.kind.as_str().to_string(), r.via.clone(), links.join("; ")]
        })
        .collect();
    render(&["DEPTH", "ACTOR", "KIND", "VIA", "RELATIONS"], body)
}

pub fn top_table(rows: &[TopRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            vec![
                r.rank.to_string(),
                r.name.clone(),
                r.kind.as_str().to_string(),
                r.degree.to_string(),
                r.incoming.to_string(),
                r.outgoing.to_string(),
                format!("{:.6}", r.pagerank),
            ]
        })
        .collect();
    render(&["RANK", "ACTOR", "KIND", "DEGREE", "IN", "OUT", "PAGERANK"], body)
}

pub fn timeline_table(rows: &[TimelineRow]) -> String {
    let body = rows
        .iter()
        .map(|r| {
            vec![
                date(r.date),
                r.ends.source.clone(),
                relation_text(&r.ends.label, r.negated, r.hypothetical),
                r.ends.target.clone(),
                r.cameo.clone().unwrap_or_default(),
                r.document.clone(),
                cut(&r.evidence),
            ]
        })
        .collect();
    render(&["DATE", "SOURCE", "RELATION", "TARGET", "CAMEO", "DOCUMENT", "EVIDENCE"], body)
}

fn link_cells(link: &Link) -> Vec<String> {
    vec![
        link.ends.source.clone(),
        relation_text(&link.ends.label, false, link.hypothetical),
        link.ends.target.clone(),
        link.count.to_string(),
        link.document.clone(),
        cut(&link.evidence),
    ]
}

fn relation_text(label: &str, negated: bool, hypothetical: bool) -> String {
    let mut relation = String::new();
    if negated {
        relation.push_str("not ");
    }
    relation.push_str(label);
    if hypothetical {
        relation.push_str(" (hypothetical)");
    }
    relation
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(EVIDENCE_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

fn date(date: Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_else(|| "-".to_string())
}

/// Aligned columns; cells keep to one line. No rows gives the header and
/// "(none)", so an empty answer is visibly empty.
fn render(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let rows: Vec<Vec<String>> = rows.into_iter().map(|row| row.into_iter().map(|c| one_line(&c)).collect()).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let last = cells.len().saturating_sub(1);
        let mut text = String::new();
        for (i, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            text.push_str(cell);
            if i < last {
                text.push_str(&" ".repeat(width - cell.chars().count() + 2));
            }
        }
        text.trim_end().to_string() + "\n"
    };
    let mut out = line(headers.to_vec());
    if rows.is_empty() {
        out.push_str("(none)\n");
    }
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
