import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Onboarding // own C++ types: Qt 6.4's implicit import holds only the QML files

// The first start: what Groundwork is for, a track, a weekly goal and an optional cohort
// invite code. Every step can be skipped; finishing (or skipping the last step) marks the
// first run done and emits finished().
ReadingPage {
    id: view
    required property FirstRunViewModel firstRun
    required property GoalViewModel goal
    signal finished()

    readonly property int stepCount: 4
    property int step: 0
    // Each step is built when first reached and then kept (so Back keeps what was entered):
    // the first frame shows the welcome alone.
    property int furthestStep: 0
    onStepChanged: furthestStep = Math.max(furthestStep, step)
    property string chosenTrack: firstRun.trackId

    function next() {
        if (step + 1 < stepCount)
            step += 1
        else
            finish()
    }
    function finish() {
        firstRun.finish()
        finished()
    }
    function applyTrack() {
        firstRun.follow(chosenTrack)
        next()
    }
    // Saves the goal step's choice and moves on; returns why it could not, or "".
    function applyGoal(sessionsPerWeek: int, restDays: list<int>): string {
        if (goal.isCurrent(sessionsPerWeek, restDays) || goal.save(sessionsPerWeek, restDays)) {
            next()
            return ""
        }
        return goal.lastError !== "" ? goal.lastError : qsTr("The goal could not be saved.")
    }
    function applyCode(code: string) {
        firstRun.inviteCode = code
        finish()
    }

    // Built once the welcome is left: a hidden label still lays out its text, and the welcome
    // shows no other text of its size (1.9 M instructions before the first frame).
    Loader {
        active: view.step > 0
        visible: active
        width: parent.width
        sourceComponent: Label {
            objectName: "stepLabel"
            text: qsTr("Step %1 of %2").arg(view.step).arg(view.stepCount - 1)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
        }
    }

    // 0: welcome ---------------------------------------------------------------------------
    Column {
        objectName: "welcomeStep"
        visible: view.step === 0
        width: parent.width
        spacing: Theme.gap
        Label {
            width: parent.width
            text: qsTr("Welcome to Groundwork")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "welcomeText"
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            lineHeight: 1.25
            text: qsTr("Groundwork helps you find out whether management is for you, and lets you practise its judgment calls before a promotion, not after.")
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            lineHeight: 1.25
            text: qsTr("About 5 minutes a day: a short lesson you can listen to, and a decision drill. No streaks and nothing to lose: you set a weekly goal that fits your life, with rest days.")
        }
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            lineHeight: 1.25
            text: qsTr("Management is a choice. Deciding to stay an individual contributor is a good outcome too.")
        }
        Flow {
            width: parent.width
            spacing: Theme.smallGap
            Button {
                objectName: "startButton"
                text: qsTr("Get started")
                highlighted: true
                onClicked: view.next()
            }
            Button {
                objectName: "skipAllButton"
                text: qsTr("Skip setup")
                flat: true
                onClicked: view.finish()
                Accessible.name: qsTr("Skip setup and start with the defaults")
            }
        }
    }

    // 1: track -----------------------------------------------------------------------------
    Loader {
        objectName: "trackStep"
        visible: view.step === 1
        width: parent.width
        readonly property bool reached: view.furthestStep >= 1
        onReachedChanged: if (reached) setSource("TrackStep.qml", { view: view })
        Component.onCompleted: if (reached) setSource("TrackStep.qml", { view: view })
    }

    // 2: weekly goal ----------------------------------------------------------------------------
    Loader {
        objectName: "goalStep"
        visible: view.step === 2
        width: parent.width
        readonly property bool reached: view.furthestStep >= 2
        onReachedChanged: if (reached) setSource("GoalStep.qml", { view: view })
        Component.onCompleted: if (reached) setSource("GoalStep.qml", { view: view })
    }

    // 3: cohort ----------------------------------------------------------------------------
    Loader {
        objectName: "cohortStep"
        visible: view.step === 3
        width: parent.width
        readonly property bool reached: view.furthestStep >= 3
        onReachedChanged: if (reached) setSource("CohortStep.qml", { view: view })
        Component.onCompleted: if (reached) setSource("CohortStep.qml", { view: view })
    }
}
