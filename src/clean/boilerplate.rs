//! Site boilerplate: copyright notices, comment and newsletter prompts,
//! social buttons, "Related:" link lists, agency credit lines. Only whole
//! units (paragraphs) or whole lines at a sentence boundary are dropped, and
//! only when they match one of the patterns below: a sentence of the story
//! is never cut.

use std::ops::Range;

use super::wrap::Line;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Keep,
    /// Drop this line or paragraph.
    Drop,
    /// Drop it and the rest of its paragraph (a notice wrapped over lines).
    DropRest,
}

/// Units longer than this are never boilerplate.
const MAX_WORDS: usize = 60;

/// Lines that are boilerplate when they are all there is (case-insensitive,
/// a final ':' or '.' ignored).
const EXACT: &[&str] = &[
    "advertisement",
    "ad",
    "share",
    "share this",
    "share this article",
    "share this story",
    "tweet",
    "email",
    "print",
    "comments",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "click to hide",
    "read more",
    "view comments",
    "show comments",
    "skip advertisement",
];

/// Starts (case-insensitive) of boilerplate lines and paragraphs.
const PREFIXES: &[(&str, Verdict)] = &[
    ("click to read more", Verdict::Drop),
    ("click to hide", Verdict::Drop),
    ("click here", Verdict::Drop),
    ("please read our comment policy", Verdict::Drop),
    ("subscribe to ", Verdict::Drop),
    ("subscribe now", Verdict::Drop),
    ("subscribe for ", Verdict::Drop),
    ("follow us on ", Verdict::Drop),
    ("like us on facebook", Verdict::Drop),
    ("share this article", Verdict::Drop),
    ("share this story", Verdict::Drop),
    ("share on ", Verdict::Drop),
    ("share via ", Verdict::Drop),
    ("story continues below", Verdict::Drop),
    ("this story has been corrected", Verdict::DropRest),
    ("this article has been corrected", Verdict::DropRest),
    ("this story has been updated", Verdict::DropRest),
    ("this article has been updated", Verdict::DropRest),
    ("(reporting by ", Verdict::DropRest),
    ("(additional reporting", Verdict::DropRest),
    ("additional reporting by ", Verdict::DropRest),
    ("(writing by ", Verdict::DropRest),
    ("(editing by ", Verdict::DropRest),
    ("(compiled by ", Verdict::DropRest),
];

/// The starts of lines that [`classify`] drops on more conditions than their
/// start: a newsletter sign-up, and a Reuters credit.
const SIGN_UP: &str = "sign up for";
const CREDITS: [&str; 3] = ["reporting by ", "writing by ", "editing by "];
const CONDITIONAL_PREFIXES: [&str; 4] = [SIGN_UP, CREDITS[0], CREDITS[1], CREDITS[2]];

/// Bit `b` is set if one of the [`PREFIXES`] or [`CONDITIONAL_PREFIXES`]
/// starts with the ASCII byte `b`.
const PREFIX_FIRST_BYTES: u128 = {
    let mut set = 0u128;
    let mut k = 0;
    while k < PREFIXES.len() {
        set |= 1 << PREFIXES[k].0.as_bytes()[0];
        k += 1;
    }
    let mut k = 0;
    while k < CONDITIONAL_PREFIXES.len() {
        set |= 1 << CONDITIONAL_PREFIXES[k].as_bytes()[0];
        k += 1;
    }
    set
};

/// The first three bytes of each of the [`PREFIXES`] and [`CONDITIONAL_PREFIXES`].
const PREFIX_STARTS: [[u8; 3]; PREFIXES.len() + CONDITIONAL_PREFIXES.len()] = {
    let mut starts = [[0u8; 3]; PREFIXES.len() + CONDITIONAL_PREFIXES.len()];
    let mut k = 0;
    while k < starts.len() {
        let p = if k < PREFIXES.len() { PREFIXES[k].0 } else { CONDITIONAL_PREFIXES[k - PREFIXES.len()] };
        let p = p.as_bytes();
        starts[k] = [p[0], p[1], p[2]];
        k += 1;
    }
    starts
};

