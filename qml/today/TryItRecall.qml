import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Today // own C++ types: Qt 6.4's implicit import holds only the QML files

// Last week's "try it at work" assignment, recalled once and gently: a private note if the
// learner wants one, or a dismissal. Either way it does not come back.
Rectangle {
    id: card
    required property TodayViewModel today

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.takeawayBackground

    ColumnLayout {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap

        Label {
            text: qsTr("Try it at work · %1").arg(card.today.tryItLessonTitle)
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.pixelSize: Theme.labelSize
            font.weight: Font.Medium
            color: Theme.accent
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Last week you planned to:")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        MarkdownText {
            objectName: "tryItText"
            Layout.fillWidth: true
            text: card.today.tryItText
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("How did it go? (optional, kept on this device only)")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        TextArea {
            id: note
            objectName: "tryItNote"
            Layout.fillWidth: true
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("A line or two, if you like")
            Accessible.name: qsTr("How it went, optional")
        }
        Label {
            id: saveError
            objectName: "tryItError"
            visible: text !== ""
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.focus
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallGap
            Button {
                objectName: "saveTryItButton"
                text: qsTr("Save note")
                enabled: note.text.trim() !== ""
                highlighted: true
                onClicked: {
                    const saved = card.today.saveTryItNote(note.text)
                    saveError.text = saved ? "" : qsTr("Your note could not be saved, so nothing changed. Please try again.")
                }
            }
            Button {
                objectName: "dismissTryItButton"
                flat: true
                text: qsTr("Dismiss")
                Accessible.name: qsTr("Dismiss this reminder")
                onClicked: card.today.dismissTryIt()
            }
        }
    }
}
