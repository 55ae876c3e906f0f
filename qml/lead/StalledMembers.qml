import QtQuick
import QtQuick.Controls
import Groundwork.Ui
import Groundwork.Lead

// Who has stalled by their own plan, and why. Never inferred from scores; a nudge to talk,
// not a verdict on anyone.
Rectangle {
    id: stalledList
    required property RosterModel stalled

    implicitHeight: content.implicitHeight + 2 * Theme.gap
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.outline

    Column {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap

        Label {
            width: parent.width
            text: qsTr("Stalled by their own plan")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            width: parent.width
            text: stalledList.stalled.count === 0
                  ? qsTr("No one has stalled. Stalled means no activity for 14 days, or missing one's own weekly "
                         + "goal two weeks in a row; declared rest weeks never count.")
                  : qsTr("No activity for 14 days, or their own weekly goal missed two weeks in a row. Rest weeks "
                         + "they declared never count, and scores play no part. A good moment to ask how it goes.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Repeater {
            objectName: "stalledRows"
            model: stalledList.stalled
            delegate: Column {
                id: member
                required property string name
                required property string lastActive
                required property int memberState
                width: content.width
                Label {
                    width: parent.width
                    text: member.name
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                MemberStateLabel {
                    width: parent.width
                    memberState: member.memberState
                }
                Label {
                    width: parent.width
                    text: member.lastActive === "" ? qsTr("No practice yet") : qsTr("Last active %1").arg(member.lastActive)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
