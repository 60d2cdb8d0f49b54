//! Times the extraction of one page.
fn main() {}
