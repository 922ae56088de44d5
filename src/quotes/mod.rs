//! Quotations: every passage in quotation marks, with its speaker,
//! addressee, speech verb and the actors it is about. Entry point:
//! [`find_quotes`].

mod attribution;
mod marks;
#[cfg(test)]
mod tests;

pub(crate) use attribution::{SPEECH_NOUNS, SPEECH_WORDS};

use chrono::NaiveDate;

use crate::extraction::Quote;
use crate::mentions::{Pronoun, Referent};
use crate::relations::{class, Context};
use crate::text::{Segmentation, TokenKind};

#[derive(Debug, Clone, PartialEq)]
pub struct FoundQuote {
    pub speaker: Option<usize>,
    pub addressee: Option<usize>,
    pub about: Vec<usize>,
    /// Byte span of the quoted words (without the marks).
    pub span: (usize, usize),
    pub verb: Option<String>,
    pub relayed_by: Option<usize>,
    pub speaker_description: Option<String>,
}

impl FoundQuote {
    pub fn to_output(
        &self,
        id_of: &dyn Fn(usize) -> String,
        text: &str,
        seg: &Segmentation,
        date: Option<NaiveDate>,
    ) -> Quote {
        let s = seg.sentence_at(self.span.0);
        Quote {
            speaker: self.speaker.map(id_of),
            addressee: self.addressee.map(id_of),
            text: text[self.span.0..self.span.1].trim_end_matches([',', ' ']).to_string(),
            about: self.about.iter().map(|&a| id_of(a)).collect(),
            verb: self.verb.clone(),
            relayed_by: self.relayed_by.map(id_of),
            speaker_description: self.speaker_description.clone(),
            date,
            provenance: crate::extraction::Provenance { sentence: s, span: [self.span.0, self.span.1] },
        }
    }
}

