//! The corpus graph: one node per real-world actor across documents.
