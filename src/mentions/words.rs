//! Agent words, descriptions, unknown capitalized names and pronouns.

use super::names::{compass_country, following_agent};
use super::people::name_run;
use super::{mark, Mention, Pronoun, Referent, Scan};
use crate::extraction::ActorKind;
use crate::lexicon::{AgentKind, Target};
use crate::text::TokenKind;
use std::ops::Range;

/// Common nouns that, after "the", stand for an organization or country
/// already named ("the group", "the council", "the kingdom").
const ORG_DESCRIPTIONS: &[&str] = &[
    "group",
    "council",
    "kingdom",
    "bloc",
    "alliance",
    "organization",
    "organisation",
    "agency",
    "ministry",
    "department",
    "coalition",
    "union",
    "body",
    "court",
    "movement",
    "country",
    "republic",
    "emirate",
    "league",
    "force",
    "mission",
];

/// What a head word makes a capitalized phrase: an armed or political
/// group, or an organization. Asked of every word of every capitalized run:
/// a `match` on the word compiles to a test of its length and a few
/// comparisons, where a hash map hashed every word first.
fn head_kind(word: &str) -> Option<ActorKind> {
    let kind = match word {
        "Forces" | "Front" | "Brigade" | "Brigades" | "Movement" | "Militia" | "Army" | "Group" | "Battalion"
        | "Mujahideen" => ActorKind::Group,
        "Ministry" | "Council" | "Agency" | "Department" | "Commission" | "Committee" | "Organization"
        | "Organisation" | "Association" | "Institute" | "Bank" | "Court" | "Watch" | "Rights" | "Physicians"
        | "Doctors" | "Office" | "Service" | "Authority" | "Parliament" | "Assembly" | "Senate" | "Congress"
        | "Coalition" | "Alliance" | "League" | "Federation" | "Fund" | "Foundation" | "Network" | "Center"
        | "Centre" | "Police" | "Guard" | "Party" | "International" | "Company" | "Corporation" | "Board"
        | "Secretariat" | "Mission" | "Programme" | "Program" | "Union" | "Society" | "Observatory" | "Forum"
        | "Initiative" | "Tribunal" | "Institution" => ActorKind::Organization,
        _ => return None,
    };
    Some(kind)
}

/// Compound prefixes and suffixes that carry a standing relation.
const PREFIXES: &[&str] = &["anti", "pro"];
const SUFFIXES: &[&str] = &[
    "based",
    "led",
    "backed",
    "linked",
    "allied",
    "aligned",
    "brokered",
    "mediated",
    "drafted",
    "sponsored",
    "funded",
];

pub fn agents(scan: &mut Scan, sentence: usize, range: Range<usize>) {
    let mut i = range.start;
    // Most words start no agent phrase; "the group" is all they can be.
    while let Some(next) = scan.next_marked(i, range.end, mark::AGENT | mark::AFTER_ARTICLE) {
        i = next;
        if scan.is_claimed(i) || scan.seg.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        if scan.starts_agent(i) {
            if let Some(next) = agent_mention(scan, sentence, &range, i) {
                i = next;
                continue;
            }
        }
        if let Some(noun) = org_description(scan, i, range.start) {
            scan.push(i - 1, i + 1, sentence, Referent::OrgDescription { noun });
        }
        i += 1;
    }
}

/// "the group", "this council": an organization or country named before.
fn org_description(scan: &Scan, i: usize, start: usize) -> Option<&'static str> {
    let after_article = i > start && matches!(scan.lower(i - 1), "the" | "this");
    after_article.then(|| org_description_noun(scan.lower(i))).flatten()
}

/// The noun as listed, when `word` is one that stands for an organization
/// or country named before.
pub(super) fn org_description_noun(word: &str) -> Option<&'static str> {
    ORG_DESCRIPTIONS.iter().find(|n| **n == word).copied()
}

