//! Where a country stands between two organisations on one day: in both, in one of them, or in
//! neither, and whether either tie is less than full membership.

use super::Status;

/// Which of two organisations a country is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    Both,
    /// In the first organisation (the one shown) only.
    First,
    /// In the second organisation (the one it is overlapped with) only.
    Second,
    Neither,
}

impl Side {
    /// Every side, in the order a legend lists them.
    pub const ALL: [Side; 4] = [Side::Both, Side::First, Side::Second, Side::Neither];

    /// The name in JSON and in the palette: `first`.
    pub fn key(self) -> &'static str {
        match self {
            Side::Both => "both",
            Side::First => "first",
            Side::Second => "second",
            Side::Neither => "neither",
        }
    }
}

/// A country's ties to two organisations: the side it is on, and whether it is in either of them
/// with less than full membership (frozen, signed, observer or partner).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tie {
    pub side: Side,
    pub partial: bool,
}

impl Tie {
    /// In neither organisation.
    pub const NEITHER: Tie = Tie { side: Side::Neither, partial: false };

    /// The tie of a country of these kinds in the first and the second organisation. A country
    /// is in an organisation while it has a present status there, whatever its kind: a member, a
    /// frozen member, a signatory, an observer or partner; a former member or observer is not.
    pub fn of(first: Option<Status>, second: Option<Status>) -> Self {
        let within = |kind: Option<Status>| kind.filter(|&kind| belongs(kind));
        let (first, second) = (within(first), within(second));
        let side = match (first, second) {
            (Some(_), Some(_)) => Side::Both,
            (Some(_), None) => Side::First,
            (None, Some(_)) => Side::Second,
            (None, None) => Side::Neither,
        };
        let partial = [first, second].into_iter().flatten().any(|kind| kind != Status::Member);
        Self { side, partial }
    }
}

/// Whether a status of this kind is a present tie to the organisation.
pub fn belongs(kind: Status) -> bool {
    matches!(kind, Status::Member | Status::MemberFrozen | Status::Signatory | Status::Observer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    #[test]
    fn members_of_both_are_in_both_and_full() {
        assert_eq!(Tie::of(Some(Member), Some(Member)), Tie { side: Side::Both, partial: false });
    }

    #[test]
    fn a_frozen_member_and_a_partner_is_in_both_but_partial() {
        // Armenia in 2025: CSTO participation frozen, SCO dialogue partner.
        assert_eq!(Tie::of(Some(MemberFrozen), Some(Observer)), Tie { side: Side::Both, partial: true });
        assert_eq!(Tie::of(Some(Member), Some(Signatory)), Tie { side: Side::Both, partial: true });
    }

    #[test]
    fn a_former_member_is_in_neither_organisation_it_left() {
        assert_eq!(Tie::of(Some(FormerMember), Some(Member)), Tie { side: Side::Second, partial: false });
        assert_eq!(Tie::of(Some(Member), Some(FormerObserver)), Tie { side: Side::First, partial: false });
        assert_eq!(Tie::of(Some(FormerMember), None), Tie { side: Side::Neither, partial: false });
        assert_eq!(Tie::of(None, None), Tie { side: Side::Neither, partial: false });
    }

    #[test]
    fn an_observer_of_one_only_is_on_that_side_and_partial() {
        assert_eq!(Tie::of(Some(Observer), None), Tie { side: Side::First, partial: true });
        assert_eq!(Tie::of(Some(FormerMember), Some(Observer)), Tie { side: Side::Second, partial: true });
    }
}
