//! Writing a graph for its clients: DOT for Graphviz, node-link JSON for
//! networkx and D3, GraphML for Gephi, Cytoscape and yEd, and CSV files
//! for `neo4j-admin`. All are deterministic: nodes sorted by key, edges by
//! (source, type, target). To export part of a graph, filter it first
//! ([`crate::graph::GraphFilter`]); every format then writes what is left.

mod dot;
mod graphml;
mod neo4j;
mod node_link;

use std::io::Write;
use std::str::FromStr;

use crate::error::{Error, Result};
use crate::extraction::QuadClass;
use crate::graph::KnowledgeGraph;

pub use dot::{dot_string, write_dot};
pub use graphml::{graphml_string, write_graphml};
pub use neo4j::{neo4j_files, write_neo4j, FILES as NEO4J_FILES};
pub use node_link::{node_link_value, write_node_link};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Graphviz DOT.
    Dot,
    /// Node-link JSON for `networkx.node_link_graph` and D3.
    NodeLink,
    /// GraphML with typed attributes.
    GraphMl,
    /// A folder of CSV files for `neo4j-admin database import`.
    Neo4j,
}

impl Format {
    /// True for the formats written as a folder of files, not one stream.
    pub fn is_folder(self) -> bool {
        self == Format::Neo4j
    }
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(text: &str) -> Result<Format> {
        match text.to_ascii_lowercase().as_str() {
            "dot" | "graphviz" => Ok(Format::Dot),
            "json" | "node-link" | "node_link" => Ok(Format::NodeLink),
            "graphml" => Ok(Format::GraphMl),
            "neo4j" => Ok(Format::Neo4j),
            other => Err(Error::Usage(format!("unknown export format \"{other}\" (dot, json, graphml or neo4j)"))),
        }
    }
}

/// Choices that only some formats have.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// DOT: box actors by country.
    pub clusters: bool,
}

/// Writes `graph` in a one-stream `format`; fails when the writer does,
/// or for a folder format ([`write_neo4j`] writes those).
pub fn export(graph: &KnowledgeGraph, format: Format, options: Options, out: &mut impl Write) -> std::io::Result<()> {
    match format {
        Format::Dot => write_dot(graph, options.clusters, out),
        Format::NodeLink => write_node_link(graph, out),
        Format::GraphMl => write_graphml(graph, out),
        Format::Neo4j => {
            Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "the neo4j export writes a folder of files"))
        }
    }
}

/// The QuadClass as the files spell it (`verbal_conflict`).
pub(crate) fn class_name(class: QuadClass) -> &'static str {
    match class {
        QuadClass::VerbalCooperation => "verbal_cooperation",
        QuadClass::MaterialCooperation => "material_cooperation",
        QuadClass::VerbalConflict => "verbal_conflict",
        QuadClass::MaterialConflict => "material_conflict",
    }
}
