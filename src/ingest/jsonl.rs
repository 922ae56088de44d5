//! JSON Lines: one `{"id": str, "date": str?, "title": str?, "text": str}`
//! record per line, read as a stream so a feed of any size can be piped in.
//!
//! Rules: empty lines are skipped; a record without `id` gets
//! `<file stem>-<line>`; a missing `text`, a field of the wrong type, a line
//! that is not a JSON object or not UTF-8 is one error naming the line, and
//! the next line is read as usual.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::record::Record;
use crate::document::RawDocument;
use crate::error::{Error, Result};

/// Iterator over the records of a JSON Lines stream; see [`read_jsonl_stream`].
pub struct JsonlStream<R> {
    reader: R,
    path: PathBuf,
    /// The path as origins show it, made once: `Path::display` through
    /// `format!` cost more per record than the rest of its fields.
    shown: String,
    stem: String,
    line: usize,
    /// Byte offset of the start of the next line in the stream.
    offset: usize,
    buf: Vec<u8>,
    done: bool,
    lossy: bool,
}

/// Read JSON Lines records from `reader`; `origin` names the stream in ids,
/// origins (`origin:LINE`) and errors (`-` for standard input).
pub fn read_jsonl_stream<R: BufRead>(reader: R, origin: impl AsRef<Path>) -> JsonlStream<R> {
    let path = origin.as_ref().to_path_buf();
    let stem = if path.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "stdin".into())
    };
    let shown = path.display().to_string();
    JsonlStream { reader, path, shown, stem, line: 0, offset: 0, buf: Vec::new(), done: false, lossy: false }
}

impl<R> JsonlStream<R> {
    /// With `lossy`, bytes that are not UTF-8 become U+FFFD instead of
    /// making their line an error.
    pub fn lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }
}

impl<R: BufRead> Iterator for JsonlStream<R> {
    type Item = Result<RawDocument>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let n = match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
            };
            self.line += 1;
            let line_start = self.offset;
            self.offset += n;
            let mut bytes = &self.buf[..];
            if let Some(b) = bytes.strip_suffix(b"\n") {
                bytes = b.strip_suffix(b"\r").unwrap_or(b);
            }
            if self.line == 1 {
                bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if let Err(e) = super::check_size(&self.path, Some(self.line), bytes.len() as u64) {
                return Some(Err(e));
            }
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => std::borrow::Cow::Borrowed(text),
                Err(_) if self.lossy => String::from_utf8_lossy(bytes),
                Err(e) => {
                    let at = line_start + e.valid_up_to();
                    return Some(Err(super::not_utf8(&self.path, Some(self.line), at)));
                }
            };
            return Some(parse_record(&text, &self.path, &self.shown, &self.stem, self.line));
        }
        None
    }
}

fn parse_record(line_text: &str, path: &Path, shown: &str, stem: &str, line: usize) -> Result<RawDocument> {
    let bad = |message: String| Error::BadDocument { path: path.to_path_buf(), line: Some(line), message };
    // A good record is read straight into its strings; anything else is
    // read again as a `Value`, which words the error.
    if let Ok(Record { id, text: Some(text), date, title }) = Record::read(line_text) {
        return Ok(RawDocument {
            id: id.unwrap_or_else(|| format!("{stem}-{line}")),
            origin: [shown, ":", itoa::Buffer::new().format(line)].concat(),
            date,
            title,
            text,
        });
    }
    let value: Value = serde_json::from_str(line_text).map_err(|e| bad(format!("malformed JSON: {e}")))?;
    let Value::Object(record) = value else {
        return Err(bad(format!("expected a JSON object, found {}", type_name(&value))));
    };
    let id = optional_string(&record, "id").map_err(&bad)?;
    let text = optional_string(&record, "text").map_err(&bad)?;
    let date = optional_string(&record, "date").map_err(&bad)?;
    let title = optional_string(&record, "title").map_err(&bad)?;
    let text = text.ok_or_else(|| bad("record has no \"text\" field".to_string()))?;
    Ok(RawDocument {
        id: id.unwrap_or_else(|| format!("{stem}-{line}")),
        origin: [shown, ":", itoa::Buffer::new().format(line)].concat(),
        date,
        title,
        text,
    })
}

