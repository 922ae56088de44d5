//! Where an event's target stands when it is not the verb's object: inside
//! an infinitive ("threatened to end cooperation with Russia"), in a
//! condition ("if the United States goes ahead"), or in a protest's purpose
//! or setting; and which actors are one side and never each other's target.
//! Also what stands where an object is looked for but is not a plain actor:
//! a free relative ("what it called aggression") or a named place ("the
//! port city of Aden").

use std::ops::Range;

use super::classes::class;
use super::clauses::Clauses;
use super::Context;
use crate::extraction::ActorKind;
use crate::text::TokenKind;

/// An actor at mention `m` that is neither `source` nor on its side.
fn other_side(ctx: &Context, source: usize, m: usize) -> bool {
    ctx.actor(m).is_some_and(|a| a != source && !same_side(ctx, source, a))
}

/// "threatened to end all cooperation between the United States and Russia":
/// the target stands inside the infinitive; the subject's own side is not it.
pub(super) fn complement_target(
    ctx: &Context,
    clauses: &Clauses,
    subject: usize,
    after: usize,
    range: &Range<usize>,
) -> Option<usize> {
    // "threatened on Wednesday to end ...": time words may come before the infinitive.
    let mut after = after;
    while after < range.end && ctx.is_time_word(after) {
        after += 1;
    }
    if after >= range.end || clauses.lower(after) != "to" {
        return None;
    }
    let source = ctx.actor(subject)?;
    let mut k = after + 1;
    while k < range.end && k < after + 14 {
        // "..., a Saudi-owned weekly reports": the infinitive ends at a comma.
        if clauses.is_boundary(k) || clauses.is_comma(k) || clauses.is(k, class::CONDITION) {
            break;
        }
        if let Some(m) = clauses.mention_at(k) {
            // The first other actor: "blows to the United States and Israel" is
            // both, by coordination from the first.
            if other_side(ctx, source, m) && !ctx.mentions[m].possessive {
                return Some(m);
            }
            k = ctx.mentions[m].last;
            continue;
        }
        k += 1;
    }
    None
}

/// Whom a protest with no object is aimed at: the one its purpose names
/// ("blocked roads to press their demands on President Bouteflika's
/// government"), else the state where it happens ("rioted at a jail in
/// northern Israel").
pub(super) fn protest_target(
    ctx: &Context,
    clauses: &Clauses,
    subject: usize,
    after: usize,
    range: &Range<usize>,
) -> Option<usize> {
    let source = ctx.actor(subject)?;
    let other = |m: usize| other_side(ctx, source, m);
    let end = range.end.min(after + 16);
    let purpose = (after..end).find(|&k| {
        clauses.lower(k) == "to"
            && k + 1 < range.end
            && clauses.mention_at(k + 1).is_none()
            && ctx.seg.tokens[k + 1].kind == TokenKind::Word
            // "leading to the city centre" is a way, not a purpose.
            && !matches!(clauses.lower(k + 1), "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her")
    });
    if let Some(to) = purpose {
        let mut k = to + 2;
        while k < range.end && k < to + 20 && !clauses.is_boundary(k) {
            match clauses.mention_at(k) {
                Some(m) if other(m) && !ctx.mentions[m].is_pronoun() => return Some(m),
                Some(m) => k = ctx.mentions[m].last,
                None => k += 1,
            }
        }
    }
    let mut k = after;
    while k < end && !clauses.is_boundary(k) && purpose.is_none_or(|to| k < to) {
        match clauses.mention_at(k) {
            Some(m) => {
                let country = ctx.actor(m).is_some_and(|a| ctx.cast.actors[a].kind == ActorKind::Country);
                if ctx.mentions[m].locative && country && other(m) {
                    return Some(m);
                }
                k = ctx.mentions[m].last;
            }
            None => k += 1,
        }
    }
    None
}

