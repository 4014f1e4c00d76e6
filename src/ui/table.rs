//! The table of statuses (key T): every country with a status on the shown day, its status,
//! since when, and its next change; sortable by each column, read by screen readers (the map is
//! a picture to them), and copied as CSV.

use egui::{RichText, Ui};
use egui_extras::{TableBuilder, TableRow};

use crate::i18n::Lang;
use crate::snapshot::{Row, table_csv};
use crate::timeline::Status;
use crate::ui::Intent;

/// A column of the table, to sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    #[default]
    Country,
    Code,
    Status,
    Since,
    Next,
}

impl Column {
    pub const ALL: [Column; 5] = [Column::Country, Column::Code, Column::Status, Column::Since, Column::Next];

    fn heading(self, lang: Lang) -> String {
        lang.t(match self {
            Column::Country => "table-country",
            Column::Code => "table-code",
            Column::Status => "table-status",
            Column::Since => "table-since",
            Column::Next => "table-next",
        })
    }
}

/// The column the table is sorted by, and which way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct TableSort {
    pub column: Column,
    pub descending: bool,
}

impl TableSort {
    /// The sort after a click on a column's heading: by it, or the other way if it already is.
    pub fn clicked(self, column: Column) -> Self {
        Self { column, descending: self.column == column && !self.descending }
    }

    /// The rows in this order (names compared as the language writes them).
    pub fn sorted<'r, 't>(self, rows: &'r [Row<'t>], lang: Lang) -> Vec<&'r Row<'t>> {
        let mut sorted: Vec<&Row<'t>> = rows.iter().collect();
        let rank = |status: Status| Status::ALL.iter().position(|&other| other == status).unwrap_or(0);
        let name = |row: &Row<'_>| lang.country(row.iso3, row.name).to_lowercase();
        sorted.sort_by(|a, b| {
            let order = match self.column {
                Column::Country => name(a).cmp(&name(b)),
                Column::Code => a.iso3.cmp(&b.iso3),
                Column::Status => rank(a.status).cmp(&rank(b.status)),
                Column::Since => a.since.effective().cmp(&b.since.effective()),
                // Countries with no next change last.
                Column::Next => {
                    let next = |row: &Row<'_>| row.next.map(|next| next.date.effective());
                    next(a).is_none().cmp(&next(b).is_none()).then(next(a).cmp(&next(b)))
                }
            };
            order.then(a.iso3.cmp(&b.iso3))
        });
        if self.descending {
            sorted.reverse();
        }
        sorted
    }
}

/// The table on the left of the map; returns what was asked for (a sort, a country).
pub fn table_panel_ui(
    ui: &mut Ui,
    rows: &[Row<'_>],
    sort: TableSort,
    (as_of, org, lang): (&str, &str, Lang),
) -> Vec<Intent> {
    let mut intents = Vec::new();
    egui::Panel::left("table").resizable(true).default_size(620.0).show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(crate::tr!(lang, "table-heading", as_of = as_of, org = org));
        });
        ui.horizontal(|ui| {
            if ui.button(lang.t("table-copy")).on_hover_text(lang.t("table-copy-hint")).clicked() {
                // In the order shown, as a sighted user expects the paste to look.
                ui.ctx().copy_text(table_csv(sort.sorted(rows, lang), lang));
            }
            if ui.button(lang.t("table-close")).on_hover_text(lang.t("table-close-hint")).clicked() {
                intents.push(Intent::ToggleTable);
            }
        });
        ui.separator();
        // The table scrolls up and down under its header; a panel narrower than the columns
        // scrolls sideways, as the columns never shrink below their text.
        egui::ScrollArea::horizontal().auto_shrink([false, false]).show(ui, |ui| {
            statuses_ui(ui, &sort.sorted(rows, lang), sort, lang, &mut intents);
        });
    });
    intents
}

