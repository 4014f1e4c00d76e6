//! Where two organisations overlap on one day: every country in both, in one of them, or in
//! neither, computed once from the two days' snapshots and handed to the map, the legend, the
//! tooltips and the renderer, as a [`Snapshot`] is.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::Iso3;
use crate::i18n::Lang;
use crate::snapshot::Snapshot;
use crate::style::LegendKey;
use crate::timeline::{Side, Tie, Timeline};
use crate::tr;

/// The statuses in two organisations on one day, and where each country stands between them.
#[derive(Clone, Debug)]
pub struct Overlap<'t> {
    /// The organisation shown.
    pub first: Snapshot<'t>,
    /// The organisation it is overlapped with.
    pub second: Snapshot<'t>,
    /// Every country with a present tie to at least one of them (the others: in neither).
    pub ties: BTreeMap<Iso3, Tie>,
}

impl<'t> Overlap<'t> {
    /// Both organisations at the end of `date`.
    pub fn at(first: &'t Timeline, second: &'t Timeline, date: Date) -> Self {
        let (first, second) = (Snapshot::at(first, date), Snapshot::at(second, date));
        let ties = first
            .countries_with(&second)
            .into_iter()
            .map(|iso3| (iso3, Tie::of(first.status(iso3), second.status(iso3))))
            .filter(|(_, tie)| tie.side != Side::Neither)
            .collect();
        Self { first, second, ties }
    }

    pub fn tie(&self, iso3: Iso3) -> Tie {
        self.ties.get(&iso3).copied().unwrap_or(Tie::NEITHER)
    }

    /// How many countries are on a side, hatched or not ([`Side::Neither`]: none are counted).
    pub fn count(&self, side: Side) -> usize {
        self.ties.values().filter(|tie| tie.side == side).count()
    }

    /// How many countries are in one of them with less than full membership.
    pub fn partial_count(&self) -> usize {
        self.ties.values().filter(|tie| tie.partial).count()
    }

    /// The two abbreviations in `lang`, the shown organisation's first.
    pub fn abbreviations(&self, lang: Lang) -> (&str, &str) {
        (self.first.organisation.abbreviation_in(lang), self.second.organisation.abbreviation_in(lang))
    }

    /// The legend: a row per side with its count, the hatching's row with its count, then the
    /// countries in neither.
    pub fn legend(&self, lang: Lang) -> Vec<(LegendKey, String)> {
        let (first, second) = self.abbreviations(lang);
        let row = |label: String, count: usize| tr!(lang, "legend-row", label = label, count = count);
        let plain = |side| LegendKey::Tie(Tie { side, partial: false });
        vec![
            (plain(Side::Both), row(tr!(lang, "overlap-both", first = first, second = second), self.count(Side::Both))),
            (plain(Side::First), row(tr!(lang, "overlap-only", org = first), self.count(Side::First))),
            (plain(Side::Second), row(tr!(lang, "overlap-only", org = second), self.count(Side::Second))),
            (LegendKey::Partial, row(lang.t("overlap-partial"), self.partial_count())),
            (plain(Side::Neither), lang.t("overlap-neither")),
        ]
    }

    /// A country's status in each: "CSTO: member; NATO: no NATO status".
    pub fn describe(&self, iso3: Iso3, lang: Lang) -> String {
        let (first, second) = self.abbreviations(lang);
        let standing = |snapshot: &Snapshot<'_>| snapshot.words(iso3, lang);
        tr!(
            lang,
            "overlap-describe",
            first = first,
            first_status = standing(&self.first),
            second = second,
            second_status = standing(&self.second)
        )
    }
}

/// The days a status changes in either organisation, in order.
pub fn change_dates(first: &Timeline, second: &Timeline) -> Vec<Date> {
    let mut dates = first.change_dates();
    dates.extend(second.change_dates());
    dates.sort_unstable();
    dates.dedup();
    dates
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::Organisations;

    fn iso3(code: &str) -> Iso3 {
        code.parse().unwrap()
    }

    #[test]
    fn the_csto_and_the_sco_in_2025_share_members_and_partners() {
        let organisations = Organisations::bundled().unwrap();
        let (csto, sco) = (organisations.get("csto").unwrap(), organisations.get("sco").unwrap());
        let overlap = Overlap::at(csto, sco, jiff::civil::date(2025, 6, 30));
        for member_of_both in ["RUS", "KAZ", "KGZ", "TJK", "BLR"] {
            assert_eq!(overlap.tie(iso3(member_of_both)), Tie { side: Side::Both, partial: false }, "{member_of_both}");
        }
        // Frozen in the CSTO, a dialogue partner of the SCO.
        assert_eq!(overlap.tie(iso3("ARM")), Tie { side: Side::Both, partial: true });
        let armenia = overlap.describe(iso3("ARM"), Lang::En);
        assert_eq!(
            armenia, "CSTO: member (participation frozen); SCO: dialogue partner",
            "each organisation's own words"
        );
        assert_eq!(overlap.tie(iso3("CHN")), Tie { side: Side::Second, partial: false });
        assert_eq!(overlap.tie(iso3("DEU")), Tie { side: Side::Neither, partial: false });
        assert_eq!(overlap.count(Side::Both), 6);
        assert_eq!(overlap.count(Side::First), 1, "Serbia, an observer of the CSTO's assembly");
    }

    #[test]
    fn the_csto_and_nato_in_2004_do_not_overlap() {
        let organisations = Organisations::bundled().unwrap();
        let (csto, nato) = (organisations.get("csto").unwrap(), organisations.get("nato").unwrap());
        let overlap = Overlap::at(csto, nato, jiff::civil::date(2004, 12, 31));
        assert_eq!(overlap.count(Side::Both), 0);
        assert_eq!(overlap.count(Side::First), 6, "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan");
        assert_eq!(overlap.count(Side::Second), 26, "NATO after the enlargement of March 2004");
        assert_eq!(overlap.tie(iso3("EST")), Tie { side: Side::Second, partial: false });
        let legend = overlap.legend(Lang::En);
        let rows: Vec<&str> = legend.iter().map(|(_, text)| text.as_str()).collect();
        assert_eq!(rows, ["In both CSTO and NATO: 0", "CSTO only: 6", "NATO only: 26", HATCH_ROW_EN, "In neither"]);
        let ru: Vec<String> = overlap.legend(Lang::Ru).into_iter().map(|(_, text)| text).collect();
        assert_eq!(ru[1], "Только в ОДКБ: 6");
        assert_eq!(overlap.describe(iso3("EST"), Lang::En), "CSTO: no CSTO status; NATO: member");
    }

    const HATCH_ROW_EN: &str = "Hatched: frozen, signatory, observer or partner in one: 0";
}
