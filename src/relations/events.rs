//! Events from verbs ("Kerry threatened Russia", "was condemned by X") and
//! from nominalizations ("Kerry's warning to Lavrov", "Russian and Syrian
//! government attacks on Aleppo").

use std::ops::Range;

use super::classes::class;
use super::clauses::Clauses;
use super::matching::{match_phrase, verb_match, VerbMatch};
use super::targets::{complement_target, condition_target, protest_target, same_side};
use super::words::RECIPROCAL_ROOTS;
use super::{Context, FoundRelation, RelationKind};
use crate::lexicon::{Headed, NounHit, VerbForm, WordSet};
use crate::mentions::Referent;
use crate::text::TokenKind;

pub fn find(ctx: &Context) -> Vec<FoundRelation> {
    let clauses = Clauses::new(ctx);
    let mut found = Vec::new();
    for sentence in &ctx.seg.sentences {
        let range = sentence.tokens.clone();
        if !may_hold_event(ctx, &range) {
            continue;
        }
        let mut sentence =
            SentenceEvents { range: range.clone(), condition: None, phrase_end: range.start, words: None };
        for i in ctx.unclaimed_words(range) {
            if let Some(headed) = ctx.lex.headed_by(clauses.lower(i)) {
                sentence.events_at(ctx, &clauses, i, headed, &mut found);
            }
        }
    }
    found
}

/// Every event has a source and a target, mentions of two actors in the
/// sentence's tokens or the token either side of them (the furthest the
/// grammar looks), or one mention of a seat of government, where the
/// country acts and its city is hit. Most sentences without two are not
/// worth reading for phrases.
fn may_hold_event(ctx: &Context, range: &Range<usize>) -> bool {
    let window = range.start.saturating_sub(1)..(range.end + 1).min(ctx.seg.tokens.len());
    let mut actors = ctx.mentions_over(window).flatten().filter(|&m| ctx.actor(m).is_some());
    let Some(first) = actors.next() else { return false };
    actors.any(|m| m != first) || ctx.cast.seat_place(first).is_some()
}

/// What the events of one sentence share, each read when first needed.
struct SentenceEvents {
    range: Range<usize>,
    /// The sentence's condition clause, read at its first verb event.
    condition: Option<Option<(usize, usize)>>,
    /// The end of the last verb phrase matched: "ended mediation efforts between" is
    /// the end of a mediation, not also a mediation by its noun.
    phrase_end: usize,
    /// The sentence's words after its first verb whose phrases need them.
    words: Option<WordSet>,
}

impl SentenceEvents {
    /// The events of the verb and noun phrases token `i` heads. Kept out of
    /// the token loop: inlined there, its state crowds the loop's registers.
    #[inline(never)]
    fn events_at(
        &mut self,
        ctx: &Context,
        clauses: &Clauses,
        i: usize,
        headed: &Headed,
        found: &mut Vec<FoundRelation>,
    ) {
        let range = &self.range;
        if let Some(matched) = verb_match(ctx, clauses, i, headed, range, &mut self.words) {
            let before = found.len();
            let (multiword, after) = (matched.verb.words.len() > 1, matched.after);
            let condition = *self.condition.get_or_insert_with(|| clauses.condition(range));
            verb_events(ctx, clauses, i, matched, range, condition, found);
            if multiword && found.len() > before {
                self.phrase_end = self.phrase_end.max(after);
            }
        }
        if i >= self.phrase_end {
            noun_events(ctx, clauses, i, &headed.nouns, range, found);
        }
    }
}

fn event(source: usize, target: usize, kind: usize, span: (usize, usize)) -> FoundRelation {
    FoundRelation::new(source, target, RelationKind::Event(kind), span)
}

