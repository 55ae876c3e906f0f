import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Groundwork.Core
import Groundwork.Ui

// WCAG 2 contrast of the theme's colours, in the light and the dark theme: text at least
// 4.5:1 against what it is drawn on, focus indicators, the border that marks a chosen option
// and the outline of one not chosen at least 3:1. Controls are measured as the style draws them, under the Material
// settings the window gives them (qml/app/Main.qml: accent and primary Theme.controlAccent).
TestCase {
    id: testCase
    name: "Contrast"
    when: windowShown
    width: 360
    height: 640

    Component {
        id: pageComponent
        Rectangle {
            color: Theme.background
            width: 360
            height: 640
            Material.theme: Theme.dark ? Material.Dark : Material.Light
            Material.accent: Theme.controlAccent
            Material.primary: Theme.controlAccent
            property alias highlighted: highlightedButton
            property alias plain: plainButton
            property alias box: checkBox
            property alias card: choiceCard
            property alias optionCard: optionCard
            property alias list: comboBox
            property alias chosen: chosenButton
            Column {
                Button { id: highlightedButton; text: "Save"; highlighted: true }
                Button { id: plainButton; text: "Later" }
                // As a chosen rest day or confidence is drawn (GoalEditor, ConfidencePicker).
                Button {
                    id: chosenButton
                    text: "80%"
                    checkable: true
                    checked: true
                    highlighted: checked
                    Material.accent: Theme.checkedAccent
                }
                CheckBox { id: checkBox; text: "Include"; checked: true }
                ChoiceCard { id: choiceCard; width: 300; title: "Yes"; selected: true }
                ChoiceCard { id: optionCard; width: 300; title: "No" }
                // As every ComboBox of the app sets it (the current choice is listed in it).
                ComboBox { id: comboBox; model: ["One", "Two"]; Material.accent: Theme.accent }
            }
        }
    }

    function channel(c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    // Relative luminance of an opaque colour, or of a translucent one over `under`.
    function luminance(c, under) {
        const a = c.a
        const mix = (x, y) => x * a + y * (1 - a)
        const r = under ? mix(c.r, under.r) : c.r
        const g = under ? mix(c.g, under.g) : c.g
        const b = under ? mix(c.b, under.b) : c.b
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
    function ratio(front, back, under) {
        const x = luminance(front, under)
        const y = luminance(back, under)
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
    }
    function atLeast(front, back, minimum, what, under) {
        const r = ratio(front, back, under)
        console.log(`${Theme.dark ? "dark" : "light"}: ${what} ${front} on ${back}: ${r.toFixed(2)}:1`)
        verify(r >= minimum, `${what}: ${front} on ${back} is ${r.toFixed(2)}:1, below ${minimum}:1`)
    }

    function schemes() {
        return [{ tag: "light", scheme: Preferences.Light }, { tag: "dark", scheme: Preferences.Dark }]
    }
    function cleanup() {
        Theme.scheme = Preferences.System
    }

    function test_text_on_every_background_data() { return schemes() }
    function test_text_on_every_background(data) {
        Theme.scheme = data.scheme
        for (const back of [Theme.background, Theme.surface, Theme.takeawayBackground]) {
            atLeast(Theme.text, back, 4.5, "text")
            atLeast(Theme.mutedText, back, 4.5, "muted text")
            atLeast(Theme.accent, back, 4.5, "accent text")
        }
        atLeast(Theme.accentText, Theme.accent, 4.5, "text on an accent fill")
    }

    function test_highlighted_button_data() { return schemes() }
    function test_highlighted_button(data) {
        Theme.scheme = data.scheme
        const page = createTemporaryObject(pageComponent, testCase)
        const button = page.highlighted
        atLeast(button.contentItem.color, button.background.color, 4.5, "highlighted button text")
        // A plain button's fill is translucent: measured over the page it sits on.
        const plain = page.plain
        atLeast(plain.contentItem.color, plain.background.color, 4.5, "plain button text", Theme.background)
        const chosen = page.chosen
        atLeast(chosen.contentItem.color, chosen.background.color, 4.5, "chosen button text")
        atLeast(chosen.background.color, Theme.background, 3, "chosen button against the page")
        // The current choice in an open list is text in the list's accent, on the list's
        // background (the style's dialog colour: the popup's own would follow the test's window).
        const list = page.list
        atLeast(list.Material.accent, list.Material.dialogColor, 4.5, "current choice in a list")
        // Selected text in a field uses the same pair.
        atLeast(button.Material.primaryHighlightedTextColor, button.Material.accentColor, 4.5, "selected text")
    }

    function test_indicators_and_focus_data() { return schemes() }
    function test_indicators_and_focus(data) {
        Theme.scheme = data.scheme
        const page = createTemporaryObject(pageComponent, testCase)
        for (const back of [Theme.background, Theme.surface, Theme.takeawayBackground])
            atLeast(Theme.focus, back, 3, "focus ring")
        // The border and tick that mark the chosen option.
        atLeast(page.card.background.border.color, page.card.fill, 3, "chosen card border")
        // An option not chosen is told from the page by its outline alone: against the card
        // inside it and the page around it.
        atLeast(page.optionCard.background.border.color, page.optionCard.fill, 3, "option card outline")
        atLeast(page.optionCard.background.border.color, Theme.background, 3, "option card outline on the page")
        // A checked box is filled with the controls' accent, on a card or on the page.
        for (const back of [Theme.background, Theme.surface])
            atLeast(page.box.Material.accentColor, back, 3, "checked box")
    }
}
