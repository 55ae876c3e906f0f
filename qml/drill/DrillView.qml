import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Drill // own C++ types: Qt 6.4's implicit import holds only the QML files

// A judgment drill from the situation to the summary. Leaving midway is safe: every submitted
// decision is already on disk, and opening the drill again continues from the next one.
// In Assessment mode the same page plays a form of the readiness assessment: no feedback
// until the results at the end.
ReadingPage {
    id: view
    required property DrillSession drill
    readonly property bool assessing: drill.mode === DrillSession.Assessment
    readonly property bool showingResults: drill.phase === DrillSession.Results
    signal closed()

    Label {
        id: assessmentHeader
        objectName: "assessmentHeader"
        visible: view.assessing
        width: parent.width
        wrapMode: Text.Wrap
        text: view.showingResults ? qsTr("Readiness assessment · form %1").arg(view.drill.formName)
                                  : qsTr("Readiness assessment · form %1 · situation %2 of %3")
                                    .arg(view.drill.formName).arg(view.drill.situation).arg(view.drill.situations)
        color: Theme.accent
        font.bold: true
        font.pixelSize: Theme.smallSize
    }
    Label {
        objectName: "assessmentNote"
        visible: view.assessing && !view.showingResults
        width: parent.width
        wrapMode: Text.Wrap
        text: qsTr("Each answer is saved as you go. The scores and the reasoning come at the end, after the last situation.")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
    }

    Label {
        width: parent.width
        visible: !view.showingResults
        text: view.drill.scenarioName
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
    }
    Label {
        width: parent.width
        visible: !view.showingResults
        text: view.drill.title
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        objectName: "resumedNote"
        visible: view.drill.resumed && view.drill.phase === DrillSession.Deciding
        width: parent.width
        wrapMode: Text.Wrap
        color: Theme.accent
        text: qsTr("Welcome back: you are continuing where you left off.")
    }

    Rectangle {
        visible: !view.showingResults
        width: parent.width
        height: settingText.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
        MarkdownText {
            id: settingText
            objectName: "setting"
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            text: view.drill.setting
        }
    }

    Loader {
        id: stepLoader
        width: parent.width
        // Feedback, the next decision and the summary appear below the situation: show them.
        // (Qt 6.4's qmllint takes Qt.callLater, a QJSValue property, for a possible non-method.)
        // The results start at the top of the page, under the assessment's header.
        onLoaded: if (view.drill.phase !== DrillSession.Results
                      && (view.drill.phase !== DrillSession.Deciding || view.drill.step > 1))
                      Qt.callLater(view.scrollToTop, stepLoader) // qmllint disable type
        sourceComponent: view.drill.phase === DrillSession.Deciding ? decisionComponent
                       : view.drill.phase === DrillSession.Feedback ? feedbackComponent
                       : view.drill.phase === DrillSession.Summary ? summaryComponent
                       : view.drill.phase === DrillSession.Results ? resultsComponent : null
    }

    // In the assessment one decision follows another on the same step: back to the top for
    // the next situation, to the decision for the next decision of the same situation.
    Connections {
        target: view.drill
        enabled: view.assessing
        function onDrillChanged() { Qt.callLater(view.scrollToTop, assessmentHeader) } // qmllint disable type
        function onStepChanged() {
            if (view.drill.phase === DrillSession.Deciding && view.drill.step > 1)
                Qt.callLater(view.scrollToTop, stepLoader) // qmllint disable type
        }
    }

    Component {
        id: decisionComponent
        DecisionStep { drill: view.drill }
    }
    Component {
        id: feedbackComponent
        FeedbackStep { drill: view.drill }
    }
    Component {
        id: resultsComponent
        AssessmentResults {
            drill: view.drill
            onDone: view.closed()
        }
    }
    Component {
        id: summaryComponent
        DrillSummary {
            drill: view.drill
            onDone: view.closed()
        }
    }
}
