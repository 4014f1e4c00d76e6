//! The moments of a series or an animation: the stops of the slider at a step, from the treaty
//! to today.

use jiff::civil::Date;

use crate::clock::{Step, Stops};
use crate::images::RenderError;

/// The most images one series or animation makes (a month a frame from 1992 is about 420).
pub const MAX_FRAMES: usize = 1000;

/// The frames' days, in order: the end of every year (month, day) from 1992, today in the
/// current one, or every day of a change; either way the last frame is today, so an animation
/// ends at the present.
/// More than [`MAX_FRAMES`] (a day a frame) is an error.
/// `changes`: the days a status changes (of both organisations, on an overlap map).
pub fn frame_dates(changes: &[Date], step: Step, today: Date) -> Result<Vec<Date>, RenderError> {
    let dates = Stops { step, today, changes }.all();
    if dates.len() > MAX_FRAMES {
        return Err(RenderError::TooManyFrames(dates.len()));
    }
    Ok(dates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::Timeline;

    #[test]
    fn a_year_series_runs_from_1992_to_today() {
        let timeline = Timeline::bundled().unwrap();
        let today = jiff::civil::date(2026, 11, 30);
        let dates = frame_dates(&timeline.change_dates(), Step::Year, today).unwrap();
        assert_eq!(dates.len(), 35);
        assert_eq!(dates[0], jiff::civil::date(1992, 12, 31));
        assert_eq!(dates[20], jiff::civil::date(2012, 12, 31));
        assert_eq!(dates.last(), Some(&today));
    }

    #[test]
    fn a_change_series_has_every_change_day_then_today() {
        let timeline = Timeline::bundled().unwrap();
        let today = jiff::civil::date(2026, 11, 30);
        let dates = frame_dates(&timeline.change_dates(), Step::Change, today).unwrap();
        let changes = timeline.change_dates();
        assert_eq!(&dates[..changes.len()], &changes[..]);
        assert_eq!(dates.len(), changes.len() + 1);
        assert!(dates.contains(&jiff::civil::date(2012, 6, 28)), "Uzbekistan's second exit");
        assert!(dates.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(dates.last(), Some(&today));
    }

    #[test]
    fn a_series_by_month_is_made_and_one_by_day_is_refused() {
        let timeline = Timeline::bundled().unwrap();
        let today = jiff::civil::date(2026, 11, 30);
        assert_eq!(frame_dates(&timeline.change_dates(), Step::Month, today).unwrap().len(), 34 * 12 + 11);
        let error = frame_dates(&timeline.change_dates(), Step::Day, today).unwrap_err();
        assert!(matches!(error, RenderError::TooManyFrames(12_753)), "{error}");
    }
}
