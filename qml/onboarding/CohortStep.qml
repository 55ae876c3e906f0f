import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// First-run step 3: an optional cohort invite code.
// Loaded by file name when first reached (FirstRunView.qml): the first frame loads only the
// welcome.
Column {
    id: page
    required property FirstRunView view

    spacing: Theme.gap
    Label {
        width: parent.width
        text: qsTr("Part of a cohort?")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        width: parent.width
        text: qsTr("If your organisation runs a cohort, your cohort lead can give you an invite code. It is optional: you can join later in the Cohort section. Your reflections are never shared.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    TextField {
        id: inviteCode
        objectName: "inviteCodeField"
        width: Math.min(parent.width, 320)
        text: page.view.firstRun.inviteCode
        placeholderText: qsTr("Invite code (optional)")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        Accessible.name: qsTr("Cohort invite code")
        onAccepted: page.view.applyCode(inviteCode.text)
    }
    StepButtons {
        width: parent.width
        acceptText: qsTr("Finish")
        onBack: page.view.step -= 1
        onSkip: page.view.finish()
        onAccept: page.view.applyCode(inviteCode.text)
    }
}
