//! Recognizing HTML tags left in scraped text. Only known HTML tag names
//! count, so `1 < 2` or `<john@example.org>` stay text.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `<br>`: a line break.
    LineBreak,
    /// `<p>`, `</p>`, `<div>`, headings, list items...: a paragraph break.
    ParagraphBreak,
    /// Anything else (`<a href>`, `<span>`, comments, scripts): dropped.
    Inline,
}

const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "hr",
    "aside",
    "nav",
    "main",
    "dl",
    "dt",
    "dd",
    "pre",
    "title",
    "center",
    "address",
];

const INLINE: &[&str] = &[
    "a", "span", "b", "i", "u", "em", "strong", "small", "sup", "sub", "font", "img", "abbr", "cite", "q", "time",
    "mark", "s", "strike", "code", "iframe", "source", "picture", "video", "audio", "meta", "link", "input", "button",
    "form", "label", "svg", "path", "g", "html", "head", "body", "tbody", "thead", "tfoot", "td", "th", "caption",
    "wbr", "big", "ins", "del", "base", "col", "colgroup", "option", "select", "textarea",
];

/// Elements whose content is dropped with them.
const SKIP_CONTENT: &[&str] = &["script", "style", "noscript"];

/// The longest a tag may be (attributes included).
const MAX_TAG: usize = 2000;

/// Remembers which closing tags are known to be absent from the rest of the
/// text, so that many unclosed `<script>` tags cannot make the pass quadratic.
#[derive(Debug, Default)]
pub(crate) struct Scanner {
    unclosed: [bool; SKIP_CONTENT.len()],
}

/// Position of `needle` (ASCII, lowercase) in `hay`, ignoring ASCII case.
fn find_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

impl Scanner {
    /// The tag starting at `raw[i]` (a `<`), and its length in bytes.
    pub(crate) fn tag_at(&mut self, raw: &str, i: usize) -> Option<(Tag, usize)> {
        tag_at(raw, i, &mut self.unclosed)
    }
}

fn tag_at(raw: &str, i: usize, unclosed: &mut [bool; SKIP_CONTENT.len()]) -> Option<(Tag, usize)> {
    let s = &raw[i..];
    let b = s.as_bytes();
    if let Some(comment) = s.strip_prefix("<!--") {
        let end = comment.find("-->")?;
        return Some((Tag::Inline, 4 + end + 3));
    }
    if s.starts_with("<!") {
        let end = find_close(b, 2)?;
        return Some((Tag::Inline, end + 1));
    }
    let name_start = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    let mut j = name_start;
    while j < b.len() && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == name_start || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    match b.get(j) {
        Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r') => {}
        _ => return None,
    }
    let name = s[name_start..j].to_ascii_lowercase();
    let close = find_close(b, j)?;
    let len = close + 1;
    if BLOCK.contains(&name.as_str()) {
        return Some((Tag::ParagraphBreak, len));
    }
    if name == "br" {
        return Some((Tag::LineBreak, len));
    }
    if let Some(which) = SKIP_CONTENT.iter().position(|n| *n == name) {
        if name_start == 2 || unclosed[which] {
            return Some((Tag::Inline, len));
        }
        // Drop up to and including the closing tag, if there is one.
        let closing = format!("</{name}");
        return match find_ignore_case(&b[len..], closing.as_bytes()) {
            Some(at) => {
                let after = len + at;
                let end = find_close(b, after + closing.len()).map_or(s.len(), |e| e + 1);
                Some((Tag::Inline, end))
            }
            None => {
                unclosed[which] = true;
                Some((Tag::Inline, len))
            }
        };
    }
    if INLINE.contains(&name.as_str()) {
        return Some((Tag::Inline, len));
    }
    None
}

/// The `>` closing a tag whose name ends at `from`, within [`MAX_TAG`]
/// bytes and before any other `<`.
fn find_close(b: &[u8], from: usize) -> Option<usize> {
    let limit = b.len().min(from + MAX_TAG);
    (from..limit).take_while(|&k| b[k] != b'<').find(|&k| b[k] == b'>')
}
