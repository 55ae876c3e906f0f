import QtQuick
import QtQuick.Controls
import Groundwork.Ui
import Groundwork.Lead // its C++ types: Qt 6.4 does not resolve them through the implicit import

// A member's state in plain words: practising, resting, or stalled and why. Stalled is judged
// by the member's own plan and never by scores; nobody is labelled as needing help.
Label {
    id: stateLabel
    required property int memberState
    readonly property bool stalled: memberState === RosterModel.StalledIdle
                                    || memberState === RosterModel.StalledMissedOwnGoal

    text: memberState === RosterModel.StalledIdle
          ? qsTr("Stalled: no activity for 14 days")
          : memberState === RosterModel.StalledMissedOwnGoal
            ? qsTr("Stalled: missed their own weekly goal two weeks in a row")
            : memberState === RosterModel.Resting ? qsTr("Resting this week") : qsTr("Practising")
    color: stalled ? Theme.focus : Theme.mutedText
    font.pixelSize: Theme.smallSize
    wrapMode: Text.Wrap
}
