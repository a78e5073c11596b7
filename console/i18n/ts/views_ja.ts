<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
</TS>
