//! The command line: `status`, `history`, `events`, `palette`, and the images `render`,
//! `render-series` and `animate`; no subcommand opens the desktop map.

mod help;
mod render;
mod report;

pub use help::{lang_of_args, localised};

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use jiff::civil::Date;

use crate::Iso3;
use crate::clock::Today;
use crate::data::{Data, read_timeline_file};
use crate::geodata::{Borders, Detail};
use crate::i18n::Lang;
use crate::scene_file::SceneFile;
use crate::style::Theme;
use crate::timeline::{Timeline, parse_day, year_end_or_today};
use crate::tr;

/// The version, with the day the bundled timeline was last checked against its sources.
static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let checked = Timeline::bundled_checked_on().map(|day| format!(" (timeline checked {day})"));
    format!("{}{}", env!("CARGO_PKG_VERSION"), checked.unwrap_or_default())
});

/// The Collective Security Treaty Organization on a world map: who was a member, when, and why.
///
/// Without a subcommand it opens the desktop map.
#[derive(Debug, Parser)]
#[command(name = "csto-map", version = VERSION.as_str(), about, max_term_width = 100)]
pub struct Cli {
    /// Use this timeline file (JSON, as assets/organisations/csto.json) instead of the bundled one.
    #[arg(long, global = true, value_name = "FILE")]
    pub timeline: Option<PathBuf>,

    /// The organisation to show: csto (the default), cis, eaeu, guam, nato, sco, or the one of
    /// the --timeline file.
    #[arg(long, global = true, value_name = "ID")]
    pub org: Option<String>,

    /// The language of text output and images (default: the system's language if csto-map has
    /// it, else English). JSON keeps its English keys and adds localised names.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Open the window at this day (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Open the window comparing this day with the shown one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub compare: Option<String>,
    /// Open the window on this part of the map, in degrees: WEST,SOUTH,EAST,NORTH.
    #[arg(long, value_name = "W,S,E,N", allow_hyphen_values = true)]
    pub bbox: Option<String>,
    /// Open the window presenting the story (presentation mode, as F5 starts it).
    #[arg(long)]
    pub present: bool,
    /// Open the window on a scene saved by File → Save scene… (--date, --compare, --bbox and
    /// --org given too change it).
    #[arg(long, value_name = "FILE")]
    pub scene: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Whether any option that opens the window on a scene was given.
    pub fn opens_a_scene(&self) -> bool {
        self.date.is_some() || self.compare.is_some() || self.bbox.is_some() || self.present || self.scene.is_some()
    }

    /// The scene the window opens on (from --scene, changed by --date, --compare and --bbox),
    /// checked: one message naming what is wrong.
    pub fn opening_scene(&self, lang: Lang) -> anyhow::Result<SceneFile> {
        // A clock variable that is no day does not keep the window shut: the window says so.
        let (fixed, _) = crate::clock::window_clock(lang);
        let today = today_from(fixed.unwrap_or_else(crate::clock::computer_today), lang)?;
        let mut scene = match &self.scene {
            Some(path) => SceneFile::read(path, today).map_err(|error| anyhow::anyhow!(error.localised(lang)))?,
            None => SceneFile::default(),
        };
        if let Some(text) = &self.date {
            scene.date = Some(day_in_timeline("--date", text, today, lang)?);
        }
        if let Some(text) = &self.compare {
            scene.compare = Some(day_in_timeline("--compare", text, today, lang)?);
            // Comparing two days replaces the scene's overlap: a map shows one or the other.
            scene.overlap = None;
        }
        if let Some(text) = &self.bbox {
            scene.bbox = Some(render::parse_bbox(text, lang)?);
        }
        if let Some(id) = &self.org {
            scene.organisation = Some(id.clone());
        }
        Ok(scene)
    }
}

/// Today as the data allow: a clock before the day the bundled data were checked is wrong (and
/// said so on stderr).
fn today(lang: Lang) -> anyhow::Result<Date> {
    let clock = crate::clock::clock_today().map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
    today_from(clock, lang)
}

