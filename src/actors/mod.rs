//! Canonical actors: one per real-world actor in the document. Surnames,
//! titles, descriptions and pronouns are resolved to the actor they mean;
//! a government and its forces are its country. Entry point: [`resolve`].

mod keys;

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

pub use keys::ActorKey;

use crate::extraction::ActorKind;
use crate::lexicon::{CountryLink, Gender, Lexicon, Target};
use crate::mentions::{Mention, Pronoun, Referent};

/// An actor of the cast. Its [`ActorKey`] is the cast's index's alone
/// ([`Cast::find`]): the actor made from a mention comes with its key
/// beside it, which interning moves into the index instead of copying.
#[derive(Debug, Clone)]
pub struct CastActor {
    pub name: String,
    pub kind: ActorKind,
    pub lexicon_id: Option<String>,
    pub cameo: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    /// Named by something more than an adjective ("Russian").
    pub strong: bool,
}

/// A standing relation read off names and titles.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    pub source: usize,
    pub target: usize,
    /// `affiliated_with`, `part_of` or `based_in`.
    pub kind: &'static str,
    pub role: Option<String>,
    /// The mention it was read from.
    pub mention: usize,
}

#[derive(Debug, Default)]
pub struct Cast {
    pub actors: Vec<CastActor>,
    /// For each mention (same order as the mentions), its actor.
    pub of_mention: Vec<Option<usize>>,
    pub standing: Vec<Standing>,
    people_by_surname: FxHashMap<String, Vec<usize>>,
    /// For each actor, the last mention resolved to it so far (0 before any).
    last_seen: Vec<usize>,
    people_by_part: FxHashMap<String, Vec<usize>>,
    /// People the text has called "he" or "she".
    pub genders: FxHashMap<usize, Pronoun>,
    /// For a mention of a seat of government ("Paris", "Juba"), the city as a
    /// place: the country acts through it, but force hits the city.
    pub seat_places: FxHashMap<usize, usize>,
    index: FxHashMap<ActorKey, usize>,
    /// Lexicon country -> its actor: countries are most of the mentions, and
    /// this finds theirs without building the actor again ([`Cast::intern_country`]).
    country_actors: FxHashMap<usize, usize>,
    /// Lexicon organization, person or place -> its actor, for the same reason.
    entry_actors: FxHashMap<Target, usize>,
    /// (Lexicon country, its seat of government) -> the seat's place actor.
    seat_actors: FxHashMap<(usize, usize), usize>,
    /// Agent id ("rebels") -> the first group actor of that agent, of any
    /// country: what a bare "the rebels" means, found without a scan of
    /// every actor for each one.
    first_group: FxHashMap<String, usize>,
}

impl Cast {
    fn intern(&mut self, (key, actor): (ActorKey, CastActor)) -> usize {
        if let Some(&i) = self.index.get(&key) {
            let existing = &mut self.actors[i];
            existing.strong |= actor.strong;
            if actor.kind == ActorKind::Person
                && actor.name.len() > existing.name.len()
                && existing.lexicon_id.is_none()
            {
                existing.name = actor.name;
                self.index_person_name(i);
            }
            if self.actors[i].role.is_none() {
                self.actors[i].role = actor.role;
            }
            return i;
        }
        let i = self.actors.len();
        if let ActorKey::Group(key) = &key {
            // A group's key is its agent's id, ':' and the country code.
            let agent = key.rsplit_once(':').map_or(key.as_str(), |(agent, _)| agent);
            if !self.first_group.contains_key(agent) {
                self.first_group.insert(agent.to_string(), i);
            }
        }
        self.index.insert(key, i);
        self.actors.push(actor);
        if self.actors[i].kind == ActorKind::Person {
            self.index_person_name(i);
        }
        i
    }

    /// The actor of lexicon country `c`: what `intern(resolver.country_actor(c,
    /// strong))` gives, without making the actor's strings again once the
    /// document has it (interning it again would only add `strong`).
    fn intern_country(&mut self, resolver: &keys::Resolver, c: usize, strong: bool) -> usize {
        if let Some(&i) = self.country_actors.get(&c) {
            self.actors[i].strong |= strong;
            return i;
        }
        let i = self.intern(resolver.country_actor(c, strong));
        self.country_actors.insert(c, i);
        i
    }

