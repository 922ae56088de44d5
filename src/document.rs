//! Documents before and after cleaning. Shared by `ingest`, `clean` and
//! every later stage, which only ever see a [`CleanDocument`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A document as read from disk or from a JSON Lines record.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDocument {
    /// Stable id: the JSON Lines `id`, or the file name without `.txt`.
    pub id: String,
    /// Where it came from, for error messages: `path` or `path:line`.
    pub origin: String,
    /// A date given outside the text (JSON Lines `date`), `YYYY-MM-DD...`.
    pub date: Option<String>,
    /// A title given outside the text (JSON Lines `title`).
    pub title: Option<String>,
    pub text: String,
}

/// What the dateline, byline and headline say about the document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The dateline place ("WASHINGTON", "MANILA, Philippines").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The agency or publisher ("AP", "Reuters", "Associated Press").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

/// A document after cleaning: the text every span points into.
#[derive(Debug, Clone, Default)]
pub struct CleanDocument {
    pub id: String,
    pub origin: String,
    pub meta: Metadata,
    /// Cleaned text: boilerplate cut, entities decoded, hard wraps joined,
    /// paragraphs separated by one blank line ("\n\n"). Headline, byline
    /// and dateline are removed from the text and kept in `meta`.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original text it
    /// came from (length `text.len() + 1`; the last entry maps the end).
    pub original_offsets: Vec<u32>,
}

impl CleanDocument {
    /// A document whose text needs no cleaning (tests, programmatic use).
    pub fn from_text(id: &str, text: &str) -> Self {
        CleanDocument {
            id: id.to_string(),
            origin: id.to_string(),
            meta: Metadata::default(),
            text: text.to_string(),
            original_offsets: (0..=text.len() as u32).collect(),
        }
    }
}
