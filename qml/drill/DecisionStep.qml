import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Drill // own C++ types: Qt 6.4's implicit import holds only the QML files

// One decision: the prompt, the options, and the confidence rating; submitting saves it.
ColumnLayout {
    id: step
    required property DrillSession drill
    property string chosenOption: ""
    spacing: Theme.gap

    Label {
        objectName: "stepLabel"
        text: qsTr("Decision %1").arg(step.drill.step)
        color: Theme.accent
        font.bold: true
        font.pixelSize: Theme.smallSize
    }
    MarkdownText {
        objectName: "prompt"
        Layout.fillWidth: true
        text: step.drill.prompt
        font.bold: true
    }

    ButtonGroup { id: optionGroup }
    Repeater {
        model: step.drill.options
        delegate: RadioButton {
            id: optionButton
            required property var modelData
            required property int index
            objectName: "option" + index
            Layout.fillWidth: true
            ButtonGroup.group: optionGroup
            checked: step.chosenOption === modelData.optionId
            onToggled: if (checked) step.chosenOption = modelData.optionId
            text: modelData.text
            Accessible.name: modelData.text
            contentItem: MarkdownText {
                leftPadding: optionButton.indicator.width + optionButton.spacing
                text: optionButton.text
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    // Keyboard accelerators: 1-4 choose an option, Ctrl+1-4 rate confidence, Ctrl+Enter submits.
    Shortcut { sequence: "1"; enabled: step.drill.options.length > 0; onActivated: step.choose(0) }
    Shortcut { sequence: "2"; enabled: step.drill.options.length > 1; onActivated: step.choose(1) }
    Shortcut { sequence: "3"; enabled: step.drill.options.length > 2; onActivated: step.choose(2) }
    Shortcut { sequence: "4"; enabled: step.drill.options.length > 3; onActivated: step.choose(3) }
    Shortcut { sequence: "Ctrl+1"; onActivated: confidence.chosen = confidence.levels[0] }
    Shortcut { sequence: "Ctrl+2"; onActivated: confidence.chosen = confidence.levels[1] }
    Shortcut { sequence: "Ctrl+3"; onActivated: confidence.chosen = confidence.levels[2] }
    Shortcut { sequence: "Ctrl+4"; onActivated: confidence.chosen = confidence.levels[3] }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: submitButton.enabled
        onActivated: submitButton.clicked()
    }

    function choose(index) {
        chosenOption = drill.options[index].optionId
    }

    ConfidencePicker {
        id: confidence
        Layout.fillWidth: true
        levels: step.drill.confidenceLevels
    }

    Label {
        id: saveError
        objectName: "saveError"
        visible: text !== ""
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.focus
    }

    Button {
        id: submitButton
        objectName: "submitButton"
        readonly property bool assessing: step.drill.mode === DrillSession.Assessment
        text: assessing ? qsTr("Save and go on") : qsTr("Submit my answer")
        highlighted: true
        enabled: step.chosenOption !== "" && confidence.chosen > 0
        Accessible.name: assessing ? qsTr("Save my answer and go on; the feedback comes at the end")
                                   : qsTr("Submit my answer and see the feedback")
        onClicked: {
            const saved = step.drill.submit(step.chosenOption, confidence.chosen)
            if (saved) {
                step.chosenOption = ""
                confidence.chosen = 0
            }
            saveError.text = saved ? "" : qsTr("Your answer could not be saved, so nothing changed. Please try again.")
        }
    }
}
