//! The timeline along the bottom: a tick per year from 1992 to today, the status changes and
//! event markers on it, and the handle of the shown day. Drag to scrub; click a marker to jump.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, pos2, vec2};
use jiff::civil::Date;

use crate::clock::{FIRST_DAY, Stops};
use crate::i18n::Lang;
use crate::style::status_fill;
use crate::timeline::{Entry, Organisation, Timeline};
use crate::tr;
use crate::ui::Intent;

pub struct TimelineBar<'a> {
    pub timeline: &'a Timeline,
    pub date: Date,
    /// The second day of compare mode: a second handle, and the span between the two marked.
    pub compare: Option<Date>,
    /// Where a click lands: the stop at the clicked day; `today` ends the bar.
    pub stops: Stops<'a>,
}

const HEIGHT_PX: f32 = 52.0;
const PAD_PX: f32 = 14.0;
const EVENT_Y: f32 = 7.0;
const CHANGE_Y: f32 = 18.0;
const TRACK_Y: f32 = 28.0;
const PICK_PX: f32 = 5.0;

/// Where days fall on the bar.
struct Scale {
    rect: Rect,
    first: Date,
    days: f32,
}

impl Scale {
    fn x(&self, day: Date) -> f32 {
        let offset = (day - self.first).get_days() as f32;
        self.rect.left() + PAD_PX + offset / self.days * (self.rect.width() - 2.0 * PAD_PX)
    }

    fn day_at(&self, x: f32) -> Date {
        let fraction = ((x - self.rect.left() - PAD_PX) / (self.rect.width() - 2.0 * PAD_PX)).clamp(0.0, 1.0);
        let offset = (fraction * self.days).round() as i32;
        self.first.checked_add(jiff::Span::new().days(offset)).unwrap_or(self.first)
    }
}

