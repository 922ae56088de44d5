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
                index.agents.entry(words[0].clone()).or_default().push((words.clone(), hit));
            }
        }
        for list in index.agents.values_mut() {
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
        let candidates = self.agents.get(*words.first()?)?;
        candidates
            .iter()
            .find(|(phrase, _)| phrase.len() <= words.len() && phrase.iter().zip(words).all(|(p, w)| p == w))
            .map(|(_, hit)| *hit)
    }

    pub fn starts_agent(&self, word: &str) -> bool {
        self.agents.contains_key(word)
    }

    pub fn verbs(&self, word: &str) -> &[VerbHit] {
        self.verbs.get(word).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn nouns(&self, word: &str) -> &[NounHit] {
        self.nouns.get(word).map(Vec::as_slice).unwrap_or(&[])
    }
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
