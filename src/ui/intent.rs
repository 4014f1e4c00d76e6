//! What the user can ask the app to do: the panels return it, the app applies it after the frame.

use jiff::civil::Date;

use crate::Iso3;
use crate::clock::Step;
use crate::i18n::Lang;
use crate::style::Theme;
use crate::ui::Speed;

/// Something the user asked for in this frame; the app applies it after the frame is laid out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Intent {
    ShowDate(Date),
    StepForward,
    StepBack,
    PreviousChange,
    NextChange,
    First,
    Last,
    TogglePlay,
    SetStep(Step),
    SetSpeed(Speed),
    /// Presentation mode's start screen (F5).
    Present,
    /// From the start screen: present the story.
    StartPresentation,
    /// The part of the story to present, as chosen on the start screen.
    SetStoryFilter(crate::story::StoryFilter),
    NextStep,
    PreviousStep,
    FirstStep,
    LastStep,
    /// Escape: leave presentation mode, and the window is as it was.
    EndPresentation,
    /// The table of statuses on or off (key T).
    ToggleTable,
    /// Sort the table by a column (again: the other way).
    SortTable(crate::ui::Column),
    /// Compare mode on or off (key C): the map shows what changed between a second day and the shown one.
    ToggleCompare,
    /// The second day of compare mode.
    ShowCompare(Date),
    /// The second day one step back or on (Shift+Left, Shift+Right).
    CompareBack,
    CompareForward,
    Select(Option<Iso3>),
    ZoomTo(Iso3),
    ZoomIn,
    ZoomOut,
    ResetView,
    SetLabels(bool),
    SetTiles(bool),
    /// The equal-area map instead of Web Mercator (tiles off while it is on).
    SetEqualArea(bool),
    /// The contested territories on the map, or not.
    SetContext(bool),
    SetTheme(Theme),
    /// The Language menu: the window and exported images in this language, at once.
    SetLanguage(Lang),
    /// The Organisation menu: the map, legend, details and images show the organisation at this
    /// place in the list of organisations (the default first).
    SetOrganisation(usize),
    /// View → Overlap with, or the selector over the legend: the map shows where the shown
    /// organisation and the one at this place overlap (`None`: its statuses again).
    SetOverlap(Option<usize>),
    ShowAbout,
    /// Escape: closes the export dialog if open, else the country's details.
    Escape,
    OpenExport,
    /// The image the export dialog would save, to the clipboard.
    CopyImage,
    ScreenshotWindow,
    /// File → Open timeline…: a timeline file instead of the bundled one.
    OpenTimeline,
    /// Ctrl+Q, File → Quit: the window closes at once (also while presenting).
    Quit,
    /// File → Save scene… / Open scene….
    SaveScene,
    OpenScene,
    /// Back to the bundled timeline.
    BundledTimeline,
}
