//! Cleaning scraped text: boilerplate cut, HTML entities decoded, hard
//! wraps joined, headline/byline/dateline read into metadata; every byte of
//! the cleaned text maps back to the original.
//!
//! Two passes, both linear:
//! 1. [`entities`]: characters. Line endings, entities, tags, odd spaces.
//!    The result keeps a byte map into the raw text; most texts have
//!    nothing to replace, and are then read in place, with no copy or map.
//! 2. Lines. The normalized text is cut into lines and paragraphs
//!    ([`wrap`]); [`boilerplate`] lines are dropped; the head of the
//!    document (headline, [`byline`] and date lines) is read into
//!    [`Metadata`] and dropped; the [`dateline`] is cut from the first
//!    paragraph; the kept lines are joined, composing the two maps.
//!
//! Invariants of the result: `original_offsets.len() == text.len() + 1`,
//! non-decreasing, every entry at most `raw.text.len()`; a copied byte
//! maps to itself, a decoded entity's bytes to the entity's `&`, a joining
//! space or paragraph break to the newline it replaces.

mod boilerplate;
mod byline;
mod date_words;
mod dateline;
pub mod dates;
mod entities;
mod html;
mod mapped;
mod wrap;

use chrono::NaiveDate;

use crate::document::{CleanDocument, Metadata, RawDocument};
use byline::DateKind;

/// Lines at the top of a document looked at for headline and bylines.
const MAX_HEAD_LINES: usize = 8;

pub fn clean(raw: &RawDocument) -> CleanDocument {
    let normalized = entities::normalize(&raw.text);
    let norm = normalized.as_ref().map_or(mapped::Source::original(&raw.text), mapped::Source::mapped);
    let text = norm.text;
    let mut lines = wrap::split_lines(text);
    let units = wrap::units(text, &lines);
    let mut keep = vec![true; lines.len()];
    boilerplate::mark(text, &lines, &units, &mut keep);

    let mut meta = Metadata::default();
    let mut text_date: Option<(NaiveDate, DateKind)> = None;
    let mut headline: Option<String> = None;
    let line_text = |lines: &[wrap::Line], li: usize| &text[lines[li].start..lines[li].end];

    // The head: headline, bylines and date lines, in any order, then the body.
    let kept: Vec<usize> = (0..lines.len()).filter(|&li| keep[li]).take(MAX_HEAD_LINES).collect();
    let mut body_start = None;
    // The next line's reading, made to decide on this one: not made twice.
    let mut peeked = None;
    // Likewise a line's dateline: the body's first line is read as the next
    // line, as the current one and as the start of the body.
    let mut last_dateline = None;
    let mut dateline_of = |lines: &[wrap::Line], li: usize| match last_dateline {
        Some((at, dateline)) if at == li => dateline,
        _ => {
            let dateline = dateline::parse(line_text(lines, li));
            last_dateline = Some((li, dateline));
            dateline
        }
    };
    for (n, &li) in kept.iter().enumerate() {
        let s = line_text(&lines, li);
        if let Some(m) = peeked.take().unwrap_or_else(|| byline::parse_meta_line(s)) {
            meta.author = meta.author.take().or(m.author.map(str::to_string));
            meta.agency = meta.agency.take().or(m.agency.map(str::to_string));
            if let Some(d) = m.date {
                if text_date.is_none_or(|t| d.1 > t.1) {
                    text_date = Some(d);
                }
            }
            keep[li] = false;
            continue;
        }
        if dateline_of(&lines, li).is_some() {
            body_start = Some(li);
            break;
        }
        let next = kept.get(n + 1).copied();
        let ends_block = next.is_some_and(|nx| lines[nx].block_start || nx != li + 1);
        let next_is_head = next.is_some_and(|nx| {
            let t = line_text(&lines, nx);
            let meta = byline::parse_meta_line(t);
            let is_head = meta.is_some() || dateline_of(&lines, nx).is_some();
            peeked = Some(meta);
            is_head
        });
        if n == 0 && byline::is_headline(s) && (ends_block || next_is_head) {
            headline = Some(s.to_string());
            keep[li] = false;
            continue;
        }
        body_start = Some(li);
        break;
    }

    // The dateline opens the first paragraph of the body.
    let mut month_day = None;
    if let Some(li) = body_start {
        if let Some(d) = dateline_of(&lines, li) {
            meta.place = Some(d.place.to_string());
            meta.agency = meta.agency.take().or(d.agency.map(str::to_string));
            month_day = d.month_day;
            lines[li].start += d.len;
            if lines[li].start >= lines[li].end {
                keep[li] = false;
            }
        }
    }

    let raw_date = raw.date.as_deref().and_then(parse_raw_date);
    meta.date = text_date.map(|(d, _)| d).or_else(|| {
        let (m, d) = month_day?;
        dates::find_dates(&format!("{} {d}", MONTHS[m as usize - 1]), raw_date).first()?.date
    });
    meta.date = meta.date.or(raw_date);
    meta.title = raw.title.as_ref().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).or(headline);

    let (text, original_offsets) = wrap::assemble(norm, &lines, &units, &keep, raw.text.len());
    CleanDocument { id: raw.id.clone(), origin: raw.origin.clone(), meta, text, original_offsets }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The index of the first byte of `bytes` for which `hit` holds (the
/// length if none does). Sixteen bytes are tested at a time, with no early
/// exit, so that the test runs on all of them at once: text has long runs
/// of bytes that no pass of cleaning needs to look at one by one.
pub(crate) fn find_byte(bytes: &[u8], hit: impl Fn(u8) -> bool) -> usize {
    let mut at = 0;
    for chunk in bytes.chunks_exact(16) {
        if chunk.iter().fold(false, |any, &b| any | hit(b)) {
            break;
        }
        at += 16;
    }
    at + bytes[at..].iter().position(|&b| hit(b)).unwrap_or(bytes.len() - at)
}

/// A date given outside the text: "2016-09-28", "2016-09-28T12:00:00Z",
/// or any full date [`dates::parse_date`] reads.
fn parse_raw_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    s.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).or_else(|| dates::parse_date(s))
}

#[cfg(test)]
mod tests;