fn verb_events(
    ctx: &Context,
    clauses: &Clauses,
    i: usize,
    matched: VerbMatch,
    range: &Range<usize>,
    condition: Option<(usize, usize)>,
    found: &mut Vec<FoundRelation>,
) {
    let VerbMatch { form, verb, after, slot, mutual } = matched;
    let event_type = &ctx.lex.events[verb.event];
    let root = &event_type.cameo[..2];
    if root == "01" {
        // Statements: the quotes carry who said what, but "X said Y must ..." is a demand.
        said_must(ctx, clauses, i, after, range, found);
        return;
    }
    // "agreed to allow", "will give", "is ready to host": an intention, which CAMEO
    // codes as the intent to cooperate (03) or, for force, as a threat (13).
    // Any other infinitive ("to stop this assault and allow access") is a purpose
    // or a wish: the verb that governs it carries the relation.
    let to = infinitive(clauses, i, range);
    // "continued to send arms to Pakistan", "began to shell": the event itself, as a fact.
    let aspect = to.is_some_and(|to| to > range.start && clauses.is(to - 1, class::ASPECT));
    let future = |k: usize| match clauses.lower(k) {
        "will" | "shall" | "'ll" => true,
        // "said they would boycott": the future of reported speech.
        "would" => (range.start..k).any(|j| clauses.is(j, class::REPORTING)),
        _ => false,
    };
    let intent = match to {
        _ if aspect => false,
        Some(to) => to > range.start && clauses.is(to - 1, class::INTENT),
        None => (range.start.max(i.saturating_sub(3))..i).any(future),
    };
    // "refused to recognise Kosovo": the event, negated.
    let refused = to.is_some_and(|to| to > range.start && clauses.is(to - 1, class::REFUSAL));
    // "denied attacking Azerbaijan": the attack, negated, by whoever denied it.
    let denied_gerund = matches!(form, VerbForm::Gerund) && i > range.start && clauses.is(i - 1, class::DENIAL);
    let refused = refused || denied_gerund;
    // "began a hunger strike to protest against Sweden's decision": the purpose is
    // the protest, by whoever struck.
    let protest_purpose = to.is_some() && !intent && root == "14";
    if to.is_some() && !intent && !refused && !aspect && !protest_purpose {
        return;
    }
    // "will withdraw its force from Chad unless ...": an intention on a condition is a threat.
    let failed = to.is_some_and(|to| to > range.start && matches!(clauses.lower(to - 1), "failed" | "fails" | "fail"));
    let on_condition = condition.is_some_and(|c| {
        c.0 > ctx.seg.tokens[i].start && ctx.text[c.0..].get(..6).is_some_and(|w| w.eq_ignore_ascii_case("unless"))
    });
    let event_index = match (intent, root) {
        (true, _) if on_condition => ctx.lex.threat_event().unwrap_or(verb.event),
        (true, "02" | "03" | "04" | "05" | "06" | "07" | "08") => ctx.lex.intent_event().unwrap_or(verb.event),
        // "will boycott the elections", "vowed to shell": announcing a punishment threatens it.
        (true, "14" | "15" | "16" | "17" | "18" | "19" | "20") => ctx.lex.threat_event().unwrap_or(verb.event),
        // "failed to reach agreement": a rejection (12), not a negated deal; "refused to
        // recognise" stays the negated recognition, as the annotation guide has it.
        (false, "03" | "04" | "05" | "06" | "07" | "08") if failed => ctx.lex.reject_event().unwrap_or(verb.event),
        _ => verb.event,
    };
    let refused = refused && event_index != ctx.lex.reject_event().unwrap_or(usize::MAX);
    let subject_anchor = if denied_gerund { i - 1 } else { to.map_or(i, |to| to.saturating_sub(1).max(range.start)) };
    let passive = matches!(form, VerbForm::Participle | VerbForm::Past) && clauses.passive(i, range.start);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    if passive {
        // "X was condemned by Y"; no agent: no invented source.
        let Some(agent) = clauses.by_agent(after, range) else { return };
        // One meets an actor, not a thing of its ("its plan was discussed by").
        let owner = || (root != "04").then(|| clauses.possessor_subject(i, range)).flatten();
        let Some(patient) = clauses.subject(i, range).or_else(owner) else { return };
        for s in clauses.coordinated_right(agent, range.end) {
            pairs.extend(clauses.coordinated_left(patient, range.start).into_iter().map(|t| (s, t)));
        }
    } else {
        // "issued a declaration demanding that ...": a participle's subject is the clause's.
        // "accused Washington of ignoring Pyongyang": the gerund's subject is the object before "of".
        let gerund_of = matches!(form, VerbForm::Gerund)
            && i >= range.start + 2
            && matches!(clauses.lower(i - 1), "of" | "for")
            && clauses.mention_at(i - 2).is_some();
        let subject = if gerund_of {
            let before = clauses.mention_at(i - 2).filter(|&m| clauses.is_actor_mention(m));
            // "was sanctioned by the Treasury for helping ...": the agent before "for" did
            // the sanctioning; the one sanctioned did the helping.
            let first = before.map_or(i, |m| ctx.mentions[m].first);
            let first = if first > range.start && clauses.lower(first - 1) == "the" { first - 1 } else { first };
            match first > range.start + 1 && clauses.lower(first - 1) == "by" {
                true => clauses.subject(first - 2, range),
                false => before,
            }
        } else if protest_purpose {
            clauses.subject(subject_anchor, range).or_else(|| clauses.main_subject(i, range))
        } else {
            clauses.subject(subject_anchor, range).or_else(|| {
                // Only speech acts ("demanding", "accusing"): a deed in -ing is too often a noun.
                let verbal = matches!(root, "02" | "10" | "11" | "12" | "13" | "14");
                (verbal && matches!(form, VerbForm::Gerund)).then(|| clauses.main_subject(i, range)).flatten()
            })
        };
        let Some(subject) = subject else { return };
        if demanded_clause(ctx, clauses, subject, i, form, range) {
            return;
        }
        let ends_in_preposition = verb.words.len() > 1
            && matches!(
                verb.words.last().map(String::as_str),
                Some("on" | "against" | "with" | "to" | "at" | "from" | "for" | "of" | "in" | "between")
            );
        // "withdraw its peacekeepers from Chad": one's own forces are no target; the
        // preposition's object is.
        let own_side = |m: usize| match (ctx.actor(subject), ctx.actor(m)) {
            (Some(s), Some(o)) => s == o || same_side(ctx, s, o),
            _ => false,
        };
        // "helped to build outposts near the Philippines": the help is in a deed, and
        // only the deed's own object is helped.
        let help_to = root == "07"
            && verb.words.len() == 1
            && after + 1 < range.end
            && clauses.lower(after) == "to"
            && clauses.mention_at(after + 1).is_none()
            && clauses.is(after + 1, class::WORD)
            && !clauses.is(after + 1, class::OBJECT_MODIFIER);
        let object = if help_to {
            clauses.direct_object(after + 2, range)
        } else {
            slot.or_else(|| clauses.relative_object(subject, range))
                .or_else(|| clauses.direct_object(after, range).filter(|&m| !own_side(m)))
                // "strengthened its forces in Lebanon": the phrase's own preposition.
                .or_else(|| {
                    ends_in_preposition
                        .then(|| {
                            clauses
                                .place_right_after(after, range)
                                .or_else(|| clauses.first_mention_from(after, range, 6))
                        })
                        .flatten()
                })
                .or_else(|| clauses.prep_object(after, range, &verb.preps))
                // "rejected recent calls by Belarus", "dismissed an appeal from Gbagbo",
                // "investigating crimes by extremists": a speech act answers the one who made
                // the thing it is about.
                .or_else(|| {
                    matches!(root, "09" | "10" | "11" | "12")
                        .then(|| clauses.prep_object(after, range, &["by", "from"]))
                        .flatten()
                })
                // "threatened further action against Russia": "against" marks a target for any verb.
                .or_else(|| clauses.prep_object(after, range, &["against"]))
                .or_else(|| clauses.of_object(after, range))
                .or_else(|| demand_that_target(clauses, root, after, range))
                .or_else(|| complement_target(ctx, clauses, subject, after, range))
                .or_else(|| (root == "14").then(|| protest_target(ctx, clauses, subject, after, range)).flatten())
                .or_else(|| {
                    (event_index == ctx.lex.threat_event().unwrap_or(usize::MAX) || root == "13")
                        .then(|| condition_target(ctx, clauses, subject, after, range))
                        .flatten()
                })
        };
        let sources = clauses.coordinated_left(subject, range.start);
        match object.filter(|_| !mutual) {
            Some(object) => {
                // "called China's conduct" or "called the Norwegian claims": naming, not a
                // phone call; one calls or meets an actor, not something of its.
                let of_actor = ctx.mentions[object].possessive
                    || matches!(ctx.mentions[object].referent, Referent::Entry { adjective: true, .. });
                if event_type.cameo.starts_with("04") && of_actor {
                    return;
                }
                for &s in &sources {
                    pairs.extend(clauses.coordinated_right(object, range.end).into_iter().map(|t| (s, t)));
                }
            }
            // "Hungary and Romania agreed", "the two sides met": each with each.
            None if sources.len() > 1 && RECIPROCAL_ROOTS.contains(&root) => {
                for &a in &sources {
                    pairs.extend(sources.iter().filter(|&&b| b != a).map(|&b| (a, b)));
                }
            }
            None => return,
        }
    }
    let first_mention = pairs.iter().flat_map(|&(s, t)| [s, t]).map(|m| ctx.mentions[m].last).min();
    let subject_start = first_mention.unwrap_or(range.start).min(i);
    let denied_clause = first_mention.is_some_and(|_| {
        let first = pairs.iter().map(|&(s, _)| ctx.mentions[s].first).min().unwrap_or(i);
        first >= range.start + 2 && clauses.lower(first - 1) == "that" && clauses.is(first - 2, class::DENIAL)
    });
    let mut negated = clauses.negated(subject_start, i) || refused || denied_clause;
    // "will never recognise Kosovo": refusing to cooperate is a rejection (12).
    // "would impose sanctions on Iran if it ...": a conditional punishment is a threat (13).
    let conditional_force = !intent
        && condition.is_some_and(|c| c.0 > ctx.seg.tokens[i].start)
        && (range.start.max(i.saturating_sub(3))..i).any(|k| matches!(clauses.lower(k), "would" | "will" | "'ll"))
        && matches!(root, "15" | "16" | "17" | "18" | "19" | "20");
    let event_index = match ctx.lex.threat_event() {
        Some(threat) if conditional_force => threat,
        _ => event_index,
    };
    let event_index = match ctx.lex.reject_event() {
        Some(reject) if negated && intent && event_index == ctx.lex.intent_event().unwrap_or(usize::MAX) => {
            negated = false;
            reject
        }
        _ => event_index,
    };
    let event_index = match ctx.lex.events[event_index].cameo.as_str() {
        "190" => means_event(ctx, clauses, after, range).unwrap_or(event_index),
        _ => event_index,
    };
    let hypothetical = !intent
        && (clauses.modal(subject_start, i) || matches!(form, VerbForm::Gerund) && clauses.modal(range.start, i));
    let span = (ctx.seg.tokens[i].start, ctx.seg.tokens[after.max(i + 1) - 1].end);
    for (s, t) in pairs {
        let (Some(source), Some(target)) = (ctx.actor(s), ctx.target_actor(t, &event_type.cameo)) else { continue };
        if same_side(ctx, source, target) {
            continue;
        }
        let mut r = event(source, target, event_index, span);
        r.negated = negated;
        r.hypothetical = hypothetical;
        r.condition = condition.filter(|c| c.0 > span.0);
        found.push(r);
    }
}

