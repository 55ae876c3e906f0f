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
    <name>groundwork::cohort::SyncStatus</name>
    <message numerus="yes">
        <location filename="../cohort/syncstatus.cpp" line="+106"/>
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
        <location filename="../profile/profileviewmodel.cpp" line="+209"/>
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
