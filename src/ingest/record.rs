//! The fields of one JSON Lines record that diplograph reads: `id`,
//! `text`, `date` and `title`.
//!
//! Nearly every record a crawler writes has one shape: an object whose
//! keys are plain words and whose values are strings (or `null`). Such a
//! record is read here by hand, each string unescaped straight into its
//! `String`; through serde it was read into a scratch buffer and copied
//! again, and the reader thread's time is time the extraction threads
//! lose when all cores work. Anything else (a number, an array, a key
//! with an escape, a surrogate pair, a field given twice, a syntax error)
//! makes [`Record::read_plain`] give up, and the record is read through
//! serde, as before, which settles it or words the error. So the hand
//! reader only decides how fast a record is read, never what it says.

use serde_json::Value;

use crate::json_bytes;

/// The fields read; each `None` if absent or `null`.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Record {
    pub id: Option<String>,
    pub text: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
}

impl Record {
    /// The record in `line`, read through serde without building a `Value`
    /// of the whole line, or the reason it could not be. It accepts what
    /// the caller's `Value` path accepts, with the same result, or fails:
    /// a field of another type or given twice, which the `Value` path then
    /// reports or settles (the last one counts).
    pub fn read(line: &str) -> serde_json::Result<Record> {
        match Record::read_plain(line) {
            Some(record) => Ok(record),
            None => serde_json::from_str(line),
        }
    }

    /// The field a key names, if diplograph reads it.
    fn field(&mut self, key: &str) -> Option<&mut Option<String>> {
        match key {
            "id" => Some(&mut self.id),
            "text" => Some(&mut self.text),
            "date" => Some(&mut self.date),
            "title" => Some(&mut self.title),
            _ => None,
        }
    }

    /// The record in `line` if it has the common shape (see the module
    /// documentation), read as serde would read it; `None` otherwise.
    fn read_plain(line: &str) -> Option<Record> {
        let mut cursor = Cursor { line, at: 0 };
        let mut record = Record::default();
        cursor.expect(b'{')?;
        if cursor.peek()? != b'}' {
            loop {
                let key = cursor.plain_key()?;
                cursor.expect(b':')?;
                let Some(field) = record.field(key) else {
                    cursor.skip_simple_value()?;
                    if cursor.next_member()? {
                        continue;
                    }
                    break;
                };
                if field.is_some() {
                    return None;
                }
                *field = cursor.string_or_null()?;
                if !cursor.next_member()? {
                    break;
                }
            }
        }
        cursor.expect(b'}')?;
        cursor.skip_space();
        (cursor.at == line.len()).then_some(record)
    }
}

/// A position in a line of JSON.
struct Cursor<'a> {
    line: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.line.as_bytes()
    }

    /// JSON's whitespace: serde_json skips exactly these between tokens.
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.bytes().get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        self.bytes()[self.at..].starts_with(word.as_bytes()).then(|| self.at += word.len())
    }

    /// After a member: `true` for a comma (another member follows), `false` before the `}`.
    fn next_member(&mut self) -> Option<bool> {
        match self.peek()? {
            b',' => {
                self.at += 1;
                Some(true)
            }
            b'}' => Some(false),
            _ => None,
        }
    }

    /// A key without escapes.
    fn plain_key(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let end = start + next_special(&self.bytes()[start..])?;
        if self.bytes()[end] != b'"' {
            return None;
        }
        self.at = end + 1;
        Some(&self.line[start..end])
    }

    fn string_or_null(&mut self) -> Option<Option<String>> {
        match self.peek()? {
            b'"' => {
                self.at += 1;
                let mut value = String::new();
                self.string_body(Some(&mut value))?;
                Some(Some(value))
            }
            b'n' => self.literal("null").map(|()| None),
            _ => None,
        }
    }

    /// The value of a field diplograph does not read: a string, `true`,
    /// `false` or `null`. Numbers and nested values are left to serde, which
    /// knows which of them it refuses.
    fn skip_simple_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => {
                self.at += 1;
                self.string_body(None)
            }
            b't' => self.literal("true"),
            b'f' => self.literal("false"),
            b'n' => self.literal("null"),
            _ => None,
        }
    }

    /// The rest of a string after its opening quote, unescaped into `out`
    /// unless that is `None`; the cursor ends past the closing quote.
    fn string_body(&mut self, mut out: Option<&mut String>) -> Option<()> {
        let line = self.line;
        let mut first = true;
        loop {
            let start = self.at;
            let end = start + next_special(&line.as_bytes()[start..])?;
            if let Some(out) = out.as_deref_mut() {
                if first && line.as_bytes()[end] == b'\\' {
                    // The rest of the line: never less than the unescaped string needs.
                    out.reserve(line.len() - start);
                }
                out.push_str(&line[start..end]);
            }
            first = false;
            self.at = end + 1;
            match line.as_bytes()[end] {
                b'"' => return Some(()),
                b'\\' => {
                    let unescaped = self.escape()?;
                    if let Some(out) = out.as_deref_mut() {
                        out.push(unescaped);
                    }
                }
                _ => return None, // a control character, which JSON does not allow in a string
            }
        }
    }

    /// The character an escape stands for, the cursor just past its backslash.
    fn escape(&mut self) -> Option<char> {
        let letter = *self.bytes().get(self.at)?;
        self.at += 1;
        Some(match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hex = self.line.get(self.at..self.at + 4)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                self.at += 4;
                // A surrogate (half of a pair, or a lone one that serde refuses) is left to serde.
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            _ => return None,
        })
    }
}

