import QtQuick
import Groundwork.Lesson

// A lesson over the sections, pushed by file name when one is opened (see TracksPage.qml).
LessonView {
    required property Main shell
    lesson: shell.models.lesson
    narration: shell.models.narration
}
