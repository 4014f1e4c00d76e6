//! What the map shows at a date, computed once and handed to the map, the legend, the labels,
//! the table and the renderer, so that they cannot disagree; a comparison of two dates is two
//! snapshots, a grid of dates several.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::Iso3;
use crate::i18n::Lang;
use crate::style::LegendKey;
use crate::timeline::{Body, Change, Counts, Entry, Organisation, PartialDate, Status, Timeline};
use crate::tr;

/// The statuses at one day: every country that has one, how many have each, the bodies without
/// territory.
#[derive(Clone, Debug)]
pub struct Snapshot<'t> {
    /// The organisation whose statuses these are.
    pub organisation: &'t Organisation,
    /// Its timeline, for the words of each country's own status.
    pub timeline: &'t Timeline,
    pub date: Date,
    pub statuses: BTreeMap<Iso3, Status>,
    pub counts: Counts,
    pub bodies: Vec<(&'t Body, Status)>,
}

impl<'t> Snapshot<'t> {
    pub fn at(timeline: &'t Timeline, date: Date) -> Self {
        let statuses: BTreeMap<Iso3, Status> =
            timeline.statuses_at(date).into_iter().map(|(country, status)| (country.iso3, status)).collect();
        let (organisation, bodies) = (&timeline.organisation, timeline.bodies_at(date));
        Self { organisation, timeline, date, counts: Counts::of(statuses.values().copied()), statuses, bodies }
    }

    pub fn status(&self, iso3: Iso3) -> Option<Status> {
        self.statuses.get(&iso3).copied()
    }

    /// Every country with a status in this snapshot or in `other`, by code.
    pub fn countries_with(&self, other: &Snapshot<'_>) -> std::collections::BTreeSet<Iso3> {
        self.statuses.keys().chain(other.statuses.keys()).copied().collect()
    }

    /// A country's status in the organisation's own words ("dialogue partner", not the kind's
    /// "observer"), or "no SCO status".
    pub fn words(&self, iso3: Iso3, lang: Lang) -> String {
        match self.timeline.change_at(iso3, self.date) {
            Some(change) => lang.status_of(self.organisation, Some(change)),
            None => lang.standing(self.organisation, None),
        }
    }

    /// A line for each body with a status (they have no territory to colour): "Also an
    /// observer (Parliamentary Assembly) since 2013, without territory: the …".
    pub fn body_notes(&self, lang: Lang) -> Vec<String> {
        self.bodies
            .iter()
            .map(|(body, status)| {
                let since = body.changes.first().map(|change| change.when(lang)).unwrap_or_default();
                let status = lang.kind_of(self.organisation, Some(*status));
                crate::tr!(lang, "body-note", status = status, since = since, name = body.name_in(lang))
            })
            .collect()
    }
}

/// The legend of a map of an organisation's statuses: a row per kind it has, in its words (and
/// its count, if given), then countries without one.
pub fn status_legend(organisation: &Organisation, lang: Lang, counts: Option<&Counts>) -> Vec<(LegendKey, String)> {
    let row = |status: Status, label: String| match counts {
        Some(counts) => tr!(lang, "legend-row", label = label, count = counts.get(status)),
        None => label,
    };
    Status::ALL
        .iter()
        .filter_map(|&status| organisation.legend_in(status, lang).map(|label| (status, label)))
        .map(|(status, label)| (LegendKey::Status(Some(status)), row(status, label)))
        .chain(std::iter::once((LegendKey::Status(None), lang.legend(None))))
        .collect()
}

pub use crate::timeline::Shift;

