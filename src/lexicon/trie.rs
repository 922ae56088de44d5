//! A byte trie over the lexicon's names, searched word by word.
//!
//! A name starts where a word starts and ends where a word ends, so a
//! search walks the trie from each word's first byte only and keeps the
//! longest name that ends exactly on a word's end. There is no need for an
//! automaton's failure links (building those for thousands of names cost
//! more than the whole search of a few hundred articles), nor for a walk
//! from every byte: the walk from a word is a few steps.

/// The first eight bytes of `bytes` (zeros past its end) as a number that
/// orders as they do: an order consistent with the bytes' own.
fn head(bytes: &[u8]) -> u64 {
    let mut head = [0; 8];
    let n = bytes.len().min(8);
    head[..n].copy_from_slice(&bytes[..n]);
    u64::from_be_bytes(head)
}

/// No node, no pattern.
const NONE: u32 = u32::MAX;

/// From how many children on a node's children are also a row indexed by
/// byte: a scan of the children's bytes would cost more than the row's
/// lookup. About a hundred of the names' nodes have so many.
const DENSE_CHILDREN: usize = 8;

/// `Node::kids` of a node whose children are a row of `Trie::dense`.
const DENSE: u16 = u16::MAX;

/// The root: the node of the empty prefix, always a row.
const ROOT: u32 = 0;

/// A node's children are the `kids` nodes from `first` on, sorted by byte;
/// each node's subtree is laid out after it. A name's later bytes, where
/// nodes have one child, are then consecutive nodes of one array: the
/// search's time goes mostly to its loads from memory, and a walk down a
/// name reads one place, not a node, a byte and a child index apart. Eight
/// bytes: the pattern that ends at a node, asked only where a word ends,
/// is in an array of its own ([`Trie::patterns`]).
#[derive(Debug, Clone, Copy)]
struct Node {
    /// The first child; for a dense node, its row of `dense`.
    first: u32,
    /// The byte on the edge into this node.
    byte: u8,
    /// How many children, or [`DENSE`]: the root, a node one byte deep and
    /// one with many children have their children as a row of `dense`,
    /// indexed by byte. Nearly every word's first byte starts a name, and
    /// the walks pass the first levels, where nodes have the most children,
    /// most often.
    kids: u16,
}

#[derive(Debug)]
pub struct Trie {
    /// The pairs of bytes some pattern starts with (or, for a pattern of
    /// one byte, starts with the first of). Most words start no name with
    /// their first two bytes, and are out on this test alone.
    pairs: Bits,
    /// The pairs that begin a pattern shorter than four bytes.
    short: Bits,
    /// The node four bytes down each pattern of four bytes or more, by those
    /// bytes ([`Quads`]). Of the words that pass the pairs, half are out on
    /// their first four bytes; a walk from a word of four bytes or more
    /// starts there, one lookup instead of four steps through the top of
    /// the trie, whose nodes lie far apart in memory.
    quads: Quads,
    nodes: Vec<Node>,
    /// Per node, the pattern that ends there, or `NONE`.
    patterns: Vec<u32>,
    dense: Vec<u32>,
}

impl Default for Trie {
    fn default() -> Trie {
        Trie::new(&[])
    }
}

