//! The "Export image…" dialog's state: its choices (remembered between runs), what an image of
//! the app's map shows, and where it goes by default. The app does the work off the UI thread,
//! with the renderer `csto-map render` uses.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::clock::{GRID_DAYS, grid_days};
use crate::geodata::{Projection, ProjectionChoice};
use crate::i18n::Lang;
use crate::images::{
    Decorations, Frame, ImageFormat, ImageSpec, Shows, check_size, compare_title, default_title, file_stem, grid_title,
    overlap_title, scale_for, title_at,
};
use crate::style::Theme;
use crate::timeline::{Organisation, Timeline};
use crate::tr;

/// What the dialog offers, as the user last left it.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ExportOptions {
    pub size: SizePreset,
    /// The size of `SizePreset::Custom`, in pixels.
    pub custom_px: [u32; 2],
    pub title: bool,
    pub legend: bool,
    pub credits: bool,
    pub labels: bool,
    /// The territories held by another state or authority than the recognised one.
    pub context: bool,
    pub area: Area,
    /// Equal-area (Albers for a region, Equal Earth for the world) or Web Mercator, as the window.
    pub projection: ProjectionChoice,
    pub format: ImageFormat,
    /// The folder of the last export (the Pictures folder until then).
    pub folder: Option<PathBuf>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            size: SizePreset::Slide,
            custom_px: [1600, 1200],
            title: true,
            legend: true,
            credits: true,
            labels: true,
            context: true,
            area: Area::View,
            projection: ProjectionChoice::Auto,
            format: ImageFormat::Png,
            folder: None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SizePreset {
    #[default]
    Slide,
    Uhd,
    A4,
    Square,
    Custom,
}

impl SizePreset {
    pub const ALL: [SizePreset; 5] = [Self::Slide, Self::Uhd, Self::A4, Self::Square, Self::Custom];

    pub fn label(self, lang: Lang) -> String {
        lang.t(match self {
            Self::Slide => "export-size-slide",
            Self::Uhd => "export-size-uhd",
            Self::A4 => "export-size-a4",
            Self::Square => "export-size-square",
            Self::Custom => "export-size-custom",
        })
    }

    /// Width and height in pixels.
    pub fn pixels(self, custom_px: [u32; 2]) -> [u32; 2] {
        match self {
            Self::Slide => [1920, 1080],
            Self::Uhd => [3840, 2160],
            Self::A4 => [3508, 2480],
            Self::Square => [2160, 2160],
            Self::Custom => custom_px,
        }
    }
}

/// The part of the map an image shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// What the window shows now, widened to the image's shape.
    #[default]
    View,
    Region,
}

/// What an exported image shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExportContent {
    /// The map as the window shows it: the shown day, or in compare mode the changes.
    #[default]
    Shown,
    /// Small maps of several days, side by side.
    Dates,
}

/// The open dialog: the options being chosen, the title and the file name being typed.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportDialog {
    pub options: ExportOptions,
    pub title: String,
    pub path: String,
    /// The day shown, and the day compared with in compare mode.
    pub date: Date,
    pub compare: Option<Date>,
    pub content: ExportContent,
    /// The days of [`ExportContent::Dates`] as typed, pre-filled with the days membership changed.
    pub dates: String,
    /// Every day a status changed (signatures and observers too), which a button puts in
    /// `dates` instead: at most twelve, as a grid takes.
    pub change_days: String,
    /// The file exists and the user is being asked whether to replace it.
    pub confirm_replace: bool,
    /// Why the last attempt failed, shown in the dialog.
    pub error: Option<String>,
    /// The language of the dialog and of the image: the app's.
    pub lang: Lang,
    /// The organisation the image shows, which titles it and whose region it may show.
    pub organisation: Organisation,
    /// The organisation whose overlap with it the map shows, if it does.
    pub overlap: Option<std::sync::Arc<Timeline>>,
}

/// Days as the "Several dates" field shows them ("1994-04-20, 1999-04-20"): the latest that a
/// grid takes.
fn day_list(days: &[Date]) -> String {
    let skip = days.len().saturating_sub(*GRID_DAYS.end());
    days[skip..].iter().map(Date::to_string).collect::<Vec<_>>().join(", ")
}