/// The rows under a sticky header of sort buttons, in columns fitted to their text (anew for
/// each language), which the user may drag wider.
fn statuses_ui(ui: &mut Ui, rows: &[&Row<'_>], sort: TableSort, lang: Lang, intents: &mut Vec<Intent>) {
    let row_height = ui.spacing().interact_size.y;
    TableBuilder::new(ui)
        .id_salt(("statuses", lang))
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        // One line per row: text neither wraps nor sits above the middle of its cell.
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .columns(egui_extras::Column::auto(), Column::ALL.len() - 1)
        .column(egui_extras::Column::remainder())
        .header(row_height, |mut header| {
            for column in Column::ALL {
                header.col(|ui| {
                    if sort_button_ui(ui, column, sort, lang).clicked() {
                        intents.push(Intent::SortTable(column));
                    }
                });
            }
        })
        .body(|mut body| {
            // Every row is laid out, not only those in view (`rows` would skip the others): Tab
            // and screen readers go through all of them, and there are a few dozen at most.
            for row in rows {
                body.row(row_height, |cells| row_ui(cells, row, lang, intents));
            }
        });
}

/// A column's heading, with an arrow if the table is sorted by it.
fn sort_button_ui(ui: &mut Ui, column: Column, sort: TableSort, lang: Lang) -> egui::Response {
    let arrow = match (sort.column == column, sort.descending) {
        (true, false) => " ⏶",
        (true, true) => " ⏷",
        (false, _) => "",
    };
    let heading = RichText::new(format!("{}{arrow}", column.heading(lang))).strong();
    ui.add(egui::Button::new(heading).frame(false)).on_hover_text(lang.t("table-sort-hint"))
}

/// One country: its name (a button that selects it), code, status, since, next change.
fn row_ui(mut cells: TableRow<'_, '_>, row: &Row<'_>, lang: Lang, intents: &mut Vec<Intent>) {
    let name = lang.country(row.iso3, row.name);
    let organisation = row.organisation;
    let (status, since) = (lang.status_of(organisation, Some(row.change)), lang.partial_date(row.since));
    let next = match row.next {
        Some(next) => {
            let (date, status) = (lang.partial_date(next.date), lang.status_of(organisation, Some(next)));
            crate::tr!(lang, "table-next-change", date = date, status = status)
        }
        None => lang.t("table-no-next"),
    };
    cells.col(|ui| {
        let button = ui.add(egui::Button::new(name.as_ref()).frame(false));
        // Tab goes from row to row (the names are the focusable cells); a screen reader reads
        // the whole row there, not the name alone (worded only when one listens).
        ui.ctx().accesskit_node_builder(button.id, |node| {
            let (status, since, next) = (status.as_str(), since.as_str(), next.as_str());
            node.set_description(crate::tr!(lang, "table-row-read", status = status, since = since, next = next));
        });
        if button.on_hover_text(lang.t("table-row-hint")).clicked() {
            intents.push(Intent::Select(Some(row.iso3)));
        }
    });
    cells.col(|ui| {
        ui.label(row.iso3.to_string());
    });
    cells.col(|ui| {
        ui.label(status.as_str());
    });
    cells.col(|ui| {
        ui.label(since.as_str());
    });
    cells.col(|ui| {
        if row.next.is_some() {
            ui.label(next.as_str());
        } else {
            ui.weak(next.as_str());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_click_on_a_heading_turns_the_order_round() {
        let sort = TableSort::default().clicked(Column::Status);
        assert_eq!(sort, TableSort { column: Column::Status, descending: false });
        assert_eq!(sort.clicked(Column::Status), TableSort { column: Column::Status, descending: true });
        assert_eq!(
            sort.clicked(Column::Status).clicked(Column::Code),
            TableSort { column: Column::Code, descending: false }
        );
    }

    #[test]
    fn rows_sort_by_status_then_code_and_countries_with_a_next_change_first() {
        let timeline = crate::timeline::Timeline::bundled().unwrap();
        let rows = crate::snapshot::rows(&timeline, jiff::civil::date(2010, 12, 31));
        let by_status = TableSort { column: Column::Status, descending: false }.sorted(&rows, Lang::En);
        let codes: Vec<String> = by_status.iter().map(|row| row.iso3.to_string()).collect();
        assert_eq!(&codes[..2], ["ARM", "BLR"], "members first, by code");
        assert_eq!(&codes[codes.len() - 2..], ["AZE", "GEO"], "former members last");
        let by_next = TableSort { column: Column::Next, descending: false }.sorted(&rows, Lang::En);
        assert_eq!(by_next[0].iso3.to_string(), "UZB", "Uzbekistan's suspension in 2012 comes first");
        assert!(by_next.last().unwrap().next.is_none());
    }
}
