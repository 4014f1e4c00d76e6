//! Work off the UI thread, so that a 4K export never freezes the window: saving and copying
//! images, the native save dialog, and screenshots of the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use jiff::civil::Date;

use crate::app::Data;
use crate::app::export::ImageFormat;
use crate::export::{ImageSpec, RenderError, free_path, render, write_new};

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
    Preview(Box<ImageSpec>, egui::ColorImage),
    /// The file the native save dialog returned (`None`: cancelled, or no dialog on this system).
    Chosen(Option<PathBuf>),
    Failed(String),
}

/// Jobs running off the UI thread, so that a 4K export never freezes the window.
pub struct Jobs {
    /// Each outcome says whether it ends a job counted in `running`.
    sender: Sender<(bool, Outcome)>,
    receiver: Receiver<(bool, Outcome)>,
    /// Jobs on threads of their own. A screenshot is not counted: it is up to the renderer,
    /// and one that never answers must not leave the dialog busy.
    running: usize,
}

impl Default for Jobs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self { sender, receiver, running: 0 }
    }
}

impl Jobs {
    /// Runs `job` on a thread of its own; its outcome comes back through [`Jobs::finished`].
    pub fn spawn(&mut self, ctx: &egui::Context, job: impl FnOnce() -> Outcome + Send + 'static) {
        self.running += 1;
        let (sender, ctx) = (self.sender.clone(), ctx.clone());
        std::thread::spawn(move || {
            let _ = sender.send((true, job()));
            ctx.request_repaint();
        });
    }

    /// Draws a thumbnail on a thread of its own; not counted as busy, so the dialog stays usable.
    pub fn preview(&self, ctx: &egui::Context, data: Arc<Data>, spec: ImageSpec) {
        let (sender, ctx) = (self.sender.clone(), ctx.clone());
        std::thread::spawn(move || {
            let outcome = match color_image(&data, &spec) {
                Ok(image) => Outcome::Preview(Box::new(spec), image),
                Err(error) => Outcome::Failed(error.to_string()),
            };
            let _ = sender.send((false, outcome));
            ctx.request_repaint();
        });
    }

    /// A screenshot of the window, saved in `folder` when the frame has been drawn.
    pub fn screenshot(&self, ctx: &egui::Context, folder: PathBuf, date: Date) {
        let (sender, repaint) = (self.sender.clone(), ctx.clone());
        ctx.request_screenshot(move |image| {
            let _ = sender.send((false, save_screenshot(&image, &folder, date)));
            repaint.request_repaint();
        });
    }

    pub fn is_busy(&self) -> bool {
        self.running > 0
    }

    /// The outcomes that arrived since the last call.
    pub fn finished(&mut self) -> Vec<Outcome> {
        let outcomes: Vec<(bool, Outcome)> = self.receiver.try_iter().collect();
        let ended = outcomes.iter().filter(|(counted, _)| *counted).count();
        self.running = self.running.saturating_sub(ended);
        outcomes.into_iter().map(|(_, outcome)| outcome).collect()
    }
}

/// Draws and writes one image; an existing file is replaced only if `replace`.
pub fn save_image(data: &Data, spec: &ImageSpec, format: ImageFormat, path: &Path, replace: bool) -> Outcome {
    let bytes = format.encode(data, spec).map_err(|error| error.to_string());
    match bytes.and_then(|bytes| write_new(path, &bytes, replace).map_err(|error| error.to_string())) {
        Ok(()) => Outcome::Saved { path: path.to_owned(), size_px: [spec.width_px, spec.height_px] },
        Err(error) => Outcome::Failed(error),
    }
}

/// Draws one image for the clipboard.
pub fn copy_image(data: &Data, spec: &ImageSpec) -> Outcome {
    color_image(data, spec).map_or_else(|error| Outcome::Failed(error.to_string()), Outcome::Copied)
}

/// The image of `spec` as egui holds images (for the clipboard, or a texture).
fn color_image(data: &Data, spec: &ImageSpec) -> Result<egui::ColorImage, RenderError> {
    let pixmap = render(data, spec)?;
    // Opaque, so premultiplied and plain RGBA are the same.
    let size = [pixmap.width() as usize, pixmap.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(size, pixmap.data()))
}

/// The native save dialog (the desktop portal, or zenity), off the UI thread.
pub fn choose_file(start: &Path, format: ImageFormat) -> Outcome {
    let mut dialog = rfd::FileDialog::new()
        .set_title("Export image")
        .add_filter(format.extension().to_uppercase(), &[format.extension()]);
    if let Some(folder) = start.parent().filter(|folder| folder.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    if let Some(name) = start.file_name() {
        dialog = dialog.set_file_name(name.to_string_lossy());
    }
    Outcome::Chosen(dialog.save_file())
}

/// Saves exactly what the window showed, as `csto-map-window-<day>.png` (numbered if taken).
pub fn save_screenshot(image: &egui::ColorImage, folder: &Path, date: Date) -> Outcome {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|pixel| pixel.to_srgba_unmultiplied()).collect();
    let Some(rgba) = image::RgbaImage::from_raw(width as u32, height as u32, bytes) else {
        return Outcome::Failed("The screenshot came back empty.".into());
    };
    let mut png = Vec::new();
    if let Err(error) = rgba.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png) {
        return Outcome::Failed(format!("The screenshot could not be encoded: {error}"));
    }
    let path = free_path(folder, &format!("csto-map-window-{date}"), "png");
    match write_new(&path, &png, false) {
        Ok(()) => Outcome::Saved { path, size_px: [width as u32, height as u32] },
        Err(error) => Outcome::Failed(error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_screenshot_is_saved_under_a_free_name() {
        let folder = std::env::temp_dir().join(format!("csto-map-shot-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        let image = egui::ColorImage::filled([4, 3], egui::Color32::from_rgb(0, 114, 178));
        let day = jiff::civil::date(2012, 12, 31);
        for expected in ["csto-map-window-2012-12-31.png", "csto-map-window-2012-12-31-2.png"] {
            let Outcome::Saved { path, size_px } = save_screenshot(&image, &folder, day) else { panic!("not saved") };
            assert_eq!((path.file_name().unwrap().to_str().unwrap(), size_px), (expected, [4, 3]));
            let read = image::open(&path).unwrap().to_rgba8();
            assert_eq!(read.get_pixel(3, 2).0, [0, 114, 178, 255]);
        }
    }
}
