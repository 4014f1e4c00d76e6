use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use jiff::civil::date;

use super::*;
use crate::tr;

/// Each message of a message file and the variables it uses, from the file's syntax tree.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("the message file does not parse: {errors:?}"),
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            messages.insert(message.id.name.to_owned(), variables);
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        _ => {}
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_arguments() {
    let english = messages(Lang::En.sources().messages);
    assert!(english.len() > 150, "{} messages", english.len());
    for lang in Lang::ALL {
        let translated = messages(lang.sources().messages);
        let missing: Vec<_> = english.keys().filter(|id| !translated.contains_key(*id)).collect();
        // The command line's help is English in the code and has messages only in other languages.
        let extra: Vec<_> =
            translated.keys().filter(|id| !english.contains_key(*id) && !id.starts_with("help-")).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang:?}: missing {missing:?}, not in English {extra:?}");
        for (id, variables) in &english {
            assert_eq!(&translated[id], variables, "{lang:?}: the arguments of {id}");
        }
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    // The arguments every message may use, with values of the right kind.
    let mut args = FluentArgs::new();
    for name in ["day", "month", "year", "count", "width", "height", "number", "days", "frames", "most", "size"] {
        args.set(name, 3);
    }
    let english = messages(Lang::En.sources().messages);
    for variables in english.values() {
        for name in variables {
            if args.get(name.as_str()).is_none() {
                args.set(name.clone(), "text");
            }
        }
    }
    for lang in Lang::ALL {
        for id in english.keys().cloned().chain(lang.message_ids()) {
            for name in messages(lang.sources().messages).get(&id).into_iter().flatten() {
                if args.get(name.as_str()).is_none() {
                    args.set(name.clone(), "text");
                }
            }
            assert!(lang.texts().format(&id, &args).is_some(), "{lang:?}: {id} does not format");
        }
    }
}

#[test]
fn russian_dates_put_the_month_in_the_genitive_after_a_day() {
    let ru = Lang::Ru;
    assert_eq!(ru.date(date(2012, 12, 31)), "31\u{a0}декабря 2012\u{a0}г.");
    assert_eq!(ru.date(date(1992, 5, 15)), "15\u{a0}мая 1992\u{a0}г.");
    let partial = |text: &str| ru.partial_date(text.parse().unwrap());
    assert_eq!(partial("2012-06-28"), "28\u{a0}июня 2012\u{a0}г.");
    assert_eq!(partial("2010-06"), "июнь 2010");
    assert_eq!(partial("2013"), "2013");
    assert_eq!(ru.as_of(date(2012, 12, 31), date(2026, 11, 30)), "по состоянию на 31\u{a0}декабря 2012\u{a0}г.");
    let checked = "2026-01-31".parse().unwrap();
    assert_eq!(
        ru.as_of_checked(date(2026, 11, 30), date(2026, 11, 30), checked),
        "по состоянию на сегодня, 30\u{a0}ноября 2026\u{a0}г. (данные проверены: 31\u{a0}января 2026\u{a0}г.)"
    );
}

#[test]
fn english_dates_are_as_before() {
    let en = Lang::En;
    assert_eq!(en.date(date(2012, 12, 31)), "31 December 2012");
    let partial = |text: &str| en.partial_date(text.parse().unwrap());
    assert_eq!(
        (partial("1994-04-20"), partial("2010-06"), partial("2013")),
        ("20 April 1994".into(), "June 2010".into(), "2013".into())
    );
    assert_eq!(en.as_of(date(2026, 11, 30), date(2026, 11, 30)), "as of today, 30 November 2026");
}

