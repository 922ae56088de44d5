//! Date expressions in a sentence, absolute ("September 28, 2016",
//! "26 May 2022", "2016-09-28") or relative to an anchor date, the date of
//! the article ("on Wednesday", "yesterday", "last week", "on Sept. 12").
//!
//! Rules for relative expressions, given the anchor `A`:
//! - a weekday ("Wednesday", "on Wednesday") is the most recent such day on
//!   or before `A` (`A` itself if it is that weekday); "last Wednesday" is
//!   strictly before `A`, "next Wednesday" strictly after;
//! - "yesterday" `A - 1`, "today"/"tonight" `A`, "tomorrow" `A + 1`;
//! - "last week" `A - 7`, "this week" `A`, "next week" `A + 7`; "last month"
//!   / "last year" one calendar month / year back (day clamped);
//! - a month and day without a year ("June 3") is in `A`'s year, unless that
//!   is more than [`FUTURE_SLACK_DAYS`] after `A`: then the year before;
//! - "in 2011" is 2011-01-01 with [`Precision::Year`]; "in May" is May 1st.
//!
//! Without an anchor, relative expressions are still found, with `date: None`.
//! A leading "on"/"in"/"since" belongs to the expression's span.
//!
//! One pass over a small token list; no regex, no allocation but that list.

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::date_words::{lexeme, may_hold_date, may_hold_date_in_tokens, Lexeme, Opener, Unit};

/// A month-day more than this many days after the anchor is last year's.
pub const FUTURE_SLACK_DAYS: i64 = 62;

/// How much of `DateExpr::date` is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
}

/// A date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr<'a> {
    /// Byte span in the sentence.
    pub span: Range<usize>,
    /// The date meant, when it can be known (relative expressions need an anchor).
    pub date: Option<NaiveDate>,
    pub precision: Precision,
    /// `&sentence[span]`.
    pub text: &'a str,
}

/// The first explicit full date (day, month and year) in `s`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    find_dates(s, None).into_iter().filter(|d| d.precision == Precision::Day).find_map(|d| d.date)
}

/// The date of the first date expression in `sentence` that resolves to
/// one: `find_dates(..).into_iter().find_map(|d| d.date)`, without reading
/// further than that expression.
pub fn first_date(sentence: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    if !may_hold_date(sentence) {
        return None;
    }
    first_date_read(sentence, anchor)
}

/// [`first_date`] of a sentence the pipeline tokenized: `sentence` is the
/// text from `offset` to the end of the last of `tokens`. Most sentences
/// hold no date, and are told so from their tokens
/// ([`may_hold_date_in_tokens`]), not by reading their text again.
pub fn first_date_in_tokens(
    sentence: &str,
    offset: usize,
    tokens: &[crate::text::Token],
    anchor: Option<NaiveDate>,
) -> Option<NaiveDate> {
    if !may_hold_date_in_tokens(sentence, offset, tokens) {
        return None;
    }
    first_date_read(sentence, anchor)
}

/// [`first_date`] of a sentence that may hold a date.
fn first_date_read(sentence: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    // The tokens are read only as far as the matches tried look.
    let mut tokens = Tokens { s: sentence, i: 0 };
    let mut toks = Vec::with_capacity(sentence.len() / 4);
    let mut k = 0;
    loop {
        toks.extend(tokens.by_ref().take((k + MATCH_REACH).saturating_sub(toks.len())));
        if k >= toks.len() {
            return None;
        }
        match match_at(sentence, &toks, k, anchor) {
            Some((_, Some(date), _)) => return Some(date),
            Some((end_tok, None, _)) => k = end_tok,
            None => k += 1,
        }
    }
}

/// Whether a date expression may start at the first byte of `s`: one starts
/// only at a number, or at a word that opens a date or names a month or a
/// day ([`match_at`]). Most lines that may be a bare date line start with
/// neither, and are spared reading their dates.
pub(crate) fn may_start_with_date(s: &str) -> bool {
    Tokens { s, i: 0 }.next().is_some_and(|first| {
        matches!(first.kind, Kind::Num(_))
            || matches!(first.lexeme, Lexeme::Opener(_) | Lexeme::Month(_) | Lexeme::Weekday(_))
    })
}

