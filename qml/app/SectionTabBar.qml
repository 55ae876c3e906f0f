import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// The sections as a bar at the bottom, on phones. Main.qml loads it by file name only when the
// window is narrow, so that a desktop never loads it (nor a phone the side rail).
TabBar {
    id: bar
    required property Main shell

    position: TabBar.Footer
    currentIndex: shell.section
    // Built with the section already chosen (after a resize, say): only a change of section
    // leaves the page that is open.
    onCurrentIndexChanged: {
        if (currentIndex !== shell.section)
            shell.showSection(currentIndex)
    }
    Repeater {
        model: bar.shell.sections
        delegate: TabButton {
            required property string modelData
            text: modelData
            // The chosen section's name is text in the accent colour, on the bar.
            Material.accent: Theme.accent
            // Five sections share a 360 px phone: a slightly smaller label keeps every word whole.
            font.pixelSize: Theme.smallSize
            leftPadding: 4
            rightPadding: 4
            // Space switches (the style's key); Enter or Return too, as on the side rail.
            Keys.onReturnPressed: TabBar.tabBar.setCurrentIndex(TabBar.index)
            Keys.onEnterPressed: TabBar.tabBar.setCurrentIndex(TabBar.index)
        }
    }
}
