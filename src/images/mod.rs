//! Images without a window or a GPU: the map the app draws, at a chosen date and size, with a
//! title, the legend and the credits, for slides and handouts; series of them and animations of
//! the timeline. The command line and the app's export both use it, so the two always agree.

mod animation;
mod draw;
mod frames;
mod legend_place;
mod raster;
mod save;
mod svg;
mod text;

pub use animation::{animate_gif, encode_gif};
pub use frames::{MAX_FRAMES, frame_dates};
pub use raster::{MAX_SIDE_PX, PngCompression, RenderError, check_size, encode_png, render, render_png};
pub use save::{SaveError, free_path, remove_unfinished, write_new};
pub use svg::render_svg;

use jiff::civil::Date;

use crate::geodata::{Projection, mercator_from_geo};
use crate::i18n::Lang;
use crate::style::Theme;
use crate::timeline::Organisation;

/// The title an image of an organisation gets unless another is given, in `lang`: "CSTO
/// membership, {date}".
pub fn default_title(organisation: &Organisation, lang: Lang) -> String {
    crate::tr!(lang, "map-title", as_of = "{date}", org = organisation.abbreviation_in(lang))
}

/// A title with `{date}` replaced by the image's moment in `lang` ("as of 31 December 2012"), so
/// that one title serves every frame of a series.
pub fn title_at(template: &str, date: Date, today: Date, lang: Lang) -> String {
    template.replace("{date}", &lang.as_of(date, today))
}

/// Pixels per point for an image of this size: text and lines as big, relative to the image,
/// as on a 1920x1080 slide, so a 4K export does not have tiny print.
pub fn scale_for(width_px: u32, height_px: u32) -> f32 {
    let scale = (width_px as f32 / 1920.0).min(height_px as f32 / 1080.0);
    ((scale * 4.0).round() / 4.0).max(0.5)
}

/// `job(0)` to `job(count - 1)` on every core (rayon's pool), the results in order. The first
/// error comes back, and so does a job that panics, as [`RenderError::Panicked`]: a bug in one
/// frame fails the series with a message instead of losing the frame or the program.
pub fn in_parallel<T: Send>(
    count: usize,
    job: &(dyn Fn(usize) -> Result<T, RenderError> + Sync),
) -> Result<Vec<T>, RenderError> {
    use rayon::prelude::*;
    let all = std::panic::AssertUnwindSafe(|| (0..count).into_par_iter().map(job).collect());
    std::panic::catch_unwind(all).unwrap_or_else(|panic| Err(RenderError::Panicked(panic_message(panic.as_ref()))))
}

/// What a panic said, for a message to the user.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    match (panic.downcast_ref::<&str>(), panic.downcast_ref::<String>()) {
        (Some(text), _) => (*text).to_owned(),
        (_, Some(text)) => text.clone(),
        _ => "no message".to_owned(),
    }
}

/// PNG for slides and the web, SVG for print and editing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ImageFormat {
    #[default]
    Png,
    Svg,
}

impl ImageFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }

    /// The format a file name asks for by its extension, in any case.
    pub fn of_path(path: &std::path::Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            _ => None,
        }
    }

    /// The image of `spec`, encoded in this format (a PNG compressed as `compression` says).
    pub fn encode(
        self,
        data: &crate::data::Data,
        spec: &ImageSpec,
        compression: PngCompression,
    ) -> Result<Vec<u8>, RenderError> {
        match self {
            Self::Png => render_png(data, spec, compression),
            Self::Svg => render_svg(data, spec).map(String::into_bytes),
        }
    }
}

/// What to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageSpec {
    pub date: Date,
    pub today: Date,
    /// The image's size in pixels (already multiplied by `scale`).
    pub width_px: u32,
    pub height_px: u32,
    /// Pixels per point: 2 or 4 for high-density output; lines and text grow with it.
    pub scale: f32,
    /// The part of the map that fills the image (see [`Frame::fit`]).
    pub frame: Frame,
    pub theme: Theme,
    /// The ISO 3166 codes of the countries with a CSTO status, on them: the same in every language.
    pub labels: bool,
    /// Meridians and parallels under the countries (by default in equal-area images).
    pub graticule: bool,
    /// The territories held by another state or authority than the recognised one on `date`,
    /// hatched and outlined over the countries, named, with a legend row (`--no-context` leaves
    /// them out).
    pub context: bool,
    /// `None` draws the map alone (`--bare`).
    pub decorations: Option<Decorations>,
    /// The language of the legend and the credits (the title comes written).
    pub lang: Lang,
    /// One day, the changes from another day to `date`, or several days side by side.
    pub shows: Shows,
}

/// What an image shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Shows {
    /// The statuses at `date`.
    #[default]
    Day,
    /// What changed between this day and `date` (in the order of the calendar).
    Compare(Date),
    /// A small map of the frame for each of these days, in a grid of this many columns (by
    /// default, those that make the maps largest).
    Grid { dates: Vec<Date>, columns: Option<u32> },
    /// Where the organisation shown and this one overlap at `date`.
    Overlap(std::sync::Arc<crate::timeline::Timeline>),
}

