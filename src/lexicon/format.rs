//! Parsing lexicon lines (docs/LEXICON.md): `TYPE ID | Name | field: v; v`.
//! Only syntax and field names are checked here; `build` checks meaning.

use crate::error::{Error, Result};

/// One parsed line, before interpretation, borrowing its text from the
/// file's: the lexicon's thousands of lines are read on every run, and
/// copying each id, name, field and value into a string of its own was a
/// third of the time they took to parse.
#[derive(Debug, Clone)]
pub struct RawEntry<'a> {
    pub kind: EntryType,
    pub id: &'a str,
    pub name: &'a str,
    pub fields: Vec<(&'a str, Vec<&'a str>)>,
    pub line: usize,
}

/// An entry and the file it is from.
pub type Located<'a> = (&'a str, RawEntry<'a>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryType {
    Country,
    Org,
    Body,
    Person,
    Place,
    Agent,
    Event,
    Verb,
    Noun,
    Given,
}

impl EntryType {
    fn parse(word: &str) -> Option<EntryType> {
        Some(match word {
            "country" => EntryType::Country,
            "org" => EntryType::Org,
            "body" => EntryType::Body,
            "person" => EntryType::Person,
            "place" => EntryType::Place,
            "agent" => EntryType::Agent,
            "event" => EntryType::Event,
            "verb" => EntryType::Verb,
            "noun" => EntryType::Noun,
            "given" => EntryType::Given,
            _ => return None,
        })
    }

    /// The fields an entry of this type may carry.
    fn allowed_fields(self) -> &'static [&'static str] {
        match self {
            EntryType::Country => &["alias", "adj", "seat", "cameo"],
            EntryType::Org => &["kind", "alias", "adj", "country", "parent", "link", "cameo"],
            EntryType::Body => &["alias", "sector"],
            EntryType::Person => &["alias", "country", "role", "org", "from", "to", "cameo"],
            EntryType::Place => &["alias", "country"],
            EntryType::Agent => &["kind", "sector", "role", "plural", "title", "with-country"],
            EntryType::Event => &["cameo", "goldstein"],
            EntryType::Verb => &["forms", "prep", "speech"],
            EntryType::Noun => &["plural", "prep"],
            EntryType::Given => &["alias", "gender"],
        }
    }
}

impl<'a> RawEntry<'a> {
    pub fn field(&self, name: &str) -> &[&'a str] {
        self.fields.iter().find(|(key, _)| *key == name).map(|(_, values)| values.as_slice()).unwrap_or(&[])
    }

    pub fn first(&self, name: &str) -> Option<&'a str> {
        self.field(name).first().copied()
    }
}

/// A lexicon file's text; bytes that are not UTF-8 are a mistake on the line
/// that holds them.
pub fn read_file(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|err| Error::io(path, err))?;
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let before = &err.as_bytes()[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = at - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        Error::Lexicon {
            path: path.display().to_string(),
            line,
            message: format!("not UTF-8: invalid byte at byte {} of the line (byte offset {at})", column + 1),
        }
    })
}

/// Parse a whole file; the first mistake is an error naming `path` and the line.
pub fn parse<'a>(path: &str, text: &'a str) -> Result<Vec<RawEntry<'a>>> {
    let (entries, mut problems) = parse_all(path, text);
    match problems.is_empty() {
        true => Ok(entries),
        false => Err(problems.swap_remove(0)),
    }
}

/// Parse a whole file, keeping the good lines and every mistake of the bad
/// ones (in line order), so that a check can report them all in one run.
pub fn parse_all<'a>(path: &str, text: &'a str) -> (Vec<RawEntry<'a>>, Vec<Error>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let trimmed = trim(line);
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match parse_line(trimmed, number) {
            Ok(entry) => entries.push(entry),
            Err(messages) => problems.extend(messages.into_iter().map(|message| Error::Lexicon {
                path: path.to_string(),
                line: number,
                message,
            })),
        }
    }
    (entries, problems)
}

/// A line with a bad head is one mistake; a line with a good head reports
/// every bad column, since each is a separate fix.
fn parse_line(line: &str, number: usize) -> std::result::Result<RawEntry<'_>, Vec<String>> {
    let mut columns = columns(line);
    let head = columns.next().unwrap_or_default();
    let (type_word, id) =
        head.split_once(' ').ok_or_else(|| vec![format!("expected `TYPE ID | Name ...`, found {head:?}")])?;
    let kind = EntryType::parse(type_word).ok_or_else(|| {
        vec![format!(
            "unknown entry type {type_word:?} (country, org, body, person, place, agent, event, verb, noun, given)"
        )]
    })?;
    let id = trim(id);
    if id.is_empty() || !id.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c)) {
        return Err(vec![format!("bad id {id:?}: use letters, digits, '-', '_' and '.' only")]);
    }
    let name = columns
        .next()
        .filter(|name| !name.is_empty())
        .ok_or_else(|| vec![format!("{type_word} {id}: the name column is missing")])?;
    if name.contains(':') && !name.contains(' ') {
        return Err(vec![format!("{type_word} {id}: the second column must be the name, found field {name:?}")]);
    }
    let mut fields: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut mistakes = Vec::new();
    for column in columns {
        match parse_field(kind, type_word, column) {
            Ok((key, values)) => match fields.iter_mut().find(|(existing, _)| *existing == key) {
                Some((_, existing)) => existing.extend(values),
                None => fields.push((key, values)),
            },
            Err(message) => mistakes.push(message),
        }
    }
    match mistakes.is_empty() {
        true => Ok(RawEntry { kind, id, name, fields, line: number }),
        false => Err(mistakes),
    }
}

