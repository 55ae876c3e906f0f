import QtQuick
import QtQuick.Controls
import Groundwork.Ui
import Groundwork.Today // own C++ types: Qt 6.4's implicit import holds only the QML files

// The readiness assessment, offered on Today at the start, when a sitting was left midway, and
// six weeks on. "Skip for now" simply hides it here; Profile keeps it open, quietly.
Rectangle {
    id: card
    required property TodayViewModel today
    signal started()

    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline

    // A Column, not a ColumnLayout: the layout measured each wrapped label twice over.
    Column {
        id: column
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap

        Text {
            text: qsTr("Readiness assessment · form %1").arg(card.today.assessmentForm)
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.accent
        }
        Text {
            width: parent.width
            text: card.today.assessmentOffer === TodayViewModel.Continue
                  ? qsTr("Continue your assessment")
                  : !card.today.assessmentFirstSitting
                    ? qsTr("Six weeks on: see how your judgment has grown")
                    : card.today.assessmentOffer === TodayViewModel.SixWeeks
                      ? qsTr("Where do you stand today?")
                      : qsTr("Where do you start from?")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Text {
            objectName: "assessmentDetail"
            width: parent.width
            text: card.today.assessmentOffer === TodayViewModel.Continue
                  ? qsTr("Your answers so far are saved. The rest of the form is waiting where you left it.")
                  : qsTr("%n situation(s) you have not seen, taken once. No feedback until the end; then your result against your role, with how sure it is.", "", card.today.assessmentSituations)
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Flow {
            width: parent.width
            spacing: Theme.smallGap
            ActionButton {
                objectName: "startAssessmentButton"
                text: card.today.assessmentOffer === TodayViewModel.Continue ? qsTr("Continue")
                                                                             : qsTr("Start the assessment")
                onClicked: card.started()
            }
            Button {
                objectName: "skipAssessmentButton"
                flat: true
                text: qsTr("Skip for now")
                Accessible.name: qsTr("Skip for now; you can take it later from your profile")
                onClicked: card.today.skipAssessment()
            }
        }
    }
}
