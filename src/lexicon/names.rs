//! One leftmost-longest matcher over every proper name of the lexicon.

use rustc_hash::FxHashMap;

use super::trie::Trie;

/// What a matched name points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Country(usize),
    Org(usize),
    Body(usize),
    Person(usize),
    Place(usize),
}

/// How the name was written: the entry's name, an alias, an adjective or
/// demonym ("Russian"), or a seat of government ("the Kremlin").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameForm {
    Name,
    Alias,
    Adjective,
    Seat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameRef {
    pub target: Target,
    pub form: NameForm,
}

/// A name found in a text: byte span, words and the pattern's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    pub start: usize,
    pub end: usize,
    /// The name's words, `first..last`, as indexes into the words searched.
    pub first: usize,
    pub last: usize,
    pub pattern: usize,
}

#[derive(Debug, Default)]
pub struct NameMatcher {
    trie: Trie,
    /// Every entry each name stands for, pattern after pattern: pattern
    /// `p`'s are `refs[ref_starts[p]..ref_starts[p + 1]]`. One array, not
    /// a vector per pattern: each name found is read here, and one load
    /// from memory less per name shows in the search's time.
    refs: Vec<NameRef>,
    ref_starts: Vec<u32>,
    by_name: FxHashMap<String, usize>,
}

impl NameMatcher {
    pub fn new(names: &[(&str, NameRef)]) -> NameMatcher {
        let mut by_name: FxHashMap<String, usize> = FxHashMap::default();
        by_name.reserve(names.len());
        // What each name stands for, as (pattern, entry) in the order given.
        let mut found: Vec<(usize, NameRef)> = Vec::with_capacity(names.len());
        let mut add = |spelling: &str, r: NameRef| {
            let pattern = match by_name.get(spelling) {
                Some(&pattern) => pattern,
                None => {
                    by_name.insert(spelling.to_string(), by_name.len());
                    by_name.len() - 1
                }
            };
            found.push((pattern, r));
        };
        for &(name, r) in names {
            add(name, r);
            // The same name with either apostrophe: texts use both.
            if name.contains('\'') {
                add(&name.replace('\'', "\u{2019}"), r);
            }
        }
        // Stable: a name's entries stay in the order given, each once.
        found.sort_by_key(|&(pattern, _)| pattern);
        let (mut refs, mut ref_starts) = (Vec::with_capacity(found.len()), vec![0]);
        for group in found.chunk_by(|a, b| a.0 == b.0) {
            let start = refs.len();
            for &(_, r) in group {
                if !refs[start..].contains(&r) {
                    refs.push(r);
                }
            }
            ref_starts.push(refs.len() as u32);
        }
        let mut patterns = vec![""; by_name.len()];
        for (name, &pattern) in &by_name {
            patterns[pattern] = name;
        }
        NameMatcher { trie: Trie::new(&patterns), refs, ref_starts, by_name }
    }

    pub fn lookup(&self, name: &str) -> &[NameRef] {
        self.by_name.get(name).map(|&i| self.refs(i)).unwrap_or(&[])
    }

    pub fn refs(&self, pattern: usize) -> &[NameRef] {
        &self.refs[self.ref_starts[pattern] as usize..self.ref_starts[pattern + 1] as usize]
    }

    /// The names made of whole words of `text`, left to right, not
    /// overlapping: at each word, the longest name that ends on a word's
    /// end. `words` are the byte spans of the words in order, as `span`
    /// reads them; no word may start right after a letter or digit.
    pub fn find_in_words<'a, W, S>(
        &'a self,
        text: &'a str,
        words: &'a [W],
        span: S,
    ) -> impl Iterator<Item = NameHit> + 'a
    where
        S: Fn(&W) -> (usize, usize) + Copy + 'a,
    {
        self.trie.find_words(text.as_bytes(), words, span).filter_map(move |(first, last, pattern)| {
            let (start, _) = span(&words[first]);
            let (_, end) = span(&words[last - 1]);
            // "U.S." is followed by a letter only inside something like "U.S.A", which is its own alias.
            (!letter_at(text, end)).then_some(NameHit { start, end, first, last, pattern })
        })
    }

    /// [`NameMatcher::find_in_words`] over the words of a text with no
    /// segmentation at hand: runs of letters and digits, and each other
    /// character but spaces on its own.
    pub fn find(&self, text: &str) -> Vec<NameHit> {
        self.find_in_words(text, &plain_words(text), |&w| w).collect()
    }
}

/// Whether a letter or digit starts at byte `at`.
fn letter_at(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        // After a name come ’, — and quotation marks more than any other
        // character outside ASCII: the block of general punctuation (U+2000
        // to U+206F) holds no letter nor digit, and is told apart without
        // Unicode's tables.
        Some(_) => {
            text[at..].chars().next().is_some_and(|c| !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric())
        }
        None => false,
    }
}

fn plain_words(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut run = None;
    for (at, c) in text.char_indices() {
        if c.is_alphanumeric() {
            run.get_or_insert(at);
            continue;
        }
        if let Some(start) = run.take() {
            words.push((start, at));
        }
        if !c.is_whitespace() {
            words.push((at, at + c.len_utf8()));
        }
    }
    words.extend(run.map(|start| (start, text.len())));
    words
}

#[cfg(test)]
mod tests {
    use super::letter_at;

    #[test]
    fn letters_and_digits_after_a_name() {
        assert!(letter_at("Iranian", 4) && letter_at("Iran2", 4) && !letter_at("Iran ", 4) && !letter_at("Iran", 4));
        assert!(letter_at("Irané", 4), "a letter outside ASCII");
        assert!(letter_at("Iran\u{0663}", 4), "a digit outside ASCII");
        assert!(!letter_at("Iran’s", 4) && !letter_at("Iran—", 4) && !letter_at("Iran”", 4));
        assert!(letter_at("Iran\u{2071}", 4), "a letter right after the general punctuation");
    }
}
