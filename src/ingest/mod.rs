//! Reading inputs: `.txt` files, folders of them (recursively), JSON Lines
//! files of `{"id", "date", "title", "text"}` records, `-` for stdin.
//!
//! Nothing here stops at a bad document: every problem (a file that is not
//! UTF-8, a malformed JSON line, a record without `text`, a path that does
//! not exist) becomes one [`Error`] in [`Batch::problems`], naming the file
//! and, for JSON Lines, the 1-based line, and the rest is still read.

mod jsonl;
mod stream;
mod walk;

use std::path::{Path, PathBuf};

use crate::document::RawDocument;
use crate::error::{Error, Result};

pub use jsonl::{read_jsonl_stream, JsonlStream};
pub use stream::{stream_inputs, Inputs};

/// The documents read, in input order, and the problems met on the way
/// (each naming its file and line); a bad document never stops the rest.
#[derive(Debug, Default)]
pub struct Batch {
    pub documents: Vec<RawDocument>,
    pub problems: Vec<Error>,
}

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
    let mut batch = Batch::default();
    for input in inputs {
        if input == "-" {
            let stdin = std::io::stdin();
            let lock = stdin.lock();
            batch.extend(read_jsonl_stream(lock, "-"));
            continue;
        }
        let path = PathBuf::from(input);
        match std::fs::metadata(&path) {
            Err(e) => batch.problems.push(Error::io(&path, e)),
            Ok(meta) if meta.is_dir() => {
                let files = walk::collect_files(&path, &mut batch.problems);
                for file in files {
                    batch.read_file(&file);
                }
            }
            Ok(_) => batch.read_file(&path),
        }
    }
    batch
}

impl Batch {
    fn read_file(&mut self, path: &Path) {
        match kind_of(path) {
            Kind::Text => match read_text_file(path) {
                Ok(doc) => self.documents.push(doc),
                Err(e) => self.problems.push(e),
            },
            Kind::JsonLines => match std::fs::File::open(path) {
                Ok(file) => self.extend(read_jsonl_stream(std::io::BufReader::new(file), path)),
                Err(e) => self.problems.push(Error::io(path, e)),
            },
        }
    }

    fn extend(&mut self, items: impl Iterator<Item = Result<RawDocument>>) {
        for item in items {
            match item {
                Ok(doc) => self.documents.push(doc),
                Err(e) => self.problems.push(e),
            }
        }
    }
}

/// Read one plain-text document; its id is the file name without `.txt`.
pub fn read_text_file(path: impl AsRef<Path>) -> Result<RawDocument> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| not_utf8(path, None, e.utf8_error().valid_up_to()))?;
    let id = match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("txt") => path.file_stem(),
        _ => path.file_name(),
    }
    .map(|s| s.to_string_lossy().into_owned())
    .unwrap_or_else(|| path.display().to_string());
    Ok(RawDocument { id, origin: path.display().to_string(), date: None, title: None, text })
}

pub(crate) fn not_utf8(path: &Path, line: Option<usize>, offset: usize) -> Error {
    Error::BadDocument {
        path: path.to_path_buf(),
        line,
        message: format!("not UTF-8: invalid byte at byte offset {offset}"),
    }
}
