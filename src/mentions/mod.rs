//! Actor mentions: the lexicon's names, title-cued people no lexicon lists,
//! agent words ("Syrian rebels", "government forces"), descriptions ("the
//! minister") and pronouns. One stage, one entry point: [`find_mentions`].

mod names;
mod people;
mod words;

use chrono::NaiveDate;

use crate::extraction::ActorKind;
use crate::lexicon::{AgentHit, Lexicon, Target};
use crate::text::{Segmentation, TokenKind};

/// What a mention refers to, as far as the words alone tell.
#[derive(Debug, Clone, PartialEq)]
pub enum Referent {
    /// A lexicon country, organization, person or place. `adjective`: only
    /// the adjective or demonym was written ("Russian").
    Entry {
        target: Target,
        adjective: bool,
    },
    /// A national body named with its country ("Japan's Foreign Ministry");
    /// `adjective` is the country adjective as written ("Philippine").
    Body {
        body: usize,
        country: usize,
        adjective: Option<String>,
    },
    /// A state's government or forces ("the regime", "Syrian warplanes");
    /// the country is None when the words do not say which.
    Government {
        country: Option<usize>,
    },
    /// A non-state group ("Syrian rebels", "activists").
    Group {
        agent: usize,
        country: Option<usize>,
    },
    /// A person no lexicon lists, by the name the text gives.
    NewPerson {
        name: String,
    },
    /// An organization or group no lexicon lists ("Physicians for Human Rights").
    NewOrg {
        name: String,
        kind: ActorKind,
    },
    /// A capitalized name the stage could not classify; coreference decides
    /// ("Gashi" after "Prime Minister Besnik Gashi").
    Proper {
        name: String,
    },
    /// A description of a person by office ("the secretary", "the Chinese envoy").
    Description {
        agent: usize,
        country: Option<usize>,
    },
    /// A description of an organization or country ("the group", "the council", "the kingdom").
    OrgDescription {
        noun: &'static str,
    },
    Pronoun(Pronoun),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, him, his
    Masculine,
    /// she, her, hers
    Feminine,
    /// it, its
    Neuter,
    /// they, them, their
    Plural,
    /// we, us, our (inside quotations: the speaker's side)
    FirstPlural,
    /// I, me, my
    FirstSingular,
}

/// Who a person mention serves, read off a title or appositive.
#[derive(Debug, Clone, PartialEq)]
pub struct Affiliation {
    /// The office as written ("Foreign Minister", "spokesman").
    pub role: String,
    /// The country, organization or body the office is of.
    pub of: Option<Box<Referent>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Token range `[first, last)`.
    pub first: usize,
    pub last: usize,
    pub sentence: usize,
    pub referent: Referent,
    /// Boxed: few mentions have one, and inline it was a sixth of every
    /// mention (24 bytes of 152) that the later stages read past.
    pub affiliation: Option<Box<Affiliation>>,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// Prefix compounds: "anti-Assad" (opposes), "U.S.-based" (based in).
    pub prefix: Option<&'static str>,
    pub suffix: Option<&'static str>,
    /// After "in", "at", "near"...: a place where something happens, not an actor.
    pub locative: bool,
    /// Right after the comma that closes a sentence-opening phrase ("In a call with X, he").
    pub opens_clause: bool,
    /// A pronoun right after an object relative ("officers whom it accused"):
    /// the clause's subject, never the noun the relative stands for.
    pub after_relative: bool,
}

impl Mention {
    pub fn is_pronoun(&self) -> bool {
        matches!(self.referent, Referent::Pronoun(_))
    }
}

/// Shared context of the passes: the text and what is already claimed.
pub(crate) struct Scan<'a> {
    pub text: &'a str,
    pub seg: &'a Segmentation,
    pub lex: &'a Lexicon,
    pub date: Option<NaiveDate>,
    /// The lexicon names, by their first token.
    hits: PerToken<names::TokenHit>,
    pub mentions: Vec<Mention>,
    /// Every word of the people's names met so far, for surnames that open a sentence.
    pub person_name_parts: rustc_hash::FxHashSet<String>,
    /// Acronyms the text defined: "(RSF)" after "Rapid Support Forces".
    pub acronyms: rustc_hash::FxHashMap<String, Referent>,
    /// Per token: the longest agent phrase that starts there and ends in its
    /// sentence. Every pass asks for agents, so each token is looked up once.
    agent_hits: PerToken<AgentHit>,
    /// Per token: what the passes start from there, as [`mark`] bits. Each
    /// pass goes from one token it may start at to the next
    /// ([`Scan::next_marked`]) instead of asking its own questions of every
    /// token, and each token is judged once. Seven bytes more than tokens,
    /// all zero, for [`Scan::next_marked`]'s reads.
    marks: Vec<u8>,
    /// Per token: its lower-case form ([`Segmentation::lowers`]): the passes
    /// read each token's many times. Its text as written is read far less
    /// often, and sliced when asked.
    lowers: &'a [&'a str],
}

