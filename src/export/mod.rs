//! Writing a graph for its clients: DOT for Graphviz, node-link JSON for
//! networkx. Both are deterministic: nodes sorted by key, edges by
//! (source, type, target).

mod dot;
mod node_link;

use std::io::Write;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;

pub use dot::{dot_string, write_dot};
pub use node_link::{node_link_value, write_node_link};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Graphviz DOT.
    Dot,
    /// Node-link JSON for `networkx.node_link_graph`.
    NodeLink,
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(text: &str) -> Result<Format> {
        match text.to_ascii_lowercase().as_str() {
            "dot" | "graphviz" => Ok(Format::Dot),
            "json" | "node-link" | "node_link" => Ok(Format::NodeLink),
            other => Err(Error::Usage(format!("unknown export format \"{other}\" (dot or json)"))),
        }
    }
}

/// Writes `graph` in `format`; fails only when the writer does.
pub fn export(graph: &KnowledgeGraph, format: Format, out: &mut impl Write) -> std::io::Result<()> {
    match format {
        Format::Dot => write_dot(graph, out),
        Format::NodeLink => write_node_link(graph, out),
    }
}
