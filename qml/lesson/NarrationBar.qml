import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Lesson // own C++ types: Qt 6.4's implicit import holds only the QML files

// Listening controls: play/pause, 15 seconds back and forward, speed, and where you are.
Rectangle {
    id: bar
    required property NarrationController narration

    implicitHeight: layout.implicitHeight + 2 * Theme.smallGap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    visible: narration.available

    function clock(ms) {
        const total = Math.max(0, Math.floor(ms / 1000))
        const seconds = total % 60
        return Math.floor(total / 60) + ":" + (seconds < 10 ? "0" : "") + seconds
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.smallGap
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallGap

            RoundButton {
                objectName: "playButton"
                text: bar.narration.playing ? "❚❚" : "▶"
                font.pixelSize: Theme.headingSize
                Material.background: Theme.accent
                Material.foreground: Theme.accentText
                onClicked: bar.narration.toggle()
                Accessible.name: bar.narration.playing ? qsTr("Pause narration") : qsTr("Play narration")
            }
            Label {
                Layout.fillWidth: true
                text: bar.narration.playing ? qsTr("Listening") : qsTr("Listen")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                elide: Text.ElideRight
            }
            ToolButton {
                objectName: "backButton"
                text: qsTr("−15 s")
                onClicked: bar.narration.skip(-15000)
                Accessible.name: qsTr("Back 15 seconds")
            }
            ToolButton {
                objectName: "forwardButton"
                text: qsTr("+15 s")
                onClicked: bar.narration.skip(15000)
                Accessible.name: qsTr("Forward 15 seconds")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallGap

            Label {
                objectName: "positionLabel"
                text: bar.clock(bar.narration.position) + " / " + bar.clock(bar.narration.duration)
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                Accessible.name: qsTr("Position %1 of %2").arg(bar.clock(bar.narration.position))
                                                        .arg(bar.clock(bar.narration.duration))
            }
            Slider {
                objectName: "positionSlider"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, bar.narration.duration)
                value: bar.narration.position
                onMoved: bar.narration.skip(value - bar.narration.position)
                Accessible.name: qsTr("Narration position")
            }
            ComboBox {
                // The current choice is listed in the accent colour: the light one, readable as text
                Material.accent: Theme.accent
                objectName: "speedBox"
                Layout.preferredWidth: 88
                model: bar.narration.rateLabels
                currentIndex: bar.narration.rateIndex
                onActivated: index => bar.narration.rateIndex = index
                Accessible.name: qsTr("Narration speed")
            }
        }
    }
}
