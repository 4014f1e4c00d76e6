//! The one palette: status colours, hatching, land, sea and lines, for the app, the legend and the
//! exported images alike, so a screenshot and an export always agree.
//!
//! The status colours are the Okabe-Ito set, chosen to stay apart under the common colour-vision
//! deficiencies; `member_frozen` and `signatory` are also hatched, so no status is told by colour
//! alone.

use crate::timeline::{Shift, Side, Status, Tie};

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    pub fn to_egui(self) -> egui::Color32 {
        egui::Color32::from_rgb(self.0, self.1, self.2)
    }

    /// The colour with `alpha` (0-255), premultiplied as egui draws it.
    pub fn to_egui_alpha(self, alpha: u8) -> egui::Color32 {
        egui::Color32::from_rgba_unmultiplied(self.0, self.1, self.2, alpha)
    }
}

/// How a status (or a country without one) is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fill {
    pub fill: Rgb,
    /// The colour of diagonal hatching drawn over the fill, if any.
    pub pattern: Option<Rgb>,
}

/// Light for paper and bright rooms, dark for screens in dim ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// Every colour of one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The sea, and everything outside the countries.
    pub background: Rgb,
    /// Land of a country without a CSTO status.
    pub none: Rgb,
    /// Thin lines along every border.
    pub outline: Rgb,
    /// Lines that must stand out: changed and selected countries, and label halos' opposite.
    pub strong: Rgb,
    /// Text drawn on the map (labels), with `halo` around it.
    pub text: Rgb,
    pub halo: Rgb,
}

pub const LIGHT: Palette = Palette {
    background: Rgb(0xcd, 0xdd, 0xe8),
    none: Rgb(0xf3, 0xf0, 0xe8),
    outline: Rgb(0x86, 0x8c, 0x96),
    strong: Rgb(0x1a, 0x1a, 0x1a),
    text: Rgb(0x1a, 0x1a, 0x1a),
    halo: Rgb(0xff, 0xff, 0xff),
};

pub const DARK: Palette = Palette {
    background: Rgb(0x16, 0x1d, 0x27),
    none: Rgb(0x3a, 0x42, 0x4e),
    outline: Rgb(0x10, 0x14, 0x1a),
    strong: Rgb(0xf5, 0xf5, 0xf5),
    text: Rgb(0xf5, 0xf5, 0xf5),
    halo: Rgb(0x10, 0x14, 0x1a),
};

impl Theme {
    pub fn palette(self) -> &'static Palette {
        match self {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
        }
    }
}

/// The fill of a status (the same in both themes).
pub fn status_fill(status: Status) -> Fill {
    let plain = |fill| Fill { fill, pattern: None };
    match status {
        Status::Member => plain(Rgb(0x00, 0x72, 0xb2)),
        Status::MemberFrozen => Fill { fill: Rgb(0x56, 0xb4, 0xe9), pattern: Some(Rgb(0x00, 0x3f, 0x6b)) },
        Status::Signatory => Fill { fill: Rgb(0x7f, 0xd1, 0xae), pattern: Some(Rgb(0x00, 0x6b, 0x4f)) },
        Status::FormerMember => plain(Rgb(0xe6, 0x9f, 0x00)),
        Status::Observer => plain(Rgb(0xcc, 0x79, 0xa7)),
        Status::FormerObserver => plain(Rgb(0xb3, 0x9b, 0xc4)),
    }
}

/// The fill of a country with this status, or none, in a theme.
pub fn fill_of(status: Option<Status>, theme: Theme) -> Fill {
    status.map_or(Fill { fill: theme.palette().none, pattern: None }, status_fill)
}

