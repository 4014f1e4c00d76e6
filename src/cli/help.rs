//! The command line's help in the user's language. The English is the doc comments of the clap
//! definitions; another language gives each command and option its help in its message file:
//! `help-<command>-<option>` (or `help-arg-<option>` where every command says the same),
//! `help-<command>` for a command, and `help-ui-*` for clap's own words (headings, defaults).

use clap::{Arg, Command};

use crate::i18n::Lang;
use crate::tr;

/// The language the arguments ask for (`--lang ru`, `--lang=ru`), else the system's, before
/// they are parsed (the help and errors of the parse speak it).
pub fn lang_of_args(args: &[std::ffi::OsString]) -> Lang {
    let mut words = args.iter().filter_map(|arg| arg.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => continue,
        };
        if let Some(lang) = value.and_then(Lang::from_tag) {
            return lang;
        }
    }
    Lang::system()
}

/// `command` with its help in `lang` (English: as written in the code).
pub fn localised(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    let version = Arg::new("version").short('V').long("version").action(clap::ArgAction::Version);
    let checked = crate::timeline::Timeline::bundled_checked_on()
        .map(|date| format!(" ({})", tr!(lang, "version-checked", date = lang.partial_date(date))));
    let command = words(command, lang)
        .version(format!("{}{}", env!("CARGO_PKG_VERSION"), checked.unwrap_or_default()))
        .about(lang.t("help-about"))
        .long_about(None)
        .disable_version_flag(true)
        .arg(version.help(lang.t("help-ui-version")))
        .mut_args(|arg| localised_arg(arg, None, lang));
    let mut command = command.mut_subcommands(|sub| {
        if sub.is_hide_set() {
            return sub;
        }
        let name = sub.get_name().to_owned();
        words(sub, lang)
            .about(lang.t(&format!("help-{name}")))
            .long_about(None)
            .mut_args(|arg| if arg.is_global_set() { arg } else { localised_arg(arg, Some(&name), lang) })
    });
    // Clap adds its `help` subcommand when the command is built: its words are set after.
    command.build();
    if command.find_subcommand("help").is_none() {
        return command;
    }
    command.mut_subcommand("help", |help| help.about(lang.t("help-ui-help-command")).help_template(help_template(lang)))
}

/// Clap's own words around the help: the headings, and the flags it adds.
fn words(command: Command, lang: Lang) -> Command {
    let template =
        format!("{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}", lang.t("help-ui-usage"));
    let help = Arg::new("help").short('h').long("help").action(clap::ArgAction::Help).help(lang.t("help-ui-help"));
    command
        .help_template(template)
        .subcommand_help_heading(lang.t("help-ui-commands"))
        .disable_help_flag(true)
        .next_help_heading(lang.t("help-ui-options"))
        .arg(help)
}

/// The layout of a help page, with clap's "Usage:" in `lang`.
fn help_template(lang: Lang) -> String {
    format!("{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}", lang.t("help-ui-usage"))
}

/// One option's help: its message, with the default value and the choices said in `lang`.
fn localised_arg(arg: Arg, command: Option<&str>, lang: Lang) -> Arg {
    let id = arg.get_id().as_str().to_owned();
    if id == "help" || id == "version" {
        return arg;
    }
    let mut text = lang.t(&help_id(&id, command, lang));
    let defaults: Vec<String> = arg.get_default_values().iter().map(|value| value.to_string_lossy().into()).collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        text = format!("{text} [{}]", tr!(lang, "help-ui-default", value = defaults.join(", ")));
    }
    let choices: Vec<String> = arg.get_possible_values().iter().map(|value| value.get_name().to_owned()).collect();
    if !choices.is_empty() && !arg.is_hide_possible_values_set() && arg.get_action().takes_values() {
        text = format!("{text} [{}]", tr!(lang, "help-ui-choices", values = choices.join(", ")));
    }
    let arg = arg.help(text).long_help(None).help_heading(lang.t("help-ui-options"));
    if arg.get_action().takes_values() { arg.hide_default_value(true).hide_possible_values(true) } else { arg }
}

/// The message that gives an option its help in a language other than English.
fn help_id(id: &str, command: Option<&str>, lang: Lang) -> String {
    match command {
        None => format!("help-{id}"),
        Some(command) => {
            let specific = format!("help-{command}-{id}");
            if lang.has(&specific) { specific } else { format!("help-arg-{id}") }
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    use super::*;
    use crate::cli::Cli;

    /// Every command and option of `command`, as (command, option): the messages they need.
    fn wanted(lang: Lang) -> Vec<String> {
        let command = Cli::command();
        let mut ids = vec!["help-about".to_owned()];
        ids.extend(command.get_arguments().map(|arg| help_id(arg.get_id().as_str(), None, lang)));
        for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
            let name = sub.get_name();
            ids.push(format!("help-{name}"));
            let args = sub.get_arguments().filter(|arg| !arg.is_global_set());
            ids.extend(args.map(|arg| help_id(arg.get_id().as_str(), Some(name), lang)));
        }
        ids
    }

    #[test]
    fn every_command_and_option_has_its_help_in_every_language_and_no_help_is_stale() {
        for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::En) {
            let wanted = wanted(lang);
            let missing: Vec<&String> = wanted.iter().filter(|id| !lang.has(id)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
            let stale: Vec<String> = lang
                .message_ids()
                .into_iter()
                .filter(|id| id.starts_with("help-") && !id.starts_with("help-ui-") && !wanted.contains(id))
                .collect();
            assert!(stale.is_empty(), "{lang:?} has help for no option: {stale:?}");
        }
    }

    #[test]
    fn the_russian_help_is_russian_with_its_defaults_and_choices() {
        let mut command = localised(Cli::command(), Lang::Ru);
        let render = command.find_subcommand_mut("render").unwrap();
        let help = render.render_help().to_string();
        assert!(help.starts_with("Изображение карты на дату"), "{help}");
        assert!(help.contains("Использование: csto-map render"), "{help}");
        assert!(help.contains("Ширина в точках [по умолчанию: 1920]"), "{help}");
        assert!(help.contains("[варианты: light, dark]"), "{help}");
        assert!(help.contains("-h, --help"), "{help}");
        let top = localised(Cli::command(), Lang::Ru).render_help().to_string();
        assert!(top.contains("Команды:") && top.contains("Параметры:"), "{top}");
        let english = Cli::command().render_help().to_string();
        assert!(english.contains("Commands:") && english.contains("Print help"), "English stays as written");
    }

    #[test]
    fn the_language_of_the_arguments_is_found_before_they_are_parsed() {
        let args = |words: &[&str]| words.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_of_args(&args(&["csto-map", "--lang", "ru", "render", "--help"])), Lang::Ru);
        assert_eq!(lang_of_args(&args(&["csto-map", "status", "--lang=ru"])), Lang::Ru);
        assert_eq!(lang_of_args(&args(&["csto-map", "status", "--lang", "en"])), Lang::En);
    }
}
