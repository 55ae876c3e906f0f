import QtQuick
import QtTest
import Groundwork.Drill

// The readiness assessment on the drill screen (tests/qml/fixture): form A of the pack,
// assess-a-one (x1: p or q -> x2: r or s) then assess-a-two (y1: u or v). Feedback only at the
// end: a submitted decision moves on with nothing of the key, the reasoning or a score.
TestCase {
    id: testCase
    name: "AssessmentView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: drillComponent
        DrillView { width: 360; height: 640; drill: fixture.drill }
    }

    function init() {
        fixture.reset()
        verify(fixture.drill.startAssessment())
    }

    function press(view, name) {
        wait(20) // a scroll the page queued (Qt.callLater) lands first
        const item = findChild(view, name)
        verify(item, name)
        view.ensureVisible(item)
        waitForRendering(view)
        mouseClick(item)
        return item
    }
    function shown(optionId) {
        const options = fixture.drill.options
        for (let i = 0; i < options.length; ++i)
            if (options[i].optionId === optionId)
                return i
        fail("no option " + optionId)
    }
    function answer(view, optionId) {
        press(view, "option" + shown(optionId))
        press(view, "confidence80")
        press(view, "submitButton")
    }

    function test_header_says_where_the_learner_is() {
        const view = createTemporaryObject(drillComponent, testCase)
        compare(fixture.drill.mode, DrillSession.Assessment)
        compare(findChild(view, "assessmentHeader").text, "Readiness assessment · form A · situation 1 of 2")
        verify(findChild(view, "assessmentNote").visible)
        compare(findChild(view, "submitButton").text, "Save and go on")
    }

    function test_no_feedback_after_a_decision() {
        const view = createTemporaryObject(drillComponent, testCase)
        answer(view, "p")
        compare(fixture.eventCount(), 1, "saved")
        compare(fixture.drill.phase, DrillSession.Deciding, "straight on to the next decision")
        tryVerify(() => findChild(view, "prompt") !== null && findChild(view, "prompt").text === "And then?")
        compare(findChild(view, "chosenFeedback"), null, "no reasoning shown")
        compare(findChild(view, "bestCard"), null, "no strongest option shown")
        compare(fixture.drill.chosenText, "")
        compare(fixture.drill.bestFeedback, "")
        answer(view, "s")
        compare(findChild(view, "assessmentHeader").text, "Readiness assessment · form A · situation 2 of 2")
        compare(findChild(view, "prompt").text, "Which bar?")
        compare(findChild(view, "resultsHeading"), null, "no score before the end")
    }

    function test_results_then_reasoning_at_the_end() {
        const view = createTemporaryObject(drillComponent, testCase)
        answer(view, "p")
        answer(view, "s")
        answer(view, "v")
        compare(fixture.drill.phase, DrillSession.Results)
        tryVerify(() => findChild(view, "resultsHeading") !== null)
        verify(findChild(view, "resultText").text.startsWith("About "))
        compare(findChild(view, "resultDimensions").count, 3, "one row per dimension of the role")
        compare(findChild(view, "answerReview").count, 0, "the reasoning waits for a press")
        press(view, "reviewButton")
        compare(findChild(view, "answerReview").count, 3)
        compare(fixture.drill.answerReview[0].bestFeedback, "Because q")
        verify(!findChild(view, "assessmentNote").visible)
    }

    function test_keyboard_only_sitting() {
        const view = createTemporaryObject(drillComponent, testCase)
        for (const optionId of ["q", "r", "u"]) {
            tryVerify(() => findChild(view, "submitButton") !== null)
            view.forceActiveFocus()
            keyClick(Qt.Key_1 + shown(optionId))
            keyClick(Qt.Key_3, Qt.ControlModifier)
            keyClick(Qt.Key_Return, Qt.ControlModifier)
        }
        compare(fixture.eventCount(), 3)
        compare(fixture.drill.phase, DrillSession.Results)
    }
}
