//! Text that remembers, for each of its bytes, the byte of the original it
//! came from (the alignment idea of Hugging Face tokenizers' normalizer).

/// `offsets[i]` is the original byte offset of `text`'s byte `i`.
/// Invariants: `offsets.len() == text.len()`, non-decreasing.
#[derive(Debug, Default, Clone)]
pub(crate) struct Mapped {
    pub text: String,
    pub offsets: Vec<u32>,
}

impl Mapped {
    pub fn with_capacity(n: usize) -> Self {
        Mapped { text: String::with_capacity(n), offsets: Vec::with_capacity(n + 1) }
    }

    /// Copy `s`, found at original offset `at`: byte `i` maps to `at + i`.
    pub fn push_copied(&mut self, s: &str, at: usize) {
        self.text.push_str(s);
        self.offsets.extend((at..at + s.len()).map(|o| o as u32));
    }

    /// Push `s`, all of whose bytes stand for what starts at `at` (a decoded
    /// entity, a replaced character, a separator).
    pub fn push_replaced(&mut self, s: &str, at: usize) {
        self.text.push_str(s);
        self.offsets.extend(std::iter::repeat_n(at as u32, s.len()));
    }

    pub fn push_char(&mut self, c: char, at: usize) {
        let mut buf = [0u8; 4];
        self.push_replaced(c.encode_utf8(&mut buf), at);
    }

    /// Copy `from.text[range]` with its offsets (composition of two maps).
    pub fn push_from(&mut self, from: Source, range: std::ops::Range<usize>) {
        match from.offsets {
            Some(offsets) => {
                self.text.push_str(&from.text[range.clone()]);
                self.offsets.extend_from_slice(&offsets[range]);
            }
            None => self.push_copied(&from.text[range.clone()], range.start),
        }
    }
}

/// A text to copy from, and the original byte each of its bytes came from:
/// a [`Mapped`], or the original itself (most texts need no character
/// replaced, and then no copy and no map of them is made).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Source<'a> {
    pub text: &'a str,
    /// As [`Mapped::offsets`]; `None` when each byte is the original's own.
    offsets: Option<&'a [u32]>,
}

impl<'a> Source<'a> {
    pub fn original(text: &'a str) -> Self {
        Source { text, offsets: None }
    }

    pub fn mapped(m: &'a Mapped) -> Self {
        Source { text: &m.text, offsets: Some(&m.offsets) }
    }

    /// The original offset of byte `i`, if `i` is inside the text.
    pub fn origin(&self, i: usize) -> Option<usize> {
        match self.offsets {
            Some(offsets) => offsets.get(i).map(|&o| o as usize),
            None => (i < self.text.len()).then_some(i),
        }
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }
}
