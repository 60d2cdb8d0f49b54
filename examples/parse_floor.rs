//! The build bench's floor over one folder, once, on one thread: what
//! `morgue index -j 1` is measured against, alone, so that callgrind can count its
//! instructions (`valgrind --tool=callgrind target/release/examples/parse_floor DIR`).

#[path = "../benches/support/floor.rs"]
mod floor;

fn main() {
    let dir = std::env::args_os()
        .nth(1)
        .expect("usage: parse_floor DIR (a folder of saved pages)");
    let paths: Vec<_> = morgue_index::find_pages(std::path::Path::new(&dir), None)
        .filter_map(Result::ok)
        .collect();
    let nodes = floor::parse_only(&paths, 1);
    println!("{} pages, {nodes} DOM nodes", paths.len());
}
