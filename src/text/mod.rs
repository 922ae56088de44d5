//! Sentences and tokens with byte offsets into the cleaned text.
//!
//! Tokens never own their text: a token is a span, and the lower-cased
//! forms the lexicon lookups need live in one shared buffer.

pub mod calendar;
mod sentences;
mod tokenize;

use std::ops::Range;

pub use sentences::MAX_SENTENCE_TOKENS;
pub use tokenize::ABBREVIATIONS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMark {
    /// “ or ‘
    Open,
    /// ” or ’ (not an apostrophe)
    Close,
    /// " or ' : direction decided by context
    Straight,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    /// A double quotation mark.
    Quote(QuoteMark),
    /// A single quotation mark (not an apostrophe).
    SingleQuote(QuoteMark),
    /// The possessive `'s` / `’s` (or a bare `’` after a plural in -s).
    Possessive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// A word that starts with a capital, told at tokenizing: the later
    /// stages ask it of every token, many times.
    capital: bool,
    /// A line break is in the whitespace before the token: told at
    /// tokenizing, so that finding paragraphs reads no text again.
    newline_before: bool,
    /// Made as one run of ASCII letters and digits, as most tokens are.
    ascii_run: bool,
    lower: (u32, u32),
}

impl Token {
    /// The tokenizer made the token as one run of ASCII letters and digits
    /// (most are; false says nothing): a reader of its letters need look
    /// for no other character in it.
    pub fn is_ascii_run(&self) -> bool {
        self.ascii_run
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Indexes into `Segmentation::tokens`.
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    lower: String,
    quote_marks: Vec<usize>,
}

impl Segmentation {
    /// A word of `text` (the text this segmentation is of) that starts with a
    /// capital. The tokenizer told it already, so `text` is not read again.
    pub fn is_capitalized(&self, _text: &str, token: usize) -> bool {
        self.tokens[token].capital
    }

    /// The token's text lower-cased (ASCII and Unicode).
    pub fn lower(&self, token: usize) -> &str {
        let (start, end) = self.tokens[token].lower;
        &self.lower[start as usize..end as usize]
    }

    /// Every token's lower-cased form, in order: for the stages that read
    /// them many times, sliced once here rather than at every read.
    pub fn lowers(&self) -> Vec<&str> {
        self.tokens.iter().map(|t| &self.lower[t.lower.0 as usize..t.lower.1 as usize]).collect()
    }

    /// The tokens that are quotation marks, double or single, in order.
    pub fn quote_marks(&self) -> &[usize] {
        &self.quote_marks
    }

    /// Index of the token that contains or follows byte `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= offset)
    }

    /// Index of the sentence that contains byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= offset).min(self.sentences.len().saturating_sub(1))
    }
}

/// Split a cleaned text into tokens and sentences.
pub fn segment(text: &str) -> Segmentation {
    let tokenize::Tokenized { tokens, lower, may_end, quote_marks } = tokenize::tokenize(text);
    let sentences = sentences::split(text, &tokens, &may_end);
    Segmentation { tokens, sentences, lower, quote_marks }
}

#[cfg(test)]
mod tests;
