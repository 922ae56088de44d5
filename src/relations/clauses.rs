//! Shallow clause structure: who is the subject of a verb, what its object
//! is, coordination, negation and modality, all from token patterns.

use std::cell::Cell;
use std::ops::Range;

use super::classes::class;
use super::targets::{free_relative, named_place, FreeRelative};
use super::Context;
use crate::text::TokenKind;

pub struct Clauses<'c, 'a> {
    pub ctx: &'c Context<'a>,
    /// The last [`Clauses::direct_object`] found: every phrase of a verb
    /// with an object slot asks for the same one.
    last_object: Cell<Option<ObjectFound>>,
}

/// What [`Clauses::direct_object`] answered when asked from `after` in a clause ending at `end`.
#[derive(Clone, Copy)]
struct ObjectFound {
    after: usize,
    end: usize,
    object: Option<usize>,
}

impl<'c, 'a> Clauses<'c, 'a> {
    pub fn new(ctx: &'c Context<'a>) -> Self {
        Clauses { ctx, last_object: Cell::new(None) }
    }

    /// The mention covering token `i`, if any (see [`Context::mention_at`]).
    pub fn mention_at(&self, i: usize) -> Option<usize> {
        self.ctx.mention_at(i)
    }

    pub fn lower(&self, i: usize) -> &'a str {
        self.ctx.lower(i)
    }

    /// Token `i` is in one of `classes` (see [`class`]).
    pub fn is(&self, i: usize, classes: u32) -> bool {
        self.ctx.is(i, classes)
    }

    pub fn is_quote(&self, i: usize) -> bool {
        self.is(i, class::QUOTE)
    }

    /// The mention ending right before token `at` (skipping a possessive), if any.
    fn mention_ending_at(&self, at: usize) -> Option<usize> {
        let m = self.mention_at(at.checked_sub(1)?)?;
        (self.ctx.mentions[m].last == at).then_some(m)
    }

    /// Mentions coordinated with `m` on its left: "Britain, France and Germany".
    /// The join nearest `m` must be "and"/"or"; commas only continue a list.
    pub fn coordinated_left(&self, m: usize, floor: usize) -> Vec<usize> {
        let mut found = vec![m];
        let mut first = self.ctx.mentions[m].first;
        loop {
            let mut k = first;
            let mut conjunction = false;
            let mut comma = false;
            while k > floor
                && (matches!(self.lower(k - 1), "and" | "or")
                    || self.is_comma(k - 1)
                    || matches!(self.lower(k - 1), "its" | "their" | "ally" | "the"))
            {
                conjunction |= matches!(self.lower(k - 1), "and" | "or");
                comma |= self.is_comma(k - 1);
                k -= 1;
            }
            let joined = conjunction || (comma && found.len() > 1);
            match self.mention_ending_at(k).filter(|_| joined && k > floor) {
                Some(prev) if self.is_actor_mention(prev) => {
                    found.push(prev);
                    first = self.ctx.mentions[prev].first;
                }
                _ => break,
            }
        }
        found
    }

    /// A mention that can be a subject or object: not a possessive determiner ("its").
    pub fn is_actor_mention(&self, m: usize) -> bool {
        let mention = &self.ctx.mentions[m];
        self.ctx.actor(m).is_some()
            && !mention.locative
            && !(mention.is_pronoun()
                && matches!(self.lower(mention.first), "its" | "his" | "their" | "our" | "my" | "her"))
    }

    /// Mentions coordinated with `m` on its right: "Egypt and Sudan",
    /// "Britain, France and Germany" (a comma list must end with "and").
    pub fn coordinated_right(&self, m: usize, end: usize) -> Vec<usize> {
        let mut found = vec![m];
        let mut by_comma_only = Vec::new();
        let mut last = self.ctx.mentions[m].last;
        loop {
            let mut k = last;
            let mut conjunction = false;
            let mut comma = false;
            while k < end && (matches!(self.lower(k), "and" | "or" | "the" | "its" | "their") || self.is_comma(k)) {
                conjunction |= matches!(self.lower(k), "and" | "or");
                comma |= self.is_comma(k);
                k += 1;
            }
            // "criticised by Washington, and U.S. envoy Brennan spoke": a comma and "and"
            // after a single actor join two clauses; a list has a comma before.
            let new_clause = conjunction && comma && found.len() == 1;
            match self.mention_at(k).filter(|n| (conjunction || comma) && self.ctx.mentions[*n].first == k) {
                Some(next) if self.is_actor_mention(next) && !new_clause => {
                    found.push(next);
                    if conjunction {
                        by_comma_only.clear();
                    } else {
                        by_comma_only.push(found.len() - 1);
                    }
                    last = self.ctx.mentions[next].last;
                }
                _ => break,
            }
        }
        // A comma with no "and" after it was an apposition or a new clause.
        if let Some(&cut) = by_comma_only.first() {
            found.truncate(cut);
        }
        found
    }

    /// The subject of the verb at `verb`: the nearest mention on its left
    /// with only auxiliaries, adverbs and time words between, jumping over
    /// one comma-enclosed appositive or relative clause.
    pub fn subject(&self, verb: usize, range: &Range<usize>) -> Option<usize> {
        self.subject_within(verb, range, 2)
    }

    /// A word the lexicon knows as a verb form, or a common auxiliary.
    pub(super) fn is_verb(&self, k: usize) -> bool {
        let word = self.lower(k);
        !self.ctx.lex.verbs_for(word).is_empty()
            || matches!(word, "said" | "says" | "told" | "refused" | "declined" | "was" | "is" | "has" | "had" | "did")
    }

    /// "He said new sanctions would fail and ...": a word the lexicon knows as a
    /// verb, followed by an auxiliary, is the noun that is the auxiliary's subject.
    fn before_auxiliary(&self, k: usize) -> bool {
        let next = k + 1;
        next < self.ctx.seg.tokens.len()
            && (self.is(next, class::BE_FORM)
                || self.is(next, class::MODAL) && self.lower(next) != "to"
                || matches!(self.lower(next), "has" | "have" | "had"))
    }

    fn subject_within(&self, verb: usize, range: &Range<usize>, depth: usize) -> Option<usize> {
        let mut k = verb;
        let mut jumped = false;
        while k > range.start {
            let prev = k - 1;
            if let Some(m) = self.mention_at(prev) {
                let mention = &self.ctx.mentions[m];
                if mention.possessive && mention.last == prev + 1 {
                    return None;
                }
                // "settlers in the West Bank city of Hebron set fire": a place named
                // after a noun of places is no subject.
                if mention.first >= range.start + 2
                    && self.lower(mention.first - 1) == "of"
                    && self.is(mention.first - 2, class::PLACE_NOUN)
                {
                    // ... and "in the city of" with it.
                    let mut j = mention.first - 2;
                    while j > range.start && matches!(self.lower(j - 1), "the" | "a") {
                        j -= 1;
                    }
                    if j > range.start && matches!(self.lower(j - 1), "in" | "from" | "near" | "at" | "of") {
                        j -= 1;
                    }
                    k = j;
                    continue;
                }
                if self.is_actor_mention(m) {
                    return Some(m);
                }
                // "Security forces in Guinea have tortured": the setting is no subject.
                if mention.locative && mention.first >= range.start + 2 {
                    k = mention.first - 1;
                    continue;
                }
                k = mention.first;
                continue;
            }
            let word = self.lower(prev);
            // "Washington along with its allies demanded": the companions are no subject.
            if let Some(along) = (prev.saturating_sub(5).max(range.start)..prev)
                .find(|&j| self.lower(j + 1) == "with" && matches!(self.lower(j), "along" | "together"))
            {
                k = along;
                continue;
            }
            // "He said ... and accused Washington": coordinated verbs share the subject.
            if word == "and" && depth > 0 && prev > range.start && self.mention_at(prev - 1).is_none() {
                // Walk back over the first verb phrase, jumping over any quotation in it.
                let mut j = prev;
                let mut inside_quote = false;
                while j > range.start && prev - j < 25 {
                    j -= 1;
                    if self.is_quote(j) {
                        inside_quote = !inside_quote;
                        continue;
                    }
                    if inside_quote || !self.is_verb(j) || self.mention_at(j).is_some() || self.before_auxiliary(j) {
                        continue;
                    }
                    // "He said talks were pointless and ...": a copula with no actor for a
                    // subject is the reported clause's; the verb before it reports it.
                    let subject = self.subject_within(j, range, depth - 1);
                    if subject.is_some() || !self.is(j, class::BE_FORM) {
                        return subject;
                    }
                }
                return None;
            }
            // Kerry “expressed grave concern ...”: the quotation opens on the verb.
            if self.is_quote(prev) && k == verb {
                k = prev;
                continue;
            }
            // "the Arab League, which called on ...": the relative pronoun's antecedent.
            if matches!(word, "which" | "who") && prev > range.start && self.is_comma(prev - 1) {
                return self.mention_ending_at(prev - 1).filter(|&m| self.is_actor_mention(m));
            }
            // "the gunmen who attacked the convoy": "who" needs no comma, as it only
            // follows people; "attacks on Gaza that killed" would make the place act.
            if word == "who" {
                return self.mention_ending_at(prev).filter(|&m| self.is_actor_mention(m));
            }
            // "has for years demanded": "for" only with a span of time after it.
            let time_for = word == "for"
                && matches!(self.lower(prev + 1), "years" | "decades" | "months" | "weeks" | "days" | "now" | "long");
            if time_for
                || self.is(prev, class::BETWEEN)
                || word.ends_with("ly") && self.ctx.seg.tokens[prev].kind == TokenKind::Word
            {
                k = prev;
                continue;
            }
            // "Pavel Demidov, accused": the name that closes an appositive is the subject.
            if self.is_comma(prev) {
                if let Some(m) = self.mention_ending_at(prev).filter(|&m| self.is_actor_mention(m)) {
                    let person = self
                        .ctx
                        .actor(m)
                        .is_some_and(|a| self.ctx.cast.actors[a].kind == crate::extraction::ActorKind::Person);
                    if person {
                        return Some(m);
                    }
                }
            }
            if self.is_comma(prev) && !jumped {
                // "Kerry, the secretary of state, threatened": jump to the opening comma.
                let opening = (range.start..prev).rev().take(12).find(|&j| self.is_comma(j));
                if let Some(open) = opening {
                    jumped = true;
                    k = open;
                    continue;
                }
                return None;
            }
            if self.ctx.seg.tokens[prev].kind == TokenKind::Possessive {
                k = prev;
                continue;
            }
            return self.before_participle_phrase(prev, range);
        }
        None
    }

    /// "British aircraft using guided missiles killed", "The Red Cross operating in
    /// Iraq said": the actor right before a short participle phrase that ends at `last`.
    fn before_participle_phrase(&self, last: usize, range: &Range<usize>) -> Option<usize> {
        let floor = range.start.max(last.saturating_sub(6));
        let mut j = last + 1;
        while j > floor + 1 {
            j -= 1;
            if self.is_boundary(j) || self.is_comma(j) || self.mention_at(j).is_some() {
                return None;
            }
            // "according to", "including": prepositions, not participles.
            let preposition = matches!(
                self.lower(j),
                "according" | "including" | "regarding" | "concerning" | "following" | "during" | "excluding"
            );
            if self.lower(j).ends_with("ing") && !preposition && self.ctx.seg.tokens[j].kind == TokenKind::Word {
                return self.mention_ending_at(j).filter(|&m| self.is_actor_mention(m));
            }
        }
        None
    }

    /// The subject of the sentence's main clause: its first actor mention
    /// before `before` that no preposition governs.
    pub fn main_subject(&self, before: usize, range: &Range<usize>) -> Option<usize> {
        let first_mention =
            |from: usize| (from..before).find_map(|k| self.mention_at(k).filter(|&m| self.ctx.mentions[m].first == k));
        let m = first_mention(range.start)?;
        let first = self.ctx.mentions[m].first;
        let governed = first > range.start && self.is(first - 1, class::PREPOSITION);
        // "A member of the Syrian parliament, Mohammed Mamoun, started": the name in
        // apposition to a phrase that opens the sentence.
        if governed && self.ctx.mentions[m].last < before && self.is_comma(self.ctx.mentions[m].last) {
            let next = first_mention(self.ctx.mentions[m].last + 1)?;
            let closed = self.ctx.mentions[next].last < before && self.is_comma(self.ctx.mentions[next].last);
            return (closed && self.is_actor_mention(next) && !self.ctx.mentions[next].possessive).then_some(next);
        }
        (self.is_actor_mention(m) && !governed && !self.ctx.mentions[m].possessive).then_some(m)
    }

    /// "the council, which Egypt asked to meet", "officers whom it accused of
    /// smuggling": a subject right after an object relative pronoun leaves the
    /// verb's object behind it, in the pronoun's antecedent.
    pub fn relative_object(&self, subject: usize, range: &Range<usize>) -> Option<usize> {
        let first = self.ctx.mentions[subject].first;
        if first <= range.start + 1 || !matches!(self.lower(first - 1), "which" | "whom") {
            return None;
        }
        let pronoun = first - 1;
        let at = if self.is_comma(pronoun - 1) { pronoun - 1 } else { pronoun };
        self.mention_ending_at(at).filter(|&m| m != subject && self.is_actor_mention(m))
    }

    /// "Its frigate was struck by ...", "Gashi's deployment of police to the north
    /// was criticised by ...": a passive subject that is no actor but a thing of
    /// one, whose owner is what the act was done to. Only plain lower-case words
    /// (and actors inside their prepositional phrases) may stand between the
    /// owner and the verb.
    pub fn possessor_subject(&self, verb: usize, range: &Range<usize>) -> Option<usize> {
        let mut end = verb;
        while end > range.start && self.is(end - 1, class::BETWEEN) {
            end -= 1;
        }
        let floor = range.start.max(end.saturating_sub(10));
        let mut j = end;
        let mut in_phrase = false;
        while j > floor {
            let prev = j - 1;
            if let Some(m) = self.mention_at(prev) {
                let mention = &self.ctx.mentions[m];
                let owner_word = mention.is_pronoun()
                    && matches!(self.lower(mention.first), "its" | "his" | "their" | "her")
                    && mention.last < end;
                if ((mention.possessive && mention.last + 1 < end) || owner_word) && !in_phrase {
                    let head = if mention.possessive { mention.last + 1 } else { mention.last };
                    // "Russia's ally was attacked": an actor of its own, not a thing of Russia's.
                    let other_actor = self.is(head, class::RELATIONAL);
                    return (!other_actor && self.ctx.actor(m).is_some()).then_some(m);
                }
                // "of special police": an actor inside the subject's own phrase,
                // once a preposition before it shows it is one.
                if !in_phrase {
                    in_phrase = true;
                    j = mention.first;
                    continue;
                }
                return None;
            }
            if self.is(prev, class::PREPOSITION) {
                in_phrase = false;
            }
            if self.ctx.seg.tokens[prev].kind == TokenKind::Possessive {
                j = prev;
                continue;
            }
            let plain = self.is(prev, class::WORD)
                && !self.ctx.seg.is_capitalized(self.ctx.text, prev)
                && !self.is(prev, class::BOUNDARY | class::BE_FORM | class::NEGATION)
                && (!self.is(prev, class::MODAL) || self.lower(prev) == "to");
            if !plain {
                return None;
            }
            j = prev;
        }
        None
    }

    /// The passive agent: "by X" after the verb.
    pub fn by_agent(&self, after: usize, range: &Range<usize>) -> Option<usize> {
        let stop = range.end.min(after + 4);
        let by = (after..stop).find(|&k| self.lower(k) == "by")?;
        self.first_mention_from(by + 1, range, 4)
    }

    /// The first mention with an actor from `at`, within `window` tokens, not across a clause boundary.
    pub fn first_mention_from(&self, at: usize, range: &Range<usize>, window: usize) -> Option<usize> {
        let mut k = at;
        while k < range.end && k < at + window {
            if let Some(m) = self.mention_at(k) {
                if self.is_actor_mention(m) {
                    return Some(m);
                }
                k = self.ctx.mentions[m].last;
                continue;
            }
            if self.is_boundary(k) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The direct object right after a verb: articles and adjectives may precede it.
    pub fn direct_object(&self, after: usize, range: &Range<usize>) -> Option<usize> {
        match self.last_object.get() {
            Some(found) if (found.after, found.end) == (after, range.end) => found.object,
            _ => {
                let object = self.find_direct_object(after, range);
                self.last_object.set(Some(ObjectFound { after, end: range.end, object }));
                object
            }
        }
    }

    fn find_direct_object(&self, after: usize, range: &Range<usize>) -> Option<usize> {
        let mut k = after;
        let mut from = after;
        while k < range.end && k < from + 6 {
            if self.lower(k) == "what" {
                match free_relative(self, k + 1, range) {
                    // "condemned what he called China's conduct": the naming is the speaker's.
                    FreeRelative::Naming(next) => {
                        (k, from) = (next, next);
                        continue;
                    }
                    // "rejected what Ethiopia proposed": the one who did what is rejected.
                    FreeRelative::Doer(m) => return Some(m),
                    FreeRelative::Other => return None,
                }
            }
            if let Some(m) = self.mention_at(k) {
                if self.is_actor_mention(m) {
                    return Some(m);
                }
                k = self.ctx.mentions[m].last;
                continue;
            }
            // "two British soldiers", "scores of refugees": numbers and quantities before the object.
            let quantity = self.ctx.seg.tokens[k].kind == TokenKind::Number
                || self.is(k, class::NUMBER)
                || self.is(k, class::QUANTITY) && k + 1 < range.end;
            if quantity
                || self.is(k, class::OBJECT_MODIFIER)
                || self.is(k, class::BETWEEN) && !matches!(self.lower(k), "for" | "on")
            {
                k += 1;
                continue;
            }
            return named_place(self, k, range);
        }
        None
    }

    /// "investigated the welfare of nearly 2,000 Libyans", "rejected the demands
    /// of the rebels": the actor a short object noun phrase is of.
    pub fn of_object(&self, after: usize, range: &Range<usize>) -> Option<usize> {
        let mut k = after;
        if k < range.end && matches!(self.lower(k), "the" | "a" | "an" | "its" | "their") {
            k += 1;
        }
        let head = k;
        while k < range.end && k < head + 3 {
            if self.lower(k) == "of" {
                return (k > head).then(|| self.first_mention_from(k + 1, range, 4)).flatten();
            }
            let word = self.ctx.seg.tokens[k].kind == TokenKind::Word && !self.ctx.seg.is_capitalized(self.ctx.text, k);
            if !word || self.mention_at(k).is_some() || self.is_boundary(k) || self.is_verb(k) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A target introduced by one of `preps` later in the clause.
    pub fn prep_object<S: AsRef<str>>(&self, after: usize, range: &Range<usize>, preps: &[S]) -> Option<usize> {
        let mut k = after;
        while k < range.end && k < after + 10 {
            if self.is_boundary(k) {
                return None;
            }
            if preps.iter().any(|p| p.as_ref() == self.lower(k)) {
                // "withdraw its force from Chad": the verb's own "from" makes even a place
                // word its target ("in Cairo" stays the setting).
                let own = (self.lower(k) == "from").then(|| self.place_right_after(k + 1, range)).flatten();
                return own.or_else(|| self.first_mention_from(k + 1, range, 5));
            }
            k += 1;
        }
        None
    }

    /// A place named right at `at` (after an optional "the"), which a verb's own
    /// preposition makes its target although it reads as a setting.
    pub fn place_right_after(&self, at: usize, range: &Range<usize>) -> Option<usize> {
        let at = if at + 1 < range.end && self.lower(at) == "the" { at + 1 } else { at };
        let m = self.mention_at(at)?;
        let mention = &self.ctx.mentions[m];
        (mention.first == at && mention.locative && !mention.is_pronoun() && self.ctx.actor(m).is_some()).then_some(m)
    }

    pub fn is_comma(&self, k: usize) -> bool {
        self.is(k, class::COMMA)
    }

    /// A semicolon, full stop, quotation mark or a word that opens a clause.
    pub fn is_boundary(&self, k: usize) -> bool {
        self.is(k, class::BOUNDARY)
    }

    /// Negation between the subject (or clause start) and the verb.
    pub fn negated(&self, from: usize, verb: usize) -> bool {
        (from..verb).any(|k| self.is(k, class::NEGATION))
    }

    /// A modal or infinitive marker right before the verb: not (yet) real.
    pub fn modal(&self, from: usize, verb: usize) -> bool {
        (from.max(verb.saturating_sub(3))..verb).any(|k| self.is(k, class::MODAL))
    }

    /// A form of "be" right before the verb, or with only adverbs between ("was
    /// also condemned"); "was furious and accused" is two verbs.
    pub fn passive(&self, verb: usize, floor: usize) -> bool {
        let floor = floor.max(verb.saturating_sub(3));
        let mut k = verb;
        while k > floor {
            k -= 1;
            if self.is(k, class::BE_FORM) {
                return true;
            }
            let adverb = self.lower(k).ends_with("ly") && self.is(k, class::WORD);
            if !(self.is(k, class::BETWEEN) || adverb) {
                return false;
            }
        }
        false
    }

    /// "unless ..." / "if ..." in the sentence: the condition's byte span.
    pub fn condition(&self, range: &Range<usize>) -> Option<(usize, usize)> {
        let start = self.ctx.first_of(range.clone(), class::CONDITION)?;
        let end =
            (self.ctx.first_of(start + 1..range.end, class::COMMA | class::PERIOD | class::QUOTE)).unwrap_or(range.end);
        let tokens = &self.ctx.seg.tokens;
        Some((tokens[start].start, tokens[end.max(start + 1) - 1].end))
    }
}