/// What the colours of the map stand for: the statuses of one day, or what changed between two.
#[derive(Clone, Copy, Debug)]
pub enum Colouring<'a> {
    /// The status of every country that has one at the shown date.
    Statuses(&'a BTreeMap<Iso3, Status>),
    /// What became of every country with a status on either of two days.
    Shifts(&'a BTreeMap<Iso3, Shift>),
    /// Where every country in either of two organisations stands between them.
    Ties(&'a BTreeMap<Iso3, crate::timeline::Tie>),
}

impl<'a> Colouring<'a> {
    /// The statuses of `snapshot`, or what changed in `comparison` if there is one.
    pub fn of(snapshot: &'a Snapshot<'a>, comparison: Option<&'a Comparison<'a>>) -> Self {
        match comparison {
            Some(comparison) => Colouring::Shifts(&comparison.shifts),
            None => Colouring::Statuses(&snapshot.statuses),
        }
    }

    /// The legend entry a country belongs to.
    pub fn key(&self, iso3: Iso3) -> LegendKey {
        match self {
            Colouring::Statuses(statuses) => LegendKey::Status(statuses.get(&iso3).copied()),
            Colouring::Shifts(shifts) => LegendKey::Shift(shifts.get(&iso3).copied().unwrap_or(Shift::NoStatus)),
            Colouring::Ties(ties) => LegendKey::Tie(ties.get(&iso3).copied().unwrap_or(crate::timeline::Tie::NEITHER)),
        }
    }

    /// Whether a country has a status (on either day).
    pub fn has_status(&self, iso3: Iso3) -> bool {
        match self {
            Colouring::Statuses(statuses) => statuses.contains_key(&iso3),
            Colouring::Shifts(shifts) => shifts.contains_key(&iso3),
            Colouring::Ties(ties) => ties.contains_key(&iso3),
        }
    }
}

/// Two snapshots, the earlier first, and what became of each country between them.
#[derive(Clone, Debug)]
pub struct Comparison<'t> {
    pub from: Snapshot<'t>,
    pub to: Snapshot<'t>,
    /// Every country with a status on either day (the others: [`Shift::NoStatus`]).
    pub shifts: BTreeMap<Iso3, Shift>,
}

impl<'t> Comparison<'t> {
    /// The comparison of two days, in the order of the calendar whichever is given first.
    pub fn between(timeline: &'t Timeline, a: Date, b: Date) -> Self {
        let (from, to) = (Snapshot::at(timeline, a.min(b)), Snapshot::at(timeline, a.max(b)));
        let shifts = from
            .countries_with(&to)
            .into_iter()
            .map(|iso3| (iso3, Shift::of(from.status(iso3), to.status(iso3))))
            .collect();
        Self { from, to, shifts }
    }

    pub fn shift(&self, iso3: Iso3) -> Shift {
        self.shifts.get(&iso3).copied().unwrap_or(Shift::NoStatus)
    }

    /// How many countries are of a kind ([`Shift::NoStatus`]: none are counted).
    pub fn count(&self, shift: Shift) -> usize {
        self.shifts.values().filter(|&&kind| kind == shift).count()
    }

    /// The countries whose status differs, with both statuses, by code.
    pub fn changed(&self) -> impl Iterator<Item = (Iso3, Option<Status>, Option<Status>, Shift)> + '_ {
        self.shifts
            .iter()
            .filter(|(_, shift)| shift.is_change())
            .map(|(&iso3, &shift)| (iso3, self.from.status(iso3), self.to.status(iso3), shift))
    }

    /// The legend of the comparison: a row per kind of change with its count (countries with no
    /// status on either day are not counted).
    pub fn legend(&self, lang: Lang) -> Vec<(LegendKey, String)> {
        Shift::ALL
            .iter()
            .map(|&shift| {
                let label = lang.shift(shift);
                let text = match shift {
                    Shift::NoStatus => label,
                    _ => tr!(lang, "legend-row", label = label, count = self.count(shift)),
                };
                (LegendKey::Shift(shift), text)
            })
            .collect()
    }

    /// The changes and events after the first day up to the second, in order.
    pub fn entries(&self, timeline: &'t Timeline) -> Vec<Entry<'t>> {
        match self.from.date.tomorrow() {
            Ok(after) if after <= self.to.date => timeline.entries_between(after, self.to.date),
            _ => Vec::new(),
        }
    }
}

/// A row of the table of statuses: a country with a status on a day, since when it has had it,
/// and its next change after that day.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'t> {
    pub iso3: Iso3,
    /// As the timeline writes it (English).
    pub name: &'t str,
    pub organisation: &'t Organisation,
    /// The kind of the status (for sorting and colours); its words are the change's.
    pub status: Status,
    /// The change that gave the status.
    pub change: &'t Change,
    pub since: PartialDate,
    pub next: Option<&'t Change>,
}

/// The table of statuses at `date`, by code.
pub fn rows<'t>(timeline: &'t Timeline, date: Date) -> Vec<Row<'t>> {
    timeline
        .countries()
        .iter()
        .filter_map(|country| {
            let split = country.changes.partition_point(|change| change.date.effective() <= date);
            let current = country.changes.get(split.checked_sub(1)?)?;
            Some(Row {
                iso3: country.iso3,
                name: &country.name,
                organisation: &timeline.organisation,
                status: current.status,
                change: current,
                since: current.date,
                next: country.changes.get(split),
            })
        })
        .collect()
}

/// The table as CSV (RFC 4180), with a header: `iso3,name,status,since,next_change,next_status`;
/// the rows in the order given (the window's copy follows its sort).
/// Names in `lang`; statuses as their identifiers and dates as written (`2013-04`), so that a
/// spreadsheet or a script reads it the same in every language.
pub fn table_csv<'r, 't: 'r>(rows: impl IntoIterator<Item = &'r Row<'t>>, lang: Lang) -> String {
    let mut csv = String::from("iso3,name,status,since,next_change,next_status\r\n");
    for row in rows {
        let (next_change, next_status) =
            row.next.map_or((String::new(), ""), |next| (next.date.iso(), next.status_id.as_str()));
        let fields = [
            row.iso3.to_string(),
            lang.country(row.iso3, row.name).into_owned(),
            row.change.status_id.clone(),
            row.since.iso(),
            next_change,
            next_status.to_owned(),
        ];
        let quoted: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
        csv.push_str(&quoted.join(","));
        csv.push_str("\r\n");
    }
    csv
}

