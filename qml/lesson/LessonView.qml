import QtQuick
import QtQuick.Controls.Material
import Groundwork.Core
import Groundwork.Ui
import Groundwork.Lesson // own C++ types: Qt 6.4's implicit import holds only the QML files

// A lesson: its cards one at a time, then the key takeaway and the quick check. Reading the
// last card, answering the check and saving the note are recorded through the view model.
ReadingPage {
    id: view
    required property LessonViewModel lesson
    required property NarrationController narration
    // Set before the page is shown (LessonViewModel.open()).
    readonly property LessonContent content: lesson.content

    Label {
        width: parent.width
        text: qsTr("%1 · lesson %2 of %3").arg(view.content.trackTitle)
                                          .arg(view.content.positionInTrack)
                                          .arg(view.content.lessonsInTrack)
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Label {
        width: parent.width
        text: view.content.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Label {
        width: parent.width
        text: view.content.summary
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    NarrationBar {
        width: parent.width
        narration: view.narration
    }

    Label {
        objectName: "narrationError"
        visible: view.narration.error !== ""
        width: parent.width
        text: view.narration.error
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }

    CardStepper {
        id: stepper
        width: parent.width
        cards: view.content.cards
        onFinishedChanged: if (finished) view.lesson.finish()
    }

    Rectangle {
        objectName: "takeaway"
        visible: stepper.finished
        width: parent.width
        height: takeawayColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.takeawayBackground

        Column {
            id: takeawayColumn
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.smallGap
            Label {
                text: qsTr("Key takeaway")
                font.bold: true
                color: Theme.text
                font.pixelSize: Theme.headingSize
                Accessible.role: Accessible.Heading
            }
            MarkdownText {
                width: parent.width
                text: view.content.takeaway
            }
        }
    }

    QuickCheck {
        visible: stepper.finished
        width: parent.width
        question: view.content.checkQuestion
        options: view.content.checkOptions
        correctIndex: view.content.checkCorrectIndex
        explanation: view.content.checkExplanation
        onAnsweredChanged: if (answered) view.lesson.answerQuickCheck(chosen)
    }

    TryItCard {
        id: tryIt
        objectName: "tryItCard"
        visible: stepper.finished && view.content.tryIt !== ""
        width: parent.width
        assignment: view.content.tryIt
        note: view.lesson.tryItNote
        onSaveRequested: text => tryIt.saved(view.lesson.saveTryItNote(text))
    }
}
