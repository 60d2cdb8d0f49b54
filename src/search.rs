//! `morgue search QUERY` (waiting for the query crate).

use std::path::Path;

use crate::Outcome;

/// Search the index.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The query
    #[arg(required = true)]
    query: Vec<String>,
}

pub fn run(args: Args, index_dir: &Path) -> anyhow::Result<Outcome> {
    let _ = (args, index_dir);
    anyhow::bail!("search is not built yet")
}
