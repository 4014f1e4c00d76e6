//! Work off the UI thread, so that a 4K export never freezes the window: saving and copying
//! images, the native save dialog, and screenshots of the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use jiff::civil::Date;

use crate::data::Data;
use crate::i18n::Lang;
use crate::images::{ImageFormat, ImageSpec, PngCompression, RenderError, encode_png, free_path, render, write_new};
use crate::tr;

/// What a job off the UI thread came to.
#[derive(Debug)]
pub enum Outcome {
    Saved {
        path: PathBuf,
        size_px: [u32; 2],
    },
    /// An image for the clipboard, which only the UI thread can reach.
    Copied(egui::ColorImage),
    /// A thumbnail of the image the dialog describes, for the spec it was drawn from.
    /// Or why it could not be drawn.
    Preview(Box<ImageSpec>, Result<egui::ColorImage, String>),
    /// The file the native save dialog returned (`None`: cancelled, or no dialog on this system).
    Chosen(Option<PathBuf>),
    /// The timeline file the native open dialog returned.
    ChosenTimeline(Option<PathBuf>),
    /// The scene file the native dialog returned, to open or to save.
    ChosenScene {
        path: Option<PathBuf>,
        save: bool,
    },
    /// A timeline file read and checked, or every problem it has.
    Timeline(PathBuf, Result<Arc<Data>, Vec<String>>),
    Failed(String),
}

/// What a job does. One job of each kind runs at a time: a key held down (Ctrl+Shift+C) asks
/// for one image, not for as many renders at once as the key repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// Drawing an image and saving or copying it (up to 600 MB while it is drawn).
    Image,
    /// A native file dialog.
    Dialog,
    /// Reading and checking a timeline file.
    Timeline,
}

/// Jobs running off the UI thread, so that a 4K export never freezes the window. A job that
/// panics comes back as a failure, never as a job that runs for ever.
pub struct Jobs {
    /// Each outcome says which kind of job in `running` it ends, if any.
    sender: Sender<(Option<JobKind>, Outcome)>,
    receiver: Receiver<(Option<JobKind>, Outcome)>,
    /// Jobs on threads of their own, at most one of each kind. Thumbnails and screenshots are
    /// not counted: a screenshot is up to the renderer, and one that never answers must not
    /// leave the dialog busy.
    running: Vec<JobKind>,
    /// A screenshot asked for and not yet saved: one at a time, unless the renderer has not
    /// answered the last one in [`SCREENSHOT_PATIENCE`] (then it never will, and another may go).
    screenshot_pending: Arc<AtomicBool>,
    screenshot_asked: Option<std::time::Instant>,
    /// The thumbnail worker's queue, once started.
    thumbnails: Option<Sender<Thumbnail>>,
}

/// How long a screenshot may wait for the renderer before another may be asked for.
const SCREENSHOT_PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// A thumbnail to draw.
type Thumbnail = (Arc<Data>, ImageSpec);

impl Default for Jobs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            running: Vec::new(),
            screenshot_pending: Arc::default(),
            screenshot_asked: None,
            thumbnails: None,
        }
    }
}

impl Jobs {
    /// Runs `job` on a thread of its own, unless a job of its `kind` is running (then false);
    /// its outcome comes back through [`Jobs::finished`]. A panic in it is reported in `lang`.
    pub fn spawn(
        &mut self,
        ctx: &egui::Context,
        lang: Lang,
        kind: JobKind,
        job: impl FnOnce() -> Outcome + Send + 'static,
    ) -> bool {
        if self.running.contains(&kind) {
            return false;
        }
        self.running.push(kind);
        let (sender, ctx) = (self.sender.clone(), ctx.clone());
        std::thread::spawn(move || {
            let _ = sender.send((Some(kind), guarded(job, lang)));
            ctx.request_repaint();
        });
        true
    }

    /// Whether a job of `kind` is running.
    pub fn is_running(&self, kind: JobKind) -> bool {
        self.running.contains(&kind)
    }

