//! The story of an organisation as presentation mode tells it: every day a status changed and
//! every event of the timeline, in order, each with the countries it is about, a one-line title
//! and a short note; narrowed to what a lesson needs (only changes, one country, a range of
//! years); on an overlap map, the stories of both organisations together.

use jiff::civil::Date;

use crate::Iso3;
use crate::i18n::Lang;
use crate::timeline::{Entry, Timeline};
use crate::tr;

/// What part of the story to tell; remembered between lessons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct StoryFilter {
    /// Only the days a status changed, no events.
    pub changes_only: bool,
    /// Only what concerns this country.
    pub country: Option<Iso3>,
    pub from_year: i16,
    pub to_year: i16,
}

impl Default for StoryFilter {
    fn default() -> Self {
        Self { changes_only: false, country: None, from_year: 1992, to_year: 9999 }
    }
}

/// One step of the story.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryStep {
    /// The day the map shows.
    pub date: Date,
    /// The date as precise as the sources: "April 2013", "15 August 2021 (de facto)".
    pub when: String,
    /// The countries it is about (none: the whole region).
    pub countries: Vec<Iso3>,
    pub title: String,
    pub note: String,
    /// Where it happened, for an event with a place: marked and framed while presenting.
    pub place: Option<crate::timeline::Place>,
}

/// The changes of one day from one status to another, as the story groups them.
struct Group {
    when: String,
    /// The statuses before and after, as the organisation names them.
    before: String,
    after: String,
    countries: Vec<Iso3>,
    names: Vec<String>,
    note: String,
}

/// The story in `lang`, in order: a step per day of changes (all the changes of that day), then
/// a step per event; only those `filter` keeps.
pub fn story(timeline: &Timeline, filter: &StoryFilter, lang: Lang) -> Vec<StoryStep> {
    let first = jiff::civil::date(filter.from_year.clamp(1, 9999), 1, 1);
    let last = jiff::civil::date(filter.to_year.clamp(1, 9999), 12, 31);
    let concerns = |codes: &[Iso3]| filter.country.is_none_or(|country| codes.contains(&country));
    let mut steps: Vec<StoryStep> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut current: Option<Date> = None;
    for entry in timeline.entries_between(first, last) {
        match entry {
            Entry::Change { subject, previous, change } => {
                let Some(iso3) = subject.iso3().filter(|&iso3| concerns(&[iso3])) else { continue };
                let date = change.date.effective();
                if current != Some(date) {
                    steps.extend(day_step(&mut groups, current, lang));
                    current = Some(date);
                }
                let name = subject.name_in(lang).into_owned();
                let organisation = &timeline.organisation;
                let (before, after) =
                    (lang.status_of(organisation, previous), lang.status_of(organisation, Some(change)));
                match groups.iter_mut().find(|group| (&group.before, &group.after) == (&before, &after)) {
                    Some(group) => {
                        group.countries.push(iso3);
                        group.names.push(name);
                    }
                    None => groups.push(Group {
                        when: change.when(lang),
                        before,
                        after,
                        countries: vec![iso3],
                        names: vec![name],
                        note: change.note_in(lang).to_owned(),
                    }),
                }
            }
            Entry::Event(event) => {
                steps.extend(day_step(&mut groups, current.take(), lang));
                if filter.changes_only || !concerns(&event.countries) {
                    continue;
                }
                steps.push(StoryStep {
                    date: event.date.effective(),
                    when: lang.partial_date(event.date),
                    countries: event.countries.clone(),
                    title: event.title_in(lang).to_owned(),
                    note: short_note(event.note_in(lang)),
                    place: event.place.clone(),
                });
            }
        }
    }
    steps.extend(day_step(&mut groups, current, lang));
    steps
}

/// The stories of two organisations told together, in order, each step's title led by its
/// organisation's abbreviation ("NATO: Bulgaria, Estonia…"): the story of an overlap map.
pub fn story_of_two(first: &Timeline, second: &Timeline, filter: &StoryFilter, lang: Lang) -> Vec<StoryStep> {
    let told = |timeline: &Timeline| {
        let org = timeline.organisation.abbreviation_in(lang).to_owned();
        story(timeline, filter, lang).into_iter().map(move |step| StoryStep {
            title: tr!(lang, "story-organisation-step", org = org.as_str(), title = step.title),
            ..step
        })
    };
    let mut steps: Vec<StoryStep> = told(first).chain(told(second)).collect();
    // Stable: on one day, the organisation shown first.
    steps.sort_by_key(|step| step.date);
    steps
}

