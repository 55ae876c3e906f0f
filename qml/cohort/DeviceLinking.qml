import QtQuick
import QtQuick.Controls
import Groundwork.Ui

// On a device that has joined: how to bring another phone or computer of the same learner
// into the cohort. It shows a single-use link code from the server on request; typed on the
// other device (Cohort, "I joined on another device"), it gives that device its own
// credential for the same account, and everything syncs across.
// Below it, the devices that sync for the learner, each but this one with a way to sign it out
// (a lost phone, say); this one leaves with "Leave cohort".
// `cohort` is a CohortViewModel: linkCode, linkCodeExpires, fetchingLinkCode, startLink(),
// devices (CohortDevices: model, busy, errorText, refresh(), signOut(id)).
Column {
    id: linking
    required property QtObject cohort
    readonly property alias linkButton: getCodeButton
    // The device whose sign-out waits for a yes, "" when none.
    property string confirmingSignOut: ""

    spacing: Theme.smallGap
    topPadding: Theme.gap

    Component.onCompleted: linking.cohort.devices.refresh()
    Connections {
        target: linking.cohort
        // A code that is gone was used or expired: a device may have joined meanwhile.
        function onLinkCodeChanged() {
            if (linking.cohort.linkCode === "" && !linking.cohort.fetchingLinkCode)
                linking.cohort.devices.refresh()
        }
        function onJoinedChanged() {
            if (linking.cohort.joined)
                linking.cohort.devices.refresh()
        }
    }

    Label {
        width: parent.width
        text: qsTr("Your other devices")
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Label {
        objectName: "linkExplanation"
        width: parent.width
        text: qsTr("To practise on another phone or computer too, get a link code here and type it "
                   + "there, under Cohort, “I joined on another device”. Your answers then sync "
                   + "between them; you stay one person in the cohort.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Label {
        id: codeLabel
        objectName: "linkCode"
        visible: linking.cohort.linkCode !== ""
        text: linking.cohort.linkCode
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.family: "monospace"
        font.letterSpacing: 2
        // The code is read out character by character, not as a word.
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Link code %1").arg(linking.cohort.linkCode.split("").join(" "))
    }
    Label {
        objectName: "linkCodeExpiry"
        width: parent.width
        visible: codeLabel.visible
        text: linking.cohort.linkCodeExpires && !isNaN(linking.cohort.linkCodeExpires.getTime())
              ? qsTr("Works once, until %1.").arg(linking.cohort.linkCodeExpires.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
              : ""
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Button {
        id: getCodeButton
        objectName: "getLinkCodeButton"
        text: linking.cohort.fetchingLinkCode ? qsTr("Getting a code…")
                                              : codeLabel.visible ? qsTr("Get a new code") : qsTr("Get a link code")
        enabled: !linking.cohort.fetchingLinkCode
        flat: true
        Accessible.name: qsTr("Get a link code for another device")
        onClicked: linking.cohort.startLink()
        Keys.onReturnPressed: if (enabled) clicked()
        Keys.onEnterPressed: if (enabled) clicked()
    }

    Label {
        objectName: "devicesHeading"
        width: parent.width
        visible: deviceRows.count > 0
        topPadding: Theme.smallGap
        text: qsTr("Devices that sync for you")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
    }

    Repeater {
        id: deviceRows
        objectName: "deviceRows"
        model: linking.cohort.devices.model

        delegate: Column {
            id: device
            required property string deviceId
            required property string name
            required property var addedAt // a date
            required property bool thisDevice
            readonly property bool confirming: linking.confirmingSignOut === deviceId

            objectName: "device-" + deviceId
            width: linking.width
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
                enabled: !linking.cohort.devices.busy
                Accessible.name: qsTr("Sign out %1").arg(device.name)
                onClicked: { linking.confirmingSignOut = device.deviceId; confirmButton.forceActiveFocus() }
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
                    enabled: !linking.cohort.devices.busy
                    Accessible.name: qsTr("Yes, sign out %1").arg(device.name)
                    onClicked: { linking.cohort.devices.signOut(device.deviceId); linking.confirmingSignOut = "" }
                    Keys.onReturnPressed: if (enabled) clicked()
                    Keys.onEnterPressed: if (enabled) clicked()
                }
                Button {
                    objectName: "cancelSignOutButton"
                    text: qsTr("Keep it")
                    flat: true
                    Accessible.name: qsTr("Keep %1 signed in").arg(device.name)
                    onClicked: linking.confirmingSignOut = ""
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
        }
    }

    Label {
        objectName: "devicesError"
        width: parent.width
        visible: text !== ""
        text: linking.cohort.devices.errorText
        color: Theme.focus
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