pub fn find_quotes(ctx: &Context) -> Vec<FoundQuote> {
    let single_marks = marks::single_mark_style(ctx.seg, ctx.seg.quote_marks());
    let spans = marks::find_spans(ctx.seg, ctx.seg.quote_marks(), single_marks);
    let attributor = attribution::Attributor::new(ctx, single_marks);
    let mut attributions = Vec::with_capacity(spans.len());
    for (q, span) in spans.iter().enumerate() {
        if attribution::is_scare_quote(ctx, span) {
            attributions.push(None);
            continue;
        }
        attributions.push(Some(attributor.attribute(span, &spans, q)));
    }
    let paragraph_of =
        |span: &marks::QuoteSpan| ctx.seg.sentences[ctx.seg.sentence_at(ctx.seg.tokens[span.open].start)].paragraph;
    // Unattributed quotations borrow from their neighbours: a quotation
    // that runs on into the next paragraph is said by the next one's speaker;
    // a paragraph that only continues a quotation, by the previous one's.
    for q in 0..spans.len() {
        let Some(Some(a)) = attributions.get(q) else { continue };
        // Only a quotation with no attribution at all borrows one.
        if a.speaker.is_some() || a.verb.is_some() || a.description.is_some() {
            continue;
        }
        let a = a.clone();
        let next = spans[q].runs_on.then(|| attributions.get(q + 1).cloned().flatten()).flatten();
        let opens_paragraph = attribution::starts_paragraph(ctx, &spans[q]);
        // A quotation that opens a paragraph, or a sentence right after another
        // quotation of its paragraph, goes on with the same speaker.
        let continues = |p: usize| {
            opens_paragraph
                || attribution::starts_sentence(ctx, &spans[q])
                    && attribution::same_paragraph(ctx, &spans[p], &spans[q])
        };
        let previous = q.checked_sub(1).filter(|&p| continues(p));
        // The quotation of the paragraph right before (or of this one) is the nearest voice.
        let near = previous.filter(|&p| paragraph_of(&spans[p]) + 1 >= paragraph_of(&spans[q]));
        let borrowed = next
            .filter(|n| n.speaker.is_some())
            .or_else(|| near.and_then(|p| attributions[p].clone()))
            .or_else(|| {
                // A paragraph that is one quotation goes on from the words the paragraph before reported.
                let speaker = attributor.previous_paragraph_speaker(&spans[q]).filter(|_| opens_paragraph)?;
                Some(attribution::Attribution { speaker: Some(speaker), ..Default::default() })
            })
            .or_else(|| previous.and_then(|p| attributions[p].clone()));
        if let Some(borrowed) = borrowed {
            attributions[q] = Some(attribution::Attribution { speaker: borrowed.speaker, verb: borrowed.verb, ..a });
        }
    }
    // A short phrase in marks that nobody is said to say is a scare quote:
    // the writer's distance from a label ("the “moderate” groups").
    for (span, attribution) in spans.iter().zip(attributions.iter_mut()) {
        let unattributed =
            attribution.as_ref().is_some_and(|a| a.speaker.is_none() && a.verb.is_none() && a.description.is_none());
        let words = (span.open + 1..span.close).filter(|&k| ctx.seg.tokens[k].kind != TokenKind::Punct).count();
        if unattributed && words <= 3 && !attribution::starts_sentence(ctx, span) {
            *attribution = None;
        }
    }
    let mut abouts: Vec<Vec<usize>> = spans
        .iter()
        .zip(&attributions)
        .map(|(span, a)| {
            let (start, end) = span.inner(ctx.seg);
            a.as_ref().map(|a| about(ctx, start, end, a.speaker, a.addressee)).unwrap_or_default()
        })
        .collect();
    // A quotation split by its attribution, or run on over paragraphs, is one
    // quotation: its first part is about everything the later parts name.
    for q in (0..spans.len().saturating_sub(1)).rev() {
        let (Some(a), Some(b)) = (&attributions[q], &attributions[q + 1]) else { continue };
        if a.speaker != b.speaker || !continued_by(ctx, &attributor, &spans[q], &spans[q + 1]) {
            continue;
        }
        let later = abouts[q + 1].clone();
        for actor in later {
            if !abouts[q].contains(&actor) {
                abouts[q].push(actor);
            }
        }
    }
    let mut quotes: Vec<FoundQuote> = Vec::with_capacity(spans.len());
    for ((span, attribution), about) in spans.iter().zip(attributions).zip(abouts) {
        let Some(a) = attribution else { continue };
        let (start, end) = span.inner(ctx.seg);
        quotes.push(FoundQuote {
            speaker: a.speaker,
            // Nobody is told their own words.
            addressee: a.addressee.filter(|&x| Some(x) != a.speaker),
            about,
            span: (start, end),
            verb: a.verb,
            relayed_by: a.relayed_by,
            speaker_description: a.description,
        });
    }
    quotes
}

/// `b` goes on with the quotation `a`: the next paragraph of a quotation
/// that ran on, or the second half of a sentence split by its attribution
/// (“We came in good faith,” she said, “but they did not.”).
fn continued_by(
    ctx: &Context,
    attributor: &attribution::Attributor,
    a: &marks::QuoteSpan,
    b: &marks::QuoteSpan,
) -> bool {
    if a.runs_on {
        return attribution::starts_paragraph(ctx, b);
    }
    let sentence = |k: usize| ctx.seg.sentence_at(ctx.seg.tokens[k].start);
    let tokens = &ctx.seg.tokens;
    let word = |k: usize| &ctx.text[tokens[k].start..tokens[k].end];
    let first_lower =
        tokens.get(b.open + 1).and_then(|t| ctx.text[t.start..].chars().next()).is_some_and(char::is_lowercase);
    let a_ends_clause = a.close > a.open + 1 && matches!(word(a.close - 1), "," | "—" | "--");
    let between = a.close + 1..b.open;
    a_ends_clause
        && first_lower
        && sentence(a.close) == sentence(b.open)
        && between.len() <= 14
        && between.clone().any(|k| attributor.is_speech_word(k))
}

