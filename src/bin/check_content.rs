//! Checks every content file of the site before it is published, and prints
//! each problem with its file, field, line and column. Exit status 1 if
//! there is any problem.
//!
//! ```sh
//! scripts/check-content            # public/
//! scripts/check-content dist       # a built site
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "public".into()));
    let report = send_hub::content::check_files::check_site(&dir);
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    for problem in &report.problems {
        eprintln!("{problem}");
    }
    if report.problems.is_empty() {
        println!(
            "check-content: {} files checked, no problems, {} warnings",
            report.files,
            report.warnings.len()
        );
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "check-content: {} of {} files have a problem",
        report.problems.len(),
        report.files
    );
    ExitCode::FAILURE
}
