import QtQuick
import QtQuick.Controls
import Groundwork.Ui

// One thing to do today: a label (Lesson, Drill, Review), a title, a line of context and a button.
Rectangle {
    id: card
    property string kind
    property string title
    property string detail
    property string actionText
    property bool highlightKind: false
    signal activated()

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline

    // A Column, not a ColumnLayout: the layout measured each wrapped label twice over.
    Column {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap

        Text {
            text: card.kind
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: card.highlightKind ? Theme.focus : Theme.accent
        }
        Text {
            width: parent.width
            text: card.title
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Text {
            width: parent.width
            visible: text !== ""
            text: card.detail
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: card.objectName + "Button"
            visible: card.actionText !== ""
            text: card.actionText
            onClicked: card.activated()
            Accessible.name: card.actionText + ": " + card.title
        }
    }
}
