//! Lines above the story that say who wrote it, for whom and when:
//! "By Jane Doe", "By Jane Doe | Published: 14 June 2021",
//! "Published: 26 May 2022", "Updated ...",
//! "- Associated Press - Wednesday, September 28, 2016", a bare date line,
//! and the headline.

use chrono::NaiveDate;

use super::dates;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum DateKind {
    /// "Updated ...": used only when nothing better is said.
    Updated,
    /// A byline or bare date line.
    Plain,
    /// "Published ...".
    Published,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct MetaLine<'a> {
    pub author: Option<&'a str>,
    pub agency: Option<&'a str>,
    pub date: Option<(NaiveDate, DateKind)>,
}

/// Words of a byline after the name that are a role, not a publisher.
const ROLES: &[&str] =
    &["writer", "correspondent", "reporter", "editor", "staff", "contributor", "columnist", "bureau", "chief"];

/// Publishers named alone on a line.
const AGENCIES: &[&str] = &[
    "Associated Press",
    "The Associated Press",
    "AP",
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Xinhua",
    "TASS",
    "Anadolu",
];

const MAX_WORDS: usize = 16;

/// Read a byline, date line or agency line; `None` for anything else.
pub(crate) fn parse_meta_line(s: &str) -> Option<MetaLine<'_>> {
    let s = s.trim();
    if more_words_than(s, MAX_WORDS) {
        return None;
    }
    if let Some(rest) = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY ")) {
        return parse_byline(rest);
    }
    if let Some(rest) = s.strip_prefix(['-', '–', '—']) {
        return parse_dash_line(rest);
    }
    if let Some(m) = parse_date_line(s) {
        return Some(m);
    }
    if AGENCIES.contains(&s) {
        return Some(MetaLine { agency: Some(s), ..Default::default() });
    }
    // A bare date: "Wednesday, September 28, 2016", "March 4, 2025 3:15 PM ET".
    if !dates::may_start_with_date(s) {
        return None;
    }
    let found = dates::find_dates(s, None);
    let first = found.first()?;
    let date = first.date?;
    let rest = &s[first.span.end..];
    if first.span.start == 0 && first.precision == dates::Precision::Day && is_time_tail(rest) {
        return Some(MetaLine { date: Some((date, DateKind::Plain)), ..Default::default() });
    }
    None
}

/// `s` has more than `n` words (as `split_whitespace` counts them). The
/// lines looked at include the story's first paragraph: counting stops
/// past `n`, and goes a byte at a time over ASCII characters; only the
/// others (quotation marks, dashes) are decoded to be told apart.
fn more_words_than(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < b.len() {
        let (space, len) = if b[i].is_ascii() {
            // `char::is_whitespace` in ASCII.
            (matches!(b[i], b' ' | 0x09..=0x0d), 1)
        } else {
            let c = s[i..].chars().next().expect("a character starts here");
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
        i += len;
    }
    false
}

/// What may follow a date on a date line: a time and zone.
fn is_time_tail(rest: &str) -> bool {
    rest.split_whitespace().count() <= 4
        && rest.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || " :.,/()apm".contains(c))
}

/// "Published: 26 May 2022", "Updated 3:15 p.m. ET, March 4, 2025",
/// "Posted on ...", "First published on ...".
fn parse_date_line(s: &str) -> Option<MetaLine<'_>> {
    const PREFIXES: &[(&str, DateKind)] = &[
        ("published", DateKind::Published),
        ("first published", DateKind::Published),
        ("originally published", DateKind::Published),
        ("posted", DateKind::Published),
        ("updated", DateKind::Updated),
        ("last updated", DateKind::Updated),
    ];
    // Every prefix starts with one of these ASCII letters (in any case, and
    // no other character lower-cases to one): most lines are out here,
    // before the lower-case copy.
    if !matches!(s.as_bytes().first().map(u8::to_ascii_lowercase), Some(b'p' | b'f' | b'o' | b'u' | b'l')) {
        return None;
    }
    let lower = s.chars().take(24).collect::<String>().to_lowercase();
    let (prefix, kind) = PREFIXES
        .iter()
        .find(|(p, _)| lower.starts_with(p) && lower[p.len()..].chars().next().is_none_or(|c| c == ':' || c == ' '))?;
    if s.split_whitespace().count() > 12 {
        return None;
    }
    let date = dates::parse_date(&s[prefix.len()..]).map(|d| (d, *kind));
    Some(MetaLine { date, ..Default::default() })
}