#[test]
fn counted_words_agree_with_their_numbers_by_the_cldr_plural_rules() {
    let images = |lang: Lang, count: u32| tr!(lang, "cli-images", count = count, width = 10, height = 10);
    let russian: Vec<String> = [1, 2, 5, 11, 21, 22, 25].map(|count| images(Lang::Ru, count)).into();
    let words: Vec<&str> = russian.iter().map(|text| text.split(' ').nth(1).unwrap()).collect();
    assert_eq!(russian[0], "1 изображение размером 10 × 10 пикс.");
    assert_eq!(
        words,
        ["изображение", "изображения", "изображений", "изображений", "изображение", "изображения", "изображений"]
    );
    let english: Vec<String> = [1, 2, 21].map(|count| images(Lang::En, count)).into();
    assert_eq!(
        english.iter().map(|text| text.split(' ').nth(1).unwrap()).collect::<Vec<_>>(),
        ["image", "images", "images"]
    );
}

#[test]
fn every_country_of_the_borders_has_a_name_in_every_language() {
    let borders = crate::geodata::Borders::bundled(crate::geodata::Detail::Full).unwrap();
    for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
        for country in borders.countries() {
            assert!(lang.texts().names.contains_key(&country.iso3), "{lang:?} has no name for {}", country.iso3);
        }
    }
    let uzbekistan: Iso3 = "UZB".parse().unwrap();
    assert_eq!(Lang::Ru.country(uzbekistan, "Uzbekistan"), "Узбекистан");
    assert_eq!(Lang::En.country("TUR".parse().unwrap(), "Turkey"), "Turkey", "English keeps the borders' names");
    assert_eq!(Lang::Ru.country("ZZZ".parse().unwrap(), "Nowhere"), "Nowhere");
}

#[test]
fn a_system_locale_names_its_language() {
    assert_eq!(Lang::from_tag("ru_RU.UTF-8"), Some(Lang::Ru));
    assert_eq!(Lang::from_tag("ru-KZ"), Some(Lang::Ru));
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("de_DE"), None);
    assert_eq!(Lang::from_tag("C"), None);
}

#[test]
fn each_language_names_itself_in_itself() {
    assert_eq!(Lang::En.t("language-name"), "English");
    assert_eq!(Lang::Ru.t("language-name"), "Русский");
}

#[test]
fn the_bundled_font_draws_every_letter_of_every_shipped_language() {
    let face = ttf_parser::Face::parse(epaint_default_fonts::UBUNTU_LIGHT, 0).unwrap();
    let timeline = crate::timeline::Timeline::bundled().unwrap();
    for lang in Lang::ALL {
        // The messages without the comments, which nobody sees.
        let messages = lang.sources().messages.lines().filter(|line| !line.trim_start().starts_with('#'));
        let mut texts: Vec<String> = messages.map(str::to_owned).collect();
        texts.extend(lang.texts().names.values().cloned());
        texts.push(timeline.title_in(lang).to_owned());
        for country in timeline.countries() {
            texts.extend(country.changes.iter().map(|change| change.note_in(lang).to_owned()));
        }
        for event in timeline.events() {
            texts.push(event.title_in(lang).to_owned());
            texts.push(event.note_in(lang).to_owned());
        }
        let missing: BTreeSet<char> = texts
            .iter()
            .flat_map(|text| text.chars())
            .filter(|c| !c.is_control() && face.glyph_index(*c).is_none())
            // The emoji font draws the play and step symbols of the buttons.
            .filter(|c| !"▶⏸⏴⏵➡⟲".contains(*c))
            .collect();
        assert!(missing.is_empty(), "{lang:?}: the font has no glyph for {missing:?}");
    }
}

#[test]
fn every_language_has_its_own_slot_of_texts() {
    // The texts are kept in one slot per entry of Lang::ALL (an array sized by it): each
    // language must be listed once, at the place its index says, and read its own messages.
    for (position, lang) in Lang::ALL.into_iter().enumerate() {
        assert_eq!(lang.index(), position, "{lang:?}");
        assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        let others = Lang::ALL.into_iter().filter(|&other| other != lang);
        for other in others {
            assert_ne!(lang.t("language-name"), other.t("language-name"), "{lang:?} and {other:?}");
        }
    }
}