/// "wounded two soldiers in a bomb attack", "killed three commanders in an air
/// strike": a generic attack verb takes the code of the attack noun that says
/// how it was done.
fn means_event(ctx: &Context, clauses: &Clauses, after: usize, range: &Range<usize>) -> Option<usize> {
    let end = range.end.min(after + 8);
    for k in after..end {
        if clauses.is_boundary(k) {
            return None;
        }
        if !matches!(clauses.lower(k), "in" | "with") {
            continue;
        }
        let mut n = k + 1;
        while n < range.end && n < k + 4 && clauses.is(n, class::OBJECT_MODIFIER) {
            n += 1;
        }
        if n >= range.end {
            return None;
        }
        let Some(headed) = ctx.lex.headed_by(clauses.lower(n)) else { continue };
        let means = headed.nouns.iter().map(|hit| &ctx.lex.nouns[hit.noun]).find(|noun| {
            let cameo = ctx.lex.events[noun.event].cameo.as_str();
            matches!(&cameo[..2], "18" | "19" | "20")
                && cameo != "190"
                && match_phrase(clauses, &noun.words[1..], n + 1, range).is_some()
        });
        if let Some(noun) = means {
            return Some(noun.event);
        }
    }
    None
}

/// "demanded that Belgrade hand over ...", "Kosovo's demand that Serbia
/// recognise it": a demand or appeal (roots 02 and 10), verb or noun, with a
/// that-clause after it is on the clause's subject.
fn demand_that_target(clauses: &Clauses, root: &str, after: usize, range: &Range<usize>) -> Option<usize> {
    (matches!(root, "02" | "10") && after < range.end && clauses.lower(after) == "that")
        .then(|| clauses.first_mention_from(after + 1, range, 3))
        .flatten()
}