/// A field quoted if it must be (a comma, a quote or a line break in it).
pub(crate) fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn iso(code: &str) -> Iso3 {
        code.parse().unwrap()
    }

    #[test]
    fn each_pair_of_statuses_is_one_kind_of_change() {
        use Status::*;
        let cases = [
            (None, None, Shift::NoStatus),
            (Some(Member), Some(Member), Shift::UnchangedMember),
            (Some(MemberFrozen), Some(MemberFrozen), Shift::UnchangedMember),
            (Some(FormerMember), Some(FormerMember), Shift::UnchangedOther),
            (Some(Observer), Some(Observer), Shift::UnchangedOther),
            (None, Some(Signatory), Shift::Signed),
            (Some(Signatory), Some(Member), Shift::Joined),
            (Some(FormerMember), Some(Member), Shift::Joined),
            (Some(MemberFrozen), Some(Member), Shift::Joined),
            (Some(Member), Some(MemberFrozen), Shift::Frozen),
            (Some(Member), Some(FormerMember), Shift::Left),
            (Some(Member), Some(FormerObserver), Shift::Left),
            (None, Some(Observer), Shift::ObserverGained),
            (Some(Observer), Some(FormerObserver), Shift::ObserverLost),
        ];
        for (before, after, expected) in cases {
            assert_eq!(Shift::of(before, after), expected, "{before:?} -> {after:?}");
        }
    }

    #[test]
    fn uzbekistan_left_between_2011_and_2013_and_joined_between_2005_and_2007() {
        let timeline = Timeline::bundled().unwrap();
        let left = Comparison::between(&timeline, date(2011, 12, 31), date(2013, 12, 31));
        assert_eq!(left.shift(iso("UZB")), Shift::Left);
        assert_eq!(left.shift(iso("RUS")), Shift::UnchangedMember);
        assert_eq!(left.shift(iso("FRA")), Shift::NoStatus);
        assert_eq!(left.count(Shift::Left), 1);
        let joined = Comparison::between(&timeline, date(2007, 12, 31), date(2005, 12, 31));
        assert_eq!(joined.from.date, date(2005, 12, 31), "the earlier day comes first");
        assert_eq!(joined.shift(iso("UZB")), Shift::Joined);
        let changed: Vec<Iso3> = joined.changed().map(|(iso3, ..)| iso3).collect();
        assert_eq!(changed, [iso("UZB")]);
    }

    #[test]
    fn the_entries_of_a_comparison_start_after_its_first_day() {
        let timeline = Timeline::bundled().unwrap();
        let comparison = Comparison::between(&timeline, date(2012, 6, 28), date(2012, 12, 31));
        let entries = comparison.entries(&timeline);
        assert!(entries.iter().all(|entry| entry.date().effective() > date(2012, 6, 28)), "{entries:?}");
        assert!(Comparison::between(&timeline, date(2012, 6, 28), date(2012, 6, 28)).entries(&timeline).is_empty());
    }

    #[test]
    fn a_snapshot_counts_what_it_holds() {
        let timeline = Timeline::bundled().unwrap();
        let snapshot = Snapshot::at(&timeline, date(2012, 12, 31));
        assert_eq!(snapshot.counts, timeline.counts_at(date(2012, 12, 31)));
        assert_eq!(snapshot.status(iso("UZB")), Some(Status::FormerMember));
        let total: usize = Status::ALL.iter().map(|&status| snapshot.counts.get(status)).sum();
        assert_eq!(total, snapshot.statuses.len());
    }

    #[test]
    fn a_row_says_since_when_and_the_next_change() {
        let timeline = Timeline::bundled().unwrap();
        let table = rows(&timeline, date(2010, 12, 31));
        let uzbekistan = table.iter().find(|row| row.iso3 == iso("UZB")).unwrap();
        assert_eq!(uzbekistan.status, Status::Member);
        assert_eq!(uzbekistan.since.iso(), "2006-08-16");
        assert_eq!(
            uzbekistan.next.map(|next| (next.date.iso(), next.status)),
            Some(("2012-06-28".into(), Status::FormerMember))
        );
        assert_eq!(table.len(), timeline.statuses_at(date(2010, 12, 31)).len());
        assert!(rows(&timeline, date(1992, 1, 1)).is_empty());
    }

    #[test]
    fn a_field_with_a_comma_or_a_quote_is_quoted() {
        assert_eq!(csv_field("Russia"), "Russia");
        assert_eq!(csv_field("Korea, Republic of"), "\"Korea, Republic of\"");
        assert_eq!(csv_field("the \"Union\""), "\"the \"\"Union\"\"\"");
    }
}
