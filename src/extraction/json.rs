//! The compact JSON layout of `serde_json`, written by hand.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::json_bytes::{is_special, specials};

pub struct Writer<'a>(pub &'a mut Vec<u8>);

impl Writer<'_> {
    /// Bytes that are JSON as they stand: keys, punctuation, literals.
    pub fn raw(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }

    /// `key` (with its comma and colon) and the value, unless it is `None`
    /// (`skip_serializing_if = "Option::is_none"`).
    pub fn optional(&mut self, key: &[u8], value: &Option<String>) {
        if let Some(value) = value {
            self.raw(key);
            self.string(value);
        }
    }

    pub fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.0.push(b'[');
        for (k, x) in items.iter().enumerate() {
            if k > 0 {
                self.0.push(b',');
            }
            item(self, x);
        }
        self.0.push(b']');
    }

    /// Numbers are nearly all provenances: offsets into one article and
    /// sentence indexes, of at most five digits, which are written here as
    /// arrays of known length; copying the digits that `itoa` makes was a call.
    pub fn number(&mut self, n: usize) {
        let digit = |unit: usize| b'0' + (n / unit % 10) as u8;
        match n {
            0..=9 => self.0.push(digit(1)),
            10..=99 => self.raw(&[digit(10), digit(1)]),
            100..=999 => self.raw(&[digit(100), digit(10), digit(1)]),
            1_000..=9_999 => self.raw(&[digit(1_000), digit(100), digit(10), digit(1)]),
            10_000..=99_999 => self.raw(&[digit(10_000), digit(1_000), digit(100), digit(10), digit(1)]),
            _ => self.raw(itoa::Buffer::new().format(n).as_bytes()),
        }
    }

    pub fn nullable_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.raw(b"null"),
        }
    }

    pub fn string(&mut self, s: &str) {
        let out = &mut *self.0;
        out.reserve(s.len() + 2);
        out.push(b'"');
        if any_needs_escape(s.as_bytes()) {
            escape_into(out, s.as_bytes());
        } else {
            out.extend_from_slice(s.as_bytes());
        }
        out.push(b'"');
    }

    /// `"YYYY-MM-DD"`, as chrono serializes a date.
    pub fn date(&mut self, date: NaiveDate) {
        if let Ok(year @ 0..=9999) = u32::try_from(date.year()) {
            let digit = |n: u32| b'0' + (n % 10) as u8;
            let (month, day) = (date.month(), date.day());
            self.0.extend_from_slice(&[
                b'"',
                digit(year / 1000),
                digit(year / 100),
                digit(year / 10),
                digit(year),
                b'-',
                digit(month / 10),
                digit(month),
                b'-',
                digit(day / 10),
                digit(day),
                b'"',
            ]);
        } else {
            self.value(&date);
        }
    }

    /// A float as `serde_json` writes it (shortest round-trip digits, by
    /// ryu). In the range where ryu writes no exponent, that is Rust's
    /// own shortest form, which only leaves off the ".0" of a whole number.
    ///
    /// Goldstein scores have one decimal: a float that is the nearest
    /// to a number of tenths under a thousand has that number's digits
    /// as its shortest form (no other number of tenths, and so no
    /// shorter number, is that close to it), which are written here
    /// without the general formatting, whose cost was most of a relation's.
    pub fn float(&mut self, x: f32) {
        let tenths = (x * 10.0).round();
        if x != 0.0 && tenths.abs() < 10_000.0 && tenths / 10.0 == x {
            let tenths = tenths.abs() as usize;
            if x < 0.0 {
                self.0.push(b'-');
            }
            self.number(tenths / 10);
            self.0.extend_from_slice(&[b'.', b'0' + (tenths % 10) as u8]);
        } else if x == 0.0 || (1e-4..1e7).contains(&x.abs()) {
            let start = self.0.len();
            let _ = write!(self.0, "{x}");
            if !self.0[start..].contains(&b'.') {
                self.0.extend_from_slice(b".0");
            }
        } else {
            self.value(&x);
        }
    }

    /// Any other value, through `serde_json` itself.
    pub fn value(&mut self, v: &impl Serialize) {
        // Serializing these into memory cannot fail.
        let _ = serde_json::to_writer(&mut *self.0, v);
    }
}

/// Whether a byte needs an escape. Sixteen bytes are tested together,
/// with no early exit inside them, which the compiler vectorizes; the
/// tail of under sixteen is read as two eight-byte (or four-byte) words
/// that overlap in the middle, and tested as one `u64` without being
/// copied anywhere: most strings written are ids and names shorter than
/// sixteen bytes, for which a copy of the tail cost more than the test.
fn any_needs_escape(bytes: &[u8]) -> bool {
    let block_needs_escape = |block: &[u8]| block.iter().fold(false, |any, &b| any | is_special(b));
    let mut blocks = bytes.chunks_exact(16);
    if blocks.by_ref().any(block_needs_escape) {
        return true;
    }
    let rest = blocks.remainder();
    let n = rest.len();
    let word = |at: usize| u64::from_le_bytes(rest[at..at + 8].try_into().expect("eight bytes"));
    let half = |at: usize| u64::from(u32::from_le_bytes(rest[at..at + 4].try_into().expect("four bytes")));
    match n {
        8.. => specials(word(0)) | specials(word(n - 8)) != 0,
        4.. => specials(half(0) | half(n - 4) << 32) != 0,
        _ => rest.iter().any(|&b| is_special(b)),
    }
}

/// `serde_json`'s escapes: the short forms where JSON has them, `\u00XX` for other controls.
fn escape_into(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !is_special(b) {
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        run = i + 1;
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0C => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let (high, low) = (HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]);
                out.extend_from_slice(&[b'\\', b'u', b'0', b'0', high, low]);
                continue;
            }
        };
        out.extend_from_slice(&[b'\\', short]);
    }
    out.extend_from_slice(&bytes[run..]);
}