impl ExportDialog {
    /// The dialog for the day shown (compared with `compare` in compare mode): the title says
    /// it, the file is named after it; "Several dates" offers `dates` (at most twelve).
    pub fn open(
        options: &ExportOptions,
        (date, compare): (Date, Option<Date>),
        (today, lang): (Date, Lang),
        (organisation, dates): (&Organisation, &[Date]),
    ) -> Self {
        let folder = options.folder.clone().filter(|folder| folder.is_dir()).unwrap_or_else(pictures_dir);
        let mut dialog = Self {
            options: options.clone(),
            title: String::new(),
            path: String::new(),
            date,
            compare,
            content: ExportContent::Shown,
            dates: day_list(dates),
            change_days: String::new(),
            confirm_replace: false,
            error: None,
            lang,
            organisation: organisation.clone(),
            overlap: None,
        };
        dialog.path = folder.join(dialog.default_file_name()).display().to_string();
        dialog.title = dialog.default_title(today, lang);
        dialog
    }

    /// The file name the image gets unless the user types another: `csto-map-2012-12-31.png`,
    /// `csto-map-nato-2011-12-31-2013-12-31.png`, `csto-map-csto-nato-2004-12-31.svg`.
    fn default_file_name(&self) -> String {
        let stem = file_stem(&self.organisation, self.overlap.as_deref().map(|other| &other.organisation));
        let name = match (&self.overlap, self.compare) {
            (None, Some(other)) => format!("{stem}-{}-{}", other.min(self.date), other.max(self.date)),
            _ => format!("{stem}-{}", self.date),
        };
        format!("{name}.{}", self.options.format.extension())
    }

    /// The dialog for what the window now shows: the organisation, the one it overlaps with (if
    /// any), the day compared with (if any); a title and a file name the user has not changed
    /// follow. An overlap shows one day: "several dates" gives way to it.
    pub fn follow(
        &mut self,
        (organisation, overlap): (&Organisation, Option<std::sync::Arc<Timeline>>),
        compare: Option<Date>,
        today: Date,
    ) {
        let title_edited = self.title != self.default_title(today, self.lang);
        let path = PathBuf::from(&self.path);
        let name_edited = path.file_name().and_then(|name| name.to_str()) != Some(self.default_file_name().as_str());
        self.organisation = organisation.clone();
        self.overlap = overlap;
        self.compare = compare;
        if self.overlap.is_some() {
            self.content = ExportContent::Shown;
        }
        if !name_edited && let Some(folder) = path.parent() {
            self.path = folder.join(self.default_file_name()).display().to_string();
        }
        if !title_edited {
            self.title = self.default_title(today, self.lang);
        }
        self.confirm_replace = false;
        self.error = None;
    }

    /// Offers every day a status changed beside the membership days (the dialog's "every change
    /// day").
    pub fn with_change_days(mut self, days: &[Date]) -> Self {
        self.change_days = day_list(days);
        self
    }

    /// The box "the region" means: the organisation's, or on an overlap map both organisations'.
    pub fn region_deg(&self) -> [f64; 4] {
        crate::data::region_of(&self.organisation, self.overlap.as_deref().map(|other| &other.organisation))
    }

    /// The title the image gets unless the user writes another, in `lang`.
    pub fn default_title(&self, today: Date, lang: Lang) -> String {
        match (self.content, self.compare) {
            (ExportContent::Dates, _) => grid_title(&self.organisation, lang),
            (ExportContent::Shown, _) if let Some(other) = &self.overlap => {
                title_at(&overlap_title((&self.organisation, &other.organisation), lang), self.date, today, lang)
            }
            (ExportContent::Shown, Some(other)) => compare_title(&self.organisation, (other, self.date), lang),
            (ExportContent::Shown, None) => title_at(&default_title(&self.organisation, lang), self.date, today, lang),
        }
    }

    /// Shows the map as the window does, or several days; a title the user has not edited follows.
    pub fn set_content(&mut self, content: ExportContent, today: Date) {
        let edited = self.title != self.default_title(today, self.lang);
        self.content = content;
        if !edited {
            self.title = self.default_title(today, self.lang);
        }
        self.error = None;
    }

