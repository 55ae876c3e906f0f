import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui

// "How sure are you?" before the answer is revealed, so calibration can be measured.
ColumnLayout {
    id: picker
    required property var levels
    property int chosen: 0
    spacing: Theme.smallGap

    function describe(level) {
        switch (level) {
        case 50: return qsTr("A guess")
        case 65: return qsTr("Leaning")
        case 80: return qsTr("Fairly sure")
        case 95: return qsTr("Very sure")
        }
        return qsTr("%1%").arg(level)
    }

    Label {
        text: qsTr("How sure are you that this is the strongest option?")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallGap
        ButtonGroup { id: group }
        Repeater {
            model: picker.levels
            delegate: Button {
                required property int modelData
                objectName: "confidence" + modelData
                checkable: true
                ButtonGroup.group: group
                checked: picker.chosen === modelData
                highlighted: checked
                // The style fills a checked highlighted button with a lighter accent: from this
                // one it stays dark enough for the white text.
                Material.accent: Theme.checkedAccent
                text: qsTr("%1 · %2%").arg(picker.describe(modelData)).arg(modelData)
                onClicked: picker.chosen = modelData
                Accessible.name: qsTr("%1, %2 percent").arg(picker.describe(modelData)).arg(modelData)
            }
        }
    }
}
