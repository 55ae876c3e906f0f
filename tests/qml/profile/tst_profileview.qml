import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Profile

// The profile over the real ProfileViewModel (tests/qml/fixture): the view-model pack's
// dimensions delegation, standards and trust, drills played into a real store.
TestCase {
    id: testCase
    name: "ProfileView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: viewComponent
        ProfileView { width: 360; height: 640; profile: fixture.profile }
    }
    Component {
        id: shortComponent
        ProfileView { width: 360; height: 260; profile: fixture.profile }
    }
    Component {
        id: wideComponent
        ProfileView { width: 1100; height: 800; profile: fixture.profile }
    }

    function init() { fixture.reset() }

    // The details line a bar shows for an estimate with evidence.
    function estimate(bar) {
        return "about " + Math.round(bar.mean * 100) + ", likely " + Math.round(bar.low * 100)
                + " to " + Math.round(bar.high * 100)
    }
    // Four weeks of the handover drill, poor choices first, the strongest ones later.
    function playRisingWeeks() {
        for (const [first, second] of [["do-it", "check-daily"], ["do-it", "check-daily"],
                                       ["hand", "checkpoints"], ["hand", "checkpoints"]]) {
            verify(fixture.playHandover(first, second, 80))
            fixture.advanceDays(7)
        }
    }

    // Every visible item lies within the view's width, and no text is cut off or elided.
    // (Material's shadow effects draw outside their controls on purpose and are skipped.)
    function overflow(root, item, found) {
        if (!item.visible || item.opacity === 0 || /^(ElevationEffect|Ripple)/.test(String(item)))
            return found
        const p = item.mapToItem(root, 0, 0)
        if (item.width > 0 && (p.x < -1 || p.x + item.width > root.width + 1))
            found.push(`${item} "${item.objectName}" in ${item.parent} in ${item.parent.parent} at x=${p.x} w=${item.width}`)
        if (item.truncated !== undefined && (item.truncated || item.contentWidth > item.width + 1))
            found.push(`text "${item.text}" needs ${item.contentWidth} of ${item.width}`)
        for (let i = 0; i < item.children.length; ++i)
            overflow(root, item.children[i], found)
        return found
    }

    // Roles of the pack: "em" weighs delegation 3, standards 1, trust 2; "ops" standards 2,
    // trust 1.
    function test_bars_show_estimate_band_and_evidence() {
        verify(fixture.playHandover("hand", "checkpoints", 80))
        verify(fixture.playBar("role-bar", 80))
        const view = createTemporaryObject(viewComponent, testCase)
        const bar = findChild(view, "dimension_delegation")
        verify(bar)
        const scale = findChild(bar, "scale")
        const band = findChild(bar, "band")
        const marker = findChild(bar, "marker")
        verify(bar.high > bar.low)
        fuzzyCompare(band.x, bar.low * scale.width, 1)
        fuzzyCompare(band.width, (bar.high - bar.low) * scale.width, 1)
        verify(marker.visible)
        fuzzyCompare(marker.x + marker.width / 2, bar.mean * scale.width, 1)
        compare(findChild(bar, "details").text,
                estimate(bar) + " · 2 decisions · no trend yet · weight for this role 50%")
        verify(bar.Accessible.name.indexOf("Dimension delegation") === 0)
        const standards = findChild(view, "dimension_standards")
        compare(findChild(standards, "details").text,
                estimate(standards) + " · 1 decision · no trend yet · weight for this role 17%")
    }

    function test_no_marker_without_evidence() {
        const view = createTemporaryObject(viewComponent, testCase)
        const empty = findChild(view, "dimension_trust")
        verify(!findChild(empty, "marker").visible, "no estimate marker without evidence")
        compare(findChild(empty, "details").text,
                "not measured yet · no evidence yet · no trend yet · weight for this role 33%")
        compare(findChild(view, "overallText").text,
                "No evidence yet. Each drill you play adds to this picture.")
        verify(!findChild(view, "retiredText").visible, "nothing was scored by a retired key")
        verify(findChild(findChild(view, "trendChart"), "emptyTrend").visible)
    }

    function test_keyboard_reaches_a_dimension_and_opens_its_meaning() {
        const view = createTemporaryObject(viewComponent, testCase)
        const bar = findChild(view, "dimension_trust")
        verify(bar.activeFocusOnTab)
        bar.forceActiveFocus()
        const definition = findChild(bar, "definition")
        verify(!definition.visible)
        keyClick(Qt.Key_Space)
        verify(definition.visible)
        compare(definition.text, "What trust means.")
    }

    function test_summary_calibration_and_trend_in_words() {
        playRisingWeeks()
        const view = createTemporaryObject(viewComponent, testCase)
        compare(findChild(view, "overallText").text, fixture.profile.overallText)
        verify(fixture.profile.overallText.startsWith("About "))
        compare(findChild(view, "evidenceText").text, "Based on 8 decisions")
        compare(findChild(view, "calibrationText").text, fixture.profile.calibrationText)
        compare(findChild(findChild(view, "dimension_delegation"), "details").text.split(" · ")[2],
                "↗ rising")
        const series = fixture.profile.weeklySeries
        compare(series.length, 4)
        const chart = findChild(view, "trendChart")
        compare(chart.Accessible.name, "Weekly judgment score: "
                + series.map(p => "week of " + p.label + ", " + Math.round(p.score * 100)).join("; "))
        verify(!findChild(chart, "emptyTrend").visible)
    }

    function test_role_picker_sets_the_role() {
        const view = createTemporaryObject(viewComponent, testCase)
        const picker = findChild(view, "rolePicker")
        compare(picker.currentIndex, 0)
        picker.activated(1)
        compare(fixture.profile.roleId, "ops")
        compare(fixture.preferences.roleId, "ops", "kept for the next start")
        compare(picker.currentIndex, 1)
    }

    // Arriving from the "Ready to lead" closing step: the keyboard is on the role picker and the
    // picker is in view, even below a cohort role note on a short screen; the keyboard changes it.
    function test_arriving_for_the_role_focuses_the_picker() {
        fixture.receiveCohortRole(1, "Platform team lead", 3, 6)
        const view = createTemporaryObject(shortComponent, testCase)
        waitForRendering(view)
        const picker = findChild(view, "rolePicker")
        verify(!picker.activeFocus)
        view.showRolePicker()
        verify(picker.activeFocus, "the keyboard is on the role picker")
        tryVerify(() => {
            const y = picker.mapToItem(view, 0, 0).y
            return y >= 0 && y + picker.height <= view.height
        }, 1000, "the picker is scrolled into view")
        const before = fixture.profile.roleId
        keyClick(Qt.Key_Space)
        tryVerify(() => picker.popup.opened)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryVerify(() => fixture.profile.roleId !== before, 1000, "changed from the keyboard")
    }

    function test_wide_is_side_by_side() {
        const view = createTemporaryObject(wideComponent, testCase)
        const bar = findChild(view, "dimension_delegation")
        const overall = findChild(view, "overallCard")
        const barPos = bar.mapToItem(view, 0, 0)
        const overallPos = overall.mapToItem(view, 0, 0)
        verify(overallPos.x > barPos.x + bar.width, "the summary sits beside the dimensions")
    }

    function test_fits_a_phone() {
        playRisingWeeks()
        const view = createTemporaryObject(viewComponent, testCase)
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
    }

    // The cohort's lead set the role: the profile measures against it, and a note says so
    // once; after a change, the note lists what changed. Closed with the keyboard.
    function test_cohort_role_note_is_shown_once_and_lists_changes() {
        fixture.receiveCohortRole(1, "Platform team lead", 3, 6)
        const view = createTemporaryObject(viewComponent, testCase)
        const note = findChild(view, "roleNoteCard")
        verify(note.visible)
        compare(note.title, "Your cohort's lead set the role you train for: Platform team lead")
        compare(fixture.profile.roleNoteLines.length, 0)
        compare(findChild(view, "rolePicker").currentText, "Platform team lead (your cohort)")
        compare(findChild(view, "overallCard").title, "Overall for Platform team lead")

        const dismiss = findChild(view, "roleNoteDismiss")
        dismiss.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(!note.visible)

        fixture.receiveCohortRole(2, "Platform lead", 1, 8)
        verify(note.visible)
        compare(note.title, "Your cohort's role was updated (version 2)")
        const lines = fixture.profile.roleNoteLines
        verify(lines.indexOf("Title: now “Platform lead” (was “Platform team lead”).") >= 0, lines.join(" | "))
        verify(lines.indexOf("Decisions the manager owns, added: Who joins the team.") >= 0)
        verify(lines.indexOf("Span of control: 8 direct reports (was 6).") >= 0)
        verify(lines.indexOf("Weight of Dimension delegation: 1 (was 3).") >= 0)
        compare(findChild(view, "rolePicker").currentText, "Platform lead (your cohort)")
        waitForRendering(view) // the card's layout settles once it is shown again
        compare(overflow(view, view, []), [])
        dismiss.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(!note.visible)
    }
}