/// The title an image comparing two days gets unless another is given, in `lang`.
pub fn compare_title(organisation: &Organisation, (a, b): (Date, Date), lang: Lang) -> String {
    let org = organisation.abbreviation_in(lang);
    crate::tr!(lang, "map-title-compare", from = lang.date(a.min(b)), to = lang.date(a.max(b)), org = org)
}

/// The title of an overlap map unless another is given, in `lang`, with `{date}` to fill in:
/// "CSTO and NATO: where they overlap, {date}".
pub fn overlap_title((first, second): (&Organisation, &Organisation), lang: Lang) -> String {
    let (first, second) = (first.abbreviation_in(lang), second.abbreviation_in(lang));
    crate::tr!(lang, "map-title-overlap", first = first, second = second, as_of = "{date}")
}

/// The start of an image's file name: `csto-map` for the default organisation, else with the
/// ids of the organisations shown (`csto-map-nato`, `csto-map-csto-nato` for an overlap).
pub fn file_stem(shown: &Organisation, overlap: Option<&Organisation>) -> String {
    match overlap {
        Some(other) => format!("csto-map-{}-{}", shown.id, other.id),
        None if shown.id == crate::timeline::DEFAULT_ORGANISATION => "csto-map".to_owned(),
        None => format!("csto-map-{}", shown.id),
    }
}

/// The title of a grid of days unless another is given, in `lang`.
pub fn grid_title(organisation: &Organisation, lang: Lang) -> String {
    crate::tr!(lang, "map-title-grid", org = organisation.abbreviation_in(lang))
}

/// What is drawn over the map's margins.
#[derive(Clone, Debug, PartialEq)]
pub struct Decorations {
    pub title: String,
    pub legend: bool,
    pub credits: bool,
}

/// The rectangle of a projection's plane that fills the image exactly (for Web Mercator, of its
/// unit square), and the projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub min: [f64; 2],
    pub max: [f64; 2],
    pub projection: Projection,
}

impl Frame {
    /// The box `[west, south, east, north]` in degrees in `projection` (its edges densified),
    /// widened about its centre to the image's aspect ratio.
    pub fn fit_in(projection: Projection, bbox_deg: [f64; 4], width_px: u32, height_px: u32) -> Self {
        let frame = Self::fit_projected(projection.box_in_plane(bbox_deg), width_px, height_px);
        Self { projection, ..frame }
    }

    /// The box in `projection`, as it is (for a grid; see [`Frame::of_box`]).
    pub fn of_box_in(projection: Projection, bbox_deg: [f64; 4]) -> Self {
        let [x0, y0, x1, y1] = projection.box_in_plane(bbox_deg);
        Self { min: [x0, y0], max: [x1, y1], projection }
    }

    /// The image height that shows the box undistorted at `width_px` in `projection` (see
    /// [`Frame::natural_height`]).
    pub fn natural_height_in(projection: Projection, bbox_deg: [f64; 4], width_px: u32) -> u32 {
        let [x0, y0, x1, y1] = projection.box_in_plane(bbox_deg);
        let height = f64::from(width_px) * (y1 - y0) / (x1 - x0).max(1e-9);
        height.round() as u32
    }

    /// The projected rectangle `[x0, y0, x1, y1]` (unit square, y down), widened about its centre
    /// to the image's aspect ratio.
    pub fn fit_projected([x0, y0, x1, y1]: [f64; 4], width_px: u32, height_px: u32) -> Self {
        let (width, height) = ((x1 - x0).max(1e-12), (y1 - y0).max(1e-12));
        let aspect = f64::from(width_px) / f64::from(height_px.max(1));
        let (width, height) = if width / height < aspect { (height * aspect, height) } else { (width, width / aspect) };
        let centre = [(x0 + x1) / 2.0, (y0 + y1) / 2.0];
        Self {
            min: [centre[0] - width / 2.0, centre[1] - height / 2.0],
            max: [centre[0] + width / 2.0, centre[1] + height / 2.0],
            projection: Projection::Mercator,
        }
    }

    /// The box `[west, south, east, north]` in degrees, widened about its centre (in the
    /// projection) to the image's aspect ratio, so that nothing is stretched.
    pub fn fit(bbox_deg: [f64; 4], width_px: u32, height_px: u32) -> Self {
        let [west, south, east, north] = bbox_deg;
        let [x0, y0] = mercator_from_geo(west, north);
        let [x1, y1] = mercator_from_geo(east, south);
        Self::fit_projected([x0, y0, x1, y1], width_px, height_px)
    }

