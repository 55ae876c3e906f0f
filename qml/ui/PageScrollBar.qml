import QtQuick
import QtQuick.Controls.Material
import QtQuick.Templates as T

// The vertical scroll bar of a ReadingPage (the style's), made by file name the first time it
// could show, so that its file is not loaded before the first frame (see ReadingPage.qml).
ScrollBar {
    required property T.ScrollView page

    x: page.mirrored ? 0 : page.width - width
    y: page.topPadding
    height: page.availableHeight
    // Made while the page moves: shown now, as the style's would be (the view shows it again
    // at each later move).
    Component.onCompleted: active = (page.contentItem as Flickable).moving
}
