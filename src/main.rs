use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _};
use csto_map::cli::{self, Cli};

fn main() -> ExitCode {
    // The help speaks the language asked for (--lang), else the system's.
    let words: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = cli::lang_of_args(&words);
    let matches = cli::localised(Cli::command(), lang).get_matches_from(words);
    let args = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    let lang = args.lang.unwrap_or(lang);
    if args.command.is_some() && args.opens_a_scene() {
        eprintln!("error: {}", lang.t("error-scene-options"));
        return ExitCode::from(2);
    }
    let Some(command) = args.command else {
        if let Some(file) = &args.timeline {
            // The window shows the bundled timeline; a file it would not show is refused, not ignored.
            eprintln!("error: {}", csto_map::tr!(lang, "error-window-timeline", file = file.display().to_string()));
            return ExitCode::from(2);
        }
        if let Some(id) = args.org.as_deref().filter(|id| !csto_map::timeline::Timeline::bundled_ids().contains(id)) {
            let known = csto_map::timeline::Timeline::bundled_ids().join(", ");
            eprintln!("error: {}", csto_map::tr!(lang, "error-unknown-org", id = id, known = known));
            return ExitCode::from(2);
        }
        let scene = match args.opens_a_scene().then(|| args.opening_scene(lang)).transpose() {
            Ok(scene) => scene,
            Err(error) => {
                eprintln!("error: {error:#}");
                return ExitCode::from(2);
            }
        };
        return run_gui((scene, args.org), args.present);
    };
    let mut out = std::io::stdout().lock();
    let source = (args.timeline.as_deref(), args.org.as_deref());
    let result = cli::run(command, source, args.lang, &mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// Opens the desktop map, on a scene if one is given, presenting the story if asked.
#[cfg(feature = "desktop")]
fn run_gui((scene, org): (Option<csto_map::scene_file::SceneFile>, Option<String>), present: bool) -> ExitCode {
    use csto_map::app::CstoApp;

    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("csto-map")
            .with_app_id(csto_map::APP_ID)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_icon(window_icon()),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let result = eframe::run_native(
        csto_map::APP_ID,
        options,
        Box::new(move |cc| Ok(Box::new(CstoApp::new(cc, (scene.as_ref(), org.as_deref()), present)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot open the window: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The icon of the window and the task switcher (assets/icon/, rendered by scripts/icons).
#[cfg(feature = "desktop")]
fn window_icon() -> std::sync::Arc<egui::IconData> {
    let png = include_bytes!("../assets/icon/csto-map-128.png");
    std::sync::Arc::new(eframe::icon_data::from_png_bytes(png).unwrap_or_default())
}

/// This build is the command line alone.
#[cfg(not(feature = "desktop"))]
fn run_gui(_scene: (Option<csto_map::scene_file::SceneFile>, Option<String>), _present: bool) -> ExitCode {
    eprintln!("error: this csto-map was built without the desktop map; give a command (csto-map --help)");
    ExitCode::from(2)
}

/// Output piped into a program that stopped reading (`csto-map events | head`) is no error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        let json = cause.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind);
        io.or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}
