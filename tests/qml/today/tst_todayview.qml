import QtQuick
import QtTest
import Groundwork.Today

// Today over the real TodayViewModel (tests/qml/fixture): the view-model pack's
// "ready-to-lead" track, an empty store, Monday 3 March 2025.
TestCase {
    id: testCase
    name: "TodayView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: todayComponent
        TodayView { width: 360; height: 640; today: fixture.today }
    }

    SignalSpy { id: lessonSpy; signalName: "lessonRequested" }
    SignalSpy { id: drillSpy; signalName: "drillRequested" }

    function init() {
        fixture.reset()
        lessonSpy.clear()
        drillSpy.clear()
    }

    function test_offers_the_lesson_and_the_drill() {
        const view = createTemporaryObject(todayComponent, testCase)
        lessonSpy.target = view
        drillSpy.target = view
        compare(findChild(view, "lessonCard").title, "Lesson l1")
        compare(findChild(view, "lessonCard").kind, "Lesson · Ready to lead")
        mouseClick(findChild(view, "lessonCardButton"))
        compare(lessonSpy.count, 1)
        compare(lessonSpy.signalArguments[0][0], "l1")
        verify(!fixture.today.drillIsReview, "nothing to review in an empty store")
        compare(findChild(view, "drillCardButton").text, "Start drill")
        mouseClick(findChild(view, "drillCardButton"))
        compare(drillSpy.signalArguments[0][0], fixture.today.drillId)
        verify(["handover", "bar"].indexOf(drillSpy.signalArguments[0][0]) >= 0)
    }

    // The date is the learner's day as the plan counts it (the fixture's clock, not the
    // machine's), in the language's long form, and it moves on with the day.
    function test_date_is_the_learners_day() {
        const view = createTemporaryObject(todayComponent, testCase)
        const date = findChild(view, "todayDate")
        compare(date.text, new Date(2025, 2, 3).toLocaleDateString(Qt.locale(), Locale.LongFormat))
        fixture.advanceDays(1)
        compare(date.text, new Date(2025, 2, 4).toLocaleDateString(Qt.locale(), Locale.LongFormat))
    }

    // A drill played badly comes back for review once it is due.
    function test_review_is_marked_as_review() {
        verify(fixture.playHandover("do-it", "check-daily", 50))
        verify(fixture.playBar("own-bar", 50))
        for (let day = 0; day < 30 && !fixture.today.drillIsReview; ++day)
            fixture.advanceDays(1)
        verify(fixture.today.drillIsReview, "a review falls due within a month")
        const view = createTemporaryObject(todayComponent, testCase)
        compare(findChild(view, "drillCard").kind, "Review · " + fixture.today.drillFocus)
        verify(fixture.today.drillFocus.startsWith("Dimension "))
        compare(findChild(view, "drillCardButton").text, "Start review")
    }

    function test_rest_day_is_a_real_rest() {
        verify(fixture.goal.save(4, [1])) // Monday, today
        const view = createTemporaryObject(todayComponent, testCase)
        verify(findChild(view, "restCard").visible)
        verify(!findChild(view, "lessonCard").visible, "nothing is pushed on a rest day")
        verify(!findChild(view, "drillCard").visible)
        mouseClick(findChild(view, "practiseAnywayButton"))
        verify(findChild(view, "lessonCard").visible, "but practice stays one tap away")
    }

    function test_week_progress_is_neutral() {
        const view = createTemporaryObject(todayComponent, testCase)
        compare(findChild(view, "weekSummary").text, "0 of 4 sessions so far.")
        verify(fixture.lesson.open("l1"))
        verify(fixture.lesson.finish())
        compare(findChild(view, "weekSummary").text, "1 of 4 sessions so far.")
        verify(fixture.goal.save(1, []))
        compare(findChild(view, "weekSummary").text, "1 of 1 sessions: this week's goal is met.")
    }

    function test_finished_track_offers_no_dead_button() {
        for (const lesson of ["l1", "l2"]) {
            verify(fixture.lesson.open(lesson))
            verify(fixture.lesson.finish())
        }
        const view = createTemporaryObject(todayComponent, testCase)
        compare(findChild(view, "lessonCard").title, "Every lesson of this track is done")
        verify(!findChild(view, "lessonCardButton").visible)
    }
}
