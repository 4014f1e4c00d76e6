//! ISO 3166-1 alpha-3 country codes.

use std::fmt;
use std::str::FromStr;

/// An ISO 3166-1 alpha-3 code such as `KAZ`: three ASCII capital letters, checked when parsed.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Iso3([u8; 3]);

/// A string that is not three capital letters.
/// Its words are in `i18n` (`localised`); the English `Display` stays here too, as the build
/// script compiles this file without the messages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not an ISO 3166-1 alpha-3 code (three capital letters such as KAZ)")]
pub struct Iso3Error(pub String);

impl Iso3 {
    /// The code as text.
    pub fn as_str(&self) -> &str {
        // Only ASCII capitals are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// The three letters as bytes.
    pub fn to_bytes(self) -> [u8; 3] {
        self.0
    }
}

impl FromStr for Iso3 {
    type Err = Iso3Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => Ok(Self([a, b, c])),
            _ => Err(Iso3Error(text.to_owned())),
        }
    }
}

impl TryFrom<String> for Iso3 {
    type Error = Iso3Error;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<Iso3> for String {
    fn from(code: Iso3) -> Self {
        code.as_str().to_owned()
    }
}

impl fmt::Display for Iso3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Iso3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Iso3({})", self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_capital_letters_are_a_code() {
        let code: Iso3 = "UZB".parse().unwrap();
        assert_eq!(code.as_str(), "UZB");
        assert_eq!(code.to_string(), "UZB");
    }

    #[test]
    fn lower_case_short_long_and_non_ascii_codes_are_refused() {
        for text in ["uzb", "UZ", "UZBK", "", "ÜZB", "U1B"] {
            let error = text.parse::<Iso3>().unwrap_err();
            assert_eq!(error, Iso3Error(text.to_owned()));
        }
    }
}
