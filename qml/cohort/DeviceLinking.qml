import QtQuick
import QtQuick.Controls
import Groundwork.Ui

// On a device that has joined: how to bring another phone or computer of the same learner
// into the cohort. It shows a single-use link code from the server on request; typed on the
// other device (Cohort, "I joined on another device"), it gives that device its own
// credential for the same account, and everything syncs across.
// `cohort` is a CohortViewModel: linkCode, linkCodeExpires, fetchingLinkCode, startLink().
Column {
    id: linking
    required property QtObject cohort
    readonly property alias linkButton: getCodeButton

    spacing: Theme.smallGap
    topPadding: Theme.gap

    Label {
        width: parent.width
        text: qsTr("Your other devices")
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Label {
        objectName: "linkExplanation"
        width: parent.width
        text: qsTr("To practise on another phone or computer too, get a link code here and type it "
                   + "there, under Cohort, “I joined on another device”. Your answers then sync "
                   + "between them; you stay one person in the cohort.")
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Label {
        id: codeLabel
        objectName: "linkCode"
        visible: linking.cohort.linkCode !== ""
        text: linking.cohort.linkCode
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.family: "monospace"
        font.letterSpacing: 2
        // The code is read out character by character, not as a word.
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Link code %1").arg(linking.cohort.linkCode.split("").join(" "))
    }
    Label {
        objectName: "linkCodeExpiry"
        width: parent.width
        visible: codeLabel.visible
        text: linking.cohort.linkCodeExpires && !isNaN(linking.cohort.linkCodeExpires.getTime())
              ? qsTr("Works once, until %1.").arg(linking.cohort.linkCodeExpires.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
              : ""
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        wrapMode: Text.Wrap
    }

    Button {
        id: getCodeButton
        objectName: "getLinkCodeButton"
        text: linking.cohort.fetchingLinkCode ? qsTr("Getting a code…")
                                              : codeLabel.visible ? qsTr("Get a new code") : qsTr("Get a link code")
        enabled: !linking.cohort.fetchingLinkCode
        flat: true
        Accessible.name: qsTr("Get a link code for another device")
        onClicked: linking.cohort.startLink()
        Keys.onReturnPressed: if (enabled) clicked()
        Keys.onEnterPressed: if (enabled) clicked()
    }
}
