//! csto-map's build-time tasks, run with `cargo xtask TASK` from the repository (the alias is in
//! .cargo/config.toml). They use the program's own definitions through its library, and what
//! only they need (clap_mangen, clap_complete) stays out of the program users run.

mod package_files;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// csto-map's build-time tasks.
#[derive(Debug, Parser)]
#[command(name = "xtask", bin_name = "cargo xtask", max_term_width = 100)]
struct Xtask {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Writes the files a package installs beside the binary into DIR, and lists them.
    ///
    /// The man pages, the shell completions, the desktop entry, the AppStream metainfo and the
    /// Debian changelog: for scripts/package and scripts/install.
    PackageFiles {
        /// The folder to write into (made if missing).
        dir: PathBuf,
        /// The program the desktop entry starts (a package: csto-map on the PATH).
        #[arg(long, default_value = "csto-map")]
        exec: String,
    },
}

fn main() -> ExitCode {
    let Xtask { task } = Xtask::parse();
    match run(task) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(task: Task) -> anyhow::Result<()> {
    match task {
        Task::PackageFiles { dir, exec } => {
            let mut out = std::io::stdout().lock();
            for path in package_files::write(&dir, &exec)? {
                writeln!(out, "{}", path.display())?;
            }
            Ok(out.flush()?)
        }
    }
}
