//! The tokenizer: one pass over the characters.

use super::{QuoteMark, Token, TokenKind};

/// Words that take a period without ending the sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Gov",
    "Sgt", "Cpl", "Pvt", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "No", "Nos", "vs", "etc", "Prof", "Rev", "Mt", "Ft", "Brig", "Gens", "Amb",
    "Pres", "Atty", "Supt", "Insp", "approx", "Dept", "Univ", "Ave", "Blvd", "Rd", "a.m", "p.m",
];

/// What [`tokenize`] makes of a text.
pub struct Tokenized {
    pub tokens: Vec<Token>,
    /// The buffer of the tokens' lower-cased forms. It starts with an
    /// ASCII-lower-cased copy of all of the text, made in one pass: a token
    /// of ASCII characters is lowered in place there, at its own offsets,
    /// and only the rarer others append their form after it.
    pub lower: String,
    /// The tokens a sentence may end right after, in order: a full stop,
    /// question or exclamation mark or ellipsis, a word ending in a period
    /// ("U.S.", "Gen."), or a token a line break follows. Few tokens are:
    /// listed at tokenizing, splitting sentences goes from one to the next
    /// without reading the tokens between.
    pub may_end: Vec<u32>,
    /// The tokens that are quotation marks, double or single, in order:
    /// the quotations read these alone.
    pub quote_marks: Vec<usize>,
}

/// The tokens of `text`, their lower-cased forms and where sentences may end.
pub fn tokenize(text: &str) -> Tokenized {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
    // About one token in ten may end a sentence.
    let mut may_end: Vec<u32> = Vec::with_capacity(text.len() / 40);
    let mut quote_marks = Vec::new();
    let mut lower = String::with_capacity(text.len() + text.len() / 8);
    lower.push_str(text);
    lower.make_ascii_lowercase();
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = false;
    while i < bytes.len() {
        // Most of the text is ASCII: a byte below 0x80 is its character,
        // and its class says all the tokenizer asks of it.
        let class = ascii_class(bytes[i]);
        if class == SPACE {
            space_before = true;
            i += 1;
            continue;
        }
        if class == NEWLINE {
            space_before = true;
            newline_before = true;
            if let Some(last) = tokens.len().checked_sub(1) {
                push_may_end(&mut may_end, last);
            }
            i += 1;
            continue;
        }
        // Most tokens are runs of ASCII letters and digits that end at a byte
        // no rule of `scan_word` continues a word past: made here, as it would
        // make them, without the general rules below.
        let run_end = if class & WORD != 0 { ascii_run_end(bytes, i + 1) } else { i };
        let ascii_run = run_end > i && ends_run_word(text, i, run_end, class);
        let made = if ascii_run {
            // A run that starts with a letter is a word, and only a run of
            // digits a number: the first byte's class nearly always says.
            let number = class == DIGIT && bytes[i..run_end].iter().all(u8::is_ascii_digit);
            let kind = if number { TokenKind::Number } else { TokenKind::Word };
            // Such a run has no period: no sentence ends with it, but at a line break.
            Made {
                end: run_end,
                kind,
                capital: class == UPPER,
                may_end_sentence: false,
                lower: (i as u32, run_end as u32),
            }
        } else if class == PUNCT {
            // A mark of one byte that no rule makes more of: a comma, a full stop.
            let may_end_sentence = matches!(bytes[i], b'.' | b'?' | b'!');
            Made {
                end: i + 1,
                kind: TokenKind::Punct,
                capital: false,
                may_end_sentence,
                lower: (i as u32, i as u32 + 1),
            }
        } else {
            // The rest by the general rules, in a function of its own: kept out of
            // this loop, they leave it the registers for the common tokens.
            match general_token(text, i, &tokens, space_before, &mut lower) {
                General::Space { end } => {
                    space_before = true;
                    i = end;
                    continue;
                }
                General::Token(made) => {
                    // Quotation marks take this path only.
                    if matches!(made.kind, TokenKind::Quote(_) | TokenKind::SingleQuote(_)) {
                        quote_marks.push(tokens.len());
                    }
                    made
                }
            }
        };
        let Made { end, kind, capital, may_end_sentence, lower: span } = made;
        if may_end_sentence {
            push_may_end(&mut may_end, tokens.len());
        }
        tokens.push(Token { start: i, end, kind, space_before, capital, newline_before, ascii_run, lower: span });
        // Most tokens are followed by one plain space: stepped over here, as
        // the test of spaces above would.
        space_before = bytes.get(end) == Some(&b' ');
        newline_before = false;
        i = end + usize::from(space_before);
    }
    Tokenized { tokens, lower, may_end, quote_marks }
}

