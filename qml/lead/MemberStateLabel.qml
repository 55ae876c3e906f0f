import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead // its C++ types: Qt 6.4 does not resolve them through the implicit import

// A member's state in plain words: practising, resting, or stalled and why. Stalled is never
// judged by scores; nobody is labelled as needing help. The server sends only the idle reason
// today (it never sees a goal plan); the others stay for a server that may one day know it.
Label {
    id: stateLabel
    required property int memberState
    required property int idleDaysToStall // RosterModel.idleDaysToStall: the server's rule
    readonly property bool stalled: memberState === RosterModel.StalledIdle
                                    || memberState === RosterModel.StalledMissedOwnGoal

    text: memberState === RosterModel.StalledIdle
          ? qsTr("Stalled: no activity for %1 days").arg(idleDaysToStall)
          : memberState === RosterModel.StalledMissedOwnGoal
            ? qsTr("Stalled: missed their own weekly goal two weeks in a row")
            : memberState === RosterModel.Resting ? qsTr("Resting this week") : qsTr("Practising")
    color: stalled ? Theme.focus : Theme.mutedText
    font.pixelSize: Theme.smallSize
    wrapMode: Text.Wrap
}
