import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui

// The role-weighted judgment score per week, as columns (0 to 100). The whole chart is one
// accessible element whose name reads the values out.
FocusScope {
    id: chart
    property var series: []   // [{label, score (0..1), decisions}]
    readonly property int chartHeight: 120

    implicitWidth: 320
    implicitHeight: column.implicitHeight
    activeFocusOnTab: true

    Accessible.role: Accessible.Chart
    Accessible.name: series.length === 0
                     ? emptyLabel.text
                     : qsTr("Weekly judgment score: %1")
                           .arg(series.map(p => qsTr("week of %1, %2").arg(p.label).arg(Math.round(p.score * 100))).join("; "))

    Rectangle {
        anchors.fill: parent
        anchors.margins: -4
        radius: Theme.radius / 2
        color: "transparent"
        border.width: 3
        border.color: Theme.focus
        visible: chart.activeFocus
    }

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 4

        Label {
            id: emptyLabel
            objectName: "emptyTrend"
            Layout.fillWidth: true
            visible: chart.series.length === 0
            text: qsTr("Your weekly trend appears here once you have played a few drills.")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        Item {
            objectName: "columns"
            visible: chart.series.length > 0
            Layout.fillWidth: true
            implicitHeight: chart.chartHeight + labels.implicitHeight + 4

            Rectangle { // the 50 line
                y: chart.chartHeight / 2
                width: parent.width
                height: 1
                color: Theme.outline
            }
            Row {
                id: columnsRow
                width: parent.width
                height: chart.chartHeight
                spacing: 4
                Repeater {
                    model: chart.series
                    delegate: Item {
                        id: week
                        required property var modelData
                        width: (columnsRow.width - columnsRow.spacing * (chart.series.length - 1)) / Math.max(1, chart.series.length)
                        height: columnsRow.height
                        Rectangle {
                            anchors.bottom: parent.bottom
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: Math.min(parent.width, 28)
                            height: Math.max(2, parent.height * week.modelData.score)
                            radius: 3
                            color: Theme.accent
                        }
                    }
                }
            }
            Row {
                id: labels
                y: chart.chartHeight + 4
                width: parent.width
                spacing: columnsRow.spacing
                Repeater {
                    model: chart.series
                    delegate: Label {
                        required property var modelData
                        required property int index
                        width: (labels.width - labels.spacing * (chart.series.length - 1)) / Math.max(1, chart.series.length)
                        // every label when there is room, else every third
                        text: width > 40 || index % 3 === 0 || index === chart.series.length - 1 ? modelData.label : ""
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideNone
                        color: Theme.mutedText
                        font.pixelSize: Theme.smallSize * 0.9
                    }
                }
            }
        }
    }
}