/// "demanded that Belgrade hand over their leader", "urged that Iran should stop":
/// the verb of a clause after a word of demand says what is asked for, not
/// what happened. A claim ("insisted that Russia attacked") is not in the subjunctive.
fn demanded_clause(
    ctx: &Context,
    clauses: &Clauses,
    subject: usize,
    verb: usize,
    form: VerbForm,
    range: &Range<usize>,
) -> bool {
    let first = clauses.coordinated_left(subject, range.start).iter().map(|&m| ctx.mentions[m].first).min();
    let mut k = first.unwrap_or(ctx.mentions[subject].first);
    while k > range.start && matches!(clauses.lower(k - 1), "the" | "its" | "their" | "his" | "her") {
        k -= 1;
    }
    if k < range.start + 2 || clauses.lower(k - 1) != "that" {
        return false;
    }
    let mut j = k - 2;
    while j > range.start && k - j < 5 && ctx.is_time_word(j) {
        j -= 1;
    }
    let subjunctive = matches!(form, VerbForm::Base)
        || (ctx.mentions[subject].last..verb).any(|w| matches!(clauses.lower(w), "must" | "should"));
    subjunctive && clauses.is(j, class::MANDATIVE)
}

/// "announced a suspension", "imposed an embargo": the verb whose object the
/// event noun at `noun` is.
fn light_verb_before(clauses: &Clauses, noun: usize, range: &Range<usize>) -> Option<usize> {
    let mut k = noun;
    while k > range.start && noun - k < 4 {
        k -= 1;
        if clauses.is(k, class::LIGHT_VERB) {
            return Some(k);
        }
        if !(clauses.is(k, class::FILLER) || matches!(clauses.lower(k), "its" | "their" | "his" | "her")) {
            return None;
        }
    }
    None
}

