import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The baseline: the least a Qt Quick Controls app shows (a window, a tool bar, some text).
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Bare"
    header: ToolBar {
        Label { anchors.centerIn: parent; text: "Today" }
    }
    Label {
        anchors.centerIn: parent
        text: "A bare Qt Quick Controls window"
    }
}
