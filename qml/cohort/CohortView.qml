import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Cohort // its C++ types: Qt 6.4 does not resolve them through the implicit import

// Joining a cohort, and then how syncing with it stands. A column meant to sit in a page
// (e.g. a ReadingPage of its own); give it a width.
Column {
    id: view
    required property Cohort cohort
    readonly property CohortEnrolment enrolment: view.cohort.enrolment
    readonly property SyncStatus status: view.cohort.status
    property bool confirmingLeave: false
    // Leaving to link this device again (it was left out when the keys changed).
    property bool relinking: false
    // Joining with a link code from the learner's other device instead of an invite code.
    property bool linkingThisDevice: false
    // Every device was lost: signing in with the printed recovery key instead.
    property bool restoringThisDevice: false
    // Just joined with an invite code (this account's first device): a recovery key is offered.
    property bool offeringRecovery: false
    // An invite code the learner typed earlier (at first run), offered in the form.
    property string suggestedInviteCode: ""
    // The person leads a cohort and wants lead mode.
    signal leadModeRequested()

    spacing: Theme.gap

    Connections {
        target: view.status
        function onJoinedChanged() {
            view.confirmingLeave = false
            // After leaving to link again, the form waits for the link code.
            view.linkingThisDevice = !view.status.joined && view.relinking
            view.relinking = false
            view.restoringThisDevice = false
            if (view.status.joined) {
                view.cohort.recovery.refresh()
            } else {
                view.offeringRecovery = false
            }
        }
    }
    Connections {
        target: view.cohort.recovery
        // Right after joining, the offer of a recovery key appears once the server said there is
        // none yet; the keyboard goes there, since it is the next thing to decide.
        function onStateChanged() {
            if (view.offeringRecovery && view.cohort.recovery.state === RecoveryKeyModel.Off)
                offerMakeButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    function submitJoin() {
        view.enrolment.serverUrl = serverField.text.trim()
        if (view.restoringThisDevice) {
            view.enrolment.joinWithRecoveryKey(codeField.text.trim())
            return
        }
        if (view.linkingThisDevice) {
            view.enrolment.joinWithLinkCode(codeField.text.trim())
            return
        }
        view.enrolment.displayName = nameField.text.trim()
        view.offeringRecovery = true
        view.enrolment.join(codeField.text.trim())
    }

    Label {
        width: parent.width
        text: qsTr("Cohort")
        color: Theme.text
        font.pixelSize: Theme.titleSize // a page's title, as on Profile and Settings
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    // Not joined ----------------------------------------------------------------------------
    Column {
        id: joinForm
        objectName: "joinForm"
        width: parent.width
        spacing: Theme.smallGap
        visible: !view.status.joined

        Label {
            objectName: "joinExplanation"
            width: parent.width
            visible: !view.linkingThisDevice && !view.restoringThisDevice
            text: qsTr("Join your cohort with the invite code from your cohort lead. Your answers and "
                       + "private writing then sync between your devices, end-to-end encrypted: the cohort "
                       + "server cannot read them. Your lead sees your progress — on which days you did "
                       + "lessons and drills — never your answers or reflections. Sharing your "
                       + "readiness profile with your lead is your choice: it stays off unless you turn "
                       + "it on after joining.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "linkThisDeviceExplanation"
            width: parent.width
            visible: view.linkingThisDevice
            text: qsTr("On the device where you joined, open Cohort and choose “Get a link code”. "
                       + "Type the whole code here, with the same server address: it also carries the key "
                       + "to your encrypted answers, which the server never sees. This device then syncs "
                       + "with your other one: the same answers, the same private writing, the same profile.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        Label {
            objectName: "restoreExplanation"
            width: parent.width
            visible: view.restoringThisDevice
            text: qsTr("Lost every device? Type your cohort server's address and the recovery key you printed or "
                       + "saved. This device then signs in to your account and opens your answers and private "
                       + "writing again. Afterwards, sign the lost devices out under “Devices that sync for you”.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Server address")
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        TextField {
            id: serverField
            objectName: "serverField"
            width: parent.width
            text: view.enrolment.serverUrl
            placeholderText: qsTr("e.g. cohort.example.org:8443")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            enabled: !view.enrolment.busy
            Accessible.name: qsTr("Cohort server address")
            KeyNavigation.tab: view.linkingThisDevice || view.restoringThisDevice ? codeField : nameField
        }

        Label {
            visible: !view.linkingThisDevice && !view.restoringThisDevice
            text: qsTr("Your name, as your lead will see it")
            color: Theme.text
            font.pixelSize: Theme.smallSize
            width: parent.width
            wrapMode: Text.Wrap
        }
        TextField {
            id: nameField
            objectName: "nameField"
            visible: !view.linkingThisDevice && !view.restoringThisDevice
            width: parent.width
            text: view.enrolment.displayName
            maximumLength: 80
            enabled: !view.enrolment.busy
            Accessible.name: qsTr("Your name, as your lead will see it")
            KeyNavigation.tab: codeField
        }

        Label {
            text: view.restoringThisDevice ? qsTr("Recovery key")
                  : view.linkingThisDevice ? qsTr("Link code") : qsTr("Invite code")
            color: Theme.text
            font.pixelSize: Theme.smallSize
        }
        TextField {
            id: codeField
            objectName: "codeField"
            width: parent.width
            text: view.suggestedInviteCode
            placeholderText: view.restoringThisDevice ? qsTr("XXXX-XXXX-… (14 groups)")
                             : view.linkingThisDevice ? qsTr("XXXX-XXXX-XXXX-XXXX-XXXX-XXX") : qsTr("XXXX-XXXX-XXXX")
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            maximumLength: 100
            enabled: !view.enrolment.busy
            Accessible.name: view.restoringThisDevice ? qsTr("Recovery key")
                             : view.linkingThisDevice ? qsTr("Link code") : qsTr("Invite code")
            // A disabled button takes no focus: with no code yet, Tab goes on to the other way in.
            KeyNavigation.tab: joinButton.enabled ? joinButton : modeButton
            onAccepted: if (joinButton.enabled) view.submitJoin()
        }

        Flow {
            width: parent.width
            spacing: Theme.smallGap
            Button {
                id: joinButton
                objectName: "joinButton"
                text: view.restoringThisDevice ? (view.enrolment.busy ? qsTr("Restoring…") : qsTr("Restore my account"))
                      : view.enrolment.busy ? (view.linkingThisDevice ? qsTr("Linking…") : qsTr("Joining…"))
                                            : (view.linkingThisDevice ? qsTr("Link this device") : qsTr("Join cohort"))
                enabled: !view.enrolment.busy && codeField.text.trim() !== ""
                highlighted: true
                Accessible.name: text
                KeyNavigation.tab: modeButton
                onClicked: view.submitJoin()
                Keys.onReturnPressed: if (enabled) view.submitJoin()
                Keys.onEnterPressed: if (enabled) view.submitJoin()
            }
            BusyIndicator {
                running: view.enrolment.busy
                visible: running
                height: joinButton.height
                width: height
                Accessible.name: view.linkingThisDevice ? qsTr("Linking") : qsTr("Joining")
            }
            Button {
                id: modeButton
                objectName: "joinModeButton"
                text: view.linkingThisDevice || view.restoringThisDevice ? qsTr("Join with an invite code instead")
                                                                         : qsTr("I joined on another device")
                flat: true
                enabled: !view.enrolment.busy
                Accessible.name: text
                KeyNavigation.tab: restoreModeButton
                onClicked: {
                    view.linkingThisDevice = !view.linkingThisDevice && !view.restoringThisDevice
                    view.restoringThisDevice = false
                    codeField.text = ""
                    codeField.forceActiveFocus()
                }
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
            Button {
                id: restoreModeButton
                objectName: "restoreModeButton"
                visible: !view.restoringThisDevice
                text: qsTr("I lost all my devices: use my recovery key")
                flat: true
                enabled: !view.enrolment.busy
                Accessible.name: text
                onClicked: {
                    view.restoringThisDevice = true
                    view.linkingThisDevice = false
                    codeField.text = ""
                    codeField.forceActiveFocus()
                }
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
        }
    }

    // Joined --------------------------------------------------------------------------------
    Column {
        id: status
        objectName: "statusPanel"
        width: parent.width
        spacing: Theme.smallGap
        visible: view.status.joined
        // Joined just now (the form that had the keyboard is gone): the keyboard goes on here.
        // Not at start, when this is visible from the first frame.
        onVisibleChanged: if (visible) syncButton.forceActiveFocus(Qt.TabFocusReason)

        Label {
            objectName: "cohortName"
            width: parent.width
            visible: view.status.cohortName !== ""
            text: qsTr("You are in %1.").arg(view.status.cohortName)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "statusText"
            width: parent.width
            text: view.status.statusText
            color: view.status.needsUpdate ? Theme.focus : Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "lastSynced"
            width: parent.width
            text: view.status.lastSyncedText
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pendingCount"
            width: parent.width
            text: view.status.pendingText
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        // Offered once, right after joining: off unless the learner makes one.
        Column {
            objectName: "recoveryOffer"
            width: parent.width
            spacing: Theme.smallGap
            visible: view.offeringRecovery && view.cohort.recovery.state === RecoveryKeyModel.Off
            Label {
                width: parent.width
                text: qsTr("Only your devices hold the key to your private writing. Make a recovery key now, so you can "
                           + "get it back if you ever lose every device? You can also do it later, here or in Settings.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Flow {
                width: parent.width
                spacing: Theme.smallGap
                Button {
                    id: offerMakeButton
                    objectName: "offerRecoveryButton"
                    text: qsTr("Make a recovery key")
                    Accessible.name: text
                    KeyNavigation.tab: offerLaterButton
                    onClicked: { view.offeringRecovery = false; recoveryCard.makeKey() }
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
                Button {
                    id: offerLaterButton
                    objectName: "offerRecoveryLaterButton"
                    text: qsTr("Not now")
                    flat: true
                    Accessible.name: qsTr("Not now: no recovery key")
                    onClicked: { view.offeringRecovery = false; syncButton.forceActiveFocus() }
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
        }
        // Signed out from another device: what that means, and the way back, instead of the
        // sharing, linking and recovery parts, which need a device that is signed in.
        Column {
            objectName: "signedOutNote"
            width: parent.width
            spacing: Theme.smallGap
            visible: view.status.signedOut && !view.confirmingLeave
            Label {
                width: parent.width
                text: qsTr("This device no longer syncs: it was signed out from another of your devices, or your "
                           + "account was deleted. Everything on it stays here. To sync it again, link it with a new "
                           + "code from a device that is still signed in.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Button {
                id: signedOutRelinkButton
                objectName: "signedOutRelinkButton"
                text: qsTr("Link this device again")
                Accessible.name: text
                onClicked: {
                    view.relinking = true
                    view.confirmingLeave = true
                    confirmLeaveButton.forceActiveFocus(Qt.TabFocusReason)
                }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
        SyncProblemNotes {
            id: problemNotes
            objectName: "syncProblemNotes"
            width: parent.width
            problems: view.cohort.problems
            onRelinkRequested: {
                view.relinking = true
                view.confirmingLeave = true
                confirmLeaveButton.forceActiveFocus()
            }
        }
        Flow {
            width: parent.width
            spacing: Theme.smallGap
            visible: !view.confirmingLeave
            SyncNowButton {
                id: syncButton
                objectName: "syncNowButton"
                status: view.status
                KeyNavigation.tab: leaveButton
            }
            Button {
                id: leaveButton
                objectName: "leaveButton"
                text: qsTr("Leave cohort")
                flat: true
                Accessible.name: qsTr("Leave cohort")
                KeyNavigation.tab: sharing.switchControl
                onClicked: { view.confirmingLeave = true; confirmLeaveButton.forceActiveFocus() }
                Keys.onReturnPressed: clicked()
            }
        }

        Column {
            objectName: "leaveConfirmation"
            width: parent.width
            spacing: Theme.smallGap
            visible: view.confirmingLeave
            Label {
                width: parent.width
                text: (view.relinking
                       ? qsTr("Sign this device out to link it again? Your answers stay on this device. Then type "
                              + "the link code from your other device.")
                       : qsTr("Leave this cohort on this device? Your answers stay on this device, and what "
                              + "was already synced stays with the cohort. To join again you need an invite code."))
                      + (view.cohort.sharing.shared
                         ? " " + qsTr("Leaving also asks the server to delete the readiness profile you shared.")
                         : "")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Flow {
                width: parent.width
                spacing: Theme.smallGap
                Button {
                    id: confirmLeaveButton
                    objectName: "confirmLeaveButton"
                    text: qsTr("Leave cohort")
                    Accessible.name: qsTr("Yes, leave the cohort")
                    KeyNavigation.tab: cancelLeaveButton
                    onClicked: view.enrolment.leave()
                    Keys.onReturnPressed: clicked()
                }
                Button {
                    id: cancelLeaveButton
                    objectName: "cancelLeaveButton"
                    text: qsTr("Stay")
                    flat: true
                    Accessible.name: qsTr("Stay in the cohort")
                    onClicked: { view.confirmingLeave = false; view.relinking = false; leaveButton.forceActiveFocus() }
                    Keys.onReturnPressed: clicked()
                }
            }
        }

        ProfileSharing {
            id: sharing
            width: parent.width
            visible: !view.status.signedOut
            choice: view.cohort.sharing
        }

        DeviceLinking {
            width: parent.width
            visible: !view.status.signedOut
            cohort: view.cohort
        }

        RecoveryKeyCard {
            id: recoveryCard
            objectName: "recoveryKeyCard"
            width: parent.width
            visible: !view.status.signedOut
            recovery: view.cohort.recovery
        }
    }

    Label {
        objectName: "errorText"
        width: parent.width
        // What went wrong with joining or a link code, else with syncing (a device signed out
        // has its own note above, which says the same and what to do).
        visible: text !== "" && !(view.status.signedOut && view.enrolment.errorText === "")
        text: view.enrolment.errorText !== "" ? view.enrolment.errorText : view.status.errorText
        color: Theme.focus
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // Exactly what the lead's screens and exports hold about a member (issue 15), in plain words.
    Label {
        objectName: "whatYourLeadSees"
        width: parent.width
        text: qsTr("What your lead sees about you: your name; how many lessons you finished and drill decisions "
                   + "you made in the public tracks; the last day you practised; whether you are practising or "
                   + "stalled (no practice for 14 days, never judged by your scores; your weekly goal stays on "
                   + "your devices, so your lead does not see it); whether you share your profile; and "
                   + "the day you completed the Ready to lead track, once you have. "
                   + "Once enough members share (5 unless your administrator set another minimum, never fewer "
                   + "than 3), your lead also sees the group's average readiness, which "
                   + "never changes because of one person. Your lead never sees your reflections, your answers, "
                   + "anything from a private track, or a profile you have not shared.")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Button {
        objectName: "leadModeButton"
        text: qsTr("I lead a cohort: open lead mode")
        flat: true
        onClicked: view.leadModeRequested()
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
    }

    Label {
        objectName: "leftText"
        width: parent.width
        // After leaving: whether the server signed this device out, and what it keeps.
        visible: text !== ""
        text: view.enrolment.leftText
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
