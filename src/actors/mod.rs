//! stage actors
