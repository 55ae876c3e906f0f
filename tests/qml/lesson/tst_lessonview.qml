import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Lesson

TestCase {
    id: testCase
    name: "LessonView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    QtObject {
        id: fakeLesson
        property string lessonId: "sample"
        property string title: "A sample lesson"
        property string summary: "One line"
        property var cards: ["First **card**", "Second card", "Third card"]
        property string takeaway: "Remember this"
        property string tryIt: "Ask one question before any status update."
        property string checkQuestion: "Which one?"
        property var checkOptions: ["Wrong", "Right", "Also wrong"]
        property int checkCorrectIndex: 1
        property string checkExplanation: "Because it is right."
        property string narrationFile: ""
        property int narrationDurationMs: 180000
        property string trackTitle: "Ready to lead"
        property int positionInTrack: 1
        property int lessonsInTrack: 5
    }

    QtObject {
        id: fakeNarration
        property bool available: true
        property bool playing: false
        property real position: 65000
        property real duration: 180000
        property real rate: 1.0
        property string error: ""
        property int toggles: 0
        property real skipped: 0
        function toggle() { toggles += 1; playing = !playing }
        function skip(ms) { skipped += ms }
    }

    Component {
        id: viewComponent
        LessonView { width: 360; height: 640; lesson: fakeLesson; narration: fakeNarration }
    }

    function readAllCards(view) {
        const next = findChild(view, "nextButton")
        for (let i = 0; i < 3; ++i)
            mouseClick(next)
    }

    function test_cards_then_takeaway_and_check() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(view)
        const position = findChild(view, "cardPosition")
        compare(position.text, "Card 1 of 3")
        const takeaway = findChild(view, "takeaway")
        compare(takeaway.visible, false, "takeaway waits until the cards are read")

        const next = findChild(view, "nextButton")
        mouseClick(next)
        compare(position.text, "Card 2 of 3")
        mouseClick(next)
        compare(next.text, "Done")
        mouseClick(next)
        compare(takeaway.visible, true, "takeaway shows after the last card")
    }

    function test_keyboard_moves_through_cards() {
        const view = createTemporaryObject(viewComponent, testCase)
        const next = findChild(view, "nextButton")
        next.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(findChild(view, "cardPosition").text, "Card 2 of 3")
    }

    function test_quick_check_explains_a_wrong_answer() {
        const view = createTemporaryObject(viewComponent, testCase)
        readAllCards(view)
        const checkButton = findChild(view, "checkButton")
        compare(checkButton.enabled, false, "nothing to check before an answer is chosen")
        mouseClick(findChild(view, "checkOption0"))
        verify(checkButton.enabled)
        mouseClick(checkButton)
        const verdict = findChild(view, "verdict")
        verify(verdict.visible)
        compare(verdict.text, "Not quite.")
        const explanation = findChild(view, "explanation")
        verify(explanation.visible, "the explanation of the right answer is shown")
        compare(explanation.text, "Because it is right.")
        verify(!checkButton.enabled, "an answer is given once")
    }

    SignalSpy { id: finishedSpy; signalName: "cardsFinished" }
    SignalSpy { id: answeredSpy; signalName: "checkAnswered" }

    function test_finishing_and_answering_are_announced_once() {
        const view = createTemporaryObject(viewComponent, testCase)
        finishedSpy.target = view
        answeredSpy.target = view
        finishedSpy.clear()
        answeredSpy.clear()
        readAllCards(view)
        compare(finishedSpy.count, 1)
        mouseClick(findChild(view, "checkOption2"))
        mouseClick(findChild(view, "checkButton"))
        compare(answeredSpy.count, 1)
        compare(answeredSpy.signalArguments[0][0], 2)
    }

    function test_quick_check_confirms_the_right_answer() {
        const view = createTemporaryObject(viewComponent, testCase)
        readAllCards(view)
        mouseClick(findChild(view, "checkOption1"))
        mouseClick(findChild(view, "checkButton"))
        compare(findChild(view, "verdict").text, "Right.")
    }

    SignalSpy { id: tryItSpy; signalName: "tryItNoteSaved" }

    // The assignment appears with the takeaway; a note is saved only when asked, and "Saved"
    // appears only once the session says it is on disk.
    function test_try_it_at_work_with_a_private_note() {
        const view = createTemporaryObject(viewComponent, testCase)
        tryItSpy.target = view
        tryItSpy.clear()
        const card = findChild(view, "tryItCard")
        verify(!card.visible, "the assignment waits until the cards are read")
        readAllCards(view)
        verify(card.visible)
        compare(findChild(view, "tryItAssignment").text, fakeLesson.tryIt)
        const save = findChild(view, "saveTryItButton")
        verify(!save.enabled, "nothing to save while the note is empty")
        const note = findChild(view, "tryItNote")
        note.text = "It went well."
        verify(save.enabled)
        mouseClick(save)
        compare(tryItSpy.count, 1)
        compare(tryItSpy.signalArguments[0][0], "It went well.")
        verify(!findChild(view, "tryItStatus").visible, "not 'Saved' before the session answers")
        view.tryItSaved(true)
        compare(findChild(view, "tryItStatus").text, "Saved")
        view.tryItSaved(false)
        compare(findChild(view, "tryItStatus").text, "Not saved: please try again")
    }

    function test_narration_controls_reach_the_player() {
        const view = createTemporaryObject(viewComponent, testCase)
        fakeNarration.toggles = 0
        fakeNarration.skipped = 0
        compare(findChild(view, "positionLabel").text, "1:05 / 3:00")
        mouseClick(findChild(view, "playButton"))
        compare(fakeNarration.toggles, 1)
        mouseClick(findChild(view, "backButton"))
        compare(fakeNarration.skipped, -15000)
        mouseClick(findChild(view, "forwardButton"))
        mouseClick(findChild(view, "forwardButton"))
        compare(fakeNarration.skipped, 15000)
    }
}