/// The agent words at token `i` and their mention, if they make one.
/// Returns the token to go on from, or None when no agent phrase is there.
fn agent_mention(scan: &mut Scan, sentence: usize, range: &Range<usize>, i: usize) -> Option<usize> {
    let determiner = i > range.start
        && matches!(scan.lower(i - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that");
    let first = if determiner { i - 1 } else { i };
    // "counter-extremist", "anti-government": a word bound to a negating prefix is no actor.
    let prefixed = i >= range.start + 2
        && scan.lower(i - 1) == "-"
        && !scan.seg.tokens[i].space_before
        && matches!(scan.lower(i - 2), "counter" | "anti" | "non" | "pro" | "ex");
    if prefixed {
        return Some(i + 1);
    }
    let (kind, agent, end) = following_agent(scan, i, range.end)?;
    // "Muslim hackers", "the Moslem forces": a community word before a group
    // names a group of its own, neither the community nor the bare group.
    if let Some(group_end) = community_group(scan, i, range.end) {
        let name = scan.words(i, group_end).to_string();
        scan.push(first, group_end, sentence, Referent::NewOrg { name, kind: ActorKind::Group });
        return Some(group_end);
    }
    // "a regime", "the Zionist regime": not a government the text has named.
    // "all three governments": several states, none of them named here.
    let several_governments = kind == AgentKind::Government && scan.lower(i) == "governments";
    let unnamed_government = several_governments
        || kind == AgentKind::Government
            && i > range.start
            && (matches!(scan.lower(i - 1), "a" | "an" | "any")
                || scan.is_capitalized(i - 1)
                    && scan.hit(i - 1).is_none()
                    && !matches!(scan.lower(i - 1), "the" | "this" | "that" | "its" | "their" | "his" | "her"));
    if unnamed_government {
        return Some(end);
    }
    let referent = match kind {
        // "security forces in Guinea": the country the forces are in.
        // "its forces in Lebanon" are the subject's own, wherever they stand.
        AgentKind::Government => {
            let own = determiner && matches!(scan.lower(i - 1), "its" | "their" | "his" | "her" | "our");
            let country = if own { None } else { country_in(scan, end, range.end) };
            Some(Referent::Government { country })
        }
        // "rebel-held", "civilian infrastructure": a singular group word with no
        // article is an adjective.
        AgentKind::Group if !determiner && !is_plural_agent(scan, i, end) => None,
        // "the rebel Kurdistan Workers' Party": a word that qualifies the name after it.
        AgentKind::Group if !is_plural_agent(scan, i, end) && end < range.end && scan.is_capitalized(end) => None,
        AgentKind::Group if scan.lex.agents[agent].with_country => None,
        // "the Muslim world", "the Sunni minority": a singular community word
        // before a noun qualifies it.
        AgentKind::Group
            if !is_plural_agent(scan, i, end)
                && matches!(scan.lex.agents[agent].sector.as_deref(), Some("ETH" | "REL"))
                && end < range.end
                && scan.seg.tokens[end].kind == TokenKind::Word
                && !scan.is_capitalized(end) =>
        {
            None
        }
        // "rebels in the Ivory Coast", "rebels in Darfur": the group of that country,
        // named with its place.
        AgentKind::Group => match place_in(scan, end, range.end) {
            Some((place_end, country)) => {
                scan.push(first, place_end, sentence, Referent::Group { agent, country: Some(country) });
                return Some(place_end);
            }
            None => Some(Referent::Group { agent, country: None }),
        },
        AgentKind::Person if determiner && scan.lower(i - 1) != "a" && !is_plural_agent(scan, i, end) => {
            Some(Referent::Description { agent, country: None })
        }
        AgentKind::Person => None,
    };
    if let Some(referent) = referent {
        scan.push(first, end, sentence, referent);
    }
    Some(end)
}

/// The end of a group named by an ethnic or religious word and a plural
/// group or armed-force word after it ("Jewish settlers", "Moslem forces"),
/// when the word at `at` is such a community word.
pub(super) fn community_group(scan: &Scan, at: usize, end: usize) -> Option<usize> {
    let word = scan.agent_at(at, end)?;
    let community = &scan.lex.agents[word.agent];
    let is_community = community.kind == AgentKind::Group
        && !word.plural
        && matches!(community.sector.as_deref(), Some("ETH" | "REL"));
    if !is_community {
        return None;
    }
    let next = at + word.len;
    let (kind, agent, stop) = following_agent(scan, next, end)?;
    let group = &scan.lex.agents[agent];
    // "forces", "troops": plural words listed with no plural of their own.
    let plural = is_plural_agent(scan, next, stop) || group.plurals.is_empty();
    let armed = kind == AgentKind::Government && group.sector.as_deref() == Some("MIL");
    ((kind == AgentKind::Group || armed) && plural).then_some(stop)
}

fn is_plural_agent(scan: &Scan, i: usize, end: usize) -> bool {
    scan.agent_at(i, end).is_some_and(|h| h.plural)
}

/// Capitalized runs no earlier pass claimed: organizations by their head
/// word, else names for coreference to decide.
pub fn proper_runs(scan: &mut Scan, sentence: usize, range: Range<usize>) {
    let mut i = range.start;
    let mut org = None;
    while let Some(next) = scan.next_marked(i, range.end, mark::CAPITAL) {
        i = next;
        if scan.is_claimed(i) {
            i += 1;
            continue;
        }
        // Words inside a lexicon name are that name's, not a run of their own.
        if let Some(hit) = scan.hit(i) {
            i = hit.last.max(i + 1);
            continue;
        }
        if let Some(referent) = acronym(scan, i, range.start, range.end) {
            // "ESB fighters", "RSF forces": the agent word names the group's members,
            // which are the group itself, not a second actor.
            let end = absorb_group_word(scan, sentence, i + 1).unwrap_or(i + 1);
            scan.push(i, end, sentence, referent);
            i = end;
            continue;
        }
        // "the North fired", "the South's envoy": a divided country, named before in full.
        let alone = i + 1 >= range.end || !scan.is_capitalized(i + 1);
        if let Some(country) = alone.then(|| compass_country(scan, i, range.start)).flatten() {
            scan.push(i, i + 1, sentence, Referent::Entry { target: Target::Country(country), adjective: false });
            i += 1;
            continue;
        }
        // "The Eastern Shield Brigade": the article opens the sentence, not the name.
        if scan.word(i) == "The" && i + 1 < range.end && scan.is_capitalized(i + 1) && scan.hit(i + 1).is_none() {
            i += 1;
            continue;
        }
        let Some(end) = org_run(scan, i, range.end, &mut org).or_else(|| name_run(scan, i, range.end)) else {
            i += 1;
            continue;
        };
        if (i..end).any(|k| scan.is_claimed(k) || scan.hit(k).is_some()) {
            i += 1;
            continue;
        }
        // The run's capitalized words: how many, the first, and the kinds of head among them.
        let (mut words, mut first_word, mut group_head, mut org_head) = (0, "", false, false);
        for w in (i..end).map(|k| scan.word(k)).filter(|w| w.chars().next().is_some_and(char::is_uppercase)) {
            if words == 0 {
                first_word = w;
            }
            words += 1;
            match head_kind(w) {
                Some(ActorKind::Group) => group_head = true,
                Some(ActorKind::Organization) => org_head = true,
                _ => {}
            }
        }
        let name = scan.words(i, end).to_string();
        let sentence_initial =
            i == range.start || (i == range.start + 1 && !matches!(scan.seg.tokens[range.start].kind, TokenKind::Word));
        let referent = if group_head && words > 1 {
            Referent::NewOrg { name, kind: ActorKind::Group }
        } else if org_head && words > 1 {
            Referent::NewOrg { name, kind: ActorKind::Organization }
        } else if let Some(kind) = appositive_kind(scan, end, range.end) {
            Referent::NewOrg { name, kind }
        } else if sentence_initial
            && words == 1
            && !followed_by_speech(scan, end, range.end)
            && !names_someone(scan, first_word)
        {
            i = end;
            continue;
        } else if words > 1 && (followed_by_speech(scan, end, range.end) || preceded_by_speech(scan, i, range.start)) {
            // "Ana Petrova said", "said Ana Petrova": someone who speaks is a person.
            Referent::NewPerson { name }
        } else {
            Referent::Proper { name }
        };
        scan.push(i, end, sentence, referent);
        i = end;
    }
}

/// "Nanhai Dredging, a Chinese state-owned company,", "Al-Nusra, an armed
/// group,": what the common noun of an appositive right after a name makes it.
fn appositive_kind(scan: &Scan, at: usize, end: usize) -> Option<ActorKind> {
    if at + 2 >= end || scan.word(at) != "," || !matches!(scan.lower(at + 1), "a" | "an") {
        return None;
    }
    for k in at + 2..end.min(at + 10) {
        let kind = match scan.lower(k) {
            "company" | "firm" | "corporation" | "conglomerate" | "contractor" | "manufacturer" | "shipper"
            | "carrier" | "airline" | "bank" | "lender" | "insurer" | "exporter" | "producer" | "operator"
            | "subsidiary" | "charity" | "broadcaster" | "newspaper" | "agency" | "organization" | "organisation" => {
                ActorKind::Organization
            }
            "militia" | "faction" => ActorKind::Group,
            // Modifiers of the head: "state-owned", "Chinese", "dredging".
            _ if matches!(scan.seg.tokens[k].kind, TokenKind::Word) || scan.word(k) == "-" => continue,
            _ => return None,
        };
        return Some(kind);
    }
    None
}

/// A run of capitalized words that `org_run` walked: where the walk began
/// and broke off, where the run's last capitalized word ends, and the run's
/// last organization head word. A later start inside the run walks to the
/// same place, so it reads the answer here instead of walking again: one
/// walk per run, not one per word of a run of a million capitalized words.
#[derive(Clone, Copy)]
struct OrgRun {
    from: usize,
    to: usize,
    stop: Option<usize>,
    last_head: Option<usize>,
}

/// "Physicians for Human Rights", "Ministry of Water and Energy": capitalized
/// words joined by of/for/and/the, ending on a capitalized word.
fn org_run(scan: &Scan, i: usize, end: usize, last: &mut Option<OrgRun>) -> Option<usize> {
    let run = match *last {
        Some(run) if run.from <= i && i < run.to => run,
        _ => {
            let mut k = i;
            let mut last_capital = None;
            while k < end {
                if scan.is_capitalized(k) && scan.hit(k).is_none() && !scan.is_claimed(k) {
                    k += 1;
                    last_capital = Some(k);
                } else if matches!(scan.lower(k), "of" | "for" | "and" | "the" | "on") && last_capital == Some(k) {
                    k += 1;
                } else {
                    break;
                }
            }
            let last_head = last_capital.and_then(|stop| (i..stop).rev().find(|&w| head_kind(scan.word(w)).is_some()));
            let run = OrgRun { from: i, to: k, stop: last_capital, last_head };
            *last = Some(run);
            run
        }
    };
    let stop = run.stop?;
    let has_head = run.last_head.is_some_and(|head| head >= i);
    (has_head && stop - i > 1).then_some(stop)
}

fn followed_by_speech(scan: &Scan, at: usize, end: usize) -> bool {
    at < end
        && matches!(
            scan.lower(at),
            "said" | "says" | "told" | "added" | "warned" | "wrote" | "'s" | "accused" | "denied"
        )
}

fn preceded_by_speech(scan: &Scan, at: usize, start: usize) -> bool {
    at > start && matches!(scan.lower(at - 1), "said" | "says" | "added" | "told" | "wrote" | "warned")
}

pub fn pronouns(scan: &mut Scan, sentence: usize, range: Range<usize>) {
    let mut from = range.start;
    while let Some(i) = scan.next_marked(from, range.end, mark::PRONOUN) {
        from = i + 1;
        if scan.is_claimed(i) {
            continue;
        }
        let Some(pronoun) = pronoun_of(scan.lower(i)) else { continue };
        // "US" is the country, "us" the pronoun: case tells.
        if scan.lower(i) == "us" && scan.word(i) == "US" {
            continue;
        }
        let m = scan.push(i, i + 1, sentence, Referent::Pronoun(pronoun));
        // Not "that": "said that it would" is no relative clause.
        scan.mentions[m].after_relative = i > range.start && matches!(scan.lower(i - 1), "whom" | "which");
    }
}

/// The pronoun a lower-case word is. Matched byte by byte, which compiles
/// to one decision tree: most words are out at their length or first letter.
/// Asked of every token, and out of line (as it was even with LTO) the call
/// cost about as much as the test.
#[inline(always)]
pub(super) fn pronoun_of(word: &str) -> Option<Pronoun> {
    let pronoun = match word.as_bytes() {
        [b'h', b'e'] | [b'h', b'i', b'm'] | [b'h', b'i', b's'] => Pronoun::Masculine,
        [b's', b'h', b'e'] | [b'h', b'e', b'r'] | [b'h', b'e', b'r', b's'] => Pronoun::Feminine,
        [b'i', b't'] | [b'i', b't', b's'] => Pronoun::Neuter,
        [b't', b'h', b'e', b'y'] | [b't', b'h', b'e', b'm'] | [b't', b'h', b'e', b'i', b'r'] => Pronoun::Plural,
        [b'w', b'e'] | [b'u', b's'] | [b'o', b'u', b'r'] => Pronoun::FirstPlural,
        [b'i'] | [b'm', b'e'] | [b'm', b'y'] => Pronoun::FirstSingular,
        _ => return None,
    };
    Some(pronoun)
}

/// "anti-Assad", "pro-Kremlin", "U.S.-based", "Saudi-led".
pub fn mark_compounds(scan: &Scan, m: &mut Mention) {
    let seg = scan.seg;
    if m.first >= 2 && scan.lower(m.first - 1) == "-" && !seg.tokens[m.first].space_before {
        let prefix = scan.lower(m.first - 2);
        m.prefix = PREFIXES.iter().find(|p| **p == prefix).copied();
    }
    m.opens_clause = opens_clause(scan, m.sentence, m.first);
    // "in the Gaza Strip", "in northern Israel": an article and a part of the
    // country may stand after the preposition.
    let mut before = m.first.wrapping_sub(1);
    while before < seg.tokens.len()
        && before > 0
        && m.first - before <= 2
        && matches!(
            scan.lower(before),
            "the"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
        )
    {
        before -= 1;
    }
    m.locative = before < seg.tokens.len()
        && matches!(scan.lower(before), "in" | "at" | "near" | "outside" | "inside" | "from" | "across" | "throughout");
    if m.last + 1 < seg.tokens.len() && scan.lower(m.last) == "-" && !seg.tokens[m.last].space_before {
        let suffix = scan.lower(m.last + 1);
        m.suffix = SUFFIXES.iter().find(|s| **s == suffix).copied();
    }
}

/// A word that is part of the name of a person already mentioned ("Rahnavard
/// later spoke ..." after "Foreign Minister Abbas Rahnavard").
fn names_someone(scan: &Scan, word: &str) -> bool {
    scan.person_name_parts.contains(word)
}

/// "... in Guinea": the country named right after "in", if any.
fn country_in(scan: &Scan, at: usize, end: usize) -> Option<usize> {
    if at + 1 >= end || scan.lower(at) != "in" {
        return None;
    }
    match scan.hit(at + 1) {
        Some(super::names::TokenHit { target: crate::lexicon::Target::Country(c), .. }) => Some(c),
        _ => None,
    }
}

/// "... in the Ivory Coast", "... in Darfur": the end of the place named right
/// after "in" and its country.
fn place_in(scan: &Scan, at: usize, end: usize) -> Option<(usize, usize)> {
    if at + 1 >= end || scan.lower(at) != "in" {
        return None;
    }
    let first = if scan.lower(at + 1) == "the" && at + 2 < end { at + 2 } else { at + 1 };
    let hit = scan.hit(first)?;
    let country = match hit.target {
        crate::lexicon::Target::Country(c) if hit.form != crate::lexicon::NameForm::Adjective => c,
        crate::lexicon::Target::Place(p) => scan.lex.country_index(scan.lex.places[p].country.as_deref()?)?,
        _ => return None,
    };
    Some((hit.last, country))
}

/// Drop the bare group mention ("fighters") that starts at token `at` and
/// return its end, so that the name before it takes it in. Only the
/// mentions of `at`'s sentence, the last ones, can start there: the search
/// reads those alone, not every mention of a long text.
fn absorb_group_word(scan: &mut Scan, sentence: usize, at: usize) -> Option<usize> {
    let from_last = scan
        .mentions
        .iter()
        .rev()
        .take_while(|m| m.sentence == sentence)
        .position(|m| m.first == at && matches!(m.referent, Referent::Group { country: None, .. }))?;
    let position = scan.mentions.len() - 1 - from_last;
    Some(scan.mentions.remove(position).last)
}

/// "the Rapid Support Forces (RSF) ... RSF fighters": an acronym the text
/// defines in parentheses right after a name stands for that name after.
fn acronym(scan: &mut Scan, i: usize, start: usize, end: usize) -> Option<Referent> {
    let word = scan.word(i);
    // Bytes, as an acronym is all ASCII; the length turns away most words.
    if !(2..=8).contains(&word.len())
        || !word.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || word.bytes().filter(u8::is_ascii_uppercase).count() < 2
    {
        return None;
    }
    if let Some(referent) = scan.acronyms.get(word) {
        return Some(referent.clone());
    }
    let defined = i >= start + 2 && scan.lower(i - 1) == "(" && i + 1 < end && scan.lower(i + 1) == ")";
    let named = scan.mentions.last().filter(|m| defined && m.last == i - 1)?;
    let referent = match &named.referent {
        r @ (Referent::NewOrg { .. } | Referent::Entry { .. } | Referent::Group { .. } | Referent::Body { .. }) => {
            r.clone()
        }
        _ => return None,
    };
    scan.acronyms.insert(word.to_string(), referent.clone());
    Some(referent)
}

/// The token at `first` follows a comma that closes a phrase opening its
/// sentence with a preposition ("In a letter to X, he wrote").
fn opens_clause(scan: &Scan, sentence: usize, first: usize) -> bool {
    if first == 0 || scan.lower(first - 1) != "," {
        return false;
    }
    let sentence = &scan.seg.sentences[sentence];
    let commas = (sentence.tokens.start..first - 1).filter(|&k| scan.lower(k) == ",").count();
    commas == 0
        && matches!(
            scan.lower(sentence.tokens.start),
            "in" | "during" | "after" | "at" | "on" | "before" | "speaking" | "writing" | "according"
        )
}
