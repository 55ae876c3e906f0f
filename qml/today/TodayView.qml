import QtQuick
import QtQuick.Controls
import Groundwork.Ui

// Today: one lesson and one drill, and the week so far. On a rest day it is simply a rest day.
ReadingPage {
    id: view
    required property QtObject session
    property bool practiseAnyway: false
    readonly property bool resting: session.restDay && !session.practisedToday && !practiseAnyway
    signal lessonRequested(string lessonId)
    signal drillRequested(string drillId)

    Label {
        width: parent.width
        text: new Date().toLocaleDateString(Qt.locale(), Locale.LongFormat)
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
    }

    Rectangle {
        objectName: "restCard"
        visible: view.resting
        width: parent.width
        height: restColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.takeawayBackground
        Column {
            id: restColumn
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.smallGap
            Label {
                text: qsTr("Rest day")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
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

    PlanCard {
        objectName: "lessonCard"
        visible: !view.resting
        width: parent.width
        kind: qsTr("Lesson · %1").arg(view.session.trackTitle)
        title: view.session.todayLessonId !== "" ? view.session.todayLessonTitle
                                                 : qsTr("Every lesson of this track is done")
        detail: view.session.todayLessonId !== "" ? view.session.todayLessonSummary
                                                  : qsTr("Browse the tracks to revisit a lesson or try another track.")
        actionText: view.session.todayLessonId !== "" ? qsTr("Start lesson") : ""
        onActivated: view.lessonRequested(view.session.todayLessonId)
    }

    PlanCard {
        objectName: "drillCard"
        visible: !view.resting && view.session.todayDrillId !== ""
        width: parent.width
        kind: view.session.todayDrillIsReview ? qsTr("Review · %1").arg(view.session.todayDrillFocus)
                                              : qsTr("Drill · %1").arg(view.session.todayDrillFocus)
        highlightKind: view.session.todayDrillIsReview
        title: view.session.todayDrillTitle
        detail: view.session.todayDrillIsReview
                ? qsTr("A drill you have met before, back because this is an area to strengthen.")
                : qsTr("A new situation, chosen for the area where your evidence is thinnest.")
        actionText: view.session.todayDrillIsReview ? qsTr("Start review") : qsTr("Start drill")
        onActivated: view.drillRequested(view.session.todayDrillId)
    }

    WeeklyGoalCard {
        width: parent.width
        sessions: view.session.sessionsThisWeek
        target: view.session.weeklyTarget
        weeksOnTrack: view.session.weeksOnTrack
        weeksCounted: view.session.weeksCounted
    }
}
