//! The dateline opening a wire story: "WASHINGTON (AP) — ",
//! "MANILA, Philippines (AP) — ", "ADDIS ABABA, June 3 (Reuters) - ",
//! "UNITED NATIONS -- ", "KYIV, Ukraine — ", "Geneva (Reuters) - ".
//!
//! Grammar, scanned by hand: PLACE [, REGION] [, MONTH DAY] [(AGENCY)] DASH.
//! PLACE is one to four words, all in capitals; or, only when an agency or
//! a date follows, in title case. DASH is "-", "--", "–", "—" or "―".

use super::dates;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dateline<'a> {
    /// As written, region included: "MANILA, Philippines".
    pub place: &'a str,
    pub agency: Option<&'a str>,
    /// (month, day) when the dateline has a date.
    pub month_day: Option<(u32, u32)>,
    /// Bytes of the dateline, separator and following spaces included.
    pub len: usize,
}

/// Words in capitals that open a paragraph with a dash but are no place.
const NOT_PLACES: &[&str] = &[
    "UN",
    "U.N.",
    "EU",
    "US",
    "U.S.",
    "UK",
    "AU",
    "NATO",
    "ASEAN",
    "IAEA",
    "OPEC",
    "OSCE",
    "ECOWAS",
    "BRICS",
    "G7",
    "G20",
    "WHO",
    "ICC",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "EXCLUSIVE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "WATCH",
    "LIVE",
    "CORRECTION",
    "NOTE",
    "EDITOR'S",
];

const DASHES: &[&str] = &["--", "—", "–", "―", "-"];

fn is_break(c: char) -> bool {
    matches!(c, ' ' | ',' | '(' | '—' | '–' | '―' | '\t')
}

/// The word starting at `i` (up to a space, comma, parenthesis or dash).
fn word_at(s: &str, i: usize) -> &str {
    let rest = &s[i..];
    let end = rest.find(is_break).unwrap_or(rest.len());
    // A word is short: looked for pair by pair, "--" is found without setting up a substring search.
    let end = rest.as_bytes()[..end].windows(2).position(|w| w == b"--").unwrap_or(end);
    let w = &rest[..end];
    // "NATIONS--" : a trailing ASCII dash is the separator.
    w.trim_end_matches('-')
}

fn all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            letters += 1;
        } else if !matches!(c, '.' | '\'' | '’' | '-') {
            return false;
        }
    }
    letters >= 2 || (letters == 1 && w.len() >= 2 && w.ends_with('.'))
}

fn title_case(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
}

fn skip_spaces(s: &str, mut i: usize) -> usize {
    while s[i..].starts_with([' ', '\t']) {
        i += 1;
    }
    i
}

