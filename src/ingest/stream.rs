//! The inputs as a stream: one document (or problem) at a time, in input
//! order ([`read_inputs`](super::read_inputs) gathers this stream), so that a
//! corpus of any size, or an endless feed on standard input, passes
//! through in bounded memory.
//!
//! Folders are listed when the stream is made (paths only, so that the
//! total size is known up front for a progress bar); files are opened and
//! JSON Lines records parsed only as the stream reaches them.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufReader, Stdin};
use std::path::PathBuf;

use super::{kind_of, read_jsonl_stream, read_text_file_with, walk, JsonlStream, Kind, ReadOptions};
use crate::document::RawDocument;
use crate::error::{Error, Result};

/// The read buffer of a JSON Lines input: a crawler's file of 30 MB took
/// 3,700 `read` calls of `BufReader`'s default 8 KiB, and takes 470 of 64 KiB.
/// A pipe's read returns what is there, so a feed is not held up.
const READ_BUFFER: usize = 64 * 1024;

/// An iterator over every document of the inputs; see [`stream_inputs`].
/// It is `Send`, so it can be read on a thread of its own.
pub struct Inputs {
    pending: VecDeque<Pending>,
    current: Option<Records>,
    options: ReadOptions,
    /// What listing the folders found that costs no document (a link loop).
    pub notes: Vec<Error>,
}

enum Pending {
    Problem(Error),
    File(PathBuf),
    Stdin,
}

/// The JSON Lines stream being read. Standard input is read through a
/// buffer of its own rather than a lock, which would tie the stream to
/// one thread.
enum Records {
    File(JsonlStream<BufReader<File>>),
    Stdin(JsonlStream<BufReader<Stdin>>),
}

/// The documents of `inputs` one by one, in input order, each problem
/// where it is met.
pub fn stream_inputs(inputs: &[String]) -> Inputs {
    stream_inputs_with(inputs, ReadOptions::default())
}

/// [`stream_inputs`], with `options`.
pub fn stream_inputs_with(inputs: &[String], options: ReadOptions) -> Inputs {
    let mut pending = VecDeque::new();
    let mut notes = Vec::new();
    for input in inputs {
        if input == "-" {
            pending.push_back(Pending::Stdin);
            continue;
        }
        let path = PathBuf::from(input);
        match std::fs::metadata(&path) {
            Err(e) => pending.push_back(Pending::Problem(Error::io(&path, e))),
            Ok(meta) if meta.is_dir() => {
                let mut problems = Vec::new();
                let files = walk::collect_files(&path, &mut problems, &mut notes);
                pending.extend(problems.into_iter().map(Pending::Problem));
                pending.extend(files.into_iter().map(Pending::File));
            }
            Ok(_) => pending.push_back(Pending::File(path)),
        }
    }
    Inputs { pending, current: None, options, notes }
}

impl Inputs {
    /// The bytes of the input files not yet read, or `None` when standard
    /// input is among them (its size is unknown).
    pub fn remaining_bytes(&self) -> Option<u64> {
        let mut total = 0;
        for item in &self.pending {
            match item {
                Pending::Problem(_) => {}
                Pending::File(path) => total += std::fs::metadata(path).map_or(0, |m| m.len()),
                Pending::Stdin => return None,
            }
        }
        Some(total)
    }
}

impl Iterator for Inputs {
    type Item = Result<RawDocument>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let record = match &mut self.current {
                Some(Records::File(records)) => records.next(),
                Some(Records::Stdin(records)) => records.next(),
                None => None,
            };
            if record.is_some() {
                return record;
            }
            self.current = None;
            match self.pending.pop_front()? {
                Pending::Problem(e) => return Some(Err(e)),
                Pending::Stdin => {
                    let records = read_jsonl_stream(BufReader::with_capacity(READ_BUFFER, std::io::stdin()), "-")
                        .lossy(self.options.lossy);
                    self.current = Some(Records::Stdin(records))
                }
                Pending::File(path) => match kind_of(&path) {
                    Kind::Text => return Some(read_text_file_with(&path, self.options)),
                    Kind::JsonLines => match File::open(&path) {
                        Ok(file) => {
                            let records = read_jsonl_stream(BufReader::with_capacity(READ_BUFFER, file), &path)
                                .lossy(self.options.lossy);
                            self.current = Some(Records::File(records))
                        }
                        Err(e) => return Some(Err(Error::io(&path, e))),
                    },
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gather(stream: Inputs) -> (Vec<RawDocument>, Vec<String>) {
        let mut documents = Vec::new();
        let mut problems = Vec::new();
        for item in stream {
            match item {
                Ok(doc) => documents.push(doc),
                Err(e) => problems.push(e.to_string()),
            }
        }
        (documents, problems)
    }

    /// Over files, folders, JSON Lines and bad paths, the stream of all the
    /// inputs is the streams of each input one after the other: every
    /// folder, file and problem in its place.
    #[test]
    fn the_stream_keeps_input_order() {
        let root = env!("CARGO_MANIFEST_DIR");
        let inputs: Vec<String> = [
            "examples/articles",
            "tests/fixtures/articles/nile_talks.txt",
            "tests/fixtures/articles/briefs.jsonl",
            "no/such/file.txt",
            "tests/fixtures",
        ]
        .iter()
        .map(|p| format!("{root}/{p}"))
        .collect();
        let stream = stream_inputs(&inputs);
        assert!(stream.remaining_bytes().is_some_and(|n| n > 0));
        let (documents, problems) = gather(stream);
        let one_by_one: Vec<_> =
            inputs.iter().map(|input| gather(stream_inputs(std::slice::from_ref(input)))).collect();
        assert_eq!(documents, one_by_one.iter().flat_map(|(d, _)| d.clone()).collect::<Vec<_>>());
        assert_eq!(problems, one_by_one.iter().flat_map(|(_, p)| p.clone()).collect::<Vec<_>>());
        assert!(!problems.is_empty());
        assert!(documents.len() > 5);
    }

    #[test]
    fn stdin_size_is_unknown() {
        assert_eq!(stream_inputs(&["-".to_string()]).remaining_bytes(), None);
    }
}
