<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name></name>
    <message>
        <source>Not available from this feed: it needs {names}, which this feed&apos;s sources do not send.</source>
        <extracomment>What a figure needs: alternatives, each a set of event types that must all be provided; any one alternative is enough. ({&quot;viewer_count&quot;}, {&quot;viewer_joined&quot;, &quot;viewer_left&quot;}) reads &quot;viewer_count, or joins and leaves&quot;. figure id -&gt; what it needs. Ids are the snapshot&apos;s field names (KpiSnapshot), `product_&lt;field&gt;` for a product panel&apos;s (ProductStats), `channel_&lt;field&gt;` for the channel table&apos;s (ChannelStats), `minute_&lt;series&gt;` for a chart. the goal a plan may set (GoalStatus.name) -&gt; the figure it grades event type -&gt; what it is in an operator&apos;s words (tooltips, the report&apos;s note)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ confirmed on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: not available now — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: waiting for you to do it in the platform&apos;s app, then Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand, then Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● on air now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the live</source>
        <extracomment>a cue more than this many live seconds late, its effect not in place, is the operator&apos;s business (skipped, or to be fired off the plan&apos;s time): the host reads the cue after it rather than a reminder that never goes away advice shown at once: the newest first; more would not be read from two metres in a pause between sentences stock is &quot;low&quot; (amber) at or below this share of the plan&apos;s starting stock ... or, for a product without a starting stock in the plan, at or below this many units</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE ENDED · {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON AIR · {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT LIVE · figures as of {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segment on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE LIVE HAS ENDED · final figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEED STOPPED · {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEED LOST · retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEED QUIET · nothing for {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECTING TO THE FEED…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATCHING UP · {t} behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-{pct}% · was {was}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-{pct}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {n} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run of show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cues in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: {what} at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{t} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: {what} {when}{auto}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press {key} again to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ cannot fire: {why} — Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  due in {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPPED · {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECONNECTING · {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIET · {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECTING · {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace {p} · {pct} of goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace: after the first minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal (no plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gmv} of {goal} goal · {pct}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gmv} · no goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} orders · peak {v} viewers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>FinishedTile</name>
    <message>
        <source>Report</source>
        <extracomment>the size the tile&apos;s type is written for; it scales with the tile against it (a wall of two lives reads bigger)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the post-live report from the wall&apos;s recording of this live and open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <source>Host view · {title}</source>
        <extracomment>the window the sizes below are written for; the type scales with the window&apos;s size against it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no talking points for this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no product on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO FLASH OFFER RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLASH OFFER ENDS IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advice for the host</source>
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
    <name>WallWindow</name>
    <message>
        <source>Studio wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STUDIO WALL  ·  {n} on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  {m} finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live on the bus yet. A live appears here as soon as its producer publishes it (live-console simulate --nats URL, or bridge --nats URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the bus: {why}</source>
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
