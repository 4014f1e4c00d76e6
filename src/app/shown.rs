//! What one frame shows, computed once and handed to the map, the panels and the tooltips.

use jiff::civil::Date;

use crate::Iso3;
use crate::i18n::Lang;
use crate::overlap::Overlap;
use crate::snapshot::{Colouring, Comparison, Snapshot};
use crate::timeline::{Entry, Organisation, Timeline};
use crate::tr;

/// What the frame shows: the day, every country's status on it, what changed in its year; in
/// compare mode the comparison with the second day and what changed between the two.
pub(super) struct Shown<'t> {
    pub(super) date: Date,
    pub(super) as_of: String,
    /// `as_of` with the data's age when the day is today, for the title bar and the status line.
    pub(super) as_of_checked: String,
    pub(super) snapshot: Snapshot<'t>,
    pub(super) comparison: Option<Comparison<'t>>,
    /// Where the shown organisation and another overlap, if the map shows that.
    pub(super) overlap: Option<Overlap<'t>>,
    /// The changes and events from 1 January of the shown year to the shown day, or between the
    /// two days compared; on an overlap map, of each organisation.
    pub(super) changes: Vec<(&'t Organisation, Vec<Entry<'t>>)>,
    /// The countries whose status changed in that time, outlined on the map.
    pub(super) changed: Vec<Iso3>,
}

impl<'t> Shown<'t> {
    /// `timeline` at `date`, compared with the day `compare` or overlapped with `second` (one
    /// of the two at most: the overlap wins).
    pub(super) fn at(
        (timeline, second): (&'t Timeline, Option<&'t Timeline>),
        (date, today, compare): (Date, Date, Option<Date>),
        lang: Lang,
    ) -> Self {
        let snapshot = Snapshot::at(timeline, date);
        let overlap = second.map(|second| Overlap::at(timeline, second, date));
        let compare = compare.filter(|_| overlap.is_none());
        let comparison = compare.map(|other| Comparison::between(timeline, other, date));
        let in_year = |timeline: &'t Timeline| {
            (&timeline.organisation, timeline.entries_between(jiff::civil::date(date.year(), 1, 1), date))
        };
        let changes: Vec<(&Organisation, Vec<Entry>)> = match &comparison {
            Some(comparison) => vec![(&timeline.organisation, comparison.entries(timeline))],
            None => std::iter::once(timeline).chain(second).map(in_year).collect(),
        };
        let changed = match &comparison {
            Some(comparison) => comparison.changed().map(|(iso3, ..)| iso3).collect(),
            None => changes
                .iter()
                .flat_map(|(_, entries)| entries)
                .filter_map(|entry| match entry {
                    Entry::Change { subject, .. } => subject.iso3(),
                    Entry::Event(_) => None,
                })
                .collect(),
        };
        let as_of_checked = lang.as_of_checked(date, today, timeline.checked_on);
        Self { date, as_of: lang.as_of(date, today), as_of_checked, snapshot, comparison, overlap, changes, changed }
    }

    pub(super) fn colouring(&self) -> Colouring<'_> {
        match &self.overlap {
            Some(overlap) => Colouring::Ties(&overlap.ties),
            None => Colouring::of(&self.snapshot, self.comparison.as_ref()),
        }
    }

    /// The tooltip's line under a country's name: its status, or in compare mode its status on
    /// both days ("member on 31 December 2011 → former member on 31 December 2013").
    pub(super) fn describe(&self, iso3: Iso3, lang: Lang) -> String {
        if let Some(overlap) = &self.overlap {
            return tr!(lang, "details-status", status = overlap.describe(iso3, lang), as_of = self.as_of.as_str());
        }
        match &self.comparison {
            Some(comparison) => {
                let (from, to) = (&comparison.from, &comparison.to);
                let (before, after) = (from.words(iso3, lang), to.words(iso3, lang));
                tr!(
                    lang,
                    "compare-transition",
                    before = before,
                    from = lang.date(from.date),
                    after = after,
                    to = lang.date(to.date)
                )
            }
            None => {
                tr!(lang, "details-status", status = self.snapshot.words(iso3, lang), as_of = self.as_of.as_str())
            }
        }
    }
}
