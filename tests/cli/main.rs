//! End-to-end tests of the `morgue` binary: one test binary, a module per feature.

mod bad_input;
mod corpus;
mod crash;
mod extract;
mod help;
mod index;
mod search;
mod support;
