//! diplograph: news articles in, a knowledge graph of diplomatic actors,
//! CAMEO-coded relations and quotations out, every item traceable to its
//! sentence.
//!
//! The pipeline runs one way, one module per stage:
//!
//! ```text
//! ingest -> clean -> text -> mentions -> actors -> relations / quotes
//!        -> extraction -> graph -> export / query
//! ```
//!
//! [`pipeline::extract`] runs the stages for one cleaned document;
//! [`graph::KnowledgeGraph`] merges extractions across a corpus.

pub mod actors;
pub mod clean;
pub mod document;
pub mod error;
pub mod export;
pub mod extraction;
pub mod graph;
pub mod ingest;
mod json_bytes;
pub mod lexicon;
pub mod mentions;
pub mod parallel;
pub mod pipeline;
pub mod query;
pub mod quotes;
pub mod relations;
pub mod text;

pub use document::{CleanDocument, Metadata, RawDocument};
pub use error::{Error, Result};
pub use extraction::Extraction;
pub use lexicon::Lexicon;
