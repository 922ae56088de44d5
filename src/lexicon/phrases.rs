//! Token-keyed indexes of the common-word phrases: agents, verbs, nouns.
//! Keys are lower-case first words, so a lookup is one hash per token, and
//! one per token gives both the verb and the noun phrases a word heads.

use rustc_hash::FxHashMap;

use super::entries::{Agent, NounPhrase, VerbForm, VerbPhrase};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgentHit {
    pub agent: usize,
    /// Number of words matched.
    pub len: usize,
    pub plural: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbHit {
    pub verb: usize,
    pub form: VerbForm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NounHit {
    pub noun: usize,
    pub plural: bool,
}

#[derive(Debug, Default)]
pub struct PhraseIndex {
    agents: FxHashMap<String, Vec<(Vec<String>, AgentHit)>>,
    /// A bit per [`head_bit`] of every first word of `agents`: most words
    /// start no agent phrase, and this tells so without hashing the word.
    agent_heads: Vec<u64>,
    headed: FxHashMap<String, Headed>,
    /// A bit per [`head_bit`] of every key of `headed`, as `agent_heads`.
    phrase_heads: Vec<u64>,
}

/// The verb and noun phrases one lower-case word heads.
#[derive(Debug, Default)]
pub struct Headed {
    pub verbs: Vec<VerbHit>,
    pub nouns: Vec<NounHit>,
    /// Positions in `verbs` of the phrases whose second word is a fixed
    /// word, by that word (sorted): most of a head's phrases fail on that
    /// word, so the matcher tries only those the text's next words allow.
    by_second: Vec<(String, Vec<usize>)>,
    /// The words of `by_second`: most words after a head are none of them,
    /// and this tells so without searching.
    seconds: WordSet,
    /// Positions in `verbs` of the one-word phrases and those whose second
    /// word is a slot (`*`) or a gap (`~`): always worth trying.
    open: Vec<usize>,
    /// For each of `verbs`, the [`WordSet`] of the words after the head that
    /// the text must have for it to match, with or without a last "with".
    needs: Vec<WordSet>,
}

/// A set of words as bits of their hashes: a superset of the words put in.
/// "accuse * of aggression" and 33 more phrases after "accused" share
/// their first words; the rest of most of them is not in the sentence.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct WordSet([u64; 4]);

impl WordSet {
    #[inline]
    pub fn insert(&mut self, word: &str) {
        let bit = head_bit(word) % 256;
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let bit = head_bit(word) % 256;
        self.0[bit / 64] & 1 << (bit % 64) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0 == [0; 4]
    }

    /// Every word of `other` may be in `self`.
    #[inline]
    pub fn may_contain(&self, other: &WordSet) -> bool {
        self.0.iter().zip(&other.0).all(|(mine, theirs)| mine & theirs == *theirs)
    }
}

impl Headed {
    /// Positions in `verbs` of the phrases that go on with `word` right after the head.
    pub fn verbs_continued_by(&self, word: &str) -> &[usize] {
        if !self.seconds.may_hold(word) {
            return &[];
        }
        match self.by_second.binary_search_by(|(second, _)| second.as_str().cmp(word)) {
            Ok(k) => &self.by_second[k].1,
            Err(_) => &[],
        }
    }

    /// Positions in `verbs` of the phrases any next word may continue.
    pub fn open_verbs(&self) -> &[usize] {
        &self.open
    }

    /// The words after the head that the phrase at `position` of `verbs`
    /// needs in the text.
    pub fn needs(&self, position: usize) -> &WordSet {
        &self.needs[position]
    }

    fn group_verbs(&mut self, verbs: &[VerbPhrase]) {
        for hit in &self.verbs {
            let words = &verbs[hit.verb].words[1..];
            // A phrase for doing something with someone also matches without its "with".
            let words = match words.split_last() {
                Some((last, head)) if last == "with" && !head.is_empty() => head,
                _ => words,
            };
            let mut needs = WordSet::default();
            words.iter().filter(|w| !matches!(w.as_str(), "*" | "~")).for_each(|w| needs.insert(w));
            self.needs.push(needs);
        }
        for (position, hit) in self.verbs.iter().enumerate() {
            match verbs[hit.verb].words.get(1).map(String::as_str) {
                None | Some("*" | "~") => self.open.push(position),
                Some(second) => match self.by_second.iter_mut().find(|(s, _)| s == second) {
                    Some((_, positions)) => positions.push(position),
                    None => {
                        self.seconds.insert(second);
                        self.by_second.push((second.to_string(), vec![position]));
                    }
                },
            }
        }
        self.by_second.sort_by(|a, b| a.0.cmp(&b.0));
    }
}

impl PhraseIndex {
    pub fn new(agents: &[Agent], verbs: &[VerbPhrase], nouns: &[NounPhrase]) -> PhraseIndex {
        let mut index = PhraseIndex::default();
        for (i, agent) in agents.iter().enumerate() {
            let singular = std::iter::once((&agent.phrase, false));
            let plurals = agent.plurals.iter().map(|p| (p, true));
            for (words, plural) in singular.chain(plurals) {
                let hit = AgentHit { agent: i, len: words.len(), plural };
                index.agents.entry(words[0].clone()).or_default().push((words.clone(), hit));
            }
        }
        index.agent_heads = vec![0; HEAD_BITS / 64];
        for (head, list) in &mut index.agents {
            set_bit(&mut index.agent_heads, head);
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        index.phrase_heads = vec![0; HEAD_BITS / 64];
        for (i, verb) in verbs.iter().enumerate() {
            for (form_word, form) in &verb.head_forms {
                set_bit(&mut index.phrase_heads, form_word);
                let hits = &mut index.headed.entry(form_word.clone()).or_default().verbs;
                let hit = VerbHit { verb: i, form: *form };
                if !hits.contains(&hit) {
                    hits.push(hit);
                }
            }
        }
        for headed in index.headed.values_mut() {
            headed.group_verbs(verbs);
        }
        for (i, noun) in nouns.iter().enumerate() {
            let head = &noun.words[0];
            index.add_noun(head, NounHit { noun: i, plural: false });
            if noun.words.len() == 1 {
                index.add_noun(&plural_of(head), NounHit { noun: i, plural: true });
            }
        }
        index
    }

    pub fn add_noun_plural(&mut self, plural: &str, noun: usize) {
        self.add_noun(plural, NounHit { noun, plural: true });
    }

    fn add_noun(&mut self, head: &str, hit: NounHit) {
        set_bit(&mut self.phrase_heads, head);
        self.headed.entry(head.to_string()).or_default().nouns.push(hit);
    }

    /// The longest agent phrase that starts `words`. Asked of every token:
    /// most words start none, and the bits tell so without hashing the word.
    #[inline]
    pub fn agent_at(&self, words: &[&str]) -> Option<AgentHit> {
        let head = *words.first()?;
        if !has_bit(&self.agent_heads, head) {
            return None;
        }
        self.agent_by_map(head, words)
    }

    /// Out of line, so that the bit test above is all most words cost.
    #[inline(never)]
    fn agent_by_map(&self, head: &str, words: &[&str]) -> Option<AgentHit> {
        let candidates = self.agents.get(head)?;
        candidates
            .iter()
            .find(|(phrase, _)| phrase.len() <= words.len() && phrase.iter().zip(words).all(|(p, w)| p == w))
            .map(|(_, hit)| *hit)
    }

    /// The phrases `word` heads; most words head none, and the bits tell so
    /// without hashing the word.
    #[inline]
    pub fn headed(&self, word: &str) -> Option<&Headed> {
        if !has_bit(&self.phrase_heads, word) {
            return None;
        }
        self.headed_by_map(word)
    }

    /// Out of line, so that the bit test above is all most words cost.
    #[inline(never)]
    fn headed_by_map(&self, word: &str) -> Option<&Headed> {
        self.headed.get(word)
    }

    pub fn verbs(&self, word: &str) -> &[VerbHit] {
        self.headed(word).map_or(&[], |h| h.verbs.as_slice())
    }

    pub fn nouns(&self, word: &str) -> &[NounHit] {
        self.headed(word).map_or(&[], |h| h.nouns.as_slice())
    }
}

fn set_bit(bits: &mut [u64], word: &str) {
    let bit = head_bit(word);
    bits[bit / 64] |= 1 << (bit % 64);
}

#[inline]
fn has_bit(bits: &[u64], word: &str) -> bool {
    let bit = head_bit(word);
    bits.get(bit / 64).is_some_and(|bits| bits & (1 << (bit % 64)) != 0)
}

const HEAD_BITS: usize = 1 << 16;

/// A cheap hash of a word, from its length and its first, middle and last
/// bytes: every token is hashed, and these tell most words apart.
#[inline]
fn head_bit(word: &str) -> usize {
    let bytes = word.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return 0;
    };
    let n = bytes.len();
    let key = u32::from(first) | u32::from(bytes[n / 2]) << 8 | u32::from(last) << 16 | (n as u32) << 24;
    (key.wrapping_mul(0x9E37_79B9) >> 16) as usize % HEAD_BITS
}

pub fn plural_of(word: &str) -> String {
    let is_vowel = |c: char| "aeiou".contains(c);
    if word.ends_with('s') || word.ends_with("sh") || word.ends_with("ch") || word.ends_with('x') {
        format!("{word}es")
    } else if word.ends_with('y') && !word[..word.len() - 1].ends_with(is_vowel) {
        format!("{}ies", &word[..word.len() - 1])
    } else {
        format!("{word}s")
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    #[test]
    fn a_head_tries_the_phrases_its_next_word_continues() {
        let lex = Lexicon::embedded();
        let headed = lex.headed_by("accused").expect("accused heads phrases");
        let verbs = |positions: &[usize]| -> Vec<String> {
            positions.iter().map(|&p| lex.verbs[headed.verbs[p].verb].words.join(" ")).collect()
        };
        assert!(verbs(headed.open_verbs()).iter().all(|w| w == "accuse" || w.starts_with("accuse *")));
        assert!(verbs(headed.verbs_continued_by("of")).iter().all(|w| w.starts_with("accuse of")));
        assert!(headed.verbs_continued_by("zebra").is_empty());
        let all = headed.open_verbs().len() + headed.by_second.iter().map(|(_, p)| p.len()).sum::<usize>();
        assert_eq!(all, headed.verbs.len());
        assert!(lex.headed_by("zebra").is_none());
        assert_eq!(lex.verbs_for("attacked"), lex.headed_by("attacked").unwrap().verbs.as_slice());
    }
}
