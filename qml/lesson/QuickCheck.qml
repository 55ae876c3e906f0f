import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// The lesson's quick check: pick an answer, then see whether it was right and why.
Column {
    id: check
    required property string question
    required property var options
    required property int correctIndex
    required property string explanation
    property int chosen: -1
    property bool answered: false
    spacing: Theme.smallGap

    Label {
        width: parent.width
        text: qsTr("Quick check")
        font.bold: true
        font.pixelSize: Theme.headingSize
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    MarkdownText {
        width: parent.width
        text: check.question
    }

    ButtonGroup { id: choices }

    Repeater {
        model: check.options
        delegate: RadioButton {
            id: option
            objectName: "checkOption" + index
            required property int index
            required property string modelData
            width: check.width
            text: modelData
            enabled: !check.answered
            ButtonGroup.group: choices
            onToggled: check.chosen = index
            contentItem: Text {
                leftPadding: option.indicator.width + option.spacing
                text: option.text
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    Button {
        objectName: "checkButton"
        text: qsTr("Check my answer")
        enabled: check.chosen >= 0 && !check.answered
        highlighted: true
        onClicked: check.answered = true
    }

    Label {
        objectName: "verdict"
        visible: check.answered
        width: parent.width
        wrapMode: Text.Wrap
        font.bold: true
        color: Theme.text
        text: check.chosen === check.correctIndex ? qsTr("Right.") : qsTr("Not quite.")
    }
    MarkdownText {
        objectName: "explanation"
        visible: check.answered
        width: parent.width
        text: check.explanation
    }
}
