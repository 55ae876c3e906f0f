import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Tracks

// The tracks over the real TracksViewModel (tests/qml/fixture): the view-model pack's tracks
// ready-to-lead (l1, handover, l2, bar, reflection r1; a closing step with reflection r-closing
// and the role), is-it-for-me (outcomes ready-to-try -> ready-to-lead, not-yet: reflection
// try-first -> ready-to-lead, stay-ic: lesson l2 and drill handover) and back-to-ic (private).
TestCase {
    id: testCase
    name: "TracksView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: viewComponent
        TracksView { width: 360; height: 640; tracks: fixture.tracks }
    }
    Component {
        id: wideComponent
        TracksView { width: 1000; height: 640; tracks: fixture.tracks }
    }

    SignalSpy { id: lessonSpy; signalName: "lessonRequested" }
    SignalSpy { id: drillSpy; signalName: "drillRequested" }
    SignalSpy { id: roleSpy; signalName: "roleRequested" }

    function init() {
        fixture.reset()
        verify(fixture.tracks.saveReflection("r1", "Earlier words"))
        lessonSpy.clear()
        drillSpy.clear()
        roleSpy.clear()
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
        compare(fixture.tracks.trackId, "is-it-for-me")
        verify(!findChild(view, "trackListPane").visible)
        verify(findChild(view, "trackDetailPane").visible)
        compare(findChild(view, "trackTitle").text, "Is it for me?")
        press(findChild(view, "allTracksButton"))
        verify(findChild(view, "trackListPane").visible)
    }

    // Keyboard only, on a phone: opening a track moves the keyboard into it (the card it was on
    // goes away with the list), and "All tracks" brings it back to that card.
    function test_phone_keyboard_follows_the_track_open_and_back() {
        const view = createTemporaryObject(viewComponent, testCase)
        const card = findChild(view, "track_is-it-for-me")
        card.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        verify(findChild(view, "trackDetailPane").visible)
        const back = findChild(view, "allTracksButton")
        verify(back.activeFocus, "the keyboard is in the open track")
        keyClick(Qt.Key_Space)
        verify(findChild(view, "trackListPane").visible)
        verify(card.activeFocus, "and back on the card it opened")
    }

    function test_wide_shows_both_side_by_side() {
        const view = createTemporaryObject(wideComponent, testCase)
        const list = findChild(view, "trackListPane")
        const detail = findChild(view, "trackDetailPane")
        verify(list.visible && detail.visible)
        verify(detail.x >= list.x + list.width)
        verify(!findChild(view, "allTracksButton").visible)
    }

    // Cards of the chosen track are stacked one below the other, never over each other or over
    // the title: switching tracks side by side once left every card where the first track's
    // layout had put it.
    function test_switching_tracks_restacks_the_detail() {
        const view = createTemporaryObject(wideComponent, testCase)
        mouseClick(findChild(view, "track_ready-to-lead"))
        waitForRendering(view)
        mouseClick(findChild(view, "track_back-to-ic"))
        waitForRendering(view)
        compare(findChild(view, "trackTitle").text, fixture.tracks.trackTitle)
        const content = findChild(view, "trackContent")
        const shown = []
        for (let i = 0; i < content.children.length; ++i) {
            const child = content.children[i]
            if (child.visible && child.height > 0)
                shown.push(child)
        }
        verify(shown.length >= 4, "title, note, summary, follow row and the items")
        let bottom = -1
        for (const child of shown) {
            const top = child.mapToItem(view, 0, 0).y
            verify(top >= bottom, `${child} "${child.objectName}" starts at ${top}, above the end ${bottom} of the one before`)
            bottom = top + child.height
        }
        const cards = findChild(view, "itemRepeater").count
        verify(cards > 0)
        let previous = null
        for (let i = 0; i < cards; ++i) {
            const card = findChild(view, "itemRepeater").itemAt(i)
            compare(card.width, card.parent.width)
            if (previous)
                verify(card.y >= previous.y + previous.height, `card ${i} overlaps card ${i - 1}`)
            previous = card
        }
    }

    function test_cards_work_from_the_keyboard() {
        const view = createTemporaryObject(viewComponent, testCase)
        const card = findChild(view, "track_back-to-ic")
        verify(card.activeFocusOnTab || card.focusPolicy & Qt.TabFocus)
        card.forceActiveFocus(Qt.TabFocusReason)
        verify(findChild(card, "focusOutline").visible, "a visible focus outline")
        keyClick(Qt.Key_Return)
        compare(fixture.tracks.trackId, "back-to-ic")
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
        compare(findChild(view, "item_l1").detail, "Lesson")
        press(findChild(view, "item_l1"))
        compare(lessonSpy.count, 1)
        compare(lessonSpy.signalArguments[0][0], "l1")
        const drill = findChild(view, "item_handover")
        compare(drill.detail, "Drill")
        compare(drill.summary, "Team conflict")
        press(drill)
        compare(drillSpy.count, 1)
        compare(drillSpy.signalArguments[0][0], "handover")
        const reflection = findChild(view, "item_r1")
        compare(reflection.title, "What would you miss?")
        compare(reflection.summary, "", "a reflection's prompt shows in its editor")
        compare(reflection.detail, "Reflection · you have written here")
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
        fixture.failWrites(true)
        press(findChild(view, "saveReflectionButton"))
        verify(status.visible)
        verify(status.text !== "Saved")
        verify(status.text.startsWith("Not saved: "), status.text)
        verify(status.text.indexOf("the disk is full") > 0, status.text)

        fixture.failWrites(false)
        press(findChild(view, "saveReflectionButton"))
        compare(status.text, "Saved")
        compare(fixture.tracks.reflectionText("r1"), "New words")
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
        compare(fixture.tracks.chosenOutcome, "stay-ic")
        verify(cards[2].selected)
        verify(findChild(view, "closing").visible)
        compare(findChild(view, "closingText").text, "**A legitimate choice.**")
    }

    function test_staying_ic_opens_a_senior_ic_path() {
        const view = createTemporaryObject(viewComponent, testCase)
        lessonSpy.target = view
        drillSpy.target = view
        mouseClick(findChild(view, "track_is-it-for-me"))
        verify(!findChild(view, "outcomePath").visible, "no path before a choice")
        const stay = findChild(view, "outcome_stay-ic")
        press(stay)
        verify(findChild(view, "outcomePath").visible)
        verify(!findChild(view, "nextTrackButton").visible, "staying IC leads to no other track")
        // From the keyboard: Tab goes on from the chosen outcome to the path's first step.
        stay.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        const lesson = findChild(view, "path_l2")
        verify(lesson.activeFocus, "the path follows the outcomes in the Tab order")
        compare(lesson.detail, "Lesson")
        keyClick(Qt.Key_Space)
        compare(lessonSpy.count, 1)
        compare(lessonSpy.signalArguments[0][0], "l2")
        const drill = findChild(view, "path_handover")
        verify(drill.badge === "")
        press(drill)
        compare(drillSpy.count, 1)
        compare(drillSpy.signalArguments[0][0], "handover")
        // Progress shows as on the track's items.
        verify(fixture.playHandover("hand", "checkpoints", 0))
        compare(findChild(view, "path_handover").badge, "✓ Done")
    }

    function test_not_yet_asks_what_to_try_and_links_on() {
        const view = createTemporaryObject(viewComponent, testCase)
        mouseClick(findChild(view, "track_is-it-for-me"))
        press(findChild(view, "outcome_not-yet"))
        const tryFirst = findChild(view, "path_try-first")
        verify(tryFirst.visible)
        compare(tryFirst.title, "Which small piece of the role will you try first?")
        press(tryFirst)
        verify(findChild(view, "reflectionEditor").visible)
        verify(findChild(view, "reflectionText").activeFocus, "the keyboard starts in the answer")
        findChild(view, "reflectionText").text = "Mentor Ana for a month."
        press(findChild(view, "saveReflectionButton"))
        compare(findChild(view, "saveStatus").text, "Saved")
        compare(fixture.tracks.reflectionText("try-first"), "Mentor Ana for a month.")
        press(findChild(view, "closeEditorButton"))
        compare(findChild(view, "path_try-first").badge, "✓ Done")
        verify(findChild(view, "path_try-first").activeFocus, "and comes back to the step it opened")

        const next = findChild(view, "nextTrackButton")
        verify(next.visible)
        compare(next.text, "Open Ready to lead")
        press(next)
        compare(fixture.tracks.trackId, "ready-to-lead")
        compare(findChild(view, "trackTitle").text, "Ready to lead")
        verify(findChild(view, "item_l1").activeFocus, "the keyboard lands on the new track's first item")
    }

    // Keyboard only: after choosing an outcome that is not the last, Tab goes from it straight
    // to its path, not through the outcomes after it; those stay reachable with Shift+Tab.
    function test_tab_goes_from_the_chosen_outcome_to_its_path() {
        const view = createTemporaryObject(viewComponent, testCase)
        mouseClick(findChild(view, "track_is-it-for-me"))
        const first = findChild(view, "outcome_ready-to-try")
        const notYet = findChild(view, "outcome_not-yet")
        const stay = findChild(view, "outcome_stay-ic")
        first.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Tab)
        verify(notYet.activeFocus, "before a choice Tab goes through the outcomes in order")
        keyClick(Qt.Key_Space)
        compare(fixture.tracks.chosenOutcome, "not-yet")
        verify(notYet.activeFocus, "choosing keeps the keyboard on the chosen outcome")
        keyClick(Qt.Key_Tab)
        const tryFirst = findChild(view, "path_try-first")
        verify(!stay.activeFocus, "the outcome after the chosen one is passed over")
        verify(tryFirst.activeFocus, "the chosen outcome's first step follows it")
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "nextTrackButton").activeFocus, "then the track it leads on to")
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        verify(stay.activeFocus, "Shift+Tab still reaches the other outcomes")

        // The first outcome, whose path is only the track it leads on to.
        first.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        compare(fixture.tracks.chosenOutcome, "ready-to-try")
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "nextTrackButton").activeFocus, "straight to the link on")
        verify(!notYet.activeFocus)
    }

    function test_ready_to_lead_closes_with_a_reflection_and_the_role() {
        const view = createTemporaryObject(viewComponent, testCase)
        roleSpy.target = view
        mouseClick(findChild(view, "track_is-it-for-me"))
        verify(!findChild(view, "closingStep").visible, "a track without a closing step")
        mouseClick(findChild(view, "allTracksButton"))
        mouseClick(findChild(view, "track_ready-to-lead"))
        const step = findChild(view, "closingStep")
        verify(step.visible)
        const last = findChild(view, "item_r1")
        const reflection = findChild(view, "closing_r-closing")
        verify(reflection.mapToItem(view, 0, 0).y > last.mapToItem(view, 0, 0).y, "after the last item")
        compare(reflection.title, "Where are you ready?")
        compare(findChild(view, "roleTitle").text, "Engineering manager")
        fixture.preferences.roleId = "ops"
        compare(findChild(view, "roleTitle").text, "Operations lead", "the Profile's choice")

        press(reflection)
        verify(findChild(view, "reflectionEditor").visible)
        verify(findChild(view, "editorPrivacyNote").visible, "every reflection stays on the device")
        findChild(view, "reflectionText").text = "Delegation is not there yet."
        press(findChild(view, "saveReflectionButton"))
        compare(fixture.tracks.reflectionText("r-closing"), "Delegation is not there yet.")
        press(findChild(view, "closeEditorButton"))

        const roleButton = findChild(view, "roleButton")
        verify(roleButton.visible)
        press(roleButton)
        compare(roleSpy.count, 1)
    }

    function test_follow_a_track() {
        const view = createTemporaryObject(viewComponent, testCase)
        mouseClick(findChild(view, "track_is-it-for-me"))
        const follow = findChild(view, "followButton")
        verify(follow.visible)
        press(follow)
        compare(fixture.tracks.activeTrackId, "is-it-for-me")
        compare(fixture.preferences.trackId, "is-it-for-me", "kept for the next start")
        compare(fixture.today.trackTitle, "Is it for me?", "Today follows it")
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
        press(findChild(view, "outcome_not-yet"))
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
        mouseClick(findChild(view, "allTracksButton"))
        mouseClick(findChild(view, "track_ready-to-lead"))
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
        mouseClick(findChild(view, "allTracksButton"))
        mouseClick(findChild(view, "track_ready-to-lead"))
        press(findChild(view, "item_r1"))
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
    }
}