/// Labels that open a list of links ("Related:" and the headlines after it).
const LINK_LABELS: &[&str] = &[
    "related:",
    "related stories",
    "related articles",
    "related coverage",
    "related content",
    "related links",
    "read more:",
    "see also:",
    "also read:",
    "more from ",
    "recommended:",
    "more on this story",
    "you may also like",
    "most read",
];

/// Bit `b` is set if one of the [`LINK_LABELS`] starts with the ASCII byte `b`.
const LABEL_FIRST_BYTES: u128 = {
    let mut set = 0u128;
    let mut k = 0;
    while k < LINK_LABELS.len() {
        set |= 1 << LINK_LABELS[k].as_bytes()[0];
        k += 1;
    }
    set
};

/// What to do with one line or paragraph of text.
pub(crate) fn classify(s: &str) -> Verdict {
    let s = s.trim();
    if !may_be_boilerplate(s) {
        return Verdict::Keep;
    }
    // Counting stops past the limit: a story paragraph is long.
    let words = s.split_whitespace().take(MAX_WORDS + 1).count();
    if words == 0 || words > MAX_WORDS {
        return Verdict::Keep;
    }
    if is_copyright(s) {
        return Verdict::DropRest;
    }
    let head = &s[..s.char_indices().nth(48).map_or(s.len(), |(i, _)| i)];
    let bare = s.trim_end_matches([':', '.', '…']).trim();
    if EXACT.iter().any(|exact| eq_lower(bare, exact)) {
        return Verdict::Drop;
    }
    for (prefix, verdict) in PREFIXES {
        if starts_with_lower(head, prefix) {
            return *verdict;
        }
    }
    // The rules that look for the rule words need not look when the line has none.
    let rule_word = has_rule_word(s);
    let first = first_sentence(s);
    if rule_word && (first.contains("All rights reserved") || first.contains("ALL RIGHTS RESERVED")) {
        return Verdict::DropRest;
    }
    if starts_with_lower(head, SIGN_UP)
        && (words <= 8 || ["newsletter", "inbox", "alerts", "email"].iter().any(|w| contains_lower(s, w)))
    {
        return Verdict::Drop;
    }
    // Reuters credit: "Reporting by X; Editing by Y", "Writing by X".
    if CREDITS.iter().any(|p| starts_with_lower(head, p))
        && (contains_lower(s, "editing by") || s.contains(';') || words <= 25)
    {
        return Verdict::DropRest;
    }
    // AP credit: "Associated Press writer X contributed to this report."
    if words <= 50
        && rule_word
        && (contains_lower(first, "contributed to this report") || contains_lower(first, "contributed reporting"))
    {
        return Verdict::DropRest;
    }
    Verdict::Keep
}

/// Lines of at most this many bytes may be one of the [`EXACT`] lines
/// (at most 18 characters, each at most 4 bytes).
const SHORT_LINE: usize = 4 * 18;

/// Words that some rule of [`classify`] looks for anywhere in its first
/// sentence, each with a pair of letters in it that is rare in English: the
/// line is searched (ignoring ASCII case) only for those pairs, and the
/// word compared where one is.
const RULE_WORDS: [(&str, [u8; 2]); 2] = [("all rights reserved", *b"rv"), ("contributed", *b"ib")];

