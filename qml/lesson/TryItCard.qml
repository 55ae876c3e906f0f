import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui

// "Try it at work this week": the lesson's small real-world assignment and an optional note on
// how it went. The note is private: it is saved on this device only, and "Saved" shows only
// after it is on disk.
Rectangle {
    id: card
    required property string assignment // Markdown
    required property string note       // the note saved so far
    property string status: ""          // "", "saved" or "error"
    signal saveRequested(string text)

    function saved(ok) { status = ok ? "saved" : "error" }

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
            text: qsTr("Try it at work this week")
            font.bold: true
            font.pixelSize: Theme.headingSize
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        MarkdownText {
            objectName: "tryItAssignment"
            Layout.fillWidth: true
            text: card.assignment
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("If you try it, a line on how it went helps it stick. Optional, and private: the note stays on this device.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        TextArea {
            id: noteArea
            objectName: "tryItNote"
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            wrapMode: TextEdit.Wrap
            text: card.note
            placeholderText: qsTr("How did it go?")
            font.pixelSize: Theme.bodySize
            onTextChanged: if (card.status === "saved") card.status = ""
            Accessible.name: qsTr("Your private note on how the assignment went")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: saveButton
        }
        RowLayout {
            spacing: Theme.smallGap
            Button {
                id: saveButton
                objectName: "saveTryItButton"
                text: qsTr("Save note")
                enabled: noteArea.text.trim() !== ""
                onClicked: card.saveRequested(noteArea.text)
            }
            Label {
                objectName: "tryItStatus"
                visible: card.status !== ""
                text: card.status === "saved" ? qsTr("Saved") : qsTr("Not saved: please try again")
                color: card.status === "saved" ? Theme.accent : Theme.focus
                font.pixelSize: Theme.bodySize
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
