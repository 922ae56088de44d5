//! The words date expressions are made of ("on", "yesterday", "last",
//! "week", "Sept", "Wednesday"), looked up by table. [`super::dates`] asks
//! this of every word of a sentence that may hold a date: a word is one
//! number (its bytes, lower-cased), and the table is searched by that
//! number's hash, not by comparing the word with each name in turn.

use std::ops::Range;

use chrono::Weekday;

use crate::text::{Token, TokenKind};

/// A word that opens a relative or prepositional date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Opener {
    On,
    In,
    Since,
    Until,
    By,
    Yesterday,
    Today,
    Tonight,
    Tomorrow,
    Last,
    This,
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Week,
    Month,
    Year,
}

/// What a word is to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lexeme {
    None,
    /// In any case.
    Opener(Opener),
    /// In any case.
    Unit(Unit),
    /// A capitalized month name or abbreviation ("Sept", "Sept.").
    Month(u32),
    /// A capitalized day name.
    Weekday(Weekday),
}

/// No word of [`WORDS`] is longer.
const MAX_LEN: usize = 9;

const WORDS: [(&str, Lexeme); 46] = {
    use Lexeme::{Month as M, Opener as O, Unit as U, Weekday as D};
    [
        ("on", O(Opener::On)),
        ("in", O(Opener::In)),
        ("since", O(Opener::Since)),
        ("until", O(Opener::Until)),
        ("by", O(Opener::By)),
        ("yesterday", O(Opener::Yesterday)),
        ("today", O(Opener::Today)),
        ("tonight", O(Opener::Tonight)),
        ("tomorrow", O(Opener::Tomorrow)),
        ("last", O(Opener::Last)),
        ("this", O(Opener::This)),
        ("next", O(Opener::Next)),
        ("week", U(Unit::Week)),
        ("month", U(Unit::Month)),
        ("year", U(Unit::Year)),
        ("january", M(1)),
        ("jan", M(1)),
        ("february", M(2)),
        ("feb", M(2)),
        ("march", M(3)),
        ("mar", M(3)),
        ("april", M(4)),
        ("apr", M(4)),
        ("may", M(5)),
        ("june", M(6)),
        ("jun", M(6)),
        ("july", M(7)),
        ("jul", M(7)),
        ("august", M(8)),
        ("aug", M(8)),
        ("september", M(9)),
        ("sept", M(9)),
        ("sep", M(9)),
        ("october", M(10)),
        ("oct", M(10)),
        ("november", M(11)),
        ("nov", M(11)),
        ("december", M(12)),
        ("dec", M(12)),
        ("monday", D(Weekday::Mon)),
        ("tuesday", D(Weekday::Tue)),
        ("wednesday", D(Weekday::Wed)),
        ("thursday", D(Weekday::Thu)),
        ("friday", D(Weekday::Fri)),
        ("saturday", D(Weekday::Sat)),
        ("sunday", D(Weekday::Sun)),
    ]
};

/// A word of ASCII letters, at most 16 of them, as one number: its
/// bytes lower-cased, the first in the low byte.
const fn key(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut k = w.len();
    while k > 0 {
        k -= 1;
        key = key << 8 | w[k].to_ascii_lowercase() as u128;
    }
    key
}

/// [`key`] of `text[word]`, read as one 16-byte number where the text has
/// 16 bytes from the word's start (nearly always), not byte by byte.
fn key_at(text: &[u8], word: Range<usize>) -> u128 {
    let len = word.len();
    debug_assert!((1..=16).contains(&len) && text[word.clone()].iter().all(u8::is_ascii_alphabetic));
    let bytes = match text.get(word.start..word.start + 16) {
        Some(sixteen) => u128::from_le_bytes(sixteen.try_into().expect("16 bytes")),
        None => {
            let mut buf = [0u8; 16];
            buf[..len].copy_from_slice(&text[word]);
            u128::from_le_bytes(buf)
        }
    };
    // Setting bit 5 of each byte lower-cases an ASCII letter.
    let lower = bytes | u128::from_le_bytes([0x20; 16]);
    lower & (u128::MAX >> (8 * (16 - len)))
}

