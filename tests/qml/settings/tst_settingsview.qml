import QtQuick
import QtQuick.Controls
import QtTest
import Groundwork.Cohort
import Groundwork.Core
import Groundwork.Ui
import Groundwork.Settings
import Groundwork.CohortTesting

// Settings over the real Preferences (in memory), GoalViewModel and MyData (tests/qml/fixture)
// and the real sync status of the cohort feature (Groundwork.CohortTesting).
TestCase {
    id: testCase
    name: "SettingsView"
    when: windowShown
    visible: true
    width: 360
    height: 640

    // The real sync status of a device that has not joined (Groundwork.CohortTesting).
    CohortFixture {
        id: notJoined
        server: CohortFixture.None
    }

    Component {
        id: fixtureComponent
        CohortFixture {}
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }

    Component {
        id: viewComponent
        SettingsView {
            width: 360; height: 640
            preferences: fixture.preferences; goal: fixture.goal; myData: fixture.myData; syncStatus: notJoined.cohort.status
            recovery: notJoined.cohort.recovery
        }
    }

    // Settings over a fixture's sync status (CohortFixture.show).
    Component {
        id: joinedViewComponent
        SettingsView {
            width: 360; height: 640
            preferences: fixture.preferences; goal: fixture.goal; myData: fixture.myData
        }
    }

    // Settings over a fixture's own "Your data" and sync status (deleting on the server).
    Component {
        id: serverViewComponent
        SettingsView {
            width: 360; height: 640
            preferences: fixture.preferences; goal: fixture.goal
        }
    }

    function init() {
        fixture.reset()
    }

    // Walks the delete flow: the choice of where, then the last confirmation.
    function deleteFrom(view, everywhere) {
        press(findChild(view, "deleteButton"))
        const choice = findChild(view, everywhere ? "deleteEverywhere" : "deleteThisDevice")
        verify(choice.visible)
        press(choice)
        press(findChild(view, "confirmDeleteButton"))
        press(findChild(view, "confirmDeleteButton"))
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

    function test_goal_is_saved_through_the_session() {
        const view = createTemporaryObject(viewComponent, testCase)
        const save = findChild(view, "saveGoalButton")
        verify(!save.enabled, "nothing to save before an edit")
        const spin = findChild(view, "sessionsSpinBox")
        spin.forceActiveFocus()
        keyClick(Qt.Key_Up)
        compare(spin.value, 5)
        press(findChild(view, "restDay6"))
        press(findChild(view, "restDay7"))
        verify(save.enabled)
        press(save)
        compare(fixture.eventCount(), 1, "the goal is recorded")
        compare(fixture.goal.sessionsPerWeek, 5)
        compare(fixture.goal.restDays.join(), "6,7")
        compare(findChild(view, "goalStatus").text, "Saved")
        verify(!save.enabled)
    }

    function test_goal_failure_is_not_called_saved() {
        const view = createTemporaryObject(viewComponent, testCase)
        fixture.failWrites(true)
        press(findChild(view, "restDay3"))
        press(findChild(view, "saveGoalButton"))
        const status = findChild(view, "goalStatus").text
        verify(status !== "Saved")
        verify(status.indexOf("the disk is full") >= 0, status)
        compare(fixture.goal.lastError, status)
        verify(findChild(view, "saveGoalButton").enabled, "the edit is kept to try again")
        compare(fixture.eventCount(), 0)
    }

    function test_never_all_rest_days() {
        const view = createTemporaryObject(viewComponent, testCase)
        for (let d = 1; d <= 6; ++d)
            press(findChild(view, "restDay" + d))
        verify(!findChild(view, "restDay7").enabled, "one practice day always stays")
    }

    function test_reminder_is_off_until_switched_on() {
        const view = createTemporaryObject(viewComponent, testCase)
        const toggle = findChild(view, "reminderSwitch")
        const time = findChild(view, "reminderTime")
        verify(!toggle.checked, "off by default")
        verify(!time.visible, "no time to pick while it is off")
        press(toggle)
        verify(fixture.preferences.reminderEnabled, "switched on")
        tryVerify(() => time.visible)
        compare(time.currentText, "18:00")
        // From the keyboard: the next half hour.
        time.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(fixture.preferences.reminderTime, "18:30")
        press(toggle)
        verify(!fixture.preferences.reminderEnabled, "switched off again")
    }

    function test_appearance_and_listening() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(findChild(view, "theme_system").checked, "System until chosen")
        press(findChild(view, "theme_dark"))
        compare(fixture.preferences.theme, Preferences.Dark)
        verify(findChild(view, "theme_dark").checked)
        verify(!findChild(view, "theme_system").checked)
        press(findChild(view, "theme_light"))
        compare(fixture.preferences.theme, Preferences.Light)
        verify(findChild(view, "theme_light").checked)
        const slider = findChild(view, "textScaleSlider")
        slider.forceActiveFocus()
        keyClick(Qt.Key_Right)
        fuzzyCompare(fixture.preferences.textScale, 1.05, 0.001)
        findChild(view, "narrationRateBox").activated(3)
        compare(fixture.preferences.narrationRate, 1.5)
        findChild(view, "languageBox").activated(2)
        compare(fixture.preferences.language, "de")
    }

    // Settings says how syncing stands and leads to the Cohort section; it holds no invite
    // code of its own (one typed here would join nothing).
    function test_cohort_status_and_the_way_to_it() {
        const view = createTemporaryObject(viewComponent, testCase)
        verify(!findChild(view, "inviteCodeField"))
        const status = findChild(view, "cohortSyncStatus")
        verify(status.text.indexOf("Not in a cohort") === 0)
        verify(!findChild(view, "settingsSyncNowButton").visible)
        verify(!findChild(view, "cohortLastSynced").visible)
        const open = findChild(view, "openCohortButton")
        compare(open.text, "Join a cohort")
        const asked = signalSpy.createObject(testCase, {target: view, signalName: "cohortRequested"})
        open.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(asked.count, 1)

        // A device that joined: the cohort and how syncing stands, and a way to sync now.
        const joined = createTemporaryObject(fixtureComponent, testCase, {joined: true})
        const joinedView = joined.show(joinedViewComponent, testCase, {syncStatus: joined.cohort.status, recovery: joined.cohort.recovery})
        const joinedStatus = findChild(joinedView, "cohortSyncStatus")
        tryCompare(joinedStatus, "text", "Platform leads: Up to date", 10000)
        // The recovery key is offered here too once joined, off until made.
        verify(!findChild(view, "settingsRecoveryKey").visible, "not joined: nothing to recover")
        verify(findChild(joinedView, "settingsRecoveryKey").visible)
        tryCompare(joined.cohort.recovery, "state", RecoveryKeyModel.Off, 10000)
        compare(findChild(joinedView, "recoveryOnButton").text, "Make a recovery key")
        verify(findChild(joinedView, "cohortLastSynced").text.indexOf("Last synced ") === 0)
        compare(findChild(joinedView, "openCohortButton").text, "Cohort and devices")
        joined.recordAnswers(2)
        compare(joinedStatus.text, "Platform leads: 2 answers waiting to sync")
        const sync = findChild(joinedView, "settingsSyncNowButton")
        verify(sync.visible)
        sync.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(joinedStatus, "text", "Platform leads: Up to date", 10000)

        // The server says the app is too old: never synced, and no offer to sync.
        const outdated = createTemporaryObject(fixtureComponent, testCase, {joined: true, server: CohortFixture.Outdated})
        const outdatedView = outdated.show(joinedViewComponent, testCase, {syncStatus: outdated.cohort.status, recovery: outdated.cohort.recovery})
        compare(findChild(outdatedView, "cohortLastSynced").text, "Not synced yet")
        tryCompare(findChild(outdatedView, "cohortSyncStatus"), "text", "Platform leads: This app needs an update to sync", 10000)
        verify(!findChild(outdatedView, "settingsSyncNowButton").enabled, "an app that must be updated does not offer to sync")
    }

    function test_export_says_where() {
        const view = createTemporaryObject(viewComponent, testCase)
        const path = findChild(view, "exportPathField")
        compare(path.text, fixture.myData.defaultExportPath)
        path.text = fixture.temporaryFile("export.json") // not the learner's real Documents
        press(findChild(view, "exportButton"))
        verify(fixture.myData.lastExportOk)
        compare(fixture.myData.lastExportPath, path.text)
        compare(findChild(view, "exportResult").text, "Saved to " + path.text)
        path.text = "/proc/no-such-folder/export.json"
        press(findChild(view, "exportButton"))
        verify(!fixture.myData.lastExportOk)
        compare(findChild(view, "exportResult").text, "Not exported: " + fixture.myData.lastExportError)
    }

    function test_delete_needs_two_confirmations() {
        const view = createTemporaryObject(viewComponent, testCase)
        const deletes = signalSpy.createObject(testCase, {target: fixture.myData, signalName: "deleteRequested"})
        const confirmation = findChild(view, "deleteConfirmation")
        verify(!confirmation.visible)
        press(findChild(view, "deleteButton"))
        verify(confirmation.visible)
        compare(findChild(view, "deleteQuestion").text, "Where should your data be deleted?")
        verify(findChild(view, "deleteThisDevice").checked)
        verify(!findChild(view, "deleteEverywhere").visible, "not signed in to a server: only this device")
        press(findChild(view, "confirmDeleteButton"))
        compare(deletes.count, 0, "one confirmation is not enough")
        compare(findChild(view, "deleteQuestion").text, "Are you sure? Your data on this device will be deleted. This cannot be undone.")
        compare(findChild(view, "confirmDeleteButton").text, "Delete on this device")
        press(findChild(view, "confirmDeleteButton"))
        compare(deletes.count, 1)
        compare(deletes.signalArguments[0][0], MyData.ThisDevice)
        verify(!confirmation.visible)

        press(findChild(view, "deleteButton"))
        press(findChild(view, "cancelDeleteButton"))
        verify(!confirmation.visible)
        compare(deletes.count, 1)
    }

    // Signed in: "everywhere" deletes the account on the server too, and says when that is done.
    function test_delete_everywhere_says_when_done() {
        const joined = createTemporaryObject(fixtureComponent, testCase, {joined: true})
        const view = joined.show(serverViewComponent, testCase, {syncStatus: joined.cohort.status, recovery: joined.cohort.recovery, myData: joined.myData})
        verify(joined.accountOnServer())
        verify(!findChild(view, "serverRequests").visible)
        press(findChild(view, "deleteButton"))
        verify(findChild(view, "deleteEverywhere").visible)
        press(findChild(view, "cancelDeleteButton"))
        const deletes = signalSpy.createObject(testCase, {target: joined.myData, signalName: "deleteRequested"})
        deleteFrom(view, true)
        compare(deletes.count, 1)
        compare(deletes.signalArguments[0][0], MyData.Everywhere)
        verify(!joined.cohort.status.joined, "the credential went with the request")
        const note = findChild(view, "serverRequestsText")
        tryVerify(() => note.text.indexOf("Your account on the cohort server was deleted on ") === 0, 10000, note.text)
        verify(!joined.accountOnServer())
        verify(findChild(view, "dismissServerButton").visible)
        press(findChild(view, "dismissServerButton"))
        verify(!findChild(view, "serverRequests").visible)
    }

    // Offline: the deletion waits, says so honestly, and offers to try now.
    function test_delete_everywhere_waits_for_the_server() {
        const offline = createTemporaryObject(fixtureComponent, testCase, {joined: true, server: CohortFixture.Unreachable})
        const view = offline.show(serverViewComponent, testCase, {syncStatus: offline.cohort.status, recovery: offline.cohort.recovery, myData: offline.myData})
        deleteFrom(view, true)
        const note = findChild(view, "serverRequestsText")
        verify(findChild(view, "serverRequests").visible)
        tryVerify(() => note.text.indexOf("Waiting to reach the server") > 0, 10000, note.text)
        verify(note.text.indexOf("Deleting your account on the cohort server.") === 0, note.text)
        compare(offline.myData.serverState, MyData.Waiting)
        verify(findChild(view, "retryServerButton").visible)
        verify(!findChild(view, "dismissServerButton").visible, "a waiting deletion cannot be waved away")
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
    }

    // This device only: the device leaves the cohort (its sign-out queued), the account stays.
    function test_delete_this_device_keeps_the_account() {
        const joined = createTemporaryObject(fixtureComponent, testCase, {joined: true})
        const view = joined.show(serverViewComponent, testCase, {syncStatus: joined.cohort.status, recovery: joined.cohort.recovery, myData: joined.myData})
        deleteFrom(view, false)
        verify(!joined.cohort.status.joined)
        tryCompare(joined.myData, "serverState", MyData.Idle, 10000) // the sign-out was confirmed
        verify(joined.accountOnServer())
    }

    // No keychain service: one honest sentence says where the sign-in is kept instead.
    function test_without_a_keychain_says_so() {
        const noKeychain = createTemporaryObject(fixtureComponent, testCase, {joined: true, keychain: CohortFixture.NoService})
        const view = noKeychain.show(serverViewComponent, testCase, {syncStatus: noKeychain.cohort.status, recovery: noKeychain.cohort.recovery, myData: noKeychain.myData})
        const note = findChild(view, "credentialNote")
        tryVerify(() => note.visible, 5000)
        verify(note.text.indexOf("No system keychain is available here") === 0, note.text)

        const keychain = createTemporaryObject(fixtureComponent, testCase, {joined: true, keychain: CohortFixture.Working})
        const keychainView = keychain.show(serverViewComponent, testCase, {syncStatus: keychain.cohort.status, recovery: keychain.cohort.recovery, myData: keychain.myData})
        wait(100)
        verify(!findChild(keychainView, "credentialNote").visible)
    }

    // The theme chosen comes to a dark or light look; System follows the system palette.
    function test_theme_scheme() {
        const systemDark = Theme.systemPalette.window.hslLightness < 0.5
        try {
            Theme.scheme = Preferences.Dark
            verify(Theme.dark, "Dark is dark")
            compare(Theme.background, Qt.color("#15181c"))
            Theme.scheme = Preferences.Light
            verify(!Theme.dark, "Light is light")
            compare(Theme.background, Qt.color("#f6f5f2"))
            Theme.scheme = Preferences.System
            compare(Theme.dark, systemDark)
        } finally {
            Theme.scheme = Preferences.System
        }
    }

    function test_fits_a_phone() {
        const view = createTemporaryObject(viewComponent, testCase)
        press(findChild(view, "deleteButton"))
        waitForRendering(view)
        compare(overflow(view, view, []).join("\n"), "")
    }
}
