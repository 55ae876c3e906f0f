import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// First-run step 1: the track to start with.
// Loaded by file name when first reached (FirstRunView.qml): the first frame loads only the
// welcome.
Column {
    id: page
    required property FirstRunView view

    spacing: Theme.gap
    Label {
        width: parent.width
        text: qsTr("Where would you like to start?")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    Label {
        width: parent.width
        text: qsTr("You can switch tracks or browse the others at any time.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: page.view.firstRun.tracks
        delegate: ChoiceCard {
            required property string trackId
            required title
            required summary
            required property bool isPrivate
            objectName: "trackChoice_" + trackId
            width: parent.width
            badge: isPrivate ? qsTr("Private") : ""
            selected: page.view.chosenTrack === trackId
            onClicked: page.view.chosenTrack = trackId
        }
    }
    StepButtons {
        width: parent.width
        onBack: page.view.step -= 1
        onSkip: page.view.next()
        onAccept: page.view.applyTrack()
    }
}
