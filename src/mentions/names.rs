//! Lexicon names on tokens, national bodies, and named mentions.

use std::ops::Range;

use chrono::NaiveDate;

use super::{mark, PerToken, Referent, Scan};
use crate::lexicon::{AgentKind, Lexicon, NameForm, NameRef, Target};
use crate::text::Segmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenHit {
    /// One past the last token of the name.
    pub last: usize,
    pub target: Target,
    pub form: NameForm,
}

/// The lexicon names of the text, indexed by their first token, whose
/// [`mark::NAME`] (and [`mark::BODY`]) it sets in `marks`. A name is whole
/// tokens: "U.S." is not read inside "U.S.A." nor "IS" inside "ISIS".
pub fn token_hits(
    text: &str,
    seg: &Segmentation,
    lex: &Lexicon,
    date: Option<NaiveDate>,
    marks: &mut [u8],
) -> PerToken<TokenHit> {
    let mut hits = PerToken::new(seg.tokens.len());
    for hit in lex.find_names_in_words(text, &seg.tokens, |t| (t.start, t.end)) {
        let Some(best) = best_ref(lex.name_refs(&hit), lex, date) else { continue };
        if !is_shouted_common_word(text, hit.start, hit.end, best.form) {
            hits.set(hit.first, TokenHit { last: hit.last, target: best.target, form: best.form });
            marks[hit.first] |=
                if matches!(best.target, Target::Body(_)) { mark::NAME | mark::BODY } else { mark::NAME };
        }
    }
    hits
}

/// "IS" in a headline written in capitals, "US" in "LET US": an all-caps
/// alias of two letters counts only when the text around it is not shouted.
fn is_shouted_common_word(text: &str, start: usize, end: usize, form: NameForm) -> bool {
    if form == NameForm::Name || end - start > 2 || !text[start..end].chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let before = text[..start].trim_end().rsplit(' ').next().unwrap_or("");
    let after = text[end..].trim_start().split(' ').next().unwrap_or("");
    let shouted = |w: &str| w.len() > 2 && w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_alphabetic);
    shouted(before) || shouted(after)
}

/// People in office on the date first, then organizations, countries,
/// bodies and places: a surname shared with a place is more often the person.
fn best_ref(refs: &[NameRef], lex: &Lexicon, date: Option<NaiveDate>) -> Option<NameRef> {
    // Most names stand for one entry: no need to read the person's terms.
    if let [only] = refs {
        return Some(*only);
    }
    let rank = |r: &NameRef| match r.target {
        Target::Person(i) => match (date, lex.people[i].term_at(date)) {
            (Some(d), Some(t)) if t.covers(d) => 0,
            _ => 1,
        },
        Target::Org(_) => 2,
        Target::Country(_) => 3,
        Target::Body(_) => 4,
        Target::Place(_) => 5,
    };
    refs.iter().min_by_key(|r| rank(r)).copied()
}

/// The country named just before token `at`: "Japan's", "Japanese", "South Korea".
pub fn country_before(scan: &Scan, at: usize, floor: usize) -> Option<(usize, usize)> {
    let end = if at > floor && scan.is_possessive(at - 1) { at - 1 } else { at };
    (floor..end).rev().take(6).find_map(|start| match scan.hit(start) {
        Some(TokenHit { last, target: Target::Country(c), .. }) if last == end => Some((start, c)),
        _ => None,
    })
}

/// How many mentions back "the North" looks for the country it shortens: a
/// fixed window keeps the look-back linear in the document.
const COMPASS_WINDOW: usize = 200;

/// "the North", "the South" at token `at` (after "the"): the country named
/// with that word ("North Korea") that the text mentioned last, within
/// [`COMPASS_WINDOW`] mentions.
pub fn compass_country(scan: &Scan, at: usize, floor: usize) -> Option<usize> {
    let word = scan.word(at);
    if at <= floor || scan.lower(at - 1) != "the" || !matches!(word, "North" | "South") {
        return None;
    }
    scan.mentions.iter().rev().take(COMPASS_WINDOW).find_map(|m| match m.referent {
        Referent::Entry { target: Target::Country(c), .. } => {
            let name = &scan.lex.countries[c].name;
            (name.len() > word.len() && name.starts_with(word) && name.as_bytes()[word.len()] == b' ').then_some(c)
        }
        _ => None,
    })
}

