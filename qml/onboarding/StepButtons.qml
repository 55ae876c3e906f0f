import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// Back, Skip and Next (or Finish) under a first-run step.
Flow {
    id: buttons
    property string acceptText: qsTr("Next")
    signal back()
    signal skip()
    signal accept()

    spacing: Theme.smallGap
    Button {
        objectName: "acceptButton"
        text: buttons.acceptText
        highlighted: true
        onClicked: buttons.accept()
    }
    Button {
        objectName: "skipButton"
        text: qsTr("Skip")
        flat: true
        onClicked: buttons.skip()
        Accessible.name: qsTr("Skip this step")
    }
    Button {
        objectName: "backButton"
        text: qsTr("Back")
        flat: true
        onClicked: buttons.back()
    }
}
