import QtQuick
import QtQuick.Controls.Material
import QtQuick.Templates as T

// A scrolling page whose content keeps a comfortable reading width on wide windows, and which
// scrolls the focused control into view so the page works from the keyboard alone.
// The scroll view of the templates, not the style's: the style's makes a vertical and a
// horizontal scroll bar with every page (together 1.4 M instructions before the first frame).
// The page's one scroll bar, vertical, is made the first time it could show: when the page is
// hovered or moves (the style's bar shows only then). It is attached to the view's flickable:
// the view hands its flickable only to a bar it had when it was built.
T.ScrollView {
    id: page
    default property alias pageContent: column.data

    contentWidth: availableWidth
    clip: true

    HoverHandler {
        id: pointer
    }
    readonly property bool scrollBarWanted: pointer.hovered || (contentItem as Flickable).moving
    onScrollBarWantedChanged: {
        const flick = page.contentItem as Flickable
        if (scrollBarWanted && !flick.ScrollBar.vertical)
            flick.ScrollBar.vertical = Qt.createComponent("PageScrollBar.qml").createObject(page, { page: page }) as ScrollBar
    }

    function isInside(item) {
        for (let p = item; p; p = p.parent)
            if (p === column)
                return true
        return false
    }

    function ensureVisible(item) {
        if (!item || !isInside(item))
            return
        const flick = page.contentItem as Flickable
        const top = item.mapToItem(column, 0, 0).y + column.y - Theme.gap
        const bottom = top + item.height + 2 * Theme.gap
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(bottom - flick.height, flick.contentHeight - flick.height))
    }

    // Brings an item's top to the top of the page (used when new content replaces old below it).
    function scrollToTop(item) {
        if (!item || !isInside(item))
            return
        const flick = page.contentItem as Flickable
        const top = item.mapToItem(column, 0, 0).y + column.y - Theme.gap
        flick.contentY = Math.max(0, Math.min(top, flick.contentHeight - flick.height))
    }

    // The item that just took the keyboard, revealed again once the content has been laid out:
    // a control that appears as it takes the keyboard has its place only after the layout pass.
    property Item revealing: null
    // An item that just appeared below the focused one (a note saying where a file went), shown
    // once laid out too.
    property Item revealingNote: null
    function revealPending() {
        if (page.revealing && page.revealing.activeFocus)
            page.ensureVisible(page.revealing)
        if (page.revealingNote)
            page.ensureVisible(page.revealingNote)
    }
    // Scrolls `item` into view now and again after the layout pass that gives it its place.
    function revealOnceLaidOut(item: Item) {
        page.revealingNote = item
        page.ensureVisible(item)
        Qt.callLater(page.revealPending) // qmllint disable type
        revealWindow.restart()
    }
    Timer {
        id: revealWindow
        interval: 300
        onTriggered: { page.revealing = null; page.revealingNote = null }
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            page.ensureVisible(page.Window.activeFocusItem)
            page.revealing = page.Window.activeFocusItem
            revealWindow.restart()
        }
    }
    Connections {
        target: column
        function onHeightChanged() { Qt.callLater(page.revealPending) } // qmllint disable type
    }

    Column {
        id: column
        width: Math.min(page.availableWidth - 2 * Theme.gap, Theme.maxReadingWidth)
        x: (page.availableWidth - width) / 2
        topPadding: Theme.gap
        bottomPadding: Theme.gap * 2
        spacing: Theme.gap
    }
}
