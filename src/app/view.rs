//! The map in the window: its panel and overlays, framing, zoom, and what is remembered of the
//! view after each frame.

use std::sync::Arc;

use egui::{Ui, ViewportCommand};
use walkers::{Map, lon_lat};

use crate::Iso3;
use crate::app::CstoApp;
use crate::app::shown::Shown;
use crate::data::Data;
use crate::geodata::{BorderSets, Borders, Projection, ProjectionChoice, geo_from_mercator};
use crate::i18n::Lang;
use crate::map::{CountriesPlugin, Paint, ShownPlace, ShownTerritory, WalkersProjection, ZOOM_RANGE};
use crate::tr;
use crate::ui::{self, Intent, SavedView};

impl CstoApp {
    /// The map with its overlays (legend, zoom buttons, tile credit); returns what was asked for.
    pub(super) fn map_panel_ui(&mut self, ui: &mut Ui, data: &Data, shown: &Shown<'_>) -> Vec<Intent> {
        let ctx = ui.ctx().clone();
        let hatch = self.hatch.get_or_insert_with(|| ui::hatch_texture(&ctx)).id();
        let mut intents = Vec::new();
        let projection = self.map_projection(data);
        let (borders, territory_shapes) = self.borders_in(data, projection);
        let lang = self.lang();
        let territories = if self.settings.context {
            shown_territories(data, &territory_shapes, self.date(), lang)
        } else {
            Vec::new()
        };
        // The places of events are context too: View → Contested territories… hides them as well.
        let places = if self.settings.context {
            shown_places(data, projection, (self.date(), self.presented_place()), lang)
        } else {
            Vec::new()
        };
        // Tiles are Web Mercator: the equal-area map goes without them.
        let tiles_on = self.settings.tiles && projection == Projection::Mercator;
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| {
            let rect = ui.available_rect_before_wrap();
            if let Some((bounds, frames, by)) = self.fit.take() {
                let (lon, lat, zoom) = fit_view((bounds, by), rect, projection);
                self.map_memory.center_at(lon_lat(lon, lat));
                let _ = self.map_memory.set_zoom(zoom);
                self.fit = (frames > 1).then_some((bounds, frames - 1, by));
                ctx.request_repaint();
            }
            let step_countries = self.step_countries().map(<[Iso3]>::to_vec);
            let paint = Paint {
                theme: self.settings.theme,
                colouring: shown.colouring(),
                emphasis: self.legend_hover,
                changed: step_countries.as_deref().unwrap_or(&shown.changed),
                selected: self.settings.selected,
                hovered: self.report.hovered,
                hatch,
                translucent: tiles_on,
            };
            let describe = |iso3| shown.describe(iso3, lang);
            let tooltips = self.tooltips_allowed(ctx.pointer_hover_pos());
            let plugin = CountriesPlugin {
                tooltips,
                borders: &borders,
                projection,
                timeline: &data.timeline,
                paint,
                labels: self.settings.labels,
                lang,
                describe: &describe,
                territories: &territories,
                territory_shapes: &territory_shapes,
                places: &places,
                report: &mut self.report,
            };
            // The sea, under the tiles (if any) and the countries.
            ui.painter().rect_filled(rect, 0.0, self.settings.theme.palette().background.to_egui());
            let tiles = self.tiles.get(tiles_on, &ctx);
            let centre = lon_lat(70.0, 50.0);
            let walkers_projection = WalkersProjection(projection);
            let map = Map::new(tiles, &mut self.map_memory, centre)
                .with_projection(&walkers_projection)
                .with_plugin(plugin)
                .show(ui, |_, _, _, _| ());
            map.response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Canvas, true, self.settings.language.t("map-accessible"))
            });
            let overlay = ui::MapOverlay {
                rect,
                snapshot: &shown.snapshot,
                comparison: shown.comparison.as_ref(),
                overlap: shown.overlap.as_ref(),
                // While presenting, the story decides what the class sees.
                organisations: (!self.is_presenting()).then_some(&*data.organisations),
                today: self.today.date,
                timeline: &data.timeline,
                lang: self.lang(),
                // A row only while one is in view (the view of the last frame).
                territories: territories
                    .iter()
                    .any(|territory| self.report.view.is_none_or(|view| view.shows(territory.shape.bounds))),
            };
            let (legend_hover, overlay_intents) = ui::map_overlay_ui(ui, &overlay, self.settings.theme, hatch);
            self.legend_hover = legend_hover;
            intents.extend(overlay_intents);
            self.tiles.attribution_ui(ui, rect, tiles_on, self.settings.language);
            // The equal-area map names its projection, as an image's source line does.
            if let Some(name) = projection.name_in(self.lang()) {
                let palette = self.settings.theme.palette();
                let corner = rect.right_bottom() + egui::vec2(-8.0, -6.0);
                let font = egui::FontId::proportional(12.0);
                ui.painter().text(corner, egui::Align2::RIGHT_BOTTOM, name, font, palette.text.to_egui());
            }
        });
        if let Some(clicked) = self.report.clicked.take() {
            intents.push(Intent::Select(clicked));
        }
        // A click on an event's place shows its day and the country, whose details list it.
        if let Some((date, iso3)) = self.report.clicked_place.take() {
            intents.extend([Intent::ShowDate(date), Intent::Select(Some(iso3))]);
        }
        intents
    }

    /// The projection of the window's map: Web Mercator, or on the equal-area map (View menu)
    /// the equal-area projection that suits the region shown, as images choose it (for the
    /// CSTO's, the Albers conic with standard parallels 40 N and 74 N). It follows the
    /// organisation, not the view, so that panning never bends the map.
    pub(crate) fn map_projection(&self, data: &Data) -> Projection {
        if self.settings.equal_area {
            ProjectionChoice::Auto.for_box(self.region_deg(data))
        } else {
            Projection::Mercator
        }
    }

    /// The border sets and the contested territories' shapes in `projection`: the prepared ones
    /// for Web Mercator, others redrawn the first time they are shown (about 55 ms) and kept,
    /// each projection's, for the data's borders (a timeline file opened brings others, labelled
    /// for its countries).
    fn borders_in(&mut self, data: &Data, projection: Projection) -> (Arc<BorderSets>, Arc<Borders>) {
        if projection == Projection::Mercator {
            return (Arc::clone(&data.borders), Arc::clone(&data.territory_shapes));
        }
        self.redrawn.retain(|redrawn| Arc::ptr_eq(&redrawn.of, &data.borders));
        if let Some(redrawn) = self.redrawn.iter().find(|redrawn| redrawn.projection == projection) {
            return (Arc::clone(&redrawn.sets), Arc::clone(&redrawn.territories));
        }
        let sets = Arc::new(data.borders.in_projection(projection));
        let territories = Arc::new(crate::geodata::borders_in(&data.territory_shapes, projection));
        self.redrawn.push(Redrawn {
            projection,
            of: Arc::clone(&data.borders),
            sets: Arc::clone(&sets),
            territories: Arc::clone(&territories),
        });
        (sets, territories)
    }

    /// The equal-area map on or off, centred where the map was, at the zoom that keeps the
    /// scale there (the other projection stretches that place differently).
    pub(super) fn set_equal_area(&mut self, on: bool) {
        let before = self.report.view;
        self.settings.equal_area = on;
        let (Some(view), Ok(data)) = (before, self.data.as_ref().map(Arc::clone)) else { return };
        let (lon_deg, lat_deg) = view.center_deg();
        let projection = self.map_projection(&data);
        let lon_deg = lon_deg + projection.turn_deg(lon_deg, lon_deg);
        let ratio = view.projection.scale_at(lon_deg, lat_deg) / projection.scale_at(lon_deg, lat_deg);
        self.map_memory.center_at(lon_lat(lon_deg, lat_deg));
        let zoom = (view.zoom() + ratio.log2()).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let _ = self.map_memory.set_zoom(zoom);
        self.fit = None;
    }

    pub(super) fn restore_view(&mut self, view: SavedView) {
        // The saved longitude is within -180..180; a map centred past its far side is turned there.
        let turn =
            self.data.as_ref().map_or(0.0, |data| self.map_projection(data).turn_deg(view.lon_deg, view.lon_deg));
        self.map_memory.center_at(lon_lat(view.lon_deg + turn, view.lat_deg));
        let _ = self.map_memory.set_zoom(view.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
    }

    pub(super) fn zoom_by(&mut self, levels: f64) {
        let zoom = (self.map_memory.zoom() + levels).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let _ = self.map_memory.set_zoom(zoom);
    }

    /// Keeps zoom within bounds, remembers the view, and names the shown day in the title.
    pub(super) fn after_frame(&mut self, ctx: &egui::Context, as_of: &str) {
        let zoom = self.map_memory.zoom();
        if !ZOOM_RANGE.contains(&zoom) {
            let _ = self.map_memory.set_zoom(zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
        }
        if let Some(view) = self.report.view {
            let (lon_deg, lat_deg) = view.center_deg();
            // A point past the equal-area map's far side is the same place a turn away.
            let lon_deg = (lon_deg + 180.0).rem_euclid(360.0) - 180.0;
            self.settings.view = Some(SavedView { lon_deg, lat_deg, zoom: view.zoom() });
        }
        self.settings.ui_zoom = ctx.zoom_factor();
        let file = self.settings.timeline_file.as_deref().and_then(std::path::Path::file_name);
        let lang = self.lang();
        let org = self.data.as_ref().map_or("", |data| data.timeline.organisation.abbreviation_in(lang));
        let title = match file {
            Some(file) => tr!(lang, "window-title-file", as_of = as_of, file = file.to_string_lossy(), org = org),
            None => tr!(lang, "window-title", as_of = as_of, org = org),
        };
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

/// The border sets (and the territories' shapes) redrawn for the equal-area map in one
/// projection, and the sets they were redrawn from.
pub(super) struct Redrawn {
    projection: Projection,
    of: Arc<BorderSets>,
    sets: Arc<BorderSets>,
    territories: Arc<Borders>,
}

/// The places of the shown organisation's events of the last month up to `date` (see
/// `Timeline::places_near`), and of the step being presented (marked larger), in the map's plane.
fn shown_places(
    data: &Data,
    projection: Projection,
    (date, presented): (jiff::civil::Date, Option<&crate::timeline::Place>),
    lang: Lang,
) -> Vec<ShownPlace> {
    let at = |place: &crate::timeline::Place| projection.point(place.lon, place.lat);
    let mut places: Vec<ShownPlace> = data
        .timeline
        .places_near(date)
        .map(|(event, place)| {
            let name = event.place_name_in(lang).unwrap_or(&place.name).to_owned();
            ShownPlace {
                at: at(place),
                lines: vec![name, event.title_in(lang).to_owned(), lang.partial_date(event.date)],
                date: event.date.effective(),
                // A country whose details list the event: the place's if the event concerns it,
                // else the first it concerns (Armenia, staying away from the Minsk summit).
                country: match event.countries.first() {
                    Some(&first) if !event.countries.contains(&place.country) => first,
                    _ => place.country,
                },
                emphasised: presented == Some(place),
            }
        })
        .collect();
    if let Some(place) = presented.filter(|place| !places.iter().any(|shown| shown.at == at(place))) {
        places.push(ShownPlace {
            at: at(place),
            lines: vec![place.name.clone()],
            date,
            country: place.country,
            emphasised: true,
        });
    }
    places
}

/// The contested territories with a shape on `date`, as the map shows them: the shape (of
/// `shapes`, in the map's plane), the name, and what the tooltip says.
fn shown_territories<'s>(
    data: &Data,
    shapes: &'s Borders,
    date: jiff::civil::Date,
    lang: Lang,
) -> Vec<ShownTerritory<'s>> {
    data.territories
        .at(date)
        .filter_map(|(territory, period)| {
            let shape = shapes.country(territory.shape?).filter(|_| period.drawn)?;
            let country = data.borders.full.country(territory.recognised_as).map_or("", |country| &*country.name);
            let country = lang.country(territory.recognised_as, country);
            let since = territory.held_since(date).unwrap_or(period.from);
            let lines = vec![
                tr!(lang, "territory-held", holder = period.holder_in(lang), since = lang.date(since)),
                tr!(lang, "territory-recognised", country = country.as_ref()),
                period.note_in(lang).to_owned(),
            ];
            Some(ShownTerritory { shape, name: territory.label_in(lang).to_owned(), lines })
        })
        .collect()
}

/// How a box is fitted to a map in another projection than Web Mercator, where its edges bend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum FitBy {
    /// All of it (a region, a country): its edges, densified.
    Whole,
    /// Through its middle, filling the map with no margin, as a scene saves what the screen
    /// showed (see `Projection::mid_box_deg`), so that it opens as it was.
    Middle,
}

