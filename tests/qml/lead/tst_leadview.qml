import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Lead
import Groundwork.LeadTesting

// Lead mode's screens over the real cohort server in this process (LeadFixture): signing in,
// the summary, stalled members and why, the roster and its sorting, the group profile shown or
// hidden with the plain reason, and the invite code. At the phone width and the desktop width.
TestCase {
    id: testCase
    name: "LeadView"
    when: windowShown
    visible: true
    width: 1280
    height: 900

    Component {
        id: fixtureComponent
        LeadFixture {}
    }

    Component {
        id: viewComponent
        LeadView {}
    }

    function open(options, width) {
        const fixture = createTemporaryObject(fixtureComponent, testCase, options || {})
        verify(fixture && fixture.session, "the fixture made its LeadSession")
        const view = fixture.show(viewComponent, testCase, {session: fixture.session, width: width || 1280, height: 900})
        verify(view)
        return {fixture: fixture, view: view, session: fixture.session}
    }

    function rowNames(view, repeaterName) {
        const rows = findChild(view, repeaterName)
        const names = []
        for (let i = 0; i < rows.count; ++i)
            names.push(rows.itemAt(i).name)
        return names
    }

    function typeInto(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function visibleTexts(item, out) {
        if (item.visible === false)
            return out
        if (typeof item.text === "string" && item.text !== "")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            visibleTexts(item.children[i], out)
        return out
    }

    // The server never sees a goal plan or a rest week (they stay sealed on the learner's
    // devices), so it judges a stall by idle days alone: every word the lead reads about
    // stalls names the rule's own number and claims nothing goal-based.
    function test_stall_words_say_what_the_server_judges() {
        const signIn = open({signedIn: false})
        const days = signIn.session.stalled.idleDaysToStall
        compare(days, 14, "the server's rule (sync/lead/stallrule.h kIdleDaysToStall)")
        verify(findChild(signIn.view, "leadSignInNote").text.indexOf("had no activity for " + days + " days") > 0)

        for (const width of [1280, 360]) {
            const s = open({}, width)
            tryCompare(s.session, "memberCount", 6, 10000)
            const texts = visibleTexts(s.view, [])
            verify(texts.indexOf("Stalled") >= 0)
            verify(texts.indexOf("stalled: no activity for " + days + " days") >= 0, "the summary's figure")
            verify(texts.indexOf("Stalled: no activity for " + days + " days") >= 0, "Fay's state")
            verify(findChild(s.view, "stalledNote").text.indexOf("for " + days + " days in a row") > 0)
            verify(findChild(s.view, "rosterNote").text.indexOf("(" + days + " in a row)") > 0)
            for (const text of texts) {
                for (const claim of ["own plan", "goal missed", "missed their own", "rest weeks never count",
                                     "declared never count", "judged by their"])
                    verify(text.indexOf(claim) < 0, "“" + claim + "” in: " + text)
            }
        }
    }

    function test_sign_in_refuses_a_learner_then_accepts_the_lead() {
        const s = open({signedIn: false})
        verify(findChild(s.view, "leadSignInButton").visible)
        findChild(s.view, "leadServerField").text = s.fixture.serverUrl
        typeInto(findChild(s.view, "leadCredentialField"), s.fixture.learnerToken)
        mouseClick(findChild(s.view, "leadSignInButton"))
        tryVerify(() => findChild(s.view, "leadError").text !== "", 10000)
        verify(!s.session.signedIn)
        typeInto(findChild(s.view, "leadCredentialField"), s.fixture.leadToken)
        mouseClick(findChild(s.view, "leadSignInButton"))
        tryCompare(s.session, "signedIn", true, 10000)
        tryCompare(findChild(s.view, "cohortTitle"), "text", "Platform leads", 10000)
    }

    function test_roster_stalled_and_group_at_desktop_width() {
        const s = open({})
        tryCompare(s.session, "memberCount", 6, 10000)
        tryCompare(s.session, "groupState", LeadSession.Shown, 10000)
        compare(rowNames(s.view, "stalledRows"), ["Fay"])
        compare(findChild(s.view, "stalledRows").itemAt(0).memberState, RosterModel.StalledIdle)
        compare(rowNames(s.view, "rosterRows"), ["Ada", "Bo", "Cy", "Dee", "Eve", "Fay"])
        // Sorting by lessons finished: the header sorts, again turns the order round.
        const byLessons = findChild(s.view, "sortButton" + RosterModel.LessonsFinished)
        verify(byLessons.visible)
        mouseClick(byLessons)
        mouseClick(byLessons)
        compare(rowNames(s.view, "rosterRows")[5], "Fay") // the fewest, last when most come first
        verify(findChild(s.view, "groupNote").text.indexOf("From 5 shared profiles") === 0)
        compare(findChild(s.view, "groupRows").count, 2)
    }

    // The summary counts who completed "Ready to lead"; the roster shows the day per member and
    // sorts by it, at the desktop width and as cards at the phone width.
    function test_summary_and_roster_show_ready_to_lead_completions() {
        const s = open({})
        tryCompare(s.session, "memberCount", 6, 10000)
        compare(s.session.leadTrackCompletions, 2)
        const figure = findChild(s.view, "leadTrackFigure")
        compare(figure.figureText, "2 of 6")
        compare(figure.Accessible.name, "2 of 6 members completed Ready to lead")
        const rows = findChild(s.view, "rosterRows")
        const day = daysAgo => {
            const d = new Date(Date.now() - daysAgo * 24 * 3600 * 1000)
            return d.toISOString().slice(0, 10)
        }
        compare(rows.itemAt(0).name, "Ada")
        compare(rows.itemAt(0).leadTrackCompleted, day(3))
        compare(rows.itemAt(1).leadTrackCompleted, day(4))
        compare(rows.itemAt(2).leadTrackCompleted, "")
        compare(findChild(rows.itemAt(0), "leadTrackCell").text, day(3))
        compare(findChild(rows.itemAt(2), "leadTrackCell").text, "—")
        // Sorting by it: the latest first on the second ask.
        const byTrack = findChild(s.view, "sortButton" + RosterModel.LeadTrackCompleted)
        verify(byTrack.visible)
        compare(byTrack.text, "Completed Ready to lead")
        mouseClick(byTrack)
        mouseClick(byTrack)
        compare(rowNames(s.view, "rosterRows").slice(0, 2), ["Ada", "Bo"])
        mouseClick(byTrack)
        compare(rowNames(s.view, "rosterRows").slice(4, 6), ["Bo", "Ada"])
    }

    function test_group_profile_hidden_below_the_minimum_says_why() {
        const s = open({sharing: 4})
        tryCompare(s.session, "groupState", LeadSession.TooFewShared, 10000)
        compare(findChild(s.view, "groupRows").count, 0)
        compare(findChild(s.view, "groupNote").text,
                "Hidden: 4 of your members share their readiness profile, and the group figure appears once at least 5 do, "
                + "so that no one's readiness can be singled out.")
    }

    function test_group_profile_withheld_when_a_contributor_stops_sharing() {
        const s = open({sharing: 5})
        tryCompare(s.session, "groupState", LeadSession.Shown, 10000)
        s.fixture.stopSharing(2)
        s.session.refresh()
        tryCompare(s.session, "groupState", LeadSession.ContributorLeft, 10000)
        compare(findChild(s.view, "groupRows").count, 0)
        compare(findChild(s.view, "groupNote").text,
                "Hidden for now: someone whose profile was part of the last figure stopped sharing or left, and their "
                + "profile no longer counts. A new figure appears once 4 more members have started or stopped sharing, "
                + "so no one's readiness can be singled out.")
    }

    function test_phone_width_shows_cards_and_a_sort_choice() {
        const s = open({}, 360)
        tryCompare(s.session, "memberCount", 6, 10000)
        verify(findChild(s.view, "sortChoice").visible)
        verify(!findChild(s.view, "sortButton" + RosterModel.Name).visible)
        compare(findChild(s.view, "rosterRows").count, 6)
    }

    function test_invite_code_is_renewed() {
        const s = open({})
        tryCompare(s.session, "memberCount", 6, 10000)
        // Below the fold of the scrolled page: pressed as the keyboard would.
        const renew = findChild(s.view, "renewInviteButton")
        tryCompare(renew, "enabled", true, 10000) // once the group profile has arrived too
        renew.clicked()
        tryVerify(() => s.session.inviteCode !== "", 10000)
        verify(findChild(s.view, "inviteCodeField").visible)
        verify(s.fixture.inviteWorks(s.session.inviteCode))
    }

    // The role the cohort trains for: a template from the pack, adapted with the keyboard only
    // (title, a weight, the span of control), saved as version 1, then again as version 2; a
    // role without any weight is refused here with the reason, before anything is sent.
    function test_role_is_adapted_and_saved_with_the_keyboard() {
        const s = open({})
        tryCompare(s.session, "memberCount", 6, 10000)
        const role = s.session.role
        tryVerify(() => !s.session.busy, 10000)
        compare(role.version, 0)
        verify(findChild(s.view, "roleVersionText").text.indexOf("Not set yet") === 0)
        verify(role.templates.length >= 3)
        compare(role.templateId, role.templates[0].templateId)
        compare(findChild(s.view, "roleTemplatePicker").currentIndex, 0)

        // Another template by keyboard: its title replaces the fields.
        const picker = findChild(s.view, "roleTemplatePicker")
        picker.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(role.templateId, role.templates[1].templateId)
        compare(role.title, role.templates[1].title)

        typeInto(findChild(s.view, "roleTitleField"), "Platform lead")
        compare(role.title, "Platform lead")
        // Tab leaves a list field for the next one (it does not type a tab).
        const owned = findChild(s.view, "decisionsOwnedField")
        owned.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(!owned.activeFocus)
        verify(findChild(s.view, "decisionsNotOwnedField").activeFocus)
        compare(owned.text.indexOf("\t"), -1)
        const candour = findChild(s.view, "weight_candour-with-care")
        const weightOf = id => {
            for (let i = 0; i < role.weights.rowCount(); ++i) {
                const index = role.weights.index(i, 0)
                if (role.weights.data(index, Qt.UserRole + 1) === id)
                    return role.weights.data(index, Qt.UserRole + 3)
            }
            return -1
        }
        const before = weightOf("candour-with-care")
        candour.forceActiveFocus()
        keyClick(Qt.Key_Up)
        compare(weightOf("candour-with-care"), before + 0.5) // decimals, half a point a step
        compare(candour.displayText, (before + 0.5) % 1 === 0 ? String(before + 0.5) : (before + 0.5).toFixed(1))
        candour.contentItem.selectAll()
        typeInto(candour.contentItem, "2.5")
        keyClick(Qt.Key_Enter)
        compare(weightOf("candour-with-care"), 2.5)
        const span = findChild(s.view, "spanOfControlBox")
        const spanBefore = span.value
        span.forceActiveFocus()
        keyClick(Qt.Key_Up)
        compare(role.spanOfControl, spanBefore + 1)
        verify(role.dirty)

        const save = findChild(s.view, "saveRoleButton")
        compare(save.text, "Save as version 1")
        verify(save.enabled)
        save.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(role, "version", 1, 10000)
        verify(!role.dirty)
        verify(findChild(s.view, "roleSavedText").visible)
        compare(s.fixture.storedRoleVersion(), 1)
        compare(s.fixture.storedRoleTitle(), "Platform lead")
        verify(findChild(s.view, "roleVersionText").text.indexOf("Version 1, saved") === 0)

        // Every weight at 0: the reason, and no save.
        for (let i = 0; i < role.weights.rowCount(); ++i)
            role.setWeight(i, 0)
        compare(findChild(s.view, "roleProblem").text, "Give at least one dimension a weight above 0.")
        verify(!save.enabled)
        role.setWeight(0, 2)
        compare(findChild(s.view, "roleProblem").text, "")
        save.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(role, "version", 2, 10000)
        compare(s.fixture.storedRoleVersion(), 2)
    }

    // The limits a lead can reach by typing are said in the app's words (translated), not in
    // the server's English, and nothing is sent while one stands.
    function test_rarer_role_problems_are_said_in_the_apps_words() {
        const s = open({})
        const role = s.session.role
        tryVerify(() => role.templates.length > 0 && role.title !== "", 10000)
        const title = role.title
        role.title = "T".repeat(121)
        compare(findChild(s.view, "roleProblem").text, "Shorten the title to at most 120 characters.")
        verify(!findChild(s.view, "saveRoleButton").enabled)
        role.title = title
        role.decisionsOwned = Array.from({length: 13}, (_, i) => "Decision " + i).join("\n")
        compare(findChild(s.view, "roleProblem").text, "Decisions this manager owns: at most 12 lines, one item each.")
        role.decisionsOwned = "D".repeat(301)
        compare(findChild(s.view, "roleProblem").text, "Decisions this manager owns: a line is longer than 300 characters.")
        role.decisionsOwned = "Who works on what."
        compare(findChild(s.view, "roleProblem").text, "")
    }

    function test_role_part_fits_the_phone_width() {
        const s = open({}, 360)
        tryCompare(s.session, "memberCount", 6, 10000)
        const part = findChild(s.view, "roleSection")
        verify(part.visible)
        verify(part.width <= 360)
        verify(findChild(s.view, "weight_outcome-focus").x + findChild(s.view, "weight_outcome-focus").width <= part.width)
    }
}