    /// What the image shows, or why the days typed cannot be used.
    pub fn shows(&self, today: Date) -> Result<Shows, String> {
        match (self.content, self.compare) {
            (ExportContent::Dates, _) => {
                let label = self.lang.t("export-dates");
                let dates = grid_days(&label, &self.dates, today).map_err(|error| error.localised(self.lang))?;
                Ok(Shows::Grid { dates, columns: None })
            }
            (ExportContent::Shown, _) if let Some(other) = &self.overlap => Ok(Shows::Overlap(other.clone())),
            (ExportContent::Shown, Some(other)) => Ok(Shows::Compare(other)),
            (ExportContent::Shown, None) => Ok(Shows::Day),
        }
    }

    /// Chooses PNG or SVG, and gives the file name the extension to match.
    pub fn set_format(&mut self, format: ImageFormat) {
        self.options.format = format;
        let path = PathBuf::from(&self.path);
        if path.file_stem().is_some() {
            self.path = path.with_extension(format.extension()).display().to_string();
        }
        self.confirm_replace = false;
    }

    /// The file to write: `~` is the home folder, a bare name goes in the default folder, and
    /// the format's extension is added if the name has none.
    pub fn target(&self) -> Result<PathBuf, String> {
        let typed = self.path.trim();
        if typed.is_empty() {
            return Err(self.lang.t("export-no-name"));
        }
        let mut path = match typed.strip_prefix("~/") {
            Some(rest) => dirs::home_dir().unwrap_or_default().join(rest),
            None => PathBuf::from(typed),
        };
        if path.is_relative() {
            path = self.options.folder.clone().unwrap_or_else(pictures_dir).join(path);
        }
        let wanted = self.options.format.extension();
        match path.extension().and_then(|extension| extension.to_str()).map(str::to_ascii_lowercase) {
            None => Ok(path.with_extension(wanted)),
            Some(extension) if extension == wanted => Ok(path),
            Some(extension) => Err(tr!(
                self.lang,
                "export-wrong-extension",
                extension = extension,
                format = wanted.to_uppercase(),
                wanted = wanted
            )),
        }
    }
}

/// What an image from the app shows: the options, at the day shown (or what `shows` says), in
/// the app's theme; `view` is the rectangle of the plane on screen and the window's projection,
/// for `Area::View`, and `region_deg` the organisation's region in degrees, for `Area::Region`.
/// An equal-area image of the window's equal-area map is what it shows, in its projection.
pub fn image_spec(
    options: &ExportOptions,
    title: &str,
    (date, today): (Date, Date),
    shows: Shows,
    (theme, lang): (Theme, Lang),
    (view, region_deg): (Option<([f64; 4], Projection)>, [f64; 4]),
) -> Result<ImageSpec, String> {
    let [width_px, height_px] = options.size.pixels(options.custom_px);
    check_size(width_px, height_px).map_err(|error| format!("{}.", error.localised(lang)))?;
    // A grid's panels each fit the box to their own shape.
    let grid = matches!(shows, Shows::Grid { .. });
    let box_deg = match (options.area, view) {
        (Area::View, Some((bounds, projection))) => projection.mid_box_deg(bounds),
        _ => region_deg,
    };
    let on_screen = view.filter(|(_, projection)| options.area == Area::View && projection.is_equal_area());
    let frame = match (options.projection, on_screen) {
        (ProjectionChoice::Auto, Some(([x0, y0, x1, y1], projection))) if grid => {
            Frame { min: [x0, y0], max: [x1, y1], projection }
        }
        (ProjectionChoice::Auto, Some((bounds, projection))) => {
            Frame { projection, ..Frame::fit_projected(bounds, width_px, height_px) }
        }
        _ => match options.projection.for_box(box_deg) {
            Projection::Mercator => {
                // What the window shows, or on its equal-area map the box it spans.
                let view = view.map(|(bounds, projection)| match projection {
                    Projection::Mercator => bounds,
                    _ => crate::data::region_projected(box_deg),
                });
                mercator_frame(options.area, (view, region_deg), grid, (width_px, height_px))
            }
            projection if grid => Frame::of_box_in(projection, box_deg),
            projection => Frame::fit_in(projection, box_deg, width_px, height_px),
        },
    };
    let decorated = options.title || options.legend || options.credits;
    Ok(ImageSpec {
        date,
        today,
        width_px,
        height_px,
        scale: scale_for(width_px, height_px),
        frame,
        theme,
        labels: options.labels,
        graticule: frame.projection.is_equal_area(),
        context: options.context,
        decorations: decorated.then(|| Decorations {
            title: if options.title { title.trim().to_owned() } else { String::new() },
            legend: options.legend,
            credits: options.credits,
        }),
        lang,
        shows,
    })
}

