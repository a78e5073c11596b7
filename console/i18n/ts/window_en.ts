<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>{what}: %n rows could not be written</source>
        <translation>
            <numerusform>{what}: %n row could not be written</numerusform>
            <numerusform>{what}: %n rows could not be written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceChart</name>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTilesPanel</name>
    <message numerus="yes">
        <source>last 60 s · %n buyers in all</source>
        <translation>
            <numerusform>last 60 s · %n buyer in all</numerusform>
            <numerusform>last 60 s · %n buyers in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductPanels</name>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n sold</numerusform>
            <numerusform>%n sold</numerusform>
        </translation>
    </message>
</context>
</TS>
