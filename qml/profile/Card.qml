import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui

// A titled surface for one part of the profile. Reachable with Tab so a screen reader reads it.
Rectangle {
    id: card
    property string title
    default property alias content: column.data

    Layout.fillWidth: true
    implicitWidth: 320
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: activeFocus ? Theme.focus : Theme.outline
    border.width: activeFocus ? 3 : 1
    activeFocusOnTab: true

    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap
        Label {
            Layout.fillWidth: true
            text: card.title
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
    }
}