/// [`match_at`] at token `k` looks at no token past `k + MATCH_REACH - 1`
/// ("on Wednesday, September 28, 2016": `k + 6`).
const MATCH_REACH: usize = 7;

/// Every date expression in `sentence`, left to right, not overlapping.
pub fn find_dates(sentence: &str, anchor: Option<NaiveDate>) -> Vec<DateExpr<'_>> {
    if !may_hold_date(sentence) {
        return Vec::new();
    }
    let toks = tokenize(sentence);
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        match match_at(sentence, &toks, k, anchor) {
            Some((end_tok, date, precision)) => {
                let span = toks[k].start..toks[end_tok - 1].end;
                out.push(DateExpr { text: &sentence[span.clone()], span, date, precision });
                k = end_tok;
            }
            None => k += 1,
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Word,
    Num(u32),
    Comma,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// Digits in a number token (4 for a year).
    digits: u8,
    /// What a word is to a date, found once as the word is read.
    lexeme: Lexeme,
}

fn tokenize(s: &str) -> Vec<Tok> {
    // About a token for every five bytes of a sentence, allocated once.
    let mut toks = Vec::with_capacity(s.len() / 4);
    toks.extend(Tokens { s, i: 0 });
    toks
}

/// The tokens of a sentence, read one at a time: from byte `i` on.
struct Tokens<'a> {
    s: &'a str,
    i: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let (s, b) = (self.s, self.s.as_bytes());
        let mut i = self.i;
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n') {
            i += 1;
        }
        let &c = b.get(i)?;
        let start = i;
        let tok = if c.is_ascii_alphabetic() {
            i = b[i..].iter().position(|c| !c.is_ascii_alphabetic()).map_or(b.len(), |n| i + n);
            // "Sept." keeps its period when it is a month abbreviation.
            if i < b.len() && b[i] == b'.' && is_month_abbreviation(&s[start..i]) {
                i += 1;
            }
            Tok { start, end: i, kind: Kind::Word, digits: 0, lexeme: lexeme(b, start..i) }
        } else if c.is_ascii_digit() {
            let mut v: u32 = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add((b[i] - b'0') as u32);
                i += 1;
            }
            let digits = (i - start).min(255) as u8;
            // Ordinal suffix: "3rd", "28th".
            if i + 1 < b.len() && digits <= 2 {
                let suf = &b[i..i + 2];
                if matches!(suf, b"st" | b"nd" | b"rd" | b"th")
                    && !(i + 2 < b.len() && b[i + 2].is_ascii_alphanumeric())
                {
                    i += 2;
                }
            }
            Tok { start, end: i, kind: Kind::Num(v), digits, lexeme: Lexeme::None }
        } else if c == b',' {
            i += 1;
            Tok { start, end: i, kind: Kind::Comma, digits: 0, lexeme: Lexeme::None }
        } else {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            Tok { start, end: i, kind: Kind::Other, digits: 0, lexeme: Lexeme::None }
        };
        self.i = i;
        Some(tok)
    }
}

fn is_month_abbreviation(w: &str) -> bool {
    w.len() <= 4 && month_of(w).is_some() && !matches!(w, "May" | "June" | "July" | "MAY" | "JUNE" | "JULY")
}

/// Month number of a capitalized month name or abbreviation ("Sept", "Sept."),
/// as the date words' table ([`lexeme`]) has them.
fn month_of(w: &str) -> Option<u32> {
    let bare = w.strip_suffix('.').unwrap_or(w);
    // The table reads words of ASCII letters (and a month's period) only.
    if bare.is_empty() || !bare.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    match lexeme(w.as_bytes(), 0..w.len()) {
        Lexeme::Month(m) => Some(m),
        _ => None,
    }
}

