import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Today // own C++ types: Qt 6.4's implicit import holds only the QML files

// Today: one lesson and one drill, and the week so far. On a rest day it is simply a rest day.
ReadingPage {
    id: view
    required property TodayViewModel today
    property bool practiseAnyway: false
    readonly property bool resting: today.restDay && !today.practisedToday && !practiseAnyway
    signal lessonRequested(string lessonId)
    signal drillRequested(string drillId)
    signal assessmentRequested()

    Text {
        objectName: "todayDate"
        width: parent.width
        text: view.today.dateText
        color: Theme.mutedText
        font.pixelSize: Theme.labelSize
        font.weight: Font.Medium
    }

    // The cards that show only now and then (a rest day, the assessment, last week's
    // "try it") are built only while they show: most days none of them is on screen.
    Loader {
        objectName: "restCard"
        active: view.resting
        visible: active
        width: parent.width
        sourceComponent: Rectangle {
            implicitHeight: restColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.takeawayBackground
            Column {
                id: restColumn
                x: Theme.gap
                y: Theme.gap
                width: parent.width - 2 * Theme.gap
                spacing: Theme.smallGap
                Text {
                    text: qsTr("Rest day")
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Text {
                    width: parent.width
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    text: qsTr("You chose today as a rest day. Nothing is waiting for you; rest is part of the plan.")
                }
                Button {
                    objectName: "practiseAnywayButton"
                    flat: true
                    text: qsTr("Practise anyway")
                    onClicked: view.practiseAnyway = true
                }
            }
        }
    }

    Loader {
        objectName: "assessmentCard"
        active: !view.resting && view.today.assessmentOffer !== TodayViewModel.None
        visible: active
        width: parent.width
        sourceComponent: AssessmentOfferCard {
            today: view.today
            onStarted: view.assessmentRequested()
        }
    }

    // By file name, so that neither it nor the text area it holds is loaded until it shows.
    Loader {
        objectName: "tryItRecall"
        readonly property bool shown: view.today.tryItLessonId !== ""
        visible: shown
        width: parent.width
        onShownChanged: show()
        Component.onCompleted: show()
        function show() {
            if (shown)
                setSource("TryItRecall.qml", { today: view.today })
            else
                source = ""
        }
    }

    PlanCard {
        objectName: "lessonCard"
        visible: !view.resting
        width: parent.width
        kind: qsTr("Lesson · %1").arg(view.today.trackTitle)
        title: view.today.lessonId !== "" ? view.today.lessonTitle
                                                 : qsTr("Every lesson of this track is done")
        detail: view.today.lessonId !== "" ? view.today.lessonSummary
                                                  : qsTr("Browse the tracks to revisit a lesson or try another track.")
        actionText: view.today.lessonId !== "" ? qsTr("Start lesson") : ""
        onActivated: view.lessonRequested(view.today.lessonId)
    }

    PlanCard {
        objectName: "drillCard"
        visible: !view.resting && view.today.drillId !== ""
        width: parent.width
        kind: view.today.drillIsReview ? qsTr("Review · %1").arg(view.today.drillFocus)
                                              : qsTr("Drill · %1").arg(view.today.drillFocus)
        highlightKind: view.today.drillIsReview
        title: view.today.drillTitle
        detail: view.today.drillIsReview
                ? qsTr("A drill you have met before, back because this is an area to strengthen.")
                : qsTr("A new situation, chosen for the area where your evidence is thinnest.")
        actionText: view.today.drillIsReview ? qsTr("Start review") : qsTr("Start drill")
        onActivated: view.drillRequested(view.today.drillId)
    }

    WeeklyGoalCard {
        width: parent.width
        sessions: view.today.sessionsThisWeek
        target: view.today.weeklyTarget
        weeksOnTrack: view.today.weeksOnTrack
        weeksCounted: view.today.weeksCounted
    }

    // The readiness assessment, offered on Today at the start, when a sitting was left midway, and
    // six weeks on. "Skip for now" simply hides it here; Profile keeps it open, quietly.
    component AssessmentOfferCard: Rectangle {
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
                font.pixelSize: Theme.labelSize
                font.weight: Font.Medium
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

    // One thing to do today: a label (Lesson, Drill, Review), a title, a line of context and a button.
    component PlanCard: Rectangle {
        id: card
        property string kind
        property string title
        property string detail
        property string actionText
        property bool highlightKind: false
        signal activated()

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
                text: card.kind
                font.pixelSize: Theme.labelSize
                font.weight: Font.Medium
                color: card.highlightKind ? Theme.focus : Theme.accent
            }
            Text {
                width: parent.width
                text: card.title
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Text {
                width: parent.width
                visible: text !== ""
                text: card.detail
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            ActionButton {
                objectName: card.objectName + "Button"
                visible: card.actionText !== ""
                text: card.actionText
                onClicked: card.activated()
                Accessible.name: card.actionText + ": " + card.title
            }
        }
    }

    // Progress toward the weekly goal, told neutrally: what happened, never what was "lost".
    component WeeklyGoalCard: Rectangle {
        id: card
        required property int sessions
        required property int target
        required property int weeksOnTrack
        required property int weeksCounted

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
                text: qsTr("This week")
                font.pixelSize: Theme.labelSize
                font.weight: Font.Medium
                color: Theme.accent
            }
            Text {
                objectName: "weekSummary"
                width: parent.width
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: card.sessions >= card.target && card.target > 0
                      ? qsTr("%1 of %2 sessions: this week's goal is met.").arg(card.sessions).arg(card.target)
                      : qsTr("%1 of %2 sessions so far.").arg(card.sessions).arg(card.target)
            }
            Row {
                spacing: 6
                Accessible.role: Accessible.ProgressBar
                Accessible.name: qsTr("%1 of %2 sessions this week").arg(card.sessions).arg(card.target)
                Repeater {
                    model: Math.max(card.target, card.sessions)
                    delegate: Rectangle {
                        required property int index
                        width: 18
                        height: 18
                        radius: 9
                        color: index < card.sessions ? Theme.accent : "transparent"
                        border.color: Theme.accent
                        border.width: 2
                    }
                }
            }
            Text {
                visible: card.weeksCounted > 1
                width: parent.width
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                text: qsTr("Goal met in %1 of the %2 weeks since you started.").arg(card.weeksOnTrack).arg(card.weeksCounted)
            }
        }
    }
}