/// The step of a day's changes, which it takes from `groups`.
fn day_step(groups: &mut Vec<Group>, date: Option<Date>, lang: Lang) -> Option<StoryStep> {
    let date = date?;
    let first = groups.first()?;
    let titles: Vec<String> = groups
        .iter()
        .map(|group| {
            let (before, after) = (group.before.as_str(), group.after.as_str());
            tr!(lang, "story-change", names = group.names.join(", "), before = before, after = after)
        })
        .collect();
    let step = StoryStep {
        date,
        when: first.when.clone(),
        countries: groups.iter().flat_map(|group| group.countries.iter().copied()).collect(),
        title: titles.join("; "),
        note: short_note(&first.note),
        place: None,
    };
    groups.clear();
    Some(step)
}

/// The first sentence of a note, or its first 240 characters, to read from the back of a room.
fn short_note(note: &str) -> String {
    let end = note.match_indices(". ").map(|(at, _)| at + 1).find(|&at| at >= 40).unwrap_or(note.len());
    let sentence = &note[..end];
    if sentence.chars().count() <= 240 {
        return sentence.to_owned();
    }
    let cut: String = sentence.chars().take(239).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_story_has_every_change_day_and_event_in_order() {
        let timeline = Timeline::bundled().unwrap();
        let steps = story(&timeline, &StoryFilter::default(), Lang::En);
        let change_days = timeline.change_dates().len();
        assert_eq!(steps.len(), change_days + timeline.events().len());
        assert!(steps.windows(2).all(|pair| pair[0].date <= pair[1].date), "in order");
        let left = steps.iter().find(|step| step.date == date(1999, 4, 21)).unwrap();
        assert_eq!(left.title, "Azerbaijan, Georgia, Uzbekistan: member ➡ former member");
        assert_eq!(left.countries.len(), 3);
    }

    #[test]
    fn the_story_narrows_to_changes_one_country_and_years() {
        let timeline = Timeline::bundled().unwrap();
        let uzbekistan: Iso3 = "UZB".parse().unwrap();
        let filter = StoryFilter { changes_only: true, country: Some(uzbekistan), ..StoryFilter::default() };
        let steps = story(&timeline, &filter, Lang::En);
        let days: Vec<Date> = steps.iter().map(|step| step.date).collect();
        assert_eq!(days[..3], [date(1992, 5, 15), date(1994, 4, 20), date(1999, 4, 21)]);
        assert!(steps.iter().all(|step| step.countries == [uzbekistan]), "{steps:?}");
        let filter = StoryFilter { from_year: 2006, to_year: 2012, ..filter };
        let days: Vec<Date> = story(&timeline, &filter, Lang::En).iter().map(|step| step.date).collect();
        assert_eq!(days, [date(2006, 8, 16), date(2012, 6, 28)]);
    }

    #[test]
    fn the_story_of_two_organisations_tells_both_in_order_each_step_named() {
        let organisations = crate::timeline::Organisations::bundled().unwrap();
        let (csto, nato) = (organisations.get("csto").unwrap(), organisations.get("nato").unwrap());
        let filter = StoryFilter { changes_only: true, from_year: 2004, to_year: 2004, ..StoryFilter::default() };
        let steps = story_of_two(csto, nato, &filter, Lang::En);
        assert!(steps.windows(2).all(|pair| pair[0].date <= pair[1].date), "in order");
        let enlargement = steps.iter().find(|step| step.date == date(2004, 3, 29)).unwrap();
        assert!(
            enlargement.title.starts_with("NATO: Bulgaria, Estonia, Lithuania, Latvia, Romania"),
            "{enlargement:?}"
        );
        assert_eq!(enlargement.countries.len(), 7);
        let alone = story(nato, &filter, Lang::En).len() + story(csto, &filter, Lang::En).len();
        assert_eq!(steps.len(), alone, "every step of each");
        let ru = story_of_two(csto, nato, &filter, Lang::Ru);
        assert!(ru.iter().any(|step| step.title.starts_with("НАТО: ")), "{ru:?}");
    }

    #[test]
    fn a_short_note_is_its_first_sentence() {
        assert_eq!(
            short_note("Uzbekistan suspended its membership in 2012. It never came back."),
            "Uzbekistan suspended its membership in 2012."
        );
        assert!(short_note(&"word ".repeat(100)).chars().count() <= 240);
    }
}
