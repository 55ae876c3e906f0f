<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DimensionBar</name>
    <message numerus="yes">
        <location filename="../profile/DimensionBar.qml" line="+24"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message numerus="yes">
        <location filename="../lead/RosterTable.qml" line="+184"/>
        <source>%n lesson(s) finished</source>
        <translation>
            <numerusform>%n lesson finished</numerusform>
            <numerusform>%n lessons finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drill decision(s)</source>
        <translation>
            <numerusform>%n drill decision</numerusform>
            <numerusform>%n drill decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) on own goal</source>
        <translation>
            <numerusform>%n week on own goal</numerusform>
            <numerusform>%n weeks on own goal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblemNotes</name>
    <message numerus="yes">
        <location filename="../cohort/SyncProblemNotes.qml" line="+65"/>
        <source>%n item(s) from the server could not be verified and were not applied.</source>
        <translation>
            <numerusform>%n item from the server could not be verified and was not applied.</numerusform>
            <numerusform>%n items from the server could not be verified and were not applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../today/TodayView.qml" line="+173"/>
        <source>%n situation(s) you have not seen, taken once. No feedback until the end; then your result against your role, with how sure it is.</source>
        <translation>
            <numerusform>%n situation you have not seen, taken once. No feedback until the end; then your result against your role, with how sure it is.</numerusform>
            <numerusform>%n situations you have not seen, taken once. No feedback until the end; then your result against your role, with how sure it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyActiveChart</name>
    <message numerus="yes">
        <location filename="../lead/WeeklyActiveChart.qml" line="+14"/>
        <source>Weekly active members over %n week(s)</source>
        <translation>
            <numerusform>Weekly active members over %n week</numerusform>
            <numerusform>Weekly active members over %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groundwork::cohort::SyncStatus</name>
    <message numerus="yes">
        <location filename="../cohort/syncstatus.cpp" line="+119"/>
        <source>%n answer(s) waiting to sync</source>
        <translation>
            <numerusform>%n answer waiting to sync</numerusform>
            <numerusform>%n answers waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>groundwork::profile::ProfileViewModel</name>
    <message numerus="yes">
        <location filename="../profile/profileviewmodel.cpp" line="+115"/>
        <source>%n direct report(s).</source>
        <translation>
            <numerusform>%n direct report.</numerusform>
            <numerusform>%n direct reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+238"/>
        <source>The readiness assessment: %n situation(s) you have not seen, taken once, with feedback at the end. Take it whenever it suits you.</source>
        <translation>
            <numerusform>The readiness assessment: %n situation you have not seen, taken once, with feedback at the end. Take it whenever it suits you.</numerusform>
            <numerusform>The readiness assessment: %n situations you have not seen, taken once, with feedback at the end. Take it whenever it suits you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Form %1 is open: %n new situation(s) that show how your judgment has grown since the start.</source>
        <translation>
            <numerusform>Form %1 is open: %n new situation that shows how your judgment has grown since the start.</numerusform>
            <numerusform>Form %1 is open: %n new situations that show how your judgment has grown since the start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <location line="+93"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-85"/>
        <source>%n earlier answers were scored by drill keys that have since been rewritten. They stay in your history and your export, but no longer count here.</source>
        <translation>
            <numerusform>%n earlier answer was scored by a drill key that has since been rewritten. It stays in your history and your export, but no longer counts here.</numerusform>
            <numerusform>%n earlier answers were scored by drill keys that have since been rewritten. They stay in your history and your export, but no longer count here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Too little evidence yet: rate your confidence on %n decision(s) to see calibration.</source>
        <translation>
            <numerusform>Too little evidence yet: rate your confidence on %n decision to see calibration.</numerusform>
            <numerusform>Too little evidence yet: rate your confidence on %n decisions to see calibration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too little evidence yet: rate your confidence on %n more decision(s) to see calibration.</source>
        <translation>
            <numerusform>Too little evidence yet: rate your confidence on one more decision to see calibration.</numerusform>
            <numerusform>Too little evidence yet: rate your confidence on %n more decisions to see calibration.</numerusform>
        </translation>
    </message>
</context>
</TS>
