//! Token-keyed indexes of the common-word phrases: agents, verbs, nouns.
//! Keys are lower-case first words, so a lookup is one hash per token, and
//! one per token gives both the verb and the noun phrases a word heads.

use std::ops::Range;

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
    /// The first words of the agent phrases, each beside its phrases in `agent_lists`.
    agents: WordTable,
    agent_lists: Vec<Vec<(Vec<String>, AgentHit)>>,
    /// The [`shape`] of every first word of `agents`: asked of every token,
    /// and most have the shape of none, told so before the word is hashed.
    agent_shapes: Bits<{ SHAPES / 64 }>,
    /// The [`word_hash`] of every first word of `agents`: most words start
    /// no agent phrase, and this tells so without a look in the table.
    agent_heads: Bits<AGENT_WORDS>,
    /// The first words that are an agent phrase alone.
    agent_singles: Bits<AGENT_WORDS>,
    /// The [`pair_hash`] of the first two words of every longer agent
    /// phrase: most heads of those are followed by other words ("foreign
    /// ministry", "security council"), told so here without the table.
    agent_pairs: Bits<AGENT_WORDS>,
    /// The head words of the verb and noun phrases, each beside its
    /// phrases in `heads`: kept apart, the table's slots take 8 bytes a
    /// head, where a `Headed` in place made a slot 160.
    headed: WordTable,
    heads: Vec<Headed>,
    /// Every key of `headed`, as `agent_heads`.
    phrase_heads: Bits<HEAD_WORDS>,
}

/// The verb and noun phrases one lower-case word heads.
#[derive(Debug, Default)]
pub struct Headed {
    pub verbs: Vec<VerbHit>,
    pub nouns: Vec<NounHit>,
    /// The phrases of `verbs` as the matcher tries them, each beside what it
    /// needs of the text, in one array: the matcher reads them in a row, and
    /// spread over several it waited on memory for each. First the one-word
    /// phrases and those whose second word is a slot (`*`) or a gap (`~`),
    /// always worth trying (`tries[..open]`); then those whose second word
    /// is a fixed word, grouped by that word: most of a head's phrases fail
    /// on that word, so the matcher tries only those the text's next words
    /// allow.
    tries: Vec<VerbTry>,
    open: usize,
    /// The fixed second words (sorted), each with its range of `tries`.
    by_second: Vec<(String, Range<usize>)>,
    /// The words of `by_second`: most words after a head are none of them,
    /// and this tells so without searching.
    seconds: WordSet,
}

/// A verb phrase a head may start, as the matcher tries it: 16 bytes, so
/// that the 70 phrases of "accused" take few cache lines.
#[derive(Debug, Clone, Copy)]
pub struct VerbTry {
    /// Index into `Lexicon::verbs`.
    pub verb: u32,
    /// Its place in [`Headed::verbs`]: of two phrases as long, the one listed last wins.
    pub position: u32,
    pub form: VerbForm,
    /// What the text after the head must hold for the phrase to match.
    pub needs: Needs,
}

/// Some fixed words a phrase needs after its head (with or without a last
/// "with"), as their [`WordSet`] bits: up to four, which is all of them
/// for nearly every phrase. Fewer only let more phrases on to the matcher.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Needs {
    bits: [u8; 4],
    len: u8,
}

