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

/// A name found in a text: byte span and the pattern's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

#[derive(Debug, Default)]
pub struct NameMatcher {
    trie: Trie,
    /// Pattern index -> every entry that name stands for.
    refs: Vec<Vec<NameRef>>,
    by_name: FxHashMap<String, usize>,
}

impl NameMatcher {
    pub fn new(names: Vec<(String, NameRef)>) -> NameMatcher {
        let mut matcher = NameMatcher::default();
        let mut patterns: Vec<String> = Vec::new();
        for (name, r) in names {
            // The same name with either apostrophe: texts use both.
            let mut spellings = vec![name.clone()];
            if name.contains('\'') {
                spellings.push(name.replace('\'', "\u{2019}"));
            }
            for spelling in spellings {
                let index = *matcher.by_name.entry(spelling.clone()).or_insert_with(|| {
                    patterns.push(spelling);
                    matcher.refs.push(Vec::new());
                    patterns.len() - 1
                });
                if !matcher.refs[index].contains(&r) {
                    matcher.refs[index].push(r);
                }
            }
        }
        matcher.trie = Trie::new(&patterns);
        matcher
    }

    pub fn lookup(&self, name: &str) -> &[NameRef] {
        self.by_name.get(name).map(|&i| self.refs[i].as_slice()).unwrap_or(&[])
    }

    pub fn refs(&self, pattern: usize) -> &[NameRef] {
        &self.refs[pattern]
    }

    /// Hits on word boundaries, left to right.
    pub fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = NameHit> + 'a {
        self.trie
            .find_iter(text)
            .filter(move |&(start, end, _)| on_word_boundaries(text, start, end))
            .map(|(start, end, pattern)| NameHit { start, end, pattern })
    }
}

fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let inside_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // "U.S." is followed by a letter only inside something like "U.S.A", which is its own alias.
    !inside_word(before) && !inside_word(after)
}
