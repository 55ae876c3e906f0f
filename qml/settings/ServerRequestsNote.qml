import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Settings // own C++ types: Qt 6.4's implicit import holds only the QML files

// How the requests waiting for the cohort server stand: deleting the account everywhere,
// withdrawing a profile or signing a device out; waiting to reach the server (with "Try now"),
// refused (with why), or the account's deletion confirmed. Shown in Settings, and on the first
// screen after a deletion wiped this device. Invisible while nothing waits. Give it a width.
Rectangle {
    id: note
    required property MyData myData

    visible: note.myData.serverState !== MyData.Idle
    height: visible ? serverColumn.implicitHeight + 2 * Theme.gap : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: note.myData.serverState === MyData.Refused ? Theme.focus : Theme.mutedText
    border.width: 1
    objectName: "serverRequests"

    Column {
        id: serverColumn
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap
        Label {
            objectName: "serverRequestsText"
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            text: note.myData.serverText
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "serverRequestsDetail"
            width: parent.width
            visible: text !== ""
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            text: note.myData.serverDetail
        }
        Flow {
            width: parent.width
            spacing: Theme.smallGap
            Button {
                objectName: "retryServerButton"
                visible: note.myData.serverState === MyData.Waiting
                text: qsTr("Try now")
                onClicked: note.myData.retryNow()
                Accessible.name: qsTr("Try to reach the cohort server now")
            }
            Button {
                objectName: "dismissServerButton"
                visible: note.myData.serverState === MyData.Refused || note.myData.serverState === MyData.Deleted
                text: qsTr("OK")
                onClicked: note.myData.dismissServerNote()
                Accessible.name: qsTr("Dismiss this note")
            }
        }
    }
}
