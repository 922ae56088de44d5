//! People found from their titles and appositives, whether or not the
//! lexicon lists them: "Deputy Foreign Minister Ana Petrova", "State
//! Department spokesman John Kirby", "Ahmed Rahimi, the interior minister".

use std::ops::Range;

use super::names::TokenHit;
use super::{mark, Affiliation, Referent, Scan};
use crate::lexicon::{AgentKind, NameForm, Target};
use crate::text::TokenKind;

/// Lower-case words that may sit inside a personal name.
const NAME_PARTICLES: &[&str] =
    &["al", "bin", "ibn", "abu", "de", "van", "von", "da", "del", "la", "le", "el", "di", "der"];

/// Words that never belong to the name of an office.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "said", "says", "in", "on", "at", "of", "to", "for", "with", "by", "from",
    "his", "her", "its", "their", "our", "as", "that", "who", "which", "while", "after", "before", "when", "unless",
    "if", "because", "although", "though", "since", "until", "whether", "than", "where", "told", "met", "called",
    "urged", "asked", "warned", "accused", "thanked", "praised",
];

/// Capitalized words that open sentences or clauses and are never names.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "Mr.",
    "Mrs.", "Ms.",
];

/// A title agent starting at `i`: (agent index, end token).
fn title_at(scan: &Scan, i: usize, end: usize) -> Option<(usize, usize)> {
    if !scan.starts_agent(i)
        || scan.is_claimed(i)
        || scan.hit(i).is_some()
        || scan.seg.tokens[i].kind != TokenKind::Word
    {
        return None;
    }
    let hit = scan.agent_at(i, end.min(i + 5))?;
    let agent = &scan.lex.agents[hit.agent];
    (agent.title && agent.kind == AgentKind::Person && !hit.plural).then_some((hit.agent, i + hit.len))
}

/// A personal name from `i`: capitalized words, particles and hyphens.
/// Returns the end token when at least one capitalized word was read.
pub fn name_run(scan: &Scan, i: usize, end: usize) -> Option<usize> {
    let mut k = i;
    let mut words = 0;
    while k < end && words < 5 {
        let token = &scan.seg.tokens[k];
        let glued = !token.space_before && k > i;
        if scan.may_name(k) {
            words += 1;
            k += 1;
        } else if token.kind == TokenKind::Punct
            && scan.lower(k) == "-"
            && glued
            && k + 1 < end
            && !scan.seg.tokens[k + 1].space_before
        {
            k += 2; // "Dae-sung", "al-Assad"
        } else if words > 0 && NAME_PARTICLES.contains(&scan.lower(k)) && k + 1 < end && scan.is_capitalized(k + 1) {
            k += 1;
        } else {
            break;
        }
    }
    (words > 0 && k > i).then_some(k)
}

/// Whether a capitalized word may be part of a personal name: not a word
/// that opens sentences, a day or a month, nor the start of a country,
/// organization or place name (its lexicon hit).
pub fn may_name(word: &str, hit: Option<&TokenHit>) -> bool {
    let lexicon_non_person = matches!(hit, Some(TokenHit { target, .. }) if !matches!(target, Target::Person(_)));
    !lexicon_non_person && !is_not_name(word)
}

/// What the name run is: a lexicon person, or a new one.
fn person_referent(scan: &Scan, first: usize, last: usize) -> Referent {
    if let Some(TokenHit { last: end, target: Target::Person(p), .. }) = scan.hit(first) {
        if end == last {
            return Referent::Entry { target: Target::Person(p), adjective: false };
        }
    }
    let start = scan.seg.tokens[first].start;
    let stop = scan.seg.tokens[last - 1].end;
    Referent::NewPerson { name: scan.text[start..stop].to_string() }
}

