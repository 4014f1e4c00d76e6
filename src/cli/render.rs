//! `csto-map render`, `render-series` and `animate`: images of the map at one date, at every
//! step of the timeline, or as one animated GIF; every file written atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::bail;
use clap::Args;
use jiff::civil::Date;

use crate::cli::{MomentArgs, ThemeArg, day_in_timeline, moment};
use crate::clock::Step;
use crate::data::Data;
use crate::geodata::ProjectionChoice;
use crate::i18n::Lang;
use crate::images::{
    Decorations, Frame, ImageFormat, ImageSpec, PngCompression, Shows, animate_gif, compare_title, default_title,
    frame_dates, grid_title, in_parallel, overlap_title, title_at, write_new,
};
use crate::scene_file::SceneFile;
use crate::tr;

/// What every image command draws, and how big.
#[derive(Clone, Debug, Args)]
pub struct ImageArgs {
    /// Width in points.
    #[arg(long, default_value_t = 1920, value_parser = side_points())]
    pub width: u32,
    /// Height in points; by default, what shows the box undistorted. When both are given and the
    /// box has another shape, the box is widened about its centre to fill the image.
    #[arg(long, value_parser = side_points())]
    pub height: Option<u32>,
    /// Pixels per point, for high-density output (2 or 4): a 1920-point image at scale 2 is
    /// 3840 pixels wide, with lines and text twice as thick.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// The part of the map to show, in degrees: WEST,SOUTH,EAST,NORTH (default: the region of
    /// the organisation, or of both with --overlap).
    #[arg(long, value_name = "W,S,E,N", allow_hyphen_values = true)]
    pub bbox: Option<String>,
    /// A box already checked (a scene's), used instead of `bbox`.
    #[arg(skip)]
    pub bbox_deg: Option<[f64; 4]>,
    /// The title; {date} in it becomes the image's date ("as of 31 December 2012"). Default:
    /// "CSTO membership, {date}" in the language of --lang.
    #[arg(long, conflicts_with = "bare")]
    pub title: Option<String>,
    /// The map alone: no title, legend or credits.
    #[arg(long)]
    pub bare: bool,
    /// Put the ISO 3166 code (KAZ, UZB...) on every country with a CSTO status: labels that read
    /// the same in every language.
    #[arg(long)]
    pub labels: bool,
    /// Light for paper and bright rooms, dark for screens in dim ones.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// Show where the organisation of --org and this one (an id as --org takes) overlap: the
    /// countries in both, in one of them, in neither.
    #[arg(long, value_name = "ID")]
    pub overlap: Option<String>,
    /// The projection: auto (equal-area, so that countries keep the sizes of their true areas:
    /// albers for a region, equal-earth for the world), albers (a conic), equal-earth, laea
    /// (Lambert's azimuthal), or mercator (as the window's map, which draws Russia about five
    /// times too large).
    #[arg(long, value_enum, default_value_t = ProjectionChoice::Auto)]
    pub projection: ProjectionChoice,
    /// No meridians and parallels (drawn by default on an equal-area map).
    #[arg(long)]
    pub no_graticule: bool,
    /// Draw the territories held by another state or authority than the one whose territory they
    /// are (Crimea from 2014, Abkhazia…), hatched and named, with a legend row, and the places of
    /// the last month's events: the default.
    #[arg(long, overrides_with = "no_context")]
    pub context: bool,
    /// Leave the contested territories and the places of events out.
    #[arg(long, overrides_with = "context")]
    pub no_context: bool,
    /// The box the projection is fitted to, if not the image's: a scene of the window's
    /// equal-area map is drawn in the map's projection, that of its organisation's region.
    #[arg(skip)]
    pub projection_region: Option<[f64; 4]>,
    /// The timeline of `overlap`, read by the command.
    #[arg(skip)]
    pub overlap_with: Option<std::sync::Arc<crate::timeline::Timeline>>,
}

