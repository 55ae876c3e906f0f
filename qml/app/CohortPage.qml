import QtQuick
import Groundwork.Ui
import Groundwork.Cohort

// The Cohort section, loaded by file name when first shown (see TracksPage.qml).
ReadingPage {
    id: page
    required property Main shell
    CohortView {
        width: parent.width
        cohort: page.shell.models.cohort
        suggestedInviteCode: page.shell.preferences.cohortInviteCode
        onLeadModeRequested: page.shell.openLead("")
    }
}