pub fn bodies(scan: &mut Scan, sentence: usize, range: Range<usize>) {
    let mut from = range.start;
    while let Some(i) = scan.next_marked(from, range.end, mark::BODY) {
        from = i + 1;
        let Some(TokenHit { last, target: Target::Body(body), .. }) = scan.hit(i) else { continue };
        if scan.is_claimed(i) {
            continue;
        }
        if let Some((first, country)) = country_before(scan, i, range.start) {
            // "Kosovo Police", "U.S. Navy": the name as written when the country's
            // name itself qualifies the body; "Japan's" takes the adjective.
            let as_written = (!scan.is_possessive(i - 1)).then(|| scan.words(first, i).to_string());
            let adjective = written_adjective(scan, first).or(as_written);
            scan.push(first, last, sentence, Referent::Body { body, country, adjective });
            continue;
        }
        // "the North's Foreign Ministry", after North Korea.
        let compass = (i >= range.start + 2 && scan.is_possessive(i - 1))
            .then(|| compass_country(scan, i - 2, range.start))
            .flatten();
        if let Some(country) = compass {
            scan.push(i - 2, last, sentence, Referent::Body { body, country, adjective: None });
            continue;
        }
        // "the Ministry of Foreign Affairs of Japan"
        if last + 1 < range.end && scan.lower(last) == "of" {
            if let Some(TokenHit { last: end, target: Target::Country(country), .. }) = scan.hit(last + 1) {
                scan.push(i, end, sentence, Referent::Body { body, country, adjective: None });
                continue;
            }
        }
        // "the Department of Foreign Affairs said": a body whose country the words do not
        // give is still an organization, by its capitalized name.
        let written = scan.words(i, last);
        // Only a full name ("Department of Foreign Affairs") says which body; a bare
        // "Foreign Ministry" could be anyone's.
        if written.contains(" of ")
            && written.split(' ').filter(|w| w.len() > 3).all(|w| w.starts_with(char::is_uppercase))
        {
            let name = written.to_string();
            scan.push(i, last, sentence, Referent::NewOrg { name, kind: crate::extraction::ActorKind::Organization });
        }
    }
}

