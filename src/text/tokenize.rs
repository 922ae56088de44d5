//! The tokenizer: one pass over the characters.

use super::{QuoteMark, Token, TokenKind};

/// Words that take a period without ending the sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Gov",
    "Sgt", "Cpl", "Pvt", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "No", "Nos", "vs", "etc", "Prof", "Rev", "Mt", "Ft", "Brig", "Gens", "Amb",
    "Pres", "Atty", "Supt", "Insp", "approx", "Dept", "Univ", "Ave", "Blvd", "Rd", "a.m", "p.m",
];

pub fn tokenize(text: &str) -> (Vec<Token>, String) {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut lower = String::with_capacity(text.len());
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        // Most of the text is ASCII: a byte below 0x80 is its character.
        let c = if bytes[i].is_ascii() { char::from(bytes[i]) } else { char_at(text, i) };
        let len = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            i += len;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphanumeric() {
            let (end, is_number) = scan_word(text, i);
            i = end;
            kind = if is_number { TokenKind::Number } else { TokenKind::Word };
        } else if is_apostrophe(c) && starts_possessive(text, i, len, &tokens, space_before) {
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
        let lower_start = lower.len() as u32;
        push_lower(&mut lower, &text[start..i]);
        tokens.push(Token { start, end: i, kind, space_before, lower: (lower_start, lower.len() as u32) });
        space_before = false;
    }
    (tokens, lower)
}

fn push_lower(into: &mut String, word: &str) {
    if word.is_ascii() {
        // Copied whole and lowered in place, rather than pushed char by char.
        let start = into.len();
        into.push_str(word);
        into[start..].make_ascii_lowercase();
    } else {
        for c in word.chars() {
            match c {
                '\u{2019}' | '\u{2018}' => into.push('\''),
                _ => into.extend(c.to_lowercase()),
            }
        }
    }
}

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
        Some('s' | 'S') => !char_at_opt(text, i + len + 1).is_some_and(|c| c.is_alphanumeric()),
        _ => text[prev.start..prev.end].ends_with('s') && !after.is_some_and(|c| c.is_alphanumeric()),
    }
}

/// A word or number from `start`: letters and digits, inner apostrophes
/// ("won't", "O'Brien"), initialisms ("U.S."), abbreviations ("Gen."),
/// numbers with separators ("1,500", "2.5"). Hyphens split words.
fn scan_word(text: &str, start: usize) -> (usize, bool) {
    if let Some(end) = initialism_end(text.as_bytes(), start) {
        return (end, false);
    }
    let bytes = text.as_bytes();
    let mut i = start;
    let mut is_number = true;
    loop {
        // ASCII letters and digits, the bulk of every word, a byte at a time.
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            is_number &= bytes[i].is_ascii_digit();
            i += 1;
        }
        // Most words end at an ASCII byte that no rule below continues them past.
        if bytes.get(i).is_none_or(|b| b.is_ascii() && !matches!(b, b',' | b'.' | b'\'')) {
            break;
        }
        let Some(c) = char_at_opt(text, i) else { break };
        if c.is_alphanumeric() || matches!(c, '½' | '¼' | '¾') {
            is_number &= c.is_numeric() || matches!(c, '½' | '¼' | '¾');
            i += c.len_utf8();
            continue;
        }
        let next = char_at_opt(text, i + c.len_utf8());
        match c {
            ',' | '.' if is_number && next.is_some_and(|n| n.is_ascii_digit()) => i += 1,
            '\'' | '\u{2019}'
                if !is_number && next.is_some_and(char::is_alphanumeric) && !possessive_s(text, i + c.len_utf8()) =>
            {
                i += c.len_utf8()
            }
            '.' if !is_number && ABBREVIATIONS.contains(&&text[start..i]) => {
                i += 1;
                break;
            }
            _ => break,
        }
    }
    (i, is_number)
}

/// "U.S.", "U.N.", "e.g.": two or more single letters each with a dot.
fn initialism_end(bytes: &[u8], start: usize) -> Option<usize> {
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
    matches!(char_at_opt(text, i), Some('s' | 'S')) && !char_at_opt(text, i + 1).is_some_and(|c| c.is_alphanumeric())
}
