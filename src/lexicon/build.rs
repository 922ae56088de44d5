//! From parsed lines to the typed, indexed lexicon. Entries with the same
//! type and id merge (a user file adds aliases or overrides a field);
//! references between entries are checked here, with file and line.
//! A bad value is recorded as a problem and the entry kept with a default,
//! so one run finds every mistake instead of stopping at the first.

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

use super::entries::*;
use super::format::{EntryType, Located, RawEntry};
use super::names::{NameForm, NameMatcher, NameRef, Target};
use super::phrases::PhraseIndex;
use super::{Gender, Lexicon};
use crate::error::Error;
use crate::extraction::ActorKind;

fn error(located: &Located, message: String) -> Error {
    Error::Lexicon { path: located.0.to_string(), line: located.1.line, message }
}

fn opt(entry: &RawEntry, field: &str) -> Option<String> {
    entry.first(field).map(str::to_string)
}

fn list(entry: &RawEntry, field: &str) -> Vec<String> {
    entry.field(field).iter().map(|value| value.to_string()).collect()
}

fn date(located: &Located, field: &str, problems: &mut Vec<Error>) -> Option<NaiveDate> {
    let text = located.1.first(field)?;
    let parsed = plain_date(text).or_else(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok());
    if parsed.is_none() {
        problems.push(error(located, format!("{field}: {text:?} is not a date YYYY-MM-DD")));
    }
    parsed
}

/// A date written as the lexicon's own files write them, YYYY-MM-DD with
/// every digit, read without chrono's format parser: the people's terms
/// hold about two thousand dates, and that parser took a twentieth of the
/// lexicon's load. Other spellings go to the parser.
fn plain_date(text: &str) -> Option<NaiveDate> {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = text.as_bytes() else { return None };
    let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let number = |ds: &[u8]| ds.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    NaiveDate::from_ymd_opt(number(&digits[..4]) as i32, number(&digits[4..6]), number(&digits[6..]))
}

/// A yes/no field; a bad value is a problem and counts as no.
fn flag(located: &Located, field: &str, problems: &mut Vec<Error>) -> bool {
    match located.1.first(field) {
        None | Some("no") => false,
        Some("yes") => true,
        Some(other) => {
            problems.push(error(located, format!("{field}: {other:?} is not yes or no")));
            false
        }
    }
}

/// A later entry with another name renames it and keeps the old name as an alias.
fn rename(name: &mut String, aliases: &mut Vec<String>, new_name: &str) {
    if name != new_name {
        let old = std::mem::replace(name, new_name.to_string());
        extend_unique(aliases, vec![old]);
    }
}

