//! Token-keyed indexes of the common-word phrases: agents, verbs, nouns.
//! Keys are lower-case first words, so a lookup is one hash per token.

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
    /// The number of words of the longest agent phrase.
    longest_agent: usize,
    verbs: FxHashMap<String, Vec<VerbHit>>,
    nouns: FxHashMap<String, Vec<NounHit>>,
}

impl PhraseIndex {
    pub fn new(agents: &[Agent], verbs: &[VerbPhrase], nouns: &[NounPhrase]) -> PhraseIndex {
        let mut index = PhraseIndex::default();
        for (i, agent) in agents.iter().enumerate() {
            let singular = std::iter::once((&agent.phrase, false));
            let plurals = agent.plurals.iter().map(|p| (p, true));
            for (words, plural) in singular.chain(plurals) {
                let hit = AgentHit { agent: i, len: words.len(), plural };
                index.longest_agent = index.longest_agent.max(words.len());
                index.agents.entry(words[0].clone()).or_default().push((words.clone(), hit));
            }
        }
        index.agent_heads = vec![0; HEAD_BITS / 64];
        for (head, list) in &mut index.agents {
            let bit = head_bit(head);
            index.agent_heads[bit / 64] |= 1 << (bit % 64);
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        for (i, verb) in verbs.iter().enumerate() {
            for (form_word, form) in &verb.head_forms {
                let hits = index.verbs.entry(form_word.clone()).or_default();
                let hit = VerbHit { verb: i, form: *form };
                if !hits.contains(&hit) {
                    hits.push(hit);
                }
            }
        }
        for (i, noun) in nouns.iter().enumerate() {
            let head = &noun.words[0];
            index.nouns.entry(head.clone()).or_default().push(NounHit { noun: i, plural: false });
            if noun.words.len() == 1 {
                index.nouns.entry(plural_of(head)).or_default().push(NounHit { noun: i, plural: true });
            }
        }
        index
    }

    pub fn add_noun_plural(&mut self, plural: &str, noun: usize) {
        self.nouns.entry(plural.to_string()).or_default().push(NounHit { noun, plural: true });
    }

    pub fn agent_at(&self, words: &[&str]) -> Option<AgentHit> {
        let head = *words.first()?;
        if !self.may_start_agent(head) {
            return None;
        }
        let candidates = self.agents.get(head)?;
        candidates
            .iter()
            .find(|(phrase, _)| phrase.len() <= words.len() && phrase.iter().zip(words).all(|(p, w)| p == w))
            .map(|(_, hit)| *hit)
    }

    pub fn longest_agent(&self) -> usize {
        self.longest_agent
    }

    pub fn starts_agent(&self, word: &str) -> bool {
        self.may_start_agent(word) && self.agents.contains_key(word)
    }

    fn may_start_agent(&self, word: &str) -> bool {
        let bit = head_bit(word);
        self.agent_heads.get(bit / 64).is_some_and(|bits| bits & (1 << (bit % 64)) != 0)
    }

    pub fn verbs(&self, word: &str) -> &[VerbHit] {
        self.verbs.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn nouns(&self, word: &str) -> &[NounHit] {
        self.nouns.get(word).map(Vec::as_slice).unwrap_or(&[])
    }
}

const HEAD_BITS: usize = 1 << 16;

/// A cheap hash of a word, from its length and its first three and last bytes.
fn head_bit(word: &str) -> usize {
    let bytes = word.as_bytes();
    let byte = |k: usize| bytes.get(k).copied().unwrap_or(0) as u32;
    let last = bytes.last().copied().unwrap_or(0) as u32;
    let key = byte(0) | byte(1) << 8 | byte(2) << 16 | last << 24;
    let mixed = key.wrapping_mul(0x9E37_79B9) ^ (bytes.len() as u32).wrapping_mul(0x85EB_CA6B);
    (mixed.wrapping_mul(0x9E37_79B9) >> 16) as usize % HEAD_BITS
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
