import QtQuick
import Groundwork.Onboarding

// The first run, loaded by file name only when it is shown (see TracksPage.qml).
FirstRunView {
    required property Main shell
    firstRun: shell.firstRun
    goal: shell.goal
}
