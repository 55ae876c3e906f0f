import QtQuick
import Groundwork.Tracks

// The Tracks section. Main.qml loads it by file name when it is first shown, so neither it
// nor its module's files are loaded before Today's first frame.
TracksView {
    required property Main shell
    tracks: shell.models.tracks
    onLessonRequested: lessonId => shell.openLesson(lessonId)
    onDrillRequested: drillId => shell.openDrill(drillId)
    onRoleRequested: shell.openRole()
}