/// `s` contains one of the [`RULE_WORDS`], ignoring ASCII case.
fn has_rule_word(s: &str) -> bool {
    let b = s.as_bytes();
    // Joined by `|` and `&`, not `||`, `&&` or `any`, the comparisons run on
    // many bytes at once.
    let is_pair = |x: u8, y: u8| {
        RULE_WORDS.iter().fold(false, |any, (_, [p, q])| any | (((x | 0x20) == *p) & ((y | 0x20) == *q)))
    };
    let word_at = |k: usize| {
        RULE_WORDS.iter().any(|(word, pair)| {
            let offset = word.as_bytes().windows(2).position(|w| w == pair).expect("the pair is in the word");
            k.checked_sub(offset)
                .and_then(|start| b.get(start..start + word.len()))
                .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
        })
    };
    // The pairs starting in `range`, tested at once, with no early exit.
    let any_pair_in = |range: Range<usize>| {
        let pairs = b[range.clone()].iter().zip(&b[range.start + 1..range.end + 1]);
        pairs.fold(false, |any, (&x, &y)| any | is_pair(x, y))
    };
    // Most lines have no pair at all; in a line with one, only the blocks of
    // sixteen pairs that have one are looked at pair by pair.
    let pair_starts = b.len().saturating_sub(1);
    any_pair_in(0..pair_starts)
        && (0..pair_starts)
            .step_by(16)
            .map(|start| start..(start + 16).min(pair_starts))
            .any(|block| any_pair_in(block.clone()) && block.into_iter().any(|k| is_pair(b[k], b[k + 1]) && word_at(k)))
}

/// False only if no rule of [`classify`] can call `s` boilerplate: it is
/// not short, starts with no pattern and has none of the [`RULE_WORDS`].
/// Nearly every line is story text, and this spares it the rules' many
/// case-insensitive comparisons and scans.
fn may_be_boilerplate(s: &str) -> bool {
    let bare = s.trim_end_matches([':', '.', '…']).trim();
    let copyright = s.starts_with('©') || s.starts_with("Copyright") || s.starts_with("COPYRIGHT");
    if bare.len() <= SHORT_LINE || copyright || s.starts_with('(') {
        return true; // an exact line, a copyright notice, a credit in brackets
    }
    // A line can only start with the patterns (all ASCII) whose first three
    // bytes are its own lower-cased, when those are ASCII ("The" is not "thi"),
    // else that start with its first character in lower case: most lines are
    // out at these tests.
    let may_start = match *s.as_bytes() {
        [a, b, c, ..] if (a | b | c).is_ascii() => PREFIX_STARTS.contains(&[a, b, c].map(|x| x.to_ascii_lowercase())),
        _ => {
            let first = s.chars().next().and_then(|c| c.to_lowercase().next());
            first.is_some_and(|c| c.is_ascii() && PREFIX_FIRST_BYTES & (1 << c as u32) != 0)
        }
    };
    let starts = |prefix: &str| starts_with_lower(s, prefix);
    may_start && (PREFIXES.iter().any(|(prefix, _)| starts(prefix)) || CONDITIONAL_PREFIXES.into_iter().any(starts))
        || has_rule_word(s)
}

// Case-insensitive tests against a lower-case ASCII pattern, with the
// same answers as on `s.to_lowercase()` but without making that copy:
// every line is looked at, so the copies were one of the larger costs of
// cleaning. (The one context-dependent lowering, of a final 'Σ', gives a
// non-ASCII letter either way, which no pattern has.)

fn lowered(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().flat_map(char::to_lowercase)
}

fn eq_lower(s: &str, lower: &str) -> bool {
    if s.is_ascii() {
        // Lengths first: nearly every comparison ends there.
        return s.eq_ignore_ascii_case(lower);
    }
    lowered(s).eq(lower.chars())
}

// Inlined where it is called, with only the test of the first byte: nearly
// every line is out there.
#[inline(always)]
fn starts_with_lower(s: &str, lower: &str) -> bool {
    if let (Some(b), Some(p)) = (s.as_bytes().first(), lower.as_bytes().first()) {
        if b.is_ascii() && b.to_ascii_lowercase() != *p {
            return false;
        }
    }
    starts_with_lower_past_first(s, lower)
}