/// The frame of a Web Mercator image: what the window shows, exactly, or the region.
fn mercator_frame(
    area: Area,
    (view, region_deg): (Option<[f64; 4]>, [f64; 4]),
    grid: bool,
    (width_px, height_px): (u32, u32),
) -> Frame {
    match (area, view, grid) {
        (Area::View, Some([x0, y0, x1, y1]), true) => {
            Frame { min: [x0, y0], max: [x1, y1], projection: crate::geodata::Projection::Mercator }
        }
        (Area::View, Some(bounds), false) => Frame::fit_projected(bounds, width_px, height_px),
        (_, _, true) => Frame::of_box(region_deg),
        _ => Frame::fit(region_deg, width_px, height_px),
    }
}

/// The width of the dialog's thumbnail, in pixels.
pub const PREVIEW_WIDTH_PX: u32 = 400;

/// `full` in miniature, `width_px` wide: the same part of the map, with print and lines shrunk
/// alike, so that the thumbnail shows the layout of the real image.
pub fn preview_spec(full: &ImageSpec, width_px: u32) -> ImageSpec {
    let factor = width_px as f32 / full.width_px.max(1) as f32;
    let height_px = ((full.height_px as f32 * factor).round() as u32).clamp(1, 4 * width_px.max(1));
    ImageSpec { width_px, height_px, scale: full.scale * factor, ..full.clone() }
}

