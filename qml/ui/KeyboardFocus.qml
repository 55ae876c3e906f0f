import QtQuick
import QtQuick.Templates as T

// Moving the keyboard from code so that a keyboard user sees where it went. The window makes
// one by file name the first time it gives the keyboard back (see Main.qml's goBack): a
// singleton would be loaded with the window, before the first frame.
QtObject {
    // Gives the keyboard to `item` as Tab would, so that a control shows it has it (visualFocus,
    // and with it the focus ring). forceActiveFocus alone is not enough when the item has it back
    // already: a StackView that pops gives the keyboard back to the control that had it in the
    // page below, with no stated reason (Qt.OtherFocusReason), and a control's focus reason
    // changes only with a change of focus; so the reason is set here too.
    // Typed `var`: Qt 6.4's qmlcachegen crashes on `as` over an `Item` parameter.
    function giveAsTab(item: var) {
        (item as Item).forceActiveFocus(Qt.TabFocusReason)
        const control = item as T.Control
        if (control)
            control.focusReason = Qt.TabFocusReason
    }
}
