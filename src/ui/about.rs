//! About: the version, the keys, and who the data comes from.

use egui::Ui;

use crate::i18n::Lang;
use crate::timeline::Timeline;
use crate::tr;
use crate::ui::keymap::{self, When};

/// What the mouse does, and egui's own keys (the interface's size): not in the keymap, each a
/// message naming it and what it does.
const OTHER_KEYS: [(&str, &str); 3] =
    [("key-click", "key-click-does"), ("key-drag", "key-drag-does"), ("key-interface", "key-interface-does")];

/// What a teacher does with csto-map, each a heading and how, as message names.
const LESSON: [(&str, &str); 5] = [
    ("about-lesson-compare-what", "about-lesson-compare"),
    ("about-lesson-dates-what", "about-lesson-dates"),
    ("about-lesson-present-what", "about-lesson-present"),
    ("about-lesson-table-what", "about-lesson-table"),
    ("about-lesson-scenes-what", "about-lesson-scenes"),
];

pub fn about_window_ui(ctx: &egui::Context, open: &mut bool, timeline: &Timeline, tiles: bool, lang: Lang) {
    let window = egui::Window::new(lang.t("about-title")).id(egui::Id::unique("about"));
    // As tall as the screen allows, so that the keys and the lesson section show without scrolling
    // where they fit.
    let height = (ctx.content_rect().height() - 160.0).max(240.0);
    window.open(open).collapsible(false).vscroll(true).default_width(460.0).default_height(height).show(ctx, |ui| {
        ui.label(tr!(lang, "about-intro", version = env!("CARGO_PKG_VERSION")));
        ui.add_space(6.0);
        ui.heading(lang.t("about-keys"));
        egui::Grid::new("keys").num_columns(2).striped(true).show(ui, |ui| {
            keymap_rows_ui(ui, &[When::Map, When::Comparing], lang);
            for (key, what) in OTHER_KEYS {
                ui.strong(lang.t(key));
                ui.label(lang.t(what));
                ui.end_row();
            }
            keymap_rows_ui(ui, &[When::Always], lang);
        });
        ui.add_space(6.0);
        ui.heading(lang.t("about-keys-presenting"));
        egui::Grid::new("presenting keys").num_columns(2).striped(true).show(ui, |ui| {
            keymap_rows_ui(ui, &[When::Presenting, When::StartScreen], lang);
        });
        ui.add_space(6.0);
        ui.heading(lang.t("about-lesson"));
        for (what, how) in LESSON {
            ui.strong(lang.t(what));
            ui.label(lang.t(how));
            ui.add_space(2.0);
        }
        ui.add_space(6.0);
        sources_ui(ui, timeline, tiles, lang);
    });
}

/// The keymap's keys of these contexts, a row per thing they do: the keys as egui writes them.
fn keymap_rows_ui(ui: &mut Ui, contexts: &[When], lang: Lang) {
    for (does, bindings) in keymap::help_rows(contexts) {
        ui.strong(keymap::keys_text(ui.ctx(), &bindings, lang));
        ui.label(lang.t(does));
        ui.end_row();
    }
}

fn sources_ui(ui: &mut Ui, timeline: &Timeline, tiles: bool, lang: Lang) {
    ui.heading(lang.t("about-sources"));
    ui.label(tr!(lang, "about-timeline", title = timeline.title_in(lang)));
    ui.hyperlink_to(&timeline.source_document.title, &timeline.source_document.url);
    ui.label(tr!(lang, "about-timeline-more", date = lang.partial_date(timeline.checked_on)));
    if let Some(end) = timeline.sources_end {
        ui.label(tr!(lang, "about-sources-end", date = lang.partial_date(end)));
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.t("about-borders"));
        ui.hyperlink_to("Natural Earth", "https://www.naturalearthdata.com/");
        ui.label(lang.t("about-borders-text"));
    });
    if tiles {
        ui.horizontal_wrapped(|ui| {
            ui.label(lang.t("about-tiles"));
            ui.hyperlink_to(lang.t("tiles-credit"), "https://www.openstreetmap.org/copyright");
            ui.label(lang.t("about-tiles-licence"));
        });
    }
}
