//! stage relations