/// "threatened to stop negotiations if the United States goes ahead": a
/// threat with no target in its words is aimed at the condition's subject.
pub(super) fn condition_target(
    ctx: &Context,
    clauses: &Clauses,
    subject: usize,
    verb: usize,
    range: &Range<usize>,
) -> Option<usize> {
    let source = ctx.actor(subject)?;
    let at = (verb..range.end).find(|&k| clauses.is(k, class::CONDITION))?;
    let m = clauses.first_mention_from(at + 1, range, 4)?;
    other_side(ctx, source, m).then_some(m)
}

/// A person and their own country are one side: Kerry does not threaten the United States.
pub(super) fn same_side(ctx: &Context, a: usize, b: usize) -> bool {
    let (x, y) = (&ctx.cast.actors[a], &ctx.cast.actors[b]);
    match (x.kind, y.kind) {
        (ActorKind::Country, _) | (_, ActorKind::Country) if x.kind != y.kind => {
            let other = if x.kind == ActorKind::Country { y } else { x };
            let country = if x.kind == ActorKind::Country { x } else { y };
            other.kind != ActorKind::Location
                && other.country.is_some()
                && other.country == country.country
                && other.kind != ActorKind::Group
        }
        _ => false,
    }
}

/// What a free relative ("what X called", "what X proposed") after a verb is.
pub(super) enum FreeRelative {
    /// The object comes after the naming verb, at this token.
    Naming(usize),
    /// The actor (mention) who did the thing the object is.
    Doer(usize),
    Other,
}

/// What follows "what" at `at`: an actor naming the object ("he called",
/// "it described as"), an actor doing something ("Ethiopia proposed"), or neither.
pub(super) fn free_relative(clauses: &Clauses, at: usize, range: &Range<usize>) -> FreeRelative {
    let Some(m) =
        clauses.mention_at(at).filter(|&m| clauses.ctx.mentions[m].first == at && clauses.is_actor_mention(m))
    else {
        return FreeRelative::Other;
    };
    let mut k = clauses.ctx.mentions[m].last;
    while k < range.end && k < at + 6 && clauses.is(k, class::BETWEEN) {
        k += 1;
    }
    if k >= range.end || !clauses.is(k, class::WORD) {
        return FreeRelative::Other;
    }
    if clauses.is(k, class::NAMING) {
        k += 1;
        while k < range.end && (clauses.lower(k) == "as" || clauses.is_quote(k)) {
            k += 1;
        }
        return FreeRelative::Naming(k);
    }
    if clauses.is_verb(k) {
        return FreeRelative::Doer(m);
    }
    FreeRelative::Other
}

/// "shelled the southern port city of Aden", "the regional capital Goma": the
/// place a noun of places, after its modifiers, names.
pub(super) fn named_place(clauses: &Clauses, from: usize, range: &Range<usize>) -> Option<usize> {
    let mut k = from;
    while k < range.end && k < from + 5 {
        if clauses.is(k, class::PLACE_NOUN) {
            let at = if k + 1 < range.end && clauses.lower(k + 1) == "of" { k + 2 } else { k + 1 };
            // "port city of Aden": the first noun of places may modify the next.
            if let Some(m) = clauses.mention_at(at).filter(|&m| clauses.ctx.mentions[m].first == at) {
                let place =
                    clauses.ctx.actor(m).is_some_and(|a| clauses.ctx.cast.actors[a].kind == ActorKind::Location)
                        || clauses.ctx.cast.seat_place(m).is_some();
                return place.then_some(m);
            }
        }
        // "the northern Gaza town of Beit Hanoun": a place may modify the noun.
        if let Some(m) = clauses.mention_at(k) {
            let place = clauses.ctx.actor(m).is_some_and(|a| clauses.ctx.cast.actors[a].kind == ActorKind::Location);
            if !place {
                return None;
            }
            k = clauses.ctx.mentions[m].last;
            continue;
        }
        let modifier = clauses.is(k, class::WORD)
            && !clauses.ctx.seg.is_capitalized(clauses.ctx.text, k)
            && !clauses.is(k, class::BOUNDARY | class::PREPOSITION | class::BE_FORM);
        if !modifier {
            return None;
        }
        k += 1;
    }
    None
}
