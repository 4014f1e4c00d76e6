//! The map in the window: its panel and overlays, framing, zoom, and what is remembered of the
//! view after each frame.

use egui::{Ui, ViewportCommand};
use walkers::{Map, lon_lat};

use crate::Iso3;
use crate::app::CstoApp;
use crate::app::shown::Shown;
use crate::data::Data;
use crate::map::{CountriesPlugin, Paint, ZOOM_RANGE};
use crate::tr;
use crate::ui::{self, Intent, SavedView};

impl CstoApp {
    /// The map with its overlays (legend, zoom buttons, tile credit); returns what was asked for.
    pub(super) fn map_panel_ui(&mut self, ui: &mut Ui, data: &Data, shown: &Shown<'_>) -> Vec<Intent> {
        let ctx = ui.ctx().clone();
        let hatch = self.hatch.get_or_insert_with(|| ui::hatch_texture(&ctx)).id();
        let mut intents = Vec::new();
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| {
            let rect = ui.available_rect_before_wrap();
            if let Some((bounds, frames)) = self.fit.take() {
                let (lon, lat, zoom) = fit_view(bounds, rect);
                self.map_memory.center_at(lon_lat(lon, lat));
                let _ = self.map_memory.set_zoom(zoom);
                self.fit = (frames > 1).then_some((bounds, frames - 1));
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
                translucent: self.settings.tiles,
            };
            let lang = self.lang();
            let describe = |iso3| shown.describe(iso3, lang);
            let tooltips = self.tooltips_allowed(ctx.pointer_hover_pos());
            let plugin = CountriesPlugin {
                tooltips,
                borders: &data.borders,
                timeline: &data.timeline,
                paint,
                labels: self.settings.labels,
                lang,
                describe: &describe,
                report: &mut self.report,
            };
            // The sea, under the tiles (if any) and the countries.
            ui.painter().rect_filled(rect, 0.0, self.settings.theme.palette().background.to_egui());
            let tiles = self.tiles.get(self.settings.tiles, &ctx);
            let centre = lon_lat(70.0, 50.0);
            let map = Map::new(tiles, &mut self.map_memory, centre).with_plugin(plugin).show(ui, |_, _, _, _| ());
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
            };
            let (legend_hover, overlay_intents) = ui::map_overlay_ui(ui, &overlay, self.settings.theme, hatch);
            self.legend_hover = legend_hover;
            intents.extend(overlay_intents);
            self.tiles.attribution_ui(ui, rect, self.settings.tiles, self.settings.language);
        });
        if let Some(clicked) = self.report.clicked.take() {
            intents.push(Intent::Select(clicked));
        }
        intents
    }

    pub(super) fn restore_view(&mut self, view: SavedView) {
        self.map_memory.center_at(lon_lat(view.lon_deg, view.lat_deg));
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
            let (lon_deg, lat_deg) = crate::geodata::geo_from_mercator(view.center);
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

/// The centre and zoom that show projected `bounds` whole in `rect`, with a margin.
pub(super) fn fit_view(bounds: [f64; 4], rect: egui::Rect) -> (f64, f64, f64) {
    let [x0, y0, x1, y1] = bounds;
    let width = (x1 - x0).max(1e-6) * 256.0;
    let height = (y1 - y0).max(1e-6) * 256.0;
    let scale = (f64::from(rect.width()) / width).min(f64::from(rect.height()) / height) * 0.92;
    let (lon, lat) = crate::geodata::geo_from_mercator([(x0 + x1) / 2.0, (y0 + y1) / 2.0]);
    (lon, lat, scale.log2().clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()))
}
