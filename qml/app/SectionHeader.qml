import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// The window's tool bar: the section's name, or Back over a page. Loaded by file name when the
// sections show (not during the first run). A plain rectangle with a line under it, flat as
// the side rail and the cards: the style's ToolBar drew its shadow through a layer and a shader
// effect, 4.7 M instructions before the first frame (bench.sh startup), and nothing at all
// where the scene graph draws without shaders.
Rectangle {
    id: bar
    required property Main shell
    readonly property bool overPage: shell.pageDepth > 1

    implicitHeight: 48 // the style's tool bar
    color: Theme.surface
    Accessible.role: Accessible.ToolBar
    Keys.onReturnPressed: event => shell.pressFocusedButton(event)
    Keys.onEnterPressed: event => shell.pressFocusedButton(event)
    Material.background: Theme.surface
    Material.foreground: Theme.text
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.outline
    }
    Row {
        anchors.fill: parent
        anchors.leftMargin: Theme.smallGap
        anchors.rightMargin: Theme.gap
        // Built only over a page (BackButton.qml, by file name): a section shows its name alone.
        Loader {
            id: back
            readonly property bool shown: bar.overPage
            visible: shown
            y: Math.round((parent.height - height) / 2) // on whole pixels, as a layout puts it
            onShownChanged: show()
            Component.onCompleted: show()
            function show() {
                if (shown)
                    setSource("BackButton.qml", { shell: bar.shell })
                else
                    source = ""
            }
        }
        Label {
            y: Math.round((parent.height - height) / 2)
            width: parent.width - (back.visible ? back.width : 0)
            leftPadding: bar.overPage ? 0 : Theme.smallGap
            text: bar.overPage ? "" : bar.shell.sections[bar.shell.section]
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
    }
}
