//! Relations between actors: events from verbs and nominalizations, and
//! standing relations from titles, appositives and compounds. Entry
//! point: [`find_relations`].

mod classes;
pub mod clauses;
mod events;
mod matching;
mod standing;
mod targets;
mod words;

use std::ops::Range;

use chrono::NaiveDate;

use crate::actors::Cast;
use crate::extraction::{QuadClass, Relation};
use crate::lexicon::Lexicon;
use crate::mentions::Mention;
use crate::text::Segmentation;
pub use classes::class;

/// What every stage after coreference reads.
pub struct Context<'a> {
    pub text: &'a str,
    pub seg: &'a Segmentation,
    pub lex: &'a Lexicon,
    pub mentions: &'a [Mention],
    pub cast: &'a Cast,
    pub date: Option<NaiveDate>,
    /// Each token's lower-case form ([`Segmentation::lowers`]).
    lowers: Vec<&'a str>,
    /// Each token's [`class`]es and mention, read once here for the many
    /// lookups: the phrase matcher asks about the same tokens for every
    /// phrase of every verb.
    words: Vec<Word>,
}

#[derive(Clone, Copy)]
struct Word {
    classes: u32,
    /// The mention covering the token, or [`Word::NO_MENTION`]: a `u32` in
    /// what would be the struct's padding, where an `Option<usize>` of its
    /// own took 16 bytes a token.
    mention: u32,
}

impl Word {
    const NO_MENTION: u32 = u32::MAX;

    fn mention(&self) -> Option<usize> {
        (self.mention != Word::NO_MENTION).then_some(self.mention as usize)
    }
}

impl<'a> Context<'a> {
    pub fn new(
        text: &'a str,
        seg: &'a Segmentation,
        lex: &'a Lexicon,
        mentions: &'a [Mention],
        cast: &'a Cast,
        date: Option<NaiveDate>,
    ) -> Self {
        Context::with_lowers(text, seg, seg.lowers(), lex, mentions, cast, date)
    }

    /// [`Context::new`], given the tokens' lower-case forms
    /// ([`Segmentation::lowers`]), which the mentions read too.
    pub fn with_lowers(
        text: &'a str,
        seg: &'a Segmentation,
        lowers: Vec<&'a str>,
        lex: &'a Lexicon,
        mentions: &'a [Mention],
        cast: &'a Cast,
        date: Option<NaiveDate>,
    ) -> Self {
        let table = classes::table();
        let mut words: Vec<Word> = (seg.tokens.iter().zip(&lowers))
            .map(|(token, lower)| Word { classes: table.classes_of(token.kind, lower), mention: Word::NO_MENTION })
            .collect();
        assert!(mentions.len() < Word::NO_MENTION as usize, "more mentions than a u32 counts");
        for (m, mention) in mentions.iter().enumerate() {
            for word in &mut words[mention.first..mention.last] {
                word.mention = m as u32;
            }
        }
        Context { text, seg, lex, mentions, cast, date, lowers, words }
    }

    /// The mention covering token `token`, if any (none past the last token):
    /// the index every later lookup uses.
    #[inline]
    pub fn mention_at(&self, token: usize) -> Option<usize> {
        self.words.get(token)?.mention()
    }