fn is_name_word(w: &str) -> bool {
    let connectors = ["and", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "dos", "del"];
    (w.chars().next().is_some_and(char::is_uppercase)
        && !w.ends_with(',')
        && dates::month_number(w).is_none()
        && !matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" | "The"))
        || connectors.contains(&w)
}

/// Split at the separators of a byline other than the comma.
fn split_coarse(s: &str) -> Vec<&str> {
    let mut parts = vec![s];
    // Every separator has a '|', a '-' or a non-ASCII character: without
    // any, splitting only trims (which it does at every step, so once is enough).
    let seps = if s.bytes().any(|b| b == b'|' || b == b'-' || !b.is_ascii()) {
        &["|", " • ", " · ", " - ", " — ", " – "][..]
    } else {
        &["|"][..]
    };
    for sep in seps {
        parts = parts.iter().flat_map(|p| p.split(sep)).map(str::trim).filter(|p| !p.is_empty()).collect();
    }
    parts
}

/// After "By ": a name, then optionally an agency, a role, a date.
fn parse_byline(rest: &str) -> Option<MetaLine<'_>> {
    let rest = rest.trim();
    if rest.ends_with('.') && !rest.ends_with(" Jr.") {
        return None;
    }
    let coarse = split_coarse(rest);
    let (first, others) = coarse.split_first()?;
    let mut fine = first.split(", ").map(str::trim);
    let name = fine.next()?;
    let name_words: Vec<&str> = name.split_whitespace().collect();
    if name_words.is_empty() || name_words.len() > 8 || !name_words.iter().all(|w| is_name_word(w)) {
        return None;
    }
    let mut meta = MetaLine { author: Some(name), ..Default::default() };
    let mut parts: Vec<&str> = fine.collect();
    for part in others {
        if let Some(d) = parse_date_part(part) {
            meta.date = meta.date.or(Some(d));
        } else {
            parts.extend(part.split(", ").map(str::trim));
        }
    }
    for part in parts {
        if part.is_empty() || is_role(part) {
        } else if let Some(d) = parse_date_part(part) {
            meta.date = meta.date.or(Some(d));
        } else if is_agency_like(part) {
            meta.agency = meta.agency.or(Some(part));
        } else {
            return None;
        }
    }
    Some(meta)
}

fn parse_date_part(s: &str) -> Option<(NaiveDate, DateKind)> {
    if let Some(m) = parse_date_line(s.trim()) {
        return m.date;
    }
    dates::parse_date(s).map(|d| (d, DateKind::Plain))
}

fn is_role(s: &str) -> bool {
    let lower = s.to_lowercase();
    ROLES.iter().any(|r| lower.split_whitespace().any(|w| w == *r))
}

fn is_agency_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !s.ends_with('.')
}

/// "- Associated Press - Wednesday, September 28, 2016".
fn parse_dash_line(rest: &str) -> Option<MetaLine<'_>> {
    let rest = rest.trim_start_matches(['-', '–', '—', ' ']);
    let mut meta = MetaLine::default();
    let mut parts = Vec::new();
    let mut cur = rest;
    loop {
        let next = [" - ", " — ", " – "].iter().filter_map(|sep| cur.find(sep).map(|k| (k, sep.len()))).min();
        match next {
            Some((k, n)) => {
                parts.push(cur[..k].trim());
                cur = &cur[k + n..];
            }
            None => {
                parts.push(cur.trim().trim_end_matches(['-', '–', '—', ' ']));
                break;
            }
        }
    }
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        if let Some(d) = parse_date_part(part) {
            meta.date = meta.date.or(Some(d));
        } else if meta.agency.is_none() && is_agency_like(part) {
            meta.agency = Some(part);
        } else {
            return None;
        }
    }
    (meta.agency.is_some() || meta.date.is_some()).then_some(meta)
}

