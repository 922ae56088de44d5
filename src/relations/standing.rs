//! Standing relations: from titles and names (the cast), and from
//! compounds and appositives ("its ally Russia", "anti-Assad rebels",
//! "U.S.-based Physicians for Human Rights").

use super::{Context, FoundRelation, RelationKind};

pub fn from_cast(ctx: &Context) -> Vec<FoundRelation> {
    ctx.cast
        .standing
        .iter()
        .map(|s| {
            let m = &ctx.mentions[s.mention];
            FoundRelation {
                source: s.source,
                target: s.target,
                kind: RelationKind::Standing(s.kind),
                negated: false,
                hypothetical: false,
                condition: None,
                role: s.role.clone(),
                date: None,
                span: (m.start, m.end),
            }
        })
        .collect()
}

fn standing(source: usize, target: usize, kind: &'static str, span: (usize, usize)) -> FoundRelation {
    FoundRelation {
        source,
        target,
        kind: RelationKind::Standing(kind),
        negated: false,
        hypothetical: false,
        condition: None,
        role: None,
        date: None,
        span,
    }
}

pub fn from_compounds(ctx: &Context) -> Vec<FoundRelation> {
    let mut found = Vec::new();
    let mentions = ctx.mentions;
    for (m, mention) in mentions.iter().enumerate() {
        let Some(actor) = ctx.actor(m) else { continue };
        // "U.S.-based Physicians for Human Rights": the next mention is based in this one.
        if let Some(suffix) = mention.suffix {
            let next = mentions.get(m + 1).filter(|n| n.sentence == mention.sentence && n.first <= mention.last + 3);
            if let (Some(n), "based") = (next, suffix) {
                if let Some(target) = ctx.actor(m + 1) {
                    found.push(standing(target, actor, "based_in", (mention.start, n.end)));
                }
            }
        }
        // "anti-Assad rebels": the next mention opposes this one.
        if mention.prefix == Some("anti") {
            if let Some(next) =
                mentions.get(m + 1).filter(|n| n.sentence == mention.sentence && n.first <= mention.last + 1)
            {
                if let Some(source) = ctx.actor(m + 1) {
                    found.push(standing(source, actor, "opposes", (mention.start, next.end)));
                }
            }
        }
        // "its ally Russia", "Egypt and its ally Sudan", "Russia's ally, China"
        if mention.first >= 1 {
            let before = ctx.seg.lower(mention.first - 1);
            let ally_word = matches!(before, "ally" | "allies" | "partner" | "partners");
            if ally_word && mention.first >= 2 {
                let owner = mention.first - 2;
                let owner_word = ctx.seg.lower(owner);
                let owner_actor = if matches!(owner_word, "its" | "their" | "his" | "her") {
                    mentions[..m].iter().rposition(|x| x.first == owner).and_then(|k| ctx.actor(k))
                } else if owner_word == "'s" {
                    mentions[..m].iter().rposition(|x| x.last == owner).and_then(|k| ctx.actor(k))
                } else {
                    None
                };
                if let Some(owner_actor) = owner_actor {
                    found.push(standing(actor, owner_actor, "ally_of", (mention.start, mention.end)));
                }
            }
        }
    }
    found
}