/// A string field, absent or `null` for `None`; any other type is an error.
fn optional_string(record: &Map<String, Value>, field: &str) -> Result<Option<String>, String> {
    match record.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("field \"{field}\" must be a string, found {}", type_name(other))),
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Vec<Result<RawDocument>> {
        read_jsonl_stream(input.as_bytes(), "feed.jsonl").collect()
    }

    #[test]
    fn good_records_and_defaults() {
        let out = read(concat!(
            "{\"id\": \"a\", \"date\": \"2016-09-28\", \"title\": \"T\", \"text\": \"Body.\"}\n",
            "\n",
            "   \n",
            "{\"text\": \"No id.\", \"date\": null}\r\n",
        ));
        assert_eq!(out.len(), 2);
        let a = out[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.origin.as_str()), ("a", "feed.jsonl:1"));
        assert_eq!(a.date.as_deref(), Some("2016-09-28"));
        assert_eq!(a.title.as_deref(), Some("T"));
        let b = out[1].as_ref().unwrap();
        assert_eq!((b.id.as_str(), b.origin.as_str(), b.text.as_str()), ("feed-4", "feed.jsonl:4", "No id."));
    }

    #[test]
    fn bad_lines_are_errors_naming_the_line() {
        let cases: &[(&str, &str)] = &[
            ("{\"id\": \"a\", \"text\": ", "malformed JSON"),
            ("[1, 2]", "expected a JSON object, found an array"),
            ("{\"id\": 7, \"text\": \"x\"}", "field \"id\" must be a string, found a number"),
            ("{\"id\": \"a\", \"text\": [\"x\"]}", "field \"text\" must be a string"),
            ("{\"id\": \"a\", \"title\": false, \"text\": \"x\"}", "field \"title\" must be a string"),
            ("{\"id\": \"a\"}", "no \"text\" field"),
        ];
        for (line, expected) in cases {
            let input = format!("{{\"id\": \"ok\", \"text\": \"fine\"}}\n{line}\n");
            let out = read(&input);
            assert_eq!(out.len(), 2, "{line}");
            assert!(out[0].is_ok());
            match &out[1] {
                Err(Error::BadDocument { line: Some(2), message, .. }) => {
                    assert!(message.contains(expected), "{line}: {message}")
                }
                other => panic!("{line}: {other:?}"),
            }
        }
    }

    /// Records the fast path leaves to the `Value` path, read as that reads them.
    #[test]
    fn odd_records_are_read_as_values_read_them() {
        let out = read(concat!(
            "{\"id\": \"a\", \"id\": \"b\", \"text\": \"x\"}\n",
            "{\"\\u0069d\": \"c\", \"text\": \"x\", \"extra\": [1, {\"n\": null}]}\n",
            "{\"id\": null, \"id\": \"d\", \"text\": \"x\"}\n",
            "{\"id\": \"e\", \"text\": \"say \\\"hi\\\"\\n\", \"date\": null}\n",
        ));
        let ids: Vec<_> = out.iter().map(|d| d.as_ref().unwrap().id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "d", "e"]);
        assert_eq!(out[3].as_ref().unwrap().text, "say \"hi\"\n");
        let err = read("{\"id\": \"a\", \"text\": \"x\", \"n\": 1e999}\n").remove(0).unwrap_err();
        assert!(err.to_string().contains("malformed JSON"), "{err}");
    }

    #[test]
    fn non_utf8_line_names_stream_offset() {
        let mut input = b"{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"".to_vec();
        input.extend_from_slice(&[0xff, b'"', b'}', b'\n']);
        input.extend_from_slice(b"{\"id\": \"c\", \"text\": \"y\"}\n");
        let out: Vec<_> = read_jsonl_stream(&input[..], "f.jsonl").collect();
        assert_eq!(out.len(), 3);
        let err = out[1].as_ref().unwrap_err().to_string();
        assert_eq!(err, "f.jsonl:2: not UTF-8: invalid byte at byte offset 46 (--lossy replaces such bytes)");
        assert_eq!(out[2].as_ref().unwrap().id, "c");
        let lossy: Vec<_> = read_jsonl_stream(&input[..], "f.jsonl").lossy(true).collect();
        assert_eq!(lossy[1].as_ref().unwrap().text, "\u{fffd}");
    }
}
