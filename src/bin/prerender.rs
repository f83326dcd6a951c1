//! Writes every page of the site, in every shipped language, as plain HTML
//! into the built site, from its content files, with the app's own
//! components. Run after Trunk (scripts/build does):
//!
//! ```sh
//! cargo run --features ssr --bin prerender -- dist
//! cargo run --features ssr --bin prerender -- dist --plain-pages target/plain-pages
//! ```
//!
//! With `--plain-pages DIR` it also writes each page as plain HTML (the same
//! text and markup, no style sheet or script) into DIR, for the benchmark.
//!
//! Trunk's `index.html` becomes the shell every page is put in; it is kept
//! as `shell.html` so the pages can be written again when only the content
//! has changed. Exits with status 1, naming the file and field, when the
//! content does not pass its checks.

use std::path::PathBuf;
use std::process::ExitCode;

use send_hub::static_first::build::render_site_with_plain;

/// The kept copy of Trunk's page.
const SHELL_FILE: &str = "shell.html";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let plain_dir = args
        .iter()
        .position(|arg| arg == "--plain-pages")
        .and_then(|at| args.get(at + 1))
        .map(PathBuf::from);
    let site_dir = PathBuf::from(
        args.first()
            .filter(|arg| !arg.starts_with("--"))
            .cloned()
            .unwrap_or_else(|| "dist".into()),
    );
    let shell_path = site_dir.join(SHELL_FILE);
    let index = site_dir.join("index.html");
    // A fresh Trunk build has a shell as its index.html; a pre-rendered
    // index.html is the home page, so the kept shell is used then.
    let fresh = std::fs::read_to_string(&index)
        .ok()
        .filter(|html| html.contains(send_hub::static_first::document::BODY_START));
    if let Some(shell) = &fresh {
        if let Err(error) = std::fs::write(&shell_path, shell) {
            eprintln!("prerender: cannot write {}: {error}", shell_path.display());
            return ExitCode::FAILURE;
        }
    }
    let Ok(shell) = std::fs::read_to_string(&shell_path) else {
        eprintln!(
            "prerender: {} has no page from Trunk to fill: run trunk build first",
            site_dir.display()
        );
        return ExitCode::FAILURE;
    };
    match render_site_with_plain(&site_dir, &shell, plain_dir.as_deref()) {
        Ok(pages) => {
            println!(
                "prerender: wrote {} pages into {}",
                pages.len(),
                site_dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
