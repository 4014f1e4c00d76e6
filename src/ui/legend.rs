//! Over the map: the legend (top left) with a count per status (hover an entry to pick those countries out),
//! the observers without territory, and the zoom buttons.

use egui::{Align2, Rect, Sense, TextureId, Ui, vec2};
use jiff::civil::Date;

use crate::i18n::Lang;
use crate::map::{territory_hatch, territory_outline};
use crate::overlap::Overlap;
use crate::snapshot::{Comparison, Snapshot, status_legend};
use crate::style::{Fill, LegendKey, Theme};
use crate::timeline::{Organisations, Timeline};
use crate::tr;
use crate::ui::Intent;
use crate::ui::swatch;

const LEGEND_WIDTH_PX: f32 = 250.0;

pub struct MapOverlay<'a> {
    /// The map's area on screen.
    pub rect: Rect,
    pub snapshot: &'a Snapshot<'a>,
    /// In compare mode: the legend counts the kinds of change instead.
    pub comparison: Option<&'a Comparison<'a>>,
    /// On an overlap map: the legend counts the countries in both, in one, in neither.
    pub overlap: Option<&'a Overlap<'a>>,
    /// Those the selectors over the legend offer; `None` while presenting, which hides them.
    pub organisations: Option<&'a Organisations>,
    pub today: Date,
    pub timeline: &'a Timeline,
    pub lang: Lang,
    /// Whether the map shows a contested territory: the legend then has a row for them.
    pub territories: bool,
}

/// Returns the legend entry under the pointer and what the buttons asked for.
pub fn map_overlay_ui(
    ui: &mut Ui,
    overlay: &MapOverlay<'_>,
    theme: Theme,
    hatch: TextureId,
) -> (Option<LegendKey>, Vec<Intent>) {
    let (mut hovered, mut intents) = (None, Vec::new());
    egui::Area::new(egui::Id::unique("csto-map legend"))
        // Top left: over the Arctic and Scandinavia, away from every CSTO country.
        .fixed_pos(overlay.rect.left_top() + vec2(10.0, 10.0))
        .pivot(Align2::LEFT_TOP)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(LEGEND_WIDTH_PX);
                let lang = overlay.lang;
                if let Some(organisations) = overlay.organisations {
                    intents.extend(selectors_ui(ui, overlay, organisations));
                    ui.separator();
                }
                if let Some(overlap) = overlay.overlap {
                    let (first, second) = overlap.abbreviations(lang);
                    ui.strong(tr!(lang, "overlap-legend-title", first = first, second = second));
                    hovered = legend_rows_ui(ui, overlap.legend(lang), theme, hatch);
                    territory_row_ui(ui, overlay, theme, hatch);
                    return;
                }
                if let Some(comparison) = overlay.comparison {
                    hovered = comparison_legend_ui(ui, comparison, (theme, lang), hatch);
                    territory_row_ui(ui, overlay, theme, hatch);
                    return;
                }
                let organisation = overlay.snapshot.organisation;
                ui.strong(tr!(lang, "legend-title", org = organisation.abbreviation_in(lang)));
                let rows = status_legend(organisation, lang, Some(&overlay.snapshot.counts));
                hovered = legend_rows_ui(ui, rows, theme, hatch);
                territory_row_ui(ui, overlay, theme, hatch);
                for text in overlay.snapshot.body_notes(lang) {
                    ui.add(egui::Label::new(egui::RichText::new(text).weak().small()).wrap())
                        .on_hover_text(lang.t("legend-not-drawn"));
                }
                if overlay.snapshot.date == overlay.today {
                    let checked = tr!(lang, "legend-checked", date = lang.partial_date(overlay.timeline.checked_on));
                    ui.add(egui::Label::new(egui::RichText::new(checked).weak().small()))
                        .on_hover_text(lang.t("legend-checked-hint"));
                }
            });
        });
    egui::Area::new(egui::Id::unique("csto-map zoom buttons"))
        .fixed_pos(overlay.rect.right_top() + vec2(-10.0, 10.0))
        .pivot(Align2::RIGHT_TOP)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                let lang = overlay.lang;
                for (label, hint, intent) in [
                    ("+", "zoom-in-hint", Intent::ZoomIn),
                    ("−", "zoom-out-hint", Intent::ZoomOut),
                    ("⟲", "zoom-region-hint", Intent::ResetView),
                ] {
                    let button = egui::Button::new(label).min_size(vec2(26.0, 26.0));
                    let org = overlay.snapshot.organisation.abbreviation_in(lang);
                    if ui.add(button).on_hover_text(tr!(lang, hint, org = org)).clicked() {
                        intents.push(intent);
                    }
                }
            });
        });
    (hovered, intents)
}

