import QtQuick
import QtQuick.Controls.Material
import QtQuick.Templates as T
import Groundwork.Core
import Groundwork.Ui
import Groundwork.App // own C++ type (AppModels): Qt 6.4's implicit import holds only the QML files

// The window: sections (a bottom bar on phones, a side rail on desktops) and a stack on top
// for the lesson or drill being played (made when the first page opens: see `stack`). Every
// page is a file of this module loaded by name when first shown (TodayPage.qml,
// LessonPage.qml, ...), so that no other screen's files are loaded before Today's first frame,
// and none of Today's during the first run.
ApplicationWindow {
    id: window
    required property Preferences preferences
    // The screens' view models. Held in one object so that this file imports none of their
    // modules: each page imports its own when it is first shown (see AppModels).
    required property AppModels models
    // From the command line: Preferences.Light or Preferences.Dark overrides the learner's
    // setting for this run; Preferences.System leaves it to the setting.
    property int colorScheme: Preferences.System
    // Opened at start (for review screenshots): "lesson:<id>", "drill:<id>", "assessment:"
    // (the sitting open now), "results:A" (a completed sitting), "section:<n>" or
    // "lead[:stalled|roster|group|invite|role]"
    property string startWith: ""
    readonly property bool wide: width >= 900
    property int section: 0
    readonly property var sections: [qsTr("Today"), qsTr("Tracks"), qsTr("Profile"), qsTr("Cohort"), qsTr("Settings")]
    readonly property bool onboarding: !window.preferences.firstRunDone

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 560
    visible: true
    title: qsTr("Groundwork")
    color: Theme.background
    // Sentence case reads calmer than Material's all-caps buttons.
    font.capitalization: Font.MixedCase

    Binding {
        target: Theme
        property: "scheme"
        value: window.colorScheme !== Preferences.System ? window.colorScheme : window.preferences.theme
    }
    Binding {
        target: Theme
        property: "textScale"
        value: window.preferences.textScale
    }

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.controlAccent
    Material.primary: Theme.controlAccent

    Component.onCompleted: {
        requestActivate()
        const [kind, id] = startWith.split(":")
        if (kind === "lesson")
            openLesson(id)
        else if (kind === "drill")
            openDrill(id)
        else if (kind === "assessment")
            openAssessment()
        else if (kind === "results")
            openAssessmentResults(id)
        else if (kind === "section")
            section = Number(id)
        else if (kind === "lead")
            openLead(id === undefined ? "" : id)
    }
    // Lead mode, over the Cohort section; `part` ("roster", "group", ...) is scrolled to.
    function openLead(part: string) {
        section = 3
        openPage(Qt.resolvedUrl("LeadPage.qml"), { shell: window, startAt: part })
    }

    // The Profile, with the keyboard on its role picker (where the role is seen and changed).
    property bool roleFocusWanted: false
    function openRole() {
        roleFocusWanted = true
        section = 2
        window.popToSection()
    }
    // Asked once by the Profile as it is built: whether it was opened by openRole().
    function takeRoleFocus(): bool {
        const wanted = roleFocusWanted
        roleFocusWanted = false
        return wanted
    }

    // A page over the section. The keyboard goes into it as it opens (unless the page put it
    // somewhere itself), so the next Tab reaches the page's first control, not the section
    // bar; going back returns it to the control the page was opened from.
    property var focusBeforePages: [] // one control (or null) per page open over the section
    function openPage(url: url, properties: var) {
        const from = activeFocusItem
        if (!stackLoader.item)
            stackLoader.setSource("PageStack.qml", { shell: window, initialItem: sectionPage })
        const page = window.stack?.push(url, properties) as Item
        if (!page)
            return
        focusBeforePages.push(from)
        for (let p = activeFocusItem; p; p = p.parent)
            if (p === page)
                return
        page.forceActiveFocus(Qt.OtherFocusReason)
    }

    function openLesson(lessonId: string) {
        if (window.models.lesson.open(lessonId))
            openPage(Qt.resolvedUrl("LessonPage.qml"), { shell: window })
    }
    function openDrill(drillId: string) {
        if (window.models.drill.open(drillId))
            openPage(Qt.resolvedUrl("DrillPage.qml"), { shell: window })
    }
    function openAssessment() {
        if (window.models.drill.startAssessment())
            openPage(Qt.resolvedUrl("DrillPage.qml"), { shell: window })
    }
    function openAssessmentResults(form: string) {
        if (window.models.drill.showResults(form))
            openPage(Qt.resolvedUrl("DrillPage.qml"), { shell: window })
    }
    // From the reminder notification: Today, in front (a drill left midway resumes from Today).
    function openToday() {
        section = 0
        window.popToSection()
        show()
        raise()
        requestActivate()
    }
    property QtObject keyboardFocus: null // see goBack
    function goBack() {
        if (window.pageDepth > 1) {
            if (window.models.narration.playing)
                window.models.narration.toggle()
            const from = focusBeforePages.pop()
            window.stack.pop()
            // As Tab would: the stack has given it back already, but with no reason, which left
            // the control without its focus ring after Escape.
            if (from && from.visible) {
                // Made by file name at the first Back: nothing of it before the first frame.
                if (!keyboardFocus)
                    keyboardFocus = Qt.createComponent("qrc:/qt/qml/Groundwork/Ui/KeyboardFocus.qml").createObject(window)
                const giver = keyboardFocus as KeyboardFocus
                giver.giveAsTab(from)
            }
        }
    }

    // The first control Tab reaches inside `item`, in the order the page lays them out.
    function firstTabStop(item: Item): Item {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child.visible || !child.enabled)
                continue
            if (child.activeFocusOnTab)
                return child
            const inner = firstTabStop(child)
            if (inner)
                return inner
        }
        return null
    }
    // Tab from a page that has just opened (the page itself holds the keyboard) goes to its
    // first control; Qt's own order would leave the page for the section bar.
    function tabIntoPage(event: KeyEvent) {
        const page = window.pageDepth > 1 ? window.stack.currentItem : null
        const stop = page && activeFocusItem === page ? firstTabStop(page) : null
        event.accepted = stop !== null
        if (stop)
            stop.forceActiveFocus(Qt.TabFocusReason)
    }

    // The pages over the section; null until the first one opens.
    readonly property T.StackView stack: stackLoader.item as T.StackView
    // How many pages are stacked: 1 while a section shows, more with a lesson or drill over it.
    readonly property int pageDepth: stack ? stack.depth : 1
    // Back at the section, with no page left over it.
    function popToSection() {
        if (window.stack)
            window.stack.pop(null)
    }
    // A section chosen on the bar or the rail: it shows, with no page left over it.
    function showSection(index: int) {
        section = index
        window.popToSection()
    }

    // Up and Down in the side rail move the keyboard to the section above or below.
    function moveRailFocus(from: Item, step: int) {
        const items = Array.from(from.parent.children).filter(item => item.objectName.startsWith("railItem"))
        const to = items[(items.indexOf(from) + step + items.length) % items.length]
        to.forceActiveFocus(Qt.TabFocusReason)
    }

    // Enter or Return on a focused button (push, checkable, radio) does what Space does. The
    // handler is made at the first such key, so that its file is not loaded before the first
    // frame.
    function pressFocusedButton(event: KeyEvent) {
        returnKey.active = true
        event.accepted = (returnKey.item as ReturnKey).press(activeFocusItem)
    }

    Loader {
        id: returnKey
        active: false
        source: "qrc:/qt/qml/Groundwork/Ui/ReturnKey.qml"
    }

    // The outline around the control that has keyboard focus, made by file name the first
    // time a control shows keyboard focus: most starts never need it before the first frame.
    // The ring goes into the overlay, above everything; the loader stays here (a loader in the
    // overlay left the header unplaced).
    Loader {
        readonly property bool wanted: (window.activeFocusItem as T.Control)?.visualFocus === true
        onWantedChanged: {
            if (wanted && !item)
                setSource("qrc:/qt/qml/Groundwork/Ui/FocusRing.qml", { window: window, parent: T.Overlay.overlay })
        }
    }


    // The bars are files of this module, loaded only where they show: none of them during the
    // first run, and either the bottom bar (phones) or the side rail (desktops), never both.
    header: Loader {
        readonly property bool shown: !window.onboarding
        visible: shown
        onShownChanged: show()
        Component.onCompleted: show()
        function show() {
            if (shown)
                setSource("SectionHeader.qml", { shell: window })
            else
                source = ""
        }
    }

    footer: Loader {
        readonly property bool shown: !window.wide && !window.onboarding
        visible: shown
        onShownChanged: show()
        Component.onCompleted: show()
        function show() {
            if (shown)
                setSource("SectionTabBar.qml", { shell: window })
            else
                source = ""
        }
    }

    Loader {
        Keys.onReturnPressed: event => window.pressFocusedButton(event)
        Keys.onEnterPressed: event => window.pressFocusedButton(event)
        anchors.fill: parent
        active: window.onboarding
        Component.onCompleted: setSource("FirstRunPage.qml", { shell: window })
    }

    Item {
        Keys.onReturnPressed: event => window.pressFocusedButton(event)
        Keys.onEnterPressed: event => window.pressFocusedButton(event)
        Keys.onTabPressed: event => window.tabIntoPage(event)
        anchors.fill: parent
        visible: !window.onboarding

        Loader {
            id: rail
            readonly property bool shown: window.wide && !window.onboarding
            visible: shown
            width: shown ? 220 : 0
            height: parent.height
            onShownChanged: show()
            Component.onCompleted: show()
            function show() {
                if (shown)
                    setSource("SectionRail.qml", { shell: window })
                else
                    source = ""
            }
        }

        // The section is shown directly: the stack (PageStack.qml, the style's StackView and its
        // transitions) is loaded only when the first page opens over it, and the section moves
        // into it as its first item, so that pushing and popping slide it out and in as before.
        Item {
            x: rail.width
            width: parent.width - rail.width
            height: parent.height

            // The section (Today, Tracks, ...). Sized by its parent, not anchored: the stack
            // slides it by its x.
            Loader {
                id: sectionPage
                width: parent.width
                height: parent.height
                // Nothing of the sections is built while the first run is on screen.
                active: !window.onboarding
                readonly property int shown: window.section
                onShownChanged: show()
                Component.onCompleted: show()
                function show() {
                    setSource(["TodayPage.qml", "TracksPage.qml", "ProfilePage.qml", "CohortPage.qml", "SettingsPage.qml"][shown],
                              { shell: window })
                }
            }

            Loader {
                id: stackLoader
                anchors.fill: parent
            }
        }
    }
}
