import QtQuick
import QtTest
import Groundwork.Today

TestCase {
    id: testCase
    name: "TodayView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    QtObject {
        id: fakeSession
        property string trackTitle: "Ready to lead"
        property string todayLessonId: "l1"
        property string todayLessonTitle: "Lesson one"
        property string todayLessonSummary: "About lesson one"
        property string todayDrillId: "d1"
        property string todayDrillTitle: "Drill one"
        property bool todayDrillIsReview: false
        property string todayDrillFocus: "Delegation"
        property bool restDay: false
        property bool practisedToday: false
        property int sessionsThisWeek: 1
        property int weeklyTarget: 4
        property int weeksOnTrack: 0
        property int weeksCounted: 1
    }

    Component {
        id: todayComponent
        TodayView { width: 360; height: 640; session: fakeSession }
    }

    SignalSpy { id: lessonSpy; signalName: "lessonRequested" }
    SignalSpy { id: drillSpy; signalName: "drillRequested" }

    function init() {
        fakeSession.restDay = false
        fakeSession.practisedToday = false
        fakeSession.todayDrillIsReview = false
        fakeSession.todayLessonId = "l1"
        fakeSession.sessionsThisWeek = 1
    }

    function test_offers_the_lesson_and_the_drill() {
        const view = createTemporaryObject(todayComponent, testCase)
        lessonSpy.target = view
        drillSpy.target = view
        lessonSpy.clear()
        drillSpy.clear()
        mouseClick(findChild(view, "lessonCardButton"))
        compare(lessonSpy.count, 1)
        compare(lessonSpy.signalArguments[0][0], "l1")
        mouseClick(findChild(view, "drillCardButton"))
        compare(drillSpy.signalArguments[0][0], "d1")
    }

    function test_review_is_marked_as_review() {
        fakeSession.todayDrillIsReview = true
        const view = createTemporaryObject(todayComponent, testCase)
        compare(findChild(view, "drillCard").kind, "Review · Delegation")
        compare(findChild(view, "drillCardButton").text, "Start review")
    }

    function test_rest_day_is_a_real_rest() {
        fakeSession.restDay = true
        const view = createTemporaryObject(todayComponent, testCase)
        verify(findChild(view, "restCard").visible)
        verify(!findChild(view, "lessonCard").visible, "nothing is pushed on a rest day")
        verify(!findChild(view, "drillCard").visible)
        mouseClick(findChild(view, "practiseAnywayButton"))
        verify(findChild(view, "lessonCard").visible, "but practice stays one tap away")
    }

    function test_week_progress_is_neutral() {
        const view = createTemporaryObject(todayComponent, testCase)
        compare(findChild(view, "weekSummary").text, "1 of 4 sessions so far.")
        fakeSession.sessionsThisWeek = 4
        compare(findChild(view, "weekSummary").text, "4 of 4 sessions: this week's goal is met.")
    }

    function test_finished_track_offers_no_dead_button() {
        fakeSession.todayLessonId = ""
        const view = createTemporaryObject(todayComponent, testCase)
        verify(!findChild(view, "lessonCardButton").visible)
    }
}
