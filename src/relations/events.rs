//! Events from verbs ("Kerry threatened Russia", "was condemned by X") and
//! from nominalizations ("Kerry's warning to Lavrov", "Russian and Syrian
//! government attacks on Aleppo").

use std::ops::Range;

use super::clauses::Clauses;
use super::{Context, FoundRelation, RelationKind};
use crate::extraction::ActorKind;
use crate::lexicon::VerbForm;
use crate::text::TokenKind;

pub fn find(ctx: &Context) -> Vec<FoundRelation> {
    let clauses = Clauses::new(ctx);
    let mut found = Vec::new();
    for sentence in &ctx.seg.sentences {
        let range = sentence.tokens.clone();
        let condition = clauses.condition(&range);
        for i in range.clone() {
            if ctx.seg.tokens[i].kind != TokenKind::Word || clauses.mention_at[i].is_some() {
                continue;
            }
            verb_events(ctx, &clauses, i, &range, condition, &mut found);
            noun_events(ctx, &clauses, i, &range, &mut found);
        }
    }
    found
}

/// Match the words after the head of a multiword phrase; `*` takes one mention.
/// Returns the token after the phrase and the mention in the slot.
fn match_phrase(
    clauses: &Clauses,
    words: &[String],
    at: usize,
    range: &Range<usize>,
) -> Option<(usize, Option<usize>)> {
    let mut k = at;
    let mut slot = None;
    for word in words {
        if k >= range.end {
            return None;
        }
        if word == "*" {
            let m = clauses.direct_object(k, range)?;
            slot = Some(m);
            k = clauses.ctx.mentions[m].last;
            continue;
        }
        // articles inside phrases are optional in the text ("lodge a protest", "lodge protest")
        while matches!(clauses.lower(k), "a" | "an" | "the") && !matches!(word.as_str(), "a" | "an" | "the") {
            k += 1;
        }
        if clauses.lower(k) != word {
            return None;
        }
        k += 1;
    }
    Some((k, slot))
}

fn event(source: usize, target: usize, kind: usize, span: (usize, usize)) -> FoundRelation {
    FoundRelation {
        source,
        target,
        kind: RelationKind::Event(kind),
        negated: false,
        hypothetical: false,
        condition: None,
        role: None,
        date: None,
        span,
    }
}

