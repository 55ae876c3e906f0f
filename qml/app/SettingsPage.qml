import QtQuick
import Groundwork.Settings
import Groundwork.Cohort

// The Settings section, loaded by file name when first shown (see TracksPage.qml).
SettingsView {
    required property Main shell
    preferences: shell.preferences
    goal: shell.goal
    myData: shell.myData as MyData
    syncStatus: (shell.cohort as Cohort).status
    recovery: (shell.cohort as Cohort).recovery
    onCohortRequested: shell.section = 3
}
