import QtQuick

// Lesson text as authored: Markdown rendered by Qt.
Text {
    textFormat: Text.MarkdownText
    wrapMode: Text.Wrap
    color: Theme.text
    linkColor: Theme.accent
    font.pixelSize: Theme.bodySize
    lineHeight: 1.25
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
