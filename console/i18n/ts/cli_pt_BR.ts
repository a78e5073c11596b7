<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>cli</name>
    <message>
        <source>the console&apos;s language: en, ja, fi or pt_BR (default: the saved choice, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
