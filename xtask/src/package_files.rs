//! The files a package installs beside the binary, made from the program's own definitions: the
//! man pages from the clap definitions (in every language), the bash, zsh and fish completions,
//! and the desktop entry and AppStream metainfo, whose words are in the message files like every
//! other text. `cargo xtask package-files DIR` writes them (`scripts/package` and `scripts/install`
//! use it), so nothing a package ships is written twice by hand, and the program users run carries
//! none of it. The package's fields it writes (`CARGO_PKG_*`: version, authors, licence,
//! repository) are csto-map's: both packages take them from `[workspace.package]`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Command, CommandFactory as _};
use clap_complete::aot::Shell;

use csto_map::APP_ID;
use csto_map::cli::{Cli, localised};
use csto_map::i18n::Lang;

/// The releases, newest first: version and day (the metainfo's releases, the man pages' date).
pub const RELEASES: &[(&str, &str)] = &[("0.1.0", "2026-12-01")];

/// The pictures the metainfo shows, in the repository: each with its Russian version where the
/// repository has one, and its caption's message; the first is the default.
const SCREENSHOTS: &[(&str, Option<&str>, &str)] = &[
    ("docs/screenshot.png", Some("docs/screenshot-ru.png"), "metainfo-screenshot-details"),
    ("docs/story.png", None, "metainfo-screenshot-story"),
    ("docs/export-caucasus-2024.png", None, "metainfo-screenshot-export"),
];

/// The paragraphs and the list of features of the metainfo's description, as message ids.
const DESCRIPTION: &[&str] = &["metainfo-description-1", "metainfo-description-2"];
const FEATURES: &[&str] = &[
    "metainfo-feature-timeline",
    "metainfo-feature-history",
    "metainfo-feature-compare",
    "metainfo-feature-present",
    "metainfo-feature-images",
    "metainfo-feature-offline",
];

/// Writes every file into `dir` (created if missing) and returns their paths; the desktop entry
/// starts `exec` (`csto-map` on the PATH for a package, a full path for scripts/install):
/// `man/man1/*.1` and `man/<lang>/man1/*.1`, `completions/{csto-map.bash,_csto-map,csto-map.fish}`,
/// `csto-map.desktop`, `<component id>.metainfo.xml`, and the Debian `changelog`.
pub fn write(dir: &Path, exec: &str) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for lang in Lang::ALL {
        let folder = match lang {
            Lang::En => PathBuf::from("man/man1"),
            other => Path::new("man").join(other.code()).join("man1"),
        };
        files.extend(man_pages(lang)?.into_iter().map(|(name, page)| (folder.join(name), page.into_bytes())));
    }
    for (shell, name) in [(Shell::Bash, "csto-map.bash"), (Shell::Zsh, "_csto-map"), (Shell::Fish, "csto-map.fish")] {
        files.push((Path::new("completions").join(name), completion(shell)?));
    }
    files.push((PathBuf::from(format!("{APP_ID}.desktop")), desktop_entry(&desktop_exec(exec)).into_bytes()));
    files.push((PathBuf::from(format!("{}.metainfo.xml", component_id())), metainfo().into_bytes()));
    files.push((PathBuf::from("changelog"), debian_changelog()?.into_bytes()));

    let mut written = Vec::with_capacity(files.len());
    for (name, contents) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, contents).with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// The command line as its help shows it in `lang`, without clap's `help` subcommand (a man page
/// documents `--help`, not a command).
fn command(lang: Lang) -> Command {
    let mut command = localised(Cli::command().disable_help_subcommand(true), lang);
    command.build();
    command
}

