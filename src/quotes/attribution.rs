//! Who said a quotation, and to whom: “...,” X said / said X / X said: “...”
//! / X told Y: “...” / partial quotes in reported speech / “...” he added /
//! according to X / a description as speaker ("a senior official said").

use std::ops::Range;

use super::marks::QuoteSpan;
use crate::mentions::Referent;
use crate::relations::{class, Context};
use crate::text::TokenKind;

/// Speech verbs the lexicon may not mark: the common ones of attribution.
pub(crate) const SPEECH_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "wrote",
    "writes",
    "warned",
    "insisted",
    "stated",
    "declared",
    "explained",
    "noted",
    "stressed",
    "argued",
    "replied",
    "continued",
    "tweeted",
    "posted",
    "called",
    "described",
    "acknowledged",
    "urged",
    "accused",
    "countered",
    "complained",
    "vowed",
    "promised",
    "announced",
    "demanded",
    "dismissed",
    "denounced",
    "called",
    "labelled",
    "labeled",
    "branded",
    "saying",
    // Participles of attribution: "with Tokyo calling the move “...”".
    "calling",
    "describing",
    "warning",
    "insisting",
    "adding",
    "noting",
    "stressing",
    "arguing",
    "accusing",
    "urging",
    "vowing",
    "declaring",
    "branding",
    "labelling",
    "labeling",
    "dubbing",
    "dubbed",
    "termed",
    "terming",
];

/// Nouns of speech that a possessive names the speaker of: "Obama's
/// declaration that ... “...”", "the minister's statement said".
pub(crate) const SPEECH_NOUNS: &[&str] = &[
    "statement",
    "declaration",
    "warning",
    "remarks",
    "comments",
    "words",
    "pledge",
    "promise",
    "vow",
    "threat",
    "accusation",
    "claim",
    "letter",
    "message",
    "speech",
    "tweet",
    "post",
    "readout",
    "announcement",
];

const ADDRESSING: &[&str] = &["told", "tells", "telling", "asked", "urged", "warned"];

#[derive(Debug, Clone, Default)]
pub struct Attribution {
    pub speaker: Option<usize>,
    pub addressee: Option<usize>,
    pub verb: Option<String>,
    pub relayed_by: Option<usize>,
    pub description: Option<String>,
}

pub struct Attributor<'c, 'a> {
    ctx: &'c Context<'a>,
    clauses: crate::relations::Clauses<'c, 'a>,
    /// The document quotes with single marks.
    single_marks: bool,
}

pub fn is_scare_quote(ctx: &Context, span: &QuoteSpan) -> bool {
    span.open > 0 && ctx.lower(span.open - 1) == "so-called"
        || span.open > 1 && ctx.lower(span.open - 1) == "called" && ctx.lower(span.open - 2) == "-"
        || span.open > 2 && ctx.lower(span.open - 1) == "called" && ctx.lower(span.open - 2) == "-"
}

/// The quotation opens its sentence.
pub fn starts_sentence(ctx: &Context, span: &QuoteSpan) -> bool {
    let s = ctx.seg.sentence_at(ctx.seg.tokens[span.open].start);
    ctx.seg.sentences[s].tokens.start == span.open
}

pub fn same_paragraph(ctx: &Context, a: &QuoteSpan, b: &QuoteSpan) -> bool {
    let paragraph =
        |span: &QuoteSpan| ctx.seg.sentences[ctx.seg.sentence_at(ctx.seg.tokens[span.open].start)].paragraph;
    paragraph(a) == paragraph(b)
}

pub fn starts_paragraph(ctx: &Context, span: &QuoteSpan) -> bool {
    let s = ctx.seg.sentence_at(ctx.seg.tokens[span.open].start);
    let sentence = &ctx.seg.sentences[s];
    sentence.tokens.start == span.open && (s == 0 || ctx.seg.sentences[s - 1].paragraph != sentence.paragraph)
}

