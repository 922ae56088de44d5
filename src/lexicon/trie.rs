//! A byte trie over the lexicon's names, searched leftmost-longest.
//!
//! It finds exactly the matches of an Aho-Corasick automaton with
//! leftmost-longest semantics (the earliest start, and there the longest
//! name; the next search resumes where the match ends), but without the
//! automaton's failure links: building those for thousands of names cost
//! more than the whole search of a few hundred articles. Here a search
//! tries each byte as a start instead, and most bytes fail at once: no name
//! starts with the two (or four) bytes there.

/// No node, no pattern.
const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    /// The children are `bytes[first..first + len]` / `children[..]`, sorted by byte.
    first: u32,
    len: u32,
    /// The pattern that ends here.
    pattern: u32,
    /// For a node one byte deep: its children again as a row of `dense`,
    /// indexed by byte. Nearly every letter of a text starts a name's first
    /// byte, and the second byte then ends the search.
    row: u32,
}

#[derive(Debug)]
pub struct Trie {
    /// The pairs of bytes some pattern starts with (or, for a pattern of
    /// one byte, starts with the first of).
    pairs: Bits,
    /// The pairs that begin a pattern shorter than four bytes.
    short: Bits,
    /// The [`quad`]s of the first four bytes of the longer patterns. Names
    /// of lower-case words ("interior ministry") start with pairs that
    /// half the words of a text have.
    quads: Bits,
    /// The node each first byte leads to.
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
    bytes: Vec<u8>,
    children: Vec<u32>,
    dense: Vec<u32>,
}

impl Default for Trie {
    fn default() -> Trie {
        Trie {
            pairs: Bits::default(),
            short: Bits::default(),
            quads: Bits::default(),
            root: Box::new([NONE; 256]),
            nodes: Vec::new(),
            bytes: Vec::new(),
            children: Vec::new(),
            dense: Vec::new(),
        }
    }
}

impl Trie {
    /// A trie over `patterns`; a match reports the pattern's index. Empty
    /// patterns are left out: a search never reports an empty match.
    pub fn new(patterns: &[String]) -> Trie {
        let mut sorted: Vec<(&[u8], u32)> =
            patterns.iter().enumerate().filter(|(_, p)| !p.is_empty()).map(|(i, p)| (p.as_bytes(), i as u32)).collect();
        // Stable, so that of two equal patterns the first keeps the name, as in the automaton.
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        sorted.dedup_by(|later, earlier| later.0 == earlier.0);
        let mut trie = Trie::default();
        for &(pattern, _) in &sorted {
            match *pattern {
                [first] => {
                    for second in 0..=u8::MAX {
                        trie.pairs.insert(pair(first, second));
                        trie.short.insert(pair(first, second));
                    }
                }
                [first, second, ref rest @ ..] => {
                    trie.pairs.insert(pair(first, second));
                    match *rest {
                        [third, fourth, ..] => trie.quads.insert(quad([first, second, third, fourth])),
                        _ => trie.short.insert(pair(first, second)),
                    }
                }
                [] => {}
            }
        }
        let mut start = 0;
        while start < sorted.len() {
            let byte = sorted[start].0[0];
            let end = start + sorted[start..].iter().take_while(|(p, _)| p[0] == byte).count();
            let node = trie.add_node(&sorted[start..end], 1);
            trie.root[byte as usize] = node;
            trie.densify(node);
            start = end;
        }
        trie
    }

    /// The node for a group of sorted patterns that share their first
    /// `depth` bytes; a pattern of exactly `depth` bytes sorts first.
    fn add_node(&mut self, group: &[(&[u8], u32)], depth: usize) -> u32 {
        let id = self.nodes.len() as u32;
        let (pattern, rest) = match group.split_first() {
            Some((&(p, index), rest)) if p.len() == depth => (index, rest),
            _ => (NONE, group),
        };
        let first = self.bytes.len();
        let mut runs = rest.chunk_by(|a, b| a.0[depth] == b.0[depth]);
        for run in runs.clone() {
            self.bytes.push(run[0].0[depth]);
            self.children.push(NONE);
        }
        let len = self.bytes.len() - first;
        self.nodes.push(Node { first: first as u32, len: len as u32, pattern, row: NONE });
        for k in first..first + len {
            let run = runs.next().expect("one run per child");
            self.children[k] = self.add_node(run, depth + 1);
        }
        id
    }

    fn densify(&mut self, node: u32) {
        let row = self.dense.len();
        self.dense.resize(row + 256, NONE);
        let Node { first, len, .. } = self.nodes[node as usize];
        for k in first as usize..(first + len) as usize {
            self.dense[row + self.bytes[k] as usize] = self.children[k];
        }
        self.nodes[node as usize].row = (row / 256) as u32;
    }

