//! Actor names as a person types them: any case, with or without
//! accents and "the", the full name, a mention seen in the text, the key,
//! or a surname.

use crate::error::{Error, Result};
use crate::extraction::ActorKind;
use crate::graph::{normalize_name, ActorNode, KnowledgeGraph};

/// How many close matches an error lists.
const SUGGESTIONS: usize = 5;

/// The keys of the nodes `name` designates, from the best kind of match
/// found: the key itself, then the node name, then a mention text, then a
/// surname (the last word of a person's name or mention). Several nodes
/// can share the best match ("Smith"); all are returned. An unknown name
/// is an error listing close matches.
pub fn resolve(graph: &KnowledgeGraph, name: &str) -> Result<Vec<String>> {
    let wanted = normalize_name(name);
    let typed = name.trim().to_lowercase();
    let nodes = graph.nodes();
    let tiers: [&dyn Fn(&ActorNode) -> bool; 4] = [
        &|n| n.key.to_lowercase() == typed,
        &|n| !wanted.is_empty() && n.names.0.keys().any(|name| normalize_name(name) == wanted),
        &|n| !wanted.is_empty() && n.aliases.contains(&wanted),
        &|n| n.kind() == ActorKind::Person && !wanted.contains(' ') && surnames(n).any(|s| s == wanted),
    ];
    for matches in tiers {
        let keys: Vec<String> = nodes.iter().filter(|n| matches(n)).map(|n| n.key.clone()).collect();
        if !keys.is_empty() {
            return Ok(keys);
        }
    }
    Err(Error::Usage(unknown_message(name, &wanted, &nodes)))
}

/// Like [`resolve`], for where one actor is needed: several matches are an
/// error that lists them.
pub fn resolve_one(graph: &KnowledgeGraph, name: &str) -> Result<String> {
    let mut keys = resolve(graph, name)?;
    if keys.len() == 1 {
        return Ok(keys.remove(0));
    }
    let listed: Vec<String> = keys.iter().map(|k| format!("{} ({k})", graph.name_of(k))).collect();
    Err(Error::Usage(format!("\"{name}\" could be any of: {}; give the full name or the key", listed.join(", "))))
}

fn surnames(node: &ActorNode) -> impl Iterator<Item = String> + '_ {
    let names = node.names.0.keys().map(|n| normalize_name(n));
    names.chain(node.aliases.iter().cloned()).filter_map(|n| n.rsplit(' ').next().map(str::to_string))
}

fn unknown_message(name: &str, wanted: &str, nodes: &[&ActorNode]) -> String {
    let mut scored: Vec<(usize, &str, &str)> = Vec::new();
    for node in nodes {
        let spellings = node
            .names
            .0
            .keys()
            .map(|n| normalize_name(n))
            .chain(node.aliases.iter().cloned())
            .chain(std::iter::once(node.key.to_lowercase()));
        let best = spellings.map(|s| closeness(wanted, &s)).min();
        if let Some(score) = best.filter(|&score| score <= wanted.chars().count().max(3) / 3) {
            scored.push((score, node.name(), &node.key));
        }
    }
    scored.sort();
    let mut message = format!("no actor \"{name}\" in the graph");
    if scored.is_empty() {
        message.push_str(" (no close match; `diplograph query GRAPH relations` lists the actors that have relations)");
    } else {
        let listed: Vec<String> =
            scored.iter().take(SUGGESTIONS).map(|(_, name, key)| format!("{name} ({key})")).collect();
        message.push_str(&format!("; close matches: {}", listed.join(", ")));
    }
    message
}

/// Edit distance, or 0 when one spelling contains the other as a word
/// ("kery" is 1 from "kerry"; "lavrov" is in "sergey lavrov").
fn closeness(wanted: &str, spelling: &str) -> usize {
    if !wanted.is_empty() && spelling.split(' ').any(|w| w == wanted) {
        return 0;
    }
    let a: Vec<char> = wanted.chars().collect();
    let b: Vec<char> = spelling.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::test_support::{actor, doc};

    fn graph() -> KnowledgeGraph {
        let mut e = doc("d1", "2016-01-01");
        e.actors.push(actor("a1", "John Kerry", ActorKind::Person, Some("kerry-john"), &["Kerry", "the secretary"]));
        e.actors.push(actor("a2", "Russia", ActorKind::Country, Some("RUS"), &["Moscow", "Russia's"]));
        e.actors.push(actor("a3", "Sergey Lavrov", ActorKind::Person, Some("lavrov"), &["Lavrov"]));
        e.actors.push(actor("a4", "Anne Smith", ActorKind::Person, None, &[]));
        e.actors.push(actor("a5", "Bob Smith", ActorKind::Person, None, &[]));
        let mut g = KnowledgeGraph::new();
        g.add_extraction(&e);
        g
    }

    #[test]
    fn matches_names_the_way_people_type_them() {
        let g = graph();
        for typed in ["kerry", "John Kerry", "KERRY", "kerry-john", "john  kerry"] {
            assert_eq!(resolve(&g, typed).unwrap(), ["kerry-john"], "{typed}");
        }
        for typed in ["Russia", "moscow", "rus", "Russia’s"] {
            assert_eq!(resolve(&g, typed).unwrap(), ["RUS"], "{typed}");
        }
        assert_eq!(resolve(&g, "smith").unwrap(), ["person:anne smith", "person:bob smith"]);
        assert!(resolve_one(&g, "smith").unwrap_err().to_string().contains("Anne Smith"));
    }

    #[test]
    fn unknown_names_list_close_matches() {
        let g = graph();
        let message = resolve(&g, "Kery").unwrap_err().to_string();
        assert!(message.contains("no actor \"Kery\""), "{message}");
        assert!(message.contains("John Kerry (kerry-john)"), "{message}");
        let message = resolve(&g, "Zzyzx Qwerty").unwrap_err().to_string();
        assert!(message.contains("no close match"), "{message}");
    }
}
