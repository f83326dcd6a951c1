//! Writes every page of the site, in every shipped language, as plain HTML
//! into the built site, from its content files, with the app's own
//! components. Run after Trunk (scripts/build does):
//!
//! ```sh
//! cargo run --features ssr --bin prerender -- dist
//! ```
//!
//! Trunk's `index.html` becomes the shell every page is put in; it is kept
//! as `shell.html` so the pages can be written again when only the content
//! has changed. Exits with status 1, naming the file and field, when the
//! content does not pass its checks.

use std::path::PathBuf;
use std::process::ExitCode;

use send_hub::static_first::build::render_site;

/// The kept copy of Trunk's page.
const SHELL_FILE: &str = "shell.html";

fn main() -> ExitCode {
    let site_dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
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
    match render_site(&site_dir, &shell) {
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
