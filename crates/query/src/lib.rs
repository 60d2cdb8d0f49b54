//! Searches a morgue index (placeholder while the query crate is written).
