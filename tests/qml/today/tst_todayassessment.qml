import QtQuick
import QtTest
import Groundwork.Today

// Today's readiness assessment offer and the one-time recall of last week's "try it at work"
// assignment (tests/qml/fixture: lesson l1 has the assignment).
TestCase {
    id: testCase
    name: "TodayAssessment"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: todayComponent
        TodayView { width: 360; height: 640; today: fixture.today }
    }
    Component {
        id: signalSpy
        SignalSpy {}
    }

    function init() { fixture.reset() }

    function test_offer_at_the_start_and_skip_without_guilt() {
        fixture.offerAssessment()
        const view = createTemporaryObject(todayComponent, testCase)
        const card = findChild(view, "assessmentCard")
        verify(card.visible)
        compare(fixture.today.assessmentOffer, TodayViewModel.Start)
        const requested = signalSpy.createObject(testCase, {target: view, signalName: "assessmentRequested"})
        mouseClick(findChild(view, "startAssessmentButton"))
        compare(requested.count, 1)
        findChild(view, "skipAssessmentButton").forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(!card.visible, "skipped: gone from Today")
        compare(fixture.today.assessmentOffer, TodayViewModel.None)
    }

    function test_try_it_recalled_once_then_dismissed() {
        verify(fixture.today.lessonId === "l1")
        const view = createTemporaryObject(todayComponent, testCase)
        const recall = findChild(view, "tryItRecall")
        verify(!recall.visible)
        verify(fixture.finishLesson("l1"))
        fixture.advanceDays(7)
        tryVerify(() => recall.visible)
        compare(findChild(view, "tryItText").text, "Ask one question before any status update.")
        findChild(view, "dismissTryItButton").forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(!recall.visible)
        fixture.advanceDays(1)
        verify(!recall.visible, "never again")
    }

    function test_try_it_note_is_saved_and_ends_the_recall() {
        verify(fixture.finishLesson("l1"))
        fixture.advanceDays(7)
        const view = createTemporaryObject(todayComponent, testCase)
        const recall = findChild(view, "tryItRecall")
        verify(recall.visible)
        const save = findChild(view, "saveTryItButton")
        verify(!save.enabled, "the note is optional, and an empty one is not saved")
        const note = findChild(view, "tryItNote")
        note.forceActiveFocus()
        keyClick(Qt.Key_O)
        keyClick(Qt.Key_K)
        verify(save.enabled)
        const before = fixture.eventCount()
        mouseClick(save)
        compare(fixture.eventCount(), before + 1)
        verify(!recall.visible)
    }
}
