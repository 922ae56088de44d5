//! Lines, paragraphs and hard wraps.
//!
//! A *block* is a run of non-blank lines between blank lines. A block of
//! short lines (every line but the last at most [`WRAP_WIDTH`] characters)
//! is one hard-wrapped paragraph, a *unit*; in a block of long lines each
//! line is its own unit (scrapes that put one paragraph per line). The
//! kept lines of a unit are joined with one space (mapped to the newline),
//! units are separated by "\n\n" (mapped to the newline ending the unit).

use std::ops::Range;

use super::mapped::{Mapped, Source};

/// Lines longer than this (in characters) are not hard-wrapped.
pub(crate) const WRAP_WIDTH: usize = 100;

/// A non-blank line of the normalized text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// Content, trimmed of spaces: `text[start..end]`.
    pub start: usize,
    pub end: usize,
    /// The `\n` ending the line (or the text's length for the last line).
    pub nl: usize,
    /// A blank line (or the start of the text) comes before this line.
    pub block_start: bool,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | 0x0b | 0x0c)
}

/// The non-blank lines of `text`, trimmed.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let b = text.as_bytes();
    let mut lines = Vec::new();
    let mut pos = 0;
    let mut blank_before = true;
    while pos <= b.len() {
        let nl = pos + super::find_byte(&b[pos..], |c| c == b'\n');
        let (mut s, mut e) = (pos, nl);
        while s < e && is_space(b[s]) {
            s += 1;
        }
        while e > s && is_space(b[e - 1]) {
            e -= 1;
        }
        if s == e {
            blank_before = true;
        } else {
            lines.push(Line { start: s, end: e, nl, block_start: blank_before });
            blank_before = false;
        }
        pos = nl + 1;
    }
    lines
}

/// Units (ranges of line indices): hard-wrapped blocks whole, other
/// blocks line by line.
pub(crate) fn units(text: &str, lines: &[Line]) -> Vec<Range<usize>> {
    let mut units = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        while j < lines.len() && !lines[j].block_start {
            j += 1;
        }
        let wrapped = lines[i..j - 1].iter().all(|l| text[l.start..l.end].chars().count() <= WRAP_WIDTH);
        if wrapped {
            units.push(i..j);
        } else {
            units.extend((i..j).map(|k| k..k + 1));
        }
        i = j;
    }
    units
}

/// The cleaned text: kept lines joined within units, units separated by
/// "\n\n", runs of spaces collapsed. `raw_len` is the end offset of the
/// original, for the final entry of the map when the text runs to its end.
pub(crate) fn assemble(
    norm: Source,
    lines: &[Line],
    units: &[Range<usize>],
    keep: &[bool],
    raw_len: usize,
) -> (String, Vec<u32>) {
    let mut out = Mapped::with_capacity(norm.len());
    let mut prev: Option<usize> = None; // last kept line
    let mut end_norm = 0;
    for unit in units {
        for li in unit.clone() {
            if !keep[li] {
                continue;
            }
            let line = &lines[li];
            if line.start >= line.end {
                continue;
            }
            if let Some(p) = prev {
                let at = norm.origin(lines[p].nl).unwrap_or(raw_len);
                if p + 1 == li && unit.contains(&p) {
                    out.push_replaced(" ", at);
                } else {
                    out.push_replaced("\n\n", at);
                }
            }
            push_collapsed(&mut out, norm, line.start, line.end);
            prev = Some(li);
            end_norm = line.end;
        }
    }
    let end = if prev.is_none() { 0 } else { norm.origin(end_norm).unwrap_or(raw_len) };
    let Mapped { text, mut offsets } = out;
    offsets.push(end as u32);
    (text, offsets)
}

/// Copy `norm.text[start..end]`, each run of spaces as one space.
fn push_collapsed(out: &mut Mapped, norm: Source, start: usize, end: usize) {
    let b = norm.text.as_bytes();
    // Nearly every line has no run to collapse: no other space than single
    // plain ones. Both tests look at all bytes at once, with no early exit.
    let line = &b[start..end];
    // (Comparisons joined by `|` and `&`, not `||`, `&&` or `matches!`, run on many bytes at once.)
    let odd_space = line.iter().fold(false, |any, &c| any | (c == b'\t') | (c == 0x0b) | (c == 0x0c));
    let pairs = line.iter().zip(line.get(1..).unwrap_or_default());
    let double_space = pairs.fold(false, |any, (&x, &y)| any | ((x == b' ') & (y == b' ')));
    if !odd_space && !double_space {
        out.push_from(norm, start..end);
        return;
    }
    let mut copied = start; // `out` has the bytes before this
    let mut i = start;
    while i < end {
        if !is_space(b[i]) {
            i += 1;
            continue;
        }
        let run = i;
        while i < end && is_space(b[i]) {
            i += 1;
        }
        // A single plain space is what it would become: it stays in the run copied
        // whole, rather than every word being copied apart.
        if i - run == 1 && b[run] == b' ' {
            continue;
        }
        out.push_from(norm, copied..run);
        out.push_replaced(" ", norm.origin(run).expect("a space of the text"));
        copied = i;
    }
    out.push_from(norm, copied..end);
}
