import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Cohort // its C++ types: Qt 6.4 does not resolve them through the implicit import

// Downloads this device could not use, said plainly and calmly, each with what fixes it:
// being left out when the keys changed (link this device again), and items that failed
// verification (nothing to do; the note can be put away). Nothing shows when all is well.
Column {
    id: notes
    required property SyncProblems problems
    // The learner chose to link this device again: leave first, then type a link code.
    signal relinkRequested()

    spacing: Theme.smallGap
    visible: notes.problems.attention !== SyncProblems.Nothing

    Column {
        objectName: "leftOutNote"
        width: parent.width
        spacing: Theme.smallGap
        visible: notes.problems.leftOutOfKeyChange

        Label {
            objectName: "leftOutTitle"
            width: parent.width
            text: qsTr("This device was not included when your keys changed on %1. Link it again from another device.")
                  .arg(notes.problems.leftOutSince.toLocaleDateString(Qt.locale(), Locale.LongFormat))
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            width: parent.width
            text: qsTr("What you record here is safe and keeps syncing up, but what your other devices wrote since "
                       + "then cannot be opened on this one. Get a link code on a device that has your keys "
                       + "(Cohort, “Get a link code”), then sign this device out here and type the code.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Button {
            id: relinkButton
            objectName: "relinkButton"
            text: qsTr("Link this device again")
            Accessible.name: text
            onClicked: notes.relinkRequested()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }

    Column {
        objectName: "unverifiedNote"
        width: parent.width
        spacing: Theme.smallGap
        visible: notes.problems.unverifiedCount > 0

        Label {
            objectName: "unverifiedTitle"
            width: parent.width
            text: qsTr("%n item(s) from the server could not be verified and were not applied.", "",
                       notes.problems.unverifiedCount)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            width: parent.width
            text: qsTr("Each item your devices sync is sealed, so a change on the way or on the server shows. "
                       + "These did not match their seal, so this device left them out. Nothing here was "
                       + "changed, and the device that recorded them still has the originals.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Button {
            id: dismissButton
            objectName: "dismissUnverifiedButton"
            text: qsTr("OK")
            flat: true
            Accessible.name: qsTr("OK, put this note away")
            onClicked: notes.problems.dismissUnverified()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
}