    /// The actor of a lexicon organization, person or place: what
    /// `intern(resolver.actor_for(referent))` gives, without making the actor's
    /// strings again once the document has it (interning a lexicon entry
    /// again only adds `strong`: its name and role come from the lexicon).
    fn intern_entry(
        &mut self,
        resolver: &keys::Resolver,
        target: Target,
        referent: &Referent,
        mention: &Mention,
    ) -> Option<usize> {
        if let Some(&i) = self.entry_actors.get(&target) {
            self.actors[i].strong |= keys::entry_is_strong(target, mention);
            return Some(i);
        }
        let i = self.intern(resolver.actor_for(referent, mention)?);
        self.entry_actors.insert(target, i);
        Some(i)
    }

    /// The place actor of a seat of government, made once per document.
    fn intern_seat(&mut self, resolver: &keys::Resolver, c: usize, seat: usize) -> usize {
        if let Some(&i) = self.seat_actors.get(&(c, seat)) {
            return i;
        }
        let i = self.intern(resolver.seat_place(c, seat));
        self.seat_actors.insert((c, seat), i);
        i
    }

    /// Surnames and name parts of people, so that "Kerry" or "Dawit" finds
    /// them without a scan of every actor.
    fn index_person_name(&mut self, i: usize) {
        // Each index owns its keys; a name part already in it is not copied again.
        fn add(index: &mut FxHashMap<String, Vec<usize>>, key: &str, i: usize) {
            match index.get_mut(key) {
                Some(people) if people.contains(&i) => {}
                Some(people) => people.push(i),
                None => {
                    index.insert(key.to_string(), vec![i]);
                }
            }
        }
        let name = &self.actors[i].name;
        if let Some(surname) = name.rsplit([' ', '\u{a0}']).next() {
            add(&mut self.people_by_surname, surname, i);
        }
        for part in name.split(' ') {
            add(&mut self.people_by_part, part, i);
        }
    }

    /// The person named with this surname (or this single name); of two
    /// people who share it, the one mentioned last.
    pub fn person_by_surname(&self, surname: &str) -> Option<usize> {
        let people = self.people_by_surname.get(surname)?;
        people.iter().copied().max_by_key(|&p| self.last_seen.get(p).copied().unwrap_or(0))
    }

    /// The person the text already named with exactly this full name.
    pub fn person_named(&self, name: &str) -> Option<usize> {
        let surname = name.rsplit(' ').next()?;
        self.people_by_surname.get(surname)?.iter().copied().find(|&p| self.actors[p].name == name)
    }

    /// People one of whose names is `part`.
    pub fn people_with_part(&self, part: &str) -> &[usize] {
        self.people_by_part.get(part).map_or(&[], Vec::as_slice)
    }

    pub fn find(&self, key: &ActorKey) -> Option<usize> {
        self.index.get(key).copied()
    }

    /// The city of a seat-of-government mention, as a place actor.
    pub fn seat_place(&self, m: usize) -> Option<usize> {
        self.seat_places.get(&m).copied()
    }
}

