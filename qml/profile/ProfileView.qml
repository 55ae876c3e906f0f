import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Profile // own C++ types: Qt 6.4's implicit import holds only the QML files

// The readiness profile: judgment per dimension against a chosen role, with the uncertainty
// of each estimate in view, calibration in words and the weekly trend. Side by side from
// 900 px; one column on phones.
ScrollView {
    id: view
    required property ProfileViewModel profile
    readonly property bool wide: width >= 900
    signal assessmentRequested()
    signal resultsRequested(string form)

    contentWidth: availableWidth
    clip: true

    // Arriving to see or change the role (the "Ready to lead" closing step links here): the
    // keyboard goes to the role picker, and the page scrolls so that it is in view.
    function showRolePicker() {
        rolePicker.forceActiveFocus(Qt.TabFocusReason)
        const flick = view.contentItem as Flickable
        const top = rolePicker.mapToItem(flick.contentItem, 0, 0).y - Theme.gap
        const bottom = top + rolePicker.height + 2 * Theme.gap
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(bottom - flick.height, flick.contentHeight - flick.height)
    }

    Item {
        width: view.availableWidth
        implicitHeight: page.implicitHeight + 3 * Theme.gap

        ColumnLayout {
            id: page
            width: Math.min(view.availableWidth - 2 * Theme.gap, view.wide ? 1120 : Theme.maxReadingWidth)
            x: (view.availableWidth - width) / 2
            y: Theme.gap
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                text: qsTr("Your readiness profile")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("How your judgment in the drills compares with what the role asks. The light band shows how sure each estimate is; it narrows as evidence grows. It scores your judgment, not luck with outcomes.")
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }

            // The cohort's lead set or changed the role: said once, closed with "Got it".
            Card {
                objectName: "roleNoteCard"
                Layout.fillWidth: true
                visible: view.profile.hasRoleNote
                title: view.profile.roleNoteTitle
                Repeater {
                    model: view.profile.roleNoteLines
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                }
                Label {
                    objectName: "roleNoteFooter"
                    Layout.fillWidth: true
                    text: view.profile.roleNoteFooter
                    color: Theme.mutedText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "roleNoteDismiss"
                    text: qsTr("Got it")
                    onClicked: view.profile.dismissRoleNote()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }

            // Side by side where the role's whole name fits beside the label; stacked on a phone.
            GridLayout {
                Layout.fillWidth: true
                columns: view.width >= 560 ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.smallGap
                visible: view.profile.roles.length > 0
                Label {
                    text: qsTr("Measured against")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                ComboBox {
                    // The current choice is listed in the accent colour: the light one, readable as text
                    Material.accent: Theme.accent
                    id: rolePicker
                    objectName: "rolePicker"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 420
                    model: view.profile.roles
                    textRole: "title"
                    valueRole: "roleId"
                    currentIndex: {
                        const roles = view.profile.roles
                        for (let i = 0; i < roles.length; ++i)
                            if (roles[i].roleId === view.profile.roleId)
                                return i
                        return -1
                    }
                    onActivated: index => view.profile.roleId = view.profile.roles[index].roleId
                    Accessible.name: qsTr("Role: %1").arg(displayText)
                }
            }
            MarkdownText {
                Layout.fillWidth: true
                visible: text !== ""
                text: view.profile.roleSummary
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
            }

            GridLayout {
                Layout.fillWidth: true
                columns: view.wide ? 2 : 1
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap

                // Dimensions --------------------------------------------------------------
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 3
                    spacing: Theme.smallGap
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("By dimension")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        Accessible.role: Accessible.Heading
                    }
                    Repeater {
                        objectName: "dimensionRepeater"
                        model: view.profile.dimensions
                        delegate: DimensionBar {
                            required property string dimensionId
                            required name
                            required definition
                            required mean
                            required low
                            required high
                            required evidence
                            required trend
                            required weight
                            required isFocus
                            objectName: "dimension_" + dimensionId
                            Layout.fillWidth: true
                        }
                    }
                }

                // Summary -----------------------------------------------------------------
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 2
                    spacing: Theme.gap

                    Card {
                        objectName: "overallCard"
                        title: qsTr("Overall for %1").arg(view.profile.roleTitle)
                        Label {
                            objectName: "overallText"
                            Layout.fillWidth: true
                            text: view.profile.overallText
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "evidenceText"
                            Layout.fillWidth: true
                            text: qsTr("Based on %1").arg(view.profile.evidenceText)
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "retiredText"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: view.profile.retiredText
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                        Label {
                            objectName: "focusText"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: view.profile.focusText
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                    }

                    AssessmentCard {
                        objectName: "assessmentCard"
                        profile: view.profile
                        onAssessmentRequested: view.assessmentRequested()
                        onResultsRequested: form => view.resultsRequested(form)
                    }

                    Card {
                        objectName: "calibrationCard"
                        title: qsTr("How well your confidence matches")
                        Label {
                            objectName: "calibrationText"
                            Layout.fillWidth: true
                            text: view.profile.calibrationText
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: view.profile.calibrationDetails
                            delegate: Label {
                                required property string modelData
                                Layout.fillWidth: true
                                text: "• " + modelData
                                color: Theme.mutedText
                                font.pixelSize: Theme.smallSize
                                wrapMode: Text.Wrap
                            }
                        }
                    }

                    Card {
                        objectName: "trendCard"
                        title: qsTr("Week by week")
                        TrendChart {
                            objectName: "trendChart"
                            Layout.fillWidth: true
                            series: view.profile.weeklySeries
                        }
                    }
                }
            }
        }
    }
}
