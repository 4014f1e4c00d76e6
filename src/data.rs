//! What the app, the command line and the images share, loaded once: the timeline, the border
//! sets and labels, the days of change, and the region the map and images open on.

use std::sync::Arc;

use jiff::civil::Date;

use crate::geodata::packed::PackError;
use crate::geodata::{BorderSets, Borders, Detail, ProjectedBorders, Projection, mercator_from_geo};
use crate::i18n::Lang;
use crate::timeline::{Organisation, Organisations, Timeline, TimelineError, UnknownOrganisation};
use crate::tr;

/// The CSTO region the map opens on and images show by default: Serbia to the Pacific,
/// Afghanistan to the Kara Sea (west, south, east, north in degrees).
pub const CSTO_REGION_DEG: [f64; 4] = [18.0, 29.0, 180.0, 77.0];

/// West before east, both from -180 to 180 degrees.
pub fn longitudes_in_order(west: f64, east: f64) -> bool {
    (-180.0..=180.0).contains(&west) && (-180.0..=180.0).contains(&east) && west < east
}

/// South before north, both within the Web Mercator map (85 degrees north or south).
pub fn latitudes_in_order(south: f64, north: f64) -> bool {
    (-85.0..=85.0).contains(&south) && (-85.0..=85.0).contains(&north) && south < north
}

/// A box `[west, south, east, north]` in degrees that a map can show.
pub fn is_box([west, south, east, north]: [f64; 4]) -> bool {
    longitudes_in_order(west, east) && latitudes_in_order(south, north)
}

