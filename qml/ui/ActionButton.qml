import QtQuick
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl
import Groundwork.Ui // own C++ type (ButtonShadow): Qt 6.4's implicit import holds only the QML files

// A highlighted button: the style's own, with its shadow drawn from the style's pixels
// (ButtonShadow) instead of rendered through two layers and four shader effects per button
// (about 1 M instructions each before Today's first frame, and an offscreen pass per redraw).
Button {
    id: control
    highlighted: true

    background: Item {
        implicitWidth: 64
        implicitHeight: control.Material.buttonHeight

        // The style draws the background through a layer, whose edges fall on whole pixels
        // (a text's width makes the button's fractional): so do these.
        Rectangle {
            width: Math.round(parent.width)
            height: Math.round(parent.height)
            radius: 2
            color: !control.enabled ? control.Material.buttonDisabledColor
                                    : control.checked ? control.Material.highlightedCheckedButtonColor
                                                      : control.Material.highlightedButtonColor

            // Under the face (z < 0) and 24 pixels around it; as the style's, none while the
            // button is disabled, and the higher shadow while it is pressed.
            ButtonShadow {
                x: -24
                y: -24
                z: -1
                width: parent.width + 48
                height: parent.height + 48
                raised: control.down
                visible: control.enabled
            }

            Ripple {
                clipRadius: 2
                width: parent.width
                height: parent.height
                pressed: control.pressed
                anchor: control
                active: enabled && (control.down || control.visualFocus || control.hovered)
                color: control.Material.rippleColor
            }
        }
    }
}
