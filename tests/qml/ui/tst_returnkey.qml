import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Ui

// Enter and Return on a focused button do what Space does (ReturnKey, as the window wires it in
// qml/app/Main.qml): a push button is clicked, a check box, a switch or a toggle button turns
// over, a radio button or a button of an exclusive group is chosen and stays chosen.
TestCase {
    id: testCase
    name: "ReturnKey"
    when: windowShown
    visible: true // a hidden button takes no key
    width: 360
    height: 640

    Component {
        id: pageComponent
        Column {
            id: page
            property int pushes: 0
            property int boxToggles: 0
            property bool model: false // a binding the toggle button must keep
            property alias push: pushButton
            property alias box: checkBox
            property alias toggleSwitch: switchControl
            property alias toggleButton: toggleButton
            property alias first: firstRadio
            property alias second: secondRadio
            property alias low: lowButton
            property alias high: highButton
            property alias off: disabledBox
            property alias field: textField
            property alias returnKey: returnKey
            Keys.onReturnPressed: event => event.accepted = returnKey.press(page.Window.activeFocusItem)
            Keys.onEnterPressed: event => event.accepted = returnKey.press(page.Window.activeFocusItem)
            ReturnKey { id: returnKey }
            Button { id: pushButton; text: "Save"; onClicked: page.pushes += 1 }
            CheckBox { id: checkBox; text: "Include"; onToggled: page.boxToggles += 1 }
            Switch { id: switchControl; text: "Reminder" }
            Button {
                id: toggleButton
                text: "Mon"
                checkable: true
                checked: page.model
                onToggled: page.model = checked
            }
            RadioButton { id: firstRadio; text: "One"; checked: true }
            RadioButton { id: secondRadio; text: "Two" }
            ButtonGroup { id: group }
            Button { id: lowButton; text: "50%"; checkable: true; ButtonGroup.group: group; checked: true }
            Button { id: highButton; text: "90%"; checkable: true; ButtonGroup.group: group }
            CheckBox { id: disabledBox; text: "Locked"; enabled: false }
            TextField { id: textField }
        }
    }

    function open() {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        return page
    }

    function pressOn(control, key) {
        control.forceActiveFocus(Qt.TabFocusReason)
        verify(control.activeFocus)
        keyClick(key)
    }

    function test_push_button_is_clicked_data() {
        return [{ tag: "Return", key: Qt.Key_Return }, { tag: "Enter", key: Qt.Key_Enter }]
    }
    function test_push_button_is_clicked(data) {
        const page = open()
        pressOn(page.push, data.key)
        compare(page.pushes, 1)
    }

    function test_check_box_and_switch_turn_over_data() {
        return [{ tag: "Return", key: Qt.Key_Return }, { tag: "Enter", key: Qt.Key_Enter }]
    }
    function test_check_box_and_switch_turn_over(data) {
        const page = open()
        pressOn(page.box, data.key)
        verify(page.box.checked)
        compare(page.boxToggles, 1)
        keyClick(data.key)
        verify(!page.box.checked)
        compare(page.boxToggles, 2)
        pressOn(page.toggleSwitch, data.key)
        verify(page.toggleSwitch.checked)
    }

    // As a rest day of GoalEditor: the model follows the toggle, and the button's binding to
    // the model stays, so a change of the model still shows.
    function test_toggle_button_keeps_its_binding() {
        const page = open()
        pressOn(page.toggleButton, Qt.Key_Return)
        verify(page.toggleButton.checked)
        verify(page.model)
        page.model = false
        verify(!page.toggleButton.checked)
    }

    function test_radio_and_exclusive_group_choose() {
        const page = open()
        pressOn(page.second, Qt.Key_Return)
        verify(page.second.checked)
        verify(!page.first.checked)
        keyClick(Qt.Key_Return) // again: stays chosen, as with Space
        verify(page.second.checked)
        pressOn(page.high, Qt.Key_Return)
        verify(page.high.checked)
        verify(!page.low.checked)
        keyClick(Qt.Key_Return)
        verify(page.high.checked)
    }

    // The same keys as Space: a checkable control answers Space and Return alike.
    function test_space_and_return_agree() {
        const page = open()
        pressOn(page.box, Qt.Key_Space)
        verify(page.box.checked)
        keyClick(Qt.Key_Return)
        verify(!page.box.checked)
        keyClick(Qt.Key_Space)
        verify(page.box.checked)
    }

    function test_disabled_control_and_text_field_are_left_alone() {
        const page = open()
        verify(!page.returnKey.press(page.off))
        verify(!page.off.checked)
        verify(!page.returnKey.press(page.field))
        verify(!page.returnKey.press(null))
    }
}