/// For each length, bit `l` is set if a word of [`WORDS`] of that length
/// starts ([`FIRST_LETTERS`]) or ends ([`LAST_LETTERS`]) with the `l`th
/// letter: seven words in eight of a sentence are out on these two tests,
/// before their key is made.
const FIRST_LETTERS: [u32; MAX_LEN + 1] = letters_by_length(0);
const LAST_LETTERS: [u32; MAX_LEN + 1] = letters_by_length(1);

const fn letters_by_length(last: usize) -> [u32; MAX_LEN + 1] {
    let mut sets = [0u32; MAX_LEN + 1];
    let mut w = 0;
    while w < WORDS.len() {
        let word = WORDS[w].0.as_bytes();
        let letter = if last == 1 { word[word.len() - 1] } else { word[0] };
        sets[word.len()] |= letter_bit(letter);
        w += 1;
    }
    sets
}

/// The bit of an ASCII letter, in either case.
const fn letter_bit(letter: u8) -> u32 {
    1 << ((letter | 0x20).wrapping_sub(b'a') & 31)
}

/// A power of two, about three times [`WORDS`]: a word not in the table
/// nearly always meets an empty slot at once.
const SLOTS: usize = 128;

/// The first slot to look in for a key: the top bits of a multiplicative hash.
const fn slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// [`WORDS`] by [`key`], open addressing with linear probing; an empty slot
/// has key 0 (no word's key) and no lexeme.
static TABLE: [(u128, Lexeme); SLOTS] = {
    let mut table = [(0u128, Lexeme::None); SLOTS];
    let mut w = 0;
    while w < WORDS.len() {
        let k = key(WORDS[w].0.as_bytes());
        let mut s = slot(k);
        while table[s].0 != 0 {
            s = (s + 1) % SLOTS;
        }
        table[s] = (k, WORDS[w].1);
        w += 1;
    }
    table
};

/// The lexeme of the word `text[word]`, of ASCII letters, perhaps with the
/// period of an abbreviation ("Sept."): only a month keeps its period, and
/// month and day names count only capitalized.
pub(super) fn lexeme(text: &[u8], word: Range<usize>) -> Lexeme {
    let period = text[word.clone()].ends_with(b".");
    let bare = word.start..word.end - usize::from(period);
    if bare.is_empty()
        || bare.len() > MAX_LEN
        || FIRST_LETTERS[bare.len()] & letter_bit(text[bare.start]) == 0
        || LAST_LETTERS[bare.len()] & letter_bit(text[bare.end - 1]) == 0
    {
        return Lexeme::None;
    }
    let key = key_at(text, bare);
    let mut s = slot(key);
    let found = loop {
        let (k, lexeme) = TABLE[s];
        if k == key || k == 0 {
            break lexeme;
        }
        s = (s + 1) % SLOTS;
    };
    let capitalized = text[word.start].is_ascii_uppercase();
    match found {
        Lexeme::Month(_) | Lexeme::Weekday(_) if !capitalized => Lexeme::None,
        Lexeme::Month(_) => found,
        _ if period => Lexeme::None,
        _ => found,
    }
}

/// False only if no date expression can be in `s`: every one has a number,
/// a month or day name, "today" or its kin, or a unit ("last week"). Most
/// sentences have none of these, and this spares them the token list.
/// The words are read as `dates::tokenize` reads them: runs of ASCII
/// letters (the period it may add to a month abbreviation changes no lexeme).
pub(super) fn may_hold_date(s: &str) -> bool {
    let b = s.as_bytes();
    // With no early exit, the test runs on many bytes at once.
    if b.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
        return true;
    }
    // A word's first two letters rule out nearly all words, so only the
    // starts of words are looked for, eight bytes at a time; a word is read
    // to its end only when it starts as a word that counts may.
    let blocks = b.chunks_exact(8);
    // The last bytes, with zeros (not letters) after them.
    let rest = blocks.remainder().iter().rev().fold(0, |word, &c| word << 8 | u64::from(c));
    let eights = blocks.map(|block| u64::from_le_bytes(block.try_into().expect("eight bytes"))).chain([rest]);
    let mut after_letter = false; // the byte before the eight is a letter
    for (at, eight) in (0..).step_by(8).zip(eights) {
        let letters = letters(eight);
        let mut starts = letters & !((letters << 8) | (u64::from(after_letter) << 7));
        after_letter = letters >> 63 != 0;
        while starts != 0 {
            if word_may_count(b, at + starts.trailing_zeros() as usize / 8) {
                return true;
            }
            starts &= starts - 1;
        }
    }
    false
}

