import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// Signing in as a cohort lead, with the credential the server's administrator gave you
// (`groundwork-server create-cohort` prints it).
Column {
    id: signIn
    required property LeadSession session

    spacing: Theme.smallGap

    function submit() {
        signIn.session.signIn(serverField.text, credentialField.text)
    }

    Label {
        width: parent.width
        text: qsTr("Lead a cohort")
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        objectName: "leadSignInNote"
        width: parent.width
        text: qsTr("Sign in with the lead credential your administrator gave you when they created the cohort "
                   + "(it starts with “gw1.”). You then see your cohort's progress: who practises, who has "
                   + "had no activity for %1 days, and the group's readiness once enough members share it.")
              .arg(signIn.session.stalled.idleDaysToStall)
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
        objectName: "leadServerField"
        width: Math.min(parent.width, 480)
        text: signIn.session.serverUrl
        placeholderText: qsTr("e.g. cohort.example.org:8443")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        enabled: !signIn.session.busy
        Accessible.name: qsTr("Cohort server address")
        KeyNavigation.tab: credentialField
    }
    Label {
        text: qsTr("Lead credential")
        color: Theme.text
        font.pixelSize: Theme.smallSize
    }
    TextField {
        id: credentialField
        objectName: "leadCredentialField"
        width: Math.min(parent.width, 480)
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        enabled: !signIn.session.busy
        Accessible.name: qsTr("Lead credential")
        KeyNavigation.tab: signInButton
        onAccepted: signIn.submit()
    }
    Button {
        id: signInButton
        objectName: "leadSignInButton"
        text: signIn.session.busy ? qsTr("Signing in…") : qsTr("Sign in as lead")
        enabled: !signIn.session.busy
        highlighted: true
        onClicked: signIn.submit()
        Keys.onReturnPressed: if (enabled) clicked()
        Keys.onEnterPressed: if (enabled) clicked()
    }
}
