import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Cohort // its C++ types: Qt 6.4 does not resolve them through the implicit import

// How syncing with the cohort stands, in a few lines, with "Sync now" and a way to the Cohort
// section (cohortRequested): what Settings shows of the cohort. Give it a width.
Column {
    id: summary
    required property SyncStatus status
    signal cohortRequested()

    spacing: Theme.gap

    Label {
        objectName: "cohortSyncStatus"
        width: parent.width
        wrapMode: Text.Wrap
        color: summary.status.needsUpdate ? Theme.focus : Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: summary.status.joined
        text: summary.status.joined
              ? (summary.status.cohortName !== "" ? qsTr("%1: %2").arg(summary.status.cohortName).arg(summary.status.statusText)
                                                  : summary.status.statusText)
              : qsTr("Not in a cohort. If your organisation runs one, your cohort lead gives you an invite code. Your reflections are never shared with a cohort.")
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Label {
        objectName: "cohortLastSynced"
        width: parent.width
        visible: summary.status.joined
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: summary.status.lastSyncedText
    }
    Label {
        objectName: "credentialNote"
        width: parent.width
        visible: text !== ""
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: summary.status.credentialNote
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Flow {
        width: parent.width
        spacing: Theme.smallGap
        SyncNowButton {
            objectName: "settingsSyncNowButton"
            visible: summary.status.joined
            status: summary.status
        }
        Button {
            objectName: "openCohortButton"
            flat: true
            text: summary.status.joined ? qsTr("Cohort and devices") : qsTr("Join a cohort")
            Accessible.name: text
            onClicked: summary.cohortRequested()
            Keys.onReturnPressed: clicked()
        }
    }
}
