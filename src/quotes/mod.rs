//! Quotations: every passage in quotation marks, with its speaker,
//! addressee, speech verb and the actors it is about. Entry point:
//! [`find_quotes`].

mod attribution;
mod marks;

use chrono::NaiveDate;

use crate::extraction::Quote;
use crate::mentions::{Pronoun, Referent};
use crate::relations::Context;
use crate::text::Segmentation;

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
        let evidence = seg.sentences.get(s).map(|x| text[x.start..x.end].to_string()).unwrap_or_default();
        Quote {
            speaker: self.speaker.map(id_of),
            addressee: self.addressee.map(id_of),
            text: text[self.span.0..self.span.1].trim_end_matches([',', ' ']).to_string(),
            about: self.about.iter().map(|&a| id_of(a)).collect(),
            verb: self.verb.clone(),
            relayed_by: self.relayed_by.map(id_of),
            speaker_description: self.speaker_description.clone(),
            date,
            provenance: crate::extraction::Provenance { sentence: s, span: [self.span.0, self.span.1], evidence },
        }
    }
}

pub fn find_quotes(ctx: &Context) -> Vec<FoundQuote> {
    let spans = marks::find_spans(ctx.seg);
    let attributor = attribution::Attributor::new(ctx);
    let mut quotes: Vec<FoundQuote> = Vec::new();
    let mut attributions = Vec::new();
    for (q, span) in spans.iter().enumerate() {
        if attribution::is_scare_quote(ctx, span) {
            attributions.push(None);
            continue;
        }
        attributions.push(Some(attributor.attribute(span, &spans, q)));
    }
    // Unattributed quotations borrow from their neighbours: a quotation
    // that runs on into the next paragraph is said by the next one's speaker;
    // a paragraph that only continues a quotation, by the previous one's.
    for q in 0..spans.len() {
        let Some(Some(a)) = attributions.get(q).cloned() else { continue };
        // Only a quotation with no attribution at all borrows one.
        if a.speaker.is_some() || a.verb.is_some() || a.description.is_some() {
            continue;
        }
        let next = attributions.get(q + 1).cloned().flatten().filter(|_| spans[q].runs_on);
        // A quotation that opens a paragraph, or a sentence right after another
        // quotation of its paragraph, goes on with the same speaker.
        let continues = |p: usize| {
            attribution::starts_paragraph(ctx, &spans[q])
                || attribution::starts_sentence(ctx, &spans[q])
                    && attribution::same_paragraph(ctx, &spans[p], &spans[q])
        };
        let prev = q.checked_sub(1).filter(|&p| continues(p)).and_then(|p| attributions[p].clone());
        if let Some(borrowed) = next.filter(|n| n.speaker.is_some()).or(prev) {
            attributions[q] = Some(attribution::Attribution { speaker: borrowed.speaker, verb: borrowed.verb, ..a });
        }
    }
    for (span, attribution) in spans.iter().zip(attributions) {
        let Some(a) = attribution else { continue };
        let (start, end) = span.inner(ctx.seg);
        let about = about(ctx, start, end, a.speaker);
        quotes.push(FoundQuote {
            speaker: a.speaker,
            addressee: a.addressee,
            about,
            span: (start, end),
            verb: a.verb,
            relayed_by: a.relayed_by,
            speaker_description: a.description,
        });
    }
    quotes
}

/// The actors a quotation names; "we" and "our" are the speaker's side.
fn about(ctx: &Context, start: usize, end: usize, speaker: Option<usize>) -> Vec<usize> {
    let mut about = Vec::new();
    // Mentions are in text order: only those inside the quotation are read.
    let first = ctx.mentions.partition_point(|m| m.start < start);
    for (m, mention) in ctx.mentions.iter().enumerate().skip(first) {
        if mention.start >= end {
            break;
        }
        if mention.end > end {
            continue;
        }
        let actor = match mention.referent {
            Referent::Pronoun(Pronoun::FirstPlural) => speaker.and_then(|s| side_of(ctx, s)),
            Referent::Pronoun(_) => None,
            _ => ctx.actor(m),
        };
        if let Some(a) = actor.filter(|a| Some(*a) != speaker && !about.contains(a)) {
            about.push(a);
        }
    }
    about
}

/// The country a person speaks for.
fn side_of(ctx: &Context, actor: usize) -> Option<usize> {
    let country = ctx.cast.actors[actor].country.clone()?;
    ctx.cast.find(&crate::actors::ActorKey::Country(country)).filter(|&c| c != actor)
}
