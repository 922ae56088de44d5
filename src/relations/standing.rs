//! Standing relations: from titles and names (the cast), and from
//! compounds and appositives ("its ally Russia", "anti-Assad rebels",
//! "U.S.-based Physicians for Human Rights").

use super::classes::class;
use super::{Clauses, Context, FoundRelation, RelationKind};

pub fn from_cast(ctx: &Context) -> Vec<FoundRelation> {
    ctx.cast
        .standing
        .iter()
        .map(|s| {
            let m = &ctx.mentions[s.mention];
            FoundRelation {
                role: s.role.clone(),
                ..FoundRelation::new(s.source, s.target, RelationKind::Standing(s.kind), (m.start, m.end))
            }
        })
        .collect()
}

fn standing(source: usize, target: usize, kind: &'static str, span: (usize, usize)) -> FoundRelation {
    FoundRelation::new(source, target, RelationKind::Standing(kind), span)
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
    }
    found.extend(alliances(ctx));
    found
}

/// Adjectives between an owner and "ally": "North Korea's main ally".
const ALLY_ADJECTIVES: &[&str] = &[
    "main",
    "closest",
    "close",
    "key",
    "staunch",
    "treaty",
    "longtime",
    "long-time",
    "traditional",
    "old",
    "strongest",
    "strategic",
    "regional",
    "top",
    "chief",
    "major",
    "important",
    "steadfast",
];

/// "its ally Russia", "Egypt and its allies Japan and South Korea",
/// "China, North Korea's main ally": X ally_of the owner of "ally".
fn alliances(ctx: &Context) -> Vec<FoundRelation> {
    let clauses = Clauses::new(ctx);
    let mut found = Vec::new();
    for sentence in &ctx.seg.sentences {
        let range = sentence.tokens.clone();
        for t in ctx.tokens_of(range.clone(), class::ALLY) {
            if clauses.mention_at(t).is_some() {
                continue;
            }
            let mut k = t;
            while k > range.start && ALLY_ADJECTIVES.contains(&ctx.lower(k - 1)) {
                k -= 1;
            }
            // "Iran, a close ally of Russia," / "Iran is an ally of Russia": the owner follows "of".
            if t + 2 < range.end && ctx.lower(t + 1) == "of" {
                if let (Some(owner), Some(ally)) =
                    (clauses.first_mention_from(t + 2, &range, 3), described_before(ctx, &clauses, k, &range))
                {
                    if let (Some(owner_actor), Some(ally_actor)) = (ctx.actor(owner), ctx.actor(ally)) {
                        if owner_actor != ally_actor {
                            let span = (ctx.seg.tokens[k.min(t)].start, ctx.mentions[owner].end);
                            found.push(standing(ally_actor, owner_actor, "ally_of", span));
                        }
                    }
                }
                continue;
            }
            let Some(owner_token) = k.checked_sub(1).filter(|&o| o >= range.start) else { continue };
            let owner = match ctx.lower(owner_token) {
                "its" | "their" | "his" | "her" => clauses.mention_at(owner_token),
                "'s" | "'" => owner_token.checked_sub(1).and_then(|o| clauses.mention_at(o)),
                _ => None,
            };
            let Some(owner_actor) = owner.and_then(|o| ctx.actor(o)) else { continue };
            let owner_first = owner.map_or(owner_token, |o| ctx.mentions[o].first.min(owner_token));
            let mut allies = Vec::new();
            let after = if t + 1 < range.end && ctx.lower(t + 1) == "," { t + 2 } else { t + 1 };
            if let Some(m) = clauses.mention_at(after).filter(|&m| ctx.mentions[m].first == after) {
                allies.extend(clauses.coordinated_right(m, range.end));
            }
            // Appositive: "China, North Korea's main ally and trading partner,"
            if allies.is_empty() && owner_first > range.start + 1 && ctx.lower(owner_first - 1) == "," {
                if let Some(m) = clauses.mention_at(owner_first - 2) {
                    allies.push(m);
                }
            }
            let span = (ctx.seg.tokens[k.min(t)].start, ctx.seg.tokens[t].end);
            for ally in allies.into_iter().filter_map(|m| ctx.actor(m)) {
                if ally != owner_actor {
                    found.push(standing(ally, owner_actor, "ally_of", span));
                }
            }
        }
    }
    found
}

/// The actor an "a close ally of Y" phrase describes: the mention before the
/// appositive comma ("Iran, a close ally") or before a copula ("Iran is an ally").
fn described_before(
    ctx: &Context,
    clauses: &Clauses,
    noun_start: usize,
    range: &std::ops::Range<usize>,
) -> Option<usize> {
    let mut k = noun_start;
    while k > range.start && matches!(ctx.lower(k - 1), "a" | "an" | "the" | "one") {
        k -= 1;
    }
    let link = k.checked_sub(1).filter(|&l| l >= range.start)?;
    let before = match ctx.lower(link) {
        "," | "is" | "was" | "remains" | "became" | "has" => link,
        _ => return None,
    };
    let m = clauses.mention_at(before.checked_sub(1)?)?;
    (ctx.mentions[m].last == before && clauses.is_actor_mention(m)).then_some(m)
}
