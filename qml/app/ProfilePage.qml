import QtQuick
import Groundwork.Profile

// The Profile section, loaded by file name when first shown (see TracksPage.qml).
ProfileView {
    required property Main shell
    profile: shell.models.profile
    onAssessmentRequested: shell.openAssessment()
    onResultsRequested: form => shell.openAssessmentResults(form)
    Component.onCompleted: {
        if (shell.takeRoleFocus())
            showRolePicker()
    }
}
