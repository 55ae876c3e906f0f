import QtQuick
import QtQuick.Controls.Material

// The pages over a section (a lesson, a drill, lead mode), with the section as its first item.
// Main.qml loads it by file name when the first page opens, so that neither this file nor the
// style's StackView is loaded before the first frame.
StackView {
    id: stack
    required property Main shell
    // Back at the section (a section was chosen, or Today was brought to front): no page is
    // left to return from.
    onDepthChanged: if (depth === 1) shell.focusBeforePages = []

    // Back (or Escape) leaves the page on top. Made with the stack, as there is nothing to
    // go back from before: one object fewer before the first frame.
    Shortcut {
        // Qt 6.4's qmllint does not know the StandardKey enumeration.
        sequences: [StandardKey.Back, "Escape"] // qmllint disable unqualified
        enabled: stack.shell.pageDepth > 1
        onActivated: stack.shell.goBack()
    }
}
