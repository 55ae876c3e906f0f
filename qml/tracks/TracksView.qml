import QtQuick
import QtQuick.Controls
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
    }
    function openItem(kind: int, itemId: string, title: string, prompt: string, hint: string) {
        if (kind === TrackItem.Lesson)
            lessonRequested(itemId)
        else if (kind === TrackItem.Drill)
            drillRequested(itemId)
        else
            editing = { promptId: itemId, title: title, prompt: prompt, hint: hint }
    }

    function kindLabel(kind: int): string {
        return kind === TrackItem.Lesson ? qsTr("Lesson") : kind === TrackItem.Drill ? qsTr("Drill") : qsTr("Reflection")
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
                    objectName: "allTracksButton"
                    visible: !view.wide && !view.isEditing
                    text: "‹ " + qsTr("All tracks")
                    flat: true
                    onClicked: view.detailOpen = false
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
                    isPrivate: view.tracks.trackIsPrivate
                    onClosed: view.editing = {}
                }

                Column {
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
                        objectName: "itemRepeater"
                        model: view.tracks.items
                        delegate: ChoiceCard {
                            required property int index
                            required property int kind
                            required property string itemId
                            required title
                            required summary
                            required property string prompt
                            required property string hint
                            required property bool done
                            objectName: "item_" + itemId
                            width: parent ? parent.width : 0
                            selectable: false
                            badge: done ? qsTr("✓ Done") : ""
                            detail: kind !== TrackItem.Reflection ? view.kindLabel(kind)
                                    : done ? qsTr("Reflection · you have written here")
                                    : qsTr("Reflection · write when you are ready")
                            Accessible.name: qsTr("%1 %2: %3%4").arg(view.kindLabel(kind)).arg(index + 1)
                                                 .arg(title).arg(done ? qsTr(", done") : "")
                            onClicked: view.openItem(kind, itemId, title, prompt, hint)
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
                                    font.pixelSize: Theme.smallSize
                                    font.bold: true
                                    wrapMode: Text.Wrap
                                }
                                MarkdownText {
                                    objectName: "closingText"
                                    Layout.fillWidth: true
                                    text: view.tracks.chosenOutcomeClosing
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
