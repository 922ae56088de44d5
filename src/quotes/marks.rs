//! Quotation spans from quotation marks: curly or straight, over several
//! paragraphs, with stray marks that never swallow more than a paragraph.

use crate::text::{QuoteMark, Segmentation, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Token of the opening mark.
    pub open: usize,
    /// Token of the closing mark, or one past the last token of the paragraph.
    pub close: usize,
    /// The paragraph ended before a closing mark (English convention for
    /// quotations that run on into the next paragraph).
    pub runs_on: bool,
}

impl QuoteSpan {
    /// Byte span of the words inside the marks.
    pub fn inner(&self, seg: &Segmentation) -> (usize, usize) {
        let start = seg
            .tokens
            .get(self.open + 1)
            .filter(|_| self.open + 1 < self.close)
            .map_or(seg.tokens[self.open].end, |t| t.start);
        let end = if self.runs_on { seg.tokens[self.close - 1].end } else { seg.tokens[self.close].start };
        (start, end.max(start))
    }
}

fn direction(seg: &Segmentation, i: usize, single: bool) -> Option<QuoteMark> {
    let mark = match seg.tokens[i].kind {
        TokenKind::Quote(mark) if !single => mark,
        TokenKind::SingleQuote(mark) if single => mark,
        _ => return None,
    };
    match mark {
        // A straight mark opens after a space and closes when glued to the word before it.
        QuoteMark::Straight if i == 0 || seg.tokens[i].space_before => Some(QuoteMark::Open),
        QuoteMark::Straight => Some(QuoteMark::Close),
        mark => Some(mark),
    }
}

/// The document quotes with single marks (‘...’, the British style): it has
/// no double mark at all, and a single mark that opens a quotation.
pub fn single_mark_style(seg: &Segmentation) -> bool {
    !seg.tokens.iter().any(|t| matches!(t.kind, TokenKind::Quote(_)))
        && (0..seg.tokens.len()).any(|i| direction(seg, i, true) == Some(QuoteMark::Open))
}

pub fn find_spans(seg: &Segmentation) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let paragraph_of = |i: usize| seg.sentences[seg.sentence_at(seg.tokens[i].start)].paragraph;
    let single = single_mark_style(seg);
    for i in 0..seg.tokens.len() {
        // A paragraph break ends any quotation still open.
        if let Some(o) = open {
            if i > 0 && paragraph_of(i) != paragraph_of(o) {
                if i - o > 1 {
                    spans.push(QuoteSpan { open: o, close: i, runs_on: true });
                }
                open = None;
            }
        }
        match direction(seg, i, single) {
            Some(QuoteMark::Open) if open.is_none() => open = Some(i),
            Some(QuoteMark::Open) => open = Some(i), // a stray opening mark: restart from the newer one
            Some(QuoteMark::Close) => {
                if let Some(o) = open.take() {
                    if i - o > 1 {
                        spans.push(QuoteSpan { open: o, close: i, runs_on: false });
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        if seg.tokens.len() - o > 1 {
            spans.push(QuoteSpan { open: o, close: seg.tokens.len(), runs_on: true });
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    fn quoted(text: &str) -> Vec<String> {
        let seg = segment(text);
        find_spans(&seg)
            .iter()
            .map(|s| {
                let (a, b) = s.inner(&seg);
                text[a..b].to_string()
            })
            .collect()
    }

    #[test]
    fn quotation_mark_hazards() {
        let table: &[(&str, &[&str])] = &[
            ("“We will act,” she said.", &["We will act,"]),
            ("He said \"we will act\" today.", &["we will act"]),
            ("“First part.\n\n“Second part,” he said.", &["First part.", "Second part,"]),
            ("“Outer ‘inner’ words,” he said.", &["Outer ‘inner’ words,"]),
            ("A stray “ mark here.\n\nNext “real quote” there.", &["mark here.", "real quote"]),
            // A stray closing mark opens nothing.
            ("The ” mark is stray. “Real words,” he said.", &["Real words,"]),
            // An unclosed mark ends with its paragraph.
            ("He said “we will go.\n\nThe talks ended.", &["we will go."]),
            // Straight marks, nested straight single marks.
            ("\"We will act,\" she said.", &["We will act,"]),
            ("\"He called it 'a farce' today,\" she said.", &["He called it 'a farce' today,"]),
            // British style: single marks, and apostrophes that are no marks.
            ("‘We won’t yield,’ she said of Norway’s claim.", &["We won’t yield,"]),
            ("'We will act,' she said.", &["We will act,"]),
            ("Norway’s envoy didn’t come.", &[]),
        ];
        for (text, expected) in table {
            assert_eq!(&quoted(text), expected, "{text}");
        }
    }
}
