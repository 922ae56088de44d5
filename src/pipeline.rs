//! One document through every extraction stage.

use crate::clean;
use crate::document::{CleanDocument, RawDocument};
use crate::extraction::{Actor, ActorMention, Extraction, Provenance};
use crate::lexicon::Lexicon;
use crate::{actors, mentions, quotes, relations, text};

/// Clean a raw document and extract from it.
pub fn extract_raw(raw: &RawDocument, lexicon: &Lexicon) -> Extraction {
    extract(&clean::clean(raw), lexicon)
}

/// Every stage after cleaning, for one document.
pub fn extract(doc: &CleanDocument, lexicon: &Lexicon) -> Extraction {
    let date = doc.meta.date;
    let seg = text::segment(&doc.text);
    // Sliced once for both stages that read them, token by token, many times.
    let lowers = seg.lowers();
    let found = mentions::find_mentions_in(&doc.text, &seg, &lowers, lexicon, date);
    let cast = actors::resolve(&doc.text, &found, lexicon, date, doc.meta.place.as_deref());
    let context = relations::Context::with_lowers(&doc.text, &seg, lowers, lexicon, &found, &cast, date);
    let found_relations = relations::find_relations(&context);
    let found_quotes = quotes::find_quotes(&context);

    // Actors appear in the output when named outright or used by a relation or quote.
    let mut used = vec![false; cast.actors.len()];
    for r in &found_relations {
        used[r.source] = true;
        used[r.target] = true;
    }
    for q in &found_quotes {
        for a in q.speaker.iter().chain(&q.addressee).chain(&q.about) {
            used[*a] = true;
        }
    }
    // A seat of government that an event hit is written as the city, not the country.
    // (The cast is not read as a whole again: its map of mentions is taken, not copied.)
    let mut of_mention = cast.of_mention;
    for (&m, &place) in &cast.seat_places {
        if used[place] {
            of_mention[m] = Some(place);
        }
    }
    let mentions_of = MentionsOf::new(&of_mention, cast.actors.len());
    for (a, actor) in cast.actors.iter().enumerate() {
        used[a] |= actor.strong && !mentions_of.get(a).is_empty();
    }
    let mut ids: Vec<Option<String>> = vec![None; cast.actors.len()];
    let mut order: Vec<usize> = Vec::new();
    for actor in of_mention.iter().flatten() {
        if used[*actor] && ids[*actor].is_none() {
            ids[*actor] = Some(actor_id(order.len() + 1));
            order.push(*actor);
        }
    }
    for a in 0..cast.actors.len() {
        if used[a] && ids[a].is_none() {
            ids[a] = Some(actor_id(order.len() + 1));
            order.push(a);
        }
    }
    let id_of = |a: usize| ids[a].clone().unwrap_or_default();
    let relations = found_relations.iter().map(|r| r.to_output(&id_of, &doc.text, &seg, lexicon)).collect();
    let quotes = found_quotes.iter().map(|q| q.to_output(&id_of, &doc.text, &seg, date)).collect();
    let provenance = |start: usize, end: usize| Provenance { sentence: seg.sentence_at(start), span: [start, end] };
    // Each actor of the cast is written out once at most, and the cast is
    // dropped with this function: its strings are moved out, not copied,
    // and so are the actors' ids, last used by the relations and quotes above.
    let mut cast_actors = cast.actors;
    let actors = order
        .iter()
        .map(|&a| {
            let actor = &mut cast_actors[a];
            Actor {
                id: ids[a].take().unwrap_or_default(),
                name: std::mem::take(&mut actor.name),
                kind: actor.kind,
                lexicon_id: actor.lexicon_id.take(),
                cameo: actor.cameo.take(),
                country: actor.country.take(),
                role: actor.role.take(),
                mentions: mentions_of
                    .get(a)
                    .iter()
                    .map(|&m| {
                        let m = &found[m];
                        ActorMention {
                            text: doc.text[m.start..m.end].to_string(),
                            provenance: provenance(m.start, m.end),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let mut extraction =
        Extraction { id: doc.id.clone(), meta: doc.meta.clone(), actors, relations, quotes, sentences: Vec::new() };
    extraction.sentences = evidence(&extraction, &doc.text, &seg);
    extraction
}

/// The mentions of each actor, in text order, kept in one list grouped
/// by actor: a list for each actor cost most of this stage's allocations.
struct MentionsOf {
    /// Actor `a`'s mentions are `mentions[starts[a]..starts[a + 1]]`.
    starts: Vec<usize>,
    mentions: Vec<usize>,
}

impl MentionsOf {
    fn new(of_mention: &[Option<usize>], actors: usize) -> Self {
        let mut starts = vec![0; actors + 1];
        for &a in of_mention.iter().flatten() {
            starts[a + 1] += 1;
        }
        for a in 0..actors {
            starts[a + 1] += starts[a];
        }
        let mut next = starts.clone();
        let mut mentions = vec![0; starts[actors]];
        for (m, a) in of_mention.iter().enumerate() {
            if let Some(a) = *a {
                mentions[next[a]] = m;
                next[a] += 1;
            }
        }
        MentionsOf { starts, mentions }
    }

    fn get(&self, actor: usize) -> &[usize] {
        &self.mentions[self.starts[actor]..self.starts[actor + 1]]
    }
}

/// "a1", "a2", ...: `format!` cost more than the rest of an actor's id and output.
fn actor_id(number: usize) -> String {
    ["a", itoa::Buffer::new().format(number)].concat()
}

/// The text of each sentence that an item of `extraction` was found in.
fn evidence(extraction: &Extraction, text: &str, seg: &text::Segmentation) -> Vec<Option<String>> {
    let count = extraction.provenances().map(|p| p.sentence + 1).max().unwrap_or(0);
    let mut sentences = vec![None; count];
    for p in extraction.provenances() {
        if sentences[p.sentence].is_none() {
            sentences[p.sentence] =
                Some(seg.sentences.get(p.sentence).map_or("", |s| &text[s.start..s.end]).to_string());
        }
    }
    sentences
}
