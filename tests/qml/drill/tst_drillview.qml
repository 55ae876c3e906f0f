import QtQuick
import QtTest
import Groundwork.Drill

TestCase {
    id: testCase
    name: "DrillView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    // Behaves like DrillSession: submit saves, then feedback; proceed moves on.
    QtObject {
        id: fakeDrill
        property string title: "A drill"
        property string scenarioName: "Team conflict"
        property string setting: "The situation"
        property bool resumed: false
        property string phase: "deciding"
        property int step: 1
        property string prompt: "What do you do?"
        property var options: [{ optionId: "a", text: "Fix it yourself" },
                               { optionId: "b", text: "Coach them" },
                               { optionId: "c", text: "Wait" }]
        property var confidenceLevels: [50, 65, 80, 95]
        property string chosenText: ""
        property string chosenFeedback: ""
        property bool chosenWasBest: false
        property string bestText: ""
        property string bestFeedback: ""
        property bool lastDecision: false
        property var summary: []
        property bool saveWorks: true
        property var submitted: []
        function submit(optionId, confidence) {
            if (!saveWorks)
                return false
            submitted = submitted.concat([[optionId, confidence]])
            chosenText = optionId === "a" ? "Fix it yourself" : "Coach them"
            chosenFeedback = "Because " + optionId
            chosenWasBest = optionId === "b"
            bestText = "Coach them"
            bestFeedback = "Because b"
            lastDecision = true
            phase = "feedback"
            return true
        }
        function proceed() {
            summary = [{ dimensionId: "x", name: "Delegation", score: 0.5, decisions: 1 }]
            phase = "summary"
        }
    }

    Component {
        id: drillComponent
        DrillView { width: 360; height: 640; drill: fakeDrill }
    }

    // The page is taller than the window: scroll the item into view, as a learner would.
    function press(view, name) {
        const item = findChild(view, name)
        verify(item, name)
        view.ensureVisible(item)
        waitForRendering(view)
        mouseClick(item)
        return item
    }

    function init() {
        fakeDrill.phase = "deciding"
        fakeDrill.submitted = []
        fakeDrill.saveWorks = true
    }

    function test_answer_needs_an_option_and_a_confidence() {
        const view = createTemporaryObject(drillComponent, testCase)
        const submit = findChild(view, "submitButton")
        verify(!submit.enabled)
        press(view, "option0")
        verify(!submit.enabled, "confidence comes before the answer is revealed")
        press(view, "confidence80")
        verify(submit.enabled)
        press(view, "submitButton")
        compare(fakeDrill.submitted.length, 1)
        compare(fakeDrill.submitted[0][0], "a")
        compare(fakeDrill.submitted[0][1], 80)
    }

    function test_feedback_explains_chosen_and_best() {
        const view = createTemporaryObject(drillComponent, testCase)
        press(view, "option0")
        press(view, "confidence50")
        press(view, "submitButton")
        tryVerify(() => findChild(view, "chosenFeedback") !== null)
        compare(findChild(view, "chosenFeedback").text, "Because a")
        verify(findChild(view, "bestCard").visible, "the strongest option is explained when it differs")
        compare(findChild(view, "bestFeedback").text, "Because b")
        compare(findChild(view, "proceedButton").text, "See the summary")
    }

    function test_failed_save_changes_nothing_and_says_so() {
        fakeDrill.saveWorks = false
        const view = createTemporaryObject(drillComponent, testCase)
        press(view, "option1")
        press(view, "confidence95")
        press(view, "submitButton")
        compare(fakeDrill.phase, "deciding")
        verify(findChild(view, "saveError").visible)
    }

    function test_summary_after_the_last_decision() {
        const view = createTemporaryObject(drillComponent, testCase)
        press(view, "option1")
        press(view, "confidence65")
        press(view, "submitButton")
        tryVerify(() => findChild(view, "proceedButton") !== null)
        verify(!findChild(view, "bestCard").visible, "no second card when the choice was the strongest")
        press(view, "proceedButton")
        tryVerify(() => findChild(view, "doneButton") !== null)
    }

    function test_keyboard_only_answer() {
        const view = createTemporaryObject(drillComponent, testCase)
        findChild(view, "option2").forceActiveFocus()
        keyClick(Qt.Key_Space)
        findChild(view, "confidence95").forceActiveFocus()
        keyClick(Qt.Key_Space)
        const submit = findChild(view, "submitButton")
        submit.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(fakeDrill.submitted.length, 1)
        compare(fakeDrill.submitted[0][0], "c")
    }

    function test_keyboard_accelerators() {
        const view = createTemporaryObject(drillComponent, testCase)
        view.forceActiveFocus()
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(fakeDrill.submitted.length, 0, "no confidence yet, nothing submitted")
        keyClick(Qt.Key_4, Qt.ControlModifier)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(fakeDrill.submitted.length, 1)
        compare(fakeDrill.submitted[0][0], "b")
        compare(fakeDrill.submitted[0][1], 95)
    }
}
