import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Lead

// The role the cohort trains for: a template of the content pack, adapted by the lead (title,
// decisions owned and not owned, 90-day success, span of control, the weights on the
// dimensions), saved as a new version. Members' profiles measure against it by default.
Rectangle {
    id: editor
    required property LeadSession session
    readonly property LeadRole role: session.role

    implicitHeight: content.implicitHeight + 2 * Theme.gap
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.outline

    component FieldLabel: Label {
        width: parent.width
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.bold: true
        wrapMode: Text.Wrap
    }
    component LinesArea: TextArea {
        id: area
        width: parent.width
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.bodySize
        placeholderText: qsTr("One per line")
        // Tab moves on to the next field, as everywhere else, rather than typing a tab.
        Keys.onTabPressed: event => { area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
        Keys.onBacktabPressed: event => { area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
    }

    Column {
        id: content
        x: Theme.gap
        y: Theme.gap
        width: parent.width - 2 * Theme.gap
        spacing: Theme.smallGap

        Label {
            width: parent.width
            text: qsTr("The role your cohort trains for")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "roleVersionText"
            width: parent.width
            text: editor.role.version === 0
                  ? qsTr("Not set yet. Members' profiles measure against it once you save; they can still compare "
                         + "against another role.")
                  : qsTr("Version %1, saved %2. Members' profiles measure against it unless they chose another "
                         + "role; after each save they see what changed.")
                        .arg(editor.role.version)
                        .arg(editor.role.changedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        FieldLabel { text: qsTr("Start from a template") }
        ComboBox {
            // The current choice is listed in the accent colour: the light one, readable as text
            Material.accent: Theme.accent
            id: templatePicker
            objectName: "roleTemplatePicker"
            width: Math.min(parent.width, 420)
            model: editor.role.templates
            textRole: "title"
            valueRole: "templateId"
            currentIndex: {
                const list = editor.role.templates
                for (let i = 0; i < list.length; ++i)
                    if (list[i].templateId === editor.role.templateId)
                        return i
                return -1
            }
            onActivated: index => editor.role.useTemplate(editor.role.templates[index].templateId)
            Accessible.name: qsTr("Template: %1").arg(displayText)
            // A long template title wraps on a phone instead of losing its last letters.
            contentItem: Label {
                leftPadding: 12
                rightPadding: templatePicker.indicator.width + templatePicker.spacing
                topPadding: 8
                bottomPadding: 8
                text: templatePicker.displayText
                font: templatePicker.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
            }
        }
        Label {
            width: parent.width
            text: qsTr("Choosing a template replaces the fields below with its text.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }

        FieldLabel { text: qsTr("Title") }
        TextField {
            objectName: "roleTitleField"
            width: parent.width
            text: editor.role.title
            maximumLength: 120
            font.pixelSize: Theme.bodySize
            onTextEdited: editor.role.title = text
            Accessible.name: qsTr("Title")
        }

        FieldLabel { text: qsTr("Decisions this manager owns") }
        LinesArea {
            objectName: "decisionsOwnedField"
            text: editor.role.decisionsOwned
            onTextChanged: if (activeFocus) editor.role.decisionsOwned = text
            Accessible.name: qsTr("Decisions this manager owns, one per line")
        }
        FieldLabel { text: qsTr("Decisions this manager does not own") }
        LinesArea {
            objectName: "decisionsNotOwnedField"
            text: editor.role.decisionsNotOwned
            onTextChanged: if (activeFocus) editor.role.decisionsNotOwned = text
            Accessible.name: qsTr("Decisions this manager does not own, one per line")
        }
        FieldLabel { text: qsTr("Success at 90 days") }
        LinesArea {
            objectName: "successField"
            text: editor.role.successAt90Days
            onTextChanged: if (activeFocus) editor.role.successAt90Days = text
            Accessible.name: qsTr("Success at 90 days, one per line")
        }

        FieldLabel { text: qsTr("Span of control (direct reports; 0: not stated)") }
        SpinBox {
            objectName: "spanOfControlBox"
            from: 0
            to: 100
            editable: true
            value: editor.role.spanOfControl
            onValueModified: editor.role.spanOfControl = value
            Accessible.name: qsTr("Span of control")
        }

        FieldLabel { text: qsTr("The judgment calls: how much the role asks of each dimension") }
        Label {
            width: parent.width
            text: qsTr("0 leaves a dimension out; the weights count relative to each other.")
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
        Repeater {
            model: editor.role.weights
            delegate: RoleWeightRow {
                required property int index
                width: Math.min(content.width, 560) // the spin box stays near its name on a desktop
                onWeightEdited: weight => editor.role.setWeight(index, weight)
            }
        }

        Label {
            objectName: "roleProblem"
            width: parent.width
            visible: text !== ""
            text: editor.role.problem
            color: Theme.focus
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Flow {
            width: parent.width
            spacing: Theme.smallGap
            Button {
                objectName: "saveRoleButton"
                text: qsTr("Save as version %1").arg(editor.role.version + 1)
                enabled: !editor.session.busy && (editor.role.dirty || editor.role.version === 0) && editor.role.problem === ""
                onClicked: editor.session.saveRole()
                Keys.onReturnPressed: if (enabled) clicked()
                Keys.onEnterPressed: if (enabled) clicked()
            }
            Label {
                objectName: "roleSavedText"
                visible: editor.session.roleSaved
                height: parent.children[0].height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Saved. Members receive it when they next sync.")
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
        }
    }
}
