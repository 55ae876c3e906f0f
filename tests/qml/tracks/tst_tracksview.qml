import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Tracks

TestCase {
    id: testCase
    name: "TracksView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    QtObject {
        id: fakeTracks
        property string trackId: "ready-to-lead"
        property string activeTrackId: "ready-to-lead"
        readonly property bool trackIsPrivate: trackId === "back-to-ic"
        readonly property string trackTitle: trackId === "back-to-ic" ? "Back to IC" : trackId === "is-it-for-me" ? "Is it for me?" : "Ready to lead"
        property string trackSummary: "A summary with **Markdown**."
        property var outcomes: trackId === "is-it-for-me" ? [
            { outcomeId: "ready-to-try", label: "I want to try leading", closing: "**Good luck.**" },
            { outcomeId: "not-yet", label: "Not yet", closing: "**Not yet is an answer.**" },
            { outcomeId: "stay-ic", label: "I'd rather stay IC", closing: "**Staying IC is a legitimate choice.**" }
        ] : []
        property string chosenOutcome: ""
        readonly property string chosenOutcomeLabel: outcomes.filter(o => o.outcomeId === chosenOutcome).map(o => o.label).join("")
        readonly property string chosenOutcomeClosing: outcomes.filter(o => o.outcomeId === chosenOutcome).map(o => o.closing).join("")
        property string followed: ""
        function chooseOutcome(id) { chosenOutcome = id; return true }
        function follow(id) { followed = id; activeTrackId = id; return true }

        property ListModel tracks: ListModel {
            ListElement { trackId: "ready-to-lead"; title: "Ready to lead"; summary: "For ICs who may lead.\n\nMore."; isPrivate: false; itemCount: 3; doneCount: 1; active: true }
            ListElement { trackId: "is-it-for-me"; title: "Is it for me?"; summary: "Decide."; isPrivate: false; itemCount: 1; doneCount: 0; active: false }
            ListElement { trackId: "back-to-ic"; title: "Back to IC"; summary: "Private reflections."; isPrivate: true; itemCount: 1; doneCount: 0; active: false }
        }
        property ListModel items: ListModel {
            ListElement { kind: "lesson"; itemId: "l1"; title: "A lesson"; summary: "About it"; hint: ""; done: true }
            ListElement { kind: "drill"; itemId: "d1"; title: "A drill"; summary: "Team conflict"; hint: ""; done: false }
            ListElement { kind: "reflection"; itemId: "r1"; title: "What would you miss?"; summary: "**What would you miss?**"; hint: "Be concrete."; done: false }
        }
    }

    QtObject {
        id: fakeSession
        property string lastError: ""
        property bool failNext: false
        property var saved: ({})
        property int saves: 0
        function reflectionText(trackId, promptId) { return saved[trackId + "/" + promptId] || "" }
        function saveReflection(trackId, promptId, text) {
            saves += 1
            if (failNext) { lastError = "the disk is full"; return false }
            const copy = Object.assign({}, saved)
            copy[trackId + "/" + promptId] = text
            saved = copy
            return true
        }
    }

    Component {
        id: viewComponent
        TracksView { width: 360; height: 640; tracks: fakeTracks; session: fakeSession }
    }
    Component {
        id: wideComponent
        TracksView { width: 1000; height: 640; tracks: fakeTracks; session: fakeSession }
    }

    SignalSpy { id: lessonSpy; signalName: "lessonRequested" }
    SignalSpy { id: drillSpy; signalName: "drillRequested" }

    function init() {
        fakeTracks.trackId = "ready-to-lead"
        fakeTracks.activeTrackId = "ready-to-lead"
        fakeTracks.chosenOutcome = ""
        fakeSession.saved = { "ready-to-lead/r1": "Earlier words" }
        fakeSession.failNext = false
        fakeSession.saves = 0
        lessonSpy.clear()
        drillSpy.clear()
    }

    function press(item) {
        item.forceActiveFocus()
        keyClick(Qt.Key_Space)
    }

    // Every visible item lies within the view's width, and no text is cut off or elided.
    // (Material's shadow effects draw outside their controls on purpose and are skipped.)
    function overflow(root, item, found) {
        if (!item.visible || item.opacity === 0 || /^(ElevationEffect|Ripple)/.test(String(item)))
            return found
        const p = item.mapToItem(root, 0, 0)
        if (item.width > 0 && (p.x < -1 || p.x + item.width > root.width + 1))
            found.push(`${item} "${item.objectName}" in ${item.parent} in ${item.parent.parent} at x=${p.x} w=${item.width}`)
        if (item.truncated !== undefined && (item.truncated || item.contentWidth > item.width + 1))
            found.push(`text "${item.text}" needs ${item.contentWidth} of ${item.width}`)
        for (let i = 0; i < item.children.length; ++i)
            overflow(root, item.children[i], found)
        return found
    }

    function test_phone_opens_a_track_over_the_list() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(findChild(view, "trackListPane").visible)
        verify(!findChild(view, "trackDetailPane").visible)
        mouseClick(findChild(view, "track_is-it-for-me"))
        compare(fakeTracks.trackId, "is-it-for-me")
        verify(!findChild(view, "trackListPane").visible)
        verify(findChild(view, "trackDetailPane").visible)
        compare(findChild(view, "trackTitle").text, "Is it for me?")
        press(findChild(view, "allTracksButton"))
        verify(findChild(view, "trackListPane").visible)
    }

    function test_wide_shows_both_side_by_side() {
        const view = createTemporaryObject(wideComponent, testCase)
        const list = findChild(view, "trackListPane")
        const detail = findChild(view, "trackDetailPane")
        verify(list.visible && detail.visible)
        verify(detail.x >= list.x + list.width)
        verify(!findChild(view, "allTracksButton").visible)
    }

    function test_cards_work_from_the_keyboard() {
        const view = createTemporaryObject(viewComponent, testCase)
        const card = findChild(view, "track_back-to-ic")
        verify(card.activeFocusOnTab || card.focusPolicy & Qt.TabFocus)
        card.forceActiveFocus(Qt.TabFocusReason)
        verify(findChild(card, "focusOutline").visible, "a visible focus outline")
        keyClick(Qt.Key_Return)
        compare(fakeTracks.trackId, "back-to-ic")
    }

    function test_private_track_says_so() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(!findChild(view, "privacyNote").visible)
        mouseClick(findChild(view, "track_back-to-ic"))
        const note = findChild(view, "privacyNote")
        verify(note.visible)
        verify(note.text.startsWith("Private: what you write here stays on your devices"))
    }

    function test_lessons_and_drills_are_requested() {
        const view = createTemporaryObject(viewComponent, testCase)
        lessonSpy.target = view
        drillSpy.target = view
        mouseClick(findChild(view, "track_ready-to-lead"))
        press(findChild(view, "item_l1"))
        compare(lessonSpy.count, 1)
        compare(lessonSpy.signalArguments[0][0], "l1")
        press(findChild(view, "item_d1"))
        compare(drillSpy.count, 1)
        compare(drillSpy.signalArguments[0][0], "d1")
    }

    function test_reflection_editor_saves_truthfully() {
        const view = createTemporaryObject(viewComponent, testCase)
        mouseClick(findChild(view, "track_ready-to-lead"))
        press(findChild(view, "item_r1"))
        const editor = findChild(view, "reflectionEditor")
        verify(editor.visible)
        const text = findChild(view, "reflectionText")
        compare(text.text, "Earlier words", "pre-filled with the saved answer")
        const status = findChild(view, "saveStatus")
        verify(!status.visible, "nothing is called saved before saving")

        text.text = "New words"
        fakeSession.failNext = true
        press(findChild(view, "saveReflectionButton"))
        verify(status.visible)
        verify(status.text !== "Saved")
        compare(status.text, "Not saved: the disk is full")

        fakeSession.failNext = false
        press(findChild(view, "saveReflectionButton"))
        compare(status.text, "Saved")
        compare(fakeSession.saved["ready-to-lead/r1"], "New words")
        text.text = "Newer words"
        verify(!status.visible, "an edit after saving is not saved yet")

        press(findChild(view, "closeEditorButton"))
        verify(!editor.visible)
        verify(findChild(view, "trackContent").visible)
    }

    function test_outcomes_are_equals_and_staying_ic_is_warm() {
        const view = createTemporaryObject(viewComponent, testCase)
        mouseClick(findChild(view, "track_is-it-for-me"))
        const ids = ["ready-to-try", "not-yet", "stay-ic"]
        const cards = ids.map(id => findChild(view, "outcome_" + id))
        for (const card of cards) {
            verify(card.visible)
            verify(!card.selected)
            compare(card.fill, cards[0].fill, "no option is styled as the preferred one")
            compare(card.width, cards[0].width)
        }
        verify(!findChild(view, "closing").visible)
        press(cards[2])
        compare(fakeTracks.chosenOutcome, "stay-ic")
        verify(cards[2].selected)
        verify(findChild(view, "closing").visible)
        compare(findChild(view, "closingText").text, "**Staying IC is a legitimate choice.**")
    }

    function test_follow_a_track() {
        const view = createTemporaryObject(viewComponent, testCase)
        mouseClick(findChild(view, "track_is-it-for-me"))
        const follow = findChild(view, "followButton")
        verify(follow.visible)
        press(follow)
        compare(fakeTracks.followed, "is-it-for-me")
        verify(!follow.visible)
        verify(findChild(view, "followingLabel").visible)
    }

    function test_fits_a_phone() {
        const view = createTemporaryObject(viewComponent, testCase)
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
        mouseClick(findChild(view, "track_is-it-for-me"))
        press(findChild(view, "outcome_stay-ic"))
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
        mouseClick(findChild(view, "allTracksButton"))
        mouseClick(findChild(view, "track_ready-to-lead"))
        press(findChild(view, "item_r1"))
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
    }
}
