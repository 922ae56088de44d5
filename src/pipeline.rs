//! One document through every extraction stage.
