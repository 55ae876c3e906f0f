import QtQuick
import QtQuick.Controls
import Groundwork.Ui

// Progress toward the weekly goal, told neutrally: what happened, never what was "lost".
Rectangle {
    id: card
    required property int sessions
    required property int target
    required property int weeksOnTrack
    required property int weeksCounted

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline

    // A Column, not a ColumnLayout: the layout measured each wrapped label twice over.
    Column {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap

        Text {
            text: qsTr("This week")
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.accent
        }
        Text {
            objectName: "weekSummary"
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            text: card.sessions >= card.target && card.target > 0
                  ? qsTr("%1 of %2 sessions: this week's goal is met.").arg(card.sessions).arg(card.target)
                  : qsTr("%1 of %2 sessions so far.").arg(card.sessions).arg(card.target)
        }
        Row {
            spacing: 6
            Accessible.role: Accessible.ProgressBar
            Accessible.name: qsTr("%1 of %2 sessions this week").arg(card.sessions).arg(card.target)
            Repeater {
                model: Math.max(card.target, card.sessions)
                delegate: Rectangle {
                    required property int index
                    width: 18
                    height: 18
                    radius: 9
                    color: index < card.sessions ? Theme.accent : "transparent"
                    border.color: Theme.accent
                    border.width: 2
                }
            }
        }
        Text {
            visible: card.weeksCounted > 1
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            text: qsTr("Goal met in %1 of the %2 weeks since you started.").arg(card.weeksOnTrack).arg(card.weeksCounted)
        }
    }
}
