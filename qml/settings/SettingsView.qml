import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Core
import Groundwork.Ui
import Groundwork.Settings // own C++ types: Qt 6.4's implicit import holds only the QML files
import Groundwork.Cohort

// Settings: the weekly goal (a learner event, via the goal view model), how the app looks and sounds
// on this device (preferences), how syncing with the cohort stands, and the learner's data.
// Joining and leaving happen in the Cohort section (cohortRequested).
ReadingPage {
    id: view
    required property Preferences preferences
    required property GoalViewModel goal
    required property MyData myData
    required property SyncStatus syncStatus
    required property RecoveryKeyModel recovery
    signal cohortRequested()

    // 0: nothing asked; 1: where to delete; 2: final confirmation shown
    property int deleteStep: 0
    property int deleteScope: MyData.ThisDevice
    property bool goalDirty: false
    property string goalStatus: ""

    function loadGoal() {
        goalEditor.sessionsPerWeek = goal.sessionsPerWeek
        goalEditor.restDays = Array.from(goal.restDays)
        goalDirty = false
    }
    function saveGoal() {
        if (goal.save(goalEditor.sessionsPerWeek, goalEditor.restDays)) {
            goalDirty = false
            goalStatus = qsTr("Saved")
        } else {
            goalStatus = goal.lastError !== "" ? goal.lastError : qsTr("The goal could not be saved.")
        }
    }

    Component.onCompleted: loadGoal()
    Connections {
        target: view.goal
        function onChanged() { if (!view.goalDirty) view.loadGoal() }
    }

    Label {
        width: parent.width
        text: qsTr("Settings")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    // Weekly goal -------------------------------------------------------------------------
    SectionHeading { width: parent.width; text: qsTr("Weekly goal") }
    Label {
        width: parent.width
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        text: qsTr("Pick a rhythm that fits your weeks. There are no streaks to keep: a week simply counts when you reach your goal.")
    }
    GoalEditor {
        id: goalEditor
        objectName: "goalEditor"
        width: parent.width
        onEdited: {
            view.goalDirty = true
            view.goalStatus = ""
        }
    }
    Row {
        spacing: Theme.gap
        Button {
            objectName: "saveGoalButton"
            text: qsTr("Save goal")
            highlighted: true
            enabled: view.goalDirty
            onClicked: view.saveGoal()
            Accessible.name: qsTr("Save weekly goal")
        }
        Label {
            objectName: "goalStatus"
            anchors.verticalCenter: parent.verticalCenter
            text: view.goalStatus
            color: view.goalStatus === qsTr("Saved") ? Theme.accent : Theme.focus
            font.pixelSize: Theme.bodySize
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    // Reminder -----------------------------------------------------------------------------
    // Off until the learner asks for it; worded as an invitation (see qml/app/reminders.cpp).
    SectionHeading { width: parent.width; text: qsTr("Reminder") }
    Switch {
        objectName: "reminderSwitch"
        text: qsTr("Remind me on practice days")
        checked: view.preferences.reminderEnabled
        onToggled: view.preferences.reminderEnabled = checked
    }
    Label {
        width: parent.width
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        text: qsTr("One notification at the time you choose, never on rest days, and not once today's session is done.")
    }
    Row {
        spacing: Theme.gap
        visible: view.preferences.reminderEnabled
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Time")
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        ComboBox {
            // The current choice is listed in the accent colour: the light one, readable as text
            Material.accent: Theme.accent
            objectName: "reminderTime"
            // Every half hour from 06:00 to 22:00, the learner's local time.
            model: {
                const times = []
                for (let minutes = 6 * 60; minutes <= 22 * 60; minutes += 30)
                    times.push(("0" + Math.floor(minutes / 60)).slice(-2) + ":" + ("0" + minutes % 60).slice(-2))
                return times
            }
            currentIndex: model.indexOf(view.preferences.reminderTime)
            onActivated: view.preferences.reminderTime = currentText
            Accessible.name: qsTr("Reminder time")
        }
    }

    // Appearance ---------------------------------------------------------------------------
    SectionHeading { width: parent.width; text: qsTr("Appearance") }
    Label { text: qsTr("Theme"); color: Theme.text; font.pixelSize: Theme.bodySize }
    Flow {
        width: parent.width
        spacing: Theme.smallGap
        Repeater {
            model: [
                { value: Preferences.System, name: "system", label: qsTr("Same as system") },
                { value: Preferences.Light, name: "light", label: qsTr("Light") },
                { value: Preferences.Dark, name: "dark", label: qsTr("Dark") }
            ]
            delegate: RadioButton {
                required property var modelData
                objectName: "theme_" + modelData.name
                text: modelData.label
                checked: view.preferences.theme === modelData.value
                onClicked: view.preferences.theme = modelData.value
                Accessible.name: qsTr("Theme: %1").arg(modelData.label)
            }
        }
    }

    Label {
        id: textSizeLabel
        width: parent.width
        text: qsTr("Text size: %1%").arg(Math.round(view.preferences.textScale * 100))
        color: Theme.text
        font.pixelSize: Theme.bodySize
    }
    Slider {
        objectName: "textScaleSlider"
        width: parent.width
        from: view.preferences.minTextScale
        to: view.preferences.maxTextScale
        stepSize: 0.05
        snapMode: Slider.SnapAlways
        value: view.preferences.textScale
        onMoved: view.preferences.textScale = Math.round(value * 100) / 100
        Accessible.name: textSizeLabel.text
    }
    Label {
        width: parent.width
        text: qsTr("A sample of lesson text at this size.")
        color: Theme.mutedText
        font.pixelSize: 16 * view.preferences.textScale
        wrapMode: Text.Wrap
    }

    // Listening ----------------------------------------------------------------------------
    SectionHeading { width: parent.width; text: qsTr("Listening") }
    RowLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: qsTr("Narration speed")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ComboBox {
            // The current choice is listed in the accent colour: the light one, readable as text
            Material.accent: Theme.accent
            id: rateBox
            objectName: "narrationRateBox"
            readonly property var rates: view.preferences.narrationRates
            model: rates.map(r => qsTr("%1×").arg(Number(r).toLocaleString(Qt.locale(), "g", 3)))
            currentIndex: {
                let best = 0
                for (let i = 0; i < rates.length; ++i)
                    if (Math.abs(rates[i] - view.preferences.narrationRate) < Math.abs(rates[best] - view.preferences.narrationRate))
                        best = i
                return best
            }
            onActivated: index => view.preferences.narrationRate = rates[index]
            Accessible.name: qsTr("Narration speed: %1").arg(displayText)
        }
    }

    // Language -----------------------------------------------------------------------------
    SectionHeading { width: parent.width; text: qsTr("Language") }
    ComboBox {
        // The current choice is listed in the accent colour: the light one, readable as text
        Material.accent: Theme.accent
        id: languageBox
        objectName: "languageBox"
        width: Math.min(parent.width, 320)
        readonly property var codes: view.preferences.languages
        // Language names are shown in their own language on purpose.
        model: codes.map(code => code === "system" ? qsTr("Same as system") : view.preferences.languageName(code))
        currentIndex: Math.max(0, codes.indexOf(view.preferences.language))
        onActivated: index => view.preferences.language = codes[index]
        Accessible.name: qsTr("Language: %1").arg(displayText)
    }
    Label {
        width: parent.width
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: qsTr("A new language applies the next time Groundwork starts.")
    }

    // Cohort -------------------------------------------------------------------------------
    SectionHeading { width: parent.width; text: qsTr("Cohort") }
    SyncSummary {
        width: parent.width
        status: view.syncStatus
        onCohortRequested: view.cohortRequested()
    }
    // The same recovery key as on the Cohort screen: made, made anew or turned off here too.
    RecoveryKeyCard {
        objectName: "settingsRecoveryKey"
        width: parent.width
        visible: view.syncStatus.joined
        recovery: view.recovery
    }

    // Your data ----------------------------------------------------------------------------
    SectionHeading { width: parent.width; text: qsTr("Your data") }
    Label {
        width: parent.width
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        text: qsTr("Everything you do in Groundwork is kept on this device. You can take a full copy as a JSON file, or delete it all. The copy includes your private reflections in plain text, so keep it somewhere safe.")
    }
    TextField {
        id: exportPath
        objectName: "exportPathField"
        width: parent.width
        text: view.myData.defaultExportPath
        selectByMouse: true
        Accessible.name: qsTr("Export to file")
    }
    Button {
        objectName: "exportButton"
        text: qsTr("Export my data")
        onClicked: {
            const result = view.myData.exportTo(exportPath.text)
            exportResult.text = view.myData.lastExportOk ? qsTr("Saved to %1").arg(result)
                                                         : qsTr("Not exported: %1").arg(result)
        }
        Accessible.name: qsTr("Export my data to %1").arg(exportPath.text)
    }
    Label {
        id: exportResult
        objectName: "exportResult"
        width: parent.width
        visible: text !== ""
        wrapMode: Text.WrapAnywhere
        color: view.myData.lastExportOk ? Theme.text : Theme.focus
        font.pixelSize: Theme.bodySize
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    // Deleting: where (this device, or everywhere), then a last confirmation. Nothing is
    // deleted before the second press.
    Button {
        id: deleteButton
        objectName: "deleteButton"
        visible: view.deleteStep === 0
        text: qsTr("Delete all my data…")
        flat: true
        onClicked: {
            view.deleteScope = MyData.ThisDevice
            view.deleteStep = 1
            thisDeviceChoice.forceActiveFocus() // the button goes; the keyboard goes on with the choice
        }
    }
    Label {
        objectName: "deleteError"
        width: parent.width
        visible: text !== ""
        wrapMode: Text.Wrap
        color: Theme.focus
        font.pixelSize: Theme.bodySize
        text: view.myData.deleteError
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Rectangle {
        objectName: "deleteConfirmation"
        visible: view.deleteStep > 0
        width: parent.width
        height: confirmColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.focus
        border.width: 2
        Column {
            id: confirmColumn
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.smallGap
            Label {
                objectName: "deleteQuestion"
                width: parent.width
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: view.deleteStep === 1
                text: view.deleteStep === 1
                      ? qsTr("Where should your data be deleted?")
                      : (view.deleteScope === MyData.Everywhere
                         ? qsTr("Are you sure? Your data on this device and your account on the cohort server will be deleted. This cannot be undone.")
                         : qsTr("Are you sure? Your data on this device will be deleted. This cannot be undone."))
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RadioButton {
                id: thisDeviceChoice
                objectName: "deleteThisDevice"
                visible: view.deleteStep === 1
                width: parent.width
                text: qsTr("On this device only")
                checked: view.deleteScope === MyData.ThisDevice
                onClicked: view.deleteScope = MyData.ThisDevice
                Accessible.name: qsTr("Delete on this device only")
            }
            Label {
                width: parent.width
                visible: view.deleteStep === 1
                leftPadding: Theme.gap
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                text: view.myData.canDeleteEverywhere
                      ? qsTr("Removes every lesson, drill answer, reflection and goal from this device, and signs this device out of your cohort. Your account on the cohort server and the answers already synced there stay, for your other devices.")
                      : qsTr("Removes every lesson, drill answer, reflection and goal from this device. This device is not signed in to a cohort server, so nothing is sent anywhere.")
            }
            RadioButton {
                objectName: "deleteEverywhere"
                visible: view.deleteStep === 1 && view.myData.canDeleteEverywhere
                width: parent.width
                text: qsTr("Everywhere")
                checked: view.deleteScope === MyData.Everywhere
                onClicked: view.deleteScope = MyData.Everywhere
                Accessible.name: qsTr("Delete on this device and on the cohort server")
            }
            Label {
                width: parent.width
                visible: view.deleteStep === 1 && view.myData.canDeleteEverywhere
                leftPadding: Theme.gap
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                text: qsTr("Also deletes your account on the cohort server: every answer synced there, your shared profile and the sign-in of each of your devices. If the server cannot be reached now, Groundwork keeps trying until it confirms, and shows here when it is done.")
            }
            Label {
                width: parent.width
                visible: view.deleteStep === 1
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                text: qsTr("If you want a copy, export first.")
            }
            Flow {
                width: parent.width
                spacing: Theme.smallGap
                Button {
                    objectName: "cancelDeleteButton"
                    text: qsTr("Keep my data")
                    onClicked: {
                        view.deleteStep = 0
                        deleteButton.forceActiveFocus()
                    }
                }
                Button {
                    objectName: "confirmDeleteButton"
                    text: view.deleteStep === 1 ? qsTr("Continue")
                                                : (view.deleteScope === MyData.Everywhere ? qsTr("Delete everywhere")
                                                                                          : qsTr("Delete on this device"))
                    onClicked: {
                        if (view.deleteStep === 1) {
                            view.deleteStep = 2
                        } else {
                            view.deleteStep = 0
                            view.myData.requestDelete(view.deleteScope)
                        }
                    }
                    Accessible.name: view.deleteStep === 1 ? qsTr("Continue to delete all my data")
                                                           : text
                }
            }
        }
    }

    // What the cohort server still has to confirm (a deletion everywhere, a sign-out), or that
    // it did; it outlives the deletion on this device and any restart.
    ServerRequestsNote {
        width: parent.width
        myData: view.myData
    }
}