/// The actors a quotation names or refers to: "we" and "our" are the
/// speaker's side, "you" the addressee and "your" the addressee's side.
fn about(ctx: &Context, start: usize, end: usize, speaker: Option<usize>, addressee: Option<usize>) -> Vec<usize> {
    let mut about = Vec::new();
    let add = |about: &mut Vec<usize>, actor: Option<usize>| {
        if let Some(a) = actor.filter(|a| Some(*a) != speaker && !about.contains(a)) {
            about.push(a);
        }
    };
    let tokens = &ctx.seg.tokens;
    let first_token = ctx.seg.token_at(start);
    // The quotation's tokens: those from `start` that start before `end`.
    let last_token = first_token + tokens[first_token..].partition_point(|t| t.start < end);
    let mut mentions = ctx.mentions.iter().enumerate().skip(ctx.mentions.partition_point(|m| m.start < start));
    let mut next_mention = mentions.next();
    let mut named = false;
    // The mentions and the "you"s in text order, a mention that starts at a
    // "you" first: before each "you" (found by its class, without reading
    // the other tokens), the mentions up to it; after the last, the rest.
    let yous = ctx.tokens_of(first_token..last_token, class::YOU).map(Some);
    for you in yous.chain([None]) {
        let upto = match you.or(last_token.checked_sub(1).filter(|&l| l >= first_token)) {
            Some(k) => tokens[k].start,
            None => break,
        };
        while let Some((m, mention)) = next_mention.filter(|(_, mention)| mention.start <= upto) {
            next_mention = mentions.next();
            if mention.end > end {
                continue;
            }
            let actor = mention_actor(ctx, m, speaker, named);
            named |= actor.is_some();
            add(&mut about, actor);
        }
        match you.map(|k| ctx.lower(k)) {
            Some("your") => add(&mut about, addressee.map(|a| side_of(ctx, a).unwrap_or(a))),
            Some(_) => add(&mut about, addressee),
            None => {}
        }
    }
    about
}

/// The actor a quotation speaks of at mention `m`, after mentions that
/// named one already when `named`.
fn mention_actor(ctx: &Context, m: usize, speaker: Option<usize>, named: bool) -> Option<usize> {
    let mention = &ctx.mentions[m];
    match mention.referent {
        Referent::Pronoun(Pronoun::FirstPlural) => speaker.and_then(|s| side_of(ctx, s)),
        Referent::Pronoun(Pronoun::FirstSingular) => None,
        // "it", "they": what the words before them in the quotation
        // named, else what coreference found outside it.
        Referent::Pronoun(_) if named => None,
        // A bare "it" is as often "it is ..." or a thing as an actor.
        Referent::Pronoun(Pronoun::Neuter) if matches!(ctx.lower(mention.first), "it") => None,
        // "Brussels is only the venue": a place the words are set in is not spoken of.
        _ if venue(ctx, mention.first) => None,
        // "105 million Egyptians" in a quotation speaks of the nation, when the
        // text has it as an actor.
        Referent::Group { agent, country: Some(_) } if Some(agent) == ctx.lex.people_agent() => {
            ctx.actor(m).map(|a| nation_of(ctx, a).unwrap_or(a))
        }
        _ => ctx.actor(m),
    }
}

/// The mention at `first` is where someone went: "came to Brussels".
fn venue(ctx: &Context, first: usize) -> bool {
    first >= 2
        && matches!(ctx.lower(first - 1), "to" | "from")
        && matches!(
            ctx.lower(first - 2),
            "came"
                | "come"
                | "comes"
                | "went"
                | "go"
                | "goes"
                | "travelled"
                | "traveled"
                | "flew"
                | "returned"
                | "arrived"
        )
}

/// The side a speaker's "we" stands for: the body a person serves (its
/// country when it is a national body: a ministry speaks for its state;
/// itself when it is an international one), else the person's country.
/// The country actor of an actor's country, when the text has one.
fn nation_of(ctx: &Context, actor: usize) -> Option<usize> {
    let country = ctx.cast.actors[actor].country.clone()?;
    ctx.cast.find(&crate::actors::ActorKey::Country(country))
}

fn side_of(ctx: &Context, actor: usize) -> Option<usize> {
    let country_of = |a: usize| {
        let country = ctx.cast.actors[a].country.clone()?;
        ctx.cast.find(&crate::actors::ActorKey::Country(country))
    };
    let body = ctx.cast.standing.iter().find(|s| s.source == actor && s.kind == "affiliated_with").map(|s| s.target);
    body.map(|b| country_of(b).unwrap_or(b)).or_else(|| country_of(actor)).filter(|&side| side != actor)
}
