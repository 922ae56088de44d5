//! stage text