pub fn named(scan: &mut Scan, sentence: usize, range: Range<usize>) {
    let mut i = range.start;
    while let Some((next, hit)) = scan.next_name(i, range.end) {
        i = next;
        if scan.is_claimed(i) || matches!(hit.target, Target::Body(_)) {
            i = hit.last.max(i + 1);
            continue;
        }
        let after = if scan.is_possessive(hit.last) { hit.last + 1 } else { hit.last };
        if let Some(end) = people_of_another(scan, hit, after, range.end) {
            let name = scan.words(i, end).to_string();
            scan.push(i, end, sentence, Referent::NewOrg { name, kind: crate::extraction::ActorKind::Group });
            i = end;
            continue;
        }
        // "Irish nationalist guerrillas", "Palestinian armed groups": one modifier may
        // stand between the adjective and the agent word.
        let modified = || {
            (hit.form == NameForm::Adjective && after + 1 < range.end && is_modifier(scan, after))
                .then(|| following_agent(scan, after + 1, range.end))
                .flatten()
        };
        let agent = following_agent(scan, after, range.end)
            .or_else(|| shared_agent(scan, hit.last, range.end))
            .or_else(modified);
        // Read only with an agent after the name: a person's country costs a lookup.
        let country_of_hit = match hit.target {
            _ if agent.is_none() => None,
            Target::Country(c) => Some(c),
            Target::Person(p) => scan.lex.people[p]
                .term_at(scan.date)
                .and_then(|t| t.country.as_deref())
                .and_then(|c| scan.lex.country_index(c)),
            _ => None,
        };
        let referent = match (agent, country_of_hit) {
            // "Syrian warplanes", "Assad's forces", "the Obama administration"
            (Some((AgentKind::Government, _, end)), Some(c)) => Some((Referent::Government { country: Some(c) }, end)),
            (Some((AgentKind::Group, a, end)), Some(c)) if matches!(hit.target, Target::Country(_)) => {
                Some((Referent::Group { agent: a, country: Some(c) }, end))
            }
            // "Hungarian officials", "Chinese diplomats": a state's people in office are the state.
            (Some((AgentKind::Person, _, end)), Some(c))
                if matches!(hit.target, Target::Country(_)) && is_plural_agent(scan, after, end) =>
            {
                Some((Referent::Government { country: Some(c) }, end))
            }
            // "Norway's foreign minister", "Taiwan's Vice Foreign Minister visited": an
            // office with no name after it.
            (Some((AgentKind::Person, a, end)), Some(c))
                if matches!(hit.target, Target::Country(_))
                    && (!scan.is_capitalized(after) || end >= range.end || !scan.is_capitalized(end)) =>
            {
                Some((Referent::Description { agent: a, country: Some(c) }, end))
            }
            _ => None,
        };
        // "Hezbollah guerrillas", "Taliban fighters": the organization itself.
        let referent = referent.or(match (hit.target, agent) {
            (Target::Org(_), Some((AgentKind::Group | AgentKind::Government, _, end))) => {
                Some((Referent::Entry { target: hit.target, adjective: false }, end))
            }
            _ => None,
        });
        match referent {
            Some((referent, end)) => {
                scan.push(i, end, sentence, referent);
                i = end;
            }
            None => {
                let adjective = hit.form == NameForm::Adjective;
                let people = plural_demonym(scan, i, hit).or_else(|| protesting_people(scan, hit, after, range.end));
                let referent = match (people, scan.lex.people_agent()) {
                    // "Liberians", "ethnic Albanians": a people, not its state.
                    (Some(country), Some(people)) => Referent::Group { agent: people, country: Some(country) },
                    _ => Referent::Entry { target: hit.target, adjective },
                };
                scan.push(i, hit.last, sentence, referent);
                i = hit.last;
            }
        }
    }
}

/// "Bosnian Serbs", "Russian Jewish immigrants": a people or community
/// living in a country not its own is a group of its own, named by both
/// words; neither the first country nor the second. Returns its end.
fn people_of_another(scan: &Scan, hit: TokenHit, after: usize, end: usize) -> Option<usize> {
    let (Target::Country(c), NameForm::Adjective) = (hit.target, hit.form) else { return None };
    if after != hit.last {
        return None;
    }
    if let Some(group_end) = super::words::community_group(scan, after, end) {
        return Some(group_end);
    }
    let next = scan.hit(after)?;
    match next.target {
        Target::Country(other) if other != c && plural_demonym(scan, after, next).is_some() => Some(next.last),
        _ => None,
    }
}

/// "Palestinian riots", "Iranian protests": a state does not riot; the
/// demonym before a protest noun is the people.
fn protesting_people(scan: &Scan, hit: TokenHit, after: usize, end: usize) -> Option<usize> {
    let Target::Country(c) = hit.target else { return None };
    let protest = after < end
        && hit.form == NameForm::Adjective
        && scan.lex.nouns_for(scan.lower(after)).iter().any(|noun| {
            let noun = &scan.lex.nouns[noun.noun];
            noun.words.len() == 1 && scan.lex.events[noun.event].cameo.starts_with("14")
        });
    protest.then_some(c)
}

/// An agent phrase starting at `at`: (kind, agent index, end token).
pub fn following_agent(scan: &Scan, at: usize, end: usize) -> Option<(AgentKind, usize, usize)> {
    if at >= end || !scan.starts_agent(at) || scan.is_claimed(at) || scan.hit(at).is_some() {
        return None;
    }
    let hit = scan.agent_at(at, end.min(at + 4))?;
    let agent = &scan.lex.agents[hit.agent];
    let mut stop = at + hit.len;
    // "government forces", "regime warplanes": one actor
    if agent.kind == AgentKind::Government {
        while stop < end {
            match scan.agent_at(stop, end.min(stop + 3)) {
                Some(next) if scan.lex.agents[next.agent].kind == AgentKind::Government => stop += next.len,
                _ => break,
            }
        }
    }
    Some((agent.kind, hit.agent, stop))
}