impl<'c, 'a> Attributor<'c, 'a> {
    /// `single_marks`: the document quotes with single marks
    /// ([`super::marks::single_mark_style`]).
    pub fn new(ctx: &'c Context<'a>, single_marks: bool) -> Self {
        Attributor { ctx, clauses: crate::relations::Clauses::new(ctx), single_marks }
    }

    /// A speech verb at token `k` ("said", "told", or one the lexicon marks).
    pub fn is_speech_word(&self, k: usize) -> bool {
        self.is_speech(k)
    }

    fn is_speech(&self, k: usize) -> bool {
        self.ctx.is(k, class::SPEECH)
            || self.ctx.lex.verbs_for(self.ctx.lower(k)).iter().any(|h| self.ctx.lex.verbs[h.verb].speech)
    }

    fn sentence_range(&self, token: usize) -> Range<usize> {
        let s = self.ctx.seg.sentence_at(self.ctx.seg.tokens[token.min(self.ctx.seg.tokens.len() - 1)].start);
        self.ctx.seg.sentences[s].tokens.clone()
    }

    /// The actor a mention stands for, following pronouns through coreference.
    fn actor_of(&self, m: usize) -> Option<usize> {
        self.ctx.actor(m)
    }

    pub fn attribute(&self, span: &QuoteSpan, spans: &[QuoteSpan], index: usize) -> Attribution {
        let after = self.after(span, spans.get(index + 1));
        if after.speaker.is_some() || after.description.is_some() {
            return after;
        }
        if let Some(before) = self.before(span, spans) {
            return before;
        }
        if starts_sentence(self.ctx, span) {
            return self.previous_sentence(span).unwrap_or_default();
        }
        Attribution::default()
    }

    /// “...,” X said / “...,” said X, the Y / “...,” X told Y / “...” X's statement said
    fn after(&self, span: &QuoteSpan, next: Option<&QuoteSpan>) -> Attribution {
        let tokens = &self.ctx.seg.tokens;
        if span.runs_on {
            return Attribution::default();
        }
        // A partial quotation inside a sentence ("of trying to “internationalise” an
        // issue") is attributed by what comes before it, not after.
        let inner_end = span.close.checked_sub(1).map(|k| &self.ctx.text[tokens[k].start..tokens[k].end]);
        let closes_clause = matches!(inner_end, Some("," | "." | "?" | "!" | "…"))
            || tokens.get(span.close + 1).is_some_and(|t| matches!(&self.ctx.text[t.start..t.end], "," | "—" | "--"));
        if !closes_clause {
            return Attribution::default();
        }
        let mut k = span.close + 1;
        let range = self.sentence_range(span.close);
        let end = next.map_or(range.end, |n| n.open.min(range.end)).max(k);
        while k < end
            && tokens[k].kind == TokenKind::Punct
            && matches!(&self.ctx.text[tokens[k].start..tokens[k].end], "," | "—" | "-" | "--")
        {
            k += 1;
        }
        if k >= end {
            return Attribution::default();
        }
        // said X
        if self.is_speech(k) {
            let verb = self.ctx.text[tokens[k].start..tokens[k].end].to_string();
            // "said a Western diplomat": an unnamed speaker, described.
            if k + 1 < end && matches!(self.ctx.lower(k + 1), "a" | "an" | "one" | "two" | "several") {
                return Attribution {
                    verb: Some(verb),
                    description: self.description(k + 1, end),
                    ..Attribution::default()
                };
            }
            // "said the force's commander, Major General Luca Ferrante"
            if let Some(m) =
                self.clauses.first_mention_from(k + 1, &(k + 1..end), 4).or_else(|| self.appositive_after(k + 1, end))
            {
                return Attribution {
                    speaker: self.actor_of(m),
                    verb: Some(verb),
                    relayed_by: self.relay(k, end),
                    ..Attribution::default()
                };
            }
            return Attribution {
                verb: Some(verb),
                description: self.description(k + 1, end),
                ..Attribution::default()
            };
        }
        // X said / X's statement said / a senior official said
        let mut j = k;
        let mut speaker = None;
        while j < end && j < k + 12 {
            if let Some(m) = self.clauses.mention_at(j) {
                // The mention nearest the verb speaks: "Ethiopian Foreign Ministry spokesman Bereket said".
                let is_person = self
                    .actor_of(m)
                    .is_some_and(|a| self.ctx.cast.actors[a].kind == crate::extraction::ActorKind::Person);
                let current_is_person = speaker
                    .and_then(|s| self.actor_of(s))
                    .is_some_and(|a| self.ctx.cast.actors[a].kind == crate::extraction::ActorKind::Person);
                if self.actor_of(m).is_some() && (is_person || !current_is_person) {
                    speaker = Some(m);
                }
                j = self.ctx.mentions[m].last;
                continue;
            }
            if self.is_speech(j) {
                let verb = self.ctx.text[tokens[j].start..tokens[j].end].to_string();
                let addressee = self.addressee(j, end);
                return match speaker {
                    Some(m) => Attribution {
                        speaker: self.actor_of(m),
                        addressee,
                        verb: Some(verb),
                        relayed_by: self.relay(j, end),
                        description: None,
                    },
                    // "a senior official said": an unnamed speaker, described.
                    None if j > k
                        && matches!(
                            self.ctx.lower(k),
                            "a" | "an" | "one" | "two" | "three" | "several" | "some" | "another" | "the"
                        ) =>
                    {
                        Attribution {
                            verb: Some(verb),
                            description: Some(self.ctx.text[tokens[k].start..tokens[j - 1].end].to_string()),
                            ..Attribution::default()
                        }
                    }
                    None => Attribution::default(),
                };
            }
            let mark = match tokens[j].kind {
                TokenKind::Quote(_) => true,
                TokenKind::SingleQuote(_) => self.single_marks,
                _ => false,
            };
            if self.clauses.is_boundary(j) || mark {
                break;
            }
            j += 1;
        }
        Attribution::default()
    }

