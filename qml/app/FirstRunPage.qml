import QtQuick
import Groundwork.Onboarding

// The first run, loaded by file name only when it is shown (see TracksPage.qml).
FirstRunView {
    id: page
    required property Main shell
    firstRun: shell.models.firstRun
    goal: shell.models.goal

    // After "delete everywhere" wiped this device, the first screen still says how the
    // deletion on the cohort server stands (Settings says it too). It is part of the page,
    // below the step's buttons, so it scrolls with them and never covers them.
    // Loaded by file name only while something waits for the server (serverText is empty
    // exactly while nothing does): most first runs never show it, and then neither its file
    // nor the Settings module is loaded before the first frame.
    Loader {
        objectName: "firstRunServerNote"
        readonly property bool shown: page.shell.models.myData.serverText !== ""
        visible: shown
        width: parent.width
        onShownChanged: show()
        Component.onCompleted: show()
        function show() {
            if (shown)
                setSource("qrc:/qt/qml/Groundwork/Settings/ServerRequestsNote.qml",
                          { myData: page.shell.models.myData })
            else
                source = ""
        }
    }
}