fn extend_unique(into: &mut Vec<String>, more: Vec<String>) {
    for item in more {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

/// The words of a phrase as the tokenizer will see them: lower case, with a
/// hyphen its own token ("secretary-general" is "secretary", "-", "general").
fn lower_words(phrase: &str) -> Vec<String> {
    phrase.replace('-', " - ").split_whitespace().map(str::to_lowercase).collect()
}

/// The lexicon, failing on the first problem.
#[cfg(test)]
pub fn build(raw: &[Located]) -> crate::error::Result<Lexicon> {
    let (lex, mut problems) = build_all(raw);
    match problems.is_empty() {
        true => Ok(lex),
        false => Err(problems.swap_remove(0)),
    }
}

/// The lexicon and every problem found in it, in the order found.
pub fn build_all(raw: &[Located]) -> (Lexicon, Vec<Error>) {
    let mut problems: Vec<Error> = Vec::new();
    let mut lex = Lexicon::default();
    let mut body_index: FxHashMap<String, usize> = FxHashMap::default();
    let mut place_index: FxHashMap<String, usize> = FxHashMap::default();
    // References are checked once every entry is known.
    let mut pending_refs: Vec<(&Located, &'static str, &str)> = Vec::new();
    let mut word_entries: Vec<&Located> = Vec::new();

    for located in raw {
        let e = &located.1;
        match e.kind {
            EntryType::Country => {
                let code = e.id.to_string();
                match lex.country_index.get(&code) {
                    Some(&i) => {
                        let c = &mut lex.countries[i];
                        rename(&mut c.name, &mut c.aliases, e.name);
                        extend_unique(&mut c.aliases, list(e, "alias"));
                        extend_unique(&mut c.adjectives, list(e, "adj"));
                        extend_unique(&mut c.seats, list(e, "seat"));
                        if let Some(cameo) = opt(e, "cameo") {
                            c.cameo = cameo;
                        }
                    }
                    None => {
                        lex.country_index.insert(code.clone(), lex.countries.len());
                        lex.countries.push(Country {
                            cameo: opt(e, "cameo").unwrap_or_else(|| code.clone()),
                            code,
                            name: e.name.to_string(),
                            aliases: list(e, "alias"),
                            adjectives: list(e, "adj"),
                            seats: list(e, "seat"),
                        });
                    }
                }
            }
            EntryType::Org => {
                let kind = match e.first("kind") {
                    None | Some("organization") => ActorKind::Organization,
                    Some("group") => ActorKind::Group,
                    Some(other) => {
                        problems.push(error(located, format!("kind: {other:?} is not organization or group")));
                        ActorKind::Organization
                    }
                };
                let link = match e.first("link") {
                    None => None,
                    Some("part_of") => Some(CountryLink::PartOf),
                    Some("based_in") => Some(CountryLink::BasedIn),
                    Some(other) => {
                        problems.push(error(located, format!("link: {other:?} is not part_of or based_in")));
                        None
                    }
                };
                for country in e.field("country") {
                    pending_refs.push((located, "country", country));
                }
                if let Some(parent) = e.first("parent") {
                    pending_refs.push((located, "org", parent));
                }
                let org = Org {
                    id: e.id.to_string(),
                    name: e.name.to_string(),
                    kind,
                    aliases: list(e, "alias"),
                    adjectives: list(e, "adj"),
                    country: opt(e, "country"),
                    parent: opt(e, "parent"),
                    // An armed or political group is based in its country, not part of its state.
                    link: link.unwrap_or(if kind == ActorKind::Group {
                        CountryLink::BasedIn
                    } else {
                        CountryLink::PartOf
                    }),
                    cameo: opt(e, "cameo"),
                };
                match lex.org_index.get(e.id) {
                    Some(&i) => {
                        let existing = &mut lex.orgs[i];
                        extend_unique(&mut existing.aliases, org.aliases);
                        extend_unique(&mut existing.adjectives, org.adjectives);
                        rename(&mut existing.name, &mut existing.aliases, &org.name);
                        // Left out, `kind` keeps the earlier value: a line adding an alias
                        // must not turn a group into an organization.
                        if e.first("kind").is_some() {
                            existing.kind = org.kind;
                        }
                        existing.country = org.country.or(existing.country.take());
                        existing.parent = org.parent.or(existing.parent.take());
                        if link.is_some() {
                            existing.link = org.link;
                        }
                        existing.cameo = org.cameo.or(existing.cameo.take());
                    }
                    None => {
                        lex.org_index.insert(e.id.to_string(), lex.orgs.len());
                        lex.orgs.push(org);
                    }
                }
            }
            EntryType::Body => {
                let body = Body {
                    id: e.id.to_string(),
                    name: e.name.to_string(),
                    aliases: list(e, "alias"),
                    sector: opt(e, "sector"),
                };
                match body_index.get(e.id) {
                    Some(&i) => {
                        let existing = &mut lex.bodies[i];
                        extend_unique(&mut existing.aliases, body.aliases);
                        rename(&mut existing.name, &mut existing.aliases, &body.name);
                        existing.sector = body.sector.or(existing.sector.take());
                    }
                    None => {
                        body_index.insert(e.id.to_string(), lex.bodies.len());
                        lex.bodies.push(body);
                    }
                }
            }
            EntryType::Person => {
                if let Some(country) = e.first("country") {
                    pending_refs.push((located, "country", country));
                }
                if let Some(org) = e.first("org") {
                    pending_refs.push((located, "org", org));
                }
                let term = Term {
                    country: opt(e, "country"),
                    role: opt(e, "role"),
                    org: opt(e, "org"),
                    from: date(located, "from", &mut problems),
                    to: date(located, "to", &mut problems),
                    cameo: opt(e, "cameo"),
                };
                if let (Some(from), Some(to)) = (term.from, term.to) {
                    if to < from {
                        problems.push(error(located, format!("to: {to} is before from: {from}")));
                    }
                }
                match lex.person_index.get(e.id) {
                    Some(&i) => {
                        let p = &mut lex.people[i];
                        extend_unique(&mut p.aliases, list(e, "alias"));
                        rename(&mut p.name, &mut p.aliases, e.name);
                        p.terms.push(term);
                    }
                    None => {
                        lex.person_index.insert(e.id.to_string(), lex.people.len());
                        lex.people.push(Person {
                            id: e.id.to_string(),
                            name: e.name.to_string(),
                            aliases: list(e, "alias"),
                            terms: vec![term],
                        });
                    }
                }
            }
            EntryType::Place => {
                if let Some(country) = e.first("country") {
                    pending_refs.push((located, "country", country));
                }
                let place = Place {
                    id: e.id.to_string(),
                    name: e.name.to_string(),
                    aliases: list(e, "alias"),
                    country: opt(e, "country"),
                };
                match place_index.get(e.id) {
                    Some(&i) => {
                        let existing = &mut lex.places[i];
                        extend_unique(&mut existing.aliases, place.aliases);
                        rename(&mut existing.name, &mut existing.aliases, &place.name);
                        existing.country = place.country.or(existing.country.take());
                    }
                    None => {
                        place_index.insert(e.id.to_string(), lex.places.len());
                        lex.places.push(place);
                    }
                }
            }
            EntryType::Agent => {
                let kind = match e.first("kind") {
                    Some("person") | None => AgentKind::Person,
                    Some("government") => AgentKind::Government,
                    Some("group") => AgentKind::Group,
                    Some(other) => {
                        problems.push(error(located, format!("kind: {other:?} is not person, government or group")));
                        AgentKind::Person
                    }
                };
                let title = flag(located, "title", &mut problems);
                let with_country = flag(located, "with-country", &mut problems);
                let mut plurals: Vec<Vec<String>> = e.field("plural").iter().map(|p| lower_words(p)).collect();
                let phrase = lower_words(e.name);
                if plurals.is_empty() && kind == AgentKind::Person {
                    let mut plural = phrase.clone();
                    if let Some(last) = plural.last_mut() {
                        *last = super::phrases::plural_of(last);
                    }
                    plurals.push(plural);
                }
                let agent = Agent {
                    id: e.id.to_string(),
                    phrase,
                    plurals,
                    kind,
                    sector: opt(e, "sector"),
                    role: opt(e, "role"),
                    title,
                    with_country,
                };
                // The same id again is another phrase for the same agent ("general", "gen.");
                // the same phrase again overrides it.
                match lex.agents.iter().position(|a| a.id == agent.id && a.phrase == agent.phrase) {
                    Some(i) => lex.agents[i] = agent,
                    None => lex.agents.push(agent),
                }
            }
            EntryType::Event => {
                let cameo = e.first("cameo").unwrap_or_default();
                // A bad event is still declared, so its verbs do not report it undeclared too.
                if !(2..=4).contains(&cameo.len()) || !cameo.bytes().all(|b| b.is_ascii_digit()) {
                    problems.push(error(located, format!("cameo: {cameo:?} is not a CAMEO code of 2 to 4 digits")));
                }
                let goldstein = e.first("goldstein").and_then(|text| {
                    let score = text.parse::<f32>().ok().filter(|g| (-10.0..=10.0).contains(g));
                    if score.is_none() {
                        problems.push(error(located, format!("goldstein: {text:?} is not a number from -10 to 10")));
                    }
                    score
                });
                let event = EventType {
                    name: e.id.to_string(),
                    label: e.name.to_string(),
                    cameo: cameo.to_string(),
                    goldstein,
                };
                match lex.event_index.get(e.id) {
                    Some(&i) => lex.events[i] = event,
                    None => {
                        lex.event_index.insert(e.id.to_string(), lex.events.len());
                        lex.events.push(event);
                    }
                }
            }
            EntryType::Verb | EntryType::Noun => word_entries.push(located),
            EntryType::Given => {
                let gender = match e.first("gender") {
                    Some("female") => Gender::Female,
                    Some("male") => Gender::Male,
                    other => {
                        problems.push(error(located, format!("gender: {other:?} is not female or male")));
                        continue;
                    }
                };
                // Later lines win, so a user file can correct a name's gender.
                // Names common to both genders are left out of the data.
                for name in std::iter::once(&e.name).chain(e.field("alias")) {
                    lex.given_names.insert(name.to_lowercase(), gender);
                }
            }
        }
    }

    for &(located, what, reference) in &pending_refs {
        let known = match what {
            "country" => lex.country_index.contains_key(reference),
            _ => lex.org_index.contains_key(reference),
        };
        if !known {
            problems.push(error(located, format!("{what}: {reference:?} is not a known {what} id")));
        }
    }

    let mut noun_plurals: Vec<(String, usize)> = Vec::new();
    for &located in &word_entries {
        let e = &located.1;
        let Some(&event) = lex.event_index.get(e.id) else {
            problems.push(error(located, format!("{:?} is not an event type declared by an `event` line", e.id)));
            continue;
        };
        let words = lower_words(e.name);
        if let Some(problem) = misplaced_slot(&words) {
            problems.push(error(located, problem));
            continue;
        }
        if e.kind == EntryType::Verb {
            let head_forms = match e.field("forms") {
                [] => inflect(&words[0]),
                [base, third, past, participle, gerund] => vec![
                    (base.to_lowercase(), VerbForm::Base),
                    (third.to_lowercase(), VerbForm::ThirdPerson),
                    (past.to_lowercase(), VerbForm::Past),
                    (participle.to_lowercase(), VerbForm::Participle),
                    (gerund.to_lowercase(), VerbForm::Gerund),
                ]
                .into_iter()
                // "forms: shoot down; ..." inflects the first word only.
                .map(|(w, f)| (w.split_whitespace().next().unwrap_or_default().to_string(), f))
                .collect(),
                _ => {
                    problems.push(error(
                        located,
                        "forms: give 5 values: base; 3rd person; past; participle; gerund".into(),
                    ));
                    inflect(&words[0])
                }
            };
            let speech = flag(located, "speech", &mut problems);
            lex.verbs.push(VerbPhrase { event, words, head_forms, preps: list(e, "prep"), speech });
        } else {
            let index = lex.nouns.len();
            for plural in e.field("plural") {
                noun_plurals.push((plural.to_lowercase(), index));
            }
            lex.nouns.push(NounPhrase { event, words, preps: list(e, "prep") });
        }
    }

    lex.phrases = PhraseIndex::new(&lex.agents, &lex.verbs, &lex.nouns);
    for (plural, noun) in noun_plurals {
        let first = plural.split_whitespace().next().unwrap_or_default().to_string();
        lex.phrases.add_noun_plural(&first, noun);
    }
    lex.names = NameMatcher::new(&name_list(&lex));
    lex.listed_bodies = std::iter::repeat_with(Default::default).take(lex.bodies.len() * lex.countries.len()).collect();
    lex.people_agent = lex.agents.iter().position(|a| a.id == "people");
    lex.find_generic_events();
    (lex, problems)
}

fn name_list(lex: &Lexicon) -> Vec<(&str, NameRef)> {
    let mut names = Vec::new();
    let mut push = |name, target, form| names.push((String::as_str(name), NameRef { target, form }));
    for (i, c) in lex.countries.iter().enumerate() {
        push(&c.name, Target::Country(i), NameForm::Name);
        c.aliases.iter().for_each(|a| push(a, Target::Country(i), NameForm::Alias));
        c.adjectives.iter().for_each(|a| push(a, Target::Country(i), NameForm::Adjective));
        c.seats.iter().for_each(|a| push(a, Target::Country(i), NameForm::Seat));
    }
    for (i, o) in lex.orgs.iter().enumerate() {
        push(&o.name, Target::Org(i), NameForm::Name);
        o.aliases.iter().for_each(|a| push(a, Target::Org(i), NameForm::Alias));
        o.adjectives.iter().for_each(|a| push(a, Target::Org(i), NameForm::Adjective));
    }
    for (i, b) in lex.bodies.iter().enumerate() {
        push(&b.name, Target::Body(i), NameForm::Name);
        b.aliases.iter().for_each(|a| push(a, Target::Body(i), NameForm::Alias));
    }
    for (i, p) in lex.people.iter().enumerate() {
        push(&p.name, Target::Person(i), NameForm::Name);
        p.aliases.iter().for_each(|a| push(a, Target::Person(i), NameForm::Alias));
    }
    for (i, p) in lex.places.iter().enumerate() {
        push(&p.name, Target::Place(i), NameForm::Name);
        p.aliases.iter().for_each(|a| push(a, Target::Place(i), NameForm::Alias));
    }
    names
}

/// A phrase's `*` (an actor) and `~` (a few words of the object) stand for
/// words around the phrase's own: the head must be a word, and a `~` needs a
/// word after it to end its gap (at the end or twice over it matches nothing
/// more than no `~` at all, so it is a mistake in the file).
fn misplaced_slot(words: &[String]) -> Option<String> {
    let is_slot = |w: &String| w == "*" || w == "~";
    if words.first().is_some_and(is_slot) {
        return Some(format!("{:?}: a phrase must begin with a word, not `*` or `~`", words.join(" ")));
    }
    let gap_without_word = words.iter().enumerate().any(|(k, w)| w == "~" && words.get(k + 1).is_none_or(is_slot));
    gap_without_word.then(|| format!("{:?}: `~` must be followed by a word of the phrase", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::format::parse_all;

    #[test]
    fn plain_dates_are_read_as_chrono_reads_them() {
        let mut rng = fastrand::Rng::with_seed(8);
        for _ in 0..20_000 {
            let text: String = (0..10)
                .map(|at| match (at, rng.u8(0..20)) {
                    (4 | 7, n) if n > 0 => '-',
                    (_, 0) => ['x', '-', '+', ' '][rng.usize(..4)],
                    _ => char::from(b'0' + rng.u8(0..10)),
                })
                .collect();
            let chrono = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
            assert!(plain_date(&text).is_none_or(|date| Some(date) == chrono), "{text:?}");
            if text.bytes().filter(u8::is_ascii_digit).count() == 8
                && text.as_bytes()[4] == b'-'
                && text.as_bytes()[7] == b'-'
            {
                assert_eq!(plain_date(&text), chrono, "{text:?}");
            }
        }
    }

    fn raw(text: &str) -> Vec<Located<'_>> {
        let (entries, problems) = parse_all("t.lex", text);
        assert!(problems.is_empty(), "{problems:?}");
        entries.into_iter().map(|e| ("t.lex", e)).collect()
    }

    fn lexicon(text: &str) -> Lexicon {
        build(&raw(text)).unwrap_or_else(|err| panic!("{err}"))
    }

    fn problems(text: &str) -> Vec<String> {
        build_all(&raw(text)).1.iter().map(ToString::to_string).collect()
    }

    const NOR: &str = "country NOR | Norway | adj: Norwegian\n";

    #[test]
    fn every_problem_of_every_type_is_found() {
        let text = format!(
            "{NOR}org A | A | kind: club | link: owns | country: SWE | parent: B\n\
             person p | P | country: DNK | org: C | from: 2020-02-30 | to: soon\n\
             place x | X | country: FIN\n\
             agent a | aide | kind: robot | title: maybe\n\
             event e | e | cameo: 4x | goldstein: 11\n\
             verb e | do | forms: do; does | speech: often\n\
             noun f | deed\n"
        );
        let expected = [
            "t.lex:2: kind: \"club\" is not organization or group",
            "t.lex:2: link: \"owns\" is not part_of or based_in",
            "t.lex:3: from: \"2020-02-30\" is not a date YYYY-MM-DD",
            "t.lex:3: to: \"soon\" is not a date YYYY-MM-DD",
            "t.lex:5: kind: \"robot\" is not person, government or group",
            "t.lex:5: title: \"maybe\" is not yes or no",
            "t.lex:6: cameo: \"4x\" is not a CAMEO code of 2 to 4 digits",
            "t.lex:6: goldstein: \"11\" is not a number from -10 to 10",
            // References are checked once every entry is known, words last.
            "t.lex:2: country: \"SWE\" is not a known country id",
            "t.lex:2: org: \"B\" is not a known org id",
            "t.lex:3: country: \"DNK\" is not a known country id",
            "t.lex:3: org: \"C\" is not a known org id",
            "t.lex:4: country: \"FIN\" is not a known country id",
            "t.lex:7: forms: give 5 values: base; 3rd person; past; participle; gerund",
            "t.lex:7: speech: \"often\" is not yes or no",
            "t.lex:8: \"f\" is not an event type declared by an `event` line",
        ];
        assert_eq!(problems(&text), expected);
    }

    #[test]
    fn a_term_ending_before_it_begins() {
        let text = format!("{NOR}person p | P | country: NOR | from: 2020-01-01 | to: 2019-12-31\n");
        assert_eq!(problems(&text), ["t.lex:2: to: 2019-12-31 is before from: 2020-01-01"]);
    }

    #[test]
    fn references_may_point_forward() {
        let text = "org A | A | parent: B | country: NOR\norg B | B\ncountry NOR | Norway\n";
        assert_eq!(problems(text), Vec::<String>::new());
    }

    #[test]
    fn slots_must_stand_between_words() {
        let event = "event e | e | cameo: 040\n";
        for (phrase, problem) in [
            ("* warn", "must begin with a word"),
            ("~ aid", "must begin with a word"),
            ("suspend ~", "`~` must be followed by a word"),
            ("suspend ~ ~ aid", "`~` must be followed by a word"),
            ("suspend ~ * aid", "`~` must be followed by a word"),
        ] {
            let found = problems(&format!("{event}verb e | {phrase}\n"));
            assert!(found.len() == 1 && found[0].contains(problem), "{phrase}: {found:?}");
        }
        assert!(problems(&format!("{event}verb e | suspend ~ aid to\nverb e | hold * responsible\n")).is_empty());
    }

    #[test]
    fn a_bad_event_still_declares_its_type() {
        // One mistake, not a second one on every verb of the type.
        assert_eq!(problems("event e | e | cameo: x\nverb e | do\n").len(), 1);
    }

    #[test]
    fn a_later_person_line_adds_a_term_and_keeps_the_old_name() {
        let lex = lexicon(&format!(
            "{NOR}person p | Ana Petrova | alias: Petrova | country: NOR | role: Foreign Minister | from: 2024-01-01\n\
             person p | Anna Petrova | alias: A. Petrova | country: NOR | role: Prime Minister | from: 2025-01-01\n"
        ));
        assert_eq!(lex.people.len(), 1);
        let p = &lex.people[0];
        assert_eq!(p.name, "Anna Petrova");
        assert_eq!(p.aliases, ["Petrova", "A. Petrova", "Ana Petrova"]);
        let roles: Vec<_> = p.terms.iter().map(|t| t.role.as_deref().unwrap()).collect();
        assert_eq!(roles, ["Foreign Minister", "Prime Minister"]);
        assert!(!lex.lookup_name("Ana Petrova").is_empty(), "the first name still finds her");
    }

    #[test]
    fn later_lines_add_to_countries_orgs_bodies_and_places() {
        let lex = lexicon(&format!(
            "{NOR}country NOR | Kingdom of Norway | adj: Norwegians | seat: Oslo\n\
             org A | Alpha | kind: group | alias: Al | country: NOR\norg A | Alpha Group | alias: AG | cameo: NORGOV\n\
             body fm | Foreign Ministry\nbody fm | Ministry of Foreign Affairs | sector: GOV\n\
             place x | Tromso | country: NOR\nplace x | Tromsø | alias: Tromsoe\n"
        ));
        let c = &lex.countries[0];
        assert_eq!((c.name.as_str(), c.aliases.as_slice()), ("Kingdom of Norway", ["Norway".to_string()].as_slice()));
        assert_eq!(c.adjectives, ["Norwegian", "Norwegians"]);
        assert_eq!(c.seats, ["Oslo"]);
        let o = &lex.orgs[0];
        assert_eq!(
            (o.name.as_str(), o.aliases.as_slice()),
            ("Alpha Group", ["Al", "AG", "Alpha"].map(String::from).as_slice())
        );
        assert_eq!((o.country.as_deref(), o.cameo.as_deref()), (Some("NOR"), Some("NORGOV")), "kept and added");
        assert_eq!(o.kind, ActorKind::Group, "kept");
        let b = &lex.bodies[0];
        assert_eq!((b.name.as_str(), b.sector.as_deref()), ("Ministry of Foreign Affairs", Some("GOV")));
        assert_eq!(b.aliases, ["Foreign Ministry"]);
        let p = &lex.places[0];
        assert_eq!((p.name.as_str(), p.country.as_deref()), ("Tromsø", Some("NOR")));
        assert_eq!(p.aliases, ["Tromsoe", "Tromso"]);
    }

    #[test]
    fn a_later_event_line_overrides() {
        let lex = lexicon("event e | did | cameo: 040\nevent e | done | cameo: 041 | goldstein: 1.0\n");
        assert_eq!(lex.events.len(), 1);
        assert_eq!((lex.events[0].label.as_str(), lex.events[0].cameo.as_str()), ("done", "041"));
    }
}
