import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// First-run step 2: the weekly goal (sessions and rest days).
// Loaded by file name when first reached (FirstRunView.qml): the first frame loads only the
// welcome.
Column {
    id: page
    required property FirstRunView view

    spacing: Theme.gap
    Label {
        width: parent.width
        text: qsTr("A weekly goal, not a streak")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        width: parent.width
        text: qsTr("How many days a week would you like to practise? Mark the days you keep free; nothing is waiting for you on a rest day.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    GoalEditor {
        id: goalEditor
        objectName: "goalEditor"
        width: parent.width
        Component.onCompleted: {
            sessionsPerWeek = page.view.goal.sessionsPerWeek
            restDays = Array.from(page.view.goal.restDays)
        }
        onEdited: goalError.text = ""
    }
    Label {
        id: goalError
        objectName: "goalError"
        width: parent.width
        visible: text !== ""
        color: Theme.focus
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    StepButtons {
        width: parent.width
        onBack: page.view.step -= 1
        onSkip: page.view.next()
        onAccept: goalError.text = page.view.applyGoal(goalEditor.sessionsPerWeek, goalEditor.restDays)
    }
}
