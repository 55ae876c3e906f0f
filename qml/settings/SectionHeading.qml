import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui

// A heading that starts a group of settings.
Label {
    topPadding: Theme.gap
    color: Theme.text
    font.pixelSize: Theme.headingSize
    font.bold: true
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
