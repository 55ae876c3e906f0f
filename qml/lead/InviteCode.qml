import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// The learners' invite code: a new one on request; the previous code stops working at once.
Rectangle {
    id: invite
    required property LeadSession session

    implicitHeight: content.implicitHeight + 2 * Theme.gap
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.outline

    Column {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap

        Label {
            width: parent.width
            text: qsTr("Invite code for learners")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            width: parent.width
            text: invite.session.inviteCode === ""
                  ? qsTr("Create a code to share with new members. A new code replaces the previous one, which "
                         + "stops working.")
                  : qsTr("Share this code with new members. Valid until %1.")
                        .arg(invite.session.inviteValidUntil.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        TextField {
            objectName: "inviteCodeField"
            visible: invite.session.inviteCode !== ""
            width: parent.width
            readOnly: true
            selectByMouse: true
            text: invite.session.inviteCode
            font.pixelSize: Theme.titleSize
            font.family: "monospace"
            Accessible.name: qsTr("Invite code")
        }
        Button {
            objectName: "renewInviteButton"
            text: invite.session.inviteCode === "" ? qsTr("Create invite code") : qsTr("Create a new code")
            enabled: !invite.session.busy
            onClicked: invite.session.renewInvite()
            Keys.onReturnPressed: if (enabled) clicked()
            Keys.onEnterPressed: if (enabled) clicked()
        }
    }
}
