import QtQuick
import QtQuick.Controls.Material
import Groundwork.Cohort // its C++ types: Qt 6.4 does not resolve them through the implicit import

// "Sync now", on the Cohort and Settings screens: it says "Syncing…" while a round is under
// way, and is off then and while the app must be updated first.
Button {
    id: button
    required property SyncStatus status

    text: button.status.syncing ? qsTr("Syncing…") : qsTr("Sync now")
    enabled: !button.status.syncing && !button.status.needsUpdate
    Accessible.name: qsTr("Sync now")
    onClicked: button.status.syncNow()
    Keys.onReturnPressed: if (enabled) clicked()
}
