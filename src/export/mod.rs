//! Writing a graph for its clients: DOT for Graphviz, node-link JSON.
