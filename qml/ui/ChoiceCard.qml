import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui

// A card the learner can choose: click or tap it, or Tab to it and press Enter or Space.
// Shared by the settings, first-run, tracks and profile screens.
AbstractButton {
    id: card
    property string title
    property string summary         // Markdown
    property string badge           // a short tag beside the title, e.g. "Private"
    property string detail          // a muted line under the summary, e.g. "3 of 8 done"
    property bool selected: false   // drawn with an accent border (a chosen option)
    property bool selectable: true  // announced as a radio button rather than a button
    property color fill: Theme.surface
    // Tells the window's focus ring that this card draws its own outline.
    readonly property bool drawsOwnFocus: true

    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    padding: Theme.gap
    implicitWidth: 320
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding

    Accessible.role: selectable ? Accessible.RadioButton : Accessible.Button
    Accessible.name: title + (badge !== "" ? ", " + badge : "")
    Accessible.description: detail
    Accessible.checkable: selectable
    Accessible.checked: selected

    Keys.onReturnPressed: card.clicked()
    Keys.onEnterPressed: card.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: card.fill
        border.width: card.selected ? 2 : 1
        border.color: card.selected ? Theme.accent : Theme.controlOutline
        Rectangle {
            // pressed and hover feedback
            anchors.fill: parent
            radius: Theme.radius
            color: Theme.accent
            opacity: card.pressed ? 0.12 : card.hovered ? 0.05 : 0
        }
        Rectangle {
            objectName: "focusOutline"
            anchors.fill: parent
            anchors.margins: -4
            radius: Theme.radius + 4
            color: "transparent"
            border.width: 3
            border.color: Theme.focus
            visible: card.visualFocus
        }
    }

    // A Column, not a ColumnLayout: a layout keeps the height its wrapped text had at the
    // card's implicit width, which left wide cards tall and half empty.
    contentItem: Column {
        spacing: Theme.smallGap / 2
        RowLayout {
            width: parent.width
            spacing: Theme.smallGap
            Label {
                Layout.fillWidth: true
                text: card.title
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: card.badge !== ""
                text: card.badge
                color: Theme.accent
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            Label {
                visible: card.selected
                text: "✓"
                color: Theme.accent
                font.pixelSize: Theme.headingSize
                Accessible.ignored: true
            }
        }
        MarkdownText {
            width: parent.width
            visible: card.summary !== ""
            text: card.summary
            color: Theme.mutedText
            Accessible.ignored: true
        }
        Label {
            width: parent.width
            visible: card.detail !== ""
            text: card.detail
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }
}
