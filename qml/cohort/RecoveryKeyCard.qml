import QtQuick
import QtQuick.Controls.Material
import QtQuick.Dialogs
import Groundwork.Ui
import Groundwork.Cohort // its C++ types: Qt 6.4 does not resolve them through the implicit import

// The printable recovery key: off until the learner turns it on; then shown once, to copy,
// save as a text file or save as a one-page PDF (opened to print) and keep on paper; later it
// can be made anew or turned off. Says plainly what is lost without it. Give it a width.
// The PDF: in a wide window the learner chooses where in a file dialog; in a narrow one (a
// phone), where Qt's own file dialog has no room for the name and the filter, it goes straight
// to the Documents folder, says where, and offers another folder (a folder dialog, which fits).
Column {
    id: card
    required property RecoveryKeyModel recovery
    readonly property bool showing: card.recovery.state === RecoveryKeyModel.Showing
    property string savedPath: ""
    // The last save was the PDF (opened to print), not the text file.
    property bool savedPdf: false
    // A PDF saved before the last one, still on disk ("" if none).
    property string earlierPdfPath: ""
    property bool confirmingOff: false
    // Save the PDF without asking where first (a narrow window).
    property bool savesPdfDirectly: card.Window.width > 0 && card.Window.width < 600
    // Where the PDF goes, or where the dialog suggests; empty: the Documents folder, a dated
    // name (defaultPdfUrl()).
    property url pdfUrl: ""
    // Open a saved PDF in the system's viewer, to print.
    property bool opensSavedPdf: true

    spacing: Theme.smallGap
    // Makes a key now (the join offer's "Make one").
    function makeKey() {
        card.recovery.turnOn()
    }
    function savePdf(file: url) {
        // Saved again elsewhere: the first copy stays, and the note says where.
        const earlier = card.savedPdf && card.savedPath !== "" ? card.savedPath : ""
        const path = card.recovery.savePdfTo(file)
        card.earlierPdfPath = path !== "" && path !== earlier ? earlier : ""
        card.savedPdf = path !== ""
        card.savedPath = path
        if (path !== "" && card.opensSavedPdf)
            Qt.openUrlExternally(file)
        if (path !== "")
            card.revealSavedNote()
    }
    // The note saying where the file went appears under the buttons, where a window's lower
    // edge can hide it: the page the card is in scrolls it into view.
    function revealSavedNote() {
        for (let p = card.parent; p; p = p.parent) {
            const page = p as ReadingPage
            if (page) {
                page.revealOnceLaidOut(savedNote)
                return
            }
        }
    }
    function suggestedPdfUrl(): url {
        return String(card.pdfUrl) !== "" ? card.pdfUrl : card.recovery.defaultPdfUrl()
    }
    function choosePdfPlace() {
        pdfDialog.selectedFile = card.suggestedPdfUrl()
        pdfDialog.open()
    }
    // The suggested file's name, in `folder`.
    function pdfUrlIn(folder: url): url {
        const name = String(card.suggestedPdfUrl()).split("/").pop()
        return String(folder).replace(/\/+$/, "") + "/" + name
    }
    function choosePdfFolder() {
        const suggested = String(card.suggestedPdfUrl())
        pdfFolderDialog.currentFolder = suggested.slice(0, suggested.lastIndexOf("/"))
        pdfFolderDialog.open()
    }
    // Four groups to a line, as on the printed page, rather than broken wherever the width ends
    // (a line ending in a dash reads like a missing character). Typing it back forgives the breaks.
    function inLines(key: string): string {
        const groups = key.split("-")
        const lines = []
        for (let i = 0; i < groups.length; i += 4)
            lines.push(groups.slice(i, i + 4).join("-"))
        return lines.join("\n")
    }

    Connections {
        target: card.recovery
        // The key, once shown, has the focus: Tab goes on to Copy, Save and "I have kept it".
        function onStateChanged() {
            if (card.showing)
                keyText.forceActiveFocus()
        }
    }
    Component.onCompleted: if (card.visible) card.recovery.refresh()
    // Another device may have turned it on or off meanwhile.
    onVisibleChanged: if (card.visible) card.recovery.refresh()

    Label {
        objectName: "recoveryHeading"
        width: parent.width
        topPadding: Theme.smallGap
        text: qsTr("Recovery key")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Label {
        objectName: "recoveryExplanation"
        width: parent.width
        visible: !card.showing
        text: card.recovery.state === RecoveryKeyModel.On
              ? qsTr("A recovery key is on. With it and your server's address, a new device can open your answers "
                     + "and private writing even if you lose every device. Making a new key stops the old one working.")
              : qsTr("Your private writing is encrypted with keys that only your devices hold: if you lose every "
                     + "device and have no recovery key, no one can recover it, not even the cohort server. A "
                     + "recovery key is a line of letters and digits you print or save and keep somewhere safe. "
                     + "It is off unless you turn it on.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    // Shown once ----------------------------------------------------------------------------
    Column {
        objectName: "recoveryShown"
        width: parent.width
        spacing: Theme.smallGap
        visible: card.showing

        Label {
            width: parent.width
            text: qsTr("Your recovery key. Print it, save it or write it down now: it is shown only this once, and "
                       + "anyone holding it can read your answers and private writing.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        TextArea {
            id: keyText
            objectName: "recoveryKeyText"
            width: parent.width
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            text: card.inLines(card.recovery.shownKey)
            color: Theme.text
            font.family: "monospace"
            font.pixelSize: Theme.bodySize
            font.letterSpacing: 1
            // The custom frame drops the style's padding: the key keeps clear of its border.
            padding: Theme.smallGap
            background: Rectangle { color: "transparent"; border.color: Theme.mutedText; radius: 4 }
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Recovery key %1").arg(card.recovery.shownKey.split("").join(" "))
            KeyNavigation.tab: copyButton
        }
        Flow {
            width: parent.width
            spacing: Theme.smallGap
            Button {
                id: copyButton
                objectName: "copyRecoveryKeyButton"
                text: qsTr("Copy")
                Accessible.name: qsTr("Copy the recovery key")
                KeyNavigation.tab: saveButton
                onClicked: card.recovery.copyToClipboard()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: saveButton
                objectName: "saveRecoveryKeyButton"
                text: qsTr("Save as a text file")
                Accessible.name: text
                KeyNavigation.tab: pdfButton
                onClicked: {
                    const path = card.recovery.defaultSavePath()
                    card.savedPdf = false
                    card.savedPath = card.recovery.saveTo(path) ? path : ""
                    if (card.savedPath !== "")
                        card.revealSavedNote()
                }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: pdfButton
                objectName: "saveRecoveryKeyPdfButton"
                text: qsTr("Save as PDF to print")
                Accessible.name: qsTr("Save the recovery key as a PDF to print")
                KeyNavigation.tab: keptButton
                onClicked: {
                    if (!card.savesPdfDirectly) {
                        card.choosePdfPlace()
                        return
                    }
                    card.savePdf(card.suggestedPdfUrl())
                    // On a phone the note saying where it went falls below the fold: the keyboard
                    // moves to the choice under it, and the page scrolls both into view.
                    if (card.savedPdf)
                        folderButton.forceActiveFocus(Qt.TabFocusReason)
                }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: keptButton
                objectName: "keptRecoveryKeyButton"
                text: qsTr("I have kept it")
                highlighted: true
                Accessible.name: qsTr("I have kept the recovery key; hide it")
                onClicked: { card.savedPath = ""; card.savedPdf = false; card.earlierPdfPath = ""; card.recovery.doneShowing(); onButton.forceActiveFocus(Qt.TabFocusReason) }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
        Label {
            id: savedNote
            objectName: "recoverySavedTo"
            width: parent.width
            visible: card.savedPath !== ""
            text: !card.savedPdf
                  ? qsTr("Saved to %1. Print it from there, then keep the paper and delete the file, or keep the file "
                         + "somewhere only you can reach.").arg(card.savedPath)
                  : qsTr("Saved to %1 and opened to print. Keep the paper somewhere safe, then delete the file, or keep "
                         + "the file somewhere only you can reach.").arg(card.savedPath)
                    + (card.earlierPdfPath === "" ? ""
                       : " " + qsTr("The copy saved before is still in %1: delete it too, or keep it as safe.")
                                   .arg(card.earlierPdfPath))
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Button {
            id: folderButton
            objectName: "choosePdfFolderButton"
            visible: card.savedPdf && card.savesPdfDirectly
            text: qsTr("Save to another folder…")
            flat: true
            Accessible.name: qsTr("Save the PDF to another folder")
            onClicked: card.choosePdfFolder()
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }

    // Where the printable page goes when the learner chooses; then the system's viewer opens it to print.
    FileDialog {
        id: pdfDialog
        objectName: "recoveryPdfDialog"
        // The window the card is in now: the dialog looks for one only once, when it is made,
        // and a card made before it joins a window would find none (and never open).
        parentWindow: card.Window.window
        title: qsTr("Save the recovery key as a PDF")
        fileMode: FileDialog.SaveFile
        acceptLabel: qsTr("Save")
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: {
            card.savePdf(pdfDialog.selectedFile)
            pdfButton.forceActiveFocus(Qt.TabFocusReason)
        }
        onRejected: pdfButton.forceActiveFocus(Qt.TabFocusReason)
    }

    // Another folder for the PDF in a narrow window: the same dated name, in the folder chosen.
    FolderDialog {
        id: pdfFolderDialog
        objectName: "recoveryPdfFolderDialog"
        parentWindow: card.Window.window
        title: qsTr("Choose a folder for the PDF")
        acceptLabel: qsTr("Choose folder")
        onAccepted: {
            card.savePdf(card.pdfUrlIn(pdfFolderDialog.selectedFolder))
            folderButton.forceActiveFocus(Qt.TabFocusReason) // under the note that changed
        }
        onRejected: folderButton.forceActiveFocus(Qt.TabFocusReason)
    }

    // On and off ---------------------------------------------------------------------------
    Flow {
        width: parent.width
        spacing: Theme.smallGap
        visible: !card.showing && !card.confirmingOff
        Button {
            id: onButton
            objectName: "recoveryOnButton"
            text: card.recovery.state === RecoveryKeyModel.Working ? qsTr("Working…")
                  : card.recovery.state === RecoveryKeyModel.On ? qsTr("Make a new recovery key")
                  : qsTr("Make a recovery key")
            enabled: card.recovery.state === RecoveryKeyModel.Off || card.recovery.state === RecoveryKeyModel.On
            flat: card.recovery.state === RecoveryKeyModel.On
            Accessible.name: text
            KeyNavigation.tab: offButton.visible ? offButton : null
            onClicked: card.makeKey()
            Keys.onReturnPressed: if (enabled) clicked()
            Keys.onEnterPressed: if (enabled) clicked()
        }
        Button {
            id: offButton
            objectName: "recoveryOffButton"
            visible: card.recovery.state === RecoveryKeyModel.On
            text: qsTr("Turn off")
            flat: true
            Accessible.name: qsTr("Turn the recovery key off")
            onClicked: { card.confirmingOff = true; confirmOffButton.forceActiveFocus() }
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
    }
    Column {
        objectName: "recoveryOffConfirmation"
        width: parent.width
        spacing: Theme.smallGap
        visible: card.confirmingOff
        Label {
            width: parent.width
            text: qsTr("Turn the recovery key off? The server deletes its copy and your key stops working. Without "
                       + "another linked device, your private writing cannot be recovered if you lose this one.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Flow {
            width: parent.width
            spacing: Theme.smallGap
            Button {
                id: confirmOffButton
                objectName: "confirmRecoveryOffButton"
                text: qsTr("Turn off")
                Accessible.name: qsTr("Yes, turn the recovery key off")
                KeyNavigation.tab: keepOnButton
                onClicked: { card.confirmingOff = false; card.recovery.turnOff(); onButton.forceActiveFocus() }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                id: keepOnButton
                objectName: "keepRecoveryOnButton"
                text: qsTr("Keep it on")
                flat: true
                Accessible.name: text
                onClicked: { card.confirmingOff = false; offButton.forceActiveFocus() }
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
    }

    Label {
        objectName: "recoveryError"
        width: parent.width
        visible: text !== ""
        text: card.recovery.errorText
        color: Theme.focus
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
