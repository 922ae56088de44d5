//! stage mentions
