import QtQuick
import QtQuick.Controls
import Groundwork.Ui

// One dimension's weight in the cohort's role: its name and a spin box (arrow keys, typing).
Item {
    id: row
    required property string dimensionId
    required property string name
    required property double weight
    signal weightEdited(double weight)

    implicitHeight: Math.max(nameLabel.implicitHeight, box.implicitHeight)

    Label {
        id: nameLabel
        anchors.left: parent.left
        anchors.right: box.left
        anchors.rightMargin: Theme.smallGap
        anchors.verticalCenter: parent.verticalCenter
        text: row.name
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    SpinBox {
        id: box
        objectName: "weight_" + row.dimensionId
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        from: 0
        to: 10
        editable: true
        value: Math.round(row.weight)
        onValueModified: row.weightEdited(value)
        Accessible.name: qsTr("Weight of %1").arg(row.name)
    }
}