/// "X said Y must ...": a demand on Y.
fn said_must(
    ctx: &Context,
    clauses: &Clauses,
    verb: usize,
    after: usize,
    range: &Range<usize>,
    found: &mut Vec<FoundRelation>,
) {
    // "said on Friday that the Sudanese government and the rebels must ..."
    let mut start = after;
    while start < range.end && ctx.is_time_word(start) {
        start += 1;
    }
    if start < range.end && clauses.lower(start) == "that" {
        start += 1;
    }
    while start < range.end && clauses.lower(start) == "the" {
        start += 1;
    }
    let Some(target) = clauses.mention_at(start).filter(|&m| ctx.mentions[m].first == start) else {
        return;
    };
    let targets = clauses.coordinated_right(target, range.end);
    let last = targets.iter().map(|&t| ctx.mentions[t].last).max().unwrap_or(ctx.mentions[target].last);
    // "US and British forces must": the head noun of the last conjunct may follow it.
    // "the rebels in Darfur must": a place after the last conjunct.
    let last = match last < range.end && clauses.lower(last) == "in" {
        true => clauses.first_mention_from(last + 1, range, 2).map_or(last, |m| ctx.mentions[m].last),
        false => last,
    };
    let modal = (last..range.end.min(last + 2)).find(|&k| matches!(clauses.lower(k), "must" | "should"));
    let Some(last) = modal else { return };
    let (Some(subject), Some(demand)) = (clauses.subject(verb, range), ctx.lex.demand_event()) else { return };
    let span = (ctx.seg.tokens[verb].start, ctx.seg.tokens[last].end);
    for s in clauses.coordinated_left(subject, range.start) {
        for &t in &targets {
            let (Some(source), Some(target)) = (ctx.actor(s), ctx.actor(t)) else { continue };
            if !same_side(ctx, source, target) {
                found.push(event(source, target, demand, span));
            }
        }
    }
}