pub fn resolve(
    text: &str,
    mentions: &[Mention],
    lex: &Lexicon,
    date: Option<NaiveDate>,
    dateline: Option<&str>,
) -> Cast {
    let mut resolver = keys::Resolver::new(text, lex, date, dateline, mentions);
    // The maps that take a key for most actors are made as large as they can
    // get: grown step by step, each step hashed every key again, and that was
    // a good part of resolving a document.
    let n = mentions.len();
    let mut cast = Cast {
        // Room for an actor per mention, more than any document has: the
        // list is not moved as it grows.
        actors: Vec::with_capacity(n),
        last_seen: Vec::with_capacity(n),
        of_mention: vec![None; n],
        index: sized_map(n),
        country_actors: sized_map(n),
        entry_actors: sized_map(n),
        people_by_surname: sized_map(n),
        people_by_part: sized_map(n),
        ..Cast::default()
    };
    for (m, mention) in mentions.iter().enumerate() {
        let actor = match &mention.referent {
            Referent::Pronoun(pronoun) => resolve_pronoun(&mut cast, mentions, m, lex, *pronoun),
            // "Norway's foreign minister warned Russia": with no one named for the office,
            // the office's country acts.
            Referent::Description { agent, country } => resolve_description(&cast, mentions, m, lex, *agent, *country)
                .or_else(|| country.map(|c| cast.intern_country(&resolver, c, true))),
            Referent::OrgDescription { noun } => resolve_org_description(&cast, mentions, m, noun),
            Referent::Government { country: None } => resolver.current_government().map(|c| {
                let strong = true;
                cast.intern_country(&resolver, c, strong)
            }),
            Referent::Proper { name } => resolver.proper(&mut cast, name, mentions, m),
            // "rebels" after "Syrian rebels" (or before it): one group.
            Referent::Group { agent, country } => {
                let id = lex.agents[*agent].id.as_str();
                let named = match country {
                    None => cast.first_group.get(id).copied(),
                    Some(_) => cast.find(&ActorKey::Group([id, ":"].concat())),
                };
                // The group's actor is made only when it adds to the cast: the words
                // of a bare group add nothing to one named before, and interning a
                // group the cast has again only makes it strong, as groups are.
                let country_code = country.map(|c| lex.countries[c].code.as_str());
                match named {
                    Some(existing) if country.is_none() => Some(existing),
                    Some(existing) => {
                        if let Some((_, fresh)) = resolver.actor_for(&mention.referent, mention) {
                            let actor = &mut cast.actors[existing];
                            actor.name = fresh.name;
                            actor.country = fresh.country;
                            actor.cameo = fresh.cameo;
                        }
                        Some(existing)
                    }
                    None => match cast.find(&keys::group_key(lex, *agent, country_code)) {
                        Some(known) => {
                            cast.actors[known].strong = true;
                            Some(known)
                        }
                        None => resolver.actor_for(&mention.referent, mention).map(|actor| cast.intern(actor)),
                    },
                }
            }
            referent => match (keys::country_named(referent, mention), referent) {
                (Some((c, strong)), _) => Some(cast.intern_country(&resolver, c, strong)),
                (
                    None,
                    Referent::Entry {
                        target: target @ (Target::Org(_) | Target::Person(_) | Target::Place(_)), ..
                    },
                ) => cast.intern_entry(&resolver, *target, referent, mention),
                (None, _) => resolver.actor_for(referent, mention).map(|actor| cast.intern(actor)),
            },
        };
        cast.of_mention[m] = actor;
        if let Some(a) = actor {
            if cast.last_seen.len() <= a {
                cast.last_seen.resize(a + 1, 0);
            }
            cast.last_seen[a] = m;
        }
        if let (Some(_), Referent::Entry { target: Target::Country(c), adjective: false }) = (actor, &mention.referent)
        {
            resolver.note_country(*c);
            if let Some(seat) = resolver.seat_named(*c, mention) {
                let place = cast.intern_seat(&resolver, *c, seat);
                cast.seat_places.insert(m, place);
            }
        }
        if let (Some(a), Referent::Government { country: Some(c) }) = (actor, &mention.referent) {
            resolver.note_government(*c, a);
        }
        if let Some(a) = actor {
            add_standing(&mut cast, &mut resolver, lex, date, mentions, m, a);
        }
    }
    add_lexicon_links(&mut cast, lex, date);
    cast
}

fn sized_map<K, V>(capacity: usize) -> FxHashMap<K, V> {
    FxHashMap::with_capacity_and_hasher(capacity, Default::default())
}

