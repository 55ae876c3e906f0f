import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Groundwork.Ui
import Groundwork.Tracks // own C++ types: Qt 6.4's implicit import holds only the QML files

// Writing an answer to one reflection prompt of the browsed track. "Saved" appears only after
// the text is committed to disk.
ColumnLayout {
    id: editor
    required property TracksViewModel tracks
    property string promptId
    property string title
    property string prompt   // Markdown
    property string hint
    property bool isPrivate: false
    property string status: ""   // "", "saved" or "error"
    signal closed()

    function load() {
        textArea.text = tracks.reflectionText(promptId)
        status = ""
    }
    function focusText() {
        textArea.forceActiveFocus(Qt.TabFocusReason)
    }
    function save() {
        if (tracks.saveReflection(promptId, textArea.text))
            status = "saved"
        else
            status = "error"
    }

    spacing: Theme.gap
    Component.onCompleted: load()
    onPromptIdChanged: load()

    Label {
        Layout.fillWidth: true
        text: editor.title
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
    PrivacyNote {
        objectName: "editorPrivacyNote"
        Layout.fillWidth: true
        visible: editor.isPrivate
    }
    MarkdownText {
        Layout.fillWidth: true
        text: editor.prompt
    }
    Label {
        Layout.fillWidth: true
        visible: editor.hint !== ""
        text: editor.hint
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.italic: true
        wrapMode: Text.Wrap
    }
    TextArea {
        id: textArea
        objectName: "reflectionText"
        Layout.fillWidth: true
        Layout.minimumHeight: 160
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Write as much or as little as you like.")
        font.pixelSize: Theme.bodySize
        onTextChanged: if (editor.status === "saved") editor.status = ""
        Accessible.name: qsTr("Your answer to: %1").arg(editor.title)
        KeyNavigation.priority: KeyNavigation.BeforeItem
        KeyNavigation.tab: saveButton
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.smallGap
        Button {
            id: saveButton
            objectName: "saveReflectionButton"
            text: qsTr("Save")
            highlighted: true
            onClicked: editor.save()
            Accessible.name: qsTr("Save your answer")
            // Enter as well as Space: a keyboard user expects either to press the focused button.
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
        Button {
            objectName: "closeEditorButton"
            text: qsTr("Back to the track")
            flat: true
            onClicked: editor.closed()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
        Label {
            objectName: "saveStatus"
            height: saveButton.height
            verticalAlignment: Text.AlignVCenter
            visible: editor.status !== ""
            text: editor.status === "saved" ? qsTr("Saved")
                  : qsTr("Not saved: %1").arg(editor.tracks.lastError !== "" ? editor.tracks.lastError
                                                                               : qsTr("please try again"))
            color: editor.status === "saved" ? Theme.accent : Theme.focus
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            width: Math.min(implicitWidth, editor.width)
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