/// The dateline at the start of `s`, if there is one.
pub(crate) fn parse(s: &str) -> Option<Dateline<'_>> {
    let first = word_at(s, 0);
    let caps = all_caps(first);
    if !caps && !title_case(first) {
        return None;
    }
    // PLACE
    let mut i = first.len();
    let mut place_end = i;
    let mut words = 1;
    loop {
        let j = skip_spaces(s, i);
        if j == i || j >= s.len() {
            break;
        }
        let w = word_at(s, j);
        let fits =
            if caps { all_caps(w) } else { title_case(w) || matches!(w, "de" | "la" | "el" | "al" | "es" | "do") };
        if w.is_empty() || !fits || words == 4 || DASHES.contains(&w) {
            break;
        }
        i = j + w.len();
        place_end = i;
        words += 1;
    }
    let mut region = false;
    let mut month_day = None;
    // [, REGION] [, MONTH DAY]
    while s[i..].starts_with(',') {
        let j = skip_spaces(s, i + 1);
        let w = word_at(s, j);
        if let Some(month) = dates::month_number(w) {
            let k = skip_spaces(s, j + w.len());
            let digits = s[k..].bytes().take_while(u8::is_ascii_digit).count();
            if (1..=2).contains(&digits) {
                let day: u32 = s[k..k + digits].parse().ok()?;
                if !(1..=31).contains(&day) {
                    return None;
                }
                month_day = Some((month, day));
                i = k + digits;
                continue;
            }
            return None;
        }
        if month_day.is_some() || region || !(title_case(w) || all_caps(w)) {
            return None;
        }
        // Up to three words: "Philippines", "Calif.", "Democratic Republic of Congo".
        let mut k = j + w.len();
        let mut n = 1;
        loop {
            let m = skip_spaces(s, k);
            let w2 = word_at(s, m);
            if m == k || n == 4 || w2.is_empty() || !(title_case(w2) || w2 == "of") {
                break;
            }
            k = m + w2.len();
            n += 1;
        }
        region = true;
        place_end = k;
        i = k;
    }
    // [(AGENCY)]
    let mut agency = None;
    let j = skip_spaces(s, i);
    if s[j..].starts_with('(') {
        let close = s[j..].find(')').filter(|&c| c <= 40)?;
        let inner = s[j + 1..j + close].trim();
        let n = inner.split_whitespace().count();
        if n == 0 || n > 5 || !inner.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        agency = Some(inner);
        i = j + close + 1;
    }
    // DASH
    let j = skip_spaces(s, i);
    let dash = DASHES.iter().find(|d| s[j..].starts_with(**d))?;
    let after = j + dash.len();
    // "WASHINGTON-based" is no dateline: the dash must be followed by a
    // space, or the text must go on right after an em dash.
    let next = s[after..].chars().next();
    if *dash == "-" && next.is_some_and(|c| c != ' ') {
        return None;
    }
    let len = skip_spaces(s, after);
    let place = &s[..place_end];
    if !caps && agency.is_none() && month_day.is_none() {
        return None;
    }
    if caps && !region && agency.is_none() && month_day.is_none() && (words == 1 && NOT_PLACES.contains(&place)) {
        return None;
    }
    if place_end > 60 {
        return None;
    }
    Some(Dateline { place, agency, month_day, len })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (paragraph start, place, agency, month-day, rest of the paragraph).
    #[test]
    fn table() {
        type Row<'a> = (&'a str, Option<(&'a str, Option<&'a str>, Option<(u32, u32)>, &'a str)>);
        let rows: &[Row] = &[
            ("WASHINGTON (AP) - Kerry spoke.", Some(("WASHINGTON", Some("AP"), None, "Kerry spoke."))),
            ("WASHINGTON (AP) — Kerry spoke.", Some(("WASHINGTON", Some("AP"), None, "Kerry spoke."))),
            ("WASHINGTON (AP)—Kerry spoke.", Some(("WASHINGTON", Some("AP"), None, "Kerry spoke."))),
            (
                "MANILA, Philippines (AP) — The coast guard said.",
                Some(("MANILA, Philippines", Some("AP"), None, "The coast guard said.")),
            ),
            (
                "ADDIS ABABA, June 3 (Reuters) - Egypt said.",
                Some(("ADDIS ABABA", Some("Reuters"), Some((6, 3)), "Egypt said.")),
            ),
            ("BRUSSELS (Balkan Wire) — Leaders met.", Some(("BRUSSELS", Some("Balkan Wire"), None, "Leaders met."))),
            ("UNITED NATIONS -- Russia vetoed.", Some(("UNITED NATIONS", None, None, "Russia vetoed."))),
            ("UNITED NATIONS--Russia vetoed.", Some(("UNITED NATIONS", None, None, "Russia vetoed."))),
            ("LONDON, March 3 (AFP) - Britain said.", Some(("LONDON", Some("AFP"), Some((3, 3)), "Britain said."))),
            ("LONDON, Sept. 3 (AFP) -", Some(("LONDON", Some("AFP"), Some((9, 3)), ""))),
            ("KYIV, Ukraine — Drones hit.", Some(("KYIV, Ukraine", None, None, "Drones hit."))),
            ("OSLO (AP) — Norway warned.", Some(("OSLO", Some("AP"), None, "Norway warned."))),
            ("Geneva (Reuters) - Talks began.", Some(("Geneva", Some("Reuters"), None, "Talks began."))),
            ("ST. PETERSBURG, Russia (AP) — x", Some(("ST. PETERSBURG, Russia", Some("AP"), None, "x"))),
            ("Russia — which vetoed the text — said no.", None),
            ("NATO — the alliance — said no.", None),
            ("Kerry said the U.S. would act.", None),
            ("The U.N. - which met - said.", None),
            ("WASHINGTON-based groups said.", None),
            ("“We came in good faith,” Gashi said.", None),
            ("U.S. Ambassador Doyle said.", None),
        ];
        for (input, expected) in rows {
            let got = parse(input).map(|d| (d.place, d.agency, d.month_day, &input[d.len..]));
            assert_eq!(got, *expected, "{input:?}");
        }
    }
}
