import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Ui

// Back from a page (Escape) returns the keyboard to the control the page was opened from, and
// the control shows it (visualFocus, which the focus ring follows), as Main.qml's goBack does it:
// the stack pops, then KeyboardFocus.giveAsTab. The stack gives the keyboard back by itself,
// with no stated reason: forceActiveFocus(Qt.TabFocusReason) alone then left the control
// without its ring.
TestCase {
    id: testCase
    name: "KeyboardFocus"
    when: windowShown
    visible: true
    width: 360
    height: 640

    KeyboardFocus { id: keyboardFocus }

    Component {
        id: stackComponent
        StackView {
            property alias start: startButton
            anchors.fill: parent
            // A focus scope, as the window's section is (a Loader).
            initialItem: FocusScope {
                Button { id: startButton; text: "Start lesson" }
            }
        }
    }
    Component {
        id: pageComponent
        Item {
            Button { text: "Next" }
        }
    }

    function test_back_returns_a_visible_focus() {
        const stack = createTemporaryObject(stackComponent, testCase)
        verify(stack)
        stack.start.forceActiveFocus(Qt.TabFocusReason)
        verify(stack.start.visualFocus)

        const page = stack.push(pageComponent, {}, StackView.Immediate)
        page.forceActiveFocus(Qt.OtherFocusReason)
        verify(!stack.start.activeFocus)

        stack.pop(StackView.Immediate)
        // The stack has given the keyboard back, with no reason: no focus shows.
        verify(stack.start.activeFocus)
        verify(!stack.start.visualFocus)
        keyboardFocus.giveAsTab(stack.start)
        verify(stack.start.activeFocus)
        compare(stack.start.focusReason, Qt.TabFocusReason)
        verify(stack.start.visualFocus)
    }

    function test_a_control_without_the_keyboard_takes_it() {
        const stack = createTemporaryObject(stackComponent, testCase)
        verify(stack)
        keyboardFocus.giveAsTab(stack.start)
        verify(stack.start.activeFocus)
        verify(stack.start.visualFocus)
    }
}
