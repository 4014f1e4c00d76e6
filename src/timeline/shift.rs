//! What became of a country between two days: the kinds of change a comparison shows.

use super::Status;

/// What became of a country between two days, as a comparison map colours it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shift {
    /// Became a member (joined, rejoined, or unfroze its participation).
    Joined,
    /// Left, or suspended its membership.
    Left,
    /// Froze its participation.
    Frozen,
    /// Signed the treaty.
    Signed,
    ObserverGained,
    ObserverLost,
    /// A member (or frozen member) on both days.
    UnchangedMember,
    /// The same status on both days, other than member.
    UnchangedOther,
    /// No status on either day.
    NoStatus,
}

impl Shift {
    /// Every kind, in the order a legend lists them: the changes first.
    pub const ALL: [Shift; 9] = [
        Shift::Joined,
        Shift::Left,
        Shift::Frozen,
        Shift::Signed,
        Shift::ObserverGained,
        Shift::ObserverLost,
        Shift::UnchangedMember,
        Shift::UnchangedOther,
        Shift::NoStatus,
    ];

    /// The name in JSON and in the palette: `observer_gained`.
    pub fn key(self) -> &'static str {
        match self {
            Shift::Joined => "joined",
            Shift::Left => "left",
            Shift::Frozen => "frozen",
            Shift::Signed => "signed",
            Shift::ObserverGained => "observer_gained",
            Shift::ObserverLost => "observer_lost",
            Shift::UnchangedMember => "unchanged_member",
            Shift::UnchangedOther => "unchanged_other",
            Shift::NoStatus => "no_status",
        }
    }

    /// What a change from `before` to `after` is; the status arrived at decides, except that a
    /// member who ends with no membership has left whatever it became.
    pub fn of(before: Option<Status>, after: Option<Status>) -> Self {
        use Status::*;
        let member = |status: Option<Status>| matches!(status, Some(Member | MemberFrozen));
        match (before, after) {
            (None, None) => Shift::NoStatus,
            _ if before == after && member(after) => Shift::UnchangedMember,
            _ if before == after => Shift::UnchangedOther,
            (_, Some(Member)) => Shift::Joined,
            (_, Some(MemberFrozen)) => Shift::Frozen,
            (_, Some(FormerMember)) => Shift::Left,
            _ if member(before) => Shift::Left,
            (_, Some(Signatory)) => Shift::Signed,
            (_, Some(Observer)) => Shift::ObserverGained,
            _ => Shift::ObserverLost,
        }
    }

    /// Whether the status differs between the two days.
    pub fn is_change(self) -> bool {
        !matches!(self, Shift::UnchangedMember | Shift::UnchangedOther | Shift::NoStatus)
    }
}
