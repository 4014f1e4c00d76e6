//! Presentation mode's screens: the start screen, where a teacher narrows the story, and the
//! caption band under the map, in type large enough to read from the back of a classroom.

use egui::{RichText, Ui};

use crate::Iso3;
use crate::i18n::Lang;
use crate::story::{StoryFilter, StoryStep};
use crate::tr;
use crate::ui::Intent;

/// What the start screen offers: the countries to choose from (code, name) and the years.
pub struct StartScreen<'a> {
    /// The abbreviation of the organisation whose story it is.
    pub org: &'a str,
    pub filter: StoryFilter,
    pub countries: &'a [(Iso3, String)],
    pub years: std::ops::RangeInclusive<i16>,
    /// How many steps the chosen story has.
    pub steps: usize,
    pub lang: Lang,
}

/// The start screen: what part of the story to tell; Enter or Start begins, Escape goes back.
pub fn present_start_ui(ctx: &egui::Context, screen: &StartScreen<'_>) -> Vec<Intent> {
    let lang = screen.lang;
    let mut intents = Vec::new();
    let mut filter = screen.filter;
    egui::Window::new(crate::tr!(lang, "present-title", org = screen.org))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(lang.t("present-intro"));
            ui.add_space(6.0);
            ui.checkbox(&mut filter.changes_only, lang.t("present-changes-only"));
            ui.horizontal(|ui| {
                ui.label(lang.t("present-country"));
                let shown = filter
                    .country
                    .and_then(|code| screen.countries.iter().find(|(iso3, _)| *iso3 == code))
                    .map_or_else(|| lang.t("present-all-countries"), |(_, name)| name.clone());
                egui::ComboBox::from_id_salt("story country").selected_text(shown).show_ui(ui, |ui| {
                    ui.selectable_value(&mut filter.country, None, lang.t("present-all-countries"));
                    for (iso3, name) in screen.countries {
                        ui.selectable_value(&mut filter.country, Some(*iso3), name);
                    }
                });
            });
            ui.horizontal(|ui| {
                ui.label(lang.t("present-years"));
                let (first, last) = (*screen.years.start(), *screen.years.end());
                let (mut from, mut to) = (filter.from_year.clamp(first, last), filter.to_year.clamp(first, last));
                let from_changed = ui.add(egui::DragValue::new(&mut from).range(first..=to)).changed();
                ui.label("–");
                let to_changed = ui.add(egui::DragValue::new(&mut to).range(from..=last)).changed();
                // Only what the teacher changed is kept, and the last year as "to today": a story
                // narrowed in 2026 still ends today in 2027.
                let open = StoryFilter::default();
                if from_changed {
                    filter.from_year = if from == first { open.from_year } else { from };
                }
                if to_changed {
                    filter.to_year = if to == last { open.to_year } else { to };
                }
            });
            ui.add_space(6.0);
            ui.label(tr!(lang, "present-steps", count = screen.steps));
            ui.weak(lang.t("present-keys"));
            ui.horizontal(|ui| {
                let start = ui.add_enabled(screen.steps > 0, egui::Button::new(lang.t("present-start")));
                if start.clicked() {
                    intents.push(Intent::StartPresentation);
                }
                if ui.button(lang.t("present-cancel")).clicked() {
                    intents.push(Intent::EndPresentation);
                }
            });
        });
    if filter != screen.filter {
        intents.push(Intent::SetStoryFilter(filter));
    }
    intents
}

/// The caption band under the map: the date, the title and the short note of the step, and
/// the step's number ("7 / 41"); type scaled to the screen.
pub fn caption_ui(ui: &mut Ui, step: &StoryStep, (index, count): (usize, usize), lang: Lang) {
    let height = ui.ctx().content_rect().height();
    let title_px = (height / 24.0).clamp(18.0, 64.0);
    egui::Panel::bottom("caption").resizable(false).show(ui, |ui| {
        ui.add_space(title_px * 0.3);
        ui.horizontal(|ui| {
            ui.label(RichText::new(&step.when).size(title_px).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let number = tr!(lang, "present-step", number = index + 1, count = count);
                ui.label(RichText::new(number).size(title_px * 0.7).weak());
            });
        });
        ui.add(egui::Label::new(RichText::new(&step.title).size(title_px)).wrap());
        if !step.note.is_empty() {
            ui.add(egui::Label::new(RichText::new(&step.note).size(title_px * 0.62)).wrap());
        }
        ui.add_space(title_px * 0.3);
    });
}