/// The fill of a kind of change on a comparison map: a change takes the colour of the status it
/// arrives at (left: a former member's), what stayed the same is muted, and the pairs that colour
/// alone would not keep apart for every eye are told by hatching.
pub fn shift_fill(shift: Shift, theme: Theme) -> Fill {
    let plain = |fill| Fill { fill, pattern: None };
    match shift {
        Shift::Joined => status_fill(Status::Member),
        Shift::Left => status_fill(Status::FormerMember),
        Shift::Frozen => status_fill(Status::MemberFrozen),
        Shift::Signed => status_fill(Status::Signatory),
        Shift::ObserverGained => status_fill(Status::Observer),
        Shift::ObserverLost => Fill { fill: Rgb(0xd8, 0xc9, 0xe2), pattern: Some(Rgb(0x6e, 0x55, 0x87)) },
        Shift::UnchangedMember => plain(Rgb(0x9f, 0xb9, 0xd3)),
        Shift::UnchangedOther => match theme {
            Theme::Light => Fill { fill: Rgb(0xe4, 0xde, 0xd1), pattern: Some(Rgb(0x9c, 0x96, 0x8a)) },
            Theme::Dark => Fill { fill: Rgb(0x4b, 0x53, 0x5f), pattern: Some(Rgb(0x8a, 0x91, 0x9c)) },
        },
        Shift::NoStatus => fill_of(None, theme),
    }
}

/// The fill of a country on an overlap map of two organisations: a colour for each side, the
/// first organisation's the blue of its members; hatched in a darker shade of it where either
/// tie is less than full membership.
pub fn tie_fill(tie: Tie, theme: Theme) -> Fill {
    let (fill, pattern) = match tie.side {
        Side::Both => (Rgb(0xd5, 0x5e, 0x00), Rgb(0x7a, 0x2e, 0x00)),
        Side::First => (Rgb(0x00, 0x72, 0xb2), Rgb(0x00, 0x3f, 0x6b)),
        Side::Second => (Rgb(0xf0, 0xe4, 0x42), Rgb(0x8a, 0x7d, 0x00)),
        Side::Neither => return fill_of(None, theme),
    };
    Fill { fill, pattern: tie.partial.then_some(pattern) }
}

/// The legend's swatch for "hatched: less than full membership": the land's colour, hatched.
pub fn partial_fill(theme: Theme) -> Fill {
    let pattern = match theme {
        Theme::Light => Rgb(0x6b, 0x6b, 0x6b),
        Theme::Dark => Rgb(0xa8, 0xae, 0xb8),
    };
    Fill { fill: theme.palette().none, pattern: Some(pattern) }
}

/// An entry of the legend: a status (or none), a kind of change, a side of an overlap, or the
/// hatching of an overlap's partial ties.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendKey {
    Status(Option<Status>),
    Shift(Shift),
    Tie(Tie),
    Partial,
}

impl LegendKey {
    pub fn fill(self, theme: Theme) -> Fill {
        match self {
            LegendKey::Status(status) => fill_of(status, theme),
            LegendKey::Shift(shift) => shift_fill(shift, theme),
            LegendKey::Tie(tie) => tie_fill(tie, theme),
            LegendKey::Partial => partial_fill(theme),
        }
    }

    /// Whether a country of `key` belongs to this legend row: a side's row holds its hatched
    /// countries too, the hatching's row every hatched country.
    pub fn covers(self, key: LegendKey) -> bool {
        match (self, key) {
            (LegendKey::Tie(row), LegendKey::Tie(tie)) => row.side == tie.side,
            (LegendKey::Partial, LegendKey::Tie(tie)) => tie.partial,
            _ => self == key,
        }
    }
}

/// Every fill of an overlap map: each side, plain and hatched.
pub fn tie_fills(theme: Theme) -> impl Iterator<Item = (String, Fill)> {
    Side::ALL.into_iter().flat_map(move |side| {
        let plain = (side.key().to_owned(), tie_fill(Tie { side, partial: false }, theme));
        let hatched = (format!("{}_partial", side.key()), tie_fill(Tie { side, partial: true }, theme));
        if side == Side::Neither { vec![plain] } else { vec![plain, hatched] }
    })
}