/// Month number of a capitalized month name or abbreviation, for datelines.
pub(crate) fn month_number(w: &str) -> Option<u32> {
    month_of(w)
}

fn lexeme_at(toks: &[Tok], k: usize) -> Lexeme {
    toks.get(k).map_or(Lexeme::None, |t| t.lexeme)
}

fn month_at(toks: &[Tok], k: usize) -> Option<u32> {
    match lexeme_at(toks, k) {
        Lexeme::Month(m) => Some(m),
        _ => None,
    }
}

fn weekday_at(toks: &[Tok], k: usize) -> Option<Weekday> {
    match lexeme_at(toks, k) {
        Lexeme::Weekday(d) => Some(d),
        _ => None,
    }
}

fn day_at(toks: &[Tok], k: usize) -> Option<u32> {
    match toks.get(k) {
        Some(Tok { kind: Kind::Num(v), digits: 1 | 2, .. }) if (1..=31).contains(v) => Some(*v),
        _ => None,
    }
}

fn year_at(toks: &[Tok], k: usize) -> Option<i32> {
    match toks.get(k) {
        Some(Tok { kind: Kind::Num(v), digits: 4, end, start, .. })
            if (1800..=2200).contains(v) && end - start == 4 =>
        {
            Some(*v as i32)
        }
        _ => None,
    }
}

fn comma_at(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.kind == Kind::Comma)
}

/// A year after a month-day: ", 2016" or " 2016". Returns (year, next token).
fn year_after(toks: &[Tok], k: usize) -> Option<(i32, usize)> {
    if let Some(y) = year_at(toks, k) {
        return Some((y, k + 1));
    }
    if comma_at(toks, k) {
        if let Some(y) = year_at(toks, k + 1) {
            return Some((y, k + 2));
        }
    }
    None
}

/// Month-day without a year, placed relative to the anchor.
fn month_day_near(anchor: Option<NaiveDate>, month: u32, day: u32) -> Option<NaiveDate> {
    let a = anchor?;
    let d = NaiveDate::from_ymd_opt(a.year(), month, day)?;
    if (d - a).num_days() > FUTURE_SLACK_DAYS {
        NaiveDate::from_ymd_opt(a.year() - 1, month, day)
    } else {
        Some(d)
    }
}