/// A man page for the command and one for each subcommand, named as `man` finds them
/// (`csto-map.1`, `csto-map-render.1`), in `lang`: its help texts, and the headings and the
/// closing sections in its words.
pub fn man_pages(lang: Lang) -> anyhow::Result<Vec<(String, String)>> {
    let command = command(lang);
    let (version, date) = RELEASES[0];
    let page = |command: Command| -> anyhow::Result<(String, String)> {
        let man = clap_mangen::Man::new(command)
            .date(date)
            .source(format!("csto-map {version}"))
            .manual(lang.t("man-manual"));
        let mut roff = Vec::new();
        man.render(&mut roff)?;
        Ok((man.get_filename(), translate_headings(&String::from_utf8(roff)?, lang)))
    };
    let (name, mut main) = page(command.clone())?;
    // The sections clap does not know go before VERSION, the last by convention.
    let version_heading = format!(".SH \"{}\"\n", lang.t("man-heading-version").to_uppercase());
    let at = main.find(&version_heading).unwrap_or(main.len());
    main.insert_str(at, &closing_sections(lang));
    let mut pages = vec![(name, main)];
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        pages.push(page(sub.clone())?);
    }
    Ok(pages)
}

/// The section headings clap_mangen writes, in `lang` (English keeps them; options and commands
/// come out as the localised help names them, which a man page writes in capitals).
fn translate_headings(roff: &str, lang: Lang) -> String {
    let headings = [
        ("NAME", "man-heading-name"),
        ("SYNOPSIS", "man-heading-synopsis"),
        ("DESCRIPTION", "man-heading-description"),
        ("OPTIONS", "man-heading-options"),
        ("SUBCOMMANDS", "man-heading-commands"),
        ("VERSION", "man-heading-version"),
    ];
    let mut out = String::with_capacity(roff.len());
    for line in roff.lines() {
        match line.strip_prefix(".SH ") {
            Some(heading) => {
                let heading = heading.trim_matches('"');
                let known = headings.iter().find(|(english, _)| *english == heading);
                // A heading of the localised help ("Команды") in capitals as man pages write
                // them, unless it holds a roff escape, which capitals would change.
                let words = known.map_or_else(|| heading.to_owned(), |(_, id)| lang.t(id));
                let words = if words.contains('\\') { words } else { words.to_uppercase() };
                let _ = writeln!(out, ".SH \"{words}\"");
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The sections of the main page that clap does not know: exit status, environment, files.
fn closing_sections(lang: Lang) -> String {
    let mut roff = clap_mangen::roff::Roff::new();
    let entries = |roff: &mut clap_mangen::roff::Roff, heading: &str, items: &[(&str, &str)]| {
        roff.control("SH", [lang.t(heading).to_uppercase().as_str()]);
        for (term, id) in items {
            roff.control("TP", []);
            roff.text([clap_mangen::roff::bold(*term)]);
            roff.text([clap_mangen::roff::roman(lang.t(id))]);
        }
    };
    entries(&mut roff, "man-heading-exit-status", &[("0", "man-exit-0"), ("1", "man-exit-1"), ("2", "man-exit-2")]);
    entries(
        &mut roff,
        "man-heading-environment",
        &[
            ("LANGUAGE, LC_ALL, LC_MESSAGES, LANG", "man-environment-language"),
            (csto_map::clock::TODAY_VARIABLE, "man-environment-today"),
            ("XDG_DATA_HOME", "man-environment-data-home"),
        ],
    );
    let state = format!("~/.local/share/{APP_ID}/app.ron");
    entries(&mut roff, "man-heading-files", &[(state.as_str(), "man-file-state")]);
    roff.render()
}

/// The completions for `shell`, from the English command (completions offer names, and the
/// names are the same in every language), without the hidden commands.
pub fn completion(shell: Shell) -> anyhow::Result<Vec<u8>> {
    let full = Cli::command();
    let subcommands: Vec<Command> = full.get_subcommands().filter(|sub| !sub.is_hide_set()).cloned().collect();
    let arguments: Vec<clap::Arg> = full.get_arguments().cloned().collect();
    let mut command = Command::new("csto-map")
        .about(full.get_about().cloned().unwrap_or_default())
        .version(full.get_version().unwrap_or_default().to_owned())
        .args(arguments)
        .subcommands(subcommands);
    let mut out = Vec::new();
    if shell != Shell::Bash {
        clap_complete::aot::generate(shell, &mut command, "csto-map", &mut out);
        return Ok(out);
    }
    // clap_complete 4.6 spells a hyphenated name two ways in its bash script, so nothing after a
    // subcommand completes (clap-rs/clap#6421): the script is made for `csto_map`, then bound to
    // the command's real name.
    clap_complete::aot::generate(shell, &mut command, "csto_map", &mut out);
    let script = String::from_utf8(out)?;
    let bound = script.matches(" csto_map\n").count();
    let script = script.replace("-o default csto_map\n", "-o default csto-map\n");
    anyhow::ensure!(bound == 2 && script.matches(" csto-map\n").count() == 2, "unexpected bash completion script");
    Ok(script.into_bytes())
}

/// The desktop entry (freedesktop Desktop Entry 1.5): the menu's name, comment and keywords in
/// every language, the icon, the categories, and an action that starts the presentation.
pub fn desktop_entry(exec: &str) -> String {
    let localised_line = |out: &mut String, key: &str, id: &str| {
        // Keywords are a list: each escaped, each ended by ";".
        let value = |lang: Lang| match key {
            "Keywords" => keywords(lang).iter().map(|word| format!("{};", desktop_escape(word))).collect(),
            _ => desktop_escape(&lang.t(id)),
        };
        for (lang, words) in in_each_language(value) {
            let _ = match lang {
                Lang::En => writeln!(out, "{key}={words}"),
                other => writeln!(out, "{key}[{}]={words}", other.code()),
            };
        }
    };
    let mut out = String::from("[Desktop Entry]\nType=Application\n");
    localised_line(&mut out, "Name", "desktop-name");
    localised_line(&mut out, "GenericName", "desktop-generic-name");
    localised_line(&mut out, "Comment", "desktop-comment");
    localised_line(&mut out, "Keywords", "desktop-keywords");
    let _ = write!(
        out,
        "Exec={exec}\nIcon={APP_ID}\nTerminal=false\nCategories=Education;Geography;\nStartupNotify=true\n\
         StartupWMClass={APP_ID}\nActions=present;\n\n[Desktop Action present]\n"
    );
    localised_line(&mut out, "Name", "desktop-action-present");
    let _ = writeln!(out, "Exec={exec} --present");
    out
}

/// A desktop entry's string value: backslash, line break, tab and carriage return escaped.
fn desktop_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n").replace('\t', "\\t").replace('\r', "\\r")
}

/// A program's path as the Exec key of a desktop entry takes it: quoted if it holds a space or
/// another reserved character (with `"`, `` ` ``, `$` and `\` escaped inside the quotes), `%`
/// doubled, then escaped as any string value.
pub fn desktop_exec(path: &str) -> String {
    let reserved = |c: char| " \t\n\"'\\><~|&;$*?#()`".contains(c);
    let quoted = if path.contains(reserved) {
        let inner: String = path
            .chars()
            .flat_map(|c| match c {
                '"' | '`' | '$' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        format!("\"{inner}\"")
    } else {
        path.to_owned()
    };
    desktop_escape(&quoted.replace('%', "%%"))
}

/// The AppStream component id: the reverse-DNS name of the repository's address, as AppStream
/// names projects hosted on a forge (`https://github.com/csto-map/csto-map` gives
/// `io.github.csto_map.csto_map`; `-` is not allowed in a part).
pub fn component_id() -> String {
    let address = env!("CARGO_PKG_REPOSITORY");
    let mut parts = address.trim_start_matches("https://").trim_end_matches('/').split('/');
    let host = match parts.next().unwrap_or_default() {
        "github.com" => "io.github".to_owned(),
        "gitlab.com" => "io.gitlab".to_owned(),
        other => other.split('.').rev().collect::<Vec<_>>().join("."),
    };
    std::iter::once(host).chain(parts.map(|part| part.replace('-', "_"))).collect::<Vec<_>>().join(".")
}

/// The AppStream metainfo: what software centres show (name, summary, description, screenshots,
/// releases, licence, content rating), in every language.
pub fn metainfo() -> String {
    let (repository, id) = (env!("CARGO_PKG_REPOSITORY"), component_id());
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<!-- Made by `cargo xtask package-files` from xtask/src/package_files.rs and i18n/*.ftl. -->\n");
    out.push_str("<component type=\"desktop-application\">\n");
    let _ = writeln!(out, "  <id>{id}</id>");
    out.push_str("  <metadata_license>CC0-1.0</metadata_license>\n");
    let _ = writeln!(out, "  <project_license>{}</project_license>", env!("CARGO_PKG_LICENSE"));
    localised_element(&mut out, "  ", "name", "desktop-name");
    localised_element(&mut out, "  ", "summary", "metainfo-summary");
    out.push_str("  <description>\n");
    for id in DESCRIPTION {
        localised_element(&mut out, "    ", "p", id);
    }
    out.push_str("    <ul>\n");
    for id in FEATURES {
        localised_element(&mut out, "      ", "li", id);
    }
    out.push_str("    </ul>\n  </description>\n");
    // <developer> for AppStream 1.0, <developer_name> for the older readers (Debian 12's 0.16).
    let _ = writeln!(out, "  <developer id=\"{}\">", id.rsplit_once('.').map_or("", |(owner, _)| owner));
    localised_element(&mut out, "    ", "name", "metainfo-developer");
    out.push_str("  </developer>\n");
    localised_element(&mut out, "  ", "developer_name", "metainfo-developer");
    let _ = writeln!(out, "  <url type=\"homepage\">{repository}</url>");
    let _ = writeln!(out, "  <url type=\"bugtracker\">{repository}/issues</url>");
    let _ = writeln!(out, "  <launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>");
    out.push_str("  <provides>\n    <binary>csto-map</binary>\n  </provides>\n");
    out.push_str(
        "  <categories>\n    <category>Education</category>\n    <category>Geography</category>\n  </categories>\n",
    );
    out.push_str("  <keywords>\n");
    for lang in Lang::ALL {
        for keyword in keywords(lang) {
            let _ = writeln!(out, "    <keyword{}>{}</keyword>", lang_attribute(lang), xml_escape(&keyword));
        }
    }
    out.push_str("  </keywords>\n  <screenshots>\n");
    for (index, (path, russian, caption)) in SCREENSHOTS.iter().enumerate() {
        let kind = if index == 0 { " type=\"default\"" } else { "" };
        let _ = writeln!(out, "    <screenshot{kind}>");
        localised_element(&mut out, "      ", "caption", caption);
        let _ = writeln!(out, "      <image>{repository}/raw/HEAD/{path}</image>");
        if let Some(russian) = russian {
            let _ = writeln!(out, "      <image xml:lang=\"ru\">{repository}/raw/HEAD/{russian}</image>");
        }
        out.push_str("    </screenshot>\n");
    }
    out.push_str("  </screenshots>\n");
    out.push_str("  <supports>\n    <control>keyboard</control>\n    <control>pointing</control>\n  </supports>\n");
    out.push_str("  <releases>\n");
    for (version, date) in RELEASES {
        let _ = writeln!(out, "    <release version=\"{version}\" date=\"{date}\">");
        out.push_str("      <description>\n");
        localised_element(&mut out, "        ", "p", &release_notes_id(version));
        out.push_str("      </description>\n    </release>\n");
    }
    out.push_str("  </releases>\n  <content_rating type=\"oars-1.1\"/>\n</component>\n");
    out
}

/// The package's changelog (Debian's format), from the releases and their English notes.
pub fn debian_changelog() -> anyhow::Result<String> {
    // Cargo joins several authors with ":"; the first signs.
    let maintainer = env!("CARGO_PKG_AUTHORS").split(':').next().unwrap_or_default();
    let mut out = String::new();
    for (version, date) in RELEASES {
        let day: jiff::civil::Date = date.parse()?;
        let stamp = day.at(12, 0, 0, 0).strftime("%a, %d %b %Y %H:%M:%S +0000");
        let notes = Lang::En.t(&release_notes_id(version));
        // Lines of at most 80 characters, continued under the bullet's text.
        let mut lines = vec![String::from("  *")];
        for word in notes.split_whitespace() {
            let line = lines.last_mut().filter(|line| line.len() + 1 + word.len() <= 80);
            match line {
                Some(line) => {
                    line.push(' ');
                    line.push_str(word);
                }
                None => lines.push(format!("    {word}")),
            }
        }
        let body = lines.join("\n");
        let _ =
            write!(out, "csto-map ({version}-1) unstable; urgency=medium\n\n{body}\n\n -- {maintainer}  {stamp}\n\n");
    }
    Ok(out)
}

/// The pictures the metainfo shows, as paths in the repository (a test checks they exist).
#[cfg(test)]
fn screenshot_paths() -> Vec<&'static str> {
    SCREENSHOTS.iter().flat_map(|(path, russian, _)| std::iter::once(*path).chain(*russian)).collect()
}

/// The words of `value` in English, then in each other language where they differ: what a
/// desktop entry's `Key[ru]=` and the metainfo's `xml:lang` carry.
fn in_each_language(value: impl Fn(Lang) -> String) -> Vec<(Lang, String)> {
    let english = value(Lang::En);
    let others: Vec<(Lang, String)> = Lang::ALL
        .into_iter()
        .filter(|&lang| lang != Lang::En)
        .map(|lang| (lang, value(lang)))
        .filter(|(_, words)| *words != english)
        .collect();
    std::iter::once((Lang::En, english)).chain(others).collect()
}

/// The keywords of the desktop entry and the metainfo in `lang` (its message is a list with `;`).
fn keywords(lang: Lang) -> Vec<String> {
    let list = lang.t("desktop-keywords");
    list.split(';').map(str::trim).filter(|word| !word.is_empty()).map(str::to_owned).collect()
}

/// The message of a release's notes: `metainfo-release-0-1-0`.
fn release_notes_id(version: &str) -> String {
    format!("metainfo-release-{}", version.replace('.', "-"))
}

/// `<tag>` with the message `id` in English, then `<tag xml:lang="…">` for each other language
/// whose words differ.
fn localised_element(out: &mut String, indent: &str, tag: &str, id: &str) {
    for (lang, words) in in_each_language(|lang| lang.t(id)) {
        let _ = writeln!(out, "{indent}<{tag}{}>{}</{tag}>", lang_attribute(lang), xml_escape(&words));
    }
}

fn lang_attribute(lang: Lang) -> String {
    if lang == Lang::En { String::new() } else { format!(" xml:lang=\"{}\"", lang.code()) }
}

/// Text as XML character data.
fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The repository: csto-map's package, whose files the package takes.
    fn repository() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
    }

    fn visible_subcommands() -> Vec<String> {
        Cli::command().get_subcommands().filter(|sub| !sub.is_hide_set()).map(|sub| sub.get_name().to_owned()).collect()
    }

    #[test]
    fn every_command_has_a_man_page_in_every_language_with_its_options_and_headings() {
        let subcommands = visible_subcommands();
        for lang in Lang::ALL {
            let pages = man_pages(lang).unwrap();
            let names: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
            assert_eq!(names[0], "csto-map.1");
            for sub in &subcommands {
                assert!(
                    names.contains(&format!("csto-map-{sub}.1").as_str()),
                    "{lang:?}: no page for {sub}: {names:?}"
                );
            }
            assert_eq!(
                pages.len(),
                subcommands.len() + 1,
                "{lang:?}: {names:?} (no page for help or a hidden command)"
            );
            let page = |name: &str| pages.iter().find(|(n, _)| n == name).unwrap().1.clone();
            let render = page("csto-map-render.1");
            for option in ["\\-\\-dates", "\\-\\-compare", "\\-\\-scene", "\\-\\-columns", "\\-\\-out"] {
                assert!(render.contains(option), "{lang:?}: render's page lacks {option}");
            }
            let main = page("csto-map.1");
            assert!(main.contains("CSTO_MAP_TODAY") && main.contains("/app.ron"), "{lang:?}");
            let headings: Vec<&str> = main.lines().filter_map(|line| line.strip_prefix(".SH ")).collect();
            assert_eq!(headings.len(), 9, "{lang:?}: {headings:?}");
            let version = format!("\"{}\"", lang.t("man-heading-version").to_uppercase());
            assert_eq!(headings.last(), Some(&version.as_str()), "{lang:?}: VERSION comes last");
            if lang == Lang::Ru {
                for (name, page) in &pages {
                    let text = page;
                    let latin: Vec<&str> = text
                        .lines()
                        .filter_map(|line| line.strip_prefix(".SH "))
                        .filter(|heading| heading.chars().any(|c| c.is_ascii_alphabetic()))
                        .collect();
                    assert!(latin.is_empty(), "English headings in the Russian {name}: {latin:?}");
                }
                assert!(render.contains("Несколько небольших карт"), "the Russian page has the Russian help");
            }
        }
    }

    #[test]
    fn the_bash_completion_reaches_the_options_of_a_subcommand() {
        let script = String::from_utf8(completion(Shell::Bash).unwrap()).unwrap();
        // Every state the word loop can reach has its arm (clap-rs/clap#6421 broke this for
        // hyphenated names: the loop said `csto__map__subcmd__render`, the arm another spelling).
        let states: Vec<&str> = script
            .lines()
            .filter_map(|line| line.trim().strip_prefix("cmd=\"")?.strip_suffix('"'))
            .filter(|state| !state.is_empty())
            .collect();
        assert!(states.contains(&"csto_map__subcmd__render"), "{states:?}");
        for state in &states {
            assert!(script.contains(&format!("        {state})\n")), "no arm for {state}");
        }
        assert!(script.contains("-o default csto-map\n"), "bound to the command's name");
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let text = String::from_utf8(completion(shell).unwrap()).unwrap();
            assert!(text.contains("render-series") && text.contains("--dates"), "{shell:?}");
            assert!(!text.contains("package-files"), "{shell:?} offers the build-time task");
        }
    }

    #[test]
    fn the_desktop_entry_has_its_names_keywords_categories_and_action_in_every_language() {
        let entry = desktop_entry("csto-map");
        let line = |key: &str| entry.lines().find(|line| line.starts_with(&format!("{key}="))).unwrap_or_default();
        assert_eq!(line("Name"), "Name=CSTO Map");
        assert!(entry.contains("\nName[ru]=Карта ОДКБ\n"), "{entry}");
        let keywords: Vec<&str> = line("Keywords").trim_start_matches("Keywords=").split(';').collect();
        for wanted in ["CSTO", "ОДКБ", "map", "alliance"] {
            assert!(keywords.contains(&wanted), "{keywords:?} lacks {wanted}");
        }
        assert!(entry.contains("\nKeywords[ru]=ОДКБ;"), "{entry}");
        assert_eq!(line("Categories"), "Categories=Education;Geography;");
        assert_eq!(line("Icon"), format!("Icon={APP_ID}"));
        assert_eq!(line("StartupWMClass"), format!("StartupWMClass={APP_ID}"));
        assert_eq!(line("Exec"), "Exec=csto-map");
        assert!(entry.contains("[Desktop Action present]\nName=Present the Story of the CSTO\n"), "{entry}");
        assert!(entry.ends_with("Exec=csto-map --present\n"), "{entry}");
    }

    #[test]
    fn a_path_in_the_desktop_entry_is_quoted_and_escaped_as_the_specification_says() {
        assert_eq!(desktop_exec("/home/ann/.local/bin/csto-map"), "/home/ann/.local/bin/csto-map");
        assert_eq!(desktop_exec("/home/Ann Lee/bin/csto-map"), "\"/home/Ann Lee/bin/csto-map\"");
        // Inside quotes `$` gets a backslash, and every backslash is then doubled as in any value.
        assert_eq!(desktop_exec("/opt/a$b/csto-map"), "\"/opt/a\\\\$b/csto-map\"");
        assert_eq!(desktop_exec("/opt/100%/csto-map"), "/opt/100%%/csto-map");
        let entry = desktop_entry(&desktop_exec("/home/Ann Lee/bin/csto-map"));
        assert!(entry.contains("\nExec=\"/home/Ann Lee/bin/csto-map\"\n"), "{entry}");
        assert!(entry.contains("\nExec=\"/home/Ann Lee/bin/csto-map\" --present\n"), "{entry}");
        assert_eq!(desktop_escape("a\\b\nc"), "a\\\\b\\nc");
    }

    #[test]
    fn the_metainfo_names_this_release_and_pictures_the_repository_has() {
        assert_eq!(component_id(), "io.github.csto_map.csto_map");
        assert_eq!(RELEASES[0].0, env!("CARGO_PKG_VERSION"), "the newest release is this version");
        let dates: Vec<jiff::civil::Date> = RELEASES.iter().map(|(_, date)| date.parse().unwrap()).collect();
        assert!(dates.windows(2).all(|pair| pair[0] > pair[1]), "releases newest first: {dates:?}");
        let xml = metainfo();
        assert!(xml.contains("<release version=\"0.1.0\" date=\"2026-12-01\">"), "{xml}");
        assert!(xml.contains(&format!("<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>")));
        assert!(xml.contains("<name xml:lang=\"ru\">Карта ОДКБ</name>"), "{xml}");
        for path in screenshot_paths() {
            assert!(repository().join(path).is_file(), "{path} is not in the repository");
            assert!(xml.contains(&format!("{}/raw/HEAD/{path}</image>", env!("CARGO_PKG_REPOSITORY"))), "{path}");
        }
        assert_eq!(xml.matches("<screenshot").count() - xml.matches("<screenshots>").count(), SCREENSHOTS.len());
        assert_eq!(xml_escape("a < b & c > d"), "a &lt; b &amp; c &gt; d");
    }

    #[test]
    fn the_debian_changelog_has_every_release_signed_and_dated() {
        let changelog = debian_changelog().unwrap();
        assert!(
            changelog.starts_with(&format!("csto-map ({}-1) unstable; urgency=medium\n", env!("CARGO_PKG_VERSION")))
        );
        assert_eq!(changelog.matches("urgency=medium").count(), RELEASES.len());
        assert!(changelog.contains(" -- The csto-map developers <"), "{changelog}");
        assert!(changelog.contains("  Tue, 01 Dec 2026 12:00:00 +0000\n"), "{changelog}");
        let long: Vec<&str> = changelog.lines().filter(|line| !line.starts_with(" -- ") && line.len() > 80).collect();
        assert!(long.is_empty(), "{long:?}");
    }

    #[test]
    fn package_files_writes_every_file_where_the_package_takes_it() {
        let dir = tempfile::tempdir().unwrap();
        let written = write(dir.path(), "csto-map").unwrap();
        let names: Vec<String> =
            written.iter().map(|path| path.strip_prefix(dir.path()).unwrap().display().to_string()).collect();
        for wanted in [
            "man/man1/csto-map.1",
            "man/ru/man1/csto-map-render.1",
            "completions/csto-map.bash",
            "completions/_csto-map",
            "completions/csto-map.fish",
            "csto-map.desktop",
            "io.github.csto_map.csto_map.metainfo.xml",
        ] {
            assert!(names.iter().any(|name| name == wanted), "{wanted} not in {names:?}");
            assert!(dir.path().join(wanted).metadata().unwrap().len() > 100, "{wanted} is nearly empty");
        }
        // The package's manifest takes them from these places (Cargo.toml, [package.metadata.deb]).
        let manifest = std::fs::read_to_string(repository().join("Cargo.toml")).unwrap();
        for source in ["target/package/csto-map.desktop", "target/package/io.github.csto_map.csto_map.metainfo.xml"] {
            assert!(manifest.contains(source), "Cargo.toml does not package {source}");
        }
    }
}
