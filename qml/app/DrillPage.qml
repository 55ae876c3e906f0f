import QtQuick
import Groundwork.Drill

// A drill or the assessment over the sections, pushed by file name when opened (see TracksPage.qml).
DrillView {
    required property Main shell
    drill: shell.models.drill
    onClosed: shell.goBack()
}
