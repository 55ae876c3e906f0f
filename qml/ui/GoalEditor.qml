import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui

// The weekly goal: sessions per week (1 to 7) and rest days (Monday 1 .. Sunday 7). Edits stay
// here until the screen saves them (session.setGoal).
ColumnLayout {
    id: editor
    property int sessionsPerWeek: 4
    property var restDays: []
    signal edited()

    readonly property int practiceDays: 7 - restDays.length

    function setRestDay(day, rest) {
        const days = restDays.filter(d => d !== day)
        if (rest)
            days.push(day)
        days.sort((a, b) => a - b)
        restDays = days
        edited()
    }

    spacing: Theme.smallGap

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: qsTr("Sessions a week")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        SpinBox {
            objectName: "sessionsSpinBox"
            from: 1
            to: 7
            value: editor.sessionsPerWeek
            editable: false
            onValueModified: {
                editor.sessionsPerWeek = value
                editor.edited()
            }
            Accessible.name: qsTr("Sessions a week: %1").arg(value)
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Rest days")
        color: Theme.text
        font.pixelSize: Theme.bodySize
    }
    Flow {
        objectName: "restDayToggles"
        Layout.fillWidth: true
        spacing: Theme.smallGap / 2
        Repeater {
            model: 7
            delegate: Button {
                required property int index
                readonly property int day: index + 1  // Qt.Monday .. Qt.Sunday
                // Locale.dayName counts from Sunday = 0
                readonly property string longName: Qt.locale().dayName(day % 7, Locale.LongFormat)
                objectName: "restDay" + day
                checkable: true
                checked: editor.restDays.indexOf(day) >= 0
                text: Qt.locale().dayName(day % 7, Locale.ShortFormat)
                implicitWidth: Math.max(48, implicitContentWidth + leftPadding + rightPadding)
                highlighted: checked
                // The style fills a checked highlighted button with a lighter accent: from this
                // one it stays dark enough for the white text.
                Material.accent: Theme.checkedAccent
                // at least one practice day stays
                enabled: checked || editor.restDays.length < 6
                onToggled: {
                    editor.setRestDay(day, checked)
                    checked = Qt.binding(() => editor.restDays.indexOf(day) >= 0)
                }
                Accessible.name: checked ? qsTr("%1: rest day").arg(longName)
                                         : qsTr("%1: practice day").arg(longName)
                Accessible.checkable: true
                Accessible.checked: checked
            }
        }
    }
    Label {
        objectName: "goalSummary"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        text: editor.sessionsPerWeek > editor.practiceDays
              ? qsTr("With %1 rest days, a week has %2 practice days, so your goal counts as %2.")
                    .arg(editor.restDays.length).arg(editor.practiceDays)
              : qsTr("A week counts when you practise on %1 of its days. Rest days never count against you.")
                    .arg(editor.sessionsPerWeek)
    }
}