    /// X said: “...” / X told Y: “...” / X said the U.S. would “...”
    fn before(&self, span: &QuoteSpan, spans: &[QuoteSpan]) -> Option<Attribution> {
        let range = self.sentence_range(span.open);
        let mut k = span.open;
        // The quotations opening before `k`; `k` only falls, so this count
        // is walked down with it rather than searched for at every step.
        let mut before_k = spans.partition_point(|s| s.open < k);
        while k > range.start {
            k -= 1;
            // Words inside an earlier quotation of the sentence are not the attribution.
            while before_k > 0 && spans[before_k - 1].open >= k {
                before_k -= 1;
            }
            if let Some(inside) = before_k.checked_sub(1).map(|p| &spans[p]).filter(|s| k <= s.close) {
                k = inside.open;
                continue;
            }
            // "Obama's declaration that the U.S. would act if Assad crossed the “red line”"
            if let Some(m) = self.possessor_of_speech(k) {
                return Some(Attribution {
                    speaker: self.actor_of(m),
                    addressee: self.addressee(k, span.open),
                    verb: Some(self.ctx.lower(k).to_string()),
                    relayed_by: None,
                    description: None,
                });
            }
            if !self.is_speech(k) || self.clauses.mention_at(k).is_some() {
                continue;
            }
            let subject =
                self.clauses.subject(k, &(range.start..span.open)).or_else(|| self.inverted_subject(k, span.open));
            if let Some(m) = subject {
                let verb = self.ctx.text[self.ctx.seg.tokens[k].start..self.ctx.seg.tokens[k].end].to_string();
                return Some(Attribution {
                    speaker: self.actor_of(m),
                    addressee: self.addressee(k, span.open),
                    verb: Some(verb),
                    relayed_by: None,
                    description: None,
                });
            }
        }
        // "Kerry “expressed grave concern ...”": the quotation is the verb phrase of a subject right before it.
        let m = self.clauses.mention_at(span.open.checked_sub(1)?)?;
        Some(Attribution { speaker: self.actor_of(m), ..Attribution::default() })
            .filter(|a| a.speaker.is_some() && self.ctx.mentions[m].last == span.open)
    }