/// A side of an image in points: at most what the renderer draws in pixels, so that no size
/// arithmetic on it can overflow.
fn side_points() -> clap::builder::RangedI64ValueParser<u32> {
    clap::value_parser!(u32).range(1..=i64::from(crate::images::MAX_SIDE_PX))
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub moment: MomentArgs,
    /// Show what changed between this day and --date/--year (the earlier day first, whichever is
    /// given here), with its own colours and legend.
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "dates")]
    pub compare: Option<String>,
    /// Small maps of several days side by side (2 to 12, comma separated), each captioned with
    /// its day, with one title, legend and source line: a slide of how things changed.
    #[arg(long, value_name = "DATE,DATE,...", group = "moment")]
    pub dates: Option<String>,
    /// A scene file saved by the app (File → Save scene…): its day, compared day, part of the
    /// map, theme, names (as ISO codes), organisation and overlap make the image (so --compare,
    /// --bbox and --theme cannot be given with it; --org and --overlap replace its own).
    #[arg(long, value_name = "FILE", group = "moment", conflicts_with_all = ["compare", "bbox", "theme"])]
    pub scene: Option<PathBuf>,
    /// The columns of the grid of --dates (default: those that make the maps largest).
    #[arg(long, requires = "dates", value_parser = clap::value_parser!(u32).range(1..=12))]
    pub columns: Option<u32>,
    /// Where to write the image (.png or .svg). An existing file is kept unless --force is given.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// PNG or SVG, whatever the file name says.
    #[arg(long, value_enum)]
    pub format: Option<ImageFormat>,
    #[command(flatten)]
    pub image: ImageArgs,
    /// Compress a PNG harder: a file about a fifth smaller, made in about twice the time.
    #[arg(long)]
    pub smallest: bool,
    /// Replace an existing file.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct SeriesArgs {
    /// The folder for the images, made if missing: csto-map-01-1992-12-31.png and so on.
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
    /// An image at the end of every year or month, or on every day a status changed; the last
    /// one is today.
    #[arg(long, value_enum, default_value_t = Step::Year)]
    pub step: Step,
    #[arg(long, value_enum, default_value_t = ImageFormat::Png)]
    pub format: ImageFormat,
    #[command(flatten)]
    pub image: ImageArgs,
    /// Compress PNGs harder: files about a fifth smaller, made in about twice the time.
    #[arg(long)]
    pub smallest: bool,
    /// Replace existing images of the same names.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AnimateArgs {
    /// Where to write the animation (.gif). An existing file is kept unless --force is given.
    #[arg(long, value_name = "FILE.gif")]
    pub out: PathBuf,
    /// A frame at the end of every year or month, or on every day a status changed; the last
    /// frame is today.
    #[arg(long, value_enum, default_value_t = Step::Year)]
    pub step: Step,
    /// How long each frame shows, in milliseconds: 20 to 60000, in steps of 10 (a GIF's unit).
    #[arg(long, default_value_t = 700, value_parser = |text: &str| gif_ms(text, 60_000))]
    pub delay_ms: u32,
    /// How long the last frame shows before the animation starts again, in milliseconds: 20 to
    /// 600000, in steps of 10.
    #[arg(long, default_value_t = 3000, value_parser = |text: &str| gif_ms(text, 600_000))]
    pub hold_ms: u32,
    #[command(flatten)]
    pub image: ImageArgs,
    /// Replace an existing file.
    #[arg(long)]
    pub force: bool,
}

impl ImageArgs {
    /// The image of `date`, checked: a bad scale or box is an error before anything is drawn.
    fn spec(&self, data: &Data, (date, today): (Date, Date), lang: Lang) -> anyhow::Result<ImageSpec> {
        self.spec_showing(data, (date, today), lang, self.day())
    }

    /// One day's map: of the organisation's statuses, or of where it overlaps another.
    fn day(&self) -> Shows {
        self.overlap_with.clone().map_or(Shows::Day, Shows::Overlap)
    }