impl<'a> Scan<'a> {
    pub fn word(&self, i: usize) -> &'a str {
        let token = &self.seg.tokens[i];
        &self.text[token.start..token.end]
    }

    /// The text as written from token `first` to the end of token `end - 1`.
    pub fn words(&self, first: usize, end: usize) -> &'a str {
        &self.text[self.seg.tokens[first].start..self.seg.tokens[end - 1].end]
    }

    /// The token lower-cased. Punctuation is its own lower case: the passes
    /// compare it here, where it costs no slicing of the text.
    pub fn lower(&self, i: usize) -> &'a str {
        self.lowers[i]
    }

    /// The lexicon name that starts at token `i`.
    pub fn hit(&self, i: usize) -> Option<names::TokenHit> {
        self.hits.get(i)
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.seg.is_capitalized(self.text, i)
    }

    /// Whether token `i` is part of a mention already.
    pub fn is_claimed(&self, i: usize) -> bool {
        self.marks[i] & mark::CLAIMED != 0
    }

    /// Marks the tokens of `range` part of a mention. A bit of each token's
    /// [`mark`]s, set by or-ing it in, where an array of its own was set by a
    /// call to `memset` for every mention.
    pub fn claim(&mut self, range: std::ops::Range<usize>) {
        for marks in &mut self.marks[range] {
            *marks |= mark::CLAIMED;
        }
    }

    /// A capitalized word that may be part of a personal name (see
    /// [`people::may_name`]).
    pub fn may_name(&self, i: usize) -> bool {
        self.marks[i] & mark::MAY_NAME != 0
    }

    /// Whether an agent phrase starts at token `i`: most tokens start none,
    /// and the passes that look for agents skip them on this alone.
    pub fn starts_agent(&self, i: usize) -> bool {
        self.marks[i] & mark::AGENT != 0
    }

    /// The first token of `from..end` that has one of the bits of `marks`.
    pub fn next_marked(&self, from: usize, end: usize, marks: u8) -> Option<usize> {
        // Eight tokens at a time, as one number whose lowest byte is the first
        // token's: most tokens have none of the marks a pass asks for, and the
        // number's trailing zeros tell which token has. `marks` runs on past the
        // last token, so every `at < end` has eight bytes to read.
        let eight = u64::from_le_bytes([marks; 8]);
        let mut at = from;
        while at < end {
            let found = u64::from_le_bytes(chunk_of_eight(&self.marks[at..at + 8])) & eight;
            if found != 0 {
                let first = at + found.trailing_zeros() as usize / 8;
                return (first < end).then_some(first);
            }
            at += 8;
        }
        None
    }

    /// The first token of `from..end` where a lexicon name starts, and the name.
    pub fn next_name(&self, from: usize, end: usize) -> Option<(usize, names::TokenHit)> {
        let at = self.next_marked(from, end, mark::NAME)?;
        Some((at, self.hit(at)?))
    }

    /// The agent phrase at token `i` that ends by token `end`, as
    /// [`Lexicon::agents_at`] over the lower-case words `i..end`. `end` must
    /// not pass the end of `i`'s sentence.
    pub fn agent_at(&self, i: usize, end: usize) -> Option<AgentHit> {
        if i >= end {
            return None;
        }
        let hit = self.agent_hits.get(i)?;
        if i + hit.len <= end {
            return Some(hit);
        }
        // Cut short by `end`: a shorter phrase may still fit.
        self.lex.agents_at(&self.lowers[i..end])
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        i < self.seg.tokens.len() && self.seg.tokens[i].kind == TokenKind::Possessive
    }

    pub fn push(&mut self, first: usize, last: usize, sentence: usize, referent: Referent) -> usize {
        self.claim(first..last);
        let possessive = self.is_possessive(last);
        let person_name = match &referent {
            Referent::NewPerson { name } => Some(name.as_str()),
            Referent::Entry { target: Target::Person(p), .. } => Some(self.lex.people[*p].name.as_str()),
            _ => None,
        };
        if let Some(name) = person_name {
            // The same people come back again and again: copy only new words.
            for part in name.split(' ') {
                if !self.person_name_parts.contains(part) {
                    self.person_name_parts.insert(part.to_string());
                }
            }
        }
        self.mentions.push(Mention {
            start: self.seg.tokens[first].start,
            end: self.seg.tokens[last - 1].end,
            first,
            last,
            sentence,
            referent,
            affiliation: None,
            possessive,
            prefix: None,
            suffix: None,
            locative: false,
            opens_clause: false,
            after_relative: false,
        });
        self.mentions.len() - 1
    }
}

/// What a token may start, one bit per question the passes ask of every
/// token first, and whether a mention has claimed it.
pub(crate) mod mark {
    /// A lexicon name.
    pub const NAME: u8 = 1;
    /// A lexicon name of a national body.
    pub const BODY: u8 = 1 << 1;
    /// An agent phrase.
    pub const AGENT: u8 = 1 << 2;
    /// A capitalized word.
    pub const CAPITAL: u8 = 1 << 3;
    /// A capitalized word that may be part of a personal name.
    pub const MAY_NAME: u8 = 1 << 4;
    pub const PRONOUN: u8 = 1 << 5;
    /// A token right after "the" or "this".
    pub const AFTER_ARTICLE: u8 = 1 << 6;
    /// Part of a mention already: the passes set it as they find mentions.
    pub const CLAIMED: u8 = 1 << 7;
}

