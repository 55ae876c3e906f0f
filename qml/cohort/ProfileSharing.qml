import QtQuick
import QtQuick.Controls.Material
import Groundwork.Ui
import Groundwork.Cohort // its C++ types: Qt 6.4 does not resolve them through the implicit import

// The learner's opt-in to share their readiness profile with the cohort lead (PRODUCT.md,
// principle 5): off by default, says plainly what the lead would see and what never leaves the
// device, and can be turned off again at any time. The choice is the learner's, not one
// device's: it applies to all of their devices (the last one made wins). Neither choice is nudged: the switch is
// not highlighted and nothing is said to be lost by keeping it off.
Column {
    id: sharing
    required property ProfileSharingModel choice
    readonly property alias switchControl: shareSwitch

    spacing: Theme.smallGap
    topPadding: Theme.gap

    Label {
        width: parent.width
        text: qsTr("Readiness profile")
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Switch {
        id: shareSwitch
        objectName: "shareSwitch"
        width: parent.width
        text: qsTr("Share my readiness profile with my cohort lead")
        // The model is the truth: a click asks it, and the switch shows what it says.
        checked: sharing.choice.shared
        onToggled: {
            sharing.choice.setShared(checked)
            checked = Qt.binding(() => sharing.choice.shared)
        }
        // Space toggles (the style's own); Return and Enter too, as the other buttons here do.
        Keys.onReturnPressed: { toggle(); toggled() }
        Keys.onEnterPressed: { toggle(); toggled() }
        Accessible.name: text
        Accessible.description: whatLeadSees.text
        // The style's label elides; this one wraps, so the whole sentence shows on a phone.
        contentItem: Label {
            leftPadding: shareSwitch.indicator && !shareSwitch.mirrored
                         ? shareSwitch.indicator.width + shareSwitch.spacing : 0
            rightPadding: shareSwitch.indicator && shareSwitch.mirrored
                          ? shareSwitch.indicator.width + shareSwitch.spacing : 0
            text: shareSwitch.text
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }

    Label {
        objectName: "shareStatus"
        width: parent.width
        // Right under the switch: where the copy stands (sent, waiting, being deleted).
        visible: text !== ""
        text: sharing.choice.statusText
        color: Theme.text
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    Label {
        id: whatLeadSees
        objectName: "shareWhatLeadSees"
        width: parent.width
        text: qsTr("While this is on, your lead sees a copy of your profile: the role it is measured "
                   + "against, your overall and per-dimension estimates with their uncertainty, how many "
                   + "decisions back each one, their trend, and whether your confidence is well "
                   + "calibrated. If you also chose so on your Profile, it includes your readiness "
                   + "assessment results: for each sitting, its day and its overall and per-dimension "
                   + "figures with their uncertainty, never the answers. The copy is updated when you sync.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Label {
        objectName: "shareNeverLeaves"
        width: parent.width
        text: qsTr("Never shared with your lead: your reflections, anything from the “Back to IC” and "
                   + "“Is it for me?” tracks, and your individual answers. All of them are end-to-end "
                   + "encrypted between your devices: the cohort server stores only on which days you "
                   + "did a lesson, a quick check or a drill or set a goal, and your lead sees only how "
                   + "far you have come.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Label {
        objectName: "shareWithdraw"
        width: parent.width
        text: qsTr("You can turn sharing off at any time; the server then deletes your lead's copy. "
                   + "Both choices, sharing your profile here and including your assessment results "
                   + "on your Profile, apply to all of your devices: whichever you make last, on any "
                   + "of them, is the one that counts.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
}