    /// The days a status changes: the organisation's, and with --overlap the other's too.
    fn change_dates(&self, data: &Data) -> Vec<Date> {
        match &self.overlap_with {
            Some(other) => crate::overlap::change_dates(&data.timeline, other),
            None => data.change_dates.clone(),
        }
    }

    /// The start of the file names of a series (see [`crate::images::file_stem`]).
    fn file_stem(&self, data: &Data) -> String {
        crate::images::file_stem(
            &data.timeline.organisation,
            self.overlap_with.as_deref().map(|other| &other.organisation),
        )
    }

    /// The image of `date`, or of what `shows` says.
    fn spec_showing(
        &self,
        data: &Data,
        (date, today): (Date, Date),
        lang: Lang,
        shows: Shows,
    ) -> anyhow::Result<ImageSpec> {
        if !(self.scale.is_finite() && (0.25..=8.0).contains(&self.scale)) {
            bail!(tr!(lang, "error-scale", value = self.scale.to_string()));
        }
        let bbox = match (self.bbox_deg, &self.bbox) {
            (Some(bbox), _) => bbox,
            (None, Some(text)) => parse_bbox(text, lang)?,
            (None, None) => crate::data::region_of(
                &data.timeline.organisation,
                self.overlap_with.as_deref().map(|o| &o.organisation),
            ),
        };
        let grid = matches!(shows, Shows::Grid { .. });
        let projection = self.projection.for_box(self.projection_region.unwrap_or(bbox));
        let (height, options) = match self.height {
            Some(height) => (height, format!("--width {} --height {height} --scale {}", self.width, self.scale)),
            // A grid is a slide: 16:9.
            None if grid => (self.width * 9 / 16, format!("--width {} --scale {}", self.width, self.scale)),
            None => {
                let height = Frame::natural_height_in(projection, bbox, self.width);
                let shape = tr!(lang, "error-box-shape", height = height);
                (height, format!("--width {} --scale {} ({shape})", self.width, self.scale))
            }
        };
        let pixels = |points: u32| (points as f32 * self.scale).round() as u32;
        let (width_px, height_px) = (pixels(self.width), pixels(height));
        crate::images::check_size(width_px, height_px)
            .map_err(|error| anyhow::anyhow!("{options}: {}", error.localised(lang)))?;
        Ok(ImageSpec {
            date,
            today,
            width_px,
            height_px,
            scale: self.scale,
            frame: if grid {
                Frame::of_box_in(projection, bbox)
            } else {
                Frame::fit_in(projection, bbox, width_px, height_px)
            },
            theme: self.theme.into(),
            labels: self.labels,
            graticule: projection.is_equal_area() && !self.no_graticule,
            context: !self.no_context,
            decorations: (!self.bare).then(|| {
                let organisation = &data.timeline.organisation;
                let title = match (&self.title, &shows) {
                    (Some(title), _) => title_at(title, date, today, lang),
                    (None, Shows::Day) => title_at(&default_title(organisation, lang), date, today, lang),
                    (None, Shows::Compare(other)) => compare_title(organisation, (*other, date), lang),
                    (None, Shows::Overlap(other)) => {
                        title_at(&overlap_title((organisation, &other.organisation), lang), date, today, lang)
                    }
                    (None, Shows::Grid { .. }) => grid_title(organisation, lang),
                };
                Decorations { title, legend: true, credits: true }
            }),
            lang,
            shows,
        })
    }
}

