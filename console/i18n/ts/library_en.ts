<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>History</name>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}; sign test p {p}).</source>
        <translation>
            <numerusform>{action} lifted orders in {lifted} of %n live, median {median} ({confidence} interval {low} to {high}; sign test p {p}).</numerusform>
            <numerusform>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}; sign test p {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}).</source>
        <translation>
            <numerusform>{action} lifted orders in {lifted} of %n live, median {median} ({confidence} interval {low} to {high}).</numerusform>
            <numerusform>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} (sign test p {p}; too few lives for an interval).</source>
        <translation>
            <numerusform>{action} lifted orders in {lifted} of %n live, median {median} (sign test p {p}; too few lives for an interval).</numerusform>
            <numerusform>{action} lifted orders in {lifted} of %n lives, median {median} (sign test p {p}; too few lives for an interval).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median}.</source>
        <translation>
            <numerusform>{action} lifted orders in {lifted} of %n live, median {median}.</numerusform>
            <numerusform>{action} lifted orders in {lifted} of %n lives, median {median}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Only %n lives: too few to tell.</source>
        <translation>
            <numerusform> Only %n live: too few to tell.</numerusform>
            <numerusform> Only %n lives: too few to tell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{advice} (raised %n times)</source>
        <translation>
            <numerusform>{advice} (raised %n time)</numerusform>
            <numerusform>{advice} (raised %n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when taken, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>when taken, orders per minute rose after it in {lifted} of %n live (median {median})</numerusform>
            <numerusform>when taken, orders per minute rose after it in {lifted} of %n lives (median {median})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>when dismissed or left to expire, in {lifted} of %n live (median {median})</numerusform>
            <numerusform>when dismissed or left to expire, in {lifted} of %n lives (median {median})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>when dismissed or left to expire, orders per minute rose after it in {lifted} of %n live (median {median})</numerusform>
            <numerusform>when dismissed or left to expire, orders per minute rose after it in {lifted} of %n lives (median {median})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Taken in only %n lives: too few to tell.</source>
        <translation>
            <numerusform> Taken in only %n live: too few to tell.</numerusform>
            <numerusform> Taken in only %n lives: too few to tell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{goal}: met in {met} of %n full recordings</source>
        <translation>
            <numerusform>{goal}: met in {met} of %n full recording</numerusform>
            <numerusform>{goal}: met in {met} of %n full recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives: too few for a trend</source>
        <translation>
            <numerusform>%n live: too few for a trend</numerusform>
            <numerusform>%n lives: too few for a trend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sign test p {p}, %n bands tested</source>
        <extracomment>a segment is named in the section&apos;s words from this many lives (the page&apos;s floor for saying more than a count) and told to keep or change from this many: the fewest lives in which the playbook&apos;s sign test can reach 5% (docs/library.md, &quot;Playbook&quot;), so the page never advises a move the playbook and plan suggest would not make</extracomment>
        <translation>
            <numerusform>sign test p {p}, %n band tested</numerusform>
            <numerusform>sign test p {p}, %n bands tested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>Orders per 1,000 viewer-minutes sag in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n live that recorded them in full ({test}).</numerusform>
            <numerusform>Orders per 1,000 viewer-minutes sag in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag most often in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>Orders per 1,000 viewer-minutes sag most often in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n live that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</numerusform>
            <numerusform>Orders per 1,000 viewer-minutes sag most often in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>Carts are abandoned most in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n live that recorded them in full ({test}).</numerusform>
            <numerusform>Carts are abandoned most in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most most often in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>Carts are abandoned most most often in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n live that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</numerusform>
            <numerusform>Carts are abandoned most most often in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Viewers peak at minute {minute} on median (from minute {first} to {last} across %n lives).</source>
        <translation>
            <numerusform>Viewers peak at minute {minute} on median (from minute {first} to {last} across %n lives).</numerusform>
            <numerusform>Viewers peak at minute {minute} on median (from minute {first} to {last} across %n lives).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives</source>
        <translation>
            <numerusform>%n live</numerusform>
            <numerusform>%n lives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments run in fewer than {lives} lives are in the table only: too few lives to rank in words.</source>
        <translation>
            <numerusform>%n segment run in fewer than {lives} lives is in the table only: too few lives to rank in words.</numerusform>
            <numerusform>%n segments run in fewer than {lives} lives are in the table only: too few lives to rank in words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop (first live {first}, latest {latest}).</source>
        <translation>
            <numerusform>{share} of the {buyers} buyers of these %n lives were new to the shop (first live {first}, latest {latest}).</numerusform>
            <numerusform>{share} of the {buyers} buyers of these %n lives were new to the shop (first live {first}, latest {latest}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop.</source>
        <translation>
            <numerusform>{share} of the {buyers} buyers of these %n lives were new to the shop.</numerusform>
            <numerusform>{share} of the {buyers} buyers of these %n lives were new to the shop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions lift orders: see Which actions work.</source>
        <translation>
            <numerusform>%n more action lifts orders: see Which actions work.</numerusform>
            <numerusform>%n more actions lift orders: see Which actions work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions cost orders: see Which actions work.</source>
        <translation>
            <numerusform>%n more action costs orders: see Which actions work.</numerusform>
            <numerusform>%n more actions cost orders: see Which actions work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end} in {flagged} of %n lives (sign test p {p}): plan a cue or an offer there.</source>
        <translation>
            <numerusform>Orders per 1,000 viewer-minutes sag in minutes {start}–{end} in {flagged} of %n live (sign test p {p}): plan a cue or an offer there.</numerusform>
            <numerusform>Orders per 1,000 viewer-minutes sag in minutes {start}–{end} in {flagged} of %n lives (sign test p {p}): plan a cue or an offer there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it holds %n live(s), from {first} to {last}; {plans}; {tags}</source>
        <translation>
            <numerusform>it holds %n live(s), from {first} to {last}; {plans}; {tags}</numerusform>
            <numerusform>it holds %n live(s), from {first} to {last}; {plans}; {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first} to {last}</source>
        <translation>
            <numerusform>History of %n live, {first} to {last}</numerusform>
            <numerusform>History of %n lives, {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first}</source>
        <translation>
            <numerusform>History of %n live, {first}</numerusform>
            <numerusform>History of %n lives, {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives</source>
        <translation>
            <numerusform>History of %n live</numerusform>
            <numerusform>History of %n lives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial recordings (marked; left out of goal counts)</source>
        <translation>
            <numerusform>%n partial recording (marked; left out of goal counts)</numerusform>
            <numerusform>%n partial recordings (marked; left out of goal counts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n lives: patterns across lives need at least three, so read what follows as notes, not rules.</source>
        <translation>
            <numerusform>Only %n live: patterns across lives need at least three, so read what follows as notes, not rules.</numerusform>
            <numerusform>Only %n lives: patterns across lives need at least three, so read what follows as notes, not rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives compared</source>
        <translation>
            <numerusform>%n live compared</numerusform>
            <numerusform>%n lives compared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTerminal</name>
    <message numerus="yes">
        <source>%n live(s) in {library}</source>
        <translation>
            <numerusform>%n live(s) in {library}</numerusform>
            <numerusform>%n live(s) in {library}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: {problems} to look at</source>
        <translation>
            <numerusform>%n live(s) checked in {library}: {problems} to look at</numerusform>
            <numerusform>%n live(s) checked in {library}: {problems} to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: all fine</source>
        <translation>
            <numerusform>%n live(s) checked in {library}: all fine</numerusform>
            <numerusform>%n live(s) checked in {library}: all fine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message numerus="yes">
        <source>{agree} of %n lives agree</source>
        <translation>
            <numerusform>{agree} of %n live agree</numerusform>
            <numerusform>{agree} of %n lives agree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bands tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>, %n band tested (a rule needs p &lt; {p})</numerusform>
            <numerusform>, %n bands tested (a rule needs p &lt; {p})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n claims tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>, %n claim tested (a rule needs p &lt; {p})</numerusform>
            <numerusform>, %n claims tested (a rule needs p &lt; {p})</numerusform>
        </translation>
    </message>
</context>
</TS>
