import QtQuick
import Groundwork.Settings

// The Settings section, loaded by file name when first shown (see TracksPage.qml).
SettingsView {
    required property Main shell
    preferences: shell.preferences
    goal: shell.goal
    myData: shell.myData
    syncStatus: shell.cohort.status
    recovery: shell.cohort.recovery
    onCohortRequested: shell.section = 3
}
