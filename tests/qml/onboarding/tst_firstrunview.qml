import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Onboarding

// The first run over the real FirstRunViewModel and GoalViewModel (tests/qml/fixture): the
// view-model pack's tracks (ready-to-lead, is-it-for-me, back-to-ic), preferences in memory.
TestCase {
    id: testCase
    name: "FirstRunView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: viewComponent
        FirstRunView { width: 360; height: 640; firstRun: fixture.firstRun; goal: fixture.goal }
    }
    SignalSpy { id: finishedSpy; signalName: "finished" }

    function init() {
        fixture.reset()
        finishedSpy.clear()
    }

    function press(item) {
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }
    // The visible step's button with this objectName (each step has its own StepButtons).
    function stepButton(view, stepName, buttonName) {
        return findChild(findChild(view, stepName), buttonName)
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

    // A note the app adds to the first screen (the deleted account's, qml/app/FirstRunPage.qml)
    // is laid out below the step's buttons and scrolls with them: it never covers them.
    Component {
        id: viewWithNoteComponent
        FirstRunView {
            width: 360; height: 640; firstRun: fixture.firstRun; goal: fixture.goal
            Rectangle { objectName: "note"; width: parent.width; height: 200 }
        }
    }
    function test_an_added_note_sits_below_the_buttons() {
        const view = createTemporaryObject(viewWithNoteComponent, testCase)
        waitForRendering(view)
        const note = findChild(view, "note")
        for (const name of ["startButton", "skipAllButton"]) {
            const button = findChild(view, name)
            const bottom = button.mapToItem(note, 0, button.height).y
            verify(bottom <= 0, `${name} ends ${bottom} px into the note`)
        }
        // The note makes the phone page scroll; Get started stays in view with the keyboard.
        const flick = view.contentItem
        verify(flick.contentHeight > view.height, "the note lengthens the page on a phone")
        const start = findChild(view, "startButton")
        start.forceActiveFocus(Qt.TabFocusReason)
        const top = start.mapToItem(view, 0, 0).y
        verify(top >= 0 && top + start.height <= view.height)
    }

    function test_welcome_says_what_it_is_for() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(findChild(view, "welcomeStep").visible)
        const text = findChild(view, "welcomeText").text
        verify(text.indexOf("whether management is for you") >= 0)
        verify(text.indexOf("before a promotion") >= 0)
    }

    function test_the_whole_way_through() {
        const view = createTemporaryObject(viewComponent, testCase)
        finishedSpy.target = view
        press(findChild(view, "startButton"))
        verify(findChild(view, "trackStep").visible)
        compare(findChild(view, "stepLabel").text, "Step 1 of 3")

        const card = findChild(view, "trackChoice_is-it-for-me")
        compare(card.title, "Is it for me?", "the tracks come from the content pack")
        compare(card.summary, "Decide whether management fits.")
        card.forceActiveFocus(Qt.TabFocusReason)
        verify(findChild(card, "focusOutline").visible)
        keyClick(Qt.Key_Return)
        verify(card.selected)
        press(stepButton(view, "trackStep", "acceptButton"))
        compare(fixture.preferences.trackId, "is-it-for-me")
        compare(fixture.firstRun.trackId, "is-it-for-me")
        compare(fixture.today.trackTitle, "Is it for me?", "Today follows the chosen track")

        verify(findChild(view, "goalStep").visible)
        const spin = findChild(view, "sessionsSpinBox")
        spin.forceActiveFocus()
        keyClick(Qt.Key_Down)
        press(findChild(view, "restDay7"))
        press(stepButton(view, "goalStep", "acceptButton"))
        compare(fixture.eventCount(), 1, "the goal is recorded")
        compare(fixture.goal.sessionsPerWeek, 3)
        compare(fixture.goal.restDays.join(), "7")

        verify(findChild(view, "cohortStep").visible)
        const code = findChild(view, "inviteCodeField")
        code.text = "team-7"
        press(stepButton(view, "cohortStep", "acceptButton"))
        compare(fixture.preferences.cohortInviteCode, "TEAM-7")
        compare(fixture.preferences.firstRunDone, true)
        compare(finishedSpy.count, 1)
    }

    function test_every_step_can_be_skipped() {
        const view = createTemporaryObject(viewComponent, testCase)
        finishedSpy.target = view
        press(findChild(view, "startButton"))
        const backToIc = findChild(view, "trackChoice_back-to-ic")
        compare(backToIc.badge, "Private")
        press(backToIc)
        press(stepButton(view, "trackStep", "skipButton"))
        compare(fixture.preferences.trackId, "ready-to-lead", "a skipped step changes nothing")
        compare(fixture.firstRun.trackId, "ready-to-lead")
        verify(findChild(view, "goalStep").visible)
        press(stepButton(view, "goalStep", "skipButton"))
        compare(fixture.eventCount(), 0)
        verify(findChild(view, "cohortStep").visible)
        press(stepButton(view, "cohortStep", "skipButton"))
        compare(fixture.preferences.cohortInviteCode, "")
        compare(fixture.preferences.firstRunDone, true)
        compare(finishedSpy.count, 1)
    }

    function test_skip_setup_from_the_welcome() {
        const view = createTemporaryObject(viewComponent, testCase)
        finishedSpy.target = view
        press(findChild(view, "skipAllButton"))
        compare(fixture.preferences.firstRunDone, true)
        compare(finishedSpy.count, 1)
    }

    function test_unchanged_goal_records_nothing_and_back_works() {
        const view = createTemporaryObject(viewComponent, testCase)
        press(findChild(view, "startButton"))
        press(stepButton(view, "trackStep", "acceptButton"))
        press(stepButton(view, "goalStep", "backButton"))
        verify(findChild(view, "trackStep").visible)
        press(stepButton(view, "trackStep", "acceptButton"))
        press(stepButton(view, "goalStep", "acceptButton"))
        compare(fixture.eventCount(), 0)
        verify(findChild(view, "cohortStep").visible)
    }

    function test_fits_a_phone() {
        const view = createTemporaryObject(viewComponent, testCase)
        for (let step = 0; step < 4; ++step) {
            view.step = step
            waitForRendering(view)
            compare(overflow(view, view, []).join("\n"), "", "step " + step)
        }
    }
}
