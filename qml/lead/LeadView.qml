import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// Lead mode: signing in, then the cohort: summary and chart, stalled members, the roster, the
// group readiness profile, the invite code and the exports. Two columns on a desktop, one on a
// phone.
ScrollView {
    id: view
    required property LeadSession session
    readonly property bool wide: width >= 900
    readonly property real contentWidthUsed: Math.min(availableWidth - 2 * Theme.gap, 1240)

    // Scrolled to at start (review screenshots): "stalled", "roster", "group", "invite" or "role".
    property string startAt: ""

    contentWidth: availableWidth
    clip: true

    Component.onCompleted: {
        if (view.session.signedIn)
            view.session.refresh()
        if (view.startAt !== "")
            scrollLater.start()
    }

    function scrollTo(item: Item) {
        const flick = view.contentItem as Flickable
        const top = item.mapToItem(page, 0, 0).y + page.y - Theme.gap
        flick.contentY = Math.max(0, Math.min(top, flick.contentHeight - flick.height))
    }

    // Scrolls a few times while the roster and group profile arrive and the page grows.
    Timer {
        id: scrollLater
        property int rounds: 0
        interval: 400
        repeat: true
        onTriggered: {
            if (++rounds >= 6)
                stop()
            const targets = { stalled: stalledSection, roster: rosterSection, group: groupSection, invite: inviteSection, role: roleSection }
            if (targets[view.startAt])
                view.scrollTo(targets[view.startAt])
        }
    }

    Column {
        id: page
        x: (view.availableWidth - width) / 2
        y: Theme.gap
        width: view.contentWidthUsed
        spacing: Theme.gap
        bottomPadding: Theme.gap

        LeadSignIn {
            width: parent.width
            visible: !view.session.signedIn
            session: view.session
        }

        // Signed in ---------------------------------------------------------------------------
        Column {
            width: parent.width
            visible: view.session.signedIn
            spacing: Theme.smallGap
            Label {
                objectName: "cohortTitle"
                width: parent.width
                text: view.session.cohortName === "" ? qsTr("Your cohort") : view.session.cohortName
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                width: parent.width
                text: qsTr("As of %1 (UTC). You see progress only: never reflections, answers, private tracks or a "
                           + "profile someone has not shared.").arg(view.session.today)
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Flow {
                width: parent.width
                spacing: Theme.smallGap
                Button {
                    objectName: "refreshButton"
                    text: view.session.busy ? qsTr("Refreshing…") : qsTr("Refresh")
                    enabled: !view.session.busy
                    onClicked: view.session.refresh()
                }
                Button {
                    objectName: "exportButton"
                    text: qsTr("Export CSV and xAPI")
                    enabled: !view.session.busy && view.session.memberCount >= 0
                    onClicked: view.session.exportFiles()
                }
                Button {
                    objectName: "leadSignOutButton"
                    text: qsTr("Sign out of lead mode")
                    flat: true
                    onClicked: view.session.signOut()
                }
            }
            Label {
                width: parent.width
                visible: view.session.exportedTo !== ""
                text: qsTr("Exported the roster, the group profile (CSV) and the progress (xAPI) to %1.")
                          .arg(view.session.exportedTo)
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
        Label {
            objectName: "leadError"
            width: parent.width
            visible: text !== ""
            text: view.session.errorText
            color: Theme.focus
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        // Wide: summary and stalled side by side, the roster across, then group and invite side
        // by side. Narrow: one column, the same order.
        Flow {
            id: sections
            width: parent.width
            visible: view.session.signedIn
            spacing: Theme.gap
            readonly property real half: view.wide ? (width - Theme.gap) / 2 : width
            CohortSummary {
                width: sections.half
                session: view.session
            }
            StalledMembers {
                id: stalledSection
                width: sections.half
                stalled: view.session.stalled
            }
            RosterTable {
                id: rosterSection
                width: parent.width
                roster: view.session.roster
                leadTrackTitle: view.session.leadTrackTitle
            }
            GroupProfile {
                id: groupSection
                width: sections.half
                session: view.session
            }
            InviteCode {
                id: inviteSection
                width: sections.half
                session: view.session
            }
            CohortRoleEditor {
                id: roleSection
                objectName: "roleSection"
                width: parent.width
                session: view.session
            }
        }
    }
}