fn verb_events(
    ctx: &Context,
    clauses: &Clauses,
    i: usize,
    range: &Range<usize>,
    condition: Option<(usize, usize)>,
    found: &mut Vec<FoundRelation>,
) {
    let hits = ctx.lex.verbs_for(clauses.lower(i));
    // The longest phrase that matches wins ("hold * responsible" over "hold").
    let best = hits
        .iter()
        .filter_map(|hit| {
            let verb = &ctx.lex.verbs[hit.verb];
            match_phrase(clauses, &verb.words[1..], i + 1, range).map(|(after, slot)| (hit, verb, after, slot))
        })
        .max_by_key(|(_, verb, _, _)| verb.words.len());
    let Some((hit, verb, after, slot)) = best else { return };
    let event_type = &ctx.lex.events[verb.event];
    if event_type.cameo.starts_with("01") {
        return; // statements: the quotes carry who said what
    }
    // "to stop this assault and allow access": a purpose or a wish, not an event;
    // the verb that governs the infinitive carries the relation.
    if infinitive(clauses, i, range) {
        return;
    }
    let passive = matches!(hit.form, VerbForm::Participle | VerbForm::Past) && clauses.passive(i, range.start);
    let (sources, targets): (Vec<usize>, Vec<usize>) = if passive {
        // "X was condemned by Y"; no agent: no invented source.
        let Some(agent) = clauses.by_agent(after, range) else { return };
        let Some(patient) = clauses.subject(i, range) else { return };
        (clauses.coordinated_right(agent, range.end), clauses.coordinated_left(patient, range.start))
    } else {
        let Some(subject) = clauses.subject(i, range) else { return };
        let ends_in_preposition = verb.words.len() > 1
            && matches!(
                verb.words.last().map(String::as_str),
                Some("on" | "against" | "with" | "to" | "at" | "from" | "for" | "of")
            );
        let object = slot
            .or_else(|| clauses.direct_object(after, range))
            .or_else(|| ends_in_preposition.then(|| clauses.first_mention_from(after, range, 6)).flatten())
            .or_else(|| clauses.prep_object(after, range, &verb.preps))
            .or_else(|| complement_target(ctx, clauses, subject, after, range));
        let Some(object) = object else { return };
        if event_type.cameo.starts_with("04") && ctx.mentions[object].possessive {
            return; // "called China's conduct": naming, not a phone call
        }
        (clauses.coordinated_left(subject, range.start), clauses.coordinated_right(object, range.end))
    };
    let subject_start =
        sources.iter().chain(&targets).map(|&m| ctx.mentions[m].last).min().unwrap_or(range.start).min(i);
    let negated = clauses.negated(subject_start, i);
    let hypothetical =
        clauses.modal(subject_start, i) || matches!(hit.form, VerbForm::Gerund) && clauses.modal(range.start, i);
    let span = (ctx.seg.tokens[i].start, ctx.seg.tokens[after.max(i + 1) - 1].end);
    for &s in &sources {
        for &t in &targets {
            let (Some(source), Some(target)) = (ctx.actor(s), ctx.actor(t)) else { continue };
            if same_side(ctx, source, target) {
                continue;
            }
            let mut r = event(source, target, verb.event, span);
            r.negated = negated;
            r.hypothetical = hypothetical;
            r.condition = condition.filter(|c| c.0 > span.0);
            found.push(r);
        }
    }
}

/// "threatened to end all cooperation between the United States and Russia":
/// the target stands inside the infinitive; the subject's own side is not it.
fn complement_target(
    ctx: &Context,
    clauses: &Clauses,
    subject: usize,
    after: usize,
    range: &Range<usize>,
) -> Option<usize> {
    if after >= range.end || clauses.lower(after) != "to" {
        return None;
    }
    let source = ctx.actor(subject)?;
    let mut k = after + 1;
    let mut candidate = None;
    while k < range.end && k < after + 14 {
        if clauses.is_boundary(k) || matches!(clauses.lower(k), "unless" | "if") {
            break;
        }
        if let Some(m) = clauses.mention_at[k] {
            if let Some(a) = ctx.actor(m) {
                if !same_side(ctx, source, a) && !ctx.mentions[m].possessive {
                    candidate = Some(m);
                }
            }
            k = ctx.mentions[m].last;
            continue;
        }
        k += 1;
    }
    candidate
}

/// A person and their own country are one side: Kerry does not threaten the United States.
fn same_side(ctx: &Context, a: usize, b: usize) -> bool {
    let (x, y) = (&ctx.cast.actors[a], &ctx.cast.actors[b]);
    let country_of = |actor: &crate::actors::CastActor| actor.country.clone();
    match (x.kind, y.kind) {
        (ActorKind::Country, _) | (_, ActorKind::Country) if x.kind != y.kind => {
            let other = if x.kind == ActorKind::Country { y } else { x };
            let country = if x.kind == ActorKind::Country { x } else { y };
            other.kind != ActorKind::Location
                && country_of(other).is_some()
                && country_of(other) == country_of(country)
                && other.kind != ActorKind::Group
        }
        _ => false,
    }
}