fn add_standing(
    cast: &mut Cast,
    resolver: &mut keys::Resolver,
    lex: &Lexicon,
    date: Option<NaiveDate>,
    mentions: &[Mention],
    m: usize,
    actor: usize,
) {
    let mention = &mentions[m];
    if let Some(aff) = &mention.affiliation {
        // Most are of a country ("Russian Foreign Minister"): found without making its actor again.
        let target = aff.of.as_deref().and_then(|r| match (keys::country_named(r, mention), r) {
            (Some((c, _)), _) => Some(cast.intern_country(resolver, c, true)),
            // "the bloc's envoy": the organization the text named before.
            (None, Referent::OrgDescription { noun }) => resolve_org_description(cast, mentions, m, noun),
            (None, _) => resolver.actor_for(r, mention).map(|(key, mut t)| {
                t.strong = true;
                cast.intern((key, t))
            }),
        });
        // "Ethiopian Foreign Ministry spokesman": the ministry is part of its country.
        if let (Some(body), Some(Referent::Body { country, .. })) = (target, aff.of.as_deref()) {
            let state = cast.intern_country(resolver, *country, true);
            push_standing(cast, Standing { source: body, target: state, kind: "part_of", role: None, mention: m });
        }
        let target = target.or_else(|| {
            // Lexicon people without a written anchor: the office they held then.
            let Referent::Entry { target: Target::Person(p), .. } = mention.referent else { return None };
            let country = lex.people[p].term_at(date)?.country.as_deref()?;
            let c = lex.country_index(country)?;
            Some(cast.intern_country(resolver, c, true))
        });
        if let Some(target) = target {
            if cast.actors[actor].role.is_none() {
                cast.actors[actor].role = Some(aff.role.clone());
            }
            push_standing(
                cast,
                Standing { source: actor, target, kind: "affiliated_with", role: Some(aff.role.clone()), mention: m },
            );
        }
    }
    if let Referent::Body { country, .. } = mention.referent {
        let target = cast.intern_country(resolver, country, true);
        push_standing(cast, Standing { source: actor, target, kind: "part_of", role: None, mention: m });
    }
    if let Referent::NewOrg { kind, .. } = mention.referent {
        if let Some(c) = resolver.country_before_mention(m) {
            let target = cast.intern_country(resolver, c, true);
            let link = if kind == ActorKind::Group { "based_in" } else { "part_of" };
            push_standing(cast, Standing { source: actor, target, kind: link, role: None, mention: m });
        }
    }
}

fn push_standing(cast: &mut Cast, standing: Standing) {
    if standing.source != standing.target
        && !cast
            .standing
            .iter()
            .any(|s| s.source == standing.source && s.target == standing.target && s.kind == standing.kind)
    {
        cast.standing.push(standing);
    }
}

