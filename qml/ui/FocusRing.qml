import QtQuick
import QtQuick.Templates as T
import QtQuick.Window

// A clear outline around the control that has keyboard focus: the style's own cue is too faint
// to follow when using the app from the keyboard alone. Put one in the window's overlay.
Rectangle {
    id: ring
    required property Window window
    readonly property Item target: window.activeFocusItem
    // Controls show keyboard focus (visualFocus); a ChoiceCard draws its own outline.
    readonly property bool shown: target !== null && (target as T.Control)?.visualFocus === true
                                  && target.visible && (target as ChoiceCard)?.drawsOwnFocus !== true

    visible: shown
    color: "transparent"
    border.color: Theme.focus
    border.width: 3
    radius: 8
    z: 1000

    function place() {
        if (!shown)
            return
        const p = target.mapToItem(parent, 0, 0)
        x = p.x - 4
        y = p.y - 4
        width = target.width + 8
        height = target.height + 8
    }

    onTargetChanged: place()
    onShownChanged: place()
    // Follows the control while the page scrolls or the layout changes.
    Connections {
        target: ring.window
        function onFrameSwapped() { ring.place() }
    }
}