fn starts_with_lower_past_first(s: &str, lower: &str) -> bool {
    // Byte by byte, as an ASCII character is one byte and lower-cases to one.
    debug_assert!(lower.is_ascii());
    let (bytes, pattern) = (s.as_bytes(), lower.as_bytes());
    match bytes.iter().zip(pattern).position(|(b, p)| b.to_ascii_lowercase() != *p) {
        // Each byte matched one of the pattern's, so each was an ASCII character.
        None => bytes.len() >= pattern.len(),
        Some(k) if bytes[k].is_ascii() => false,
        // A non-ASCII character may lower-case to ASCII (the Kelvin sign to
        // 'k'), but nearly all lower-case to other non-ASCII characters,
        // which no pattern has ("“We will ...").
        Some(k) if s[k..].chars().next().and_then(|c| c.to_lowercase().next()).is_some_and(|c| !c.is_ascii()) => false,
        Some(_) => {
            let mut chars = lowered(s);
            lower.chars().all(|c| chars.next() == Some(c))
        }
    }
}

/// Compares bytes, ignoring ASCII case. That is exact for any `s`: the
/// only non-ASCII letters that lower-case to ASCII are the Kelvin sign
/// (to 'k') and 'İ' (to 'i' and a combining dot), so for a pattern with
/// no 'k' and no final 'i' every match in `s.to_lowercase()` comes from
/// ASCII bytes of `s`, and every ASCII match in `s` is one there.
fn contains_lower(s: &str, lower: &str) -> bool {
    debug_assert!(lower.is_ascii() && !lower.contains('k') && !lower.ends_with('i'));
    let (s, lower) = (s.as_bytes(), lower.as_bytes());
    let Some((&first, rest)) = lower.split_first() else { return true };
    (0..s.len().saturating_sub(rest.len()))
        .any(|i| s[i].to_ascii_lowercase() == first && s[i + 1..i + 1 + rest.len()].eq_ignore_ascii_case(rest))
}

/// `s` up to the end of its first sentence: a full stop after a lowercase
/// word of four letters or more ("room."), not after "Ltd." or "U.S.".
fn first_sentence(s: &str) -> &str {
    let b = s.as_bytes();
    // The ". " of the line, without setting up a substring search for two bytes.
    for k in (1..b.len()).filter(|&k| b[k] == b' ' && b[k - 1] == b'.').map(|k| k - 1) {
        let word_start = s[..k].rfind(' ').map_or(0, |p| p + 1);
        let w = &b[word_start..k];
        if w.len() >= 4 && w.iter().all(u8::is_ascii_lowercase) {
            return &s[..k + 1];
        }
    }
    s
}

/// "© 2023 ...", "Copyright © 2024 ...", "Copyright 2025 The ...", "(c) 2020".
fn is_copyright(s: &str) -> bool {
    if s.starts_with('©') {
        return true;
    }
    let rest = if let Some(r) = s.strip_prefix("Copyright").or_else(|| s.strip_prefix("COPYRIGHT")) {
        r.trim_start()
    } else if let Some(r) = s.strip_prefix("(c) ").or_else(|| s.strip_prefix("(C) ")) {
        r
    } else {
        return false;
    };
    let rest = rest
        .strip_prefix('©')
        .or_else(|| rest.strip_prefix("(c)"))
        .or_else(|| rest.strip_prefix("(C)"))
        .unwrap_or(rest);
    let rest = rest.trim_start();
    rest.len() >= 4 && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
}

/// A link-list label at the start of `s`: `Some(true)` if it is all of `s`.
/// Labels with a colon ("Related:", "Read more:") may have a headline after
/// them on the same line; labels without ("Related stories") must be alone.
pub(crate) fn link_label(s: &str) -> Option<bool> {
    // Most lines are out at their first byte, nearly all the others at their
    // first two letters, before any copy is made. (The labels are ASCII, and
    // no other character lower-cases to the first letter of one.)
    let first = s.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !first.is_ascii()
        || LABEL_FIRST_BYTES & (1 << first) == 0
        || !LINK_LABELS.iter().any(|label| starts_with_lower(s, &label[..2]))
    {
        return None;
    }
    let lower = s.chars().take(40).collect::<String>().to_lowercase();
    let bare = lower.trim_end_matches([':', ' ']);
    for label in LINK_LABELS {
        if let Some(stem) = label.strip_suffix(':') {
            if bare == stem {
                return Some(true);
            }
            if lower.starts_with(label) {
                return Some(s.len() <= label.len() || s[label.len()..].trim().is_empty());
            }
        } else if bare == label.trim_end()
            || (*label == "more from "
                && lower.starts_with(label)
                && is_title_line(s)
                && s.split_whitespace().count() <= 6)
        {
            return Some(true);
        }
    }
    None
}

