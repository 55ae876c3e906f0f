import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Groundwork.Ui

// A lesson: its cards one at a time, then the key takeaway and the quick check.
ReadingPage {
    id: view
    required property QtObject lesson
    required property QtObject narration
    signal cardsFinished()
    signal checkAnswered(int index)
    // Asks to save the private note on the "try it at work" assignment; answer with tryItSaved().
    signal tryItNoteSaved(string text)
    property string tryItNote: ""

    function tryItSaved(ok) { tryIt.saved(ok) }

    Label {
        width: parent.width
        text: qsTr("%1 · lesson %2 of %3").arg(view.lesson.trackTitle)
                                          .arg(view.lesson.positionInTrack)
                                          .arg(view.lesson.lessonsInTrack)
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Label {
        width: parent.width
        text: view.lesson.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Label {
        width: parent.width
        text: view.lesson.summary
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    NarrationBar {
        width: parent.width
        narration: view.narration
    }

    Label {
        visible: view.narration.error !== ""
        width: parent.width
        text: view.narration.error
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }

    CardStepper {
        id: stepper
        width: parent.width
        cards: view.lesson.cards
        onFinishedChanged: if (finished) view.cardsFinished()
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
                text: view.lesson.takeaway
            }
        }
    }

    QuickCheck {
        visible: stepper.finished
        width: parent.width
        question: view.lesson.checkQuestion
        options: view.lesson.checkOptions
        correctIndex: view.lesson.checkCorrectIndex
        explanation: view.lesson.checkExplanation
        onAnsweredChanged: if (answered) view.checkAnswered(chosen)
    }

    TryItCard {
        id: tryIt
        objectName: "tryItCard"
        visible: stepper.finished && view.lesson.tryIt !== ""
        width: parent.width
        assignment: view.lesson.tryIt
        note: view.tryItNote
        onSaveRequested: text => view.tryItNoteSaved(text)
    }
}
