import QtQuick
import Groundwork.Lead

// Lead mode over the Cohort section, pushed by file name when opened (see TracksPage.qml).
LeadView {
    required property Main shell
    session: shell.models.lead
}
