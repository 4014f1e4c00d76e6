//! The languages csto-map ships, as values: a leaf that the domain, the words and the window
//! all name. Their words (messages, country names, dates) are in `i18n`.

/// A language csto-map ships (its messages and country names are in `i18n`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    /// Every shipped language, in the order the Language menu lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The place of this language in [`Lang::ALL`].
    pub(crate) fn index(self) -> usize {
        Lang::ALL.iter().position(|&lang| lang == self).unwrap_or(0)
    }

    /// The BCP 47 code: `en`, `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// The language of a locale tag as systems write it (`ru_RU.UTF-8`, `ru-RU`, `en`), if shipped.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let language = tag.split(['_', '-', '.', '@']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == language)
    }

    /// The first of the system's preferred languages that csto-map ships; English otherwise.
    pub fn system() -> Lang {
        sys_locale::get_locales().find_map(|tag| Lang::from_tag(&tag)).unwrap_or_default()
    }
}

/// A text with its first letter in capitals, as a sentence or a legend row begins: "Dialogue
/// partner", «Бывший член ОДКБ».
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
