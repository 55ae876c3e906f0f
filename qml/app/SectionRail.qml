import QtQuick
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl
import QtQuick.Templates as T
import Groundwork.Ui

// The sections as a rail at the side, on desktops; loaded by file name only when the window
// is wide (see SectionTabBar.qml).
// A plain rectangle where a Pane (the style's, with the same colour and padding) cost 0.5 M
// instructions more before the first frame.
Rectangle {
    id: rail
    required property Main shell

    color: Theme.surface
    Column {
        x: 12 // a Pane's padding
        y: 12
        width: parent.width - 24
        spacing: 5 // as a ColumnLayout's
        Repeater {
            model: rail.shell.sections
            // The style's item delegate, drawn alike with less: plain text for its label (the
            // style's icon-and-label item) and its background. The style's five cost 3.7 M
            // instructions more before the first frame.
            delegate: T.ItemDelegate {
                id: railItem
                required property string modelData
                required property int index
                objectName: "railItem" + index
                width: parent.width
                implicitHeight: Material.delegateHeight
                padding: 16
                verticalPadding: 8
                text: modelData
                // The label and the background are the delegate's children, not its contentItem
                // and background: a control builds those (deferred) each through an object
                // creator of its own, 0.6 M instructions for the five before the first frame. Placed
                // as the control would place them.
                Rectangle {
                    z: -1
                    width: parent.width
                    height: parent.height
                    color: railItem.highlighted ? railItem.Material.listHighlightColor : "transparent"
                    // The style's ripple, made when first wanted (hovered, pressed or focused
                    // from the keyboard) and kept: five made at start cost 2.2 M instructions
                    // more than these loaders.
                    Loader {
                        readonly property bool wanted: railItem.down || railItem.visualFocus || railItem.hovered
                        width: parent.width
                        height: parent.height
                        active: false
                        onWantedChanged: if (wanted) active = true
                        sourceComponent: Ripple {
                            clip: visible
                            pressed: railItem.pressed
                            anchor: railItem
                            active: enabled && (railItem.down || railItem.visualFocus || railItem.hovered)
                            color: railItem.Material.rippleColor
                        }
                    }
                }
                Text {
                    x: railItem.leftPadding
                    y: railItem.topPadding
                    width: railItem.availableWidth
                    height: railItem.availableHeight
                    text: railItem.text
                    font.pixelSize: Theme.labelSize
                    font.weight: Font.Medium
                    color: railItem.Material.foreground
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                }
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