pub fn render_one(args: &RenderArgs, data: &Data, today: Date, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut image = args.image.clone();
    if image.overlap.is_some() && (args.dates.is_some() || args.compare.is_some()) {
        bail!(lang.t("error-overlap-with"));
    }
    let (moment, shows) = match (&args.dates, &args.compare) {
        _ if args.scene.is_some() => {
            let path = args.scene.as_deref().unwrap_or(Path::new(""));
            let scene = SceneFile::read(path, today).map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
            image.bbox_deg = scene.bbox;
            image.theme = match scene.theme {
                crate::style::Theme::Light => ThemeArg::Light,
                crate::style::Theme::Dark => ThemeArg::Dark,
            };
            image.labels |= scene.labels;
            image.no_context |= !scene.context;
            // The scene's projection (the window's, of the organisation's region), unless
            // --projection names one other than auto.
            if image.projection == ProjectionChoice::Auto
                && let Some(projection) = scene.projection
            {
                image.projection = projection;
                let overlap = image.overlap_with.as_deref().map(|other| &other.organisation);
                image.projection_region = Some(crate::data::region_of(&data.timeline.organisation, overlap));
            }
            let moment = scene.date.unwrap_or(today);
            if scene.compare.is_some() && image.overlap.is_some() {
                bail!(lang.t("error-overlap-with"));
            }
            (moment, scene.compare.map_or_else(|| image.day(), Shows::Compare))
        }
        (Some(list), _) => {
            let dates = crate::clock::grid_days("--dates", list, today)
                .map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
            (dates[dates.len() - 1], Shows::Grid { dates, columns: args.columns })
        }
        (None, Some(other)) => {
            let moment = moment(&args.moment, today, lang)?;
            (moment, Shows::Compare(day_in_timeline("--compare", other, today, lang)?))
        }
        (None, None) => (moment(&args.moment, today, lang)?, image.day()),
    };
    let named = ImageFormat::of_path(&args.out);
    if let (Some(asked), Some(named)) = (args.format, named)
        && asked != named
    {
        let (out, format) = (args.out.display().to_string(), asked.extension().to_uppercase());
        let (asked, named) = (asked.extension(), named.extension());
        bail!(tr!(lang, "error-format-out", asked = asked, out = out, named = named, format = format));
    }
    let Some(format) = args.format.or(named) else {
        bail!(tr!(lang, "error-out-image", out = args.out.display().to_string()));
    };
    refuse_existing(&args.out, args.force, lang)?;
    let spec = image.spec_showing(data, (moment, today), lang, shows)?;
    let image = format
        .encode(data, &spec, compression(args.smallest))
        .map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
    write_new(&args.out, &image, args.force).map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
    let (path, width, height) = (args.out.display().to_string(), spec.width_px, spec.height_px);
    writeln!(out, "{}", tr!(lang, "cli-rendered", path = path, width = width, height = height))?;
    Ok(())
}

/// One numbered image per frame; no file is written if any of them exists (without --force).
pub fn render_series(
    args: &SeriesArgs,
    data: &Data,
    today: Date,
    lang: Lang,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let dates = frame_dates(&args.image.change_dates(data), args.step, today)
        .map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
    let (digits, stem) = (dates.len().to_string().len(), args.image.file_stem(data));
    let paths: Vec<PathBuf> = (1..)
        .zip(&dates)
        .map(|(index, date)| args.out_dir.join(format!("{stem}-{index:0digits$}-{date}.{}", args.format.extension())))
        .collect();
    for path in &paths {
        refuse_existing(path, args.force, lang)?;
    }
    let specs: Vec<ImageSpec> =
        dates.iter().map(|&date| args.image.spec(data, (date, today), lang)).collect::<Result<_, _>>()?;
    if let Err(error) = std::fs::create_dir_all(&args.out_dir) {
        let (folder, reason) = (args.out_dir.display().to_string(), error.to_string());
        bail!(tr!(lang, "error-folder", folder = folder, reason = reason));
    }
    // A few images a core at a time, written as they come: a series of 400 never sits in memory.
    let chunk = 2 * rayon::current_num_threads().max(1);
    for (specs, paths) in specs.chunks(chunk).zip(paths.chunks(chunk)) {
        let images =
            in_parallel(specs.len(), &|index| args.format.encode(data, &specs[index], compression(args.smallest)))
                .map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
        for (path, image) in paths.iter().zip(images) {
            write_new(path, &image, args.force).map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
            writeln!(out, "{}", path.display())?;
        }
    }
    let (count, width, height) = (paths.len(), specs[0].width_px, specs[0].height_px);
    writeln!(out, "{}", tr!(lang, "cli-images", count = count, width = width, height = height))?;
    Ok(())
}

