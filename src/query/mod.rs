//! Questions to a graph: who said what about whom, who did what to whom,
//! everything about one actor, how two actors are linked, who is near an
//! actor, who is central, and what two actors did to each other over time.
//! Each answer is rows that print as a table or serialize as JSON.

mod actor;
mod dates;
mod names;
mod network;
mod rank;
mod relations;
mod said;
mod table;
mod timeline;

pub use actor::{actor, ActorReport};
pub use dates::{parse_since, parse_until};
pub use names::{resolve, resolve_one};
pub use network::{neighbors, path, Link, NeighborRow, PathRow, Step, DEFAULT_MAX_PATHS};
pub use rank::{top, Centrality, TopRow};
pub use relations::{relations, Ends, RelationFilter, RelationRow};
pub use said::{said, SaidFilter, SaidRow};
pub use table::{actor_table, neighbors_table, path_table, relations_table, said_table, timeline_table, top_table};
pub use timeline::{timeline, TimelineRow};
#[cfg(test)]
mod tests;
