import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// One of the learner's devices (a row of CohortDevices' model), with a way to sign it out
// after a yes. The list it sits in decides which row asks for that yes (confirming) and does
// the signing out (signOutConfirmed).
Column {
    id: device
    required property string deviceId
    required property string name
    required property var addedAt // a date
    required property bool thisDevice
    // Set by the list.
    property bool confirming: false
    property bool busy: false
    signal signOutAsked()
    signal signOutConfirmed()
    signal kept()

    // The question and its buttons take the keyboard once they are laid out: focused before,
    // the page would scroll to where they were not yet placed and leave them below the fold.
    property bool focusConfirmWhenLaidOut: false
    onHeightChanged: {
        if (device.focusConfirmWhenLaidOut && device.confirming) {
            device.focusConfirmWhenLaidOut = false
            // Later still: the page's own height follows this row's in the same layout pass.
            focusConfirmSoon.start()
        }
    }
    Timer {
        id: focusConfirmSoon
        interval: 0
        onTriggered: confirmButton.forceActiveFocus(Qt.TabFocusReason)
    }

    objectName: "device-" + deviceId
    width: parent ? parent.width : 0
    spacing: Theme.smallGap / 2

    Label {
        width: parent.width
        text: device.thisDevice ? qsTr("%1 (this device)").arg(device.name) : device.name
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Label {
        width: parent.width
        text: qsTr("Added %1").arg(new Date(device.addedAt).toLocaleDateString(Qt.locale(), Locale.ShortFormat))
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "signOutButton"
        visible: !device.thisDevice && !device.confirming
        text: qsTr("Sign out")
        flat: true
        enabled: !device.busy
        Accessible.name: qsTr("Sign out %1").arg(device.name)
        onClicked: { device.focusConfirmWhenLaidOut = true; device.signOutAsked() }
        Keys.onReturnPressed: if (enabled) clicked()
        Keys.onEnterPressed: if (enabled) clicked()
    }
    Label {
        width: parent.width
        visible: device.confirming
        text: qsTr("Sign out %1? It stops syncing at once and needs a new link code to sync again. "
                   + "What is on it stays on it.").arg(device.name)
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Flow {
        width: parent.width
        spacing: Theme.smallGap
        visible: device.confirming
        Button {
            id: confirmButton
            objectName: "confirmSignOutButton"
            text: qsTr("Sign it out")
            enabled: !device.busy
            Accessible.name: qsTr("Yes, sign out %1").arg(device.name)
            onClicked: device.signOutConfirmed()
            Keys.onReturnPressed: if (enabled) clicked()
            Keys.onEnterPressed: if (enabled) clicked()
        }
        Button {
            objectName: "cancelSignOutButton"
            text: qsTr("Keep it")
            flat: true
            Accessible.name: qsTr("Keep %1 signed in").arg(device.name)
            onClicked: device.kept()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
}
