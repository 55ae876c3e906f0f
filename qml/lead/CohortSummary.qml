import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// The cohort at a glance: members, active this week, stalled, how many completed "Ready to
// lead", and the chart of its weeks.
Rectangle {
    id: summary
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
            text: qsTr("This cohort")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }
        Flow {
            width: parent.width
            spacing: Theme.gap
            Repeater {
                model: [
                    { figure: summary.session.memberCount, label: qsTr("members") },
                    { figure: summary.session.activeThisWeek, label: qsTr("active this week") },
                    { figure: summary.session.stalled.count, label: qsTr("stalled: no activity for %1 days").arg(summary.session.stalled.idleDaysToStall) }
                ]
                delegate: Column {
                    id: figure
                    required property var modelData
                    Label {
                        text: String(figure.modelData.figure)
                        color: Theme.text
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                    }
                    Label {
                        text: figure.modelData.label
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
            Column {
                id: trackFigure
                objectName: "leadTrackFigure"
                readonly property string figureText: qsTr("%1 of %2").arg(summary.session.leadTrackCompletions)
                                                                      .arg(summary.session.memberCount)
                Accessible.name: qsTr("%1 of %2 members completed %3").arg(summary.session.leadTrackCompletions)
                                     .arg(summary.session.memberCount).arg(summary.session.leadTrackTitle)
                Label {
                    text: trackFigure.figureText
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
                Label {
                    text: qsTr("completed %1").arg(summary.session.leadTrackTitle)
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                }
            }
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Weekly active members and sessions")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        WeeklyActiveChart {
            width: parent.width
            weeks: summary.session.weeks
        }
    }
}