/// The centre and zoom that show Web Mercator `bounds` in `rect`, with a margin, on a map in
/// `projection` (the box they cover, in degrees, as that projection draws it, `by` whole or
/// through its middle).
pub(super) fn fit_view((bounds, by): ([f64; 4], FitBy), rect: egui::Rect, projection: Projection) -> (f64, f64, f64) {
    let [x0, y0, x1, y1] = match projection {
        Projection::Mercator => bounds,
        _ => {
            let ((west, north), (east, south)) =
                (geo_from_mercator([bounds[0], bounds[1]]), geo_from_mercator([bounds[2], bounds[3]]));
            let turn = projection.turn_deg(west, east);
            match by {
                FitBy::Whole => projection.box_in_plane([west + turn, south, east + turn, north]),
                FitBy::Middle => projection.mid_box_in_plane([west, south, east, north]),
            }
        }
    };
    let width = (x1 - x0).max(1e-6) * 256.0;
    let height = (y1 - y0).max(1e-6) * 256.0;
    // A margin of 8 % around a region; a scene's box fills the map as it did when saved.
    let margin = if by == FitBy::Middle { 1.0 } else { 0.92 };
    let scale = (f64::from(rect.width()) / width).min(f64::from(rect.height()) / height) * margin;
    let (lon, lat) = projection.geo([(x0 + x1) / 2.0, (y0 + y1) / 2.0]);
    (lon, lat, scale.log2().clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()))
}