/// Lexicon facts about actors the text names: a ministry is part of its
/// country, an organ of its organization, a person serves their country.
fn add_lexicon_links(cast: &mut Cast, lex: &Lexicon, date: Option<NaiveDate>) {
    let mut first_mentions = vec![0; cast.actors.len()];
    for (m, actor) in cast.of_mention.iter().enumerate().rev() {
        if let Some(a) = actor {
            first_mentions[*a] = m;
        }
    }
    for (a, &first_mention) in first_mentions.iter().enumerate() {
        if !cast.actors[a].strong {
            continue;
        }
        let Some(id) = cast.actors[a].lexicon_id.as_deref() else { continue };
        let mut links: Vec<(Option<usize>, &'static str, Option<String>)> = Vec::new();
        if let Some(o) = lex.org(id) {
            let kind = if o.link == CountryLink::BasedIn { "based_in" } else { "part_of" };
            if let Some(c) = o.country.as_deref().and_then(|c| lex.country_index(c)) {
                links.push((cast.find(&ActorKey::Country(lex.countries[c].code.clone())), kind, None));
            }
            if let Some(parent) = &o.parent {
                links.push((cast.find(&ActorKey::Lexicon(parent.clone())), "part_of", None));
            }
        }
        if let Some(p) = lex.person_index(id) {
            if let Some(term) = lex.people[p].term_at(date) {
                if let Some(c) = term.country.as_deref() {
                    links.push((cast.find(&ActorKey::Country(c.to_string())), "affiliated_with", term.role.clone()));
                }
                if let Some(org) = &term.org {
                    links.push((cast.find(&ActorKey::Lexicon(org.clone())), "affiliated_with", term.role.clone()));
                }
            }
        }
        for (target, kind, role) in links {
            if let Some(target) = target.filter(|t| cast.actors[*t].strong) {
                push_standing(cast, Standing { source: a, target, kind, role, mention: first_mention });
            }
        }
    }
}

/// The nearest earlier mention (this sentence or the two before) whose actor fits.
fn nearest_before(
    cast: &Cast,
    mentions: &[Mention],
    m: usize,
    fits: impl Fn(&CastActor, &Mention) -> bool,
) -> Option<usize> {
    let sentence = mentions[m].sentence;
    (0..m)
        .rev()
        .take_while(|&k| mentions[k].sentence + 2 >= sentence)
        .find_map(|k| named_actor(cast, mentions, k, &fits))
}

/// The actor of mention `k`, if a name or word (not a pronoun) made it and it fits.
fn named_actor(
    cast: &Cast,
    mentions: &[Mention],
    k: usize,
    fits: &impl Fn(&CastActor, &Mention) -> bool,
) -> Option<usize> {
    let actor = cast.of_mention[k]?;
    (!mentions[k].is_pronoun() && fits(&cast.actors[actor], &mentions[k])).then_some(actor)
}

/// The first actor of the sentence of mention `m`, before it, that fits.
fn first_in_sentence(
    cast: &Cast,
    mentions: &[Mention],
    m: usize,
    fits: impl Fn(&CastActor, &Mention) -> bool,
) -> Option<usize> {
    let sentence = mentions[m].sentence;
    let start = (0..m).rev().take_while(|&k| mentions[k].sentence == sentence).last()?;
    (start..m).find_map(|k| named_actor(cast, mentions, k, &fits))
}

fn resolve_pronoun(cast: &mut Cast, mentions: &[Mention], m: usize, lex: &Lexicon, pronoun: Pronoun) -> Option<usize> {
    match pronoun {
        Pronoun::Masculine | Pronoun::Feminine => {
            let person = resolve_person_pronoun(cast, mentions, m, lex, pronoun)?;
            cast.genders.entry(person).or_insert(pronoun);
            Some(person)
        }
        Pronoun::Neuter => {
            let fits = |a: &CastActor, mention: &Mention| {
                matches!(a.kind, ActorKind::Country | ActorKind::Organization)
                    && !matches!(mention.referent, Referent::Entry { adjective: true, .. })
            };
            // "The Treasury sanctioned officers of the Guard whom it accused": the
            // nearest name is what "whom" stands for; "it" is the sentence's subject.
            let subject = mentions[m].after_relative.then(|| first_in_sentence(cast, mentions, m, fits)).flatten();
            subject.or_else(|| nearest_before(cast, mentions, m, fits))
        }
        // "Palestinian leaders said they would ...": officials in the plural are their
        // state, within the sentence that names them.
        Pronoun::Plural => {
            let sentence = mentions[m].sentence;
            nearest_before(cast, mentions, m, |a, mention| {
                a.kind == ActorKind::Group
                    || mention.sentence == sentence
                        && matches!(mention.referent, Referent::Government { country: Some(_) })
            })
        }
        // Inside quotations the speaker's side; the quotes stage decides.
        Pronoun::FirstPlural | Pronoun::FirstSingular => None,
    }
}

/// "he" and "she": the nearest person before it in its own sentence, else
/// the subject (first person) of the sentences before; never someone the
/// text already called by the other pronoun, or whose first name marks the
/// other gender.
fn resolve_person_pronoun(
    cast: &Cast,
    mentions: &[Mention],
    m: usize,
    lex: &Lexicon,
    pronoun: Pronoun,
) -> Option<usize> {
    let sentence = mentions[m].sentence;
    let gender_fits = |actor: usize| match cast.genders.get(&actor) {
        Some(said) => *said == pronoun,
        None => lex.given_name_gender(&cast.actors[actor].name).is_none_or(|gender| {
            let feminine = gender == Gender::Female;
            feminine == (pronoun == Pronoun::Feminine)
        }),
    };
    let person_at = |k: usize| -> Option<usize> {
        let actor = cast.of_mention[k]?;
        let fits = cast.actors[actor].kind == ActorKind::Person
            && gender_fits(actor)
            && !matches!(mentions[k].referent, Referent::Pronoun(p) if p != pronoun);
        fits.then_some(actor)
    };
    // "In a letter to Guterres, he wrote": the object of an opening phrase is not
    // the subject that follows it.
    let opening_phrase_end = opening_phrase_end(mentions, m);
    let same_sentence = (0..m)
        .rev()
        .take_while(|&k| {
            mentions[k].sentence == sentence && opening_phrase_end.is_none_or(|end| mentions[k].start > end)
        })
        .find_map(person_at);
    same_sentence.or_else(|| {
        (1..=3).find_map(|back| {
            let target = sentence.checked_sub(back)?;
            // The mentions of that sentence, found walking back from this one.
            let end = (0..m).rev().find(|&k| mentions[k].sentence <= target)? + 1;
            let start = (0..end).rev().take_while(|&k| mentions[k].sentence == target).last()?;
            (start..end).find_map(person_at)
        })
    })
}

/// When mention `m` follows the comma that closes a sentence-opening phrase
/// ("In a call with X, he ..."), the byte offset of that comma.
fn opening_phrase_end(mentions: &[Mention], m: usize) -> Option<usize> {
    let sentence = mentions[m].sentence;
    let first = (0..m).rev().take_while(|&k| mentions[k].sentence == sentence).last()?;
    // The opening phrase ends where the pronoun's clause begins: right before it.
    let previous = &mentions[m - 1];
    (m > first && previous.sentence == sentence && mentions[m].opens_clause).then_some(previous.end)
}

fn resolve_description(
    cast: &Cast,
    mentions: &[Mention],
    m: usize,
    lex: &Lexicon,
    agent: usize,
    country: Option<usize>,
) -> Option<usize> {
    let word = lex.agents[agent].phrase.last()?.as_str();
    let country_code = country.map(|c| lex.countries[c].code.as_str());
    let sentence = mentions[m].sentence;
    (0..m)
        .rev()
        .take_while(|&k| mentions[k].sentence + 6 >= sentence)
        .find_map(|k| {
            let a = cast.of_mention[k]?;
            let actor = &cast.actors[a];
            // The role is lower-cased (a copy) last, for a person who fits otherwise.
            let country_fits = country_code.is_none() || actor.country.as_deref() == country_code;
            let role_fits = || actor.role.as_deref().is_some_and(|r| r.to_lowercase().contains(word));
            (actor.kind == ActorKind::Person && country_fits && role_fits()).then_some(a)
        })
        .or_else(|| {
            // "the envoy" for someone introduced as "ambassador": the last person named nearby.
            (0..m).rev().take_while(|&k| mentions[k].sentence + 2 >= sentence).find_map(|k| {
                let a = cast.of_mention[k]?;
                let actor = &cast.actors[a];
                let country_fits = country_code.is_none() || actor.country.as_deref() == country_code;
                (actor.kind == ActorKind::Person && country_fits && !mentions[k].is_pronoun()).then_some(a)
            })
        })
}

fn resolve_org_description(cast: &Cast, mentions: &[Mention], m: usize, noun: &str) -> Option<usize> {
    let sentence = mentions[m].sentence;
    let wants_country = matches!(noun, "kingdom" | "country" | "republic" | "emirate");
    (0..m).rev().take_while(|&k| mentions[k].sentence + 10 >= sentence).find_map(|k| {
        let a = cast.of_mention[k]?;
        let actor = &cast.actors[a];
        let fits = if wants_country {
            actor.kind == ActorKind::Country && actor.strong
        } else {
            // "the bloc" and "the alliance" are the organization of states last named
            // (the EU, NATO); "the council" is one with Council in its name.
            matches!(actor.kind, ActorKind::Organization | ActorKind::Group)
                && (actor.name.to_lowercase().contains(noun)
                    || matches!(noun, "group" | "organization" | "organisation" | "body" | "movement")
                    || matches!(noun, "bloc" | "alliance" | "union" | "coalition" | "league")
                        && actor.kind == ActorKind::Organization
                        && actor.country.is_none())
        };
        fits.then_some(a)
    })
}
