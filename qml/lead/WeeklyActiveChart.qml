import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// The cohort's weeks: a bar per week for the members active that week, and a line for the
// sessions (member-days with practice). Drawn on a Canvas: no chart library.
Column {
    id: chart
    required property WeeklyActivityModel weeks

    spacing: Theme.smallGap / 2
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Weekly active members over %n week(s)", "", chart.weeks.count)

    Canvas {
        id: canvas
        objectName: "weeklyActiveCanvas"
        width: parent.width
        height: 140
        readonly property color barColor: Theme.accent
        readonly property color lineColor: Theme.focus
        readonly property color axisColor: Theme.outline
        onBarColorChanged: requestPaint()
        onWidthChanged: requestPaint()
        Connections {
            target: chart.weeks
            function onChanged() { canvas.requestPaint() }
        }
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const n = chart.weeks.count
            if (n === 0)
                return
            const top = 8, bottom = height - 4
            const usable = bottom - top
            const slot = width / n
            const barWidth = Math.max(2, Math.min(36, slot * 0.6))
            const mostActive = Math.max(1, chart.weeks.mostActive)
            const mostSessions = Math.max(1, chart.weeks.mostSessions)
            ctx.strokeStyle = axisColor
            ctx.lineWidth = 1
            ctx.beginPath()
            ctx.moveTo(0, bottom + 0.5)
            ctx.lineTo(width, bottom + 0.5)
            ctx.stroke()
            ctx.fillStyle = barColor
            for (let i = 0; i < n; ++i) {
                const h = usable * chart.weeks.activeMembersAt(i) / mostActive
                ctx.fillRect(i * slot + (slot - barWidth) / 2, bottom - h, barWidth, h)
            }
            ctx.strokeStyle = lineColor
            ctx.fillStyle = lineColor
            ctx.lineWidth = 2
            ctx.beginPath()
            for (let j = 0; j < n; ++j) {
                const x = j * slot + slot / 2
                const y = bottom - usable * chart.weeks.sessionsAt(j) / mostSessions
                if (j === 0)
                    ctx.moveTo(x, y)
                else
                    ctx.lineTo(x, y)
            }
            ctx.stroke()
            for (let k = 0; k < n; ++k) {
                ctx.beginPath()
                ctx.arc(k * slot + slot / 2, bottom - usable * chart.weeks.sessionsAt(k) / mostSessions, 3, 0, 2 * Math.PI)
                ctx.fill()
            }
        }
    }
    Item {
        width: parent.width
        height: firstWeek.height
        Label {
            id: firstWeek
            text: chart.weeks.count > 0 ? qsTr("Week of %1").arg(chart.weeks.weekStartAt(0)) : ""
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
        }
        Label {
            anchors.right: parent.right
            visible: chart.weeks.count > 1
            text: qsTr("this week")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
        }
    }
    Flow {
        width: parent.width
        spacing: Theme.gap
        Row {
            spacing: Theme.smallGap / 2
            Rectangle { width: 12; height: 12; radius: 2; color: Theme.accent; anchors.verticalCenter: parent.verticalCenter }
            Label {
                text: qsTr("members active (most: %1)").arg(chart.weeks.mostActive)
                color: Theme.text
                font.pixelSize: Theme.smallSize
            }
        }
        Row {
            spacing: Theme.smallGap / 2
            Rectangle { width: 12; height: 3; color: Theme.focus; anchors.verticalCenter: parent.verticalCenter }
            Label {
                text: qsTr("sessions (most: %1)").arg(chart.weeks.mostSessions)
                color: Theme.text
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
