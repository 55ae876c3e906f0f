import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Drill // own C++ types: Qt 6.4's implicit import holds only the QML files

// The drill's judgment by dimension: how close each choice came to the strongest one.
ColumnLayout {
    id: summary
    required property DrillSession drill
    signal done()
    spacing: Theme.gap

    Label {
        text: qsTr("Your judgment in this drill")
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("Scored on the quality of each decision against the expert key, not on how the story ended. 100% means the strongest option every time.")
    }

    Repeater {
        model: summary.drill.summary
        delegate: ColumnLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: 4
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.score < 0
                             ? qsTr("%1: not measured in this run").arg(modelData.name)
                             : qsTr("%1: %2 percent").arg(modelData.name).arg(Math.round(modelData.score * 100))
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: row.modelData.name
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    text: row.modelData.score < 0 ? qsTr("not measured") : qsTr("%1%").arg(Math.round(row.modelData.score * 100))
                    color: Theme.mutedText
                }
            }
            Rectangle {
                Layout.fillWidth: true
                height: 10
                radius: 5
                color: Theme.outline
                Rectangle {
                    width: parent.width * Math.max(0, row.modelData.score)
                    height: parent.height
                    radius: 5
                    color: Theme.accent
                }
            }
        }
    }

    Button {
        objectName: "doneButton"
        text: qsTr("Done")
        highlighted: true
        onClicked: summary.done()
    }
}