/// A line that is only a headline: short, no final full stop.
pub(crate) fn is_title_line(s: &str) -> bool {
    let s = s.trim();
    let words = s.split_whitespace().count();
    if words == 0 || words > 20 {
        return false;
    }
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')']);
    !(t.ends_with('.') || t.ends_with(';') || t.ends_with(':') || t.ends_with(','))
}

/// A line that ends a sentence, so that the next line may start a notice.
pub(crate) fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']);
    t.ends_with(['.', '!', '?'])
}

/// Mark boilerplate lines as not kept.
pub(crate) fn mark(text: &str, lines: &[Line], units: &[Range<usize>], keep: &mut [bool]) {
    let line = |li: usize| &text[lines[li].start..lines[li].end];
    let mut u = 0;
    while u < units.len() {
        let unit = units[u].clone();
        if let Some(alone) = link_label(line(unit.start)) {
            keep[unit.start] = false;
            let mut budget = 15usize;
            let mut li = unit.start + 1;
            while li < unit.end && budget > 0 && is_title_line(line(li)) {
                keep[li] = false;
                li += 1;
                budget -= 1;
            }
            if alone && unit.len() == 1 {
                // "Related:" alone: the headlines may follow as paragraphs.
                while u + 1 < units.len() {
                    let next = units[u + 1].clone();
                    if next.len() > budget || !next.clone().all(|k| is_title_line(line(k))) {
                        break;
                    }
                    next.clone().for_each(|k| keep[k] = false);
                    budget -= next.len();
                    u += 1;
                }
            }
            u += 1;
            continue;
        }
        let verdict = if unit.len() == 1 {
            classify(line(unit.start))
        } else if unit.len() <= 8 {
            let joined = unit.clone().map(line).collect::<Vec<_>>().join(" ");
            classify(&joined)
        } else {
            Verdict::Keep
        };
        if verdict != Verdict::Keep {
            unit.clone().for_each(|k| keep[k] = false);
            u += 1;
            continue;
        }
        // A notice glued under the story's last sentence, in the same paragraph.
        for li in unit.start + 1..unit.end {
            if keep[li - 1] && !ends_sentence(line(li - 1)) {
                continue;
            }
            match classify(line(li)) {
                Verdict::Keep => {}
                Verdict::Drop => keep[li] = false,
                Verdict::DropRest => {
                    (li..unit.end).for_each(|k| keep[k] = false);
                    break;
                }
            }
        }
        u += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_table() {
        use Verdict::*;
        let rows: &[(&str, Verdict)] = &[
            ("Copyright © 2024 The Daily Planet, LLC.", DropRest),
            ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published.", DropRest),
            ("© 2023 Fjord Wire Services Ltd. All rights reserved.", DropRest),
            ("Copyright lawyers said the treaty was vague.", Keep),
            ("Please read our comment policy before commenting.", Drop),
            ("Click to Read More and View Comments", Drop),
            ("Click to Hide", Drop),
            ("Click here to subscribe", Drop),
            ("Sign up for our World News newsletter to get the top stories in your inbox.", Drop),
            ("Sign up for the talks was slow, the minister said, and only six states came.", Keep),
            ("Subscribe to our daily briefing", Drop),
            ("Advertisement", Drop),
            ("ADVERTISEMENT", Drop),
            ("Share this article", Drop),
            ("Share on Facebook", Drop),
            ("Follow us on Twitter", Drop),
            ("This story has been corrected to show the vote was 13-2.", DropRest),
            ("Reporting by Ana Lind; Editing by Tom Berg", DropRest),
            ("(Reporting by Ana Lind in Oslo and Per Dahl in Bergen; Editing by Tom Berg)", DropRest),
            ("Associated Press writer Ana Lind in Oslo contributed to this report.", DropRest),
            ("Reporting by state media suggested the envoy had left Oslo after talks collapsed, while officials in Bergen said the delegation would stay for another week of meetings.", Keep),
            ("The minister said all rights reserved for the coastal states under the convention would be respected, and that the navy would stay.", Keep),
            ("The minister shared the statement on Facebook.", Keep),
            ("Related coverage of the talks was thin, the minister said.", Keep),
            // Past the short-line bound only by the marks `classify` ignores.
            (&format!("Advertisement{}", ".".repeat(80)), Drop),
            ("  THIS ARTICLE HAS BEEN UPDATED WITH COMMENTS FROM THE FOREIGN MINISTRY IN OSLO.", DropRest),
            ("Our correspondents in Oslo and in Bergen CONTRIBUTED REPORTING for this story.", DropRest),
        ];
        for (s, expected) in rows {
            assert_eq!(classify(s), *expected, "{s:?}");
        }
    }

    #[test]
    fn lower_case_tests_agree_with_to_lowercase() {
        let texts = [
            "Émile Roux contributed to this report.",
            "CONTRIBUTED TO THIS REPORT",
            "contrİbuted reporting",
            "ΣΑΣ said, editing by",
            "Reporting by Ana; EDITING BY Per",
            "Sign up for our NEWSLETTER",
            "share",
            "",
        ];
        let patterns =
            ["contributed to this report", "contributed reporting", "editing by", "newsletter", "share", "sign up for"];
        for text in texts {
            let lower = text.to_lowercase();
            for pattern in patterns {
                assert_eq!(contains_lower(text, pattern), lower.contains(pattern), "{text:?} contains {pattern:?}");
                assert_eq!(starts_with_lower(text, pattern), lower.starts_with(pattern), "{text:?} starts {pattern:?}");
                assert_eq!(eq_lower(text, pattern), lower == pattern, "{text:?} is {pattern:?}");
            }
        }
    }

    #[test]
    fn rule_words_are_found_in_any_ascii_case() {
        let rare = "The minister said all rights reserved for the coastal states would be respected, and more.";
        for (text, expected) in [
            (rare, true),
            ("CONTRIBUTED", true),
            ("Ana Lind contriButed reporting.", true),
            ("contribute", false),
            ("all rights  reserved", false),
            ("obviously every line of the story, far past sixteen bytes, has b and v", false),
            ("a possible reserve of nerve, responsibly observed by the IBM ribbon RV", false),
            ("xxxxxxcontributed", true),
            ("contributed", true),
            (&format!("{}all RIGHTS reserved", "x".repeat(29)), true),
            (&format!("{}contributed", "é".repeat(20)), true),
        ] {
            assert_eq!(has_rule_word(text), expected, "{text:?}");
            let lower = text.to_ascii_lowercase();
            assert_eq!(expected, lower.contains("contributed") || lower.contains("all rights reserved"));
        }
    }

    #[test]
    fn link_labels_and_titles() {
        assert_eq!(link_label("Related:"), Some(true));
        assert_eq!(link_label("RELATED: Talks stall in Oslo"), Some(false));
        assert_eq!(link_label("Read more:"), Some(true));
        assert_eq!(link_label("See also: x"), Some(false));
        assert_eq!(link_label("Related coverage of the talks was thin, the minister said."), None);
        assert_eq!(link_label("Related stories"), Some(true));
        assert_eq!(link_label("The minister said more."), None);
        assert!(is_title_line("Q&A: Why the northern border keeps flaring up"));
        assert!(is_title_line("Will the talks survive?"));
        assert!(!is_title_line("The talks resumed on Monday."));
        assert!(!is_title_line("“We will not yield,” he said."));
    }
}