    /// Waits up to `timeout` for the images being saved or copied to be done (a save written
    /// whole before the program ends); a file dialog left open is not waited for. Outcomes that
    /// come meanwhile are dropped.
    pub fn wait_for_images(&mut self, timeout: std::time::Duration) {
        let start = std::time::Instant::now();
        while self.is_running(JobKind::Image) && start.elapsed() < timeout {
            drop(self.finished());
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    /// Asks for a thumbnail. One worker draws them, always the newest request and none of the
    /// ones it replaced, so that typing a title or panning the map never piles up renders.
    pub fn preview(&mut self, ctx: &egui::Context, data: Arc<Data>, spec: ImageSpec) {
        let queue = self.thumbnails.get_or_insert_with(|| {
            let (queue, requests) = channel();
            let (sender, ctx) = (self.sender.clone(), ctx.clone());
            std::thread::spawn(move || draw_thumbnails(&requests, &sender, &ctx));
            queue
        });
        if let Err(std::sync::mpsc::SendError(request)) = queue.send((data, spec)) {
            // The worker is gone (it cannot panic, but be sure): start another.
            self.thumbnails = None;
            self.preview(ctx, request.0, request.1);
        }
    }

    /// A screenshot of the window, saved in `folder` when the frame has been drawn; encoded and
    /// written off the UI thread. Asks nothing (false) while the last one is still being saved.
    pub fn screenshot(&mut self, ctx: &egui::Context, folder: PathBuf, date: Date, lang: Lang) -> bool {
        let waited = self.screenshot_asked.is_some_and(|asked| asked.elapsed() > SCREENSHOT_PATIENCE);
        if self.screenshot_pending.swap(true, Ordering::AcqRel) && !waited {
            return false;
        }
        self.screenshot_asked = Some(std::time::Instant::now());
        let (sender, repaint, pending) = (self.sender.clone(), ctx.clone(), Arc::clone(&self.screenshot_pending));
        ctx.request_screenshot(move |image| {
            std::thread::spawn(move || {
                let outcome = guarded(|| save_screenshot(&image, &folder, date, lang), lang);
                pending.store(false, Ordering::Release);
                let _ = sender.send((None, outcome));
                repaint.request_repaint();
            });
        });
        true
    }

    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// The outcomes that arrived since the last call.
    pub fn finished(&mut self) -> Vec<Outcome> {
        let outcomes: Vec<(Option<JobKind>, Outcome)> = self.receiver.try_iter().collect();
        for kind in outcomes.iter().filter_map(|(kind, _)| *kind) {
            if let Some(index) = self.running.iter().position(|&running| running == kind) {
                self.running.swap_remove(index);
            }
        }
        outcomes.into_iter().map(|(_, outcome)| outcome).collect()
    }
}

/// The thumbnail worker: waits for a request, skips to the newest one queued, draws it.
fn draw_thumbnails(requests: &Receiver<Thumbnail>, results: &Sender<(Option<JobKind>, Outcome)>, ctx: &egui::Context) {
    while let Ok(mut request) = requests.recv() {
        while let Ok(newer) = requests.try_recv() {
            request = newer;
        }
        let (data, spec) = request;
        let image = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| color_image(&data, &spec)));
        let image = match image {
            Ok(Ok(image)) => Ok(image),
            Ok(Err(error)) => Err(tr!(spec.lang, "notice-preview-failed", error = error.localised(spec.lang))),
            Err(panic) => {
                let error = crate::images::panic_message(panic.as_ref());
                Err(tr!(spec.lang, "notice-preview-failed", error = error))
            }
        };
        let outcome = Outcome::Preview(Box::new(spec), image);
        if results.send((None, outcome)).is_err() {
            return;
        }
        ctx.request_repaint();
    }
}

/// Runs `job`; a panic becomes a failure the user is told about.
fn guarded(job: impl FnOnce() -> Outcome, lang: Lang) -> Outcome {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).unwrap_or_else(|panic| {
        let message = crate::images::panic_message(panic.as_ref());
        Outcome::Failed(tr!(lang, "notice-bug", message = message))
    })
}

