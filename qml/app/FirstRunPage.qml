import QtQuick
import Groundwork.Onboarding
import Groundwork.Settings

// The first run, loaded by file name only when it is shown (see TracksPage.qml).
FirstRunView {
    id: page
    required property Main shell
    firstRun: shell.models.firstRun
    goal: shell.models.goal

    // After "delete everywhere" wiped this device, the first screen still says how the
    // deletion on the cohort server stands (Settings says it too). It is part of the page,
    // below the step's buttons, so it scrolls with them and never covers them.
    // Built only while something waits for the server: most first runs never show it.
    Loader {
        objectName: "firstRunServerNote"
        active: page.shell.models.myData.serverState !== MyData.Idle
        visible: active
        width: parent.width
        sourceComponent: ServerRequestsNote {
            myData: page.shell.models.myData
        }
    }
}