/// A headline: one short line, no final full stop.
pub(crate) fn is_headline(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let t = s.trim_end_matches(['"', '”', '’', '\'']);
    (1..20).contains(&words) && !t.ends_with(['.', ',', ';', ':']) && !s.starts_with(['“', '"'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let odd = ["x\u{a0}y z", "é è", "“We”\u{85}said — he\u{1680}x\u{2002}y\u{3000}z\u{2028}w", "\u{a0}\u{a0}ü"];
        for s in ["", "  ", "one", " one  two\tthree\n", "a\x0bb\x0cc\rd", "a b c d e"].into_iter().chain(odd) {
            for n in 0..6 {
                assert_eq!(more_words_than(s, n), s.split_whitespace().count() > n, "{s:?} {n}");
            }
        }
    }

    /// (line, author, agency, date).
    #[test]
    fn table() {
        use DateKind::*;
        type Row<'a> = (&'a str, Option<(Option<&'a str>, Option<&'a str>, Option<(&'a str, DateKind)>)>);
        let rows: &[Row] = &[
            ("By Jane Doe", Some((Some("Jane Doe"), None, None))),
            ("BY JANE DOE", Some((Some("JANE DOE"), None, None))),
            ("By Jane Doe | Published: 14 June 2021", Some((Some("Jane Doe"), None, Some(("2021-06-14", Published))))),
            (
                "By Jane Doe and Per Olsen, Associated Press",
                Some((Some("Jane Doe and Per Olsen"), Some("Associated Press"), None)),
            ),
            ("By Jane Doe, Diplomatic Correspondent", Some((Some("Jane Doe"), None, None))),
            ("By Jane Doe - March 4, 2025", Some((Some("Jane Doe"), None, Some(("2025-03-04", Plain))))),
            ("Published: 26 May 2022", Some((None, None, Some(("2022-05-26", Published))))),
            ("Updated 3:15 p.m. ET, March 4, 2025", Some((None, None, Some(("2025-03-04", Updated))))),
            (
                "- Associated Press - Wednesday, September 28, 2016",
                Some((None, Some("Associated Press"), Some(("2016-09-28", Plain)))),
            ),
            (
                "— The Fjord Times — Tuesday, March 4, 2025",
                Some((None, Some("The Fjord Times"), Some(("2025-03-04", Plain)))),
            ),
            ("Wednesday, September 28, 2016", Some((None, None, Some(("2016-09-28", Plain))))),
            ("March 4, 2025 3:15 PM ET", Some((None, None, Some(("2025-03-04", Plain))))),
            ("Reuters", Some((None, Some("Reuters"), None))),
            ("By Thursday, the two sides had agreed to meet again.", None),
            ("By Thursday the deal was dead", None),
            ("By then, talks had collapsed", None),
            ("March 4, 2025 was the day the talks collapsed", None),
            ("Egypt, Sudan accuse Ethiopia over Nile dam", None),
            ("- the minister said", None),
        ];
        for (line, expected) in rows {
            let got = parse_meta_line(line).map(|m| (m.author, m.agency, m.date));
            let want = expected.map(|(a, g, dt)| (a, g, dt.map(|(s, k)| (d(s), k))));
            assert_eq!(got, want, "{line:?}");
        }
    }

    #[test]
    fn headlines() {
        assert!(is_headline("Egypt, Sudan accuse Ethiopia over Nile dam filling as AU mediation stalls"));
        assert!(is_headline("Will the truce hold?"));
        assert!(!is_headline("The talks ended without a deal."));
        assert!(!is_headline("“We will not yield”"));
        assert!(!is_headline("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"));
    }
}
