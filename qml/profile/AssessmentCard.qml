import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Profile // own C++ types: Qt 6.4's implicit import holds only the QML files

// The readiness assessment on the profile: each sitting's result with its interval, the change
// from the first to the second with its own interval (in plain words when it includes zero),
// the choice to include the results in a shared profile, and, quietly, the next sitting.
Card {
    id: card
    required property ProfileViewModel profile
    signal assessmentRequested()
    signal resultsRequested(string form)

    title: qsTr("Readiness assessment")

    Label {
        Layout.fillWidth: true
        visible: sittings.count === 0
        text: qsTr("Not taken yet. Its results are kept apart from your practice.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Repeater {
        id: sittings
        objectName: "sittingRepeater"
        model: card.profile.assessments
        delegate: ColumnLayout {
            id: sitting
            required property string form
            required property string dateText
            required property real overall
            required property real low
            required property real high
            required property string summary
            objectName: "sitting_" + form
            Layout.fillWidth: true
            spacing: 2
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Form %1, %2: %3").arg(form).arg(dateText).arg(summary)
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallGap
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Form %1 · %2").arg(sitting.form).arg(sitting.dateText)
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "resultsButton_" + sitting.form
                    flat: true
                    topInset: 0
                    bottomInset: 0
                    text: qsTr("Details")
                    Accessible.name: qsTr("Results and reasoning of form %1").arg(sitting.form)
                    onClicked: card.resultsRequested(sitting.form)
                }
            }
            Item {
                Layout.fillWidth: true
                implicitHeight: 18
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width
                    height: 8
                    radius: 4
                    color: Theme.outline
                }
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    x: sitting.low * parent.width
                    width: Math.max(4, (sitting.high - sitting.low) * parent.width)
                    height: 8
                    radius: 4
                    color: Theme.accent
                    opacity: 0.35
                }
                Rectangle {
                    x: Math.min(parent.width - width, Math.max(0, sitting.overall * parent.width - width / 2))
                    width: 4
                    height: parent.height
                    radius: 2
                    color: Theme.accent
                }
            }
            Label {
                Layout.fillWidth: true
                text: sitting.summary
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
    }

    Label {
        objectName: "changeHeading"
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallGap
        visible: card.profile.hasAssessmentChange
        text: qsTr("Change from your first sitting")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "changeText"
        Layout.fillWidth: true
        visible: card.profile.hasAssessmentChange
        text: card.profile.assessmentChangeText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: card.profile.hasAssessmentChange
        text: qsTr("By dimension (fewer answers each, so the ranges are wider):")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: card.profile.assessmentDimensionChanges
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            text: "• " + qsTr("%1: %2").arg(modelData.name).arg(modelData.text)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }

    Label {
        objectName: "offerText"
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallGap
        visible: text !== ""
        text: card.profile.assessmentOfferText
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "takeAssessmentButton"
        visible: card.profile.assessmentAvailable
        text: qsTr("Take the assessment")
        flat: true
        onClicked: card.assessmentRequested()
    }

    CheckBox {
        id: shareBox
        objectName: "shareAssessment"
        Layout.fillWidth: true
        visible: sittings.count > 0
        checked: card.profile.shareAssessment
        text: qsTr("Include these results when I share my profile with my cohort lead")
        // The box shows the account's choice: a choice from another device arrives later.
        onToggled: {
            card.profile.shareAssessment = checked
            checked = Qt.binding(() => card.profile.shareAssessment)
        }
        // The style's label elides; this one wraps, so the whole sentence shows on a phone.
        contentItem: Label {
            leftPadding: shareBox.indicator.width + shareBox.spacing
            text: shareBox.text
            color: Theme.text
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
