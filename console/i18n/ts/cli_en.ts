<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>live-console: bad plan, %n problems:{lines}</source>
        <translation>
            <numerusform>live-console: bad plan, %n problem:{lines}</numerusform>
            <numerusform>live-console: bad plan, %n problems:{lines}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} is a folder, not a session file; it holds %n session file(s): {shown}</source>
        <translation>
            <numerusform>{path} is a folder, not a session file; it holds %n session file: {shown}</numerusform>
            <numerusform>{path} is a folder, not a session file; it holds %n session file(s): {shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>playbook: {rules} rules stand on %n lives ({selection}): {page}</source>
        <translation>
            <numerusform>playbook: {rules} rules stand on %n live ({selection}): {page}</numerusform>
            <numerusform>playbook: {rules} rules stand on %n lives ({selection}): {page}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plan suggest: {changes} changes from %n comparable lives: {path}</source>
        <translation>
            <numerusform>plan suggest: {changes} changes from %n comparable live: {path}</numerusform>
            <numerusform>plan suggest: {changes} changes from %n comparable lives: {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