impl Trie {
    /// A trie over `patterns`; a match reports the pattern's index. Empty
    /// patterns are left out: a search never reports an empty match.
    pub fn new(patterns: &[&str]) -> Trie {
        // Most names differ in their first eight bytes: read as one number,
        // kept beside the name, they settle most comparisons without memcmp.
        let mut keyed: Vec<(u64, &[u8], u32)> = patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .map(|(i, p)| (head(p.as_bytes()), p.as_bytes(), i as u32))
            .collect();
        // Stable, so that of two equal patterns the first keeps the name.
        keyed.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
        let mut sorted: Vec<(&[u8], u32)> = keyed.into_iter().map(|(_, pattern, index)| (pattern, index)).collect();
        sorted.dedup_by(|later, earlier| later.0 == earlier.0);
        let mut trie = Trie {
            pairs: Bits::default(),
            short: Bits::default(),
            quads: Quads::default(),
            nodes: vec![Node { first: 0, byte: 0, kids: 0 }],
            patterns: vec![NONE],
            dense: Vec::new(),
        };
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
                    if rest.len() < 2 {
                        trie.short.insert(pair(first, second));
                    }
                }
                [] => {}
            }
        }
        trie.fill(ROOT, &sorted, 0);
        let mut fours: Vec<[u8; 4]> = sorted.iter().filter_map(|(p, _)| p.get(..4)?.try_into().ok()).collect();
        fours.dedup();
        trie.quads = Quads::with_room(fours.len());
        for four in fours {
            let node = four.iter().fold(ROOT, |node, &byte| trie.child(node, byte));
            trie.quads.insert(four, node);
        }
        trie
    }

    /// Adds the children of node `id`, whose prefix is the first `depth`
    /// bytes of the sorted patterns of `group`, and their subtrees. A
    /// pattern of exactly `depth` bytes sorts first: it ends at `id`.
    fn fill(&mut self, id: u32, group: &[(&[u8], u32)], depth: usize) {
        // Past the first bytes most nodes lead to one name only: its other
        // bytes are a chain of nodes of one child each, laid out in a loop.
        if let [(pattern, index)] = *group {
            if depth > 1 {
                let mut id = id as usize;
                for &byte in &pattern[depth..] {
                    let child = self.nodes.len();
                    self.nodes.push(Node { first: 0, byte, kids: 0 });
                    self.patterns.push(NONE);
                    self.nodes[id].first = child as u32;
                    self.nodes[id].kids = 1;
                    id = child;
                }
                self.patterns[id] = index;
                return;
            }
        }
        let rest = match group.split_first() {
            Some((&(p, index), rest)) if p.len() == depth => {
                self.patterns[id as usize] = index;
                rest
            }
            _ => group,
        };
        let runs = rest.chunk_by(|a, b| a.0[depth] == b.0[depth]);
        let first = self.nodes.len();
        self.nodes.extend(runs.clone().map(|run| Node { first: 0, byte: run[0].0[depth], kids: 0 }));
        let kids = self.nodes.len() - first;
        self.patterns.resize(self.nodes.len(), NONE);
        self.nodes[id as usize].first = first as u32;
        self.nodes[id as usize].kids = kids as u16;
        for (k, run) in runs.enumerate() {
            self.fill((first + k) as u32, run, depth + 1);
        }
        if depth <= 1 || kids >= DENSE_CHILDREN {
            self.densify(id);
        }
    }

    fn densify(&mut self, id: u32) {
        let row = self.dense.len();
        self.dense.resize(row + 256, NONE);
        let Node { first, kids, .. } = self.nodes[id as usize];
        for child in first..first + u32::from(kids) {
            self.dense[row + usize::from(self.nodes[child as usize].byte)] = child;
        }
        let node = &mut self.nodes[id as usize];
        node.first = (row / 256) as u32;
        node.kids = DENSE;
    }

    #[inline]
    fn child(&self, node: u32, byte: u8) -> u32 {
        let Node { first, kids, .. } = self.nodes[node as usize];
        if kids == DENSE {
            return self.dense[first as usize * 256 + usize::from(byte)];
        }
        let first = first as usize;
        // Past a name's first bytes nearly every node has one child, the next node.
        if kids == 1 {
            return if self.nodes.get(first).is_some_and(|n| n.byte == byte) { first as u32 } else { NONE };
        }
        match self.nodes[first..first + usize::from(kids)].iter().position(|n| n.byte == byte) {
            Some(k) => (first + k) as u32,
            None => NONE,
        }
    }

    /// Where the walk from a word that spans `start..end` begins, judged by
    /// the bytes there: a node and the byte after it; None when no pattern
    /// can start there.
    #[inline]
    fn walk_start(&self, text: &[u8], start: usize, end: usize) -> Option<(u32, usize)> {
        let from_root = || (self.child(ROOT, text[start]), start + 1);
        match text.get(start..start + 4) {
            Some(&[a, b, c, d]) => {
                let pair = pair(a, b);
                if !self.pairs.contains(pair) {
                    return None;
                }
                let node = self.quads.get([a, b, c, d]);
                if end >= start + 4 {
                    // No word ends in the first four bytes, so no shorter pattern can match.
                    return (node != NONE).then_some((node, start + 4));
                }
                (node != NONE || self.short.contains(pair)).then(from_root)
            }
            // Too few bytes left for four.
            _ => text.get(start..start + 2).is_none_or(|two| self.pairs.contains(pair(two[0], two[1]))).then(from_root),
        }
    }

    /// The longest pattern that starts with word `first` and ends where a
    /// word ends, walking on from `node` at byte `at`: (one past its last
    /// word, pattern).
    #[inline]
    fn longest_from<W>(
        &self,
        text: &[u8],
        words: &[W],
        span: impl Fn(&W) -> (usize, usize),
        first: usize,
        (mut node, mut at): (u32, usize),
    ) -> Option<(usize, usize)> {
        let mut longest = None;
        // A pattern counts only where a word ends, so the walk asks for one there only.
        for (word, w) in words.iter().enumerate().skip(first) {
            let (_, end) = span(w);
            while at < end && node != NONE {
                node = self.child(node, text[at]);
                at += 1;
            }
            if node == NONE {
                break;
            }
            let pattern = self.patterns[node as usize];
            if pattern != NONE {
                longest = Some((word + 1, pattern as usize));
            }
        }
        longest
    }

    /// Matches made of whole words, left to right, not overlapping: at each
    /// word, the longest pattern that starts there and ends where a word
    /// ends; the search goes on at the word after the match. `words` are the
    /// byte spans of the words of `text` in order, as `span` reads them.
    /// Items: (first word, one past the last word, pattern).
    pub fn find_words<'a, W>(
        &'a self,
        text: &'a [u8],
        words: &'a [W],
        span: impl Fn(&W) -> (usize, usize) + 'a,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let mut next = 0;
        std::iter::from_fn(move || {
            while next < words.len() {
                let first = next;
                let (start, end) = span(&words[first]);
                let Some(walk) = self.walk_start(text, start, end) else {
                    next += 1;
                    continue;
                };
                match self.longest_from(text, words, &span, first, walk) {
                    Some((last, pattern)) => {
                        next = last;
                        return Some((first, last, pattern));
                    }
                    None => next += 1,
                }
            }
            None
        })
    }
}

