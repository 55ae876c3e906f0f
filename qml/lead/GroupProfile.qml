import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// The group's readiness from the profiles members chose to share, or the plain reason it is
// hidden. The figure changes only once enough members start or stop sharing, so nobody's score
// can be worked out by watching it change.
Rectangle {
    id: groupCard
    required property LeadSession session

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
            text: qsTr("Group readiness")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "groupNote"
            width: parent.width
            text: groupCard.session.groupState === LeadSession.TooFewShared
                  ? qsTr("Hidden: %1 of your members share their readiness profile, and the group figure appears "
                         + "once at least %2 do, so that no one's readiness can be singled out.")
                        .arg(groupCard.session.groupSharingNow).arg(groupCard.session.minGroupSize)
                  : groupCard.session.groupState === LeadSession.ContributorLeft
                    ? qsTr("Hidden for now: someone whose profile was part of the last figure stopped sharing or "
                           + "left, and their profile no longer counts. A new figure appears once %1 more members "
                           + "have started or stopped sharing, so no one's readiness can be singled out.")
                          .arg(groupCard.session.changesUntilUpdate)
                  : groupCard.session.groupState === LeadSession.Shown
                    ? qsTr("From %1 shared profiles. It changes only once at least %2 members have started or "
                           + "stopped sharing, so no one's score can be worked out from a change.")
                          .arg(groupCard.session.groupContributors).arg(groupCard.session.minGroupSize)
                    : qsTr("Loading…")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Repeater {
            objectName: "groupRows"
            model: groupCard.session.group
            delegate: Column {
                id: dimension
                required property string title
                required property int estimate
                required property int low
                required property int high
                width: content.width
                spacing: 2
                Label {
                    width: parent.width
                    text: qsTr("%1: %2 % (band %3–%4 %)").arg(dimension.title).arg(dimension.estimate)
                              .arg(dimension.low).arg(dimension.high)
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Item {
                    width: parent.width
                    height: 10
                    Rectangle { anchors.fill: parent; radius: 5; color: Theme.outline }
                    Rectangle {
                        x: parent.width * dimension.low / 100
                        width: parent.width * (dimension.high - dimension.low) / 100
                        height: parent.height
                        radius: 5
                        color: Theme.takeawayBackground
                        border.color: Theme.accent
                    }
                    Rectangle {
                        x: parent.width * dimension.estimate / 100 - 2
                        width: 4
                        height: parent.height
                        color: Theme.accent
                    }
                }
            }
        }
    }
}