/// Over the legend: which organisation the map shows, and which it shows the overlap with.
fn selectors_ui(ui: &mut Ui, overlay: &MapOverlay<'_>, organisations: &Organisations) -> Vec<Intent> {
    let (lang, shown) = (overlay.lang, overlay.snapshot.organisation);
    let mut intents = Vec::new();
    let abbreviation = |timeline: &Timeline| timeline.organisation.abbreviation_in(lang).to_owned();
    let others = organisations.iter().enumerate().filter(|(_, timeline)| timeline.organisation.id != shown.id);
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("csto-map organisation")
            .selected_text(shown.abbreviation_in(lang))
            .show_ui(ui, |ui| {
                for (index, timeline) in organisations.iter().enumerate() {
                    let name = tr!(
                        lang,
                        "organisation-item",
                        abbreviation = abbreviation(timeline),
                        name = timeline.organisation.name_in(lang)
                    );
                    if ui.selectable_label(timeline.organisation.id == shown.id, name).clicked() {
                        intents.push(Intent::SetOrganisation(index));
                    }
                }
            })
            .response
            .on_hover_text(lang.t("menu-organisation"))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang.t("menu-organisation")));
        let second = overlay.overlap.map(|overlap| overlap.second.organisation);
        let chosen = second.map_or_else(|| lang.t("overlap-none"), |other| other.abbreviation_in(lang).to_owned());
        ui.label(lang.t("overlap-with"));
        egui::ComboBox::from_id_salt("csto-map overlap")
            .selected_text(chosen)
            .show_ui(ui, |ui| {
                if ui.selectable_label(second.is_none(), lang.t("overlap-none")).clicked() {
                    intents.push(Intent::SetOverlap(None));
                }
                for (index, timeline) in others {
                    let selected = second.is_some_and(|other| other.id == timeline.organisation.id);
                    if ui.selectable_label(selected, abbreviation(timeline)).clicked() {
                        intents.push(Intent::SetOverlap(Some(index)));
                    }
                }
            })
            .response
            .on_hover_text(lang.t("overlap-with-hint"))
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang.t("menu-overlap")));
    });
    intents
}

/// The legend of compare mode: a row per kind of change with its count; returns the one hovered.
fn comparison_legend_ui(
    ui: &mut Ui,
    comparison: &Comparison<'_>,
    (theme, lang): (Theme, Lang),
    hatch: TextureId,
) -> Option<LegendKey> {
    let (from, to) = (lang.date(comparison.from.date), lang.date(comparison.to.date));
    ui.strong(tr!(lang, "compare-legend-title", from = from, to = to));
    legend_rows_ui(ui, comparison.legend(lang), theme, hatch)
}

/// Legend rows, each with its swatch; returns the one the pointer is on.
fn legend_rows_ui(ui: &mut Ui, rows: Vec<(LegendKey, String)>, theme: Theme, hatch: TextureId) -> Option<LegendKey> {
    let mut hovered = None;
    for (key, text) in rows {
        if legend_row_ui(ui, key.fill(theme), &text, hatch) {
            hovered = Some(key);
        }
    }
    hovered
}

/// The row of the contested territories, when the map shows one: their hatching (the status
/// hatching's other diagonal) and dashed outline, as on the map.
fn territory_row_ui(ui: &mut Ui, overlay: &MapOverlay<'_>, theme: Theme, hatch: TextureId) {
    if !overlay.territories {
        return;
    }
    let palette = theme.palette();
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(22.0, 14.0), Sense::hover());
        let painter = ui.painter();
        painter.rect_filled(rect, 2.0, palette.halo.to_egui());
        let corners = [rect.left_top(), rect.right_top(), rect.right_bottom(), rect.left_bottom(), rect.left_top()];
        let colour = palette.strong.to_egui();
        painter.add(territory_hatch(corners.into_iter().take(4), vec![0, 1, 2, 0, 2, 3], (colour, hatch)));
        painter.extend(territory_outline(&corners, colour));
        ui.label(overlay.lang.t("legend-territory"));
    });
}

/// One legend line; true while the pointer is on it.
fn legend_row_ui(ui: &mut Ui, fill: Fill, text: &str, hatch: TextureId) -> bool {
    let row = ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(22.0, 14.0), Sense::hover());
        swatch(ui.painter(), rect, fill, hatch, ui.visuals().weak_text_color());
        ui.label(text);
    });
    // The label on top takes the row's hover, so ask where the pointer is.
    ui.rect_contains_pointer(row.response.rect)
}
