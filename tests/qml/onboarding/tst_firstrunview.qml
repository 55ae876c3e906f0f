import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Onboarding

TestCase {
    id: testCase
    name: "FirstRunView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    QtObject {
        id: fakePrefs
        property string trackId: "ready-to-lead"
        property bool firstRunDone: false
        property string cohortInviteCode: ""
    }
    QtObject {
        id: fakeSession
        property string trackId: "ready-to-lead"
        property int sessionsPerWeek: 4
        property var restDays: []
        property string lastError: ""
        property int goalCalls: 0
        property var lastGoal: null
        function setGoal(n, days) { goalCalls += 1; lastGoal = [n, days]; sessionsPerWeek = n; restDays = days; return true }
    }

    Component {
        id: viewComponent
        FirstRunView { width: 360; height: 640; session: fakeSession; preferences: fakePrefs }
    }
    SignalSpy { id: finishedSpy; signalName: "finished" }

    function init() {
        fakePrefs.trackId = "ready-to-lead"; fakePrefs.firstRunDone = false; fakePrefs.cohortInviteCode = ""
        fakeSession.trackId = "ready-to-lead"; fakeSession.sessionsPerWeek = 4; fakeSession.restDays = []
        fakeSession.goalCalls = 0
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
        card.forceActiveFocus(Qt.TabFocusReason)
        verify(findChild(card, "focusOutline").visible)
        keyClick(Qt.Key_Return)
        verify(card.selected)
        press(stepButton(view, "trackStep", "acceptButton"))
        compare(fakePrefs.trackId, "is-it-for-me")
        compare(fakeSession.trackId, "is-it-for-me")

        verify(findChild(view, "goalStep").visible)
        const spin = findChild(view, "sessionsSpinBox")
        spin.forceActiveFocus()
        keyClick(Qt.Key_Down)
        press(findChild(view, "restDay7"))
        press(stepButton(view, "goalStep", "acceptButton"))
        compare(fakeSession.goalCalls, 1)
        compare(fakeSession.lastGoal[0], 3)
        compare(JSON.stringify(fakeSession.lastGoal[1]), "[7]")

        verify(findChild(view, "cohortStep").visible)
        const code = findChild(view, "inviteCodeField")
        code.text = "TEAM-7"
        press(stepButton(view, "cohortStep", "acceptButton"))
        compare(fakePrefs.cohortInviteCode, "TEAM-7")
        compare(fakePrefs.firstRunDone, true)
        compare(finishedSpy.count, 1)
    }

    function test_every_step_can_be_skipped() {
        const view = createTemporaryObject(viewComponent, testCase)
        finishedSpy.target = view
        press(findChild(view, "startButton"))
        press(findChild(view, "trackChoice_back-to-ic"))
        press(stepButton(view, "trackStep", "skipButton"))
        compare(fakePrefs.trackId, "ready-to-lead", "a skipped step changes nothing")
        verify(findChild(view, "goalStep").visible)
        press(stepButton(view, "goalStep", "skipButton"))
        compare(fakeSession.goalCalls, 0)
        verify(findChild(view, "cohortStep").visible)
        press(stepButton(view, "cohortStep", "skipButton"))
        compare(fakePrefs.cohortInviteCode, "")
        compare(fakePrefs.firstRunDone, true)
        compare(finishedSpy.count, 1)
    }

    function test_skip_setup_from_the_welcome() {
        const view = createTemporaryObject(viewComponent, testCase)
        finishedSpy.target = view
        press(findChild(view, "skipAllButton"))
        compare(fakePrefs.firstRunDone, true)
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
        compare(fakeSession.goalCalls, 0)
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