/// Hatching: stripes this far apart (in pixels at scale 1), this wide, at 45 degrees.
pub const HATCH_SPACING_PX: f32 = 7.0;
pub const HATCH_WIDTH_PX: f32 = 2.0;

/// A contested territory: its hatching (the other diagonal) this opaque over the country's fill,
/// its outline this wide (in pixels at scale 1), in dashes and gaps this long.
pub const TERRITORY_HATCH_ALPHA: u8 = 150;
pub const TERRITORY_OUTLINE_PX: f32 = 1.2;
pub const TERRITORY_DASH_PX: [f32; 2] = [4.0, 3.0];

/// Every flat colour a map of `theme` is drawn with: the statuses' fills and hatching, land,
/// sea, lines and text. Anything else in an image is a blend of these at an edge.
pub fn theme_colours(theme: Theme) -> Vec<Rgb> {
    let palette = theme.palette();
    let mut colours =
        vec![palette.background, palette.none, palette.outline, palette.strong, palette.text, palette.halo];
    let fills = Status::ALL.iter().map(|&status| status_fill(status));
    let fills = fills.chain(Shift::ALL.iter().map(|&shift| shift_fill(shift, theme)));
    let fills = fills.chain(tie_fills(theme).map(|(_, fill)| fill)).chain([partial_fill(theme)]);
    for fill in fills {
        colours.extend(std::iter::once(fill.fill).chain(fill.pattern));
    }
    let mut unique = Vec::with_capacity(colours.len());
    for colour in colours {
        if !unique.contains(&colour) {
            unique.push(colour);
        }
    }
    unique
}