    /// The mentions covering `tokens`, one for each token.
    pub fn mentions_over(&self, tokens: Range<usize>) -> impl Iterator<Item = Option<usize>> + '_ {
        self.words[tokens].iter().map(Word::mention)
    }

    /// The lower-case form of a token.
    pub fn lower(&self, token: usize) -> &'a str {
        self.lowers[token]
    }

    /// Token `token` is in one of `classes` (see [`class`]).
    pub fn is(&self, token: usize, classes: u32) -> bool {
        self.words[token].classes & classes != 0
    }

    /// The tokens of `tokens` in one of `classes`, in order.
    pub fn tokens_of(&self, tokens: Range<usize>, classes: u32) -> impl Iterator<Item = usize> + '_ {
        let start = tokens.start;
        let words = self.words[tokens].iter().enumerate();
        words.filter(move |(_, w)| w.classes & classes != 0).map(move |(k, _)| start + k)
    }

    /// The first token of `tokens` in one of `classes`.
    pub fn first_of(&self, tokens: Range<usize>, classes: u32) -> Option<usize> {
        let start = tokens.start;
        self.words[tokens].iter().position(|w| w.classes & classes != 0).map(|k| start + k)
    }

    /// The words of `tokens` that no mention covers: where the verbs and
    /// nouns of events stand. Read from the per-token table alone.
    pub fn unclaimed_words(&self, tokens: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let start = tokens.start;
        let words = self.words[tokens].iter().enumerate();
        let unclaimed = |w: &Word| w.classes & class::WORD != 0 && w.mention().is_none();
        words.filter(move |(_, w)| unclaimed(w)).map(move |(k, _)| start + k)
    }

    /// A word of time ("today", "on", "Wednesday").
    pub fn is_time_word(&self, token: usize) -> bool {
        self.is(token, class::TIME)
    }

    /// The actor of mention `m`, if it resolved to one.
    pub fn actor(&self, m: usize) -> Option<usize> {
        self.cast.of_mention[m]
    }

    /// The actor an event of `cameo` hits at mention `m`: force against a seat
    /// of government ("shelled Juba", "blockade Paris") hits the city, a
    /// place; any other act toward it ("Moscow warned", "talks with Paris")
    /// is the country's.
    pub fn target_actor(&self, m: usize, cameo: &str) -> Option<usize> {
        let force = matches!(cameo.get(..2), Some("17" | "18" | "19" | "20"));
        force.then(|| self.cast.seat_place(m)).flatten().or_else(|| self.actor(m))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// An event type of the lexicon (index into `Lexicon::events`).
    Event(usize),
    /// `ally_of`, `affiliated_with`, `part_of`, `opposes`, `based_in`.
    Standing(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FoundRelation {
    pub source: usize,
    pub target: usize,
    pub kind: RelationKind,
    pub negated: bool,
    pub hypothetical: bool,
    /// Byte span of the condition clause ("unless ...").
    pub condition: Option<(usize, usize)>,
    pub role: Option<String>,
    pub date: Option<NaiveDate>,
    /// Where the event happened, when the sentence says ("in Aleppo").
    pub place: Option<(usize, usize)>,
    /// Byte span of the words that express the relation.
    pub span: (usize, usize),
}

pub fn label_of_standing(kind: &str) -> &'static str {
    match kind {
        "ally_of" => "allied with",
        "affiliated_with" => "affiliated with",
        "part_of" => "part of",
        "opposes" => "opposes",
        "based_in" => "based in",
        _ => "related to",
    }
}

impl FoundRelation {
    /// A plain (not negated, not hypothetical, undated) relation.
    pub fn new(source: usize, target: usize, kind: RelationKind, span: (usize, usize)) -> Self {
        FoundRelation {
            source,
            target,
            kind,
            negated: false,
            hypothetical: false,
            condition: None,
            role: None,
            date: None,
            place: None,
            span,
        }
    }

    pub fn to_output(
        &self,
        id_of: &dyn Fn(usize) -> String,
        text: &str,
        seg: &Segmentation,
        lex: &Lexicon,
    ) -> Relation {
        let s = seg.sentence_at(self.span.0);
        let (kind, cameo, label, goldstein) = match self.kind {
            RelationKind::Event(e) => {
                let event = &lex.events[e];
                (event.name.clone(), Some(event.cameo.clone()), event.label.clone(), event.goldstein)
            }
            RelationKind::Standing(kind) => (kind.to_string(), None, label_of_standing(kind).to_string(), None),
        };
        Relation {
            source: id_of(self.source),
            target: id_of(self.target),
            quad_class: cameo.as_deref().and_then(QuadClass::of_cameo),
            kind,
            cameo,
            label,
            goldstein,
            negated: self.negated,
            hypothetical: self.hypothetical,
            condition: self.condition.map(|(a, b)| text[a..b].to_string()),
            role: self.role.clone(),
            date: self.date,
            place: self.place.map(|(a, b)| text[a..b].to_string()),
            provenance: crate::extraction::Provenance { sentence: s, span: [self.span.0, self.span.1] },
        }
    }
}

pub use clauses::Clauses;

/// The day an event happened: a date the sentence gives ("on Wednesday",
/// "last week"), resolved against the document's date, else that date.
/// Each sentence is read once (`cache`), however many events it holds,
/// and only if its tokens tell it may hold a date.
fn event_date(ctx: &Context, offset: usize, cache: &mut [Option<Option<NaiveDate>>]) -> Option<NaiveDate> {
    let s = ctx.seg.sentence_at(offset);
    let sentence = ctx.seg.sentences.get(s)?;
    *cache[s].get_or_insert_with(|| {
        let text = &ctx.text[sentence.start..sentence.end];
        let tokens = &ctx.seg.tokens[sentence.tokens.clone()];
        crate::clean::dates::first_date_in_tokens(text, sentence.start, tokens, ctx.date).or(ctx.date)
    })
}

/// The setting of an event: the first place named after "in"/"at"/"near" in
/// its sentence from the event's words on ("landed near ... in Aleppo").
fn event_place(ctx: &Context, offset: usize) -> Option<(usize, usize)> {
    let sentence = ctx.seg.sentences.get(ctx.seg.sentence_at(offset))?;
    let first = ctx.mentions.partition_point(|m| m.start < offset);
    ctx.mentions[first..]
        .iter()
        .take_while(|m| m.end <= sentence.end)
        .find(|m| m.locative && !m.possessive)
        .map(|m| (m.start, m.end))
}

pub fn find_relations(ctx: &Context) -> Vec<FoundRelation> {
    let mut found = standing::from_cast(ctx);
    found.extend(standing::from_compounds(ctx));
    found.extend(events::find(ctx));
    let mut unique: Vec<FoundRelation> = Vec::with_capacity(found.len());
    let mut seen = rustc_hash::FxHashSet::with_capacity_and_hasher(found.len(), Default::default());
    let mut dates = vec![None; ctx.seg.sentences.len()];
    for mut r in found {
        if r.source == r.target {
            continue;
        }
        // ally_of is one relation whichever way round it was written.
        let ends = if r.kind == RelationKind::Standing("ally_of") {
            (r.source.min(r.target), r.source.max(r.target))
        } else {
            (r.source, r.target)
        };
        if !seen.insert((ends, r.kind, r.negated)) {
            continue;
        }
        // Dated and placed once kept: reading a sentence for dates is dear.
        if matches!(r.kind, RelationKind::Event(_)) {
            r.date = event_date(ctx, r.span.0, &mut dates);
            r.place = event_place(ctx, r.span.0);
        }
        unique.push(r);
    }
    unique
}
