import QtQuick
import QtTest
import Groundwork.Drill

// The drill screen over the real DrillSession (tests/qml/fixture): the pack's "handover" drill,
// two decisions (h1: do-it or hand; h2: check-daily or checkpoints; hand and checkpoints are
// the strongest), each option's feedback "Because <id>".
TestCase {
    id: testCase
    name: "DrillView"
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
        verify(fixture.drill.open("handover"))
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
    // Options are shown in an order shuffled per attempt: where is this one?
    function shown(optionId) {
        const options = fixture.drill.options
        for (let i = 0; i < options.length; ++i)
            if (options[i].optionId === optionId)
                return i
        fail("no option " + optionId)
    }

    function test_answer_needs_an_option_and_a_confidence() {
        const view = createTemporaryObject(drillComponent, testCase)
        compare(findChild(view, "prompt").text, "What do you do?")
        const submit = findChild(view, "submitButton")
        verify(!submit.enabled)
        press(view, "option" + shown("do-it"))
        verify(!submit.enabled, "confidence comes before the answer is revealed")
        press(view, "confidence80")
        verify(submit.enabled)
        press(view, "submitButton")
        compare(fixture.eventCount(), 1, "the decision is recorded")
        compare(fixture.drill.phase, DrillSession.Feedback)
    }

    function test_feedback_explains_chosen_and_best() {
        const view = createTemporaryObject(drillComponent, testCase)
        press(view, "option" + shown("do-it"))
        press(view, "confidence50")
        press(view, "submitButton")
        tryVerify(() => findChild(view, "chosenFeedback") !== null)
        compare(findChild(view, "chosenFeedback").text, "Because do-it")
        verify(findChild(view, "bestCard").visible, "the strongest option is explained when it differs")
        compare(findChild(view, "bestFeedback").text, "Because hand")
        compare(findChild(view, "proceedButton").text, "Next decision")
    }

    function test_failed_save_changes_nothing_and_says_so() {
        fixture.failWrites(true)
        const view = createTemporaryObject(drillComponent, testCase)
        press(view, "option" + shown("hand"))
        press(view, "confidence95")
        press(view, "submitButton")
        compare(fixture.drill.phase, DrillSession.Deciding)
        compare(fixture.eventCount(), 0)
        verify(findChild(view, "saveError").visible)
    }

    function test_summary_after_the_last_decision() {
        const view = createTemporaryObject(drillComponent, testCase)
        press(view, "option" + shown("hand"))
        press(view, "confidence65")
        press(view, "submitButton")
        tryVerify(() => findChild(view, "proceedButton") !== null)
        verify(!findChild(view, "bestCard").visible, "no second card when the choice was the strongest")
        press(view, "proceedButton")
        tryVerify(() => findChild(view, "stepLabel") !== null)
        compare(findChild(view, "stepLabel").text, "Decision 2")
        press(view, "option" + shown("checkpoints"))
        press(view, "confidence80")
        press(view, "submitButton")
        tryVerify(() => findChild(view, "proceedButton") !== null)
        compare(findChild(view, "proceedButton").text, "See the summary")
        press(view, "proceedButton")
        tryVerify(() => findChild(view, "doneButton") !== null)
        compare(fixture.drill.summary.length, 2, "one row per measured dimension")
    }

    function test_keyboard_only_answer() {
        const view = createTemporaryObject(drillComponent, testCase)
        findChild(view, "option" + shown("hand")).forceActiveFocus()
        keyClick(Qt.Key_Space)
        findChild(view, "confidence95").forceActiveFocus()
        keyClick(Qt.Key_Space)
        const submit = findChild(view, "submitButton")
        submit.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(fixture.eventCount(), 1)
        compare(fixture.drill.chosenText, "Option hand")
    }

    function test_keyboard_accelerators() {
        const view = createTemporaryObject(drillComponent, testCase)
        view.forceActiveFocus()
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(fixture.eventCount(), 0, "no confidence yet, nothing submitted")
        keyClick(Qt.Key_4, Qt.ControlModifier)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        compare(fixture.eventCount(), 1)
        compare(fixture.drill.chosenText, "Option " + ["do-it", "hand"][1 - shown("do-it")],
                "the second option as shown")
    }
}