/// Today from the clock's day, as [`today`] takes it.
fn today_from(clock: Date, lang: Lang) -> anyhow::Result<Date> {
    let bundled_checked_on =
        Timeline::bundled_checked_on().context("the bundled timeline has no check date")?.effective();
    let today = Today::from_clock(clock, bundled_checked_on);
    if let Some(clock) = today.overruled() {
        let (clock, taken) = (lang.date(clock), lang.date(today.date));
        eprintln!("warning: {}", tr!(lang, "notice-clock", clock = clock, today = taken));
    }
    Ok(today.date)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Every country with a status in the organisation at a date, or the country at a point.
    Status(StatusArgs),
    /// Every country with a status in any organisation at a date, one column per organisation
    /// (the organisations overlap: the CSTO, the CIS, the EAEU, the SCO, NATO, GUAM).
    Memberships {
        #[command(flatten)]
        moment: MomentArgs,
        /// Print JSON: [{"iso3", "name", "orgs": {"csto": "member", "nato": null, …}}].
        #[arg(long)]
        json: bool,
        /// Print CSV: iso3, name, then each organisation's status id.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
    },
    /// One country's dated history, with notes and sources.
    History {
        /// ISO 3166-1 alpha-3 code, such as UZB.
        iso3: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// An image of the map at a date, with a title, the legend and the credits (PNG or SVG).
    Render(render::RenderArgs),
    /// One numbered image per year (month, change of status) from 1992 to today, for slide decks.
    RenderSeries(render::SeriesArgs),
    /// The timeline from 1992 to today as a looping animated GIF.
    Animate(render::AnimateArgs),
    /// Checks a timeline file and lists every problem in it, each with its place (exit 0 if it
    /// has none, 2 if it has any): for keeping a local copy of the timeline current.
    Check {
        /// The timeline file (JSON, as assets/organisations/csto.json).
        file: PathBuf,
    },
    /// The colours of the map: each status, countries without one, and the sea.
    Palette {
        /// The theme whose land and sea colours to print.
        #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
        theme: ThemeArg,
        /// Print JSON: {"member": {"fill": "#rrggbb", "pattern": null}, ...}.
        #[arg(long)]
        json: bool,
    },
    /// The status changes and event markers in date order.
    Events {
        /// First day (YYYY-MM-DD), included.
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Last day (YYYY-MM-DD), included.
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The territories held by another state or authority than the one whose territory they are
    /// under international law, at a date (Crimea, Abkhazia, Transnistria…).
    Territories {
        #[command(flatten)]
        moment: MomentArgs,
        /// Print JSON: [{"id", "name", "recognised_as", "held_by", "holder", "since", "note"}].
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
}

impl From<ThemeArg> for Theme {
    fn from(theme: ThemeArg) -> Self {
        match theme {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        }
    }
}

/// The moment to show: a day, or the end of a year; today if neither is given.
#[derive(Debug, Args)]
#[group(id = "moment", multiple = false)]
pub struct MomentArgs {
    /// The day (YYYY-MM-DD); a change takes effect on its date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The end of 31 December of that year (today, for the current year).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i16>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub moment: MomentArgs,
    /// Only the country at this point, in degrees, such as 55.75,37.62 for Moscow.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Only the countries whose status differs between this day and --date/--year, with both
    /// statuses (the earlier day first, whichever is given here).
    #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "at")]
    pub compare: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Print the table of statuses as CSV: code, name, status, since when, the next change.
    #[arg(long, conflicts_with_all = ["json", "at", "compare"])]
    pub csv: bool,
}

/// Runs a subcommand, writing to `out`. Errors are for the user: they say what was wrong.
pub fn run(
    command: Command,
    (timeline_file, org): (Option<&Path>, Option<&str>),
    lang: Option<Lang>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    // JSON names things in a language only when one is asked for.
    let named = lang;
    let lang = lang.unwrap_or_else(Lang::system);
    let today = today(lang)?;
    // Each command loads only what it uses: the borders only to find a point, name a country the
    // timeline lacks, check a timeline file, or draw.
    let read_timeline = || load_timeline((timeline_file, org), lang);
    match command {
        Command::Status(args) => {
            let timeline = read_timeline()?;
            let moment = moment(&args.moment, today, lang)?;
            if let Some(text) = &args.compare {
                let other = day_in_timeline("--compare", text, today, lang)?;
                return report::comparison(out, &timeline, (other, moment), lang, args.json.then_some(named));
            }
            if args.csv {
                let rows = crate::snapshot::rows(&timeline, moment);
                return Ok(out.write_all(crate::snapshot::table_csv(&rows, lang).as_bytes())?);
            }
            match args.at {
                Some(at) => {
                    let (lat_deg, lon_deg) = parse_lat_lon(&at, lang)?;
                    let borders = bundled_borders()?;
                    let country = borders.country_at(lon_deg, lat_deg);
                    report::point(out, &timeline, country, (moment, today), lang, args.json.then_some(named))
                }
                None => report::statuses(out, &timeline, (moment, today), lang, args.json.then_some(named)),
            }
        }
        Command::Memberships { moment: moment_args, json, csv } => {
            let organisations = load_organisations((timeline_file, org), lang)?;
            let moment = moment(&moment_args, today, lang)?;
            let format = if json {
                report::Format::Json(named)
            } else if csv {
                report::Format::Csv
            } else {
                report::Format::Text
            };
            report::memberships(out, &organisations, (moment, today), lang, format)
        }
        Command::History { iso3, json } => {
            let timeline = read_timeline()?;
            let code: Iso3 = iso3
                .trim()
                .to_ascii_uppercase()
                .parse()
                .map_err(|error: crate::iso3::Iso3Error| anyhow::anyhow!(error.localised(lang)))?;
            let name = match timeline.country(code) {
                Some(country) => country.name.clone(),
                None => match bundled_borders()?.country(code) {
                    Some(country) => country.name.to_string(),
                    None => bail!(tr!(lang, "error-unknown-country", code = code.to_string())),
                },
            };
            report::history(out, &timeline, (code, &name), lang, json.then_some(named))
        }
        Command::Events { from, to, json } => {
            let timeline = read_timeline()?;
            let day = |option: &str, text: Option<String>| {
                text.as_deref().map(parse_day).transpose().map_err(|error| dated(option, &error, lang))
            };
            let (from, to) = (day("--from", from)?, day("--to", to)?);
            let from = from.unwrap_or(Date::MIN);
            let to = to.unwrap_or(Date::MAX);
            if from > to {
                bail!(tr!(lang, "error-from-after-to", from = from.to_string(), to = to.to_string()));
            }
            report::events(out, &timeline, (from, to), lang, json.then_some(named))
        }
        Command::Territories { moment: moment_args, json } => {
            let territories =
                crate::territories::Territories::bundled().map_err(|error| anyhow::anyhow!(error.to_string()))?;
            let moment = moment(&moment_args, today, lang)?;
            report::territories(out, &territories, (moment, today), lang, json.then_some(named))
        }
        Command::Check { file } => {
            if let Some(other) = timeline_file {
                let (other, given) = (other.display().to_string(), file.display().to_string());
                bail!(tr!(lang, "error-check-timeline", file = other, given = given));
            }
            check(out, &file, lang)
        }
        Command::Palette { theme, json } => {
            if let Some(file) = timeline_file {
                bail!(tr!(lang, "error-palette-timeline", file = file.display().to_string()));
            }
            report::palette(out, theme.into(), json)
        }
        Command::Render(mut args) => {
            // A scene names its organisations, unless --org and --overlap are given.
            let scene = args.scene.as_deref().map(|path| SceneFile::read(path, today)).transpose();
            let scene = scene.map_err(|error| anyhow::anyhow!(error.localised(lang)))?;
            let org = org.or(scene.as_ref().and_then(|scene| scene.organisation.as_deref()));
            if args.image.overlap.is_none() {
                args.image.overlap = scene.as_ref().and_then(|scene| scene.overlap.clone());
            }
            let data = image_data(&mut args.image, (timeline_file, org), lang)?;
            render::render_one(&args, &data, today, lang, out)
        }
        Command::RenderSeries(mut args) => {
            let data = image_data(&mut args.image, (timeline_file, org), lang)?;
            render::render_series(&args, &data, today, lang, out)
        }
        Command::Animate(mut args) => {
            let data = image_data(&mut args.image, (timeline_file, org), lang)?;
            render::animate(&args, &data, today, lang, out)
        }
    }
}

/// What an image command draws from: the organisation shown, with the borders; and the timeline
/// of the organisation of `--overlap`, read into `image`, if one is asked for.
fn image_data(
    image: &mut render::ImageArgs,
    (file, org): (Option<&Path>, Option<&str>),
    lang: Lang,
) -> anyhow::Result<Data> {
    let mut organisations = crate::timeline::Organisations::of(load_timeline((file, org), lang)?);
    if let Some(id) = &image.overlap {
        if *id == organisations.default_timeline().organisation.id {
            bail!(tr!(lang, "error-overlap-same", id = id.as_str()));
        }
        let other = load_timeline((file, Some(id)), lang)?;
        image.overlap_with = Some(std::sync::Arc::new(other.clone()));
        // Its countries get labels too.
        organisations.insert(other);
    }
    Ok(Data::showing_first(organisations, bundled_borders()?)?)
}

/// Lists every problem of a timeline file; an error (exit 2) if there is any.
fn check(out: &mut dyn Write, file: &Path, lang: Lang) -> anyhow::Result<()> {
    let borders = bundled_borders()?;
    let origin = file.display();
    match read_timeline_file(file, &borders) {
        Ok(timeline) => {
            let (countries, events) = (timeline.countries().len(), timeline.events().len());
            let (origin, checked) = (origin.to_string(), timeline.checked_on.to_string());
            let line =
                tr!(lang, "check-no-problems", origin = origin, countries = countries, events = events, date = checked);
            writeln!(out, "{line}")?;
            Ok(())
        }
        Err(error) => {
            let problems = error.localised(lang);
            for problem in &problems {
                writeln!(out, "{problem}")?;
            }
            let count = problems.len();
            bail!(tr!(lang, "error-problems", origin = origin.to_string(), count = count))
        }
    }
}

/// The bundled 1:50m borders, which `--at`, timeline files and images need.
fn bundled_borders() -> anyhow::Result<Borders> {
    Borders::bundled(Detail::Full).context("the bundled borders are broken")
}

/// The timeline of the organisation asked for (the default one if none is): the file the user
/// named, checked against the bundled borders (the first problem is the error: `check` lists
/// them all), or a bundled one. Only that organisation's file is read.
fn load_timeline((file, org): (Option<&Path>, Option<&str>), lang: Lang) -> anyhow::Result<Timeline> {
    let mut known = Timeline::bundled_ids().into_iter().map(str::to_owned).collect::<Vec<_>>();
    if let Some(path) = file {
        let timeline = read_timeline_file(path, &bundled_borders()?)
            .map_err(|error| anyhow::anyhow!(error.localised(lang).into_iter().next().unwrap_or_default()))?;
        if org.is_none_or(|id| id == timeline.organisation.id) {
            return Ok(timeline);
        }
        if !known.contains(&timeline.organisation.id) {
            known.push(timeline.organisation.id);
        }
    }
    let id = org.unwrap_or(crate::timeline::DEFAULT_ORGANISATION);
    match Timeline::bundled_of(id) {
        Some(timeline) => Ok(timeline.context("a bundled timeline is broken")?),
        None => bail!(tr!(lang, "error-unknown-org", id = id, known = known.join(", "))),
    }
}

/// Every bundled organisation, with the --timeline file's in its organisation's place; `--org`,
/// a filter for the others, is refused here (memberships lists them all).
fn load_organisations(
    (file, org): (Option<&Path>, Option<&str>),
    lang: Lang,
) -> anyhow::Result<crate::timeline::Organisations> {
    if let Some(id) = org {
        bail!(tr!(lang, "error-memberships-org", id = id));
    }
    let mut organisations = crate::timeline::Organisations::bundled().context("a bundled timeline is broken")?;
    if let Some(path) = file {
        organisations.insert(load_timeline((Some(path), None), lang)?);
    }
    Ok(organisations)
}

/// The day of `--date`, or the end of `--year` (today in the current year).
pub(crate) fn moment(args: &MomentArgs, today: Date, lang: Lang) -> anyhow::Result<Date> {
    if let Some(text) = &args.date {
        return day_in_timeline("--date", text, today, lang);
    }
    let year = args.year.unwrap_or(today.year());
    let day = year_end_or_today(year, today).map_err(|error| dated("--year", &error, lang))?;
    // The same rule as for every day: in the timeline, from 1992 to today.
    if day < crate::clock::FIRST_DAY {
        let first = crate::clock::FIRST_DAY.year();
        bail!(tr!(lang, "error-year-before", option = "--year", year = year, first = first));
    }
    Ok(day)
}

/// A day given to `option` that must lie in the timeline, from 1992 to today.
pub fn day_in_timeline(option: &str, text: &str, today: Date, lang: Lang) -> anyhow::Result<Date> {
    crate::clock::day_in_timeline(option, text, today).map_err(|error| anyhow::anyhow!(error.localised(lang)))
}

/// A date that cannot be used, named with its option: "--date: "2012-13-01" is not a date: …".
fn dated(option: &str, error: &crate::timeline::DateError, lang: Lang) -> anyhow::Error {
    anyhow::anyhow!("{option}: {}", error.localised(lang))
}

/// Parses `LAT,LON` in degrees, latitude first as on most maps.
fn parse_lat_lon(text: &str, lang: Lang) -> anyhow::Result<(f64, f64)> {
    let expected = || tr!(lang, "error-at-form", text = text);
    let Some((lat, lon)) = text.split_once(',') else { bail!(expected()) };
    let (Ok(lat_deg), Ok(lon_deg)) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>()) else { bail!(expected()) };
    if !(-90.0..=90.0).contains(&lat_deg) {
        bail!(tr!(lang, "error-at-latitude", value = lat_deg.to_string()));
    }
    if !(-180.0..=180.0).contains(&lon_deg) {
        bail!(tr!(lang, "error-at-longitude", value = lon_deg.to_string()));
    }
    Ok((lat_deg, lon_deg))
}

#[cfg(test)]
mod tests;
