//! Questions to a graph: who said what about whom, relations, actors.