/// The palette as `csto-map palette --json` prints it: each status, `none`, `background`, under
/// `compare` each kind of change of a comparison map, and under `overlap` each side of an
/// overlap map of two organisations (`both`, `first`, `second`, each also `_partial`, hatched;
/// `neither`; `partial`, the legend's swatch for the hatching).
pub fn palette_json(theme: Theme) -> serde_json::Value {
    let entry = |fill: Fill| serde_json::json!({ "fill": fill.fill.hex(), "pattern": fill.pattern.map(Rgb::hex) });
    let mut map = serde_json::Map::new();
    for status in Status::ALL {
        map.insert(status.key().to_owned(), entry(status_fill(status)));
    }
    map.insert("none".to_owned(), entry(fill_of(None, theme)));
    map.insert("background".to_owned(), entry(Fill { fill: theme.palette().background, pattern: None }));
    let compare = Shift::ALL.iter().map(|&shift| (shift.key().to_owned(), entry(shift_fill(shift, theme))));
    map.insert("compare".to_owned(), serde_json::Value::Object(compare.collect()));
    let mut overlap: serde_json::Map<String, serde_json::Value> =
        tie_fills(theme).map(|(key, fill)| (key, entry(fill))).collect();
    overlap.insert("partial".to_owned(), entry(partial_fill(theme)));
    map.insert("overlap".to_owned(), serde_json::Value::Object(overlap));
    serde_json::Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distance between two colours in a rough perceptual space (weighted RGB, "redmean").
    fn distance(a: Rgb, b: Rgb) -> f64 {
        let (r1, g1, b1) = (f64::from(a.0), f64::from(a.1), f64::from(a.2));
        let (r2, g2, b2) = (f64::from(b.0), f64::from(b.1), f64::from(b.2));
        let mean_red = (r1 + r2) / 2.0;
        let (dr, dg, db) = (r1 - r2, g1 - g2, b1 - b2);
        ((2.0 + mean_red / 256.0) * dr * dr + 4.0 * dg * dg + (2.0 + (255.0 - mean_red) / 256.0) * db * db).sqrt()
    }

    /// Simulates deuteranopia, protanopia and tritanopia (Machado et al. 2009, severity 1.0,
    /// applied to sRGB values as an approximation).
    fn simulate(colour: Rgb, matrix: [[f64; 3]; 3]) -> Rgb {
        let input = [f64::from(colour.0), f64::from(colour.1), f64::from(colour.2)];
        let channel = |row: [f64; 3]| {
            let value = row[0] * input[0] + row[1] * input[1] + row[2] * input[2];
            value.round().clamp(0.0, 255.0) as u8
        };
        Rgb(channel(matrix[0]), channel(matrix[1]), channel(matrix[2]))
    }

    const DEUTERANOPIA: [[f64; 3]; 3] = [[0.367, 0.861, -0.228], [0.280, 0.673, 0.047], [-0.012, 0.043, 0.969]];
    const PROTANOPIA: [[f64; 3]; 3] = [[0.152, 1.053, -0.205], [0.115, 0.786, 0.099], [-0.004, -0.048, 1.052]];
    const TRITANOPIA: [[f64; 3]; 3] = [[1.256, -0.077, -0.179], [-0.078, 0.931, 0.148], [0.005, 0.691, 0.304]];
    const VISIONS: [(&str, [[f64; 3]; 3]); 4] = [
        ("normal", [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
        ("deuteranopia", DEUTERANOPIA),
        ("protanopia", PROTANOPIA),
        ("tritanopia", TRITANOPIA),
    ];

    #[test]
    fn every_pair_of_fills_stays_apart_for_common_colour_vision_deficiencies() {
        for theme in [Theme::Light, Theme::Dark] {
            let mut fills: Vec<(String, Rgb)> =
                Status::ALL.iter().map(|&status| (status.key().to_owned(), status_fill(status).fill)).collect();
            fills.push(("none".into(), theme.palette().none));
            fills.push(("background".into(), theme.palette().background));
            for (vision, matrix) in VISIONS {
                for (i, (name_a, a)) in fills.iter().enumerate() {
                    for (name_b, b) in fills.iter().skip(i + 1) {
                        let apart = distance(simulate(*a, matrix), simulate(*b, matrix));
                        // Pairs told apart also by hatching may be closer in colour; land and sea
                        // are no status, and a border line runs between them.
                        let hatched = |name: &str| name == "member_frozen" || name == "signatory";
                        let needed = if hatched(name_a) || hatched(name_b) {
                            40.0
                        } else if (name_a.as_str(), name_b.as_str()) == ("none", "background") {
                            50.0
                        } else {
                            60.0
                        };
                        assert!(apart > needed, "{theme:?} {vision}: {name_a} and {name_b} are only {apart:.0} apart");
                    }
                }
            }
        }
    }

    #[test]
    fn only_frozen_members_and_signatories_are_hatched() {
        let hatched: Vec<Status> = Status::ALL.into_iter().filter(|&s| status_fill(s).pattern.is_some()).collect();
        assert_eq!(hatched, [Status::MemberFrozen, Status::Signatory]);
    }

    #[test]
    fn the_palette_json_has_every_status_none_and_background() {
        let json = palette_json(Theme::Light);
        assert_eq!(json["member"], serde_json::json!({ "fill": "#0072b2", "pattern": null }));
        assert_eq!(json["member_frozen"]["pattern"], "#003f6b");
        assert_eq!(json["none"]["fill"], "#f3f0e8");
        assert_eq!(json["background"]["fill"], "#cddde8");
        assert_eq!(json.as_object().unwrap().len(), 10);
        assert_eq!(json["overlap"]["first"], json["member"], "the first organisation's members keep their blue");
        assert_eq!(json["overlap"]["both_partial"]["fill"], json["overlap"]["both"]["fill"]);
        assert!(json["overlap"]["both_partial"]["pattern"].is_string() && json["overlap"]["both"]["pattern"].is_null());
        assert_eq!(json["overlap"]["neither"], json["none"]);
        assert_eq!(json["overlap"].as_object().unwrap().len(), 8);
        assert_eq!(json["compare"]["left"], json["former_member"], "a change takes the colour it arrives at");
        assert_eq!(json["compare"].as_object().unwrap().len(), Shift::ALL.len());
    }

    /// The colour a hatched fill averages to (stripes cover 2/7 of it).
    fn mean(fill: Fill) -> Rgb {
        let Some(pattern) = fill.pattern else { return fill.fill };
        let share = HATCH_WIDTH_PX / HATCH_SPACING_PX;
        let mix = |a: u8, b: u8| (f32::from(a) * (1.0 - share) + f32::from(b) * share).round() as u8;
        Rgb(mix(fill.fill.0, pattern.0), mix(fill.fill.1, pattern.1), mix(fill.fill.2, pattern.2))
    }

    #[test]
    fn the_sides_of_an_overlap_stay_apart_for_common_colour_vision_deficiencies() {
        for theme in [Theme::Light, Theme::Dark] {
            let mut fills: Vec<(String, Rgb)> = Side::ALL
                .iter()
                .map(|&side| (side.key().to_owned(), tie_fill(Tie { side, partial: false }, theme).fill))
                .collect();
            fills.push(("background".into(), theme.palette().background));
            for (vision, matrix) in VISIONS {
                for (i, (name_a, a)) in fills.iter().enumerate() {
                    for (name_b, b) in fills.iter().skip(i + 1) {
                        let needed =
                            if (name_a.as_str(), name_b.as_str()) == ("neither", "background") { 50.0 } else { 60.0 };
                        let apart = distance(simulate(*a, matrix), simulate(*b, matrix));
                        assert!(apart > needed, "{theme:?} {vision}: {name_a} and {name_b} are only {apart:.0} apart");
                    }
                }
            }
        }
    }

    #[test]
    fn a_side_row_covers_its_hatched_countries_and_the_hatching_row_every_hatched_one() {
        let (first, first_partial) =
            (Tie { side: Side::First, partial: false }, Tie { side: Side::First, partial: true });
        assert!(LegendKey::Tie(first).covers(LegendKey::Tie(first_partial)));
        assert!(!LegendKey::Tie(first).covers(LegendKey::Tie(Tie { side: Side::Both, partial: false })));
        assert!(LegendKey::Partial.covers(LegendKey::Tie(first_partial)));
        assert!(!LegendKey::Partial.covers(LegendKey::Tie(first)));
        assert!(LegendKey::Status(None).covers(LegendKey::Status(None)));
    }

    #[test]
    fn every_pair_of_comparison_fills_stays_apart_for_common_colour_vision_deficiencies() {
        for theme in [Theme::Light, Theme::Dark] {
            let mut fills: Vec<(&str, Fill)> =
                Shift::ALL.iter().map(|&shift| (shift.key(), shift_fill(shift, theme))).collect();
            fills.push(("background", Fill { fill: theme.palette().background, pattern: None }));
            for (vision, matrix) in VISIONS {
                for (i, (name_a, a)) in fills.iter().enumerate() {
                    for (name_b, b) in fills.iter().skip(i + 1) {
                        // One hatched and one plain are told apart by the hatching, and need
                        // only differ a little in their average colour; two of a kind by colour.
                        let (colours, needed) = match (a.pattern.is_some(), b.pattern.is_some()) {
                            (true, false) | (false, true) => ((mean(*a), mean(*b)), 20.0),
                            (true, true) => ((a.fill, b.fill), 40.0),
                            (false, false) if [*name_a, *name_b] == ["no_status", "background"] => {
                                ((a.fill, b.fill), 50.0)
                            }
                            (false, false) => ((a.fill, b.fill), 60.0),
                        };
                        let apart = distance(simulate(colours.0, matrix), simulate(colours.1, matrix));
                        assert!(apart > needed, "{theme:?} {vision}: {name_a} and {name_b} are only {apart:.0} apart");
                    }
                }
            }
        }
    }
}
