import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Profile

TestCase {
    id: testCase
    name: "ProfileView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    QtObject {
        id: fakeProfile
        property var roles: [
            { roleId: "em", title: "First-line engineering manager", summary: "Leads a team." },
            { roleId: "ops", title: "Operations team lead", summary: "Runs shifts." }
        ]
        property string roleId: "em"
        readonly property string roleTitle: roleId === "em" ? "First-line engineering manager" : "Operations team lead"
        property string roleSummary: "Leads a team."
        property string overallText: "About 64 out of 100, likely between 52 and 75"
        property string evidenceText: "12 decisions"
        property string retiredText: "3 earlier answers were scored by drill keys that have since been rewritten."
        property string focusText: "Most worth practising for this role: Building capability"
        property string calibrationText: "When you say you are 80% sure, you are right about 62% of the time: over-confident."
        property var calibrationDetails: ["When you say 80% sure you are right 62% of the time (21 decisions)"]
        property var weeklySeries: [
            { weekStart: "2025-03-03", label: "3 Mar", score: 0.5, decisions: 4 },
            { weekStart: "2025-03-10", label: "10 Mar", score: 0.62, decisions: 5 },
            { weekStart: "2025-03-17", label: "17 Mar", score: 0.7, decisions: 3 }
        ]
        property ListModel dimensions: ListModel {
            ListElement { dimensionId: "building-capability"; name: "Building capability"; definition: "Growing the team's ability."; mean: 0.64; low: 0.5; high: 0.77; evidence: 12; trend: "rising"; weight: 0.5; isFocus: true }
            ListElement { dimensionId: "candour"; name: "Candour with care"; definition: "Saying the hard thing kindly."; mean: 0.5; low: 0.05; high: 0.95; evidence: 0; trend: "unknown"; weight: 0.3; isFocus: false }
            ListElement { dimensionId: "standards"; name: "Calibrated standards"; definition: "The role's bar."; mean: 0.4; low: 0.3; high: 0.5; evidence: 1; trend: "falling"; weight: 0.2; isFocus: false }
        }
    }

    Component {
        id: viewComponent
        ProfileView { width: 360; height: 640; profile: fakeProfile }
    }
    Component {
        id: wideComponent
        ProfileView { width: 1100; height: 800; profile: fakeProfile }
    }

    function init() { fakeProfile.roleId = "em" }

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

    function test_bars_show_estimate_band_and_evidence() {
        const view = createTemporaryObject(viewComponent, testCase)
        const bar = findChild(view, "dimension_building-capability")
        verify(bar)
        const scale = findChild(bar, "scale")
        const band = findChild(bar, "band")
        const marker = findChild(bar, "marker")
        fuzzyCompare(band.x, 0.5 * scale.width, 1)
        fuzzyCompare(band.width, 0.27 * scale.width, 1)
        verify(marker.visible)
        fuzzyCompare(marker.x + marker.width / 2, 0.64 * scale.width, 1)
        compare(findChild(bar, "details").text,
                "about 64, likely 50 to 77 · 12 decisions · ↗ rising · weight for this role 50%")
        verify(bar.Accessible.name.indexOf("Building capability") === 0)

        const empty = findChild(view, "dimension_candour")
        verify(!findChild(empty, "marker").visible, "no estimate marker without evidence")
        compare(findChild(empty, "details").text,
                "not measured yet · no evidence yet · no trend yet · weight for this role 30%")
        compare(findChild(findChild(view, "dimension_standards"), "details").text,
                "about 40, likely 30 to 50 · 1 decision · ↘ lower lately · weight for this role 20%")
    }

    function test_keyboard_reaches_a_dimension_and_opens_its_meaning() {
        const view = createTemporaryObject(viewComponent, testCase)
        const bar = findChild(view, "dimension_candour")
        verify(bar.activeFocusOnTab)
        bar.forceActiveFocus()
        const definition = findChild(bar, "definition")
        verify(!definition.visible)
        keyClick(Qt.Key_Space)
        verify(definition.visible)
        compare(definition.text, "Saying the hard thing kindly.")
    }

    function test_summary_calibration_and_trend_in_words() {
        const view = createTemporaryObject(viewComponent, testCase)
        compare(findChild(view, "overallText").text, fakeProfile.overallText)
        compare(findChild(view, "evidenceText").text, "Based on 12 decisions")
        compare(findChild(view, "retiredText").text, fakeProfile.retiredText)
        verify(findChild(view, "retiredText").visible)
        compare(findChild(view, "calibrationText").text, fakeProfile.calibrationText)
        const chart = findChild(view, "trendChart")
        compare(chart.Accessible.name, "Weekly judgment score: week of 3 Mar, 50; week of 10 Mar, 62; week of 17 Mar, 70")
        verify(!findChild(chart, "emptyTrend").visible)
    }

    function test_role_picker_sets_the_role() {
        const view = createTemporaryObject(viewComponent, testCase)
        const picker = findChild(view, "rolePicker")
        compare(picker.currentIndex, 0)
        picker.activated(1)
        compare(fakeProfile.roleId, "ops")
        compare(picker.currentIndex, 1)
    }

    function test_wide_is_side_by_side() {
        const view = createTemporaryObject(wideComponent, testCase)
        const bar = findChild(view, "dimension_building-capability")
        const overall = findChild(view, "overallCard")
        const barPos = bar.mapToItem(view, 0, 0)
        const overallPos = overall.mapToItem(view, 0, 0)
        verify(overallPos.x > barPos.x + bar.width, "the summary sits beside the dimensions")
    }

    function test_fits_a_phone() {
        const view = createTemporaryObject(viewComponent, testCase)
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
    }
}
