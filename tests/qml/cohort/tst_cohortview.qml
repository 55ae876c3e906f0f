import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Cohort
import Groundwork.CohortTesting
import Groundwork.Core
import Groundwork.Ui

// The Cohort screen over the real cohort feature (Cohort and its parts), each test with a
// fresh learner store and, unless it says otherwise, the cohort server in this process
// (CohortFixture).
TestCase {
    id: testCase
    name: "CohortView"
    when: windowShown
    visible: true
    width: 360
    height: 900

    Component {
        id: fixtureComponent
        CohortFixture {}
    }

    Component {
        id: viewComponent
        CohortView { width: 360 }
    }

    // The screen on the theme's background, at a given width, for screenshots.
    Component {
        id: framedComponent
        Rectangle {
            id: frame
            required property Cohort cohort
            property alias view: framedView
            color: Theme.background
            width: 360
            height: framedView.implicitHeight + 2 * Theme.gap
            CohortView {
                id: framedView
                x: Theme.gap
                y: Theme.gap
                width: frame.width - 2 * Theme.gap
                cohort: frame.cohort
            }
        }
    }

    // The screen in a scrolling page of a 360x640 phone, as the app shows it (CohortPage.qml).
    Component {
        id: phonePageComponent
        ReadingPage {
            id: phonePage
            required property Cohort cohort
            width: 360
            height: 640
            CohortView {
                width: parent.width
                cohort: phonePage.cohort
            }
        }
    }

    // A fixture set up as `options` says, and the screen over it.
    function open(options, viewProperties) {
        const fixture = createTemporaryObject(fixtureComponent, testCase, options || {})
        verify(fixture && fixture.cohort, "the fixture made its Cohort")
        const properties = Object.assign({cohort: fixture.cohort}, viewProperties || {})
        const view = fixture.show(viewComponent, testCase, properties)
        verify(view)
        return {fixture: fixture, view: view, cohort: fixture.cohort}
    }

    // A device that joined, with its first sync done.
    function openJoined(options) {
        const s = open(Object.assign({joined: true}, options || {}))
        tryCompare(s.cohort.status, "statusText", "Up to date", 10000)
        return s
    }

    function typeInto(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_join_form_explains_and_joins() {
        const s = open()
        const view = s.view
        verify(findChild(view, "joinForm").visible)
        verify(!findChild(view, "statusPanel").visible)
        const explanation = findChild(view, "joinExplanation").text
        verify(explanation.indexOf("never your answers or reflections") >= 0)
        verify(explanation.indexOf("end-to-end encrypted: the cohort server cannot read them") >= 0)
        verify(explanation.indexOf("stays yours") < 0, "the old 'does not share it' promise is gone")
        verify(explanation.indexOf("your choice") >= 0)
        verify(explanation.indexOf("stays off unless you turn it on") >= 0)
        verify(!findChild(view, "shareSwitch").visible, "sharing is offered once joined")

        const join = findChild(view, "joinButton")
        verify(!join.enabled) // no code yet
        compare(join.Accessible.name, "Join cohort")

        typeInto(findChild(view, "serverField"), s.fixture.serverUrl)
        typeInto(findChild(view, "nameField"), "Ada")
        typeInto(findChild(view, "codeField"), s.fixture.inviteCode.toLowerCase())
        verify(join.enabled)
        mouseClick(join)
        compare(s.cohort.enrolment.serverUrl, s.fixture.serverUrl)
        compare(s.cohort.enrolment.displayName, "Ada")
        verify(s.cohort.enrolment.busy)
        tryVerify(() => s.cohort.status.joined, 10000)
        verify(!findChild(view, "joinForm").visible)
        verify(findChild(view, "statusPanel").visible)
        compare(findChild(view, "cohortName").text, "You are in Platform leads.")
        tryCompare(findChild(view, "statusText"), "text", "Up to date", 10000)
    }

    // The invite code typed at first run waits in the form.
    // The words must name every column of the lead's roster and its CSV (sync/lead/leadexport.cpp)
    // that can hold something (weeks on own goal cannot: the server never learns a goal plan, see
    // knownGoalPlan in sync/server/leadreports.cpp), the completion of Ready to lead included, and
    // what the lead never sees.
    function test_what_your_lead_sees_names_every_roster_column() {
        const s = open()
        const words = findChild(s.view, "whatYourLeadSees").text
        for (const part of ["your name", "lessons you finished", "drill decisions", "your weekly goal stays on your devices", "the last day you practised",
                            "practising or stalled (no practice for 14 days", "whether you share your profile",
                            "the day you completed the Ready to lead track",
                            "never sees your reflections, your answers, anything from a private track"])
            verify(words.indexOf(part) >= 0, part)
    }

    function test_first_run_code_is_offered() {
        const view = open({server: CohortFixture.None}, {suggestedInviteCode: "ABCD-EFGH-JKMN"}).view
        compare(findChild(view, "codeField").text, "ABCD-EFGH-JKMN")
        verify(findChild(view, "joinButton").enabled)
    }

    // Return in the code field joins: with no server address yet, the learner is told so.
    function test_enter_in_code_field_joins() {
        const s = open({server: CohortFixture.None})
        typeInto(findChild(s.view, "codeField"), "X")
        keyClick(Qt.Key_Return)
        verify(s.cohort.enrolment.errorText.indexOf("server's address") >= 0, s.cohort.enrolment.errorText)
        compare(findChild(s.view, "errorText").text, s.cohort.enrolment.errorText)
    }

    function test_tab_moves_through_the_form() {
        const view = open({server: CohortFixture.None}).view
        findChild(view, "serverField").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "nameField").activeFocus)
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "codeField").activeFocus)
        keyClick("X")
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "joinButton").activeFocus)
    }

    // A second device joins with the link code from the first, by keyboard alone: no name is
    // asked for (the account has one), and the invite code is not used.
    function test_link_this_device_by_keyboard() {
        const s = open()
        const view = s.view
        // With no code typed the join button is disabled; Tab still reaches the other way in.
        findChild(view, "codeField").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "joinModeButton").activeFocus, "Tab from an empty code field")
        verify(!findChild(view, "linkThisDeviceExplanation").visible)
        typeInto(findChild(view, "serverField"), s.fixture.serverUrl)
        typeInto(findChild(view, "codeField"), s.fixture.inviteCode)
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "joinButton").activeFocus)
        keyClick(Qt.Key_Tab)
        const mode = findChild(view, "joinModeButton")
        verify(mode.activeFocus)
        compare(mode.text, "I joined on another device")
        keyClick(Qt.Key_Return)
        verify(view.linkingThisDevice)
        verify(findChild(view, "linkThisDeviceExplanation").visible)
        verify(!findChild(view, "joinExplanation").visible)
        verify(!findChild(view, "nameField").visible)
        const code = findChild(view, "codeField")
        verify(code.activeFocus)
        compare(code.text, "", "the invite code typed before is not reused as a link code")
        compare(code.Accessible.name, "Link code")
        compare(findChild(view, "joinButton").text, "Link this device")
        // From the address, Tab skips the hidden name field.
        findChild(view, "serverField").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(code.activeFocus)
        const linkCode = s.fixture.makeLinkCode()
        for (const c of linkCode.toLowerCase())
            keyClick(c)
        keyClick(Qt.Key_Return)
        compare(s.cohort.enrolment.serverUrl, s.fixture.serverUrl)
        tryVerify(() => s.cohort.status.joined, 10000)
        compare(s.cohort.enrolment.errorText, "")
        compare(s.cohort.enrolment.displayName, "Ada", "the name comes from the account, not the form")
        tryCompare(findChild(view, "statusText"), "text", "Up to date", 10000)
    }

    // And back from the link code to the invite code.
    function test_link_mode_goes_back_to_the_invite_code() {
        const view = open({server: CohortFixture.None}).view
        const mode = findChild(view, "joinModeButton")
        mouseClick(mode)
        verify(view.linkingThisDevice)
        mouseClick(mode)
        verify(!view.linkingThisDevice)
        verify(findChild(view, "nameField").visible)
        compare(findChild(view, "joinButton").text, "Join cohort")
    }

    function test_joined_device_offers_a_link_code() {
        const s = openJoined()
        const view = s.view
        verify(findChild(view, "linkExplanation").visible)
        verify(!findChild(view, "linkCode").visible)
        const button = findChild(view, "getLinkCodeButton")
        compare(button.text, "Get a link code")
        button.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(s.cohort.enrolment.fetchingLinkCode)
        verify(!button.enabled, "one request at a time")
        compare(button.text, "Getting a code…")
        const code = findChild(view, "linkCode")
        tryVerify(() => code.visible, 10000)
        const linkCode = s.cohort.enrolment.linkCode
        // The server's code and the secret that unlocks the keys, one string in groups of four.
        verify(/^([0-9A-Z]{4}-){5}[0-9A-Z]{3}$/.test(linkCode), linkCode)
        compare(code.text, linkCode)
        compare(code.Accessible.name, "Link code " + linkCode.split("").join(" "))
        verify(findChild(view, "linkCodeExpiry").text.indexOf("Works once, until ") === 0)
        compare(button.text, "Get a new code")
        verify(button.enabled)
        // Left: the code goes with the cohort.
        s.cohort.enrolment.leave()
        verify(!code.visible)
        verify(!findChild(view, "linkCodeExpiry").visible)
    }

    // The devices that sync for the learner: this one marked, another signed out only after a
    // yes, by keyboard.
    function test_devices_list_and_sign_out() {
        const s = openJoined()
        const view = s.view
        const laptopId = s.fixture.addOtherDevice("ada-laptop")
        verify(laptopId !== "")
        // The list was fetched when the screen was shown, before the laptop was added.
        tryCompare(s.cohort.devices.model, "count", 1, 10000)
        s.cohort.devices.refresh()
        tryCompare(s.cohort.devices.model, "count", 2, 10000)
        verify(findChild(view, "devicesHeading").visible)
        const other = findChild(view, "device-" + laptopId)
        verify(other)
        verify(!other.thisDevice)
        const rows = findChild(view, "deviceRows")
        const mine = rows.itemAt(0).thisDevice ? rows.itemAt(0) : rows.itemAt(1)
        verify(mine.thisDevice && mine !== other)
        verify(!findChild(mine, "signOutButton").visible, "this device leaves with Leave cohort")
        const signOut = findChild(other, "signOutButton")
        verify(signOut.visible)
        compare(signOut.Accessible.name, "Sign out ada-laptop")
        signOut.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(other.confirming, "nothing happens before the yes")
        compare(s.cohort.devices.model.count, 2)
        const confirm = findChild(other, "confirmSignOutButton")
        tryVerify(() => confirm.activeFocus, 2000, "the yes takes the keyboard once laid out")
        // Keep it: nothing is signed out.
        findChild(other, "cancelSignOutButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(!other.confirming)
        wait(100)
        compare(s.cohort.devices.model.count, 2)
        // Sign it out.
        findChild(other, "signOutButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => confirm.activeFocus, 2000)
        keyClick(Qt.Key_Return)
        verify(s.cohort.devices.busy)
        verify(!findChild(other, "signOutButton").enabled, "one request at a time")
        tryCompare(s.cohort.devices.model, "count", 1, 10000)
        verify(findChild(view, "deviceRows").itemAt(0).thisDevice)
        // A refusal is shown in the server's words.
        s.cohort.devices.signOut("a-device-of-someone-else")
        const error = findChild(view, "devicesError")
        tryVerify(() => error.visible, 10000)
        compare(error.text, "You can only sign out your own devices.")
    }

    // On a phone, "Sign out" near the bottom of the page: the question and its buttons come
    // into view (the page scrolls once they are laid out) and the yes has the keyboard.
    function test_sign_out_confirmation_scrolls_into_view_on_a_phone() {
        const s = openJoined()
        s.view.visible = false
        const laptopId = s.fixture.addOtherDevice("ada-laptop")
        s.cohort.devices.refresh()
        tryCompare(s.cohort.devices.model, "count", 2, 10000)
        const page = s.fixture.show(phonePageComponent, testCase, {cohort: s.cohort})
        verify(page)
        const other = findChild(page, "device-" + laptopId)
        verify(other)
        const signOut = findChild(other, "signOutButton")
        const flick = page.contentItem
        // The button at the bottom edge of the page, as a learner scrolling down meets it.
        waitForRendering(page)
        const buttonTop = signOut.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, buttonTop + signOut.height - flick.height + Theme.smallGap)
        signOut.forceActiveFocus(Qt.TabFocusReason)
        signOut.clicked() // by keyboard in test_devices_list_and_sign_out
        const confirm = findChild(other, "confirmSignOutButton")
        const keep = findChild(other, "cancelSignOutButton")
        tryVerify(() => confirm.activeFocus, 2000, "the yes takes the keyboard")
        // Both buttons lie within the page's visible part.
        for (const button of [confirm, keep]) {
            const top = button.mapToItem(page, 0, 0).y
            verify(top >= 0 && top + button.height <= page.height,
                   `${button.objectName} at ${top}..${top + button.height} of ${page.height}`)
        }
        keep.clicked()
        verify(!other.confirming)
    }

    // A link code that is gone (used or expired) means a device may have joined meanwhile: the
    // list is fetched again.
    function test_expired_link_code_fetches_the_list_again() {
        const s = openJoined({linkCodeLifetimeMs: 1500})
        tryCompare(s.cohort.devices.model, "count", 1, 10000)
        mouseClick(findChild(s.view, "getLinkCodeButton"))
        tryVerify(() => s.cohort.enrolment.linkCode !== "", 10000)
        s.fixture.addOtherDevice("ada-laptop") // the code was used on the laptop
        tryCompare(s.cohort.enrolment, "linkCode", "", 10000)
        tryCompare(s.cohort.devices.model, "count", 2, 10000)
    }

    // Joining on this screen fetches the list too (the screen was built before the join).
    function test_joining_fetches_the_device_list() {
        const s = open()
        compare(s.cohort.devices.model.count, 0)
        s.cohort.enrolment.serverUrl = s.fixture.serverUrl
        s.cohort.enrolment.displayName = "Ada"
        s.cohort.enrolment.join(s.fixture.inviteCode)
        tryVerify(() => s.cohort.status.joined, 10000)
        tryCompare(s.cohort.devices.model, "count", 1, 10000)
        verify(findChild(s.view, "devicesHeading").visible)
    }

    function test_busy_and_errors_show() {
        // A server that never answers: the join stays under way.
        const s = open({server: CohortFixture.Silent})
        const view = s.view
        typeInto(findChild(view, "serverField"), s.fixture.serverUrl)
        typeInto(findChild(view, "nameField"), "Ada")
        typeInto(findChild(view, "codeField"), "X")
        keyClick(Qt.Key_Return)
        verify(s.cohort.enrolment.busy)
        verify(!findChild(view, "joinButton").enabled)
        verify(!findChild(view, "codeField").enabled)
        compare(findChild(view, "joinButton").text, "Joining…")

        // A code the server does not know: its own words.
        const t = open()
        const error = findChild(t.view, "errorText")
        verify(!error.visible)
        typeInto(findChild(t.view, "serverField"), t.fixture.serverUrl)
        typeInto(findChild(t.view, "nameField"), "Ada")
        typeInto(findChild(t.view, "codeField"), "0000-0000-0000")
        keyClick(Qt.Key_Return)
        tryVerify(() => error.visible, 10000)
        compare(error.text, "This invite code is not known; check it with your cohort lead.")
        compare(error.Accessible.name, error.text)
        verify(findChild(t.view, "joinButton").enabled)
    }

    function test_joined_shows_status_and_syncs() {
        const s = openJoined()
        const view = s.view
        verify(!findChild(view, "joinForm").visible)
        verify(findChild(view, "statusPanel").visible)
        verify(findChild(view, "cohortName").text.indexOf("Platform leads") >= 0)
        verify(findChild(view, "lastSynced").text.indexOf("Last synced") === 0)
        compare(findChild(view, "pendingCount").text, "Nothing waiting to sync")
        s.fixture.recordAnswers(3)
        compare(findChild(view, "statusText").text, "3 answers waiting to sync")
        compare(findChild(view, "pendingCount").text, "3 answers waiting to sync")
        const sync = findChild(view, "syncNowButton")
        mouseClick(sync)
        tryCompare(findChild(view, "statusText"), "text", "Up to date", 10000)
        compare(findChild(view, "pendingCount").text, "Nothing waiting to sync")
        s.fixture.recordAnswers(1)
        compare(findChild(view, "pendingCount").text, "1 answer waiting to sync")
    }

    function test_sync_button_waits_for_a_round_under_way() {
        const view = open({joined: true, server: CohortFixture.Silent}).view
        const sync = findChild(view, "syncNowButton")
        tryCompare(findChild(view, "statusText"), "text", "Syncing…", 10000)
        verify(!sync.enabled)
        compare(sync.text, "Syncing…")
    }

    function test_an_outdated_app_does_not_offer_to_sync() {
        const view = open({joined: true, server: CohortFixture.Outdated}).view
        tryCompare(findChild(view, "statusText"), "text", "This app needs an update to sync", 10000)
        verify(!findChild(view, "syncNowButton").enabled)
        compare(findChild(view, "errorText").text, "Please update the app to keep syncing.")
    }

    function test_never_synced() {
        const view = open({joined: true, server: CohortFixture.Silent}).view
        compare(findChild(view, "lastSynced").text, "Not synced yet")
        compare(findChild(view, "pendingCount").text, "Nothing waiting to sync")
    }

    function test_leave_needs_confirmation() {
        const s = openJoined()
        const view = s.view
        const confirmation = findChild(view, "leaveConfirmation")
        verify(!confirmation.visible)
        mouseClick(findChild(view, "leaveButton"))
        verify(confirmation.visible)
        // Stay: nothing happens.
        mouseClick(findChild(view, "cancelLeaveButton"))
        verify(!confirmation.visible)
        verify(s.cohort.status.joined)
        // Leave, by keyboard this time.
        findChild(view, "leaveButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(confirmation.visible)
        verify(findChild(view, "confirmLeaveButton").activeFocus)
        keyClick(Qt.Key_Return)
        verify(!s.cohort.status.joined)
        verify(findChild(view, "joinForm").visible)
        compare(s.cohort.status.statusText, "Not in a cohort")
    }

    function test_fits_a_narrow_phone() {
        const s = open({server: CohortFixture.Unreachable})
        const view = s.view
        typeInto(findChild(view, "serverField"), s.fixture.serverUrl)
        typeInto(findChild(view, "nameField"), "Ada")
        typeInto(findChild(view, "codeField"), "X")
        keyClick(Qt.Key_Return)
        const error = findChild(view, "errorText")
        tryVerify(() => error.text.indexOf("Could not reach the cohort server") === 0, 10000)
        compare(view.width, 360)
        const names = ["joinExplanation", "serverField", "nameField", "codeField", "errorText"]
        for (const n of names)
            verify(findChild(view, n).width <= 360, n)
        verify(findChild(view, "joinExplanation").lineCount > 1)
        verify(error.lineCount > 1)
    }

    function test_sharing_is_off_by_default_and_says_what_the_lead_sees() {
        const s = openJoined()
        const view = s.view
        const toggle = findChild(view, "shareSwitch")
        verify(toggle.visible)
        verify(!toggle.checked, "off unless the learner turns it on")
        verify(!s.cohort.sharing.shared)
        compare(toggle.Accessible.name, "Share my readiness profile with my cohort lead")
        const sees = findChild(view, "shareWhatLeadSees").text
        for (const figure of ["role", "estimates", "uncertainty", "decisions", "trend", "calibrated"])
            verify(sees.indexOf(figure) >= 0, figure)
        const never = findChild(view, "shareNeverLeaves").text
        for (const kept of ["reflections", "Back to IC", "Is it for me?", "individual answers"])
            verify(never.indexOf(kept) >= 0, kept)
        const withdraw = findChild(view, "shareWithdraw").text
        verify(withdraw.indexOf("at any time") >= 0)
        verify(withdraw.indexOf("all of your devices") >= 0, "one choice for every device")
        verify(withdraw.indexOf("this device") < 0, "no longer a per-device choice")
        verify(!findChild(view, "shareStatus").visible)
        compare(s.fixture.sharingChosenAtMs(), 0, "showing the screen chose nothing")
    }

    function test_toggling_asks_the_model() {
        const s = openJoined()
        const view = s.view
        const toggle = findChild(view, "shareSwitch")
        const status = findChild(view, "shareStatus")
        mouseClick(toggle)
        verify(s.cohort.sharing.shared)
        verify(toggle.checked)
        verify(status.visible)
        tryVerify(() => status.text.indexOf("Your lead sees the copy sent") >= 0, 10000)
        // Withdrawing from the keyboard: Space on the focused switch.
        toggle.forceActiveFocus()
        keyClick(Qt.Key_Space)
        verify(!s.cohort.sharing.shared)
        verify(!toggle.checked)
        // And Return, like the other buttons of this screen.
        keyClick(Qt.Key_Return)
        verify(s.cohort.sharing.shared)
        verify(toggle.checked)
    }

    // The switch shows what the model holds, also after a click: a choice made later on
    // another device, adopted at the next sync, turns it off here.
    function test_switch_follows_the_model_not_the_click() {
        const s = openJoined()
        const toggle = findChild(s.view, "shareSwitch")
        mouseClick(toggle)
        verify(toggle.checked)
        tryVerify(() => findChild(s.view, "shareStatus").text.indexOf("sees the copy") >= 0, 10000)
        s.fixture.chooseSharingElsewhere(false)
        mouseClick(findChild(s.view, "syncNowButton"))
        tryVerify(() => !s.cohort.sharing.shared, 10000)
        verify(!toggle.checked, "the switch follows the choice made elsewhere")
        s.fixture.chooseSharingElsewhere(true)
        s.cohort.status.syncNow()
        tryVerify(() => toggle.checked, 10000)
        verify(findChild(s.view, "shareStatus").text.indexOf("another of your devices") >= 0)
    }

    function test_tab_reaches_the_switch() {
        const view = openJoined().view
        findChild(view, "leaveButton").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "shareSwitch").activeFocus)
    }

    function test_leaving_while_shared_says_the_copy_is_withdrawn() {
        const s = openJoined()
        s.cohort.sharing.setShared(true)
        mouseClick(findChild(s.view, "leaveButton"))
        const confirmation = findChild(s.view, "leaveConfirmation")
        verify(confirmation.visible)
        let said = false
        for (let i = 0; i < confirmation.children.length; ++i)
            said = said || String(confirmation.children[i].text).indexOf("delete the readiness profile") >= 0
        verify(said)
    }

    function test_sharing_fits_a_narrow_phone() {
        // Shared, then withdrawn while the server cannot be reached: the copy is still to delete.
        const s = open({joined: true, server: CohortFixture.Silent})
        s.cohort.sharing.setShared(true)
        s.cohort.sharing.setShared(false)
        compare(s.cohort.sharing.statusText, "Not shared. Your lead's copy is deleted at the next sync.")
        const toggle = findChild(s.view, "shareSwitch")
        verify(toggle.width <= 360)
        verify(toggle.contentItem.lineCount > 1, "the switch's label wraps instead of eliding")
        for (const n of ["shareWhatLeadSees", "shareNeverLeaves", "shareWithdraw", "shareStatus"]) {
            const label = findChild(s.view, n)
            verify(label.width <= 360, n)
            verify(label.lineCount > 1, n)
        }
    }

    // The recovery key: off by default and saying what that means; made, shown once, kept,
    // then turned off after a yes; all by keyboard.
    function test_recovery_key_by_keyboard() {
        const s = openJoined()
        const view = s.view
        const recovery = s.cohort.recovery
        tryCompare(recovery, "state", RecoveryKeyModel.Off, 10000)
        verify(!s.fixture.recoveryOnServer())
        const explanation = findChild(view, "recoveryExplanation")
        verify(explanation.visible)
        verify(explanation.text.indexOf("no one can recover it") > 0, explanation.text)
        verify(explanation.text.indexOf("off unless you turn it on") > 0)
        verify(findChild(view, "recoveryWarning").text.indexOf("or a recovery key") > 0)
        const make = findChild(view, "recoveryOnButton")
        compare(make.text, "Make a recovery key")
        make.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(recovery, "state", RecoveryKeyModel.Showing, 10000)
        verify(s.fixture.recoveryOnServer())
        const shown = findChild(view, "recoveryKeyText")
        verify(shown.visible)
        verify(shown.activeFocus, "the key has the focus once shown")
        // Four groups to a line, the last line two.
        verify(/^(([0-9A-Z]{4}-){3}[0-9A-Z]{4}\n){3}[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(shown.text), shown.text)
        compare(shown.text.replace(/\n/g, "-"), recovery.shownKey)
        verify(recovery.printableText().indexOf(recovery.shownKey) >= 0)
        verify(!explanation.visible)
        // Tab goes from the key to Copy, Save, Save as PDF and "I have kept it".
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "copyRecoveryKeyButton").activeFocus)
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "saveRecoveryKeyButton").activeFocus)
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "saveRecoveryKeyPdfButton").activeFocus)
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "keptRecoveryKeyButton").activeFocus)
        // A file that cannot be written says so, and nothing else changes.
        verify(!recovery.saveTo("/nonexistent-folder/key.txt"))
        verify(findChild(view, "recoveryError").visible)
        compare(recovery.savePdfTo("file:///nonexistent-folder/key.pdf"), "")
        verify(findChild(view, "recoveryError").text.indexOf("/nonexistent-folder/key.pdf") >= 0)
        // The printable page is written where the learner chose (the file dialog's answer).
        const written = recovery.savePdfTo(s.fixture.temporaryUrl("key.pdf"))
        verify(written.endsWith("key.pdf"), written)
        compare(findChild(view, "recoveryError").text, "")
        compare(recovery.state, RecoveryKeyModel.Showing)
        keyClick(Qt.Key_Return)
        compare(recovery.state, RecoveryKeyModel.On)
        compare(recovery.shownKey, "")
        verify(!shown.visible)
        compare(make.text, "Make a new recovery key")
        verify(make.activeFocus)
        // Off, after a yes.
        keyClick(Qt.Key_Tab)
        const off = findChild(view, "recoveryOffButton")
        verify(off.activeFocus)
        keyClick(Qt.Key_Return)
        verify(findChild(view, "recoveryOffConfirmation").visible)
        verify(findChild(view, "confirmRecoveryOffButton").activeFocus)
        keyClick(Qt.Key_Return)
        tryCompare(recovery, "state", RecoveryKeyModel.Off, 10000)
        verify(!s.fixture.recoveryOnServer())
    }

    // The printable page in a narrow window (a phone), where Qt's own file dialog has no room:
    // saved at once, where it went said plainly, another folder still on offer (the same name
    // there, and the note says where the first copy is). In a wide window the learner chooses
    // in the file dialog first, and nothing is written until they do.
    function test_recovery_pdf_in_a_narrow_and_a_wide_window() {
        const s = openJoined()
        const card = findChild(s.view, "recoveryKeyCard")
        verify(card.savesPdfDirectly, "a 360 px window saves without the dialog")
        card.opensSavedPdf = false
        card.pdfUrl = s.fixture.temporaryUrl("groundwork-recovery-key.pdf")
        s.cohort.recovery.turnOn()
        tryCompare(s.cohort.recovery, "state", RecoveryKeyModel.Showing, 10000)
        const pdfButton = findChild(s.view, "saveRecoveryKeyPdfButton")
        const dialog = findChild(card, "recoveryPdfDialog")
        verify(dialog)
        const folderDialog = findChild(card, "recoveryPdfFolderDialog")
        verify(folderDialog)
        const elsewhere = findChild(s.view, "choosePdfFolderButton")
        verify(!elsewhere.visible)
        pdfButton.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        compare(s.fixture.fileStart(card.pdfUrl, 5), "%PDF-")
        const saved = findChild(s.view, "recoverySavedTo")
        verify(saved.visible)
        verify(saved.text.indexOf("Saved to " + card.savedPath + " and opened to print") === 0, saved.text)
        verify(card.savedPath.endsWith("groundwork-recovery-key.pdf"), card.savedPath)
        verify(!dialog.visible, "no file dialog in a narrow window")
        verify(elsewhere.visible)
        verify(elsewhere.activeFocus, "the keyboard moves under the note (the page shows it)")
        // Another folder: the folder dialog, the same name there.
        elsewhere.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        tryCompare(folderDialog, "visible", true)
        verify(!dialog.visible)
        const firstPath = card.savedPath
        const other = s.fixture.temporaryFolder("kept")
        folderDialog.selectedFolder = other
        folderDialog.accept()
        tryCompare(folderDialog, "visible", false)
        compare(s.fixture.fileStart(String(other) + "/groundwork-recovery-key.pdf", 5), "%PDF-")
        verify(card.savedPath.endsWith("/kept/groundwork-recovery-key.pdf"), card.savedPath)
        verify(saved.text.indexOf("The copy saved before is still in " + firstPath + ":") > 0, saved.text)
        verify(elsewhere.activeFocus)
        // Wide: the file dialog first, suggesting the same place, and nothing saved by the
        // button alone.
        card.savedPath = ""
        card.savedPdf = false
        card.savesPdfDirectly = false
        card.pdfUrl = s.fixture.temporaryUrl("not-written.pdf")
        pdfButton.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", true)
        compare(String(dialog.selectedFile), String(card.pdfUrl), "the dialog suggests the same place")
        compare(s.fixture.fileStart(card.pdfUrl, 5), "")
        verify(!elsewhere.visible)
        dialog.reject()
        tryCompare(dialog, "visible", false)
    }

    // In a wide window the note saying where the key went appears under the buttons, where the
    // window's lower edge can hide it: the page scrolls it into view (the PDF saved through the
    // dialog here; the text file, saved to the real Documents folder, takes the same path).
    function test_saved_note_is_scrolled_into_view() {
        const fixture = createTemporaryObject(fixtureComponent, testCase, {joined: true})
        const page = fixture.show(phonePageComponent, testCase, {cohort: fixture.cohort})
        verify(page)
        const s = {fixture: fixture, cohort: fixture.cohort}
        tryCompare(s.cohort.status, "statusText", "Up to date", 10000)
        const card = findChild(page, "recoveryKeyCard")
        card.opensSavedPdf = false
        card.savesPdfDirectly = false // as in a wide window: the file dialog
        s.cohort.recovery.turnOn()
        tryCompare(s.cohort.recovery, "state", RecoveryKeyModel.Showing, 10000)
        const note = findChild(page, "recoverySavedTo")
        const flick = page.contentItem
        function noteInView() {
            const top = note.mapToItem(page, 0, 0).y
            return note.visible && top >= 0 && top + note.height <= page.height
        }
        // The buttons at the page's lower edge, as a learner scrolling down meets them.
        const pdfButton = findChild(page, "saveRecoveryKeyPdfButton")
        function buttonsAtTheLowerEdge() {
            waitForRendering(page)
            const bottom = pdfButton.mapToItem(flick.contentItem, 0, 0).y + pdfButton.height
            flick.contentY = Math.max(0, bottom - flick.height + 2)
            verify(!noteInView(), "the note starts hidden")
        }
        card.savedPath = ""
        card.pdfUrl = s.fixture.temporaryUrl("wide.pdf")
        buttonsAtTheLowerEdge()
        pdfButton.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        const dialog = findChild(card, "recoveryPdfDialog")
        tryCompare(dialog, "visible", true)
        dialog.accept()
        tryCompare(dialog, "visible", false)
        compare(s.fixture.fileStart(card.pdfUrl, 5), "%PDF-")
        // Laid out under the buttons first (until then it sits where it was while hidden).
        tryVerify(() => note.mapToItem(page, 0, 0).y > pdfButton.mapToItem(page, 0, 0).y, 2000)
        tryVerify(noteInView, 2000, "the note after the PDF is in view")
        verify(pdfButton.activeFocus, "the keyboard stays on the button")
    }

    // Signed out from another device: the screen says so and offers the way back, instead of
    // the parts that need a device that is signed in.
    function test_signed_out_from_another_device() {
        const s = openJoined()
        const view = s.view
        verify(findChild(view, "getLinkCodeButton").visible)
        verify(!findChild(view, "signedOutNote").visible)
        verify(s.fixture.revokeThisDevice())
        s.cohort.status.syncNow()
        tryVerify(() => s.cohort.status.signedOut, 10000)
        verify(findChild(view, "signedOutNote").visible)
        verify(!findChild(view, "getLinkCodeButton").visible)
        verify(!findChild(view, "shareSwitch").visible)
        verify(!findChild(view, "recoveryOnButton").visible)
        const relink = findChild(view, "signedOutRelinkButton")
        relink.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(findChild(view, "leaveConfirmation").visible)
        verify(findChild(view, "confirmLeaveButton").activeFocus)
    }

    // Joining with an invite code (the account's first keys) offers a recovery key once.
    function test_joining_offers_a_recovery_key() {
        const s = open()
        const view = s.view
        typeInto(findChild(view, "serverField"), s.fixture.serverUrl)
        typeInto(findChild(view, "nameField"), "Ada")
        typeInto(findChild(view, "codeField"), s.fixture.inviteCode)
        keyClick(Qt.Key_Return)
        tryVerify(() => s.cohort.status.joined, 10000)
        const offer = findChild(view, "recoveryOffer")
        tryVerify(() => offer.visible, 10000)
        const make = findChild(view, "offerRecoveryButton")
        // The join form that had the keyboard is gone: the keyboard is on the offer.
        tryVerify(() => make.activeFocus, 10000)
        keyClick(Qt.Key_Return)
        verify(!offer.visible)
        tryCompare(s.cohort.recovery, "state", RecoveryKeyModel.Showing, 10000)
        verify(findChild(view, "recoveryKeyText").activeFocus)
    }

    // Every device lost: the join form takes a recovery key; a mistyped or unknown one says so.
    function test_restore_form_checks_the_key() {
        const s = open()
        const view = s.view
        const restoreMode = findChild(view, "restoreModeButton")
        restoreMode.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(findChild(view, "restoreExplanation").visible)
        verify(!findChild(view, "nameField").visible)
        verify(findChild(view, "codeField").activeFocus)
        compare(findChild(view, "joinButton").text, "Restore my account")
        typeInto(findChild(view, "serverField"), s.fixture.serverUrl)
        typeInto(findChild(view, "codeField"), "ABCD-EFGH")
        keyClick(Qt.Key_Return)
        const error = findChild(view, "errorText")
        verify(error.text.indexOf("Type the whole recovery key") === 0, error.text)
        // 56 characters that fail their checksum are caught here, never sent.
        typeInto(findChild(view, "codeField"), "0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0001")
        keyClick(Qt.Key_Return)
        verify(error.text.indexOf("are not right") > 0, error.text)
        verify(!s.cohort.status.joined)
        // Back to the invite code.
        findChild(view, "joinModeButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(!findChild(view, "restoreExplanation").visible)
        verify(findChild(view, "nameField").visible)
    }

    // Items that failed verification: said calmly, then put away.
    function test_unverified_downloads_show_and_go() {
        const s = openJoined()
        const view = s.view
        const notes = findChild(view, "syncProblemNotes")
        verify(!notes.visible)
        s.fixture.noteDownloadTrouble(3, 0)
        verify(notes.visible)
        compare(s.cohort.problems.attention, SyncProblems.UnverifiedItems)
        compare(findChild(view, "unverifiedTitle").text,
                "3 items from the server could not be verified and were not applied.")
        verify(!findChild(view, "leftOutNote").visible)
        const ok = findChild(view, "dismissUnverifiedButton")
        ok.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(!notes.visible)
        compare(s.cohort.problems.unverifiedCount, 0)
    }

    // Left out when the keys changed: the day, and linking again (leave, then a link code).
    function test_left_out_device_links_again() {
        const s = openJoined()
        const view = s.view
        s.fixture.noteDownloadTrouble(0, 2)
        compare(s.cohort.problems.attention, SyncProblems.LeftOutOfKeyChange)
        const title = findChild(view, "leftOutTitle")
        verify(title.visible)
        verify(title.text.indexOf("This device was not included when your keys changed on ") === 0, title.text)
        verify(title.text.indexOf("2026") > 0, title.text)
        const relink = findChild(view, "relinkButton")
        relink.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(findChild(view, "leaveConfirmation").visible)
        verify(findChild(view, "confirmLeaveButton").activeFocus)
        keyClick(Qt.Key_Return)
        verify(!s.cohort.status.joined)
        verify(findChild(view, "linkThisDeviceExplanation").visible, "the form waits for a link code")
        verify(!findChild(view, "syncProblemNotes").visible)
        compare(findChild(view, "codeField").Accessible.name, "Link code")
    }

    // Screenshots of the new parts, light and dark, phone and desktop widths, when asked for
    // ($GROUNDWORK_SCREENSHOT_DIR).
    function test_screenshots() {
        const s = openJoined()
        const dir = s.fixture.screenshotDir
        if (dir === "")
            skip("GROUNDWORK_SCREENSHOT_DIR is not set")
        s.view.visible = false
        const frame = createTemporaryObject(framedComponent, testCase, {cohort: s.cohort})
        const restoring = open({joined: false})
        restoring.view.visible = false
        const restoreFrame = createTemporaryObject(framedComponent, testCase, {cohort: restoring.cohort})
        findChild(restoreFrame.view, "restoreModeButton").clicked()
        const save = (item, file) => {
            wait(100)
            verify(item.grabToImage(r => r.saveToFile(dir + "/" + file)))
            wait(100)
        }
        let shots = 0
        for (const scheme of [Preferences.Light, Preferences.Dark]) {
            for (const width of [360, 1280]) {
                Theme.scheme = scheme
                frame.width = width
                restoreFrame.width = width
                const name = (scheme === Preferences.Dark ? "dark" : "light") + "-" + width + ".png"
                tryCompare(s.cohort.recovery, "state", RecoveryKeyModel.Off, 10000)
                s.fixture.noteDownloadTrouble(2, 3)
                save(frame, "cohort-problems-" + name)
                s.cohort.problems.dismissUnverified()
                s.cohort.recovery.turnOn()
                tryCompare(s.cohort.recovery, "state", RecoveryKeyModel.Showing, 10000)
                save(frame, "cohort-recovery-shown-" + name)
                s.cohort.recovery.doneShowing()
                save(frame, "cohort-recovery-on-" + name)
                s.cohort.recovery.turnOff()
                save(restoreFrame, "cohort-restore-" + name)
                shots += 4
            }
        }
        Theme.scheme = Preferences.System
        // The frames go before the fixtures whose Cohort they show.
        frame.destroy()
        restoreFrame.destroy()
        wait(0)
        compare(shots, 16)
    }
}
