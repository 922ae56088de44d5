//! Questions to a graph: who said what about whom, who did what to whom,
//! and everything about one actor. Each answer is rows that print as a
//! table or serialize as JSON.

mod actor;
mod dates;
mod names;
mod relations;
mod said;
mod table;

pub use actor::{actor, ActorReport};
pub use dates::{parse_since, parse_until};
pub use names::{resolve, resolve_one};
pub use relations::{relations, RelationFilter, RelationRow};
pub use said::{said, SaidFilter, SaidRow};
pub use table::{actor_table, relations_table, said_table};
#[cfg(test)]
mod tests;
