//! Which organisation the map shows and which it overlaps with: the intents that change them,
//! and keeping the rest of the window (the overlap and compare modes, the export dialog, the
//! story, the framing) in step with them.

use std::sync::Arc;

use jiff::civil::Date;

use crate::app::view::FitBy;
use crate::app::{CstoApp, FIT_FRAMES};
use crate::data::Data;
use crate::timeline::Timeline;
use crate::ui::Intent;

impl CstoApp {
    /// Applies an intent that changes the organisation shown or overlapped; false if it is none.
    pub(super) fn apply_organisation(&mut self, intent: Intent, ctx: &egui::Context) -> bool {
        let Ok(data) = self.data.as_ref().map(Arc::clone) else { return false };
        match intent {
            Intent::SetOrganisation(index) => {
                let Some(id) = data.organisations.ids().get(index).map(|id| id.to_string()) else { return true };
                self.show_organisation(&id);
                self.settings.organisation = Some(id);
            }
            Intent::SetOverlap(index) => {
                let ids = data.organisations.ids();
                self.settings.overlap = index.and_then(|index| ids.get(index)).map(|id| id.to_string());
                if self.settings.overlap.is_some() {
                    self.settings.compare = None;
                }
            }
            _ => return false,
        }
        self.fit = Some((self.region(), FIT_FRAMES, FitBy::Whole));
        self.modes_changed(ctx);
        true
    }

    /// After the organisation, the overlap or compare mode changed: an overlap with the
    /// organisation shown (or one the data lack) is dropped, and the export dialog and the story
    /// follow what the map now shows.
    pub(super) fn modes_changed(&mut self, ctx: &egui::Context) {
        self.drop_impossible_overlap();
        let (today, compare) = (self.today.date, self.compare_date());
        if let (Some(dialog), Ok(data)) = (&mut self.export, &self.data) {
            let overlap = overlap_of(&self.settings.overlap, data).cloned().map(Arc::new);
            dialog.follow((&data.timeline.organisation, overlap), compare, today);
        }
        self.refresh_story(ctx);
    }

    /// Forgets an overlap the map cannot show: with the organisation shown, or with one the
    /// data do not have.
    pub(super) fn drop_impossible_overlap(&mut self) {
        let possible = self.data.as_ref().is_ok_and(|data| overlap_of(&self.settings.overlap, data).is_some());
        if !possible {
            self.settings.overlap = None;
        }
    }

    /// The days a status changes on the map: the organisation's, and on an overlap map the
    /// other's too.
    pub(super) fn change_dates<'d>(&self, data: &'d Data) -> std::borrow::Cow<'d, [Date]> {
        match self.overlap_timeline(data) {
            Some(other) => std::borrow::Cow::Owned(crate::overlap::change_dates(&data.timeline, other)),
            None => std::borrow::Cow::Borrowed(&data.change_dates),
        }
    }
}

/// The organisation of id `overlap` among `data`'s, if it is another than the one shown.
pub(super) fn overlap_of<'d>(overlap: &Option<String>, data: &'d Data) -> Option<&'d Timeline> {
    let id = overlap.as_deref()?;
    data.organisations.get(id).filter(|other| other.organisation.id != data.timeline.organisation.id)
}
