//! About: the version, the keys, and who the data comes from.

use egui::Ui;

use crate::i18n::Lang;
use crate::timeline::Timeline;
use crate::tr;

/// Each key and what it does, as message names.
const KEYS: [(&str, &str); 17] = [
    ("key-left-right", "key-left-right-does"),
    ("key-pages", "key-pages-does"),
    ("key-home-end", "key-home-end-does"),
    ("key-space", "key-space-does"),
    ("key-click", "key-click-does"),
    ("key-escape", "key-escape-does"),
    ("key-zoom", "key-zoom-does"),
    ("key-r", "key-r-does"),
    ("key-c", "key-c-does"),
    ("key-shift-arrows", "key-shift-arrows-does"),
    ("key-t", "key-t-does"),
    ("key-f5", "key-f5-does"),
    ("key-interface", "key-interface-does"),
    ("key-drag", "key-drag-does"),
    ("key-export", "key-export-does"),
    ("key-copy", "key-copy-does"),
    ("key-screenshot", "key-screenshot-does"),
];

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
            for (key, what) in KEYS {
                ui.strong(lang.t(key));
                ui.label(lang.t(what));
                ui.end_row();
            }
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
