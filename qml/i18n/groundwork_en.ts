<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>groundwork::cohort::SyncStatus</name>
    <message numerus="yes">
        <location filename="../cohort/syncstatus.cpp" line="+94"/>
        <source>%n answer(s) waiting to sync</source>
        <translation>
            <numerusform>%n answer waiting to sync</numerusform>
            <numerusform>%n answers waiting to sync</numerusform>
        </translation>
    </message>
</context>
</TS>