fn weekday_on_or_before(a: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (a.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    a - Days::new(back as u64)
}

type Match = (usize, Option<NaiveDate>, Precision);

/// A date starting at token `k` (after any preposition): returns the token
/// after it, the date and its precision.
fn core_at(s: &str, toks: &[Tok], k: usize, anchor: Option<NaiveDate>) -> Option<Match> {
    let t = toks.get(k)?;
    // ISO 2016-09-28 (also the date part of 2016-09-28T12:00:00Z).
    if t.kind != Kind::Word && t.digits == 4 {
        let b = &s.as_bytes()[t.start..];
        if b.len() >= 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b[..10].iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        {
            let date = NaiveDate::parse_from_str(&s[t.start..t.start + 10], "%Y-%m-%d").ok()?;
            // Tokens: 2016, -, 09, -, 28
            return Some((k + 5, Some(date), Precision::Day));
        }
    }
    // [Weekday[,]] then an explicit date: "Wednesday, September 28, 2016".
    if let Some(wd) = weekday_at(toks, k) {
        let next = if comma_at(toks, k + 1) { k + 2 } else { k + 1 };
        if let Some(m) = core_explicit(toks, next, anchor) {
            return Some(m);
        }
        let date = anchor.map(|a| weekday_on_or_before(a, wd));
        return Some((k + 1, date, Precision::Day));
    }
    core_explicit(toks, k, anchor)
}

/// Month-day or day-month, with or without year, or month-year.
fn core_explicit(toks: &[Tok], k: usize, anchor: Option<NaiveDate>) -> Option<Match> {
    if let Some(month) = month_at(toks, k) {
        if let Some(day) = day_at(toks, k + 1) {
            if let Some((year, next)) = year_after(toks, k + 2) {
                return Some((next, NaiveDate::from_ymd_opt(year, month, day), Precision::Day));
            }
            return Some((k + 2, month_day_near(anchor, month, day), Precision::Day));
        }
        if let Some(year) = year_at(toks, k + 1) {
            return Some((k + 2, NaiveDate::from_ymd_opt(year, month, 1), Precision::Month));
        }
        return None;
    }
    if let Some(day) = day_at(toks, k) {
        if let Some(month) = month_at(toks, k + 1) {
            if let Some(year) = year_at(toks, k + 2) {
                return Some((k + 3, NaiveDate::from_ymd_opt(year, month, day), Precision::Day));
            }
            return Some((k + 2, month_day_near(anchor, month, day), Precision::Day));
        }
    }
    None
}

fn match_at(s: &str, toks: &[Tok], k: usize, anchor: Option<NaiveDate>) -> Option<Match> {
    let opener = match lexeme_at(toks, k) {
        Lexeme::Opener(o) => Some(o),
        _ => None,
    };
    match opener {
        Some(Opener::On) => {
            if let Some(m) = core_at(s, toks, k + 1, anchor) {
                return Some(m);
            }
            return None;
        }
        Some(Opener::In | Opener::Since | Opener::Until | Opener::By) => {
            if let Some(year) = year_at(toks, k + 1) {
                return Some((k + 2, NaiveDate::from_ymd_opt(year, 1, 1), Precision::Year));
            }
            if let Some(m) = core_explicit(toks, k + 1, anchor) {
                return Some(m);
            }
            if let Some(month) = month_at(toks, k + 1) {
                let date = month_day_near(anchor, month, 1);
                return Some((k + 2, date, Precision::Month));
            }
            return None;
        }
        Some(Opener::Yesterday) => return Some((k + 1, anchor.map(|a| a - Days::new(1)), Precision::Day)),
        Some(Opener::Today | Opener::Tonight) => return Some((k + 1, anchor, Precision::Day)),
        Some(Opener::Tomorrow) => return Some((k + 1, anchor.map(|a| a + Days::new(1)), Precision::Day)),
        Some(rel @ (Opener::Last | Opener::This | Opener::Next)) => {
            let unit = match lexeme_at(toks, k + 1) {
                Lexeme::Unit(u) => Some(u),
                _ => None,
            };
            let a = anchor;
            let found = match (rel, unit) {
                (Opener::Last, Some(Unit::Week)) => Some((a.map(|a| a - Days::new(7)), Precision::Week)),
                (Opener::This, Some(Unit::Week)) => Some((a, Precision::Week)),
                (Opener::Next, Some(Unit::Week)) => Some((a.map(|a| a + Days::new(7)), Precision::Week)),
                (Opener::Last, Some(Unit::Month)) => {
                    Some((a.and_then(|a| a.checked_sub_months(Months::new(1))), Precision::Month))
                }
                (Opener::This, Some(Unit::Month)) => Some((a, Precision::Month)),
                (Opener::Next, Some(Unit::Month)) => {
                    Some((a.and_then(|a| a.checked_add_months(Months::new(1))), Precision::Month))
                }
                (Opener::Last, Some(Unit::Year)) => {
                    Some((a.and_then(|a| a.checked_sub_months(Months::new(12))), Precision::Year))
                }
                (Opener::This, Some(Unit::Year)) => Some((a, Precision::Year)),
                (Opener::Next, Some(Unit::Year)) => {
                    Some((a.and_then(|a| a.checked_add_months(Months::new(12))), Precision::Year))
                }
                _ => None,
            };
            if let Some((date, precision)) = found {
                return Some((k + 2, date, precision));
            }
            if let Some(wd) = weekday_at(toks, k + 1) {
                let date = anchor.map(|a| {
                    let d = weekday_on_or_before(a, wd);
                    match rel {
                        Opener::Last if d == a => d - Days::new(7),
                        Opener::Next => d + Days::new(7),
                        _ => d,
                    }
                });
                return Some((k + 2, date, Precision::Day));
            }
            if let Some(month) = month_at(toks, k + 1) {
                let date = anchor.and_then(|a| {
                    let d = NaiveDate::from_ymd_opt(a.year(), month, 1)?;
                    match rel {
                        Opener::Last if d > a => NaiveDate::from_ymd_opt(a.year() - 1, month, 1),
                        Opener::Next if d <= a => NaiveDate::from_ymd_opt(a.year() + 1, month, 1),
                        _ => Some(d),
                    }
                });
                return Some((k + 2, date, Precision::Month));
            }
            return None;
        }
        _ => {}
    }
    core_at(s, toks, k, anchor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn month_numbers_of_capitalized_names_and_abbreviations() {
        for (word, month) in
            [("Sept", Some(9)), ("Sept.", Some(9)), ("SEPT", Some(9)), ("May", Some(5)), ("December", Some(12))]
        {
            assert_eq!(month_number(word), month, "{word}");
        }
        for word in ["sept", "may", "Septembers", "Sept..", "Ma1", "Séptembre", "", ".", "Monday", "On"] {
            assert_eq!(month_number(word), None, "{word:?}");
        }
    }

    /// (sentence, anchor, expected [(text, date, precision)]).
    #[test]
    fn table() {
        use Precision::*;
        // 2016-09-28 is a Wednesday.
        type Row<'a> = (&'a str, Option<&'a str>, &'a [(&'a str, Option<&'a str>, Precision)]);
        let rows: &[Row] = &[
            ("Kerry called on Wednesday.", Some("2016-09-28"), &[("on Wednesday", Some("2016-09-28"), Day)]),
            ("Kerry called Wednesday.", Some("2016-09-28"), &[("Wednesday", Some("2016-09-28"), Day)]),
            ("They met on Saturday.", Some("2016-09-28"), &[("on Saturday", Some("2016-09-24"), Day)]),
            ("They met on Thursday.", Some("2016-09-28"), &[("on Thursday", Some("2016-09-22"), Day)]),
            ("They met last Wednesday.", Some("2016-09-28"), &[("last Wednesday", Some("2016-09-21"), Day)]),
            ("They meet next Monday.", Some("2016-09-28"), &[("next Monday", Some("2016-10-03"), Day)]),
            ("It fell yesterday.", Some("2016-03-01"), &[("yesterday", Some("2016-02-29"), Day)]),
            ("Today the vote failed.", Some("2016-09-28"), &[("Today", Some("2016-09-28"), Day)]),
            ("He said so last week.", Some("2016-09-28"), &[("last week", Some("2016-09-21"), Week)]),
            ("He said so last month.", Some("2016-03-31"), &[("last month", Some("2016-02-29"), Month)]),
            ("Talks resume this week.", Some("2016-09-28"), &[("this week", Some("2016-09-28"), Week)]),
            ("The strike on Sept. 12 was lethal.", Some("2016-09-28"), &[("on Sept. 12", Some("2016-09-12"), Day)]),
            (
                "The strike on September 12 was lethal.",
                Some("2016-09-28"),
                &[("on September 12", Some("2016-09-12"), Day)],
            ),
            ("Filling began June 3.", Some("2023-06-04"), &[("June 3", Some("2023-06-03"), Day)]),
            ("The deal of December 20 held.", Some("2024-01-05"), &[("December 20", Some("2023-12-20"), Day)]),
            ("The summit on March 2 is planned.", Some("2025-02-10"), &[("on March 2", Some("2025-03-02"), Day)]),
            ("It began in 2011.", Some("2016-09-28"), &[("in 2011", Some("2011-01-01"), Year)]),
            ("Published on 26 May 2022 at noon.", None, &[("on 26 May 2022", Some("2022-05-26"), Day)]),
            ("Wednesday, September 28, 2016", None, &[("Wednesday, September 28, 2016", Some("2016-09-28"), Day)]),
            // The longest reach of a match: seven tokens from "on".
            (
                "They met on Wednesday, September 28, 2016",
                None,
                &[("on Wednesday, September 28, 2016", Some("2016-09-28"), Day)],
            ),
            ("as of September 28, 2016, talks", None, &[("September 28, 2016", Some("2016-09-28"), Day)]),
            ("dated 2016-09-28T12:00:00Z", None, &[("2016-09-28", Some("2016-09-28"), Day)]),
            ("The 3rd of May", None, &[]),
            ("on 3rd May 2020", None, &[("on 3rd May 2020", Some("2020-05-03"), Day)]),
            ("They met in May 2019.", None, &[("in May 2019", Some("2019-05-01"), Month)]),
            ("They met in May.", Some("2019-09-01"), &[("in May", Some("2019-05-01"), Month)]),
            ("Kerry called on Wednesday.", None, &[("on Wednesday", None, Day)]),
            ("yesterday and today", None, &[("yesterday", None, Day), ("today", None, Day)]),
            ("Troops may march 3 miles; Jan Egeland spoke.", Some("2016-09-28"), &[]),
            (
                "In 2015 and on Feb. 30",
                Some("2016-09-28"),
                &[("In 2015", Some("2015-01-01"), Year), ("on Feb. 30", None, Day)],
            ),
            ("The year 2011 was hard; 1,200 died.", Some("2016-09-28"), &[]),
        ];
        for (sentence, anchor, expected) in rows {
            let found = find_dates(sentence, anchor.map(d));
            let got: Vec<_> = found.iter().map(|e| (e.text, e.date, e.precision)).collect();
            let want: Vec<_> = expected.iter().map(|(t, date, p)| (*t, date.map(d), *p)).collect();
            assert_eq!(got, want, "{sentence:?}");
            assert_eq!(first_date(sentence, anchor.map(d)), found.iter().find_map(|e| e.date), "{sentence:?}");
            for e in &found {
                assert_eq!(&sentence[e.span.clone()], e.text);
            }
        }
    }

    #[test]
    fn parse_date_takes_first_full_date() {
        assert_eq!(parse_date("Published: 26 May 2022"), Some(d("2022-05-26")));
        assert_eq!(parse_date("Updated Sept. 3 and March 4, 2025 3:15 PM"), Some(d("2025-03-04")));
        assert_eq!(parse_date("on Wednesday"), None);
    }

    #[test]
    fn dates_start_only_where_may_start_with_date_says() {
        let starting = ["Wednesday, September 28, 2016", "on Wednesday", "28 Sept. 2016", "2016-09-28T12:00:00Z"];
        let not_starting =
            ["Kerry said on Wednesday, September 28, 2016", "(September 28, 2016)", "Émile, March 4", ""];
        for s in starting.into_iter().chain(not_starting) {
            let starts_at_zero = find_dates(s, None).first().is_some_and(|d| d.span.start == 0);
            assert_eq!(starts_at_zero, may_start_with_date(s), "{s:?}");
        }
    }

    #[test]
    fn sentences_without_date_words_are_not_read() {
        let anchor = chrono::NaiveDate::from_ymd_opt(2016, 9, 28);
        let with = [
            "Kerry met Lavrov on Wednesday.",
            "The talks of mid-January 2015 failed.",
            "Troops left in 2014.",
            "Russia warned Turkey last week.",
            "The ministry said so YESTERDAY.",
            "They met Sept. 3 in Geneva.",
        ];
        for sentence in with {
            assert!(may_hold_date(sentence), "{sentence}");
            assert!(first_date(sentence, anchor).is_some(), "{sentence}");
        }
        let without = ["Kerry met Lavrov in Geneva.", "Russia warned Turkey on its border.", "Mayor Daydream spoke."];
        for sentence in without {
            assert!(!may_hold_date(sentence), "{sentence}");
            assert!(first_date(sentence, anchor).is_none(), "{sentence}");
        }
    }
}