impl Needs {
    fn insert(&mut self, word: &str) {
        if let Some(slot) = self.bits.get_mut(usize::from(self.len)) {
            *slot = WordSet::bit(word);
            self.len += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A set of words as bits of their hashes: a superset of the words put in.
/// "accuse * of aggression" and 33 more phrases after "accused" share
/// their first words; the rest of most of them is not in the sentence.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct WordSet([u64; 4]);

impl WordSet {
    #[inline]
    fn bit(word: &str) -> u8 {
        (word_hash(word) >> 56) as u8
    }

    #[inline]
    fn has_bit(&self, bit: u8) -> bool {
        self.0[usize::from(bit / 64)] & 1 << (bit % 64) != 0
    }

    #[inline]
    pub fn insert(&mut self, word: &str) {
        let bit = Self::bit(word);
        self.0[usize::from(bit / 64)] |= 1 << (bit % 64);
    }

    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        self.has_bit(Self::bit(word))
    }

    /// Every word of `needs` may be in `self`.
    #[inline]
    pub fn may_meet(&self, needs: &Needs) -> bool {
        needs.bits[..usize::from(needs.len)].iter().all(|&bit| self.has_bit(bit))
    }
}

impl Headed {
    /// The phrases that go on with `word` right after the head.
    pub fn verbs_continued_by(&self, word: &str) -> &[VerbTry] {
        if !self.seconds.may_hold(word) {
            return &[];
        }
        match self.by_second.binary_search_by(|(second, _)| second.as_str().cmp(word)) {
            Ok(k) => &self.tries[self.by_second[k].1.clone()],
            Err(_) => &[],
        }
    }

    /// The phrases any next word may continue.
    pub fn open_verbs(&self) -> &[VerbTry] {
        &self.tries[..self.open]
    }

    fn group_verbs(&mut self, verbs: &[VerbPhrase]) {
        let mut open = Vec::new();
        let mut by_second: Vec<(String, Vec<VerbTry>)> = Vec::new();
        for (position, &hit) in self.verbs.iter().enumerate() {
            let words = &verbs[hit.verb].words[1..];
            // A phrase for doing something with someone also matches without its "with".
            let required = match words.split_last() {
                Some((last, head)) if last == "with" && !head.is_empty() => head,
                _ => words,
            };
            let mut needs = Needs::default();
            required.iter().filter(|w| !matches!(w.as_str(), "*" | "~")).for_each(|w| needs.insert(w));
            let (verb, position) = (hit.verb.try_into(), position.try_into());
            let (Ok(verb), Ok(position)) = (verb, position) else { panic!("more verb phrases than a u32 counts") };
            let verb_try = VerbTry { verb, position, form: hit.form, needs };
            match words.first().map(String::as_str) {
                None | Some("*" | "~") => open.push(verb_try),
                Some(second) => match by_second.iter_mut().find(|(s, _)| s == second) {
                    Some((_, tries)) => tries.push(verb_try),
                    None => {
                        self.seconds.insert(second);
                        by_second.push((second.to_string(), vec![verb_try]));
                    }
                },
            }
        }
        by_second.sort_by(|a, b| a.0.cmp(&b.0));
        self.open = open.len();
        self.tries = open;
        for (second, tries) in by_second {
            let start = self.tries.len();
            self.tries.extend(tries);
            self.by_second.push((second, start..self.tries.len()));
        }
    }
}

impl PhraseIndex {
    pub fn new(agents: &[Agent], verbs: &[VerbPhrase], nouns: &[NounPhrase]) -> PhraseIndex {
        // Room for every head at once (fewer are distinct): the tables are not rebuilt as they fill.
        let agent_phrases = agents.iter().map(|a| 1 + a.plurals.len()).sum();
        let heads = verbs.iter().map(|v| v.head_forms.len()).sum::<usize>() + 2 * nouns.len();
        let (agents_table, headed) = (WordTable::with_capacity(agent_phrases), WordTable::with_capacity(heads));
        let mut index = PhraseIndex { agents: agents_table, headed, ..PhraseIndex::default() };
        for (i, agent) in agents.iter().enumerate() {
            let singular = std::iter::once((&agent.phrase, false));
            let plurals = agent.plurals.iter().map(|p| (p, true));
            for (words, plural) in singular.chain(plurals) {
                let hit = AgentHit { agent: i, len: words.len(), plural };
                let k = index.agents.insert(&words[0]);
                if k == index.agent_lists.len() {
                    index.agent_lists.push(Vec::new());
                }
                index.agent_lists[k].push((words.clone(), hit));
            }
        }
        for list in &mut index.agent_lists {
            let hash = word_hash(&list[0].0[0]);
            index.agent_shapes.insert_bit(shape(&list[0].0[0]));
            index.agent_heads.insert(hash);
            for (words, _) in list.iter() {
                match words.get(1) {
                    None => index.agent_singles.insert(hash),
                    Some(second) => index.agent_pairs.insert(pair_hash(hash, second)),
                }
            }
            list.sort_by_key(|entry| std::cmp::Reverse(entry.0.len()));
        }
        for (i, verb) in verbs.iter().enumerate() {
            for (form_word, form) in &verb.head_forms {
                let hits = &mut index.headed_mut(form_word).verbs;
                let hit = VerbHit { verb: i, form: *form };
                if !hits.contains(&hit) {
                    hits.push(hit);
                }
            }
        }
        for headed in &mut index.heads {
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
        self.headed_mut(head).nouns.push(hit);
    }

    /// The phrases `head` starts, made empty for a new head.
    fn headed_mut(&mut self, head: &str) -> &mut Headed {
        let k = self.headed.insert(head);
        if k == self.heads.len() {
            self.heads.push(Headed::default());
        }
        self.phrase_heads.insert(word_hash(head));
        &mut self.heads[k]
    }

    /// The longest agent phrase that starts `words`. Asked of every token:
    /// most words start none, and their shape tells so without hashing the
    /// word, the hash's bits for most of the rest. (Always inlined: with the
    /// test of the shape, the compiler made a call of it for every token.)
    #[inline(always)]
    pub fn agent_at(&self, words: &[&str]) -> Option<AgentHit> {
        let head = *words.first()?;
        if !self.agent_shapes.has(shape(head)) {
            return None;
        }
        let hash = word_hash(head);
        if !self.agent_heads.may_hold(hash) {
            return None;
        }
        let continued = || words.get(1).is_some_and(|second| self.agent_pairs.may_hold(pair_hash(hash, second)));
        if !(self.agent_singles.may_hold(hash) || continued()) {
            return None;
        }
        self.agent_by_table(head, hash, words)
    }

    /// Out of line, so that the bit test above is all most words cost.
    #[inline(never)]
    fn agent_by_table(&self, head: &str, hash: u64, words: &[&str]) -> Option<AgentHit> {
        let candidates = &self.agent_lists[self.agents.find(head, hash)?];
        // The table matched the head: only the words after it are compared.
        let rest = |phrase: &[String]| phrase[1..].iter().zip(&words[1..]).all(|(p, w)| p == w);
        candidates.iter().find(|(phrase, _)| phrase.len() <= words.len() && rest(phrase)).map(|(_, hit)| *hit)
    }

    /// The phrases `word` heads; most words head none, and the bits tell so
    /// without a look in the table.
    #[inline]
    pub fn headed(&self, word: &str) -> Option<&Headed> {
        let hash = word_hash(word);
        if !self.phrase_heads.may_hold(hash) {
            return None;
        }
        self.headed_by_table(word, hash)
    }

    /// Out of line, so that the bit test above is all most words cost.
    #[inline(never)]
    fn headed_by_table(&self, word: &str, hash: u64) -> Option<&Headed> {
        self.headed.find(word, hash).map(|k| &self.heads[k])
    }

    pub fn verbs(&self, word: &str) -> &[VerbHit] {
        self.headed(word).map_or(&[], |h| h.verbs.as_slice())
    }

    pub fn nouns(&self, word: &str) -> &[NounHit] {
        self.headed(word).map_or(&[], |h| h.nouns.as_slice())
    }
}

/// Words numbered in the order first inserted, found by their
/// [`word_hash`]: the Bloom filter in front of every lookup computed it
/// already, where a hash map hashed the word again. Open addressing from
/// the hash's high bits, which its multiplication mixes every byte into
/// (its low ones leave "accused" and "accuses" alike); each slot keeps 32
/// of them, so that a probe compares the word itself only when they agree.
#[derive(Debug, Default)]
struct WordTable {
    /// A hash's high 32 bits and 1 + the word's number; (0, 0) when empty.
    slots: Vec<(u32, u32)>,
    words: Vec<HeadWord>,
}

impl WordTable {
    /// A table for `words` words, more than which it grows.
    fn with_capacity(words: usize) -> WordTable {
        WordTable { slots: vec![(0, 0); (2 * words).next_power_of_two()], words: Vec::with_capacity(words) }
    }

    /// The number of `word`, which has `hash`.
    #[inline]
    fn find(&self, word: &str, hash: u64) -> Option<usize> {
        // An empty table has no slot to get: the first probe ends the lookup.
        let (tag, mask) = ((hash >> 32) as u32, self.slots.len().wrapping_sub(1));
        let mut i = Self::start(hash) & mask;
        loop {
            let &(slot_tag, number) = self.slots.get(i)?;
            let k = (number as usize).checked_sub(1)?;
            if slot_tag == tag && self.words[k].bytes() == word.as_bytes() {
                return Some(k);
            }
            i = (i + 1) & mask;
        }
    }

    /// The number of `word`, the next one if it is new.
    fn insert(&mut self, word: &str) -> usize {
        let hash = word_hash(word);
        if let Some(k) = self.find(word, hash) {
            return k;
        }
        // At most half full, so that most probes end at their first slot.
        if 2 * (self.words.len() + 1) > self.slots.len() {
            let words = std::mem::take(&mut self.words);
            self.slots = vec![(0, 0); (2 * self.slots.len()).max(64)];
            for w in words {
                let hash = bytes_hash(w.bytes());
                self.place(w, hash);
            }
        }
        self.place(HeadWord::new(word), hash);
        self.words.len() - 1
    }

    /// The slot a probe for `hash` starts at, once masked to the table's size.
    fn start(hash: u64) -> usize {
        (hash >> 40) as usize
    }

    fn place(&mut self, word: HeadWord, hash: u64) {
        let tag = (hash >> 32) as u32;
        let mask = self.slots.len() - 1;
        let mut i = Self::start(hash) & mask;
        while self.slots[i].1 != 0 {
            i = (i + 1) & mask;
        }
        self.words.push(word);
        let number = u32::try_from(self.words.len()).expect("fewer words than a u32 counts");
        self.slots[i] = (tag, number);
    }
}

/// A word of a [`WordTable`]: in place when short, as nearly every one is,
/// so that a lookup compares it without waiting on memory again for a
/// `String`'s bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum HeadWord {
    Short { len: u8, bytes: [u8; HeadWord::SHORT] },
    Long(Box<[u8]>),
}

impl HeadWord {
    const SHORT: usize = 22;

    fn new(word: &str) -> HeadWord {
        match u8::try_from(word.len()) {
            Ok(len) if word.len() <= Self::SHORT => {
                let mut bytes = [0; Self::SHORT];
                bytes[..word.len()].copy_from_slice(word.as_bytes());
                HeadWord::Short { len, bytes }
            }
            _ => HeadWord::Long(word.as_bytes().into()),
        }
    }

    fn bytes(&self) -> &[u8] {
        match self {
            HeadWord::Short { len, bytes } => &bytes[..usize::from(*len)],
            HeadWord::Long(bytes) => bytes,
        }
    }
}

/// A set of words as two bits of each one's [`word_hash`] (a Bloom
/// filter): one bit alone, in as many bits, let through several times as
/// many of the words not in the set, and a common one costs a map lookup
/// at every occurrence. `WORDS` is a power of two, so that a bit wraps
/// around without a bounds check.
#[derive(Debug)]
struct Bits<const WORDS: usize>(Box<[u64; WORDS]>);

impl<const WORDS: usize> Default for Bits<WORDS> {
    fn default() -> Self {
        Bits(Box::new([0; WORDS]))
    }
}

impl<const WORDS: usize> Bits<WORDS> {
    fn insert(&mut self, hash: u64) {
        for bit in [Self::first(hash), Self::second(hash)] {
            self.0[bit / 64 % WORDS] |= 1 << (bit % 64);
        }
    }

    /// Sets bit `bit` (of `64 * WORDS`) alone, where [`Bits::insert`] sets two of a hash.
    fn insert_bit(&mut self, bit: usize) {
        self.0[bit / 64 % WORDS] |= 1 << (bit % 64);
    }

    /// The second bit is read only for the few words whose first is set.
    #[inline]
    fn may_hold(&self, hash: u64) -> bool {
        self.has(Self::first(hash)) && self.has(Self::second(hash))
    }

    #[inline]
    fn has(&self, bit: usize) -> bool {
        self.0[bit / 64 % WORDS] & 1 << (bit % 64) != 0
    }

    #[inline]
    fn first(hash: u64) -> usize {
        (hash >> 48) as usize
    }

    fn second(hash: u64) -> usize {
        ((hash ^ hash >> 32).wrapping_mul(HASH_FACTOR) >> 48) as usize
    }
}

/// 8 KiB of bits for the few thousand phrase heads.
const HEAD_WORDS: usize = 1 << 10;
/// A few hundred agent heads (and their pairs of first words) need fewer:
/// 2 KiB stay in the cache.
const AGENT_WORDS: usize = 1 << 8;

const HASH_FACTOR: u64 = 0x9E37_79B9_7F4A_7C15;

/// The shapes of words, [`shape`]'s numbers, are under this.
const SHAPES: usize = 1 << 14;

/// A word's length and first and last bytes in one number under [`SHAPES`]:
/// words of one shape are few among the agent phrases' first words, and
/// the shape is had without reading the rest of the word. (A length past
/// 15 and a byte's high bits wrap around: more words share a shape.)
#[inline]
fn shape(word: &str) -> usize {
    let b = word.as_bytes();
    match (b.first(), b.last()) {
        (Some(&first), Some(&last)) => (b.len() % 16) << 10 | usize::from(first % 32) << 5 | usize::from(last % 32),
        _ => 0,
    }
}

/// A hash of a phrase's first two words, from the first one's [`word_hash`].
#[inline]
fn pair_hash(head: u64, second: &str) -> u64 {
    head.rotate_left(23) ^ word_hash(second)
}

/// A cheap hash of a word, good in its high bits: every token is hashed.
/// It reads the first and last four bytes (all of a word of up to eight,
/// and the ends that tell longer ones apart): the first, middle and last
/// bytes alone left whole families of words alike ("guard" and "grand",
/// "allies" and "armies").
#[inline]
fn word_hash(word: &str) -> u64 {
    bytes_hash(word.as_bytes())
}

/// [`word_hash`] of a word's bytes.
#[inline]
fn bytes_hash(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let key = match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (Some(first), Some(last)) => u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32,
        // Up to three bytes: the first, middle and last are all of them.
        _ if n > 0 => u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16,
        _ => 0,
    };
    (key ^ n as u64).wrapping_mul(HASH_FACTOR)
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
    use super::{word_hash, WordTable};
    use crate::lexicon::Lexicon;

    #[test]
    fn a_word_table_numbers_words_in_the_order_first_inserted() {
        let mut table = WordTable::default();
        assert_eq!(table.find("said", word_hash("said")), None);
        let words: Vec<String> =
            (0..300).map(|k| format!("w{k}")).chain(["a-word-longer-than-22-bytes".into()]).collect();
        for (k, word) in words.iter().enumerate() {
            assert_eq!(table.insert(word), k);
        }
        assert_eq!(table.insert("w7"), 7);
        for (k, word) in words.iter().enumerate() {
            assert_eq!(table.find(word, word_hash(word)), Some(k));
        }
        assert_eq!(table.find("w300", word_hash("w300")), None);
    }

    #[test]
    fn every_agent_phrase_is_found_at_its_first_word() {
        let lex = Lexicon::embedded();
        for agent in &lex.agents {
            for phrase in std::iter::once(&agent.phrase).chain(&agent.plurals) {
                let words: Vec<&str> = phrase.iter().map(String::as_str).collect();
                // Perhaps another agent's phrase of the same words.
                let hit = lex.agents_at(&words).unwrap_or_else(|| panic!("{words:?}"));
                assert_eq!(hit.len, words.len(), "{words:?}");
            }
        }
    }

    #[test]
    fn a_head_tries_the_phrases_its_next_word_continues() {
        let lex = Lexicon::embedded();
        let headed = lex.headed_by("accused").expect("accused heads phrases");
        let verbs = |tries: &[super::VerbTry]| -> Vec<String> {
            tries.iter().map(|t| lex.verbs[t.verb as usize].words.join(" ")).collect()
        };
        assert!(verbs(headed.open_verbs()).iter().all(|w| w == "accuse" || w.starts_with("accuse *")));
        assert!(verbs(headed.verbs_continued_by("of")).iter().all(|w| w.starts_with("accuse of")));
        assert!(headed.verbs_continued_by("zebra").is_empty());
        assert!(headed.tries.iter().all(|t| headed.verbs[t.position as usize].verb == t.verb as usize));
        let mut positions: Vec<usize> = headed.tries.iter().map(|t| t.position as usize).collect();
        positions.sort_unstable();
        assert_eq!(positions, (0..headed.verbs.len()).collect::<Vec<_>>());
        assert!(lex.headed_by("zebra").is_none());
        assert_eq!(lex.verbs_for("attacked"), lex.headed_by("attacked").unwrap().verbs.as_slice());
    }
}
