import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Groundwork.Ui

// The sections as a rail at the side, on desktops; loaded by file name only when the window
// is wide (see SectionTabBar.qml).
Pane {
    id: rail
    required property Main shell

    Material.background: Theme.surface
    Column {
        width: parent.width
        spacing: 5 // as a ColumnLayout's
        Repeater {
            model: rail.shell.sections
            delegate: ItemDelegate {
                id: railItem
                required property string modelData
                required property int index
                objectName: "railItem" + index
                width: parent.width
                text: modelData
                highlighted: rail.shell.section === index
                // An item delegate takes no focus by default: the rail must be reachable from
                // the keyboard (Tab, then the arrows; Space or Enter switches).
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData
                onClicked: rail.shell.showSection(index)
                Keys.onUpPressed: rail.shell.moveRailFocus(railItem, -1)
                Keys.onDownPressed: rail.shell.moveRailFocus(railItem, 1)
            }
        }
    }
}
