import QtQuick
import QtTest
import Groundwork.Profile

// The readiness assessment on the Profile (tests/qml/fixture): each sitting, the change from
// the first to the second with its interval in words, and the next sitting offered quietly.
TestCase {
    id: testCase
    name: "ProfileAssessment"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: viewComponent
        ProfileView { width: 360; height: 640; profile: fixture.profile }
    }
    Component {
        id: wideComponent
        ProfileView { width: 1280; height: 800; profile: fixture.profile }
    }

    function init() { fixture.reset() }

    function test_not_taken_yet_offers_it_quietly() {
        const view = createTemporaryObject(viewComponent, testCase)
        const card = findChild(view, "assessmentCard")
        verify(card.visible)
        compare(findChild(view, "sittingRepeater").count, 0)
        verify(findChild(view, "takeAssessmentButton").visible)
        verify(findChild(view, "offerText").text.indexOf("taken once") >= 0)
        verify(!findChild(view, "changeText").visible)
        verify(!findChild(view, "shareAssessment").visible)
        const requested = signalSpy.createObject(testCase, {target: view, signalName: "assessmentRequested"})
        findChild(view, "takeAssessmentButton").forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(requested.count, 1)
    }

    function test_one_sitting_then_the_next_opens_later() {
        verify(fixture.sitAssessment(["p", "r", "u"]))
        const view = createTemporaryObject(viewComponent, testCase)
        compare(findChild(view, "sittingRepeater").count, 1)
        verify(findChild(view, "sitting_A").visible)
        verify(!findChild(view, "takeAssessmentButton").visible, "form B opens after six weeks")
        verify(findChild(view, "offerText").text.indexOf("opens on") >= 0)
        verify(!findChild(view, "changeText").visible)
        verify(findChild(view, "shareAssessment").visible)
    }

    function test_before_and_after_with_its_uncertainty() {
        verify(fixture.sitAssessment(["p", "r", "u"]))
        fixture.advanceDays(42)
        verify(fixture.sitAssessment(["q", "s", "v"]))
        for (const component of [viewComponent, wideComponent]) {
            const view = createTemporaryObject(component, testCase)
            compare(findChild(view, "sittingRepeater").count, 2)
            verify(findChild(view, "sitting_B").visible)
            const change = findChild(view, "changeText")
            verify(change.visible)
            verify(change.text.indexOf("likely between") >= 0, change.text)
            verify(fixture.profile.assessmentChangeLow < fixture.profile.assessmentChange)
            verify(fixture.profile.assessmentChange < fixture.profile.assessmentChangeHigh)
            if (!fixture.profile.assessmentChangeClear)
                verify(change.text.indexOf("no clear change yet") >= 0, change.text)
            verify(!findChild(view, "takeAssessmentButton").visible, "both forms taken")
            compare(findChild(view, "offerText").visible, false)
        }
    }

    function test_sharing_the_results_is_the_learners_choice() {
        verify(fixture.sitAssessment(["p", "r", "u"]))
        const view = createTemporaryObject(viewComponent, testCase)
        const share = findChild(view, "shareAssessment")
        verify(!share.checked, "off unless the learner turns it on")
        view.contentItem.contentY = 0
        share.forceActiveFocus()
        const before = fixture.eventCount()
        keyClick(Qt.Key_Space)
        verify(fixture.profile.shareAssessment)
        compare(fixture.eventCount(), before + 1, "recorded with the learner's events, which sync")
        keyClick(Qt.Key_Space)
        verify(!fixture.profile.shareAssessment)
        verify(!share.checked)
    }

    // The choice follows the account: one made later on the learner's other device shows here
    // when it arrives; one made earlier there does not override the one made here.
    function test_sharing_the_results_follows_the_other_device() {
        verify(fixture.sitAssessment(["p", "r", "u"]))
        const view = createTemporaryObject(viewComponent, testCase)
        const share = findChild(view, "shareAssessment")
        verify(fixture.receiveAssessmentSharing(true, 5))
        verify(share.checked, "turned on on the laptop")
        verify(fixture.profile.shareAssessment)
        fixture.advanceDays(1)
        share.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(!share.checked)
        verify(fixture.receiveAssessmentSharing(true, -60)) // made before, arriving after
        verify(!share.checked, "the later choice, made here, stands")
        verify(!fixture.profile.shareAssessment)
        verify(fixture.receiveAssessmentSharing(true, 60))
        verify(share.checked, "and the box still follows choices made there")
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