fn noun_events(
    ctx: &Context,
    clauses: &Clauses,
    i: usize,
    hits: &[NounHit],
    range: &Range<usize>,
    found: &mut Vec<FoundRelation>,
) {
    for hit in hits {
        let noun = &ctx.lex.nouns[hit.noun];
        let Some((after, _)) = match_phrase(clauses, &noun.words[1..], i + 1, range) else { continue };
        if ctx.lex.events[noun.event].cameo.starts_with("01") {
            continue;
        }
        // Most nouns have no target: looked for first, the sources often need not be.
        let demand_that = || demand_that_target(clauses, &ctx.lex.events[noun.event].cameo[..2], after, range);
        let Some(target) = clauses.prep_object(after, range, &noun.preps).or_else(demand_that) else { continue };
        // Sources: a possessor ("Kerry's warning") or adjectives ("Russian and Syrian government attacks").
        let mut sources = Vec::new();
        let mut k = i;
        while k > range.start
            && clauses.mention_at(k - 1).is_none()
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
        if let Some(m) = k.checked_sub(1).and_then(|p| clauses.mention_at(p)).filter(|m| ctx.mentions[*m].last == k) {
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
        // "Italy announced a suspension of cooperation with Serbia": the noun is what the
        // subject of a light verb did.
        if sources.is_empty() {
            if let Some(verb) = light_verb_before(clauses, i, range) {
                if let Some(subject) = clauses.subject(verb, range) {
                    sources = clauses.coordinated_left(subject, range.start);
                }
            }
        }
        // "Kerry's warning came in a telephone call to Lavrov", "In a phone call with X, Y said":
        // with no possessor, the actor the sentence is about does it.
        if sources.is_empty() && ctx.lex.events[noun.event].cameo.starts_with("04") {
            sources.extend(sentence_agent(ctx, clauses, i, range, target));
        }
        let targets = clauses.coordinated_right(target, range.end);
        if sources.is_empty() {
            continue;
        }
        let span = (ctx.seg.tokens[i].start, ctx.seg.tokens[after - 1].end);
        for &s in &sources {
            for &t in &targets {
                let cameo = &ctx.lex.events[noun.event].cameo;
                let (Some(source), Some(target)) = (ctx.actor(s), ctx.target_actor(t, cameo)) else { continue };
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
    let before = (range.start..noun).rev().filter_map(|k| clauses.mention_at(k)).find(|&m| usable(m));
    before.or_else(|| {
        let comma = (noun..range.end).find(|&k| ctx.text[ctx.seg.tokens[k].start..ctx.seg.tokens[k].end] == *",")?;
        (comma + 1..range.end.min(comma + 8)).filter_map(|k| clauses.mention_at(k)).find(|&m| usable(m))
    })
}

/// The "to" of an infinitive at `i`: "to allow", or "to stop X and allow".
fn infinitive(clauses: &Clauses, i: usize, range: &Range<usize>) -> Option<usize> {
    if i > range.start && clauses.lower(i - 1) == "to" {
        return Some(i - 1);
    }
    if i > range.start + 2 && clauses.lower(i - 1) == "and" {
        return (range.start..i - 1)
            .rev()
            .take(8)
            .find(|&k| clauses.lower(k) == "to" && k + 1 < i && clauses.mention_at(k + 1).is_none());
    }
    None
}
