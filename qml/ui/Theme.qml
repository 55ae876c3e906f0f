pragma Singleton
import QtQuick
import Groundwork.Core

// Colours, spacing and type sizes shared by every screen. `scheme` is the theme chosen (the
// window sets it from the command line or the settings); `dark` is what it comes to.
QtObject {
    // Preferences.System, Preferences.Light or Preferences.Dark
    property int scheme: Preferences.System
    // Qt 6.4 has no colour-scheme hint yet, so System follows the system palette's lightness.
    readonly property SystemPalette systemPalette: SystemPalette {}
    readonly property bool dark: scheme === Preferences.System
                                 ? systemPalette.window.hslLightness < 0.5
                                 : scheme === Preferences.Dark
    property real textScale: 1.0

    readonly property color background: dark ? "#15181c" : "#f6f5f2"
    readonly property color surface: dark ? "#20252b" : "#ffffff"
    readonly property color text: dark ? "#eceae6" : "#1d2125"
    readonly property color mutedText: dark ? "#a9b0b8" : "#58606a"
    readonly property color accent: dark ? "#7cc4a4" : "#1f6f52"
    readonly property color accentText: dark ? "#0f1a15" : "#ffffff"
    // The controls' accent (Material.accent): the fill of highlighted buttons, under the
    // style's white text, and of checked boxes and switches. In the dark theme `accent` is
    // too light for white text (2.0:1), so controls get a deeper green (4.7:1; 3.3:1 against
    // a surface, for the boxes). Text in the accent colour keeps using `accent`.
    readonly property color controlAccent: dark ? "#2b825b" : "#1f6f52"
    // The accent of a button that is highlighted while checked (a chosen rest day or
    // confidence): the style fills those with a lighter shade of it (dark: #198253, 4.8:1 under
    // white text; light: #1e6f51, 6.1:1).
    readonly property color checkedAccent: dark ? "#184b34" : "#144a36"
    // A quiet line around cards and the track of bars: decoration, not what tells a control.
    readonly property color outline: dark ? "#38404a" : "#d9d6cf"
    // The boundary of a control that only its outline shows (an option card not chosen): at
    // least 3:1 against the card and the page (WCAG 1.4.11; dark 3.7:1 on a surface, 4.3:1 on
    // the page; light 3.9:1 and 3.6:1), where `outline` gives 1.5:1.
    readonly property color controlOutline: dark ? "#737d88" : "#858078"
    readonly property color focus: dark ? "#f2c66d" : "#b25d00"
    readonly property color takeawayBackground: dark ? "#1d3a2f" : "#e4f1ea"

    readonly property int gap: 16
    readonly property int smallGap: 8
    readonly property int radius: 12
    readonly property int maxReadingWidth: 720

    readonly property real bodySize: 16 * textScale
    readonly property real smallSize: 13 * textScale
    // A card's label above its title (in the accent colour), the date and the side rail: the
    // buttons' size and weight (14 px, medium), which Today's first frame sets up anyway: each
    // size or weight more is a font to load and its glyphs to shape and draw (bench.sh startup).
    readonly property real labelSize: 14 * textScale
    readonly property real titleSize: 24 * textScale
    readonly property real headingSize: 18 * textScale
}
