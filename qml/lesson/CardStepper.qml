import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui

// Shows lesson cards one at a time with Back/Next; `finished` turns true after the last card.
Column {
    id: stepper
    required property var cards
    property int index: 0
    property bool finished: false
    spacing: Theme.gap

    Rectangle {
        width: parent.width
        height: cardText.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline

        MarkdownText {
            id: cardText
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            text: stepper.cards.length > 0 ? stepper.cards[stepper.index] : ""
        }
    }

    RowLayout {
        width: parent.width
        spacing: Theme.smallGap

        Button {
            text: qsTr("Back")
            enabled: stepper.index > 0
            onClicked: stepper.index -= 1
            Accessible.name: qsTr("Previous card")
        }
        Label {
            objectName: "cardPosition"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Card %1 of %2").arg(stepper.index + 1).arg(stepper.cards.length)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
        }
        Button {
            id: next
            objectName: "nextButton"
            focus: true
            highlighted: true
            readonly property bool last: stepper.index >= stepper.cards.length - 1
            text: last ? qsTr("Done") : qsTr("Next")
            enabled: !(last && stepper.finished)
            Accessible.name: last ? qsTr("Finish the cards") : qsTr("Next card")
            onClicked: {
                if (last)
                    stepper.finished = true
                else
                    stepper.index += 1
            }
        }
    }
}