/// The region a map of `organisation` shows, in degrees: its own, or on a map of where it and
/// `overlap` meet, the smallest box holding both.
pub fn region_of(organisation: &Organisation, overlap: Option<&Organisation>) -> [f64; 4] {
    let a = organisation.region;
    overlap.map_or(a, |other| {
        let b = other.region;
        [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
    })
}

/// A region `[west, south, east, north]` in degrees in projected coordinates `[x0, y0, x1, y1]`
/// (unit square, y down).
pub fn region_projected([west, south, east, north]: [f64; 4]) -> [f64; 4] {
    let [x0, y0] = mercator_from_geo(west, north);
    let [x1, y1] = mercator_from_geo(east, south);
    [x0, y0, x1, y1]
}

/// The shown organisation's timeline with the borders it was checked against, loaded once.
pub struct Data {
    /// The timeline of the organisation shown.
    pub timeline: Timeline,
    /// Every organisation the window can show, the shown one included (on the command line,
    /// only the shown one unless a command needs them all).
    pub organisations: Arc<Organisations>,
    pub borders: Arc<BorderSets>,
    /// The days on which a status changes, for PgUp/PgDn and series by change.
    pub change_dates: Vec<Date>,
    /// The territories held by another state or authority than the recognised one, by date.
    pub territories: Arc<crate::territories::Territories>,
    /// Their shapes, each under its code (`XCR`, …).
    pub territory_shapes: Arc<Borders>,
    /// The 1:50m borders in each projection other than Web Mercator an image has asked for, made
    /// once and shared by every image after (a series, an animation, a grid).
    projected: std::sync::Mutex<Vec<Arc<ProjectedBorders>>>,
}

/// The bundled data cannot be read: a broken build, not a user's mistake.
#[derive(Debug, thiserror::Error)]
pub enum BundledError {
    #[error("the bundled timeline is broken: {0}")]
    Timeline(#[from] TimelineError),
    #[error("the bundled borders are broken: {0}")]
    Borders(#[from] PackError),
    #[error("{0}")]
    Organisation(UnknownOrganisation),
    #[error("the bundled territories are broken: {0}")]
    Territories(#[from] crate::territories::TerritoriesError),
}

/// Why a timeline file cannot be used: every problem it has, each with its place.
#[derive(Debug)]
pub enum TimelineFileError {
    Unreadable { origin: String, reason: std::io::Error },
    Problems(Vec<TimelineError>),
    Bundled(BundledError),
}

impl TimelineFileError {
    /// Each problem in words of `lang`, in file order (as `csto-map check` lists them).
    pub fn localised(&self, lang: Lang) -> Vec<String> {
        match self {
            TimelineFileError::Unreadable { origin, reason } => {
                vec![tr!(lang, "timeline-unreadable", origin = origin.as_str(), reason = reason.to_string())]
            }
            TimelineFileError::Problems(problems) => problems.iter().map(|problem| problem.localised(lang)).collect(),
            TimelineFileError::Bundled(error) => vec![error.to_string()],
        }
    }
}

impl std::fmt::Display for TimelineFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localised(Lang::En).join("\n"))
    }
}

impl std::error::Error for TimelineFileError {}

impl Data {
    /// Every bundled organisation, the default one shown.
    pub fn bundled() -> Result<Self, BundledError> {
        let organisations = Organisations::bundled()?;
        Self::showing_first(organisations, Borders::bundled(Detail::Full)?)
    }

    /// The timeline of a file, checked as `csto-map check` checks it (every problem, each with
    /// its place, if it cannot be used), shown among the bundled organisations in the place of
    /// its organisation's bundled one.
    pub fn from_file(path: &std::path::Path) -> Result<Self, TimelineFileError> {
        let bundled = |error: BundledError| TimelineFileError::Bundled(error);
        let full = Borders::bundled(Detail::Full).map_err(|error| bundled(error.into()))?;
        let timeline = read_timeline_file(path, &full)?;
        let mut organisations = Organisations::bundled().map_err(|error| bundled(error.into()))?;
        let shown = timeline.organisation.id.clone();
        organisations.insert(timeline);
        let data = Self::showing_first(organisations, full).map_err(bundled)?;
        data.showing(&shown).map_err(|error| bundled(BundledError::Organisation(error)))
    }

    /// A (checked) timeline with the 1:50m borders it was checked against, the only
    /// organisation known.
    pub fn new(timeline: Timeline, full: Borders) -> Result<Self, BundledError> {
        Self::showing_first(Organisations::of(timeline), full)
    }

    /// These organisations, the first shown.
    pub fn showing_first(organisations: Organisations, full: Borders) -> Result<Self, BundledError> {
        let borders = Arc::new(BorderSets::with_full(full, organisations.iter())?);
        let timeline = organisations.default_timeline().clone();
        let change_dates = timeline.change_dates();
        Ok(Self {
            timeline,
            organisations: Arc::new(organisations),
            borders,
            change_dates,
            territories: Arc::new(crate::territories::Territories::bundled()?),
            territory_shapes: Arc::new(Borders::territories()?),
            projected: Default::default(),
        })
    }

    /// The 1:50m borders in `projection`, made the first time it is asked for.
    pub fn projected(&self, projection: Projection) -> Arc<ProjectedBorders> {
        // A poisoned lock only means another image panicked while projecting: its list is whole.
        let mut made = self.projected.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(found) = made.iter().find(|borders| borders.projection == projection) {
            return Arc::clone(found);
        }
        let borders = Arc::new(ProjectedBorders::of(&self.borders.full, projection));
        made.push(Arc::clone(&borders));
        borders
    }

    /// The shown organisation's region, in projected coordinates.
    pub fn region_projected(&self) -> [f64; 4] {
        region_projected(self.timeline.organisation.region)
    }

    /// The same data showing the organisation `id` (cheap: the borders are shared).
    pub fn showing(&self, id: &str) -> Result<Self, UnknownOrganisation> {
        let timeline = self.organisations.find(id)?.clone();
        let change_dates = timeline.change_dates();
        Ok(Self {
            timeline,
            organisations: Arc::clone(&self.organisations),
            borders: Arc::clone(&self.borders),
            change_dates,
            territories: Arc::clone(&self.territories),
            territory_shapes: Arc::clone(&self.territory_shapes),
            projected: Default::default(),
        })
    }
}

/// A timeline file, checked in its form and against `borders`; if it cannot be used, every
/// problem it has, each with its place (as `csto-map check` lists them). The command line, its
/// `check` and the app's Open timeline… all read files through this.
pub fn read_timeline_file(path: &std::path::Path, borders: &Borders) -> Result<Timeline, TimelineFileError> {
    let origin = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|reason| TimelineFileError::Unreadable { origin: origin.clone(), reason })?;
    let timeline = Timeline::read_json(&text, &origin).map_err(TimelineFileError::Problems)?;
    let unknown = timeline.unknown_countries(&origin, |code| borders.country(code).is_some());
    if unknown.is_empty() { Ok(timeline) } else { Err(TimelineFileError::Problems(unknown)) }
}

impl std::fmt::Debug for Data {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let countries = self.timeline.countries().len();
        write!(f, "Data({countries} countries, checked {})", self.timeline.checked_on)
    }
}
