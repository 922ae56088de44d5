//! One extraction as a graph of its own, ready to be merged: actor ids of
//! the document become node keys of the corpus.

use std::collections::HashMap;

use super::key::{actor_key, normalize_name};
use super::model::{ActorNode, DocumentRecord, EdgeKey, EdgeProvenance, QuoteRecord, Score};
use super::{KnowledgeGraph, Text};
use crate::extraction::{Extraction, Relation};

/// Standing relations that read the same both ways; stored once, with
/// the endpoints in key order, so "A ally_of B" and "B ally_of A" meet.
const SYMMETRIC: &[&str] = &["ally_of"];

/// Sentence-initial pronouns are capitalized but are no names.
const PRONOUNS: &[&str] =
    &["he", "she", "it", "its", "they", "them", "their", "his", "her", "we", "our", "us", "i", "my"];

pub(crate) fn from_extraction(extraction: &Extraction) -> KnowledgeGraph {
    let doc = Text::from(extraction.id.as_str());
    let doc = &doc;
    let doc_date = extraction.meta.date;
    let mut graph = KnowledgeGraph::new();
    graph.insert_document(DocumentRecord {
        id: doc.clone(),
        date: doc_date,
        title: extraction.meta.title.clone(),
        place: extraction.meta.place.clone(),
        agency: extraction.meta.agency.clone(),
        author: extraction.meta.author.clone(),
    });

    let mut keys: HashMap<&str, String> = HashMap::new();
    for actor in &extraction.actors {
        let key = actor_key(actor);
        let mut node = ActorNode { key: key.clone(), ..ActorNode::default() };
        node.lexicon_id = actor.lexicon_id.as_deref().map(str::trim).filter(|id| !id.is_empty()).map(str::to_string);
        node.names.add(actor.name.trim().to_string(), doc);
        node.kinds.add(actor.kind, doc);
        if let Some(cameo) = &actor.cameo {
            node.cameos.add(cameo.clone(), doc);
        }
        if let Some(country) = &actor.country {
            node.countries.add(country.clone(), doc);
        }
        node.roles.extend(actor.role.iter().map(|r| r.trim().to_string()).filter(|r| !r.is_empty()));
        // Names only: pronouns and descriptions ("it", "the minister") would make every
        // query for "it" match; a name has a capital letter.
        let names =
            actor.mentions.iter().filter(|m| m.text.chars().any(char::is_uppercase)).map(|m| normalize_name(&m.text));
        node.aliases.extend(names.filter(|alias| !alias.is_empty() && !PRONOUNS.contains(&alias.as_str())));
        node.documents.insert(doc.clone());
        graph.union_node(&node);
        keys.insert(actor.id.as_str(), key);
    }

    for relation in &extraction.relations {
        // A relation to an actor the document does not list has nowhere to go.
        let (Some(source), Some(target)) = (keys.get(relation.source.as_str()), keys.get(relation.target.as_str()))
        else {
            continue;
        };
        let (source, target) = if SYMMETRIC.contains(&relation.kind.as_str()) && source > target {
            (target, source)
        } else {
            (source, target)
        };
        let key = EdgeKey {
            source: source.clone(),
            kind: relation.kind.clone(),
            target: target.clone(),
            negated: relation.negated,
            hypothetical: relation.hypothetical,
        };
        graph.union_edge(
            &key,
            std::iter::once(edge_provenance(doc, doc_date, relation, extraction.evidence(&relation.provenance))),
        );
    }

    for quote in &extraction.quotes {
        let key_of = |id: &String| keys.get(id.as_str()).map(Text::from);
        let mut about: Vec<Text> = quote.about.iter().filter_map(key_of).collect();
        about.sort();
        about.dedup();
        graph.insert_quote(&QuoteRecord {
            document: doc.clone(),
            sentence: quote.provenance.sentence,
            span: quote.provenance.span,
            speaker: quote.speaker.as_ref().and_then(key_of),
            addressee: quote.addressee.as_ref().and_then(key_of),
            about,
            text: Text::from(&quote.text),
            verb: quote.verb.as_ref().map(Text::from),
            // The extractor may give an actor id or the words themselves.
            relayed_by: quote.relayed_by.as_ref().map(|r| key_of(r).unwrap_or_else(|| Text::from(r))),
            speaker_description: quote.speaker_description.as_ref().map(Text::from),
            date: quote.date.or(doc_date),
            evidence: Text::from(extraction.evidence(&quote.provenance)),
        });
    }
    graph
}

fn edge_provenance(
    doc: &Text,
    doc_date: Option<chrono::NaiveDate>,
    relation: &Relation,
    evidence: &str,
) -> EdgeProvenance {
    EdgeProvenance {
        document: doc.clone(),
        sentence: relation.provenance.sentence,
        span: relation.provenance.span,
        date: doc_date,
        event_date: relation.date,
        evidence: Text::from(evidence),
        cameo: relation.cameo.as_ref().map(Text::from),
        label: Text::from(&relation.label),
        quad_class: relation
            .quad_class
            .or_else(|| relation.cameo.as_deref().and_then(crate::extraction::QuadClass::of_cameo)),
        goldstein: relation.goldstein.filter(|g| g.is_finite()).map(Score),
        condition: relation.condition.as_ref().map(Text::from),
        role: relation.role.as_ref().map(Text::from),
        place: relation.place.as_ref().map(Text::from),
    }
}