/// Note that a sentence may end after token `k`, once (a token before
/// several line breaks is told at each).
fn push_may_end(may_end: &mut Vec<u32>, k: usize) {
    let k = u32::try_from(k).expect("fewer tokens than a u32 counts");
    if may_end.last() != Some(&k) {
        may_end.push(k);
    }
}

/// A token as one of the tokenizer's paths makes it, but for where it
/// starts and what comes before it.
struct Made {
    end: usize,
    kind: TokenKind,
    capital: bool,
    /// As [`sentences::may_end`](super::sentences::may_end) tells: listed in [`Tokenized::may_end`].
    may_end_sentence: bool,
    lower: (u32, u32),
}

/// What the general rules make of the text at a byte where no common token starts.
enum General {
    /// A character of whitespace outside ASCII, which ends here.
    Space {
        end: usize,
    },
    Token(Made),
}

#[inline(never)]
fn general_token(text: &str, start: usize, tokens: &[Token], space_before: bool, lower: &mut String) -> General {
    let bytes = text.as_bytes();
    let c = if bytes[start].is_ascii() { char::from(bytes[start]) } else { char_at(text, start) };
    let len = c.len_utf8();
    if !c.is_ascii() && c.is_whitespace() {
        return General::Space { end: start + len };
    }
    let mut i = start;
    let kind;
    // Whether the token is all ASCII, so lower-cased in place.
    let mut ascii = c.is_ascii();
    if ascii_class(bytes[start]) & WORD != 0 || (!c.is_ascii() && is_alphanumeric(c)) {
        let word = scan_word(text, i);
        i = word.end;
        ascii = word.ascii;
        kind = if word.is_number { TokenKind::Number } else { TokenKind::Word };
    } else if is_apostrophe(c) && starts_possessive(text, i, len, tokens, space_before) {
        i += len + if matches!(char_at_opt(text, i + len), Some('s' | 'S')) { 1 } else { 0 };
        kind = TokenKind::Possessive;
    } else {
        i += len;
        kind = match c {
            '\u{201C}' | '\u{201E}' | '\u{00AB}' => TokenKind::Quote(QuoteMark::Open),
            '\u{201D}' | '\u{00BB}' => TokenKind::Quote(QuoteMark::Close),
            '"' => TokenKind::Quote(QuoteMark::Straight),
            '\u{2018}' => TokenKind::SingleQuote(QuoteMark::Open),
            '\u{2019}' => TokenKind::SingleQuote(QuoteMark::Close),
            '\'' => TokenKind::SingleQuote(QuoteMark::Straight),
            '-' if text[i..].starts_with('-') => {
                i += 1; // "--" is a dash
                TokenKind::Punct
            }
            _ => TokenKind::Punct,
        };
    }
    // Quotation marks and dashes are their own lower case (but for ‘ and ’,
    // lower-cased to '), as ASCII is: they, the most common characters
    // outside ASCII, are in place too, without a look in Unicode's tables.
    let own_lower = i == start + len && GENERAL_PUNCTUATION.contains(&c) && !matches!(c, '\u{2018}' | '\u{2019}');
    let lower_span = if ascii || own_lower {
        (start as u32, i as u32)
    } else {
        let lower_start = lower.len() as u32;
        push_lower(lower, &text[start..i]);
        (lower_start, lower.len() as u32)
    };
    let capital = kind == TokenKind::Word && c.is_uppercase();
    // Full stops, question and exclamation marks take the fast path.
    let may_end_sentence = match kind {
        TokenKind::Punct => c == '…',
        TokenKind::Word => bytes[i - 1] == b'.',
        _ => false,
    };
    General::Token(Made { end: i, kind, capital, may_end_sentence, lower: lower_span })
}

/// Append the lower-cased form of a word with non-ASCII characters.
fn push_lower(into: &mut String, word: &str) {
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' => into.push('\''),
            _ => into.extend(c.to_lowercase()),
        }
    }
}

/// One of the [`ABBREVIATIONS`]. Most words before a full stop are out at
/// their length or first letter, before the list is searched.
fn is_abbreviation(word: &str) -> bool {
    const MAX_LEN: usize = 6;
    /// Bit `b` is set if an abbreviation starts with the ASCII byte `b`.
    const FIRST_BYTES: u128 = {
        let mut set = 0u128;
        let mut k = 0;
        while k < ABBREVIATIONS.len() {
            let a = ABBREVIATIONS[k].as_bytes();
            assert!(a.len() <= MAX_LEN && a[0].is_ascii());
            set |= 1 << a[0];
            k += 1;
        }
        set
    };
    let Some(&first) = word.as_bytes().first() else { return false };
    word.len() <= MAX_LEN && first.is_ascii() && FIRST_BYTES & (1 << first) != 0 && ABBREVIATIONS.contains(&word)
}