/// [`may_hold_date`] of `sentence`, which the pipeline tokenized into
/// `tokens` (their offsets from `offset` on): the same answer, with the
/// words found from the tokens. A token made as one run of ASCII letters
/// (no digit is left once the first test is passed) is one word, at its
/// start; the words of the few other tokens are looked for as
/// [`may_hold_date`] looks for them; marks and the spaces between tokens
/// hold no ASCII letter.
pub(super) fn may_hold_date_in_tokens(sentence: &str, offset: usize, tokens: &[Token]) -> bool {
    let b = sentence.as_bytes();
    if b.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
        return true;
    }
    tokens.iter().any(|token| {
        let (start, end) = (token.start - offset, token.end - offset);
        match token.kind {
            // Its length is the word's, which a word of the text is read to find.
            _ if token.is_ascii_run() => may_start_word_that_counts(b, start) && word_counts(b, start..end),
            TokenKind::Punct | TokenKind::Quote(_) | TokenKind::SingleQuote(_) => false,
            _ => may_hold_date(&sentence[start..end]),
        }
    })
}

/// The high bit of each byte of `eight` (the first in the low byte) that is
/// an ASCII letter: lower-cased, a letter is from 'a' to 'z', and adding
/// `0x80 - x` to a byte under 0x80 sets its high bit where it is at least x
/// (without a carry into the next byte).
fn letters(eight: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES << 7;
    let lower = (eight | (0x20 * ONES)) & !HIGH;
    let from_a = lower + u64::from(0x80 - b'a') * ONES;
    let past_z = lower + u64::from(0x80 - b'z' - 1) * ONES;
    from_a & !past_z & !eight & HIGH
}

/// Whether the word of ASCII letters at `start` is one [`may_hold_date`]
/// counts.
fn word_may_count(b: &[u8], start: usize) -> bool {
    if !may_start_word_that_counts(b, start) {
        return false;
    }
    let end = b[start..].iter().position(|c| !c.is_ascii_alphabetic()).map_or(b.len(), |n| start + n);
    word_counts(b, start..end)
}

/// Whether a word of ASCII letters that starts at `start` may be one
/// [`may_hold_date`] counts. Month and day names are capitalized; the
/// lower-case words that count (yesterday, today, tonight, tomorrow, week,
/// month, year) are told from nearly all others by their first two letters.
#[inline]
fn may_start_word_that_counts(b: &[u8], start: usize) -> bool {
    let second = b.get(start + 1).map_or(0, u8::to_ascii_lowercase);
    b[start].is_ascii_uppercase() || matches!(b[start], b'y' | b't' | b'w' | b'm') && matches!(second, b'e' | b'o')
}