    /// "said the minister": the speaker right after the verb, ending where the quotation begins.
    fn inverted_subject(&self, verb: usize, end: usize) -> Option<usize> {
        let start = if matches!(self.ctx.lower(verb + 1), "the" | "a") { verb + 2 } else { verb + 1 };
        let m = self.clauses.mention_at(start)?;
        let last = self.ctx.mentions[m].last;
        let closes = last >= end || matches!(self.ctx.lower(last), "," | ":" | "that");
        (self.ctx.mentions[m].first == start && closes).then_some(m)
    }

    /// The quotation continues what the previous sentence of its paragraph reported.
    fn previous_sentence(&self, span: &QuoteSpan) -> Option<Attribution> {
        let s = self.ctx.seg.sentence_at(self.ctx.seg.tokens[span.open].start);
        let previous = self.ctx.seg.sentences.get(s.checked_sub(1)?)?;
        if previous.paragraph != self.ctx.seg.sentences[s].paragraph {
            return None;
        }
        let range = previous.tokens.clone();
        range.clone().find_map(|k| {
            if !self.is_speech(k) {
                return None;
            }
            let m = self.clauses.subject(k, &range)?;
            let speaker = self.actor_of(m)?;
            Some(Attribution { speaker: Some(speaker), ..Attribution::default() })
        })
    }

    /// The mention that owns the speech noun at `k`: "Obama's declaration",
    /// "the ministry's statement".
    fn possessor_of_speech(&self, k: usize) -> Option<usize> {
        if !self.ctx.is(k, class::SPEECH_NOUN) || self.clauses.mention_at(k).is_some() {
            return None;
        }
        // One modifier may stand between: "Obama's famous declaration".
        let possessive = (k.saturating_sub(2)..k)
            .rev()
            .find(|&j| self.ctx.seg.tokens[j].kind == TokenKind::Possessive)
            .filter(|&j| (j + 1..k).all(|w| self.ctx.seg.tokens[w].kind == TokenKind::Word))?;
        let m = self.clauses.mention_at(possessive.checked_sub(1)?)?;
        (self.ctx.mentions[m].last == possessive && self.clauses.is_actor_mention(m)).then_some(m)
    }

    /// "told Lavrov", "told his Sudanese counterpart, Nafisa Babiker",
    /// "wrote to X", "said in a call with X", "in a letter to X"
    fn addressee(&self, verb: usize, end: usize) -> Option<usize> {
        let object = if ADDRESSING.contains(&self.ctx.lower(verb)) {
            self.clauses.direct_object(verb + 1, &(verb + 1..end)).or_else(|| {
                // "told his counterpart, X"
                let comma = (verb + 1..end.min(verb + 6)).find(|&k| self.ctx.lower(k) == ",")?;
                self.clauses.first_mention_from(comma + 1, &(comma + 1..end), 2)
            })
        } else {
            None
        };
        let m = object.or_else(|| self.addressed_by_phrase(verb, end)).or_else(|| self.addressed_in_opening(verb))?;
        let actor = self.actor_of(m)?;
        (!matches!(self.ctx.mentions[m].referent, Referent::Pronoun(_))).then_some(actor)
    }

    /// "wrote to X", "said in a phone call with X", "in a letter to X": the
    /// one spoken to, named by a phrase after the speech verb.
    fn addressed_by_phrase(&self, verb: usize, end: usize) -> Option<usize> {
        let stop = end.min(verb + 10);
        let lower = |k: usize| self.ctx.lower(k);
        // "wrote to the council", "said to his counterpart"
        if verb + 1 < stop
            && lower(verb + 1) == "to"
            && matches!(lower(verb), "wrote" | "writes" | "said" | "says" | "tweeted" | "complained" | "appealed")
        {
            if let Some(m) = self.clauses.first_mention_from(verb + 2, &(verb + 2..end), 4) {
                return Some(m);
            }
        }
        let mut k = verb + 1;
        while k + 1 < stop {
            if self.clauses.is_boundary(k) {
                return None;
            }
            let noun = matches!(
                lower(k),
                "call" | "conversation" | "letter" | "message" | "meeting" | "talks" | "speech" | "address" | "note"
            );
            if noun && matches!(lower(k + 1), "with" | "to") {
                return self.clauses.first_mention_from(k + 2, &(k + 2..end), 4);
            }
            k += 1;
        }
        None
    }

