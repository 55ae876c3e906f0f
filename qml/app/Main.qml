import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lesson

ApplicationWindow {
    id: window
    required property QtObject lesson
    required property QtObject narration
    // "system", "light" or "dark", from the settings or the command line
    property string colorScheme: "system"

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 560
    visible: true
    title: qsTr("Groundwork")
    color: Theme.background
    // Sentence case reads calmer than Material's all-caps buttons.
    font.capitalization: Font.MixedCase

    Component.onCompleted: {
        if (colorScheme !== "system")
            Theme.dark = colorScheme === "dark"
    }

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    header: ToolBar {
        Material.background: Theme.surface
        Label {
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.gap
            text: qsTr("Today")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
    }

    LessonView {
        anchors.fill: parent
        lesson: window.lesson
        narration: window.narration
    }
}
