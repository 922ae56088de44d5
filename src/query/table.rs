//! Answers as plain-text tables for people: one row per line, columns
//! aligned, the long quotation last.

use chrono::NaiveDate;

use super::actor::ActorReport;
use super::relations::RelationRow;
use super::said::SaidRow;

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
            let mut relation = String::new();
            if r.negated {
                relation.push_str("not ");
            }
            relation.push_str(&r.label);
            if r.hypothetical {
                relation.push_str(" (hypothetical)");
            }
            let dates = match (r.first_date, r.last_date) {
                (Some(first), Some(last)) if first != last => format!("{first}..{last}"),
                (first, _) => date(first),
            };
            vec![
                r.source.clone(),
                relation,
                r.target.clone(),
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