/// The whole timeline as one looping GIF.
pub fn animate(args: &AnimateArgs, data: &Data, today: Date, lang: Lang, out: &mut dyn Write) -> anyhow::Result<()> {
    let extension = args.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if extension.as_deref() != Some("gif") {
        bail!(tr!(lang, "error-out-gif", out = args.out.display().to_string()));
    }
    refuse_existing(&args.out, args.force, lang)?;
    let dates = frame_dates(&args.image.change_dates(data), args.step, today)
        .map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
    let specs: Vec<ImageSpec> =
        dates.iter().map(|&date| args.image.spec(data, (date, today), lang)).collect::<Result<_, _>>()?;
    let bytes = animate_gif(data, &specs, args.delay_ms, args.hold_ms)
        .map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
    write_new(&args.out, &bytes, args.force).map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
    let (first, last) = (dates[0], dates[dates.len() - 1]);
    let text = tr!(
        lang,
        "cli-animated",
        path = args.out.display().to_string(),
        frames = specs.len(),
        first = first.to_string(),
        last = last.to_string(),
        width = specs[0].width_px,
        height = specs[0].height_px,
        size = bytes.len() / 1024
    );
    writeln!(out, "{text}")?;
    Ok(())
}

fn refuse_existing(path: &Path, force: bool, lang: Lang) -> anyhow::Result<()> {
    if !force && path.exists() {
        bail!(tr!(lang, "error-exists", path = path.display().to_string()));
    }
    Ok(())
}

/// Milliseconds a GIF frame can show: from 20 to `most`, in whole hundredths of a second (what
/// the format stores), so that no value is silently rounded.
fn gif_ms(text: &str, most: u32) -> Result<u32, String> {
    let expected = || format!("expected milliseconds from 20 to {most} in steps of 10, such as 700");
    let ms: u32 = text.trim().parse().map_err(|_| expected())?;
    if !(20..=most).contains(&ms) || !ms.is_multiple_of(10) {
        return Err(expected());
    }
    Ok(ms)
}

/// `WEST,SOUTH,EAST,NORTH` in degrees, west of east and south of north.
pub(crate) fn parse_bbox(text: &str, lang: Lang) -> anyhow::Result<[f64; 4]> {
    let values: Vec<f64> =
        text.split(',').map(|part| part.trim().parse::<f64>()).collect::<Result<_, _>>().ok().unwrap_or_default();
    let [west, south, east, north] = values[..] else {
        bail!(tr!(lang, "error-bbox-form", text = text));
    };
    if !crate::data::longitudes_in_order(west, east) {
        bail!(tr!(lang, "error-bbox-longitudes", west = west.to_string(), east = east.to_string()));
    }
    if !crate::data::latitudes_in_order(south, north) {
        bail!(tr!(lang, "error-bbox-latitudes", south = south.to_string(), north = north.to_string()));
    }
    Ok([west, south, east, north])
}

/// The PNG compression `--smallest` asks for.
fn compression(smallest: bool) -> PngCompression {
    if smallest { PngCompression::Smallest } else { PngCompression::Fast }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bounding_box_is_four_degrees_in_order() {
        assert_eq!(parse_bbox("18,29,180,77", Lang::En).unwrap(), [18.0, 29.0, 180.0, 77.0]);
        assert_eq!(parse_bbox(" -10, -5.5 , 20 ,30", Lang::En).unwrap(), [-10.0, -5.5, 20.0, 30.0]);
        for bad in ["18,29,180", "a,b,c,d", "30,29,20,77", "18,70,180,60", "18,29,190,77", "18,-89,20,10"] {
            assert!(parse_bbox(bad, Lang::En).is_err(), "{bad}");
        }
    }
}
