use proptest::prelude::*;

use super::*;

const TODAY: Date = date(2026, 11, 30);
const CHANGES: [Date; 3] = [date(1992, 5, 15), date(1994, 4, 20), date(1999, 4, 20)];

fn stops(step: Step) -> Stops<'static> {
    Stops { step, today: TODAY, changes: &CHANGES }
}

#[test]
fn year_steps_stop_at_the_end_of_each_year_and_at_today() {
    let years = stops(Step::Year);
    assert_eq!(years.forward(date(2011, 12, 31)), date(2012, 12, 31));
    assert_eq!(years.forward(date(2012, 6, 28)), date(2012, 12, 31));
    assert_eq!(years.forward(date(2025, 12, 31)), TODAY);
    assert_eq!(years.forward(TODAY), TODAY);
    assert_eq!(years.back(date(2012, 12, 31)), date(2011, 12, 31));
    assert_eq!(years.back(date(2012, 6, 28)), date(2011, 12, 31));
    assert_eq!(years.back(TODAY), date(2025, 12, 31));
    assert_eq!(years.back(date(1992, 12, 31)), date(1992, 12, 31));
}

#[test]
fn month_steps_stop_at_the_last_day_of_each_month() {
    let months = stops(Step::Month);
    assert_eq!(months.forward(date(1994, 3, 31)), date(1994, 4, 30));
    assert_eq!(months.forward(date(2024, 1, 31)), date(2024, 2, 29));
    assert_eq!(months.back(date(2024, 3, 31)), date(2024, 2, 29));
    assert_eq!(months.back(date(1992, 1, 31)), date(1992, 1, 31));
}

#[test]
fn day_steps_go_one_day_and_stop_at_both_ends() {
    let days = stops(Step::Day);
    assert_eq!(days.forward(date(2024, 2, 22)), date(2024, 2, 23));
    assert_eq!(days.back(date(2024, 2, 23)), date(2024, 2, 22));
    assert_eq!(days.back(FIRST_DAY), FIRST_DAY);
    assert_eq!(days.forward(TODAY), TODAY);
}

#[test]
fn change_steps_go_from_change_to_change_then_to_today() {
    let changes = stops(Step::Change);
    assert_eq!(changes.first(), date(1992, 5, 15));
    assert_eq!(changes.forward(date(1993, 1, 1)), date(1994, 4, 20));
    assert_eq!(changes.forward(date(1999, 4, 20)), TODAY);
    assert_eq!(changes.back(date(1994, 4, 20)), date(1992, 5, 15));
    assert_eq!(changes.back(date(1992, 5, 15)), date(1992, 5, 15));
    assert_eq!(changes.all(), vec![date(1992, 5, 15), date(1994, 4, 20), date(1999, 4, 20), TODAY]);
}

#[test]
fn snapping_moves_a_day_to_the_end_of_its_period() {
    assert_eq!(stops(Step::Year).snap(date(2012, 6, 28)), date(2012, 12, 31));
    assert_eq!(stops(Step::Month).snap(date(2012, 6, 28)), date(2012, 6, 30));
    assert_eq!(stops(Step::Day).snap(date(2012, 6, 28)), date(2012, 6, 28));
    assert_eq!(stops(Step::Year).snap(date(2026, 3, 1)), TODAY);
    assert_eq!(stops(Step::Year).snap(date(1980, 1, 1)), date(1992, 12, 31));
}

#[test]
fn a_year_series_runs_from_1992_to_today() {
    let all = stops(Step::Year).all();
    assert_eq!(all.len(), 35);
    assert_eq!((all[0], all[20], all[34]), (date(1992, 12, 31), date(2012, 12, 31), TODAY));
}

#[test]
fn the_next_and_previous_change_are_found_strictly_after_and_before() {
    assert_eq!(next_of(&CHANGES, date(1994, 4, 20)), Some(date(1999, 4, 20)));
    assert_eq!(previous_of(&CHANGES, date(1994, 4, 20)), Some(date(1992, 5, 15)));
    assert_eq!(next_of(&CHANGES, date(1999, 4, 20)), None);
    assert_eq!(previous_of(&CHANGES, date(1992, 5, 15)), None);
}

#[test]
fn a_clock_before_the_data_were_checked_is_overruled() {
    let checked = date(2026, 1, 31);
    assert_eq!(
        Today::from_clock(date(1985, 1, 1), checked),
        Today { date: checked, wrong_clock: Some(date(1985, 1, 1)) }
    );
    assert_eq!(Today::from_clock(TODAY, checked), Today { date: TODAY, wrong_clock: None });
    assert_eq!(Today::from_clock(date(2100, 1, 1), checked).date, date(2100, 1, 1));
}

fn any_day() -> impl Strategy<Value = Date> {
    // 1900 to 2150: before the first stop, through the data, far past a plausible today.
    (0i64..91_000).prop_map(|offset| date(1900, 1, 1).checked_add(jiff::Span::new().days(offset)).unwrap())
}

fn any_step() -> impl Strategy<Value = Step> {
    prop::sample::select(Step::ALL.to_vec())
}

proptest! {
    #[test]
    fn steps_never_leave_the_range_and_never_get_stuck(
        step in any_step(),
        day in any_day(),
        today in any_day().prop_filter("today after the treaty", |day| *day >= FIRST_DAY),
    ) {
        let stops = Stops { step, today, changes: &CHANGES };
        let (first, start) = (stops.first(), stops.snap(day));
        prop_assert!((first..=today).contains(&start));
        // From any day in range (one a step of another kind left, say), a step never goes
        // the wrong way.
        let any = day.clamp(FIRST_DAY, today);
        prop_assert!(stops.forward(any) >= any && stops.back(any) <= any, "{any}: {step:?}");
        let (forward, back) = (stops.forward(start), stops.back(start));
        prop_assert!((first..=today).contains(&forward) && (first..=today).contains(&back));
        // Not stuck: a step moves unless it is already at the end it goes towards.
        prop_assert!(forward > start || start == today, "{start} -> {forward}");
        prop_assert!(back < start || start == first, "{start} <- {back}");
        // Stepping on then back returns to a stop at or before the start.
        if start < today {
            prop_assert!(stops.back(forward) <= start.max(first));
        }
    }
}