/// The anchor left of a title: the country, organization or body whose
/// office it is ("Russian", "U.S.", "State Department", "China's"), and
/// the capitalized words between ("Water and Energy").
fn left_anchor(scan: &Scan, title: usize, floor: usize) -> (usize, Option<Referent>) {
    let mut k = title;
    // Modifiers: "Deputy", "Water and Energy", "foreign policy"
    let mut modifiers = 0;
    while k > floor && modifiers < 4 {
        let prev = k - 1;
        let word = scan.lower(prev);
        let capital_modifier = scan.is_capitalized(prev) && scan.hit(prev).is_none() && !scan.is_claimed(prev);
        let joining = word == "and" && prev > floor && scan.is_capitalized(prev - 1);
        // "foreign policy chief": lower-case words of the office, never function words.
        let lower_modifier = !scan.is_capitalized(prev)
            && scan.seg.tokens[prev].kind == TokenKind::Word
            && modifiers < 2
            && !FUNCTION_WORDS.contains(&word);
        if capital_modifier || joining || lower_modifier {
            k = prev;
            modifiers += 1;
        } else {
            break;
        }
    }
    // The anchor must end right where the modifiers begin; if none, drop lower-case modifiers.
    for start in [k, title] {
        let possessive = start > floor && scan.is_possessive(start - 1);
        let end = if possessive { start - 1 } else { start };
        for first in (floor..end).rev().take(6) {
            if let Some(TokenHit { last, target, form }) = scan.hit(first) {
                if last == end && !scan.is_claimed(first) && !matches!(target, Target::Person(_) | Target::Place(_)) {
                    // "Ethiopian Foreign Ministry spokesman": the office is the country's ministry's.
                    if let Target::Body(body) = target {
                        if let Some((country_first, country)) = super::names::country_before(scan, first, floor) {
                            let adjective = super::names::written_adjective(scan, country_first);
                            return (country_first, Some(Referent::Body { body, country, adjective }));
                        }
                    }
                    return (first, Some(Referent::Entry { target, adjective: form == NameForm::Adjective }));
                }
            }
        }
        // "the bloc's envoy", "the force's commander": the organization named before.
        if possessive && end >= floor + 2 && scan.lower(end - 2) == "the" {
            if let Some(noun) = super::words::org_description_noun(scan.lower(end - 1)) {
                return (end - 2, Some(Referent::OrgDescription { noun }));
            }
        }
    }
    // Only capitalized modifiers belong to the title without an anchor.
    let mut first = title;
    while first > k && (scan.is_capitalized(first - 1) || scan.lower(first - 1) == "and") {
        first -= 1;
    }
    (first, None)
}

pub fn titled_people(scan: &mut Scan, sentence: usize, range: Range<usize>) {
    let mut i = range.start;
    while let Some(next) = scan.next_marked(i, range.end, mark::AGENT) {
        i = next;
        let Some((_, mut after)) = title_at(scan, i, range.end) else {
            i += 1;
            continue;
        };
        // "Ambassador to the United Nations Catherine Doyle", "Minister of Energy Ana Petrova"
        let mut right_anchor = None;
        if after + 1 < range.end && matches!(scan.lower(after), "to" | "of") {
            let at = if scan.lower(after + 1) == "the" { after + 2 } else { after + 1 };
            if let Some(hit) = scan.hit(at) {
                if !matches!(hit.target, Target::Person(_)) && hit.last < range.end && scan.is_capitalized(hit.last) {
                    right_anchor = Some(Referent::Entry { target: hit.target, adjective: false });
                    after = hit.last;
                }
            }
        }
        // Chained titles: "spokesman Commodore Arnel Sabado"
        while after < range.end {
            match title_at(scan, after, range.end) {
                Some((_, next)) if scan.is_capitalized(after) => after = next,
                _ => break,
            }
        }
        // "ambassador to international organizations in Vienna, Pavel Demidov,": the
        // office runs on to a comma before the name.
        let mut long_role_end = None;
        if right_anchor.is_none() && after < range.end && matches!(scan.lower(after), "to" | "of" | "for" | "in" | "at")
        {
            if let Some(comma) = (after + 1..range.end.min(after + 9)).find(|&k| scan.lower(k) == ",") {
                let plain = (after..comma).all(|k| scan.seg.tokens[k].kind == TokenKind::Word && !scan.is_claimed(k));
                let named_after = name_run(scan, comma + 1, range.end)
                    .is_some_and(|end| end < range.end && matches!(scan.word(end), "," | "." | "said" | "told"));
                if plain && named_after {
                    long_role_end = Some(comma);
                    after = comma;
                }
            }
        }
        let comma = after < range.end && scan.lower(after) == ",";
        let mut name_start = if comma { after + 1 } else { after };
        // "the Russian envoy, Deputy Ambassador Dmitry Voronov": titles again after the comma.
        if comma {
            while name_start < range.end {
                let modifier =
                    matches!(scan.lower(name_start), "deputy" | "acting" | "vice" | "former" | "senior" | "chief")
                        && scan.is_capitalized(name_start);
                match title_at(scan, name_start, range.end) {
                    Some((_, next)) if scan.is_capitalized(name_start) => name_start = next,
                    _ if modifier => name_start += 1,
                    _ => break,
                }
            }
        }
        let Some(name_end) = name_run(scan, name_start, range.end) else {
            i += 1;
            continue;
        };
        // A title after a comma names an appositive only when the name ends the phrase.
        if comma && name_end < range.end && !matches!(scan.word(name_end), "," | "." | "said" | "told") {
            i += 1;
            continue;
        }
        let (anchor_first, anchor) = left_anchor(scan, i, range.start);
        let title_first = match &anchor {
            Some(_) => {
                // skip the anchor words themselves and a possessive
                let mut k = anchor_first;
                // "the bloc's": the article and the noun belong to the anchor.
                if matches!(anchor, Some(Referent::OrgDescription { .. })) {
                    k += 2;
                }
                while k < i && (scan.hit(k).is_some() || scan.is_possessive(k) || scan.is_claimed(k)) {
                    k = scan.hit(k).map_or(k + 1, |h| h.last);
                }
                k
            }
            None => anchor_first,
        };
        let title_end = if let Some(end) = long_role_end {
            end
        } else if right_anchor.is_some() {
            after
        } else {
            i + scan.agent_at(i, range.end.min(i + 5)).map_or(1, |h| h.len)
        };
        let role_text = scan.words(title_first, title_end.max(title_first + 1));
        let role = title_case(role_text);
        let referent = person_referent(scan, name_start, name_end);
        scan.claim(anchor_first.min(i)..name_start);
        // The mention spans the title too: "hosted Serbian President Milan Stojkovic"
        // has its object right after the verb.
        let m = scan.push(anchor_first.min(i), name_end, sentence, referent);
        scan.mentions[m].affiliation = Some(Box::new(Affiliation { role, of: anchor.or(right_anchor).map(Box::new) }));
        i = name_end;
    }
}

