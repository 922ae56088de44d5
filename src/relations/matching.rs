//! Which verb phrase of the lexicon the words at a head token match: the
//! phrase matcher and the choice of the longest phrase that matches.

use std::ops::Range;

use super::classes::class;
use super::clauses::Clauses;
use super::words::PHRASE_FILLERS;
use super::Context;
use crate::lexicon::{Headed, VerbForm, VerbPhrase, WordSet};

/// Match the words after the head of a multiword phrase; `*` takes one mention.
/// Returns the token after the phrase and the mention in the slot.
pub(super) fn match_phrase(
    clauses: &Clauses,
    words: &[String],
    at: usize,
    range: &Range<usize>,
) -> Option<(usize, Option<usize>)> {
    let mut k = at;
    let mut slot = None;
    for (w, word) in words.iter().enumerate() {
        if k >= range.end {
            return None;
        }
        if word == "~" {
            // "suspended part of a military aid program": a few words of the object's own
            // before the phrase goes on; never across an actor or a clause boundary.
            for gap in 0..=PHRASE_GAP {
                let next = k + gap;
                if next >= range.end {
                    return None;
                }
                let skipped = next.wrapping_sub(1);
                // "its development aid": a possessive pronoun is the object's own word; "the
                // Europe Bridge": a name right before the phrase's word is its modifier.
                let actor_word = clauses.mention_at(skipped).is_some_and(|m| {
                    let mention = &clauses.ctx.mentions[m];
                    let own_pronoun =
                        mention.is_pronoun() && matches!(clauses.lower(skipped), "its" | "their" | "his" | "her");
                    // ("the Europe Bridge" read as one name: the phrase's word ends it.)
                    let modifier = (mention.last == next || mention.last == next + 1)
                        && words.get(w + 1).is_some_and(|word| clauses.lower(next) == word);
                    !(own_pronoun || modifier)
                });
                if gap > 0 && (actor_word || clauses.is_boundary(skipped) || clauses.is_comma(skipped)) {
                    return None;
                }
                if let Some((end, rest)) = match_phrase(clauses, &words[w + 1..], next, range) {
                    return Some((end, slot.or(rest)));
                }
            }
            return None;
        }
        // "lifted Friday a day-old blockade", "eased emergency measures on Wednesday in":
        // the time of the event may stand inside the phrase.
        k = skip_time(clauses, k, range, word);
        if k >= range.end {
            return None;
        }
        if word == "*" {
            let m = clauses.direct_object(k, range)?;
            slot = Some(m);
            k = clauses.ctx.mentions[m].last;
            continue;
        }
        // "expel * diplomats" in "expelled two Russian diplomats": the mention took the word in.
        if slot.is_some_and(|m| clauses.ctx.mentions[m].last == k && clauses.lower(k - 1) == word) {
            continue;
        }
        // Articles, intensifiers and quotation marks inside phrases are optional in the
        // text: "lodge a formal protest", "expressed grave concern", "called on Iran “to".
        while k < range.end && clauses.is(k, class::FILLER | class::QUOTE) && !PHRASE_FILLERS.contains(&word.as_str()) {
            k += 1;
        }
        if k >= range.end || clauses.lower(k) != word {
            return None;
        }
        k += 1;
    }
    Some((k, slot))
}

/// The words a `~` in a phrase may stand for.
const PHRASE_GAP: usize = 4;

/// Past a time expression at `k` ("Friday", "on Wednesday", "today"), unless
/// the phrase itself expects that word there.
fn skip_time(clauses: &Clauses, mut k: usize, range: &Range<usize>, expected: &str) -> usize {
    while k < range.end && clauses.is(k, class::TIME) && clauses.lower(k) != expected {
        k += 1;
    }
    k
}

/// The end of the tokens from `at` that [`match_phrase`] may compare a
/// phrase's next word with: past any time words, then articles,
/// intensifiers and quotation marks, to the first token of another kind.
fn first_word_limit(clauses: &Clauses, at: usize, range: &Range<usize>) -> usize {
    let mut k = at;
    while k < range.end && clauses.is(k, class::TIME) {
        k += 1;
    }
    while k < range.end && clauses.is(k, class::FILLER | class::QUOTE) {
        k += 1;
    }
    (k + 1).min(range.end)
}

/// The verb phrase headed at token `i` that the text matches, the longest one.
pub(super) struct VerbMatch<'l> {
    pub form: VerbForm,
    pub verb: &'l VerbPhrase,
    /// The token after the phrase.
    pub after: usize,
    /// The mention in the phrase's `*` slot.
    pub slot: Option<usize>,
    /// A "with" phrase said of both sides at once, without its "with".
    pub mutual: bool,
}

pub(super) fn verb_match<'l>(
    ctx: &Context<'l>,
    clauses: &Clauses,
    i: usize,
    headed: &'l Headed,
    range: &Range<usize>,
    sentence_words: &mut Option<WordSet>,
) -> Option<VerbMatch<'l>> {
    // "send them back to Bulgaria": "back" here is the other verb's particle.
    let particle = i > range.start && clauses.lower(i) == "back" && clauses.is(i - 1, class::PARTICLE_AFTER);
    if headed.verbs.is_empty() || particle {
        return None;
    }
    // Most of a head's phrases fail on their first word after it: a word
    // must be one of the tokens up to where the matcher would compare it,
    // so only the phrases those tokens continue are tried (a token twice
    // over tries its phrases twice, to the same result).
    let first_words = i + 1..first_word_limit(clauses, i + 1, range);
    let continued = first_words.flat_map(|k| headed.verbs_continued_by(clauses.lower(k)));
    let candidates = headed.open_verbs().iter().chain(continued);
    // The longest phrase that matches wins ("hold * responsible" over "hold"),
    // of equals the one listed last.
    // "Czechia and Albania upgraded their ties": a phrase for doing something with
    // someone, said of both sides at once, matches without its "with" (`mutual`).
    let mut best: Option<(VerbMatch, (usize, bool, u32))> = None;
    for candidate in candidates {
        // A phrase matches only words of its sentence after its head: gathered
        // once, after the first head whose phrases need them, which holds the
        // words after any later head too.
        if !candidate.needs.is_empty() {
            let words = sentence_words.get_or_insert_with(|| {
                let mut words = WordSet::default();
                (i + 1..range.end).for_each(|k| words.insert(clauses.lower(k)));
                words
            });
            if !words.may_meet(&candidate.needs) {
                continue;
            }
        }
        let verb = &ctx.lex.verbs[candidate.verb as usize];
        let words = &verb.words[1..];
        let with_dropped = || {
            let (last, head) = words.split_last()?;
            (last == "with" && !head.is_empty()).then(|| match_phrase(clauses, head, i + 1, range))?
        };
        let (found, mutual) = match match_phrase(clauses, words, i + 1, range) {
            Some(found) => (found, false),
            None => match with_dropped() {
                Some(found) => (found, true),
                None => continue,
            },
        };
        let key = (verb.words.len() - usize::from(mutual), !mutual, candidate.position);
        if best.as_ref().is_none_or(|(_, best)| key >= *best) {
            let (after, slot) = found;
            best = Some((VerbMatch { form: candidate.form, verb, after, slot, mutual }, key));
        }
    }
    best.map(|(m, _)| m)
}
