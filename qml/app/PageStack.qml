import QtQuick
import QtQuick.Controls

// The pages over a section (a lesson, a drill, lead mode), with the section as its first item.
// Main.qml loads it by file name when the first page opens, so that neither this file nor the
// style's StackView is loaded before the first frame.
StackView {
    required property Main shell
    // Back at the section (a section was chosen, or Today was brought to front): no page is
    // left to return from.
    onDepthChanged: if (depth === 1) shell.focusBeforePages = []
}
