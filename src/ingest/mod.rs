//! Reading inputs: `.txt` files, folders of them (recursively), JSON Lines
//! files of `{"id", "date", "title", "text"}` records, `-` for stdin.
//!
//! Nothing here stops at a bad document: every problem (a file that is not
//! UTF-8, a malformed JSON line, a record without `text`, a path that does
//! not exist) becomes one [`Error`] in [`Batch::problems`], naming the file
//! and, for JSON Lines, the 1-based line, and the rest is still read.
//! Things worth telling that lose no document (a folder reached twice
//! through links) go to [`Batch::notes`].

mod jsonl;
mod record;
mod stream;
mod walk;

use std::path::Path;

use crate::document::RawDocument;
use crate::error::{Error, Result};

pub use jsonl::{read_jsonl_stream, JsonlStream};
pub use stream::{stream_inputs, stream_inputs_with, Inputs};

/// The documents read, in input order, and the problems met on the way
/// (each naming its file and line); a bad document never stops the rest.
#[derive(Debug, Default)]
pub struct Batch {
    pub documents: Vec<RawDocument>,
    pub problems: Vec<Error>,
    /// Said to the user, but nothing was skipped: a folder already read
    /// through another link, a dangling link that is no input anyway.
    pub notes: Vec<Error>,
}

/// How inputs are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Replace bytes that are not UTF-8 with U+FFFD instead of skipping the
    /// document (or JSON line) that holds them.
    pub lossy: bool,
}

/// The largest document read: spans and the offset map back to the raw text
/// are 32-bit, so a longer one is reported and skipped instead.
pub const MAX_DOCUMENT_BYTES: u64 = u32::MAX as u64 - 1;

/// How a file is read, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    JsonLines,
}

fn kind_of(path: &Path) -> Kind {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("jsonl") || ext.eq_ignore_ascii_case("json") => Kind::JsonLines,
        _ => Kind::Text,
    }
}

/// Read every input, in order: a file (`.jsonl`/`.json` as JSON Lines,
/// anything else as one plain-text document), a folder (every `.txt` and
/// `.jsonl` file inside, recursively, in sorted path order), or `-` for
/// JSON Lines on standard input.
pub fn read_inputs(inputs: &[String]) -> Batch {
    read_inputs_with(inputs, ReadOptions::default())
}

/// [`read_inputs`], with `options`: the whole [`stream_inputs_with`] stream,
/// gathered.
pub fn read_inputs_with(inputs: &[String], options: ReadOptions) -> Batch {
    let mut stream = stream_inputs_with(inputs, options);
    let mut batch = Batch { notes: std::mem::take(&mut stream.notes), ..Batch::default() };
    for item in stream {
        match item {
            Ok(doc) => batch.documents.push(doc),
            Err(e) => batch.problems.push(e),
        }
    }
    batch
}

impl Batch {
    /// How many documents were skipped, and how many were met in all. An
    /// input that could not be read at all (a missing file, a folder that
    /// cannot be listed) counts as one document.
    pub fn skipped_of(&self) -> (usize, usize) {
        (self.problems.len(), self.problems.len() + self.documents.len())
    }
}

/// Read one plain-text document; its id is the file name without `.txt`.
pub fn read_text_file(path: impl AsRef<Path>) -> Result<RawDocument> {
    read_text_file_with(path, ReadOptions::default())
}

/// [`read_text_file`], with `options`.
pub fn read_text_file_with(path: impl AsRef<Path>, options: ReadOptions) -> Result<RawDocument> {
    let path = path.as_ref();
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    // The size is checked before the bytes are read, so a huge file costs nothing.
    if let Ok(meta) = file.metadata() {
        check_size(path, None, meta.len())?;
    }
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut file, &mut bytes).map_err(|e| Error::io(path, e))?;
    check_size(path, None, bytes.len() as u64)?;
    let text = decode(bytes, options).map_err(|offset| not_utf8(path, None, offset))?;
    let id = match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("txt") => path.file_stem(),
        _ => path.file_name(),
    }
    .map(|s| s.to_string_lossy().into_owned())
    .unwrap_or_else(|| path.display().to_string());
    Ok(RawDocument { id, origin: path.display().to_string(), date: None, title: None, text })
}

/// The text of `bytes`, or the offset of the first byte that is not UTF-8;
/// with `lossy`, such bytes become U+FFFD instead.
fn decode(bytes: Vec<u8>, options: ReadOptions) -> std::result::Result<String, usize> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if options.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(e.utf8_error().valid_up_to()),
    }
}

pub(crate) fn check_size(path: &Path, line: Option<usize>, len: u64) -> Result<()> {
    if len <= MAX_DOCUMENT_BYTES {
        return Ok(());
    }
    Err(Error::BadDocument {
        path: path.to_path_buf(),
        line,
        message: format!("document of {len} bytes is too large (at most {MAX_DOCUMENT_BYTES})"),
    })
}

pub(crate) fn not_utf8(path: &Path, line: Option<usize>, offset: usize) -> Error {
    Error::BadDocument {
        path: path.to_path_buf(),
        line,
        message: format!("not UTF-8: invalid byte at byte offset {offset} (--lossy replaces such bytes)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lossy_decoding_replaces_bad_bytes() {
        let bad = b"caf\xe9 talks".to_vec();
        assert_eq!(decode(bad.clone(), ReadOptions::default()), Err(3));
        assert_eq!(decode(bad, ReadOptions { lossy: true }).unwrap(), "caf\u{fffd} talks");
    }

    #[test]
    fn documents_past_the_offset_range_are_refused() {
        let path = Path::new("huge.txt");
        assert!(check_size(path, None, MAX_DOCUMENT_BYTES).is_ok());
        let err = check_size(path, Some(3), MAX_DOCUMENT_BYTES + 1).unwrap_err().to_string();
        assert!(err.starts_with("huge.txt:3: document of 4294967295 bytes is too large"), "{err}");
    }
}
