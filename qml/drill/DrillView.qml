import QtQuick
import QtQuick.Controls
import Groundwork.Ui
import Groundwork.Drill // own C++ types: Qt 6.4's implicit import holds only the QML files

// A judgment drill from the situation to the summary. Leaving midway is safe: every submitted
// decision is already on disk, and opening the drill again continues from the next one.
ReadingPage {
    id: view
    required property DrillSession drill
    signal closed()

    Label {
        width: parent.width
        text: view.drill.scenarioName
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
    }
    Label {
        width: parent.width
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
        onLoaded: if (view.drill.phase !== DrillSession.Deciding || view.drill.step > 1)
                      Qt.callLater(view.scrollToTop, stepLoader) // qmllint disable type
        sourceComponent: view.drill.phase === DrillSession.Deciding ? decisionComponent
                       : view.drill.phase === DrillSession.Feedback ? feedbackComponent
                       : view.drill.phase === DrillSession.Summary ? summaryComponent : null
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
        id: summaryComponent
        DrillSummary {
            drill: view.drill
            onDone: view.closed()
        }
    }
}