/// Where the next quote or backslash is, unless a control character (which
/// JSON does not allow in a string) comes before it: eight bytes at a time.
fn next_special(bytes: &[u8]) -> Option<usize> {
    let mut words = bytes.chunks_exact(8);
    let mut offset = 0;
    let end = loop {
        let Some(word) = words.next() else {
            break offset + words.remainder().iter().position(|&b| json_bytes::is_special(b))?;
        };
        let hits = json_bytes::specials(u64::from_le_bytes(word.try_into().expect("chunks of eight")));
        if hits != 0 {
            break offset + hits.trailing_zeros() as usize / 8;
        }
        offset += 8;
    };
    (bytes[end] >= 0x20).then_some(end)
}

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> serde::de::Visitor<'de> for RecordVisitor {
    type Value = Record;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Record, A::Error> {
        use serde::de::Error as _;
        let mut record = Record::default();
        // A key with an escape in it cannot be borrowed: an error, and the `Value` path.
        while let Some(key) = map.next_key::<&'de str>()? {
            let Some(field) = record.field(key) else {
                // Read as a `Value` is, so that it fails where that would.
                map.next_value::<Value>()?;
                continue;
            };
            if field.is_some() {
                return Err(A::Error::custom("a field given twice"));
            }
            *field = map.next_value::<Option<String>>()?;
        }
        Ok(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What serde reads from `line`, or `None` where it fails.
    fn through_serde(line: &str) -> Option<Record> {
        serde_json::from_str(line).ok()
    }

    #[test]
    fn common_records_are_read_by_hand_as_serde_reads_them() {
        let lines = [
            r#"{"id": "a", "date": "2016-09-28", "title": "T", "text": "Body."}"#,
            r#"{"text":"No id.","date":null}"#,
            " { \"url\" : \"http://x/\\\"y\\\"\" ,\t\"ok\": true, \"no\": false, \"none\": null, \"text\": \"t\" } \r",
            r#"{"text": "a\"b\\c\/d\be\ff\ng\rh\ti", "id": "\u00e9\u201cq\u201d\u0000"}"#,
            r#"{"text": "“Curly” quotes, em—dash, ünïcödé and 漢字 as they stand"}"#,
            r#"{"text": ""}"#,
            "{}",
        ];
        for line in lines {
            let by_hand = Record::read_plain(line);
            assert!(by_hand.is_some(), "not read by hand: {line}");
            assert_eq!(by_hand, through_serde(line), "{line}");
        }
    }

    #[test]
    fn anything_else_is_left_to_serde() {
        let lines = [
            r#"{"id": "a", "id": "b", "text": "x"}"#,
            r#"{"\u0069d": "c", "text": "x"}"#,
            r#"{"text": "x", "n": 1}"#,
            r#"{"text": "x", "extra": [1, {"n": null}]}"#,
            r#"{"text": "x", "n": 1e999}"#,
            r#"{"id": 7, "text": "x"}"#,
            r#"{"text": "emoji \ud83d\ude00"}"#,
            r#"{"text": "lone \ud83d"}"#,
            r#"{"text": "bad \x"}"#,
            r#"{"text": "short \u12"}"#,
            "{\"text\": \"raw\ttab\"}",
            r#"{"text": "x",}"#,
            r#"{"text": "x"} trailing"#,
            r#"{"text": "unclosed}"#,
            r#"{"text" "x"}"#,
            r#"{"text": nul}"#,
            r#"["text"]"#,
            "",
        ];
        for line in lines {
            assert_eq!(Record::read_plain(line), None, "read by hand: {line}");
            // Whatever serde makes of it is what `read` gives.
            assert_eq!(Record::read(line).ok(), through_serde(line), "{line}");
        }
    }

    #[test]
    fn the_first_quote_or_backslash_is_found_unless_a_control_comes_first() {
        // Bytes next to the special ones, and the bytes of UTF-8 sequences.
        let filler = [b'a', 0xc3, 0xa9, b' ', b'!', b'#', b'[', b']', 0x7f, 0xff, 0x80, 0x21, 0x5b, 0x5d];
        for len in [0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 100] {
            let plain: Vec<u8> = (0..len).map(|i| filler[i % filler.len()]).collect();
            assert_eq!(next_special(&plain), None, "{len}");
            for at in 0..len {
                for end in [b'"', b'\\'] {
                    let mut bytes = plain.clone();
                    bytes[at] = end;
                    assert_eq!(next_special(&bytes), Some(at), "{len} {at} {end}");
                }
                for control in [b'\n', 0, 0x1f] {
                    let mut bytes = plain.clone();
                    bytes[at] = control;
                    assert_eq!(next_special(&bytes), None, "{len} {at} {control}");
                    bytes.push(b'"');
                    assert_eq!(next_special(&bytes), None, "{len} {at} {control} then a quote");
                }
            }
        }
        assert_eq!(next_special(b"a\"\n"), Some(1), "a control after the quote is not the string's");
    }

    /// Random records of keys, values and whitespace from pieces that
    /// cover both shapes: whatever the hand reader reads, serde reads the
    /// same, and where serde fails the hand reader has given up too.
    #[test]
    fn random_records_read_by_hand_agree_with_serde() {
        let keys = ["id", "text", "date", "title", "url", "\\u0069d", "t\\\"x"];
        let pieces = [
            "plain",
            "\\\"",
            "\\\\",
            "\\/",
            "\\n",
            "\\t",
            "\\u00e9",
            "\\u201C",
            "\\ud83d\\ude00",
            "\\ud83d",
            "\\x",
            "é",
            "“",
            "漢",
            "\t",
            "\u{1}",
            " ",
            "",
        ];
        let values = ["null", "true", "false", "1", "-0.5e3", "[]", "{\"a\": \"b\"}", "nul", "tru"];
        let spaces = ["", " ", "\t", "\r\n", "\u{a0}"];
        let mut rng = fastrand::Rng::with_seed(8);
        let (mut by_hand, mut total) = (0, 0);
        for _ in 0..20_000 {
            let space = |rng: &mut fastrand::Rng| spaces[rng.usize(..spaces.len())];
            let mut line = format!("{}{{", space(&mut rng));
            for member in 0..rng.usize(0..5) {
                if member > 0 {
                    line.push(',');
                }
                line += &format!(
                    "{}\"{}\"{}:{}",
                    space(&mut rng),
                    keys[rng.usize(..keys.len())],
                    space(&mut rng),
                    space(&mut rng)
                );
                if rng.u8(..4) == 0 {
                    line += values[rng.usize(..values.len())];
                } else {
                    line.push('"');
                    for _ in 0..rng.usize(0..6) {
                        line += pieces[rng.usize(..pieces.len())];
                    }
                    line.push('"');
                }
            }
            line += &format!("{}}}{}", space(&mut rng), space(&mut rng));
            if rng.u8(..20) == 0 {
                let mut cut = rng.usize(0..=line.len());
                while !line.is_char_boundary(cut) {
                    cut -= 1;
                }
                line.truncate(cut);
            }
            let plain = Record::read_plain(&line);
            total += 1;
            by_hand += usize::from(plain.is_some());
            if plain.is_some() {
                assert_eq!(plain, through_serde(&line), "{line}");
            }
            assert_eq!(Record::read(&line).ok(), through_serde(&line), "{line}");
        }
        // Both shapes were met often.
        assert!(by_hand > total / 10 && by_hand < total * 9 / 10, "{by_hand} of {total} read by hand");
    }
}
