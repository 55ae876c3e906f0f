import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Lesson

// The lesson screen over the real LessonViewModel and NarrationController
// (tests/qml/fixture): lesson l1 of the view-model pack (three cards, a takeaway, an
// assignment, a check with "right" among three options shown in a shuffled order).
TestCase {
    id: testCase
    name: "LessonView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: viewComponent
        LessonView { width: 360; height: 640; lesson: fixture.lesson; narration: fixture.narration }
    }

    function init() {
        fixture.reset()
        verify(fixture.lesson.open("l1"))
        fixture.loadNarration("l1", 65000, 180000)
    }

    function readAllCards(view) {
        const next = findChild(view, "nextButton")
        for (let i = 0; i < 3; ++i)
            mouseClick(next)
    }
    function shownCheckOption(text) {
        return fixture.lesson.content.checkOptions.indexOf(text)
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
        mouseClick(findChild(view, "checkOption" + shownCheckOption("wrong")))
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

    // Opening records the start; reading the last card records the finish (once); the check
    // records the answer.
    function test_finishing_and_answering_are_recorded_once() {
        compare(fixture.eventCount(), 1, "opening the lesson recorded its start")
        const view = createTemporaryObject(viewComponent, testCase)
        readAllCards(view)
        compare(fixture.eventCount(), 2)
        compare(fixture.today.lessonId, "l2", "Today moves on to the next lesson")
        mouseClick(findChild(view, "checkOption" + shownCheckOption("also wrong")))
        mouseClick(findChild(view, "checkButton"))
        compare(fixture.eventCount(), 3)
        mouseClick(findChild(view, "nextButton"))
        compare(fixture.eventCount(), 3, "nothing more")
    }

    function test_quick_check_confirms_the_right_answer() {
        const view = createTemporaryObject(viewComponent, testCase)
        readAllCards(view)
        mouseClick(findChild(view, "checkOption" + shownCheckOption("right")))
        mouseClick(findChild(view, "checkButton"))
        compare(findChild(view, "verdict").text, "Right.")
    }

    // The assignment appears with the takeaway; a note is saved only when asked, and "Saved"
    // appears only once it is on disk.
    function test_try_it_at_work_with_a_private_note() {
        const view = createTemporaryObject(viewComponent, testCase)
        const card = findChild(view, "tryItCard")
        verify(!card.visible, "the assignment waits until the cards are read")
        readAllCards(view)
        verify(card.visible)
        compare(findChild(view, "tryItAssignment").text, "Ask one question before any status update.")
        const save = findChild(view, "saveTryItButton")
        verify(!save.enabled, "nothing to save while the note is empty")
        const note = findChild(view, "tryItNote")
        note.text = "It went well."
        verify(save.enabled)
        verify(!findChild(view, "tryItStatus").visible, "not 'Saved' before saving")
        fixture.failWrites(true)
        mouseClick(save)
        compare(findChild(view, "tryItStatus").text, "Not saved: please try again")
        fixture.failWrites(false)
        mouseClick(save)
        compare(findChild(view, "tryItStatus").text, "Saved")
        compare(fixture.lesson.tryItNote, "It went well.")
        note.text = "It went very well."
        verify(!findChild(view, "tryItStatus").visible, "an edit after saving is not saved yet")
    }

    function test_narration_controls_reach_the_player() {
        const view = createTemporaryObject(viewComponent, testCase)
        const position = findChild(view, "positionLabel")
        compare(position.text, "1:05 / 3:00", "resumes where the learner stopped")
        mouseClick(findChild(view, "backButton"))
        compare(position.text, "0:50 / 3:00")
        mouseClick(findChild(view, "forwardButton"))
        mouseClick(findChild(view, "forwardButton"))
        compare(position.text, "1:20 / 3:00")
        const speed = findChild(view, "speedBox")
        compare(speed.currentText, "1×")
        speed.activated(3)
        compare(fixture.narration.rate, 1.5)
        compare(speed.currentText, "1.5×")
    }

    function test_the_player_is_made_on_the_first_play() {
        const view = createTemporaryObject(viewComponent, testCase)
        compare(fixture.narrationPlayersMade(), 0, "opening a lesson makes no player")
        const play = findChild(view, "playButton")
        mouseClick(play)
        compare(fixture.narrationPlayersMade(), 1)
        verify(fixture.narration.playing)
        mouseClick(play)
        verify(!fixture.narration.playing)
        mouseClick(play)
        verify(fixture.narration.playing)
        compare(fixture.narrationPlayersMade(), 1, "one player for all plays")
    }

    function test_a_missing_player_plugin_is_explained() {
        fixture.removeNarrationPlugin()
        const view = createTemporaryObject(viewComponent, testCase)
        const error = findChild(view, "narrationError")
        verify(!error.visible)
        ignoreWarning(/no narration player plugin groundwork_narration_qtmultimedia/)
        mouseClick(findChild(view, "playButton"))
        verify(error.visible)
        verify(error.text.indexOf("missing its audio player") >= 0, error.text)
        verify(!fixture.narration.playing)
        compare(findChild(view, "positionLabel").text, "1:05 / 3:00", "the place is kept")
    }
}
