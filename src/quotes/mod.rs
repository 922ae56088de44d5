//! stage quotes