/// Draws and writes one image; an existing file is replaced only if `replace`.
pub fn save_image(data: &Data, spec: &ImageSpec, format: ImageFormat, path: &Path, replace: bool) -> Outcome {
    let lang = spec.lang;
    let bytes = format.encode(data, spec, PngCompression::Fast).map_err(|error| error.localised(lang));
    match bytes.and_then(|bytes| write_new(path, &bytes, replace).map_err(|error| error.localised(lang))) {
        Ok(()) => Outcome::Saved { path: path.to_owned(), size_px: [spec.width_px, spec.height_px] },
        Err(error) => Outcome::Failed(error),
    }
}

/// Draws one image for the clipboard.
pub fn copy_image(data: &Data, spec: &ImageSpec) -> Outcome {
    color_image(data, spec).map_or_else(|error| Outcome::Failed(error.localised(spec.lang)), Outcome::Copied)
}

/// The image of `spec` as egui holds images (for the clipboard, or a texture).
fn color_image(data: &Data, spec: &ImageSpec) -> Result<egui::ColorImage, RenderError> {
    let pixmap = render(data, spec)?;
    // Opaque, so premultiplied and plain RGBA are the same.
    let size = [pixmap.width() as usize, pixmap.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(size, pixmap.data()))
}

/// The native save dialog (the desktop portal, or zenity), off the UI thread.
pub fn choose_file(start: &Path, format: ImageFormat, lang: Lang) -> Outcome {
    let mut dialog = rfd::FileDialog::new()
        .set_title(lang.t("export-title"))
        .add_filter(format.extension().to_uppercase(), &[format.extension()]);
    if let Some(folder) = start.parent().filter(|folder| folder.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    if let Some(name) = start.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    Outcome::Chosen(dialog.save_file())
}

/// The native open dialog for a timeline file, off the UI thread.
pub fn choose_timeline(start: Option<&Path>, lang: Lang) -> Outcome {
    let mut dialog = rfd::FileDialog::new()
        .set_title(lang.t("export-open-title"))
        .add_filter(lang.t("export-open-filter"), &["json"]);
    if let Some(folder) = start.and_then(Path::parent).filter(|folder| folder.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    Outcome::ChosenTimeline(dialog.pick_file())
}

/// Reads and checks a timeline file, with the bundled borders.
/// The problems are said in `lang`.
pub fn load_timeline(path: PathBuf, lang: Lang) -> Outcome {
    let data = Data::from_file(&path).map(Arc::new).map_err(|error| error.localised(lang));
    Outcome::Timeline(path, data)
}

/// Saves exactly what the window showed, as `csto-map-window-<day>.png` (numbered if taken).
pub fn save_screenshot(image: &egui::ColorImage, folder: &Path, date: Date, lang: Lang) -> Outcome {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|pixel| pixel.to_array()).collect();
    // egui's pixels are premultiplied, as tiny-skia's: the image exporter's PNG encoder takes them.
    let size = u32::try_from(width).ok().zip(u32::try_from(height).ok());
    let Some(pixmap) = size
        .and_then(|(w, h)| tiny_skia::IntSize::from_wh(w, h))
        .and_then(|size| tiny_skia::Pixmap::from_vec(bytes, size))
    else {
        return Outcome::Failed(lang.t("notice-screenshot-empty"));
    };
    let png = match encode_png(&pixmap, PngCompression::Fast) {
        Ok(png) => png,
        Err(error) => return Outcome::Failed(tr!(lang, "notice-screenshot-failed", error = error.localised(lang))),
    };
    let path = free_path(folder, &format!("csto-map-window-{date}"), "png");
    match write_new(&path, &png, false) {
        Ok(()) => Outcome::Saved { path, size_px: [width as u32, height as u32] },
        Err(error) => Outcome::Failed(error.localised(lang)),
    }
}

#[cfg(test)]
#[path = "jobs_tests.rs"]
mod tests;