/// The user's Pictures folder (`XDG_PICTURES_DIR` on Linux, the Known Folder elsewhere), else
/// ~/Pictures, else the home folder, else the current one.
pub fn pictures_dir() -> PathBuf {
    let Some(home) = dirs::home_dir() else { return PathBuf::from(".") };
    dirs::picture_dir().into_iter().chain([home.join("Pictures")]).find(|dir| dir.is_dir()).unwrap_or(home)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::CSTO_REGION_DEG;
    use jiff::civil::date;

    fn csto() -> Organisation {
        crate::timeline::Timeline::bundled().unwrap().organisation
    }

    #[test]
    fn the_pictures_folder_is_a_folder_that_exists() {
        // Which one depends on the machine (user-dirs.dirs, ~/Pictures, home); it exists.
        assert!(pictures_dir().is_dir(), "{}", pictures_dir().display());
    }

    fn dialog(path: &str, format: ImageFormat) -> ExportDialog {
        let options = ExportOptions { format, folder: Some(PathBuf::from("/pictures")), ..ExportOptions::default() };
        ExportDialog {
            path: path.into(),
            ..ExportDialog::open(&options, (date(2012, 12, 31), None), (date(2026, 11, 30), Lang::En), (&csto(), &[]))
        }
    }

    #[test]
    fn the_file_name_gets_the_format_s_extension_and_a_folder() {
        assert_eq!(dialog("map", ImageFormat::Png).target(), Ok(PathBuf::from("/pictures/map.png")));
        assert_eq!(dialog("/tmp/a.SVG", ImageFormat::Svg).target(), Ok(PathBuf::from("/tmp/a.SVG")));
        let error = dialog("/tmp/a.jpg", ImageFormat::Png).target().unwrap_err();
        assert_eq!(error, "The file name ends in .jpg; a PNG image needs .png.");
        assert!(dialog("  ", ImageFormat::Png).target().is_err());
        let mut svg = dialog("/tmp/csto-map-2012-12-31.png", ImageFormat::Png);
        svg.set_format(ImageFormat::Svg);
        assert_eq!(svg.path, "/tmp/csto-map-2012-12-31.svg");
    }

    #[test]
    fn the_dialog_opens_with_the_day_in_the_title_and_the_file_name() {
        let options = ExportOptions { folder: Some(std::env::temp_dir()), ..ExportOptions::default() };
        let (day, today) = (jiff::civil::date(2012, 12, 31), jiff::civil::date(2026, 11, 30));
        let dialog = ExportDialog::open(&options, (day, None), (today, Lang::En), (&csto(), &[]));
        assert_eq!(dialog.title, "CSTO membership, as of 31 December 2012");
        let dialog = ExportDialog::open(&options, (day, None), (today, Lang::Ru), (&csto(), &[]));
        assert_eq!(dialog.title, "Члены ОДКБ по состоянию на 31\u{a0}декабря 2012\u{a0}г.");
        assert_eq!(PathBuf::from(&dialog.path), std::env::temp_dir().join("csto-map-2012-12-31.png"));
        let compared = ExportDialog::open(&options, (day, Some(date(2011, 12, 31))), (today, Lang::En), (&csto(), &[]));
        assert_eq!(compared.title, "CSTO membership: changes from 31 December 2011 to 31 December 2012");
        assert_eq!(PathBuf::from(&compared.path), std::env::temp_dir().join("csto-map-2011-12-31-2012-12-31.png"));
        assert_eq!(compared.shows(today), Ok(Shows::Compare(date(2011, 12, 31))));
    }

    #[test]
    fn several_dates_are_pre_filled_and_checked_and_the_unedited_title_follows() {
        let today = date(2026, 11, 30);
        let days: Vec<Date> = (1993..2010).map(|year| date(year, 6, 1)).collect();
        let mut dialog = ExportDialog::open(
            &ExportOptions::default(),
            (date(2012, 12, 31), None),
            (today, Lang::En),
            (&csto(), &days),
        );
        assert_eq!(dialog.dates.split(", ").count(), 12, "a grid shows at most twelve");
        dialog.set_content(ExportContent::Dates, today);
        assert_eq!(dialog.title, "CSTO membership over time");
        dialog.dates = "1999-04-20 2006-08-16".into();
        let shows = Shows::Grid { dates: vec![date(1999, 4, 20), date(2006, 8, 16)], columns: None };
        assert_eq!(dialog.shows(today), Ok(shows));
        dialog.dates = "1999-04-20, 2006-02-30".into();
        assert!(dialog.shows(today).unwrap_err().starts_with("Days: "), "named by its field");
        dialog.title = "My slide".into();
        dialog.set_content(ExportContent::Shown, today);
        assert_eq!(dialog.title, "My slide", "an edited title stays");
    }

    #[test]
    fn an_image_spec_takes_the_preset_size_and_scales_its_print() {
        let today = jiff::civil::date(2026, 11, 30);
        let options = ExportOptions { size: SizePreset::Uhd, title: false, ..ExportOptions::default() };
        let spec = image_spec(
            &options,
            "ignored",
            (today, today),
            Shows::Day,
            (Theme::Dark, Lang::En),
            (None, CSTO_REGION_DEG),
        )
        .unwrap();
        assert_eq!([spec.width_px, spec.height_px, spec.scale as u32], [3840, 2160, 2]);
        assert_eq!(spec.decorations.unwrap().title, "", "no title");
        let bare = ExportOptions { legend: false, credits: false, title: false, ..ExportOptions::default() };
        assert_eq!(
            image_spec(&bare, "", (today, today), Shows::Day, (Theme::Light, Lang::En), (None, CSTO_REGION_DEG))
                .unwrap()
                .decorations,
            None
        );
        let huge = ExportOptions { size: SizePreset::Custom, custom_px: [30_000, 100], ..ExportOptions::default() };
        assert!(
            image_spec(&huge, "", (today, today), Shows::Day, (Theme::Light, Lang::En), (None, CSTO_REGION_DEG))
                .unwrap_err()
                .contains("30000x100")
        );
    }
}
