import QtQuick
import QtQuick.Controls.Material
import QtQuick.Templates as T

// Enter or Return on a focused button does what Space does: the style answers only Space, and
// a keyboard user expects either. A push button is clicked; a checkable one (a check box, a
// switch, a toggle button) turns over; a radio button, or a button in an exclusive group, is
// chosen (choosing it again leaves it chosen, as Space does). The window calls press() from
// its key handlers; a control that uses the key itself (a card, a text field, a list) takes it
// before it gets there.
QtObject {
    // Whether `item` (the window's activeFocusItem) was a button that took the key. Typed
    // `var`: Qt 6.4's qmlcachegen crashes on `as` over an `Item` parameter.
    function press(item: var): bool {
        const button = item as T.AbstractButton
        if (button === null || !button.enabled || !button.visible)
            return false
        if (button.checkable && !turnOver(button))
            return false
        button.clicked()
        return true
    }

    // Turns `button` over as Space would; false for a three-state check box, whose order of
    // states only the style's own key knows.
    function turnOver(button: T.AbstractButton): bool {
        if ((button as T.CheckBox)?.tristate === true)
            return false
        const exclusive = button.autoExclusive || button.ButtonGroup.group?.exclusive === true
        if (button.checked && exclusive)
            return true
        // toggle(), not an assignment: the button's own binding of `checked` stays.
        button.toggle()
        button.toggled()
        return true
    }
}
