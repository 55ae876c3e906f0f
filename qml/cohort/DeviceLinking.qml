import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Cohort // its C++ types: Qt 6.4 does not resolve them through the implicit import

// On a device that has joined: how to bring another phone or computer of the same learner
// into the cohort. It shows a single-use link code from the server on request; typed on the
// other device (Cohort, "I joined on another device"), it gives that device its own
// credential for the same account, and everything syncs across.
// Below it, the devices that sync for the learner, each but this one with a way to sign it out
// (a lost phone, say); this one leaves with "Leave cohort".
Column {
    id: linking
    required property Cohort cohort
    readonly property CohortEnrolment enrolment: linking.cohort.enrolment
    readonly property CohortDevices devices: linking.cohort.devices
    readonly property alias linkButton: getCodeButton
    // The device whose sign-out waits for a yes, "" when none.
    property string confirmingSignOut: ""

    spacing: Theme.smallGap
    topPadding: Theme.gap

    // One row at a time waits for a yes; signing out goes through the list.
    function wireRow(row: DeviceRow) {
        row.confirming = Qt.binding(() => linking.confirmingSignOut === row.deviceId)
        row.busy = Qt.binding(() => linking.devices.busy)
        row.signOutAsked.connect(() => { linking.confirmingSignOut = row.deviceId })
        row.signOutConfirmed.connect(() => {
            linking.devices.signOut(row.deviceId)
            linking.confirmingSignOut = ""
        })
        row.kept.connect(() => { linking.confirmingSignOut = "" })
    }

    Component.onCompleted: linking.devices.refresh()
    Connections {
        target: linking.enrolment
        // A code that is gone was used or expired: a device may have joined meanwhile.
        function onLinkCodeChanged() {
            if (linking.enrolment.linkCode === "" && !linking.enrolment.fetchingLinkCode)
                linking.devices.refresh()
        }
    }
    Connections {
        target: linking.cohort.status
        function onJoinedChanged() {
            if (linking.cohort.status.joined)
                linking.devices.refresh()
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
                   + "there, under Cohort, “I joined on another device”. Your answers and private writing "
                   + "then sync between them, end-to-end encrypted; you stay one person in the cohort.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Label {
        objectName: "recoveryWarning"
        width: parent.width
        text: qsTr("Only your linked devices hold the key to your private writing. Without another "
                   + "linked device or a recovery key (below), it cannot be recovered if you lose every device.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Label {
        id: codeLabel
        objectName: "linkCode"
        visible: linking.enrolment.linkCode !== ""
        width: parent.width
        text: linking.enrolment.linkCode
        color: Theme.text
        // One line, as it is typed: smaller on a narrow phone rather than broken in two.
        wrapMode: Text.NoWrap
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.bodySize
        font.pixelSize: Theme.titleSize
        font.family: "monospace"
        font.letterSpacing: 2
        // The code is read out character by character, not as a word.
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Link code %1").arg(linking.enrolment.linkCode.split("").join(" "))
    }
    Label {
        objectName: "linkCodeExpiry"
        width: parent.width
        visible: codeLabel.visible
        text: linking.enrolment.linkCodeExpiryText
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Flow {
        width: parent.width
        spacing: Theme.smallGap
        Button {
            id: getCodeButton
            objectName: "getLinkCodeButton"
            text: linking.enrolment.fetchingLinkCode ? qsTr("Getting a code…")
                                                  : codeLabel.visible ? qsTr("Get a new code") : qsTr("Get a link code")
            enabled: !linking.enrolment.fetchingLinkCode
            flat: true
            Accessible.name: qsTr("Get a link code for another device")
            onClicked: linking.enrolment.startLink()
            Keys.onReturnPressed: if (enabled) clicked()
            Keys.onEnterPressed: if (enabled) clicked()
        }
        Button {
            id: copyCodeButton
            objectName: "copyLinkCodeButton"
            visible: codeLabel.visible
            text: copied ? qsTr("Copied") : qsTr("Copy code")
            flat: true
            // "Copied" until the code changes, so a second press is not needed to be sure.
            property bool copied: false
            Connections {
                target: linking.enrolment
                function onLinkCodeChanged() { copyCodeButton.copied = false }
            }
            Accessible.name: copied ? qsTr("Link code copied") : qsTr("Copy the link code")
            onClicked: { linking.enrolment.copyLinkCode(); copied = true }
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
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
        model: linking.devices.model

        delegate: DeviceRow {}
        // Outside the delegate, where this list's state is in reach (qmllint 6.4 reads a
        // delegate as a scope of its own).
        onItemAdded: (index, item) => linking.wireRow(item as DeviceRow)
    }

    Label {
        objectName: "devicesError"
        width: parent.width
        visible: text !== ""
        text: linking.devices.errorText
        color: Theme.focus
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