/// The columns of a line, each trimmed: the text between the separators
/// " | ", found left to right without overlapping, as `str::split` finds
/// them. One memchr iterator finds the bars: a search for the three-byte
/// separator set up a two-way searcher per line, and `str::find` per bar
/// a char searcher per bar, together a third of the time the lexicon took
/// to parse.
fn columns(line: &str) -> impl Iterator<Item = &str> {
    let bytes = line.as_bytes();
    let mut bars = memchr::memchr_iter(b'|', bytes);
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        // A space before the bar that ended the last separator is not this one's.
        let separator = bars.find(|&bar| bar > start && bytes[bar - 1] == b' ' && bytes.get(bar + 1) == Some(&b' '));
        Some(match separator {
            Some(bar) => {
                let column = trim(&line[start..bar - 1]);
                start = bar + 2;
                column
            }
            None => {
                done = true;
                trim(&line[start..])
            }
        })
    })
}

/// `str::trim`, answered without Unicode tables when both ends are ASCII
/// other than the vertical tab (which `str::trim` removes and
/// `trim_ascii` keeps).
fn trim(text: &str) -> &str {
    let trimmed = text.trim_ascii();
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && b != 0x0b);
    match plain(trimmed.as_bytes().first()) && plain(trimmed.as_bytes().last()) {
        true => trimmed,
        false => text.trim(),
    }
}

fn parse_field<'a>(
    kind: EntryType,
    type_word: &str,
    column: &'a str,
) -> std::result::Result<(&'a str, Vec<&'a str>), String> {
    let (key, values) = column.split_once(':').ok_or_else(|| format!("expected `field: value`, found {column:?}"))?;
    let key = trim(key);
    if !kind.allowed_fields().contains(&key) {
        return Err(format!(
            "field {key:?} is not allowed on {type_word} entries (allowed: {})",
            kind.allowed_fields().join(", ")
        ));
    }
    let values: Vec<&str> = values.split(';').map(trim).filter(|v| !v.is_empty()).collect();
    if values.is_empty() {
        return Err(format!("field {key:?} has no value"));
    }
    Ok((key, values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_and_values() {
        let entries = parse("t.lex", "# c\n\ncountry USA | United States | alias: U.S.; US | adj: American\n").unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].id, "USA");
        assert_eq!(entries[0].field("alias"), ["U.S.", "US"]);
        assert_eq!(entries[0].line, 3);
    }

    #[test]
    fn columns_and_trims_are_those_of_split_and_trim() {
        let mut rng = fastrand::Rng::with_seed(3);
        let pieces = [" ", "|", " | ", "a", "é", "\u{a0}", "\u{b}", "\t", "\u{2003}", "||"];
        for _ in 0..20_000 {
            let line: String = (0..rng.usize(0..12)).map(|_| pieces[rng.usize(..pieces.len())]).collect();
            let expected: Vec<&str> = line.split(" | ").map(str::trim).collect();
            assert_eq!(columns(&line).collect::<Vec<_>>(), expected, "{line:?}");
            assert_eq!(trim(&line), line.trim(), "{line:?}");
        }
    }

    #[test]
    fn mistakes_name_the_line() {
        let cases = [
            ("country USA", "name column is missing"),
            ("nation USA | X", "unknown entry type"),
            ("country USA | X | colour: red", "not allowed"),
            ("country U SA | X", "bad id"),
            ("country USA | X | alias", "expected `field: value`"),
            ("country USA | X | alias: ;", "has no value"),
        ];
        for (line, expected) in cases {
            let err = parse("user.lex", &format!("\n{line}\n")).unwrap_err().to_string();
            assert!(err.starts_with("user.lex:2: "), "{err}");
            assert!(err.contains(expected), "{line}: {err}");
        }
    }

    #[test]
    fn a_byte_that_is_not_utf8_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.lex");
        std::fs::write(&path, b"# ok\ncountry FRA | France\nplace x | Caf\xe9\n").unwrap();
        let err = read_file(&path).unwrap_err().to_string();
        assert!(err.ends_with("user.lex:3: not UTF-8: invalid byte at byte 14 of the line (byte offset 39)"), "{err}");
    }

    #[test]
    fn every_mistake_of_a_file_is_kept() {
        let text = "country USA | X | colour: red | alias\ncountry FRA | France\nnation X | Y\n";
        let (entries, problems) = parse_all("user.lex", text);
        assert_eq!(entries.len(), 1, "the good line is kept");
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].starts_with("user.lex:1: field \"colour\""), "{messages:?}");
        assert!(messages[1].starts_with("user.lex:1: expected `field: value`"), "{messages:?}");
        assert!(messages[2].starts_with("user.lex:3: unknown entry type"), "{messages:?}");
    }
}
