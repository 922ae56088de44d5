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
/// no double mark at all, and a single mark that opens a quotation. `marks`:
/// the tokens that are quotation marks, in order
/// (`Context::quote_marks`).
pub fn single_mark_style(seg: &Segmentation, marks: &[usize]) -> bool {
    !marks.iter().any(|&i| matches!(seg.tokens[i].kind, TokenKind::Quote(_)))
        && marks.iter().any(|&i| direction(seg, i, true) == Some(QuoteMark::Open))
}

/// The quotations of a document from its quotation marks (`marks`, as
/// `Context::quote_marks` gives them), which are single ones when `single` (see
/// [`single_mark_style`]). Only marks open or close anything: the other
/// tokens are passed over.
pub fn find_spans(seg: &Segmentation, marks: &[usize], single: bool) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    // The open mark, and the first token of a later paragraph, where it ends at the latest.
    let mut open: Option<(usize, usize)> = None;
    // Where the paragraph of the last opening mark ends: the marks come in
    // order, so each paragraph's end is looked for once, not once per mark.
    let mut ends = ParagraphEnds { paragraph: None, end: 0 };
    for &i in marks {
        let Some(mark) = direction(seg, i, single) else { continue };
        // A paragraph break ends any quotation still open.
        if let Some((o, paragraph_end)) = open {
            if i >= paragraph_end {
                if paragraph_end - o > 1 {
                    spans.push(QuoteSpan { open: o, close: paragraph_end, runs_on: true });
                }
                open = None;
            }
        }
        match mark {
            // A stray opening mark restarts the quotation from the newer one.
            QuoteMark::Open => open = Some((i, ends.of(seg, i))),
            QuoteMark::Close => {
                if let Some((o, _)) = open.take() {
                    if i - o > 1 {
                        spans.push(QuoteSpan { open: o, close: i, runs_on: false });
                    }
                }
            }
            QuoteMark::Straight => {}
        }
    }
    if let Some((o, paragraph_end)) = open {
        if paragraph_end - o > 1 {
            spans.push(QuoteSpan { open: o, close: paragraph_end, runs_on: true });
        }
    }
    spans
}

/// The end of the last paragraph asked about.
struct ParagraphEnds {
    paragraph: Option<usize>,
    end: usize,
}

impl ParagraphEnds {
    /// The first token after `token` in another paragraph (of the sentence
    /// that `Segmentation::sentence_at` gives), or the end of the text.
    fn of(&mut self, seg: &Segmentation, token: usize) -> usize {
        let s = seg.sentence_at(seg.tokens[token].start);
        let Some(paragraph) = seg.sentences.get(s).map(|x| x.paragraph) else { return seg.tokens.len() };
        if self.paragraph != Some(paragraph) {
            self.paragraph = Some(paragraph);
            self.end = match (s + 1..seg.sentences.len()).find(|&n| seg.sentences[n].paragraph != paragraph) {
                // A token belongs to the first sentence that ends after its start.
                Some(next) => seg.tokens.partition_point(|t| t.start < seg.sentences[next - 1].end),
                None => seg.tokens.len(),
            };
        }
        self.end.max(token + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment;

    /// The tokens of `seg` that are quotation marks, as `Context::quote_marks`.
    fn mark_tokens(seg: &Segmentation) -> Vec<usize> {
        let kinds = seg.tokens.iter().map(|t| t.kind).enumerate();
        kinds
            .filter(|(_, kind)| matches!(kind, TokenKind::Quote(_) | TokenKind::SingleQuote(_)))
            .map(|(i, _)| i)
            .collect()
    }

    fn quoted(text: &str) -> Vec<String> {
        let seg = segment(text);
        let marks = mark_tokens(&seg);
        find_spans(&seg, &marks, single_mark_style(&seg, &marks))
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
