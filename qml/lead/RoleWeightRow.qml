import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// One dimension's weight in the cohort's role: its name and a spin box (arrow keys, typing;
// decimals allowed, as the server takes them).
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
    // The spin box counts tenths (SpinBox holds whole numbers): 0 to 10 in steps of 0.5 with
    // the arrows, any one decimal typed (2.5 or, in German, 2,5).
    SpinBox {
        id: box
        objectName: "weight_" + row.dimensionId
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        from: 0
        to: 100
        stepSize: 5
        editable: true
        value: Math.round(row.weight * 10)
        validator: DoubleValidator {
            bottom: 0
            top: 10
            decimals: 1
            notation: DoubleValidator.StandardNotation
        }
        textFromValue: (value, locale) => Number(value / 10).toLocaleString(locale, "f", value % 10 === 0 ? 0 : 1)
        valueFromText: (text, locale) => Math.round(Number.fromLocaleString(locale, text) * 10)
        onValueModified: row.weightEdited(value / 10)
        Accessible.name: qsTr("Weight of %1").arg(row.name)
    }
}
