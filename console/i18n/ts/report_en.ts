<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReportAdvice</name>
    <message numerus="yes">
        <source>%n advice row(s) in the session file could not be read and are left out.</source>
        <translation>
            <numerusform>%n advice row(s) in the session file could not be read and are left out.</numerusform>
            <numerusform>%n advice row(s) in the session file could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message numerus="yes">
        <source>Only %n lesson(s) could be drawn from this live&apos;s numbers.</source>
        <translation>
            <numerusform>Only %n lesson(s) could be drawn from this live&apos;s numbers.</numerusform>
            <numerusform>Only %n lesson(s) could be drawn from this live&apos;s numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLessons</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products had sold out by then ({names}), the ones that took {share} of the live&apos;s orders</source>
        <translation>
            <numerusform>%n product had sold out by then ({names}), the ones that took {share} of the live&apos;s orders</numerusform>
            <numerusform>%n products had sold out by then ({names}), the ones that took {share} of the live&apos;s orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions inside it</source>
        <translation>
            <numerusform>%n action inside it</numerusform>
            <numerusform>%n actions inside it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carts</source>
        <translation>
            <numerusform>%n cart</numerusform>
            <numerusform>%n carts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWarnings</name>
    <message numerus="yes">
        <source>{events} events never reached the console (%n gap(s)): every count is short by what they held.</source>
        <translation>
            <numerusform>{events} events never reached the console (%n gap(s)): every count is short by what they held.</numerusform>
            <numerusform>{events} events never reached the console (%n gap(s)): every count is short by what they held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) or event(s) failed validation during the live and are not counted.</source>
        <translation>
            <numerusform>%n frame(s) or event(s) failed validation during the live and are not counted.</numerusform>
            <numerusform>%n frame(s) or event(s) failed validation during the live and are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded event(s) could not be decoded now and are left out.</source>
        <translation>
            <numerusform>%n recorded event(s) could not be decoded now and are left out.</numerusform>
            <numerusform>%n recorded event(s) could not be decoded now and are left out.</numerusform>
        </translation>
    </message>
</context>
</TS>
