import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// Shown instead of the app when the learner's data cannot be opened safely. The data file is
// left exactly as it was; the message says what happened and what to do.
ApplicationWindow {
    id: window
    required property string problem
    width: 720
    height: 480
    minimumWidth: 360
    visible: true
    title: qsTr("Groundwork")
    color: Theme.background

    ReadingPage {
        anchors.fill: parent
        Label {
            width: parent.width
            text: qsTr("Groundwork cannot open your saved progress")
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "problemText"
            width: parent.width
            text: window.problem
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        Label {
            width: parent.width
            text: qsTr("Nothing has been changed or deleted. Your file is still where it was, so an updated app or a support person can recover it.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
    }
}