/// "Ahmed Rahimi, the interior minister," and "Zhao Wenhai, China's ambassador,"
pub fn appositive_people(scan: &mut Scan, sentence: usize, range: Range<usize>) {
    let mut i = range.start;
    // A name run starts only at a word that may be a name.
    while let Some(next) = scan.next_marked(i, range.end, mark::MAY_NAME) {
        i = next;
        if scan.is_claimed(i) {
            i += 1;
            continue;
        }
        let Some(name_end) = name_run(scan, i, range.end) else {
            i += 1;
            continue;
        };
        let mut k = name_end;
        if k + 2 >= range.end || scan.lower(k) != "," {
            i = name_end;
            continue;
        }
        k += 1;
        if matches!(scan.lower(k), "the" | "a" | "an") {
            k += 1;
        }
        // optional country before the office: "Egypt's", "the Egyptian"
        let mut anchor = None;
        if let Some(hit) = scan.hit(k) {
            if matches!(hit.target, Target::Country(_) | Target::Org(_)) {
                anchor = Some(Referent::Entry { target: hit.target, adjective: hit.form == NameForm::Adjective });
                k = hit.last;
                if scan.is_possessive(k) {
                    k += 1;
                }
            }
        }
        let window_end = range.end.min(k + 5);
        // "Kerry, the secretary of state," / "Petrova, the deputy foreign minister,"
        let mut start_title = k;
        let mut found = None;
        for skip in 0..3 {
            if let Some(hit) = scan.agent_at(k + skip, window_end) {
                let agent = &scan.lex.agents[hit.agent];
                if agent.kind == AgentKind::Person && !hit.plural {
                    start_title = k + skip;
                    found = Some((hit.agent, k + skip + hit.len));
                }
                break;
            }
        }
        let Some((_, mut title_end)) = found else {
            i = name_end;
            continue;
        };
        // "the interior minister of Austria"
        if anchor.is_none() && title_end + 1 < range.end && matches!(scan.lower(title_end), "of" | "for") {
            if let Some(hit) =
                scan.hit(title_end + 1).filter(|h| matches!(h.target, Target::Country(_) | Target::Org(_)))
            {
                let role_end = title_end;
                title_end = hit.last;
                let role_text = scan.words(k, role_end);
                let referent = person_referent(scan, i, name_end);
                scan.claim(name_end..title_end);
                let m = scan.push(i, name_end, sentence, referent);
                let of = Some(Box::new(Referent::Entry { target: hit.target, adjective: false }));
                scan.mentions[m].affiliation = Some(Box::new(Affiliation { role: title_case(role_text), of }));
                i = title_end;
                continue;
            }
        }
        let _ = start_title;
        let role_text = scan.words(k, title_end);
        let role = title_case(role_text);
        let referent = person_referent(scan, i, name_end);
        scan.claim(name_end..title_end);
        let m = scan.push(i, name_end, sentence, referent);
        scan.mentions[m].affiliation = Some(Box::new(Affiliation { role, of: anchor.map(Box::new) }));
        i = title_end;
    }
}

/// "deputy irrigation minister" -> "Deputy Irrigation Minister"; small words stay lower.
fn title_case(words: &str) -> String {
    let mut title = String::with_capacity(words.len());
    for (i, word) in words.split(' ').enumerate() {
        if i > 0 {
            title.push(' ');
        }
        let mut chars = word.chars();
        match chars.next() {
            Some(first) if i == 0 || !matches!(word, "of" | "for" | "and" | "to" | "the" | "on" | "in") => {
                // Titles are ASCII nearly always, and its upper case needs no table.
                if first.is_ascii() {
                    title.push(first.to_ascii_uppercase());
                } else {
                    title.extend(first.to_uppercase());
                }
                title.push_str(chars.as_str());
            }
            _ => title.push_str(word),
        }
    }
    title
}

/// Words that open sentences, days and months: capitalized, never a person.
fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(&word) || crate::text::calendar::is_weekday(word) || crate::text::calendar::is_month(word)
}