    /// "In a letter to X, he wrote ...", "During a phone call with X, she said ...":
    /// the one spoken to, named by the phrase that opens the sentence.
    fn addressed_in_opening(&self, verb: usize) -> Option<usize> {
        let range = self.sentence_range(verb);
        let lower = |k: usize| self.ctx.lower(k);
        if !matches!(lower(range.start), "in" | "during" | "on") {
            return None;
        }
        let noun = (range.start + 1..verb.min(range.start + 5)).find(|&k| {
            matches!(lower(k), "call" | "conversation" | "letter" | "message" | "meeting" | "talks")
                && matches!(lower(k + 1), "with" | "to")
        })?;
        // The phrase ends with a comma, and the speaker right after it is the verb's subject
        // (not "In a call with X, Y condemned what he called “...”").
        let comma = (noun + 2..verb).find(|&k| lower(k) == ",")?;
        let subject = self.clauses.subject(verb, &range)?;
        if self.ctx.mentions[subject].first != comma + 1 {
            return None;
        }
        let m = self.clauses.mention_at(comma - 1)?;
        self.clauses.is_actor_mention(m).then_some(m)
    }

    /// The speaker of the last sentence of the paragraph before the quotation's,
    /// when that sentence reports someone's words: a paragraph that is one
    /// quotation goes on with what the paragraph before reported.
    pub fn previous_paragraph_speaker(&self, span: &QuoteSpan) -> Option<usize> {
        let s = self.ctx.seg.sentence_at(self.ctx.seg.tokens[span.open].start);
        let previous = self.ctx.seg.sentences.get(s.checked_sub(1)?)?;
        if previous.paragraph + 1 != self.ctx.seg.sentences[s].paragraph {
            return None;
        }
        let range = previous.tokens.clone();
        range.clone().rev().find_map(|k| {
            if !self.is_speech(k) || self.clauses.mention_at(k).is_some() {
                return None;
            }
            let m = self.clauses.subject(k, &range).or_else(|| self.inverted_subject(k, range.end))?;
            self.actor_of(m)
        })
    }

    /// "the force's commander, Major General Luca Ferrante": the person the
    /// description after a speech verb names.
    fn appositive_after(&self, from: usize, end: usize) -> Option<usize> {
        let comma = (from..end.min(from + 8)).find(|&k| self.ctx.lower(k) == ",")?;
        let m = (comma + 1..end.min(comma + 6)).find_map(|k| self.clauses.mention_at(k))?;
        self.actor_of(m).filter(|&a| self.ctx.cast.actors[a].kind == crate::extraction::ActorKind::Person).map(|_| m)
    }

    /// "according to State Department spokesman John Kirby"
    fn relay(&self, from: usize, end: usize) -> Option<usize> {
        let k = (from..end.saturating_sub(1))
            .find(|&k| self.ctx.lower(k) == "according" && self.ctx.lower(k + 1) == "to")?;
        let m = self.clauses.first_mention_from(k + 2, &(k + 2..end), 8)?;
        self.actor_of(m)
    }

    /// "a senior official", "diplomats": words that describe an unnamed speaker.
    fn description(&self, from: usize, end: usize) -> Option<String> {
        let tokens = &self.ctx.seg.tokens;
        let stop = (from..end).find(|&k| tokens[k].kind == TokenKind::Punct).unwrap_or(end);
        (stop > from).then(|| self.ctx.text[tokens[from].start..tokens[stop - 1].end].to_string())
    }
}
