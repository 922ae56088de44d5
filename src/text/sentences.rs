//! Sentence boundaries: a full stop, question or exclamation mark (with
//! any closing quotes after it) before a capital, a digit or an opening
//! quote; and every paragraph break.

use std::ops::Range;

use super::{QuoteMark, Sentence, Token, TokenKind};

/// Words that start sentences and are never part of a name: after
/// "U.S." they tell a sentence end from "U.S. Ambassador".
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Despite",
    "Already",
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "Some",
    "Many",
    "Most",
    "No",
    "For",
    "With",
];

/// No sentence is longer than this many tokens: text without full stops (a
/// list, a table, a corrupted scrape) is cut here, so that each sentence,
/// and the evidence string copied from it for every mention, stays small
/// and the stages that look around inside a sentence stay linear in the
/// document. Real sentences stay far below it: the longest of the example,
/// dev and plover-dev articles has 65 tokens.
pub const MAX_SENTENCE_TOKENS: usize = 120;

/// The sentences of `text`, whose `tokens` a sentence may end only right
/// after those listed in `may_end` (in order), and after the last.
pub fn split(text: &str, tokens: &[Token], may_end: &[u32]) -> Vec<Sentence> {
    // News sentences run to some 25 tokens: room for most documents' at once.
    let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut paragraph = 0;
    let mut first = 0;
    let mut i = 0;
    let mut may_end = may_end.iter().map(|&k| k as usize).peekable();
    while i < tokens.len() {
        // Most tokens end no sentence, and the one after them starts no line:
        // passed over to the next that may, up to the limit of a sentence's length.
        while may_end.next_if(|&k| k < i).is_some() {}
        let last = tokens.len() - 1;
        i = i.max(may_end.peek().map_or(last, |&k| k.min(last)).min(first + MAX_SENTENCE_TOKENS - 1));
        let mut end = i + 1;
        let mut boundary = false;
        if is_terminal(text, &tokens[i]) {
            while end < tokens.len()
                && end - first < MAX_SENTENCE_TOKENS
                && closes(&tokens[end])
                && !tokens[end].space_before
            {
                end += 1;
            }
            boundary = end == tokens.len() || starts_sentence(text, &tokens[end]);
        } else if ends_with_initialism_or_abbreviation(text, &tokens[i]) {
            boundary = end < tokens.len() && tokens[end].space_before && {
                let next = &text[tokens[end].start..tokens[end].end];
                SENTENCE_STARTERS.contains(&next)
            };
        }
        let paragraph_break = tokens.get(end).is_some_and(|next| next.newline_before);
        let too_long = end - first >= MAX_SENTENCE_TOKENS;
        if boundary || paragraph_break || too_long || end == tokens.len() {
            push(&mut sentences, tokens, first..end, paragraph);
            if paragraph_break {
                paragraph += 1;
            }
            first = end;
        }
        i = end;
    }
    sentences
}

fn push(sentences: &mut Vec<Sentence>, tokens: &[Token], range: Range<usize>, paragraph: usize) {
    if range.is_empty() {
        return;
    }
    sentences.push(Sentence {
        start: tokens[range.start].start,
        end: tokens[range.end - 1].end,
        tokens: range,
        paragraph,
    });
}

/// Whether a token (its text and kind) may end a sentence: a full stop,
/// question or exclamation mark or ellipsis, or a word ending in a period
/// (an initialism or abbreviation). The tokenizer tells each token so.
#[cfg(test)]
pub(super) fn may_end(token: &str, kind: TokenKind) -> bool {
    match kind {
        TokenKind::Punct => matches!(token, "." | "?" | "!" | "…"),
        TokenKind::Word => token.ends_with('.'),
        _ => false,
    }
}

fn is_terminal(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Punct && matches!(&text[token.start..token.end], "." | "?" | "!" | "…")
}

fn closes(token: &Token) -> bool {
    matches!(
        token.kind,
        TokenKind::Quote(QuoteMark::Close | QuoteMark::Straight)
            | TokenKind::SingleQuote(QuoteMark::Close | QuoteMark::Straight)
    )
}

fn starts_sentence(text: &str, token: &Token) -> bool {
    if !token.space_before {
        return false;
    }
    match token.kind {
        TokenKind::Quote(QuoteMark::Open | QuoteMark::Straight) | TokenKind::SingleQuote(QuoteMark::Open) => true,
        TokenKind::Number => true,
        TokenKind::Word | TokenKind::Punct => {
            text[token.start..].chars().next().is_some_and(|c| c.is_uppercase() || c == '(' || c == '-')
        }
        _ => false,
    }
}

fn ends_with_initialism_or_abbreviation(text: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word && text.as_bytes()[token.end - 1] == b'.'
}
