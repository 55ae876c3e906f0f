import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Drill // own C++ types: Qt 6.4's implicit import holds only the QML files

// The reasoning behind the chosen option and, when it differs, behind the strongest one.
ColumnLayout {
    id: step
    required property DrillSession drill
    spacing: Theme.gap

    Label {
        text: qsTr("Saved. Here is the reasoning.")
        color: Theme.accent
        font.bold: true
        font.pixelSize: Theme.smallSize
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: chosenColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
        ColumnLayout {
            id: chosenColumn
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.smallGap
            Label {
                text: step.drill.chosenWasBest ? qsTr("Your choice, and the strongest option")
                                               : qsTr("Your choice")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            MarkdownText {
                Layout.fillWidth: true
                text: step.drill.chosenText
                color: Theme.mutedText
            }
            MarkdownText {
                objectName: "chosenFeedback"
                Layout.fillWidth: true
                text: step.drill.chosenFeedback
            }
        }
    }

    Rectangle {
        objectName: "bestCard"
        visible: !step.drill.chosenWasBest
        Layout.fillWidth: true
        implicitHeight: bestColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.takeawayBackground
        ColumnLayout {
            id: bestColumn
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.smallGap
            Label {
                text: qsTr("The strongest option")
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            MarkdownText {
                Layout.fillWidth: true
                text: step.drill.bestText
                color: Theme.mutedText
            }
            MarkdownText {
                objectName: "bestFeedback"
                Layout.fillWidth: true
                text: step.drill.bestFeedback
            }
        }
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        onActivated: step.drill.proceed()
    }

    Button {
        objectName: "proceedButton"
        text: step.drill.lastDecision ? qsTr("See the summary") : qsTr("Next decision")
        highlighted: true
        onClicked: step.drill.proceed()
    }
}
