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
        property string joinedWith: ""
        property int syncs: 0
        property int leaves: 0
        function join(code) { joinedWith = code }
        function syncNow() { syncs += 1 }
        function leave() { leaves += 1; joined = false }
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
        fakeCohort.joinedWith = ""
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
        verify(explanation.indexOf("stays yours") >= 0, "no promise of sharing the app cannot keep")

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
}
