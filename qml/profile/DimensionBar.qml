import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Profile // own C++ types: Qt 6.4's implicit import holds only the QML files

// One judgment dimension: the estimate as a marker on a 0..100 scale, its credible band as a
// lighter range behind it, how much evidence backs it, its trend, and its weight for the role.
// Tab reaches it; Enter or Space shows what the dimension means.
FocusScope {
    id: bar
    property string name
    property string definition
    property real mean: 0.5
    property real low: 0
    property real high: 1
    property int evidence: 0
    property int trend: ProfileModel.Unknown
    property real weight: 0
    property bool isFocus: false
    property bool expanded: false

    readonly property string evidenceText: evidence === 0 ? qsTr("no evidence yet")
                                           : qsTr("%n decision(s)", "", evidence)
    readonly property string trendText: trend === ProfileModel.Rising ? qsTr("↗ rising")
                                        : trend === ProfileModel.Steady ? qsTr("→ steady")
                                        : trend === ProfileModel.Falling ? qsTr("↘ lower lately")
                                        : qsTr("no trend yet")
    readonly property string estimateText: evidence === 0
                                           ? qsTr("not measured yet")
                                           : qsTr("about %1, likely %2 to %3")
                                                 .arg(Math.round(mean * 100))
                                                 .arg(Math.round(low * 100))
                                                 .arg(Math.round(high * 100))
    readonly property string weightText: qsTr("weight for this role %1%").arg(Math.round(weight * 100))

    implicitWidth: 320
    implicitHeight: column.implicitHeight + 2 * Theme.smallGap
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1: %2; %3; %4; %5").arg(name).arg(estimateText).arg(evidenceText)
                         .arg(trendText).arg(weightText) + (isFocus ? qsTr("; a focus for you") : "")
    Accessible.description: definition
    Accessible.onPressAction: expanded = !expanded

    Keys.onSpacePressed: expanded = !expanded
    Keys.onReturnPressed: expanded = !expanded
    Keys.onEnterPressed: expanded = !expanded

    Rectangle {
        anchors.fill: parent
        anchors.margins: -2
        radius: Theme.radius / 2
        color: "transparent"
        border.width: 3
        border.color: Theme.focus
        visible: bar.activeFocus
    }
    MouseArea {
        anchors.fill: parent
        onClicked: {
            bar.forceActiveFocus()
            bar.expanded = !bar.expanded
        }
    }

    ColumnLayout {
        id: column
        x: Theme.smallGap
        y: Theme.smallGap
        width: parent.width - 2 * Theme.smallGap
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallGap
            Label {
                Layout.fillWidth: true
                text: bar.name
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                visible: bar.isFocus
                text: qsTr("Focus")
                color: Theme.focus
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }

        // The scale: a track, the band, and the estimate's marker.
        Item {
            objectName: "scale"
            Layout.fillWidth: true
            implicitHeight: 18
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                height: 8
                radius: 4
                color: Theme.outline
            }
            Rectangle {
                objectName: "band"
                anchors.verticalCenter: parent.verticalCenter
                x: bar.low * parent.width
                width: Math.max(4, (bar.high - bar.low) * parent.width)
                height: 8
                radius: 4
                color: Theme.accent
                opacity: 0.35
            }
            Rectangle {
                objectName: "marker"
                visible: bar.evidence > 0
                x: Math.min(parent.width - width, Math.max(0, bar.mean * parent.width - width / 2))
                width: 4
                height: parent.height
                radius: 2
                color: Theme.accent
            }
        }

        Label {
            objectName: "details"
            Layout.fillWidth: true
            text: bar.estimateText + " · " + bar.evidenceText + " · " + bar.trendText + " · " + bar.weightText
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        MarkdownText {
            objectName: "definition"
            Layout.fillWidth: true
            visible: bar.expanded && bar.definition !== ""
            text: bar.definition
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
    }
}
