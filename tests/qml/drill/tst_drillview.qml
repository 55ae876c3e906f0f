import QtQuick
import QtTest
import Groundwork.Drill

TestCase {
    id: testCase
    name: "DrillView"
    when: windowShown
    visible: true
    width: 360
    height: 1200

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
        DrillView { width: 360; height: 1200; drill: fakeDrill }
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
        mouseClick(findChild(view, "option0"))
        verify(!submit.enabled, "confidence comes before the answer is revealed")
        mouseClick(findChild(view, "confidence80"))
        verify(submit.enabled)
        mouseClick(submit)
        compare(fakeDrill.submitted.length, 1)
        compare(fakeDrill.submitted[0][0], "a")
        compare(fakeDrill.submitted[0][1], 80)
    }

    function test_feedback_explains_chosen_and_best() {
        const view = createTemporaryObject(drillComponent, testCase)
        mouseClick(findChild(view, "option0"))
        mouseClick(findChild(view, "confidence50"))
        mouseClick(findChild(view, "submitButton"))
        tryVerify(() => findChild(view, "chosenFeedback") !== null)
        compare(findChild(view, "chosenFeedback").text, "Because a")
        verify(findChild(view, "bestCard").visible, "the strongest option is explained when it differs")
        compare(findChild(view, "bestFeedback").text, "Because b")
        compare(findChild(view, "proceedButton").text, "See the summary")
    }

    function test_failed_save_changes_nothing_and_says_so() {
        fakeDrill.saveWorks = false
        const view = createTemporaryObject(drillComponent, testCase)
        mouseClick(findChild(view, "option1"))
        mouseClick(findChild(view, "confidence95"))
        mouseClick(findChild(view, "submitButton"))
        compare(fakeDrill.phase, "deciding")
        verify(findChild(view, "saveError").visible)
    }

    function test_summary_after_the_last_decision() {
        const view = createTemporaryObject(drillComponent, testCase)
        mouseClick(findChild(view, "option1"))
        mouseClick(findChild(view, "confidence65"))
        mouseClick(findChild(view, "submitButton"))
        tryVerify(() => findChild(view, "proceedButton") !== null)
        verify(!findChild(view, "bestCard").visible, "no second card when the choice was the strongest")
        mouseClick(findChild(view, "proceedButton"))
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
}