/// ASCII whitespace but `\n`, which has a class of its own: only a token
/// after a line break is told so.
const SPACE: u8 = 1;
const NEWLINE: u8 = 2;
const UPPER: u8 = 4;
const LOWER: u8 = 8;
const DIGIT: u8 = 16;
/// ASCII letters and digits: what words and numbers are mostly made of.
const WORD: u8 = UPPER | LOWER | DIGIT;
/// The other ASCII characters but `"`, `'` and `-`: each a token of its own.
const PUNCT: u8 = 32;

/// The class of each ASCII byte (0 for the rest): one look-up in the
/// loops that every byte of the text goes through.
const ASCII_CLASSES: [u8; 256] = {
    let mut classes = [0; 256];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            // `char::is_whitespace` in ASCII.
            b'\n' => NEWLINE,
            b' ' | 0x09 | 0x0b..=0x0d => SPACE,
            b'A'..=b'Z' => UPPER,
            b'a'..=b'z' => LOWER,
            b'0'..=b'9' => DIGIT,
            b'"' | b'\'' | b'-' => 0,
            _ => PUNCT,
        };
        b += 1;
    }
    classes
};

fn ascii_class(b: u8) -> u8 {
    ASCII_CLASSES[usize::from(b)]
}

/// Whether a run of ASCII letters and digits that stops at `i` is a whole
/// word: the text ends there, or an ASCII byte that no rule of
/// [`scan_word`] continues a word past (most words end so).
fn ends_every_word(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_none_or(|&b| b.is_ascii() && !matches!(b, b',' | b'.' | b'\''))
}

/// Whether a run of ASCII letters and digits, `text[start..end]`, whose
/// first byte is of `class`, is a whole word as [`scan_word`] would make it:
/// it ends where every word does, or it is a word (not a run of digits) and
/// a comma follows, or a full stop that neither an initialism ("U.S.") nor
/// an abbreviation ("Gen.") takes.
fn ends_run_word(text: &str, start: usize, end: usize, class: u8) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(end) {
        Some(b',') => class != DIGIT,
        Some(b'.') => class != DIGIT && end - start > 1 && !is_abbreviation(&text[start..end]),
        _ => ends_every_word(bytes, end),
    }
}

/// The end of the run of ASCII letters and digits from `i`. Eight bytes
/// are tested at once: most words end within the first eight, and a loop
/// over bytes mispredicts its exit at the end of nearly every word.
fn ascii_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(eight) = bytes.get(i..i + 8) {
        let others = not_alphanumeric(u64::from_le_bytes(eight.try_into().expect("eight bytes")));
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| ascii_class(b) & WORD == 0).map_or(bytes.len(), |n| i + n)
}