/// The country whose people a plural demonym names ("Nigerians", "Turks");
/// "Swiss", whose every form ends in -s, is no plural.
fn plural_demonym(scan: &Scan, at: usize, hit: TokenHit) -> Option<usize> {
    let (Target::Country(c), NameForm::Adjective) = (hit.target, hit.form) else { return None };
    let written = scan.word(hit.last - 1);
    let first_form = scan.lex.countries[c].adjectives.first()?;
    (hit.last == at + 1 && written.ends_with('s') && !first_form.ends_with('s')).then_some(c)
}

fn is_plural_agent(scan: &Scan, at: usize, end: usize) -> bool {
    scan.agent_at(at, end).is_some_and(|h| h.plural)
}

/// "Hungarian and Romanian officials": the first adjective shares the
/// agent of the second. Returns the agent with an end at the adjective itself.
fn shared_agent(scan: &Scan, at: usize, end: usize) -> Option<(AgentKind, usize, usize)> {
    if at + 1 >= end || !matches!(scan.lower(at), "and" | "," | "or") {
        return None;
    }
    let next = scan.hit(at + 1)?;
    if next.form != NameForm::Adjective || !matches!(next.target, Target::Country(_)) {
        return None;
    }
    let (kind, agent, _) = following_agent(scan, next.last, end).or_else(|| shared_agent(scan, next.last, end))?;
    // A lone adjective takes the agent's meaning; a plural office means the state.
    let kind = if kind == AgentKind::Person { AgentKind::Government } else { kind };
    Some((kind, agent, at))
}

/// The country adjective written at token `at`, if a name hit there is one.
pub fn written_adjective(scan: &Scan, at: usize) -> Option<String> {
    let hit = scan.hit(at)?;
    (hit.form == NameForm::Adjective).then(|| scan.words(at, hit.last).to_string())
}

/// A lower-case word that can modify an agent noun ("nationalist", "armed").
/// Nouns that qualify an agent word: "Israeli intelligence officials",
/// "Turkish security forces", "Serbian army jet".
const OFFICE_MODIFIERS: &[&str] = &[
    "intelligence",
    "security",
    "defense",
    "defence",
    "government",
    "army",
    "navy",
    "police",
    "border",
    "senior",
    "top",
];

fn is_modifier(scan: &Scan, at: usize) -> bool {
    let word = scan.lower(at);
    !scan.is_capitalized(at)
        && scan.hit(at).is_none()
        && (OFFICE_MODIFIERS.contains(&word)
            || word.ends_with("ist")
            || word.ends_with("ian")
            || word.ends_with("ed")
            || word.ends_with("al")
            || word.ends_with("ic")
            || word.ends_with("ary"))
        && !matches!(word, "said" | "had" | "called" | "used")
        || is_noun_modifier(scan, at)
}

/// "French paper workers", "Danish bus drivers": a lower-case noun before the
/// agent word names its trade. Any word that is not a verb the lexicon knows
/// nor a function word.
fn is_noun_modifier(scan: &Scan, at: usize) -> bool {
    let word = scan.lower(at);
    !scan.is_capitalized(at)
        && scan.hit(at).is_none()
        && word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !word.ends_with("ly")
        && scan.lex.verbs_for(word).is_empty()
        && !matches!(
            word,
            "the"
                | "and"
                | "for"
                | "with"
                | "from"
                | "that"
                | "who"
                | "which"
                | "are"
                | "were"
                | "was"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "also"
                | "not"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "into"
                | "onto"
                | "over"
                | "than"
                | "then"
                | "but"
                | "nor"
                | "yet"
                | "all"
                | "some"
                | "many"
                | "most"
                | "other"
                | "such"
        )
}
