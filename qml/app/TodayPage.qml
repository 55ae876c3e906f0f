import QtQuick
import Groundwork.Today

// The Today section, loaded by file name like the others (see TracksPage.qml): the first run,
// which shows no section, loads none of Today's files.
TodayView {
    required property Main shell
    today: shell.models.today
    onLessonRequested: lessonId => shell.openLesson(lessonId)
    onDrillRequested: drillId => shell.openDrill(drillId)
    onAssessmentRequested: shell.openAssessment()
}
