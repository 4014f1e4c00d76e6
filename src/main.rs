use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use csto_map::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    let Some(command) = args.command else {
        eprintln!("The desktop map is not built yet. Try: csto-map status --year 2012");
        return ExitCode::SUCCESS;
    };
    let mut out = std::io::stdout().lock();
    let result = cli::run(command, args.timeline.as_deref(), &mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// Output piped into a program that stopped reading (`csto-map events | head`) is no error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        let json = cause.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind);
        io.or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}
