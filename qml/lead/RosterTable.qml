import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Lead

// The roster: a sortable table on wide windows, a card per member on narrow ones. Figures are
// what the server keeps without reading any answer: lessons finished, drill decisions, weeks on
// the member's own goal (when the server knows the plan), the last day with practice.
Column {
    id: table
    required property RosterModel roster
    required property string leadTrackTitle
    readonly property bool wide: width >= 760
    readonly property var columns: [
        { key: RosterModel.Name, title: qsTr("Member"), share: 2.0 },
        { key: RosterModel.LessonsFinished, title: qsTr("Lessons"), share: 1.2 },
        { key: RosterModel.DrillsPractised, title: qsTr("Drills"), share: 1.2 },
        { key: RosterModel.WeeksOnOwnGoal, title: qsTr("Weeks on own goal"), share: 1.4 },
        { key: RosterModel.LastActive, title: qsTr("Last active"), share: 1.4 },
        { key: RosterModel.SharesProfile, title: qsTr("Shares profile"), share: 1.2 },
        { key: RosterModel.State, title: qsTr("State"), share: 2.4 },
        { key: RosterModel.LeadTrackCompleted, title: qsTr("Completed %1").arg(table.leadTrackTitle), share: 1.8 }
    ]
    readonly property real shares: 12.6

    spacing: Theme.smallGap / 2

    function columnWidth(share: real): real {
        return (table.width - (table.columns.length - 1) * Theme.smallGap) * share / table.shares
    }
    function weeksText(weeks: int): string {
        return weeks < 0 ? "—" : String(weeks)
    }
    function lastActiveText(day: string): string {
        return day === "" ? qsTr("not yet") : day
    }
    function completedText(day: string): string {
        return day === "" ? "—" : day
    }

    Label {
        width: parent.width
        text: qsTr("Roster")
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        Accessible.role: Accessible.Heading
    }
    Label {
        width: parent.width
        visible: table.roster.count === 0
        text: qsTr("No one has joined yet. Share the invite code with your cohort.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    // Sorting: column headers on wide windows, a choice on narrow ones.
    Row {
        visible: table.wide && table.roster.count > 0
        spacing: Theme.smallGap
        Repeater {
            model: table.columns
            delegate: Button {
                id: sortButton
                required property var modelData
                width: table.columnWidth(modelData.share)
                flat: true
                objectName: "sortButton" + modelData.key
                text: modelData.title + (table.roster.sortKey === modelData.key ? (table.roster.ascending ? " ▲" : " ▼") : "")
                font.pixelSize: Theme.smallSize
                font.bold: true
                Accessible.name: qsTr("Sort by %1").arg(modelData.title)
                onClicked: table.roster.sortBy(modelData.key)
                contentItem: Label {
                    text: sortButton.text
                    font: sortButton.font
                    color: Theme.text
                    elide: Text.ElideRight
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                }
            }
        }
    }
    Flow {
        width: parent.width
        visible: !table.wide && table.roster.count > 0
        spacing: Theme.smallGap
        Label {
            text: qsTr("Sort by")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            height: sortChoice.height
            verticalAlignment: Text.AlignVCenter
        }
        ComboBox {
            // The current choice is listed in the accent colour: the light one, readable as text
            Material.accent: Theme.accent
            id: sortChoice
            objectName: "sortChoice"
            width: Math.min(220, table.width - 80)
            model: table.columns.map(c => c.title)
            currentIndex: table.columns.findIndex(c => c.key === table.roster.sortKey)
            Accessible.name: qsTr("Sort the roster by")
            onActivated: index => table.roster.sortBy(table.columns[index].key)
        }
    }

    Repeater {
        objectName: "rosterRows"
        model: table.roster
        delegate: Rectangle {
            id: rowItem
            required property int index
            required property string name
            required property int lessonsFinished
            required property int drillsPractised
            required property int weeksOnOwnGoal
            required property string lastActive
            required property bool sharesProfile
            required property int memberState
            required property string leadTrackCompleted

            width: table.width
            implicitHeight: (table.wide ? wideRow.implicitHeight : card.implicitHeight) + Theme.smallGap * 2
            color: index % 2 === 0 ? Theme.surface : "transparent"
            radius: 6

            Row {
                id: wideRow
                visible: table.wide
                y: Theme.smallGap
                spacing: Theme.smallGap
                Repeater {
                    model: [rowItem.name, String(rowItem.lessonsFinished), String(rowItem.drillsPractised),
                            table.weeksText(rowItem.weeksOnOwnGoal), table.lastActiveText(rowItem.lastActive),
                            rowItem.sharesProfile ? qsTr("yes") : qsTr("no")]
                    delegate: Label {
                        required property int index
                        required property string modelData
                        width: table.columnWidth(table.columns[index].share)
                        leftPadding: Theme.smallGap
                        text: modelData
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        elide: Text.ElideRight
                    }
                }
                MemberStateLabel {
                    width: table.columnWidth(table.columns[6].share)
                    memberState: rowItem.memberState
                    idleDaysToStall: table.roster.idleDaysToStall
                }
                Label {
                    objectName: "leadTrackCell"
                    width: table.columnWidth(table.columns[7].share)
                    leftPadding: Theme.smallGap
                    text: table.completedText(rowItem.leadTrackCompleted)
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    elide: Text.ElideRight
                }
            }
            Column {
                id: card
                visible: !table.wide
                x: Theme.smallGap
                y: Theme.smallGap
                width: parent.width - 2 * Theme.smallGap
                spacing: 2
                Label {
                    width: parent.width
                    text: rowItem.name
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: qsTr("%n lesson(s) finished", "", rowItem.lessonsFinished) + " · "
                          + qsTr("%n drill decision(s)", "", rowItem.drillsPractised)
                          + (rowItem.weeksOnOwnGoal < 0 ? "" : " · " + qsTr("%n week(s) on own goal", "", rowItem.weeksOnOwnGoal))
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width
                    text: qsTr("Last active: %1 · shares profile: %2").arg(table.lastActiveText(rowItem.lastActive))
                              .arg(rowItem.sharesProfile ? qsTr("yes") : qsTr("no"))
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                MemberStateLabel {
                    width: parent.width
                    memberState: rowItem.memberState
                    idleDaysToStall: table.roster.idleDaysToStall
                }
                Label {
                    width: parent.width
                    visible: rowItem.leadTrackCompleted !== ""
                    text: qsTr("Completed %1 on %2").arg(table.leadTrackTitle).arg(rowItem.leadTrackCompleted)
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    Label {
        width: parent.width
        visible: table.roster.count > 0
        objectName: "rosterNote"
        text: qsTr("Weeks on own goal shows “—”: members' goal plans stay on their devices, so the server cannot "
                   + "count them. It judges a stall by days without activity alone (%1 in a row).")
              .arg(table.roster.idleDaysToStall)
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
}
