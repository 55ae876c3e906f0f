import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// The promise of a private track, said plainly wherever the learner writes in one.
Rectangle {
    id: note
    property string text: qsTr("Private: what you write here stays on your devices. Nobody else can read it, including your cohort lead.")
    implicitHeight: label.implicitHeight + 2 * Theme.smallGap
    radius: Theme.radius / 2
    color: Theme.takeawayBackground
    Accessible.role: Accessible.StaticText
    Accessible.name: note.text
    Label {
        id: label
        x: Theme.gap
        y: Theme.smallGap
        width: parent.width - 2 * Theme.gap
        text: note.text
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
}
