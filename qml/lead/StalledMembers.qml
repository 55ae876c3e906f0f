import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// Who has stalled, and why: the server's rule, days without activity it can see (learners'
// goal plans and rest weeks stay on their devices). Never inferred from scores; a nudge to
// talk, not a verdict on anyone.
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
            objectName: "stalledHeading"
            text: qsTr("Stalled")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            width: parent.width
            objectName: "stalledNote"
            text: (stalledList.stalled.count === 0
                   ? qsTr("No one has stalled. Stalled means no activity in the public tracks for %1 days in a row "
                          + "(no lesson, drill, quick check or goal change); scores play no part. Goals and rest "
                          + "weeks stay on members' devices, so a planned break counts as no activity too.")
                   : qsTr("No activity in the public tracks for %1 days in a row (no lesson, drill, quick check or "
                          + "goal change); scores play no part. Goals and rest weeks stay on members' devices, so "
                          + "this may be a planned break. A good moment to ask how it goes."))
                  .arg(stalledList.stalled.idleDaysToStall)
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
                    idleDaysToStall: stalledList.stalled.idleDaysToStall
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