/// The high bit of each byte of `w` (eight bytes of text, the first in the
/// low byte) that is not an ASCII letter or digit.
fn not_alphanumeric(w: u64) -> u64 {
    const fn splat(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    let high = splat(0x80);
    let ascii = w & splat(0x7f);
    // The high bit of each byte of `x` (each below 0x80) that is at least
    // `lo`: adding `0x80 - lo` sets it, and carries into no other byte.
    let at_least = |x: u64, lo: u8| x.wrapping_add(splat(0x80 - lo)) & high;
    let digit = at_least(ascii, b'0') & !at_least(ascii, b'9' + 1);
    // Setting bit 5 lower-cases a letter and moves no other byte into a..z.
    let lower = ascii | splat(0x20);
    let letter = at_least(lower, b'a') & !at_least(lower, b'z' + 1);
    // Bytes from 0x80 up are outside ASCII.
    !(digit | letter) & high | w & high
}

/// `c.is_alphanumeric()`, told at once for the dashes and quotation marks
/// of the General Punctuation block (none of which is a letter or digit):
/// they are most of the characters outside ASCII in news text, and the
/// Unicode tables are slow to search.
fn is_alphanumeric(c: char) -> bool {
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2010}'..='\u{2027}';

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn char_at_opt(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|rest| rest.chars().next())
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// `’s` right after a word, or a bare `’` after a word ending in s ("allies’").
fn starts_possessive(text: &str, i: usize, len: usize, tokens: &[Token], space_before: bool) -> bool {
    let Some(prev) = tokens.last() else { return false };
    if space_before || !matches!(prev.kind, TokenKind::Word | TokenKind::Number) {
        return false;
    }
    let after = char_at_opt(text, i + len);
    match after {
        Some('s' | 'S') => !char_at_opt(text, i + len + 1).is_some_and(is_alphanumeric),
        _ => text[prev.start..prev.end].ends_with('s') && !after.is_some_and(is_alphanumeric),
    }
}

/// A word or number from `start`: letters and digits, inner apostrophes
/// ("won't", "O'Brien"), initialisms ("U.S."), abbreviations ("Gen."),
/// numbers with separators ("1,500", "2.5"). Hyphens split words.
fn scan_word(text: &str, start: usize) -> ScannedWord {
    if let Some(end) = initialism_end(text.as_bytes(), start) {
        return ScannedWord { end, is_number: false, ascii: true };
    }
    let bytes = text.as_bytes();
    let mut i = start;
    let mut is_number = true;
    let mut ascii = true;
    loop {
        // ASCII letters and digits, the bulk of every word, in a tight loop.
        let run_end = ascii_run_end(bytes, i);
        // A word's first byte nearly always settles it: this stops there.
        is_number &= bytes[i..run_end].iter().all(u8::is_ascii_digit);
        i = run_end;
        if ends_every_word(bytes, i) {
            break;
        }
        let Some(c) = char_at_opt(text, i) else { break };
        if is_alphanumeric(c) || matches!(c, '½' | '¼' | '¾') {
            is_number &= c.is_numeric() || matches!(c, '½' | '¼' | '¾');
            ascii &= c.is_ascii();
            i += c.len_utf8();
            continue;
        }
        let next = char_at_opt(text, i + c.len_utf8());
        match c {
            ',' | '.' if is_number && next.is_some_and(|n| n.is_ascii_digit()) => i += 1,
            '\'' | '\u{2019}'
                if !is_number && next.is_some_and(is_alphanumeric) && !possessive_s(text, i + c.len_utf8()) =>
            {
                ascii &= c.is_ascii();
                i += c.len_utf8()
            }
            '.' if !is_number && is_abbreviation(&text[start..i]) => {
                i += 1;
                break;
            }
            _ => break,
        }
    }
    ScannedWord { end: i, is_number, ascii }
}

struct ScannedWord {
    end: usize,
    is_number: bool,
    /// No character outside ASCII.
    ascii: bool,
}

/// "U.S.", "U.N.", "e.g.": two or more single letters each with a dot.
fn initialism_end(bytes: &[u8], start: usize) -> Option<usize> {
    // Nearly every word is out at its second byte.
    if bytes.get(start + 1) != Some(&b'.') {
        return None;
    }
    let mut i = start;
    let mut letters = 0;
    while i + 1 < bytes.len() && bytes[i].is_ascii_alphabetic() && bytes[i + 1] == b'.' {
        i += 2;
        letters += 1;
    }
    let glued_to_word = i < bytes.len() && bytes[i].is_ascii_alphanumeric();
    (letters >= 2 && !glued_to_word).then_some(i)
}

fn possessive_s(text: &str, i: usize) -> bool {
    matches!(char_at_opt(text, i), Some('s' | 'S')) && !char_at_opt(text, i + 1).is_some_and(is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_at_once_agree_with_the_class_table() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = [b'a'; 8];
                eight[at] = b;
                let others = not_alphanumeric(u64::from_le_bytes(eight));
                let expected = if ascii_class(b) & WORD == 0 { 0x80u64 << (8 * at) } else { 0 };
                assert_eq!(others, expected, "byte {b:#x} at {at}");
            }
        }
        let text = b"Kerry1 warns Russia over Aleppo bombings, said Abcdefghijklmnopqrstuvwxyz0123456789";
        for i in 0..text.len() {
            let expected = text[i..].iter().position(|&b| ascii_class(b) & WORD == 0).map_or(text.len(), |n| i + n);
            assert_eq!(ascii_run_end(text, i), expected, "from {i}");
        }
    }

    #[test]
    fn marks_lower_cased_in_place_are_their_own_lower_case() {
        for c in super::GENERAL_PUNCTUATION {
            let text = format!("a {c} b");
            let tokens = tokenize(&text);
            let mark = &tokens.tokens[1];
            let (start, end) = (mark.lower.0 as usize, mark.lower.1 as usize);
            let mut pushed = String::new();
            push_lower(&mut pushed, &text[mark.start..mark.end]);
            assert_eq!(&tokens.lower[start..end], pushed, "{c:?}");
        }
    }

    #[test]
    fn no_general_punctuation_told_at_once_is_alphanumeric() {
        assert!(super::GENERAL_PUNCTUATION.clone().all(|c| !c.is_alphanumeric()));
    }
}