pub fn timeline_bar_ui(ui: &mut Ui, bar: &TimelineBar<'_>, lang: Lang) -> Option<Intent> {
    let (rect, response) = ui.allocate_exact_size(vec2(ui.available_width(), HEIGHT_PX), Sense::click_and_drag());
    let year = f64::from(bar.date.year());
    response.widget_info(|| egui::WidgetInfo::slider(true, year, lang.t("timeline-slider")));
    let scale = Scale { rect, first: FIRST_DAY, days: ((bar.stops.today - FIRST_DAY).get_days().max(1)) as f32 };
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let text = visuals.text_color();
    let weak = visuals.weak_text_color();

    let track = |x| pos2(x, rect.top() + TRACK_Y);
    painter.line_segment([track(scale.x(FIRST_DAY)), track(scale.x(bar.stops.today))], Stroke::new(2.0, weak));
    year_ticks(&painter, &scale, bar.stops.today, text, weak);

    let entries = bar.timeline.entries_between(FIRST_DAY, bar.stops.today);
    let mut targets: Vec<(Pos2, &Entry<'_>)> = Vec::new();
    for entry in &entries {
        let x = scale.x(entry.date().effective());
        match entry {
            Entry::Change { change, .. } => {
                let pos = pos2(x, rect.top() + CHANGE_Y);
                painter.rect_filled(
                    Rect::from_center_size(pos, vec2(3.0, 8.0)),
                    1.0,
                    status_fill(change.status).fill.to_egui(),
                );
                targets.push((pos, entry));
            }
            Entry::Event(_) => {
                let pos = pos2(x, rect.top() + EVENT_Y);
                painter.add(egui::Shape::convex_polygon(diamond(pos, 4.0), text, Stroke::NONE));
                targets.push((pos, entry));
            }
        }
    }
    if let Some(other) = bar.compare {
        let (a, b) = (scale.x(bar.date.min(other)), scale.x(bar.date.max(other)));
        let span = Rect::from_x_y_ranges(a..=b, rect.top() + TRACK_Y - 3.0..=rect.top() + TRACK_Y + 3.0);
        painter.rect_filled(span, 2.0, visuals.selection.bg_fill.gamma_multiply(0.6));
        let second = track(scale.x(other));
        painter.line_segment(
            [pos2(second.x, rect.top() + 2.0), pos2(second.x, rect.top() + TRACK_Y)],
            Stroke::new(1.0, text),
        );
        let square = Rect::from_center_size(second, vec2(12.0, 12.0));
        painter.rect(square, 2.0, visuals.extreme_bg_color, Stroke::new(2.0, text), egui::StrokeKind::Middle);
    }
    let handle = track(scale.x(bar.date));
    painter
        .line_segment([pos2(handle.x, rect.top() + 2.0), pos2(handle.x, rect.top() + TRACK_Y)], Stroke::new(1.0, text));
    painter.circle(handle, 7.0, visuals.selection.bg_fill, Stroke::new(2.0, text));

    let pointer = response.hover_pos();
    let under = pointer.map(|pos| entries_near(&targets, pos)).unwrap_or_default();
    if !under.is_empty() && !response.dragged() {
        response.clone().on_hover_ui_at_pointer(|ui| {
            for entry in &under {
                entry_line_ui(ui, (&bar.timeline.organisation, entry), lang);
            }
        });
    }
    // In compare mode a drag that starts nearer the second handle moves it.
    let dragging_second = response.id.with("second handle");
    if response.drag_started()
        && let (Some(other), Some(pos)) = (bar.compare, response.interact_pointer_pos())
    {
        let nearer = (pos.x - scale.x(other)).abs() < (pos.x - scale.x(bar.date)).abs();
        ui.data_mut(|data| data.insert_temp(dragging_second, nearer));
    }
    if response.dragged() && bar.compare.is_some() && ui.data(|data| data.get_temp(dragging_second)).unwrap_or(false) {
        let x = response.interact_pointer_pos()?.x;
        return Some(Intent::ShowCompare(bar.stops.snap(scale.day_at(x))));
    }
    if response.dragged() || (response.clicked() && under.is_empty()) {
        let x = response.interact_pointer_pos()?.x;
        return Some(Intent::ShowDate(bar.stops.snap(scale.day_at(x))));
    }
    if response.clicked() {
        return under.first().map(|entry| Intent::ShowDate(entry.date().effective()));
    }
    None
}

fn diamond(centre: Pos2, radius: f32) -> Vec<Pos2> {
    vec![
        centre + vec2(0.0, -radius),
        centre + vec2(radius, 0.0),
        centre + vec2(0.0, radius),
        centre + vec2(-radius, 0.0),
    ]
}

/// A tick at each new year; the year written under the ticks there is room for.
fn year_ticks(painter: &egui::Painter, scale: &Scale, today: Date, text: Color32, weak: Color32) {
    let first_year = FIRST_DAY.year();
    let years = today.year() - first_year + 1;
    let per_year = (scale.rect.width() - 2.0 * PAD_PX) / f32::from(years.max(1));
    // A label every 1, 2, 5, 10, 20, 50… years, as many as fit; a tick a year only where ticks
    // stay apart (a clock in 9999 must not draw 8,000 of them).
    let every = (0..15u32)
        .map(|i| [1, 2, 5][i as usize % 3] * 10i32.pow(i / 3))
        .find(|&n| per_year * n as f32 >= 34.0)
        .unwrap_or(10_000);
    let ticked = per_year >= 3.0;
    for year in first_year..=today.year() {
        let labelled = i32::from(year - first_year) % every == 0;
        if !(labelled || ticked) {
            continue;
        }
        let x = scale.x(jiff::civil::date(year, 1, 1));
        let top = scale.rect.top() + TRACK_Y - if labelled { 5.0 } else { 3.0 };
        painter.line_segment([pos2(x, top), pos2(x, scale.rect.top() + TRACK_Y + 4.0)], Stroke::new(1.0, weak));
        if labelled {
            let at = pos2(x, scale.rect.top() + TRACK_Y + 6.0);
            painter.text(at, Align2::CENTER_TOP, year.to_string(), FontId::proportional(11.0), text);
        }
    }
}

fn entries_near<'e>(targets: &[(Pos2, &'e Entry<'e>)], pointer: Pos2) -> Vec<&'e Entry<'e>> {
    targets.iter().filter(|(pos, _)| pos.distance(pointer) <= PICK_PX).map(|&(_, entry)| entry).collect()
}

/// "20 April 1994: Armenia, signatory -> member" or "2 April 1999: Protocol ...".
pub fn entry_line_ui(ui: &mut Ui, (organisation, entry): (&Organisation, &Entry<'_>), lang: Lang) {
    match entry {
        Entry::Change { subject, previous, change } => {
            let (before, after) = (lang.status_of(organisation, *previous), lang.status_of(organisation, Some(change)));
            let (date, names) = (change.when(lang), subject.name_in(lang));
            ui.label(tr!(lang, "change-line", date = date, names = names, before = before, after = after));
        }
        Entry::Event(event) => {
            let (date, title) = (lang.partial_date(event.date), event.title_in(lang));
            ui.label(tr!(lang, "event-line", date = date, title = title));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn days_and_positions_on_the_bar_are_inverses() {
        let rect = Rect::from_min_size(pos2(100.0, 0.0), vec2(1000.0, HEIGHT_PX));
        let today = date(2026, 11, 30);
        let scale = Scale { rect, first: FIRST_DAY, days: (today - FIRST_DAY).get_days() as f32 };
        assert_eq!(scale.x(FIRST_DAY), 100.0 + PAD_PX);
        assert_eq!(scale.x(today), 1100.0 - PAD_PX);
        assert_eq!(scale.day_at(scale.x(date(2012, 6, 28))), date(2012, 6, 28));
        assert_eq!(scale.day_at(0.0), FIRST_DAY);
        assert_eq!(scale.day_at(5000.0), today);
    }
}