/// Whether `b[word]`, a whole word of ASCII letters, is one [`may_hold_date`] counts.
fn word_counts(b: &[u8], word: Range<usize>) -> bool {
    (b[word.start].is_ascii_uppercase() || matches!(word.len(), 4 | 5 | 7 | 8 | 9))
        && matches!(
            lexeme(b, word),
            Lexeme::Month(_)
                | Lexeme::Weekday(_)
                | Lexeme::Unit(_)
                | Lexeme::Opener(Opener::Yesterday | Opener::Today | Opener::Tonight | Opener::Tomorrow)
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexeme(word: &str) -> Lexeme {
        super::lexeme(word.as_bytes(), 0..word.len())
    }

    #[test]
    fn every_word_is_found_in_any_case_and_others_are_not() {
        for (word, expected) in WORDS {
            let capital = [&word[..1].to_uppercase(), &word[1..]].concat();
            assert_eq!(lexeme(&capital), expected, "{capital}");
            assert_eq!(lexeme(&word.to_uppercase()), expected, "{word}");
            let lower = if matches!(expected, Lexeme::Month(_) | Lexeme::Weekday(_)) { Lexeme::None } else { expected };
            assert_eq!(lexeme(word), lower, "{word}");
        }
        for word in ["", ".", "the", "Mays", "Sept.", "Wed", "On.", "Monday.", "Septembers", "Said", "a"] {
            let expected = match word {
                "Sept." => Lexeme::Month(9),
                _ => Lexeme::None,
            };
            assert_eq!(lexeme(word), expected, "{word:?}");
        }
    }

    /// A plain reading of every word, for [`may_hold_date`] to agree with.
    fn may_hold_date_word_by_word(s: &str) -> bool {
        let b = s.as_bytes();
        let words = s.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty());
        b.iter().any(u8::is_ascii_digit)
            || words.map(|w| w.as_ptr() as usize - s.as_ptr() as usize).any(|start| word_may_count(b, start))
    }

    #[test]
    fn the_words_are_found_at_every_place_among_any_neighbours() {
        let words = ["Monday", "today", "Sept", "week", "weeks", "years", "Said", "to", "toddler", "Tuesday", "month"];
        let neighbours = ["", " ", "x", "é", "-", "ab ", "'", "\u{2019}s"];
        for word in words {
            for (before, after) in neighbours.iter().flat_map(|b| neighbours.iter().map(move |a| (b, a))) {
                for pad in 0..9 {
                    let s = format!("{}{before}{word}{after}", "q ".repeat(pad));
                    assert_eq!(may_hold_date(&s), may_hold_date_word_by_word(&s), "{s:?}");
                }
            }
        }
        assert!(may_hold_date("and so on, every day, Wednesday"));
        assert!(!may_hold_date("Mayor Daydream spoke todays"));
    }

    /// [`may_hold_date_in_tokens`] of every sentence of `text`, beside [`may_hold_date`].
    fn by_tokens_and_by_text(text: &str) -> Vec<(bool, bool)> {
        let seg = crate::text::segment(text);
        let sentences = seg.sentences.iter().map(|s| {
            let sentence = &text[s.start..s.end];
            let tokens = &seg.tokens[s.tokens.clone()];
            (may_hold_date_in_tokens(sentence, s.start, tokens), may_hold_date(sentence))
        });
        sentences.collect()
    }

    #[test]
    fn the_tokens_tell_what_the_text_does() {
        let words = ["Monday", "today", "Sept", "week", "weeks", "years", "Said", "to", "toddler", "Tuesday", "month"];
        let neighbours = ["", " ", "x", "é", "-", "ab ", "'", "\u{2019}s", "O'", "’", ".", "U.S.", "\u{a0}"];
        for word in words {
            for (before, after) in neighbours.iter().flat_map(|b| neighbours.iter().map(move |a| (b, a))) {
                let text =
                    format!("Kerry met Lavrov. He came {before}{word}{after} and left. Then {before}{word}{after}");
                for (by_tokens, by_text) in by_tokens_and_by_text(&text) {
                    assert_eq!(by_tokens, by_text, "{text:?}");
                }
            }
        }
        let text = "Gen. Smith won't go. O'Monday came. Émile Ñtoday left. He said so; G20 met. Jan. 3.";
        let found: Vec<bool> = by_tokens_and_by_text(text).into_iter().map(|(by_tokens, _)| by_tokens).collect();
        let read: Vec<bool> = by_tokens_and_by_text(text).into_iter().map(|(_, by_text)| by_text).collect();
        assert_eq!(found, read, "{text:?}");
        assert!(found.contains(&true) && found.contains(&false));
    }
}
