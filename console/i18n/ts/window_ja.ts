<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActionGrid</name>
    <message>
        <source>Flash offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom offer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionLogDock</name>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPadDock</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCER SEAT · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and auto cues fire from an operator seat; here {key} marks a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan loaded: actions need a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN OF SHOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO: double press ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: do its steps in the platform&apos;s app, then Done ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: already {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the {what} now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is due in {due} (planned at {at}, the live is at {now}) — fire now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {key} again to confirm: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — Skip the cue to move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {why}{tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO: sent {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: double press ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps by hand wait for Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by hand: {label} — on air now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: {label} — not on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment marked (the live has not started yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment marked at {t} into the live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions unavailable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cue armed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <source>{what}, every {step:g} s; dashed: what is normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}
Fits: {fits}. The pad&apos;s safety step applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: {remedy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · effect measured once it is on air</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceDock</name>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advice: the advisor is watching the live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remedy in the plan: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice taken: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice dismissed: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByHandCard</name>
    <message>
        <source>✓ Done, on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did these steps in the platform&apos;s app: the action goes on air and on the charts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not do them: recorded, never on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (1 of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO BY HAND IN THE PLATFORM&apos;S APP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{what}” as not done? It will not go on air, and cannot be confirmed later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomOfferDialog</name>
    <message>
        <source>Custom flash offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm:ss, or plain seconds; 00:10 to 60:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount: a whole number from 1 to 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: seconds or mm:ss, from 00:10 to 60:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: none can take an offer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At -{d}% {name} sells for {price}, below its cost {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fires: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live console — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience vs conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-live report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size “{name}” does not fit this screen ({w}×{h}): “{used}” instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the console while the live is on air?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>The report has not been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>▶ Play  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ action  (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action ▶  (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ note  (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later action or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier action or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note at this moment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Confirm action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Writing the post-live report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
