import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Cohort

TestCase {
    id: testCase
    name: "CohortView"
    when: windowShown
    visible: true
    width: 360
    height: 900

    // Stands in for CohortViewModel: same properties, and records what the view asked for.
    QtObject {
        id: fakeCohort
        property string serverUrl: ""
        property string displayName: ""
        property bool joined: false
        property bool busy: false
        property string cohortName: ""
        property string statusText: ""
        property bool syncing: false
        property bool needsUpdate: false
        property var lastSynced: undefined
        property int pendingCount: 0
        property string errorText: ""
        property bool profileShared: false
        property string profileShareText: ""
        property var shareCalls: []
        property bool refuseShare: false // a model that says no: the switch must follow it
        property string joinedWith: ""
        property string linkedWith: ""
        property string linkCode: ""
        property var linkCodeExpires: undefined
        property bool fetchingLinkCode: false
        property int linkStarts: 0
        property int syncs: 0
        property int leaves: 0
        property QtObject devices: QtObject {
            property ListModel model: ListModel {}
            property bool busy: false
            property string errorText: ""
            property int refreshes: 0
            property var signedOut: []
            function refresh() { refreshes += 1 }
            function signOut(id) { signedOut.push(id); busy = true }
        }
        function join(code) { joinedWith = code }
        function joinWithLinkCode(code) { linkedWith = code }
        function startLink() { linkStarts += 1; fetchingLinkCode = true }
        function syncNow() { syncs += 1 }
        function leave() { leaves += 1; joined = false }
        function setProfileShared(on) {
            shareCalls.push(on)
            if (!refuseShare)
                profileShared = on
        }
    }

    Component {
        id: viewComponent
        CohortView { width: 360; cohort: fakeCohort }
    }

    function init() {
        fakeCohort.serverUrl = ""
        fakeCohort.displayName = ""
        fakeCohort.joined = false
        fakeCohort.busy = false
        fakeCohort.cohortName = ""
        fakeCohort.statusText = ""
        fakeCohort.syncing = false
        fakeCohort.needsUpdate = false
        fakeCohort.lastSynced = undefined
        fakeCohort.pendingCount = 0
        fakeCohort.errorText = ""
        fakeCohort.profileShared = false
        fakeCohort.profileShareText = ""
        fakeCohort.shareCalls = []
        fakeCohort.refuseShare = false
        fakeCohort.joinedWith = ""
        fakeCohort.linkedWith = ""
        fakeCohort.linkCode = ""
        fakeCohort.linkCodeExpires = undefined
        fakeCohort.fetchingLinkCode = false
        fakeCohort.linkStarts = 0
        fakeCohort.devices.model.clear()
        fakeCohort.devices.busy = false
        fakeCohort.devices.errorText = ""
        fakeCohort.devices.refreshes = 0
        fakeCohort.devices.signedOut = []
        fakeCohort.syncs = 0
        fakeCohort.leaves = 0
    }

    function typeInto(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_join_form_explains_and_joins() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(view)
        verify(findChild(view, "joinForm").visible)
        verify(!findChild(view, "statusPanel").visible)
        const explanation = findChild(view, "joinExplanation").text
        verify(explanation.indexOf("never your reflections") >= 0)
        verify(explanation.indexOf("stays yours") < 0, "the old 'does not share it' promise is gone")
        verify(explanation.indexOf("your choice") >= 0)
        verify(explanation.indexOf("stays off unless you turn it on") >= 0)
        verify(!findChild(view, "shareSwitch").visible, "sharing is offered once joined")

        const join = findChild(view, "joinButton")
        verify(!join.enabled) // no code yet
        compare(join.Accessible.name, "Join cohort")

        typeInto(findChild(view, "serverField"), "cohort.example.org")
        typeInto(findChild(view, "nameField"), "Ada")
        typeInto(findChild(view, "codeField"), "abcd-efgh-jkmn")
        verify(join.enabled)
        mouseClick(join)
        compare(fakeCohort.serverUrl, "cohort.example.org")
        compare(fakeCohort.displayName, "Ada")
        compare(fakeCohort.joinedWith, "abcd-efgh-jkmn")
    }

    // The invite code typed at first run waits in the form.
    function test_first_run_code_is_offered() {
        const view = createTemporaryObject(viewComponent, testCase, {suggestedInviteCode: "ABCD-EFGH-JKMN"})
        compare(findChild(view, "codeField").text, "ABCD-EFGH-JKMN")
        verify(findChild(view, "joinButton").enabled)
    }

    function test_enter_in_code_field_joins() {
        const view = createTemporaryObject(viewComponent, testCase)
        typeInto(findChild(view, "codeField"), "X")
        keyClick(Qt.Key_Return)
        compare(fakeCohort.joinedWith, "X")
    }

    function test_tab_moves_through_the_form() {
        const view = createTemporaryObject(viewComponent, testCase)
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
        const view = createTemporaryObject(viewComponent, testCase)
        // With no code typed the join button is disabled; Tab still reaches the other way in.
        findChild(view, "codeField").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "joinModeButton").activeFocus, "Tab from an empty code field")
        verify(!findChild(view, "linkThisDeviceExplanation").visible)
        typeInto(findChild(view, "serverField"), "cohort.example.org")
        typeInto(findChild(view, "codeField"), "X")
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
        for (const c of "abcd-efgh-jk")
            keyClick(c)
        keyClick(Qt.Key_Return)
        compare(fakeCohort.linkedWith, "abcd-efgh-jk")
        compare(fakeCohort.joinedWith, "")
        compare(fakeCohort.serverUrl, "cohort.example.org")
        compare(fakeCohort.displayName, "")
        // And back to the invite code.
        mouseClick(mode)
        verify(!view.linkingThisDevice)
        verify(findChild(view, "nameField").visible)
    }

    function test_joined_device_offers_a_link_code() {
        fakeCohort.joined = true
        const view = createTemporaryObject(viewComponent, testCase)
        verify(findChild(view, "linkExplanation").visible)
        verify(!findChild(view, "linkCode").visible)
        const button = findChild(view, "getLinkCodeButton")
        compare(button.text, "Get a link code")
        button.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(fakeCohort.linkStarts, 1)
        verify(!button.enabled, "one request at a time")
        fakeCohort.fetchingLinkCode = false
        fakeCohort.linkCode = "ABCD-EFGH-JK"
        fakeCohort.linkCodeExpires = new Date(Date.now() + 10 * 60 * 1000)
        const code = findChild(view, "linkCode")
        verify(code.visible)
        compare(code.text, "ABCD-EFGH-JK")
        compare(code.Accessible.name, "Link code A B C D - E F G H - J K")
        verify(findChild(view, "linkCodeExpiry").text.indexOf("Works once, until ") === 0)
        compare(button.text, "Get a new code")
        verify(button.enabled)
        // Expired or left: the code goes.
        fakeCohort.linkCode = ""
        verify(!code.visible)
        verify(!findChild(view, "linkCodeExpiry").visible)
    }

    // The devices that sync for the learner: this one marked, another signed out only after a
    // yes, by keyboard.
    function test_devices_list_and_sign_out() {
        fakeCohort.joined = true
        fakeCohort.devices.model.append({deviceId: "d1", name: "ada-phone", addedAt: new Date(2026, 10, 2), thisDevice: true})
        fakeCohort.devices.model.append({deviceId: "d2", name: "ada-laptop", addedAt: new Date(2026, 10, 9), thisDevice: false})
        const view = createTemporaryObject(viewComponent, testCase)
        compare(fakeCohort.devices.refreshes, 1, "the list is fetched when shown")
        verify(findChild(view, "devicesHeading").visible)
        const mine = findChild(view, "device-d1")
        const other = findChild(view, "device-d2")
        verify(mine && other)
        verify(!findChild(mine, "signOutButton").visible, "this device leaves with Leave cohort")
        const signOut = findChild(other, "signOutButton")
        verify(signOut.visible)
        compare(signOut.Accessible.name, "Sign out ada-laptop")
        signOut.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(fakeCohort.devices.signedOut.length, 0, "nothing happens before the yes")
        verify(other.confirming)
        const confirm = findChild(other, "confirmSignOutButton")
        verify(confirm.activeFocus)
        // Keep it: nothing is signed out.
        findChild(other, "cancelSignOutButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(!other.confirming)
        compare(fakeCohort.devices.signedOut.length, 0)
        // Sign it out.
        findChild(other, "signOutButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Return)
        compare(fakeCohort.devices.signedOut, ["d2"])
        verify(!findChild(other, "signOutButton").enabled, "one request at a time")
        // A refusal is shown in the server's words.
        fakeCohort.devices.errorText = "You can only sign out your own devices."
        verify(findChild(view, "devicesError").visible)
        // A link code used or expired: the list is fetched again.
        fakeCohort.linkCode = "ABCD-EFGH-JK"
        fakeCohort.linkCode = ""
        compare(fakeCohort.devices.refreshes, 2)
    }

    // Joining on this screen fetches the list too (the screen was built before the join).
    function test_joining_fetches_the_device_list() {
        const view = createTemporaryObject(viewComponent, testCase)
        const before = fakeCohort.devices.refreshes
        fakeCohort.joined = true
        compare(fakeCohort.devices.refreshes, before + 1)
    }

    function test_busy_and_errors_show() {
        const view = createTemporaryObject(viewComponent, testCase)
        typeInto(findChild(view, "codeField"), "X")
        fakeCohort.busy = true
        verify(!findChild(view, "joinButton").enabled)
        verify(!findChild(view, "codeField").enabled)
        fakeCohort.busy = false
        const error = findChild(view, "errorText")
        verify(!error.visible)
        fakeCohort.errorText = "This invite code is not known; check it with your cohort lead."
        verify(error.visible)
        compare(error.text, fakeCohort.errorText)
        compare(error.Accessible.name, fakeCohort.errorText)
    }

    function test_joined_shows_status_and_syncs() {
        fakeCohort.joined = true
        fakeCohort.cohortName = "Platform leads"
        fakeCohort.statusText = "3 answers waiting to sync"
        fakeCohort.pendingCount = 3
        fakeCohort.lastSynced = new Date(2026, 10, 20, 9, 30)
        const view = createTemporaryObject(viewComponent, testCase)
        verify(!findChild(view, "joinForm").visible)
        verify(findChild(view, "statusPanel").visible)
        verify(findChild(view, "cohortName").text.indexOf("Platform leads") >= 0)
        compare(findChild(view, "statusText").text, "3 answers waiting to sync")
        verify(findChild(view, "lastSynced").text.indexOf("Last synced") === 0)
        compare(findChild(view, "pendingCount").text, "3 answers waiting to sync")
        const sync = findChild(view, "syncNowButton")
        mouseClick(sync)
        compare(fakeCohort.syncs, 1)
        fakeCohort.syncing = true
        verify(!sync.enabled)
        fakeCohort.syncing = false
        fakeCohort.needsUpdate = true
        fakeCohort.statusText = "This app needs an update to sync"
        verify(!sync.enabled)
    }

    function test_never_synced() {
        fakeCohort.joined = true
        const view = createTemporaryObject(viewComponent, testCase)
        compare(findChild(view, "lastSynced").text, "Not synced yet")
        compare(findChild(view, "pendingCount").text, "Nothing waiting to sync")
    }

    function test_leave_needs_confirmation() {
        fakeCohort.joined = true
        const view = createTemporaryObject(viewComponent, testCase)
        const confirmation = findChild(view, "leaveConfirmation")
        verify(!confirmation.visible)
        mouseClick(findChild(view, "leaveButton"))
        verify(confirmation.visible)
        compare(fakeCohort.leaves, 0)
        // Stay: nothing happens.
        mouseClick(findChild(view, "cancelLeaveButton"))
        verify(!confirmation.visible)
        compare(fakeCohort.leaves, 0)
        // Leave, by keyboard this time.
        findChild(view, "leaveButton").forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(confirmation.visible)
        verify(findChild(view, "confirmLeaveButton").activeFocus)
        keyClick(Qt.Key_Return)
        compare(fakeCohort.leaves, 1)
        verify(findChild(view, "joinForm").visible)
    }

    function test_fits_a_narrow_phone() {
        fakeCohort.joined = false
        fakeCohort.errorText = "Could not reach the cohort server. Check the address and your connection, then try again."
        const view = createTemporaryObject(viewComponent, testCase)
        compare(view.width, 360)
        const names = ["joinExplanation", "serverField", "nameField", "codeField", "errorText"]
        for (const n of names)
            verify(findChild(view, n).width <= 360, n)
        verify(findChild(view, "joinExplanation").lineCount > 1)
    }

    function test_sharing_is_off_by_default_and_says_what_the_lead_sees() {
        fakeCohort.joined = true
        const view = createTemporaryObject(viewComponent, testCase)
        const toggle = findChild(view, "shareSwitch")
        verify(toggle.visible)
        verify(!toggle.checked, "off unless the learner turns it on")
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
        compare(fakeCohort.shareCalls.length, 0, "showing the screen shares nothing")
    }

    function test_toggling_asks_the_model() {
        fakeCohort.joined = true
        const view = createTemporaryObject(viewComponent, testCase)
        const toggle = findChild(view, "shareSwitch")
        mouseClick(toggle)
        compare(fakeCohort.shareCalls, [true])
        verify(fakeCohort.profileShared)
        verify(toggle.checked)
        fakeCohort.profileShareText = "Shared. Your profile is sent at the next sync."
        verify(findChild(view, "shareStatus").visible)
        // Withdrawing from the keyboard: Space on the focused switch.
        toggle.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(fakeCohort.shareCalls, [true, false])
        verify(!toggle.checked)
        // And Return, like the other buttons of this screen.
        keyClick(Qt.Key_Return)
        compare(fakeCohort.shareCalls, [true, false, true])
        verify(toggle.checked)
    }

    function test_switch_follows_the_model_not_the_click() {
        fakeCohort.joined = true
        fakeCohort.refuseShare = true
        const view = createTemporaryObject(viewComponent, testCase)
        const toggle = findChild(view, "shareSwitch")
        mouseClick(toggle)
        compare(fakeCohort.shareCalls, [true])
        verify(!toggle.checked, "the switch must not claim a share the model did not make")
        // A change from elsewhere (e.g. leaving the cohort) still shows.
        fakeCohort.profileShared = true
        verify(toggle.checked)
    }

    function test_tab_reaches_the_switch() {
        fakeCohort.joined = true
        const view = createTemporaryObject(viewComponent, testCase)
        findChild(view, "leaveButton").forceActiveFocus()
        keyClick(Qt.Key_Tab)
        verify(findChild(view, "shareSwitch").activeFocus)
    }

    function test_leaving_while_shared_says_the_copy_is_withdrawn() {
        fakeCohort.joined = true
        fakeCohort.profileShared = true
        const view = createTemporaryObject(viewComponent, testCase)
        mouseClick(findChild(view, "leaveButton"))
        const confirmation = findChild(view, "leaveConfirmation")
        verify(confirmation.visible)
        let said = false
        for (let i = 0; i < confirmation.children.length; ++i)
            said = said || String(confirmation.children[i].text).indexOf("delete the readiness profile") >= 0
        verify(said)
    }

    function test_sharing_fits_a_narrow_phone() {
        fakeCohort.joined = true
        fakeCohort.profileShareText = "Not shared. Your lead's copy is deleted at the next sync."
        const view = createTemporaryObject(viewComponent, testCase)
        const toggle = findChild(view, "shareSwitch")
        verify(toggle.width <= 360)
        verify(toggle.contentItem.lineCount > 1, "the switch's label wraps instead of eliding")
        for (const n of ["shareWhatLeadSees", "shareNeverLeaves", "shareWithdraw", "shareStatus"]) {
            const label = findChild(view, n)
            verify(label.width <= 360, n)
            verify(label.lineCount > 1, n)
        }
    }
}
