import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Drill // own C++ types: Qt 6.4's implicit import holds only the QML files

// The end of a form of the readiness assessment: the result against the learner's role with
// its uncertainty, per dimension, and then the reasoning held back during the sitting.
ColumnLayout {
    id: results
    required property DrillSession drill
    property bool reviewShown: false
    signal done()
    spacing: Theme.gap

    component RangeBar: Item {
        id: range
        property real mean: 0.5
        property real low: 0
        property real high: 1
        implicitHeight: 18
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: 8
            radius: 4
            color: Theme.outline
        }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            x: range.low * parent.width
            width: Math.max(4, (range.high - range.low) * parent.width)
            height: 8
            radius: 4
            color: Theme.accent
            opacity: 0.35
        }
        Rectangle {
            x: Math.min(parent.width - width, Math.max(0, range.mean * parent.width - width / 2))
            width: 4
            height: parent.height
            radius: 2
            color: Theme.accent
        }
    }

    Label {
        objectName: "resultsHeading"
        Layout.fillWidth: true
        text: qsTr("Your readiness assessment")
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        text: qsTr("This form is closed: it measured your judgment on situations you had not seen. The light band shows how sure each figure is.")
    }

    Rectangle {
        objectName: "overallResult"
        Layout.fillWidth: true
        implicitHeight: overallColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Overall for %1: %2").arg(results.drill.resultRole).arg(results.drill.resultText)
        ColumnLayout {
            id: overallColumn
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.smallGap
            Label {
                Layout.fillWidth: true
                text: qsTr("Overall for %1").arg(results.drill.resultRole)
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "resultText"
                Layout.fillWidth: true
                text: results.drill.resultText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RangeBar {
                Layout.fillWidth: true
                mean: results.drill.resultOverall
                low: results.drill.resultLow
                high: results.drill.resultHigh
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("By dimension")
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Repeater {
        objectName: "resultDimensions"
        model: results.drill.resultDimensions
        delegate: ColumnLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: about %2, likely %3 to %4").arg(modelData.name)
                                 .arg(Math.round(modelData.mean * 100)).arg(Math.round(modelData.low * 100))
                                 .arg(Math.round(modelData.high * 100))
            Label {
                Layout.fillWidth: true
                text: row.modelData.name
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
            }
            RangeBar {
                Layout.fillWidth: true
                mean: row.modelData.mean
                low: row.modelData.low
                high: row.modelData.high
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("about %1, likely %2 to %3 · weight for this role %4%")
                          .arg(Math.round(row.modelData.mean * 100)).arg(Math.round(row.modelData.low * 100))
                          .arg(Math.round(row.modelData.high * 100)).arg(Math.round(row.modelData.weight * 100))
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("Your profile keeps this result apart from your practice. Once you have taken both forms, six weeks apart, it shows how your judgment has changed.")
    }

    Button {
        objectName: "reviewButton"
        text: results.reviewShown ? qsTr("Hide the reasoning") : qsTr("See the reasoning for each answer")
        onClicked: results.reviewShown = !results.reviewShown
    }

    Repeater {
        objectName: "answerReview"
        model: results.reviewShown ? results.drill.answerReview : []
        delegate: Rectangle {
            id: answer
            required property var modelData
            required property int index
            Layout.fillWidth: true
            implicitHeight: answerColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.outline
            ColumnLayout {
                id: answerColumn
                x: Theme.gap
                y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: Theme.smallGap
                Label {
                    Layout.fillWidth: true
                    text: answer.modelData.drillTitle
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                MarkdownText {
                    Layout.fillWidth: true
                    text: answer.modelData.prompt
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: answer.modelData.chosenWasBest ? qsTr("You chose one of the strongest options:")
                                                         : qsTr("You chose:")
                    color: Theme.accent
                    font.bold: true
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                MarkdownText {
                    Layout.fillWidth: true
                    text: answer.modelData.chosenText
                }
                MarkdownText {
                    Layout.fillWidth: true
                    text: answer.modelData.chosenFeedback
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    visible: !answer.modelData.chosenWasBest
                    text: qsTr("The strongest option:")
                    color: Theme.accent
                    font.bold: true
                    font.pixelSize: Theme.smallSize
                }
                MarkdownText {
                    Layout.fillWidth: true
                    visible: !answer.modelData.chosenWasBest
                    text: answer.modelData.bestText
                }
                MarkdownText {
                    Layout.fillWidth: true
                    visible: !answer.modelData.chosenWasBest
                    text: answer.modelData.bestFeedback
                    color: Theme.mutedText
                }
            }
        }
    }

    Button {
        objectName: "doneButton"
        text: qsTr("Done")
        highlighted: true
        onClicked: results.done()
    }
}
