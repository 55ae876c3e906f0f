import QtQuick
import QtQuick.Controls.Material

// Back, in the tool bar over a page. SectionHeader.qml loads it by file name only while a page
// is open, so that the style's ToolButton is not loaded before the first frame. Its strings
// keep SectionHeader's translation context, where they were translated.
ToolButton {
    required property Main shell
    objectName: "backButton"
    text: "‹ " + qsTranslate("SectionHeader", "Back")
    onClicked: shell.goBack()
    Accessible.name: qsTranslate("SectionHeader", "Back to %1").arg(shell.sections[shell.section])
}
