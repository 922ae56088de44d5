//! Cleaning scraped text: boilerplate cut, HTML entities decoded, hard
//! wraps joined, headline/byline/dateline read into metadata; every byte of
//! the cleaned text maps back to the original.

pub mod dates;

use crate::document::{CleanDocument, RawDocument};

pub fn clean(raw: &RawDocument) -> CleanDocument {
    let mut doc = CleanDocument::from_text(&raw.id, &raw.text);
    doc.origin = raw.origin.clone();
    doc
}