    #[inline]
    fn child(&self, node: u32, byte: u8) -> u32 {
        let node = &self.nodes[node as usize];
        if node.row != NONE {
            return self.dense[node.row as usize * 256 + byte as usize];
        }
        let (first, len) = (node.first as usize, node.len as usize);
        // Below the first level most nodes have a child or two.
        match self.bytes[first..first + len].iter().position(|&b| b == byte) {
            Some(k) => self.children[first + k],
            None => NONE,
        }
    }

    /// The first position from `at` on where a pattern may start, judged by
    /// the bytes there.
    fn next_start(&self, text: &[u8], at: usize) -> Option<usize> {
        let rest = text.get(at..)?;
        let may_start = |w: &[u8]| {
            let pair = pair(w[0], w[1]);
            self.pairs.contains(pair)
                && (self.short.contains(pair) || self.quads.contains(quad([w[0], w[1], w[2], w[3]])))
        };
        if let Some(k) = rest.windows(4).position(may_start) {
            return Some(at + k);
        }
        // The last three bytes are too few for four.
        (text.len().saturating_sub(3).max(at)..text.len()).find(|&k| match text.get(k + 1) {
            Some(&second) => self.pairs.contains(pair(text[k], second)),
            None => self.root[text[k] as usize] != NONE,
        })
    }

    /// The longest pattern that starts at `start`: (end, pattern).
    fn longest_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        let mut node = self.root[text[start] as usize];
        let mut at = start + 1;
        let mut longest = None;
        while node != NONE {
            let pattern = self.nodes[node as usize].pattern;
            if pattern != NONE {
                longest = Some((at, pattern as usize));
            }
            let Some(&byte) = text.get(at) else { break };
            node = self.child(node, byte);
            at += 1;
        }
        longest
    }

    /// Non-overlapping matches left to right: (start, end, pattern).
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let text = text.as_bytes();
        let mut at = 0;
        std::iter::from_fn(move || {
            while let Some(start) = self.next_start(text, at) {
                match self.longest_at(text, start) {
                    Some((end, pattern)) => {
                        at = end;
                        return Some((start, end, pattern));
                    }
                    None => at = start + 1,
                }
            }
            at = text.len();
            None
        })
    }
}

fn pair(first: u8, second: u8) -> u16 {
    u16::from_be_bytes([first, second])
}

/// Four bytes hashed to sixteen bits.
fn quad(bytes: [u8; 4]) -> u16 {
    (u32::from_le_bytes(bytes).wrapping_mul(0x9E37_79B1) >> 16) as u16
}

/// A set of sixteen-bit numbers.
#[derive(Debug)]
struct Bits(Box<[u64; 1024]>);

impl Default for Bits {
    fn default() -> Bits {
        Bits(Box::new([0; 1024]))
    }
}

impl Bits {
    fn insert(&mut self, k: u16) {
        self.0[k as usize / 64] |= 1 << (k % 64);
    }

    fn contains(&self, k: u16) -> bool {
        self.0[k as usize / 64] & (1 << (k % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let patterns: Vec<String> = patterns.iter().map(|p| p.to_string()).collect();
        Trie::new(&patterns).find_iter(text).collect()
    }

    #[test]
    fn leftmost_then_longest() {
        assert_eq!(matches(&["Korea", "South Korea", "South"], "in South Korea."), vec![(3, 14, 1)]);
        assert_eq!(matches(&["Korea", "South Korea"], "XSouth Korea"), vec![(1, 12, 1)], "a match hides one inside it");
        assert_eq!(matches(&["ab", "bcd"], "abcd"), vec![(0, 2, 0)]);
        assert_eq!(matches(&["U.S.", "U.S.A."], "U.S.A. and U.S."), vec![(0, 6, 1), (11, 15, 0)]);
        assert_eq!(matches(&["", "a"], "ba"), vec![(1, 2, 1)]);
        assert_eq!(matches(&["a", "a"], "a"), vec![(0, 1, 0)]);
        assert_eq!(matches(&["a", "bc"], "xa ab bc b"), vec![(1, 2, 0), (3, 4, 0), (6, 8, 1)]);
        assert_eq!(matches(&["abc", "abcde"], "abcd abcde abc"), vec![(0, 3, 0), (5, 10, 1), (11, 14, 0)]);
    }

    #[test]
    fn agrees_with_aho_corasick() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let patterns = ["Iran", "Iranian", "Iraq", "ran", "an I", "Sudan", "South Sudan", "al-Assad", "Assad", "n"];
        let text = "Iranian and Iraqi forces in South Sudanese Iran. Bashar al-Assad, an Iranian ally, Sudan";
        let ac = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(patterns).unwrap();
        let expected: Vec<_> = ac.find_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
        assert_eq!(matches(&patterns, text), expected);
    }
}
