import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Tracks // own C++ types: Qt 6.4's implicit import holds only the QML files

// The tracks: all three to browse, the items of one with what is done, the reflection editor,
// and a track's outcomes. From 900 px the list and the chosen track sit side by side; on a
// phone the track opens over the list and "All tracks" goes back.
Item {
    id: view
    required property TracksViewModel tracks
    signal lessonRequested(string lessonId)
    signal drillRequested(string drillId)
    // The learner wants to see or change the role they measure against (in the Profile)
    signal roleRequested()

    readonly property bool wide: width >= 900
    property bool detailOpen: false
    // the reflection being written, or {} when none
    property var editing: ({})
    readonly property bool isEditing: editing.promptId !== undefined

    function openTrack(trackId) {
        tracks.trackId = trackId
        editing = {}
        detailOpen = true
        detailPane.contentItem.contentY = 0
        // On a phone the list goes away with the card that had the keyboard: it moves to the
        // track, on its way back to the list.
        if (!wide)
            allTracksButton.forceActiveFocus(Qt.TabFocusReason)
    }
    // Back to the list (phone), with the keyboard on the card of the track just left.
    function closeTrack() {
        detailOpen = false
        for (let i = 0; i < trackCards.count; ++i) {
            const card = trackCards.itemAt(i) as ChoiceCard
            if (card && card.objectName === "track_" + tracks.trackId)
                card.forceActiveFocus(Qt.TabFocusReason)
        }
    }
    // Opens the track the chosen outcome leads on to, with the keyboard on its first item.
    function openNextTrack() {
        openTrack(tracks.nextTrackId)
        const first = itemRepeater.itemAt(0)
        if (first)
            first.forceActiveFocus(Qt.TabFocusReason)
    }
    // The first step of the chosen outcome's path the keyboard can reach, or null.
    function firstPathStep(): Item {
        // Read through itemAt() each time: Qt 6.4's compiled code crashed reading `visible` of
        // an item first kept in a variable and tested for null (tst_qml_tracks).
        if (pathRepeater.count > 0 && pathRepeater.itemAt(0).visible)
            return pathRepeater.itemAt(0)
        const next = nextTrackButton
        return next.visible ? next : null
    }
    function openItem(kind: int, itemId: string, title: string, prompt: string, hint: string) {
        if (kind === TrackItem.Lesson)
            lessonRequested(itemId)
        else if (kind === TrackItem.Drill)
            drillRequested(itemId)
        else
            openEditor({ promptId: itemId, title: title, prompt: prompt, hint: hint })
    }
    // The editor replaces the track: it starts at the top with the keyboard in its text, and
    // closing it brings the keyboard back to the card it was opened from.
    property Item returnFocusTo: null
    function openEditor(prompt) {
        returnFocusTo = Window.activeFocusItem
        editing = prompt
        detailPane.contentItem.contentY = 0
        editor.focusText()
    }
    function closeEditor() {
        editing = {}
        // Lay the track out again now, so the card is scrolled to where it is, not where the
        // editor-only page would put it.
        trackColumn.forceLayout()
        detail.forceLayout()
        if (returnFocusTo && returnFocusTo.visible)
            returnFocusTo.forceActiveFocus(Qt.TabFocusReason)
        returnFocusTo = null
    }

    // Keeps the focused control in view, so the track works from the keyboard alone.
    function ensureVisible(pane: ScrollView, content: Item, item: Item) {
        let inside = false
        for (let p = item; p && !inside; p = p.parent)
            inside = p === content
        if (!inside)
            return
        const flick = pane.contentItem as Flickable
        const top = item.mapToItem(content, 0, 0).y - Theme.gap
        const bottom = top + item.height + 2 * Theme.gap
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(bottom - flick.height, flick.contentHeight - flick.height))
    }
    Connections {
        target: view.Window.window
        function onActiveFocusItemChanged() {
            const item = view.Window.activeFocusItem
            view.ensureVisible(listPane, listColumn, item)
            view.ensureVisible(detailPane, detailContent, item)
        }
    }

    // The list of tracks ---------------------------------------------------------------------
    ScrollView {
        id: listPane
        objectName: "trackListPane"
        visible: view.wide || !view.detailOpen
        width: view.wide ? Math.min(380, view.width * 0.38) : view.width
        height: view.height
        contentWidth: availableWidth
        clip: true

        Column {
            id: listColumn
            x: Theme.gap
            width: listPane.availableWidth - 2 * Theme.gap
            topPadding: Theme.gap
            bottomPadding: Theme.gap * 2
            spacing: Theme.gap

            Label {
                width: parent.width
                text: qsTr("Tracks")
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Label {
                width: parent.width
                text: qsTr("Three paths, each worth taking. Browse any of them; Today follows the one you choose.")
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Repeater {
                id: trackCards
                model: view.tracks.tracks
                delegate: ChoiceCard {
                    required property string trackId
                    required title
                    required summary
                    required property bool isPrivate
                    required property bool active
                    required property int doneCount
                    required property int itemCount
                    objectName: "track_" + trackId
                    width: parent.width
                    badge: isPrivate ? qsTr("Private") : active ? qsTr("Today's track") : ""
                    detail: qsTr("%1 of %2 done").arg(doneCount).arg(itemCount)
                    selected: view.tracks.trackId === trackId && (view.wide || view.detailOpen)
                    onClicked: view.openTrack(trackId)
                }
            }
        }
    }

    // The chosen track -------------------------------------------------------------------------
    ScrollView {
        id: detailPane
        objectName: "trackDetailPane"
        visible: view.wide || view.detailOpen
        x: view.wide ? listPane.width : 0
        width: view.width - x
        height: view.height
        contentWidth: availableWidth
        clip: true

        Item {
            id: detailContent
            width: detailPane.availableWidth
            implicitHeight: detail.implicitHeight + 3 * Theme.gap

            // Columns, not ColumnLayouts: in Qt 6.4 the layouts here were not laid out again
            // after another track was chosen (its items reset), and every card stayed where the
            // previous track had put it, over the others.
            Column {
                id: detail
                width: Math.min(detailPane.availableWidth - 2 * Theme.gap, Theme.maxReadingWidth)
                x: (detailPane.availableWidth - width) / 2
                y: Theme.gap
                spacing: Theme.gap

                Button {
                    id: allTracksButton
                    objectName: "allTracksButton"
                    visible: !view.wide && !view.isEditing
                    text: "‹ " + qsTr("All tracks")
                    flat: true
                    onClicked: view.closeTrack()
                    Accessible.name: qsTr("Back to all tracks")
                }

                ReflectionEditor {
                    id: editor
                    objectName: "reflectionEditor"
                    width: parent.width
                    visible: view.isEditing
                    tracks: view.tracks
                    promptId: view.isEditing ? view.editing.promptId : ""
                    title: view.isEditing ? view.editing.title : ""
                    prompt: view.isEditing ? view.editing.prompt : ""
                    hint: view.isEditing ? view.editing.hint : ""
                    // Every reflection stays on the device, in a public track too (Recorder).
                    isPrivate: true
                    onClosed: view.closeEditor()
                }

                Column {
                    id: trackColumn
                    objectName: "trackContent"
                    width: parent.width
                    visible: !view.isEditing
                    spacing: Theme.gap

                    Label {
                        objectName: "trackTitle"
                        width: parent.width
                        text: view.tracks.trackTitle
                        color: Theme.text
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                    }
                    PrivacyNote {
                        objectName: "privacyNote"
                        width: parent.width
                        visible: view.tracks.trackIsPrivate
                    }
                    MarkdownText {
                        width: parent.width
                        text: view.tracks.trackSummary
                    }
                    RowLayout {
                        width: parent.width
                        Button {
                            objectName: "followButton"
                            visible: view.tracks.activeTrackId !== view.tracks.trackId
                            text: qsTr("Use this track for Today")
                            onClicked: view.tracks.follow(view.tracks.trackId)
                        }
                        Label {
                            objectName: "followingLabel"
                            Layout.fillWidth: true
                            visible: view.tracks.activeTrackId === view.tracks.trackId
                            text: qsTr("Today's lessons and drills come from this track.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.Wrap
                        }
                    }

                    Repeater {
                        id: itemRepeater
                        objectName: "itemRepeater"
                        model: view.tracks.items
                        delegate: TrackItemCard {
                            onClicked: view.openItem(kind, itemId, title, prompt, hint)
                        }
                    }

                    // The closing step, after the last item ----------------------------------
                    Column {
                        objectName: "closingStep"
                        width: parent.width
                        visible: view.tracks.hasClosingStep
                        spacing: Theme.smallGap
                        Label {
                            width: parent.width
                            topPadding: Theme.gap
                            text: view.tracks.closingStepTitle
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                        }
                        MarkdownText {
                            objectName: "closingStepText"
                            width: parent.width
                            text: view.tracks.closingStepText
                        }
                        Rectangle {
                            objectName: "roleCard"
                            width: parent.width
                            visible: view.tracks.closingShowsRole
                            implicitHeight: roleColumn.implicitHeight + 2 * Theme.gap
                            radius: Theme.radius
                            color: Theme.takeawayBackground
                            Accessible.role: Accessible.Grouping
                            Accessible.name: qsTr("The role you measure against: %1").arg(view.tracks.roleTitle)
                            Column {
                                id: roleColumn
                                x: Theme.gap
                                y: Theme.gap
                                width: parent.width - 2 * Theme.gap
                                spacing: Theme.smallGap
                                Label {
                                    width: parent.width
                                    text: qsTr("The role you measure against")
                                    color: Theme.accent
                                    font.pixelSize: Theme.labelSize
                                    font.weight: Font.Medium
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    objectName: "roleTitle"
                                    width: parent.width
                                    text: view.tracks.roleTitle
                                    color: Theme.text
                                    font.pixelSize: Theme.bodySize
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                }
                                MarkdownText {
                                    width: parent.width
                                    text: view.tracks.roleSummary
                                }
                                Button {
                                    objectName: "roleButton"
                                    width: Math.min(implicitWidth, parent.width)
                                    text: qsTr("See or change it in your Profile")
                                    onClicked: view.roleRequested()
                                }
                            }
                        }
                        Repeater {
                            objectName: "closingRepeater"
                            model: view.tracks.closingItems
                            delegate: TrackItemCard {
                                objectName: "closing_" + itemId
                                placeName: qsTr("Closing reflection")
                                onClicked: view.openItem(kind, itemId, title, prompt, hint)
                            }
                        }
                    }

                    // Outcomes, offered as equals -------------------------------------------
                    Column {
                        objectName: "outcomes"
                        width: parent.width
                        visible: view.tracks.outcomes.length > 0
                        spacing: Theme.smallGap
                        Label {
                            width: parent.width
                            topPadding: Theme.gap
                            text: qsTr("Where do you stand?")
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            Accessible.role: Accessible.Heading
                        }
                        Label {
                            width: parent.width
                            text: qsTr("Every answer here is a sound one, and you can change it whenever you like.")
                            color: Theme.mutedText
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: view.tracks.outcomes
                            delegate: ChoiceCard {
                                required property var modelData
                                objectName: "outcome_" + modelData.outcomeId
                                width: parent ? parent.width : 0
                                title: modelData.label
                                selected: view.tracks.chosenOutcome === modelData.outcomeId
                                onClicked: view.tracks.chooseOutcome(modelData.outcomeId)
                                // Tab goes on from the chosen outcome straight to its path, not
                                // through the other outcomes first (Shift+Tab still reaches them).
                                Keys.onTabPressed: event => {
                                    const next = selected ? view.firstPathStep() : null
                                    if (next)
                                        next.forceActiveFocus(Qt.TabFocusReason)
                                    else
                                        event.accepted = false
                                }
                            }
                        }
                        Rectangle {
                            objectName: "closing"
                            width: parent.width
                            visible: view.tracks.chosenOutcome !== ""
                            implicitHeight: closingColumn.implicitHeight + 2 * Theme.gap
                            radius: Theme.radius
                            color: Theme.takeawayBackground
                            Accessible.role: Accessible.Grouping
                            Accessible.name: qsTr("Your choice: %1").arg(view.tracks.chosenOutcomeLabel)
                            ColumnLayout {
                                id: closingColumn
                                x: Theme.gap
                                y: Theme.gap
                                width: parent.width - 2 * Theme.gap
                                spacing: Theme.smallGap
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("Your choice: %1").arg(view.tracks.chosenOutcomeLabel)
                                    color: Theme.accent
                                    font.pixelSize: Theme.labelSize
                                    font.weight: Font.Medium
                                    wrapMode: Text.Wrap
                                }
                                MarkdownText {
                                    objectName: "closingText"
                                    Layout.fillWidth: true
                                    text: view.tracks.chosenOutcomeClosing
                                }
                            }
                        }

                        // The path the chosen outcome opens, and the track it leads on to
                        Column {
                            objectName: "outcomePath"
                            width: parent.width
                            visible: pathRepeater.count > 0 || view.tracks.nextTrackId !== ""
                            spacing: Theme.smallGap
                            Label {
                                width: parent.width
                                topPadding: Theme.gap
                                visible: pathRepeater.count > 0
                                text: qsTr("Where to go from here")
                                color: Theme.text
                                font.pixelSize: Theme.headingSize
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.role: Accessible.Heading
                            }
                            Repeater {
                                id: pathRepeater
                                objectName: "pathRepeater"
                                model: view.tracks.pathItems
                                delegate: TrackItemCard {
                                    objectName: "path_" + itemId
                                    placeName: qsTr("Next step %1").arg(index + 1)
                                    onClicked: view.openItem(kind, itemId, title, prompt, hint)
                                }
                            }
                            Button {
                                id: nextTrackButton
                                objectName: "nextTrackButton"
                                visible: view.tracks.nextTrackId !== ""
                                width: Math.min(implicitWidth, parent.width)
                                highlighted: true
                                text: qsTr("Open %1").arg(view.tracks.nextTrackTitle)
                                Accessible.name: qsTr("Open the track %1").arg(view.tracks.nextTrackTitle)
                                onClicked: view.openNextTrack()
                            }
                        }
                    }
                }
            }
        }
    }
}