fn noun_events(ctx: &Context, clauses: &Clauses, i: usize, range: &Range<usize>, found: &mut Vec<FoundRelation>) {
    for hit in ctx.lex.nouns_for(clauses.lower(i)) {
        let noun = &ctx.lex.nouns[hit.noun];
        let Some((after, _)) = match_phrase(clauses, &noun.words[1..], i + 1, range) else { continue };
        if ctx.lex.events[noun.event].cameo.starts_with("01") {
            continue;
        }
        // Sources: a possessor ("Kerry's warning") or adjectives ("Russian and Syrian government attacks").
        let mut sources = Vec::new();
        let mut k = i;
        while k > range.start
            && clauses.mention_at[k - 1].is_none()
            && matches!(
                clauses.lower(k - 1),
                "military"
                    | "air"
                    | "new"
                    | "latest"
                    | "repeated"
                    | "deadly"
                    | "fresh"
                    | "formal"
                    | "official"
                    | "joint"
            )
        {
            k -= 1;
        }
        if k > range.start && ctx.seg.tokens[k - 1].kind == TokenKind::Possessive {
            k -= 1;
        }
        if let Some(m) = k.checked_sub(1).and_then(|p| clauses.mention_at[p]).filter(|m| ctx.mentions[*m].last == k) {
            if clauses.is_actor_mention(m) || ctx.mentions[m].possessive {
                sources = clauses.coordinated_left(m, range.start);
            }
        }
        // "attacks by X on Y"
        if sources.is_empty() {
            if let Some(agent) = (after..range.end.min(after + 2))
                .find(|&k| clauses.lower(k) == "by")
                .and_then(|by| clauses.first_mention_from(by + 1, range, 4))
            {
                sources = clauses.coordinated_right(agent, range.end);
            }
        }
        let Some(target) = clauses.prep_object(after, range, &noun.preps) else { continue };
        // "Kerry's warning came in a telephone call to Lavrov", "In a phone call with X, Y said":
        // with no possessor, the actor the sentence is about does it.
        if sources.is_empty() && ctx.lex.events[noun.event].cameo.starts_with("04") {
            sources.extend(sentence_agent(ctx, clauses, i, range, target));
        }
        let Some(target) = clauses.prep_object(after, range, &noun.preps) else { continue };
        let targets = clauses.coordinated_right(target, range.end);
        if sources.is_empty() {
            continue;
        }
        let span = (ctx.seg.tokens[i].start, ctx.seg.tokens[after - 1].end);
        for &s in &sources {
            for &t in &targets {
                let (Some(source), Some(target)) = (ctx.actor(s), ctx.actor(t)) else { continue };
                if !same_side(ctx, source, target) {
                    found.push(event(source, target, noun.event, span));
                }
            }
        }
    }
}

/// The actor nearest before a nominal event in its sentence, else the first
/// one after the comma that closes an opening phrase ("In a call with X, Y ...").
fn sentence_agent(ctx: &Context, clauses: &Clauses, noun: usize, range: &Range<usize>, target: usize) -> Option<usize> {
    let target_actor = ctx.actor(target);
    let usable = |m: usize| {
        let actor = ctx.actor(m);
        actor.is_some() && actor != target_actor && (clauses.is_actor_mention(m) || ctx.mentions[m].possessive)
    };
    let before = (range.start..noun).rev().filter_map(|k| clauses.mention_at[k]).find(|&m| usable(m));
    before.or_else(|| {
        let comma = (noun..range.end).find(|&k| ctx.text[ctx.seg.tokens[k].start..ctx.seg.tokens[k].end] == *",")?;
        (comma + 1..range.end.min(comma + 8)).filter_map(|k| clauses.mention_at[k]).find(|&m| usable(m))
    })
}

/// The verb at `i` is a bare infinitive: "to allow", "to stop X and allow".
fn infinitive(clauses: &Clauses, i: usize, range: &Range<usize>) -> bool {
    if i > range.start && clauses.lower(i - 1) == "to" {
        return true;
    }
    // "to stop this assault and allow": the "to" reaches over a coordinated verb phrase.
    i > range.start + 2
        && clauses.lower(i - 1) == "and"
        && (range.start..i - 1)
            .rev()
            .take(8)
            .any(|k| clauses.lower(k) == "to" && k + 1 < i && clauses.mention_at[k + 1].is_none())
}
