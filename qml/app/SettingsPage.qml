import QtQuick
import Groundwork.Settings

// The Settings section, loaded by file name when first shown (see TracksPage.qml).
SettingsView {
    required property Main shell
    preferences: shell.preferences
    goal: shell.models.goal
    myData: shell.models.myData
    syncStatus: shell.models.cohort.status
    recovery: shell.models.cohort.recovery
    onCohortRequested: shell.section = 3
}
