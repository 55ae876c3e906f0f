import QtQuick
import QtQuick.Controls

// A scrolling page whose content keeps a comfortable reading width on wide windows.
ScrollView {
    id: page
    default property alias pageContent: column.data

    contentWidth: availableWidth
    clip: true

    Column {
        id: column
        width: Math.min(page.availableWidth - 2 * Theme.gap, Theme.maxReadingWidth)
        x: (page.availableWidth - width) / 2
        topPadding: Theme.gap
        bottomPadding: Theme.gap * 2
        spacing: Theme.gap
    }
}