    /// The box `[west, south, east, north]` in degrees, as it is: for a grid, whose panels each
    /// fit it to their own shape.
    pub fn of_box(bbox_deg: [f64; 4]) -> Self {
        let [west, south, east, north] = bbox_deg;
        Self {
            min: mercator_from_geo(west, north),
            max: mercator_from_geo(east, south),
            projection: Projection::Mercator,
        }
    }

    /// Width over height.
    pub fn aspect(&self) -> f64 {
        (self.max[0] - self.min[0]) / (self.max[1] - self.min[1]).max(1e-12)
    }

    /// The image height that shows the box undistorted at `width_px`, not limited: a box too tall
    /// or too flat for an image gives a height that the size check refuses, rather than one
    /// quietly clamped (which would show another box).
    pub fn natural_height(bbox_deg: [f64; 4], width_px: u32) -> u32 {
        let [west, south, east, north] = bbox_deg;
        let [x0, y0] = mercator_from_geo(west, north);
        let [x1, y1] = mercator_from_geo(east, south);
        let height = f64::from(width_px) * (y1 - y0) / (x1 - x0).max(1e-9);
        // `as` saturates: negative or NaN heights become 0, huge ones u32::MAX.
        height.round() as u32
    }

    /// Where a projected point lands in an image of this size.
    pub fn pixel_from_projected(&self, [x, y]: [f64; 2], width_px: u32, height_px: u32) -> [f32; 2] {
        let px = (x - self.min[0]) / (self.max[0] - self.min[0]) * f64::from(width_px);
        let py = (y - self.min[1]) / (self.max[1] - self.min[1]) * f64::from(height_px);
        [px as f32, py as f32]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_work_keeps_the_order_and_turns_a_panic_into_an_error() {
        let squares = in_parallel(100, &|index| Ok(index * index)).unwrap();
        assert_eq!(squares, (0..100).map(|index| index * index).collect::<Vec<_>>());
        let failed = in_parallel(100, &|index| if index == 37 { panic!("frame {index} broke") } else { Ok(index) });
        assert!(matches!(&failed, Err(RenderError::Panicked(message)) if message == "frame 37 broke"), "{failed:?}");
    }

    #[test]
    fn print_keeps_its_size_relative_to_the_image() {
        assert_eq!(scale_for(1920, 1080), 1.0);
        assert_eq!(scale_for(3840, 2160), 2.0);
        assert_eq!(scale_for(2160, 2160), 1.25, "a square is a little wider than a slide");
        assert_eq!(scale_for(400, 300), 0.5, "small images keep readable print");
        assert_eq!(scale_for(3508, 2480), 1.75);
    }

    #[test]
    fn a_title_names_the_moment_of_each_frame() {
        let today = jiff::civil::date(2026, 11, 30);
        let csto = crate::timeline::Timeline::bundled().unwrap().organisation;
        let title = title_at(&default_title(&csto, Lang::En), jiff::civil::date(2012, 12, 31), today, Lang::En);
        assert_eq!(title, "CSTO membership, as of 31 December 2012");
        let title = title_at(&default_title(&csto, Lang::Ru), jiff::civil::date(2012, 12, 31), today, Lang::Ru);
        assert_eq!(title, "Члены ОДКБ по состоянию на 31\u{a0}декабря 2012\u{a0}г.");
        assert_eq!(title_at("Map {date}", today, today, Lang::En), "Map as of today, 30 November 2026");
        assert_eq!(title_at("Fixed", today, today, Lang::Ru), "Fixed");
    }

    #[test]
    fn a_box_of_the_image_aspect_spans_the_image_edge_to_edge() {
        let bbox = [20.0, 35.0, 80.0, 60.0];
        let height = Frame::natural_height(bbox, 1000);
        let frame = Frame::fit(bbox, 1000, height);
        let west_north = frame.pixel_from_projected(mercator_from_geo(20.0, 60.0), 1000, height);
        let east_south = frame.pixel_from_projected(mercator_from_geo(80.0, 35.0), 1000, height);
        // Within half a pixel: the height is rounded to whole pixels.
        assert!(west_north[0].abs() < 0.5 && west_north[1].abs() < 0.5, "{west_north:?}");
        assert!((east_south[0] - 1000.0).abs() < 0.5 && (east_south[1] - height as f32).abs() < 0.5);
    }

    #[test]
    fn a_box_of_another_aspect_is_widened_about_its_centre() {
        let bbox = [20.0, 35.0, 80.0, 60.0];
        let frame = Frame::fit(bbox, 1000, 1000);
        let west = frame.pixel_from_projected(mercator_from_geo(20.0, 47.0), 1000, 1000);
        let east = frame.pixel_from_projected(mercator_from_geo(80.0, 47.0), 1000, 1000);
        assert!(west[0].abs() < 0.01 && (east[0] - 1000.0).abs() < 0.01, "the wider side still fits exactly");
        let north = frame.pixel_from_projected(mercator_from_geo(50.0, 60.0), 1000, 1000);
        assert!(north[1] > 10.0, "the shorter side gets room above and below: {north:?}");
    }
}