/// Every actor mention of the document, in text order.
pub fn find_mentions(text: &str, seg: &Segmentation, lex: &Lexicon, date: Option<NaiveDate>) -> Vec<Mention> {
    find_mentions_in(text, seg, &seg.lowers(), lex, date)
}

/// [`find_mentions`], given the tokens' lower-case forms
/// ([`Segmentation::lowers`]), which the later stages read too.
pub fn find_mentions_in(
    text: &str,
    seg: &Segmentation,
    lowers: &[&str],
    lex: &Lexicon,
    date: Option<NaiveDate>,
) -> Vec<Mention> {
    let count = seg.tokens.len();
    let mut marks = vec![0; count + 7];
    let hits = names::token_hits(text, seg, lex, date, &mut marks);
    let mut after_article = false;
    for (i, (&lower, marks)) in lowers.iter().zip(&mut marks).enumerate() {
        if after_article {
            *marks |= mark::AFTER_ARTICLE;
        }
        after_article = matches!(lower, "the" | "this");
        if words::pronoun_of(lower).is_some() {
            *marks |= mark::PRONOUN;
        }
        if seg.is_capitalized(text, i) {
            *marks |= mark::CAPITAL;
            // Only the few tokens that start a name have a hit to read.
            let hit = if *marks & mark::NAME != 0 { hits.get(i) } else { None };
            let token = &seg.tokens[i];
            if people::may_name(&text[token.start..token.end], hit.as_ref()) {
                *marks |= mark::MAY_NAME;
            }
        }
    }
    let agent_hits = agent_hits(seg, lowers, lex, &mut marks);
    let mut scan = Scan {
        text,
        seg,
        lex,
        date,
        hits,
        // About one mention in eight tokens: room for most documents' at once.
        mentions: Vec::with_capacity(count / 6),
        // Room for a document's people at once, so the set is not rebuilt as it grows.
        person_name_parts: rustc_hash::FxHashSet::with_capacity_and_hasher(64, Default::default()),
        acronyms: Default::default(),
        agent_hits,
        marks,
        lowers,
    };
    for (index, sentence) in seg.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let found_before = scan.mentions.len();
        people::titled_people(&mut scan, index, range.clone());
        people::appositive_people(&mut scan, index, range.clone());
        names::bodies(&mut scan, index, range.clone());
        names::named(&mut scan, index, range.clone());
        words::agents(&mut scan, index, range.clone());
        words::pronouns(&mut scan, index, range.clone());
        words::proper_runs(&mut scan, index, range);
        // The passes find a sentence's mentions out of order, but each
        // sentence's come after the sentence before's: sorting a sentence's
        // few (stably, by span) leaves the whole list in text order.
        // Many are in order already, and a check costs less than a sort
        // moving them about.
        let found = &mut scan.mentions[found_before..];
        if !found.is_sorted_by_key(|m| (m.start, m.end)) {
            found.sort_by_key(|m| (m.start, m.end));
        }
    }
    let mut mentions = std::mem::take(&mut scan.mentions);
    for m in &mut mentions {
        words::mark_compounds(&scan, m);
    }
    mentions
}

/// At most one value per token, for the few tokens that have one: each
/// token's is an index into a list of them. Four bytes a token where an
/// `Option` of the value took 24 or 32, and most tokens have none: less
/// memory to fill and to read.
pub(crate) struct PerToken<T> {
    index: Vec<u32>,
    values: Vec<T>,
}

impl<T: Copy> PerToken<T> {
    /// No token's index, past every list.
    const NONE: u32 = u32::MAX;

    fn new(tokens: usize) -> PerToken<T> {
        // Room for a name or agent phrase in eight tokens, more than most texts have.
        PerToken { index: vec![Self::NONE; tokens], values: Vec::with_capacity(tokens / 8) }
    }

    fn set(&mut self, token: usize, value: T) {
        self.index[token] = self.values.len() as u32;
        self.values.push(value);
    }

    fn get(&self, token: usize) -> Option<T> {
        let at = *self.index.get(token)?;
        self.values.get(at as usize).copied()
    }
}

fn chunk_of_eight(chunk: &[u8]) -> [u8; 8] {
    chunk.try_into().expect("chunks of eight")
}

/// Per token, the longest agent phrase that starts there and ends in the
/// token's sentence; marks the tokens that start one.
fn agent_hits(seg: &Segmentation, lowers: &[&str], lex: &Lexicon, marks: &mut [u8]) -> PerToken<AgentHit> {
    let mut hits = PerToken::new(seg.tokens.len());
    for sentence in &seg.sentences {
        let words = &lowers[sentence.tokens.clone()];
        // Most tokens start none: only a phrase found is written.
        for k in 0..words.len() {
            if let Some(hit) = lex.agents_at(&words[k..]) {
                hits.set(sentence.tokens.start + k, hit);
                marks[sentence.tokens.start + k] |= mark::AGENT;
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests;
