import QtQuick
import QtQuick.Controls
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
        width: parent.width
        text: new Date().toLocaleDateString(Qt.locale(), Locale.LongFormat)
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
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
}