fn pair(first: u8, second: u8) -> u16 {
    u16::from_be_bytes([first, second])
}

/// A map from four bytes to a node: open addressing, at most half full.
#[derive(Debug)]
struct Quads {
    /// (the bytes, the node); an empty slot's node is `NONE`.
    slots: Vec<([u8; 4], u32)>,
}

impl Default for Quads {
    fn default() -> Quads {
        Quads::with_room(0)
    }
}

impl Quads {
    fn with_room(count: usize) -> Quads {
        Quads { slots: vec![([0; 4], NONE); (2 * count).next_power_of_two()] }
    }

    fn slot(&self, bytes: [u8; 4]) -> usize {
        let hash = u64::from(u32::from_le_bytes(bytes)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
        hash as usize & (self.slots.len() - 1)
    }

    fn insert(&mut self, bytes: [u8; 4], node: u32) {
        let mut slot = self.slot(bytes);
        while self.slots[slot].1 != NONE {
            slot = (slot + 1) & (self.slots.len() - 1);
        }
        self.slots[slot] = (bytes, node);
    }

    /// The node, or `NONE`.
    fn get(&self, bytes: [u8; 4]) -> u32 {
        let mut slot = self.slot(bytes);
        loop {
            let (key, node) = self.slots[slot];
            if node == NONE || key == bytes {
                return node;
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
    }
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

    /// The words of `text` split at spaces, as byte spans.
    fn spaced_words(text: &str) -> Vec<(usize, usize)> {
        let mut words = Vec::new();
        let mut start = 0;
        for word in text.split(' ') {
            if !word.is_empty() {
                words.push((start, start + word.len()));
            }
            start += word.len() + 1;
        }
        words
    }

    /// The matches as byte spans: (start, end, pattern).
    fn matches(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let words = spaced_words(text);
        Trie::new(patterns)
            .find_words(text.as_bytes(), &words, |&w| w)
            .map(|(first, last, pattern)| (words[first].0, words[last - 1].1, pattern))
            .collect()
    }

    #[test]
    fn whole_words_then_longest() {
        assert_eq!(matches(&["Korea", "South Korea", "South"], "in South Korea ."), vec![(3, 14, 1)]);
        assert_eq!(matches(&["Korea", "South Korea"], "XSouth Korea"), vec![(7, 12, 0)], "no match inside a word");
        assert_eq!(matches(&["Iran", "Iran I"], "Iran Iraq"), vec![(0, 4, 0)], "a longer pattern ending inside a word");
        assert_eq!(matches(&["ab", "bcd"], "abcd"), vec![]);
        assert_eq!(matches(&["U.S.", "U.S.A."], "U.S.A. and U.S."), vec![(0, 6, 1), (11, 15, 0)]);
        assert_eq!(matches(&["", "a"], "b a"), vec![(2, 3, 1)]);
        assert_eq!(matches(&["a", "a"], "a"), vec![(0, 1, 0)]);
        assert_eq!(matches(&["a", "bc"], "xa a b bc b"), vec![(3, 4, 0), (7, 9, 1)]);
        assert_eq!(matches(&["abc", "abcde"], "abcd abcde abc"), vec![(5, 10, 1), (11, 14, 0)]);
        assert_eq!(matches(&["a b", "b c"], "a b c"), vec![(0, 3, 0)], "the search goes on after a match");
        assert_eq!(matches(&["a  b"], "a  b"), vec![(0, 4, 0)], "a pattern spans what lies between words");
    }

    /// What the search must find, from every match of every pattern
    /// (Aho-Corasick, overlapping): at each word, the longest match that
    /// ends on a word's end, then on after it.
    fn reference(patterns: &[String], text: &str, words: &[(usize, usize)]) -> Vec<(usize, usize, usize)> {
        use aho_corasick::AhoCorasick;
        let all: Vec<_> = AhoCorasick::new(patterns).unwrap().find_overlapping_iter(text).collect();
        let mut found = Vec::new();
        let mut next = 0;
        while next < words.len() {
            let whole = all.iter().filter(|m| m.start() == words[next].0).filter_map(|m| {
                let last = words.iter().position(|w| w.1 == m.end())?;
                Some((m.end(), std::cmp::Reverse(m.pattern().as_usize()), last + 1))
            });
            match whole.max() {
                Some((_, std::cmp::Reverse(pattern), last)) => {
                    found.push((next, last, pattern));
                    next = last;
                }
                None => next += 1,
            }
        }
        found
    }

    #[test]
    fn agrees_with_aho_corasick_on_whole_words() {
        let mut rng = fastrand::Rng::with_seed(8);
        let string = |rng: &mut fastrand::Rng, len: usize| -> String {
            (0..len).map(|_| ['a', 'b', ' '][rng.usize(..3)]).collect()
        };
        for _ in 0..300 {
            let patterns: Vec<String> = (0..rng.usize(1..12))
                .map(|_| {
                    let len = rng.usize(1..7);
                    string(&mut rng, len)
                })
                .collect();
            let len = rng.usize(0..60);
            let text = string(&mut rng, len);
            let words = spaced_words(&text);
            let trie = Trie::new(&patterns.iter().map(String::as_str).collect::<Vec<_>>());
            let found: Vec<_> = trie.find_words(text.as_bytes(), &words, |&w| w).collect();
            assert_eq!(found, reference(&patterns, &text, &words), "{patterns:?} in {text:?}");
        }
    }
}
