<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>ReportActions</name>
    <message>
        <source>flash offer</source>
        <extracomment>an action&apos;s kind, source and status as the actions table names them (stored as keys; shown with &quot;_&quot; as &quot; &quot;)</extracomment>
        <translation>pikatarjous</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>osio</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>tuotepaketti</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>cue</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>pikanäppäin</translation>
    </message>
    <message>
        <source>button</source>
        <translation>painike</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>syöte</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>acked</source>
        <translation>kuitattu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>käsin</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>ei tehty</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>nähty syötteessä</translation>
    </message>
</context>
<context>
    <name>ReportAdvice</name>
    <message>
        <source>No fitting remedy in the plan; {remedy} would fit</source>
        <translation>Suunnitelmassa ei ole sopivaa korjaustoimea; {remedy} sopisi</translation>
    </message>
    <message>
        <source>still open when the recording stopped</source>
        <translation>yhä avoin, kun tallennus päättyi</translation>
    </message>
    <message>
        <source>when the recording stopped</source>
        <translation>kun tallennus päättyi</translation>
    </message>
    <message>
        <source>at {time}; its action is not in the session file</source>
        <translation>kohdassa {time}; sen toimenpide puuttuu istuntotiedostosta</translation>
    </message>
    <message>
        <source>its action is not in the session file</source>
        <translation>sen toimenpide puuttuu istuntotiedostosta</translation>
    </message>
    <message>
        <source>at {time} with #{number} {action}, which never reached the stream ({why})</source>
        <translation>kohdassa {time} toimenpiteellä #{number} {action}, joka ei koskaan näkynyt syötteessä ({why})</translation>
    </message>
    <message>
        <source>with #{number} {action}, which never reached the stream ({why})</source>
        <translation>toimenpiteellä #{number} {action}, joka ei koskaan näkynyt syötteessä ({why})</translation>
    </message>
    <message>
        <source>at {time} with #{number} {action}</source>
        <translation>kohdassa {time} toimenpiteellä #{number} {action}</translation>
    </message>
    <message>
        <source>with #{number} {action}</source>
        <translation>toimenpiteellä #{number} {action}</translation>
    </message>
    <message>
        <source>at {time}: {reason}</source>
        <translation>kohdassa {time}: {reason}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>kohdassa {time}</translation>
    </message>
    <message>
        <source>{state} {details}</source>
        <translation>{state} {details}</translation>
    </message>
    <message>
        <source>{channel} channel</source>
        <translation>{channel} liikenne</translation>
    </message>
    <message>
        <source>Advice from the live advisor</source>
        <translation>Live-neuvojan suositukset</translation>
    </message>
    <message>
        <source>No advice was raised during this live (a session recorded before the live advisor existed has none to show).</source>
        <translation>Tämän live-lähetyksen aikana ei annettu suosituksia (ennen live-neuvojaa tallennetussa istunnossa niitä ei ole).</translation>
    </message>
    <message>
        <source>Every advice the live advisor raised, in the order raised, at its time into the live. What followed: orders per minute in the {minutes} minutes before against the {minutes} minutes after, measured as the actions above are: around the action for a taken advice (its row in the actions table), around the moment it was raised for the others, so the cost of leaving an advice shows. The verdict is per viewer, as for actions.</source>
        <extracomment>a state as the summary and the table say it, and its chip&apos;s tone</extracomment>
        <translation>Kaikki live-neuvojan antamat suositukset antojärjestyksessä ja ajankohdassaan. Mitä seurasi: tilaukset minuutissa {minutes} minuuttia ennen ja {minutes} minuuttia jälkeen, mitattuna kuten yllä olevat toimenpiteet: toteutetun suosituksen kohdalla toimenpiteen ympäriltä (sen rivi toimenpidetaulukossa), muiden kohdalla antohetken ympäriltä, jolloin näkyy, mitä suosituksen ohittaminen maksoi. Tulos on katsojaa kohden, kuten toimenpiteillä.</translation>
    </message>
    <message>
        <source>Raised {count}: {states}.</source>
        <translation>Suosituksia {count}: {states}.</translation>
    </message>
    <message>
        <source>{kind}: {count} ({states})</source>
        <translation>{kind}: {count} ({states})</translation>
    </message>
    <message>
        <source>{state} {count}</source>
        <translation>{state} {count}</translation>
    </message>
    <message>
        <source>{rate} orders/min ({lift})</source>
        <translation>{rate} tilausta/min ({lift})</translation>
    </message>
    <message>
        <source>{rate} orders/min</source>
        <translation>{rate} tilausta/min</translation>
    </message>
    <message>
        <source>around #{number} at {time}</source>
        <translation>toimenpiteen #{number} ympäriltä kohdassa {time}</translation>
    </message>
    <message>
        <source>around the advice itself</source>
        <translation>suosituksen ympäriltä</translation>
    </message>
    <message>
        <source>around the advice itself: its action never reached the stream</source>
        <translation>suosituksen ympäriltä: sen toimenpide ei koskaan näkynyt syötteessä</translation>
    </message>
    <message>
        <source>{duration} before</source>
        <translation>{duration} ennen</translation>
    </message>
    <message>
        <source>{duration} after</source>
        <translation>{duration} jälkeen</translation>
    </message>
    <message>
        <source>{around}; only {before} and {after}</source>
        <translation>{around}; vain {before} ja {after}</translation>
    </message>
    <message>
        <source>{around}; only {cut}</source>
        <translation>{around}; vain {cut}</translation>
    </message>
    <message>
        <source>{before} → {after} orders; {note}</source>
        <translation>{before} → {after} tilausta; {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n advice row(s) in the session file could not be read and are left out.</source>
        <translation>
            <numerusform>Istuntotiedoston %n suositusriviä ei voitu lukea, ja se jätetään pois.</numerusform>
            <numerusform>Istuntotiedoston %n suositusriviä ei voitu lukea, ja ne jätetään pois.</numerusform>
        </translation>
    </message>
    <message>
        <source>By kind: {kinds}</source>
        <translation>Tyypeittäin: {kinds}</translation>
    </message>
    <message>
        <source>the whole live</source>
        <translation>koko live</translation>
    </message>
    <message>
        <source>{lift} per viewer</source>
        <translation>{lift} katsojaa kohden</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Suositus</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Mitä havaittiin</translation>
    </message>
    <message>
        <source>Suggested remedy</source>
        <translation>Ehdotettu korjaustoimi</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Mitä sille tapahtui</translation>
    </message>
    <message>
        <source>What followed ({minutes} min before → after)</source>
        <translation>Mitä seurasi ({minutes} min ennen → jälkeen)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Tulos</translation>
    </message>
</context>
<context>
    <name>ReportChannels</name>
    <message>
        <source>organic</source>
        <extracomment>the entry channels (protocol keys) as the report names them</extracomment>
        <translation>orgaaninen</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>suora</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Viewers</source>
        <translation>Katsojat</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>katsojat</translation>
    </message>
    <message>
        <source>Engagement: chat messages per minute</source>
        <translation>Sitoutuminen: chat-viestit minuutissa</translation>
    </message>
    <message>
        <source>chat/min</source>
        <translation>chat/min</translation>
    </message>
    <message>
        <source>Drop-off: viewers leaving per minute</source>
        <translation>Poistuminen: lähtevät katsojat minuutissa</translation>
    </message>
    <message>
        <source>leaves/min</source>
        <translation>lähtijät/min</translation>
    </message>
    <message>
        <source>joins/min</source>
        <translation>tulijat/min</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>Tilaukset minuutissa</translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation>tilaukset/min</translation>
    </message>
    <message>
        <source>Cart abandonment: carts abandoned and opened per minute</source>
        <translation>Hylätyt ostoskorit: hylätyt ja avatut korit minuutissa</translation>
    </message>
    <message>
        <source>abandoned/min</source>
        <translation>hylätyt/min</translation>
    </message>
    <message>
        <source>carts/min</source>
        <translation>korit/min</translation>
    </message>
    <message>
        <source>{series} · {live} (reference)</source>
        <translation>{series} · {live} (vertailu)</translation>
    </message>
    <message>
        <source>minute of the live</source>
        <translation>liven minuutti</translation>
    </message>
    <message>
        <source>Products: margin per unit against sales velocity</source>
        <translation>Tuotteet: kate per kpl ja myyntivauhti</translation>
    </message>
    <message>
        <source>no product has a plan cost: no margins to plot</source>
        <translation>yhdellekään tuotteelle ei ole suunnitelmassa kustannusta: katteita ei voi piirtää</translation>
    </message>
    <message>
        <source>units sold per minute on sale (red: sold out; size: revenue)</source>
        <translation>myydyt kpl / min myyntiaikana (punainen: loppuunmyyty; koko: myynti)</translation>
    </message>
    <message>
        <source>margin per unit ({currency})</source>
        <translation>kate per kpl ({currency})</translation>
    </message>
    <message>
        <source>stars: high margin, fast</source>
        <translation>tähdet: hyvä kate, nopea</translation>
    </message>
    <message>
        <source>niche: high margin, slow</source>
        <translation>erikoistuotteet: hyvä kate, hidas</translation>
    </message>
    <message>
        <source>traffic builders: low margin, fast</source>
        <translation>sisäänheittotuotteet: pieni kate, nopea</translation>
    </message>
    <message>
        <source>review: low margin, slow</source>
        <translation>tarkista: pieni kate, hidas</translation>
    </message>
    <message>
        <source>{sku} (sold out)</source>
        <translation>{sku} (loppuunmyyty)</translation>
    </message>
    <message>
        <source>Entry channels: conversion, revenue and ROAS</source>
        <translation>Liikenteen lähteet: konversio, myynti ja ROAS</translation>
    </message>
    <message>
        <source>conversion (buyers / entered, %)</source>
        <translation>konversio (ostajat / saapuneet, %)</translation>
    </message>
</context>
<context>
    <name>ReportCompare</name>
    <message>
        <source>Impressions</source>
        <translation>Näyttökerrat</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikkaukset</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Kate</translation>
    </message>
    <message>
        <source>Units/min</source>
        <translation>Kpl/min</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <source>Neither live has any.</source>
        <translation>Kummassakaan live-lähetyksessä ei ole yhtään.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Reference: {name}</source>
        <translation>Vertailu: {name}</translation>
    </message>
    <message>
        <source>This live: {name}</source>
        <translation>Tämä live: {name}</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Ero</translation>
    </message>
    <message>
        <source>All the numbers, side by side</source>
        <translation>Kaikki luvut rinnakkain</translation>
    </message>
    <message>
        <source>Differences are this live minus the reference; percentages move in points.</source>
        <translation>Ero on tämä live miinus vertailu; prosentit muuttuvat prosenttiyksikköinä.</translation>
    </message>
    <message>
        <source>Goals vs actuals</source>
        <translation>Tavoitteet ja toteumat</translation>
    </message>
    <message>
        <source>Neither plan set goals.</source>
        <translation>Kumpikaan suunnitelma ei asettanut tavoitteita.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Vertailun tavoite</translation>
    </message>
    <message>
        <source>Reference actual</source>
        <translation>Vertailun toteuma</translation>
    </message>
    <message>
        <source>Reference verdict</source>
        <translation>Vertailun tulos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Reference: {reference}. This live: {this}.</source>
        <translation>Vertailu: {reference}. Tämä live: {this}.</translation>
    </message>
    <message>
        <source>Products, side by side</source>
        <translation>Tuotteet rinnakkain</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Each cell: reference → this live, and the difference. A product only one live carried shows — for the other.</source>
        <translation>Jokainen solu: vertailu → tämä live ja ero. Tuote, joka oli vain toisessa live-lähetyksessä, näkyy toisessa merkillä —.</translation>
    </message>
    <message>
        <source>Entry channels, side by side</source>
        <translation>Liikenteen lähteet rinnakkain</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Each cell: reference → this live, and the difference.</source>
        <translation>Jokainen solu: vertailu → tämä live ja ero.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Concurrent viewers at the end of each minute.</source>
        <translation>Samanaikaiset katsojat kunkin minuutin lopussa.</translation>
    </message>
    <message>
        <source>Chat messages per minute: how lively the room was.</source>
        <translation>Chat-viestit minuutissa: kuinka vilkas yleisö oli.</translation>
    </message>
    <message>
        <source>Viewers leaving per minute (bars) against viewers joining (line): where the room lost people.</source>
        <translation>Lähtevät katsojat minuutissa (palkit) ja tulevat katsojat (viiva): missä yleisöä menetettiin.</translation>
    </message>
    <message>
        <source>Orders per minute.</source>
        <translation>Tilaukset minuutissa.</translation>
    </message>
    <message>
        <source>Carts abandoned per minute (bars) against carts opened (line).</source>
        <translation>Hylätyt ostoskorit minuutissa (palkit) ja avatut korit (viiva).</translation>
    </message>
    <message>
        <source>Concurrent viewers: this live (solid) against the reference live (dashed grey).</source>
        <translation>Samanaikaiset katsojat: tämä live (yhtenäinen) ja vertailulive (harmaa katkoviiva).</translation>
    </message>
    <message>
        <source>Chat messages per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Chat-viestit minuutissa: tämä live (yhtenäinen) ja vertailulive (harmaa katkoviiva).</translation>
    </message>
    <message>
        <source>Viewers leaving per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Lähtevät katsojat minuutissa: tämä live (yhtenäinen) ja vertailulive (harmaa katkoviiva).</translation>
    </message>
    <message>
        <source>Orders per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Tilaukset minuutissa: tämä live (yhtenäinen) ja vertailulive (harmaa katkoviiva).</translation>
    </message>
    <message>
        <source>Carts abandoned per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Hylätyt ostoskorit minuutissa: tämä live (yhtenäinen) ja vertailulive (harmaa katkoviiva).</translation>
    </message>
    <message>
        <source>product quadrant</source>
        <translation>tuotenelikenttä</translation>
    </message>
    <message>
        <source>Actions and their measured impact</source>
        <translation>Toimenpiteet ja niiden mitattu vaikutus</translation>
    </message>
    <message>
        <source>Actions of the reference live, {name}</source>
        <translation>Vertailuliven {name} toimenpiteet</translation>
    </message>
    <message>
        <source>Margin per unit against units sold per minute while on sale; dashed lines are the medians. Stars (top right) carry the live; traffic builders (bottom right) sell fast at a thin margin; niche products (top left) earn well but slowly; bottom left is for review.</source>
        <translation>Kate per kpl suhteessa myytyihin kappaleisiin minuutissa myynnin aikana; katkoviivat ovat mediaanit. Tähdet (oikea yläkulma) kantavat liveä; sisäänheittotuotteet (oikea alakulma) myyvät nopeasti pienellä katteella; erikoistuotteet (vasen yläkulma) tuottavat hyvin mutta hitaasti; vasen alakulma kannattaa tarkistaa.</translation>
    </message>
    <message>
        <source>{title}: post-live report</source>
        <translation>{title}: live-raportti</translation>
    </message>
    <message>
        <source>{this}: post-live report, compared with {reference}</source>
        <translation>{this}: live-raportti, vertailussa {reference}</translation>
    </message>
    <message>
        <source>{elapsed} recorded of {planned} planned</source>
        <translation>{elapsed} tallennettu, suunniteltu {planned}</translation>
    </message>
    <message>
        <source>{elapsed} recorded</source>
        <translation>{elapsed} tallennettu</translation>
    </message>
    <message>
        <source>Live &lt;b&gt;{live}&lt;/b&gt; · {recorded} · {events} events · session file &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>Live &lt;b&gt;{live}&lt;/b&gt; · {recorded} · {events} tapahtumaa · istuntotiedosto &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Compared with &lt;b&gt;{reference}&lt;/b&gt; ({live}, &lt;code&gt;{path}&lt;/code&gt;), the reference. Differences read this live minus the reference, &lt;span class=&quot;delta better&quot;&gt;green&lt;/span&gt; where this live did better, &lt;span class=&quot;delta worse&quot;&gt;red&lt;/span&gt; where it did worse.</source>
        <translation>Vertailukohta: &lt;b&gt;{reference}&lt;/b&gt; ({live}, &lt;code&gt;{path}&lt;/code&gt;). Ero on tämä live miinus vertailu: &lt;span class=&quot;delta better&quot;&gt;vihreä&lt;/span&gt;, missä tämä live onnistui paremmin, &lt;span class=&quot;delta worse&quot;&gt;punainen&lt;/span&gt;, missä huonommin.</translation>
    </message>
    <message>
        <source>Note: {what}.</source>
        <translation>Huom.: {what}.</translation>
    </message>
    <message>
        <source>goal {target} · {verdict}</source>
        <translation>tavoite {target} · {verdict}</translation>
    </message>
    <message>
        <source>vs reference {difference}</source>
        <translation>vs. vertailu {difference}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Yhdellä silmäyksellä</translation>
    </message>
    <message>
        <source>The lessons rest on orders, which this live&apos;s feed did not send (order_placed): none can be drawn from it.</source>
        <translation>Opit perustuvat tilauksiin, joita tämän live-lähetyksen syöte ei lähettänyt (order_placed): siitä ei voi johtaa yhtään oppia.</translation>
    </message>
    <message>
        <source>This live&apos;s numbers are too thin for a lesson: no rule found enough orders, views or carts to stand on (docs/report.md lists the thresholds).</source>
        <translation>Tämän live-lähetyksen luvut ovat liian ohuet opiksi: mikään sääntö ei löytänyt tarpeeksi tilauksia, katseluja tai ostoskoreja (kynnykset: docs/report.md).</translation>
    </message>
    <message>
        <source>Rests on: {evidence}</source>
        <translation>Perustuu: {evidence}</translation>
    </message>
    <message numerus="yes">
        <source>Only %n lesson(s) could be drawn from this live&apos;s numbers.</source>
        <translation>
            <numerusform>Tämän live-lähetyksen luvuista saatiin vain %n oppi.</numerusform>
            <numerusform>Tämän live-lähetyksen luvuista saatiin vain %n oppia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference live&apos;s lessons</source>
        <translation>Vertailuliven opit</translation>
    </message>
    <message>
        <source>Three lessons for the next live</source>
        <translation>Kolme oppia seuraavaan live-lähetykseen</translation>
    </message>
    <message>
        <source>The plan set no goals.</source>
        <translation>Suunnitelmassa ei ollut tavoitteita.</translation>
    </message>
    <message>
        <source>No plan was recorded with this live: no goals.</source>
        <translation>Tämän live-lähetyksen mukana ei tallennettu suunnitelmaa: ei tavoitteita.</translation>
    </message>
    <message>
        <source>Goals vs actuals</source>
        <translation>Tavoitteet ja toteumat</translation>
    </message>
    <message>
        <source>{target} max</source>
        <translation>enint. {target}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Toteuma</translation>
    </message>
    <message>
        <source>Actual / target</source>
        <translation>Toteuma / tavoite</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Targets from the plan; actuals at the last recorded event.</source>
        <translation>Tavoitteet suunnitelmasta; toteumat viimeisen tallennetun tapahtuman kohdalta.</translation>
    </message>
    <message>
        <source>No actions were taken, so the curves carry no markers.</source>
        <translation>Toimenpiteitä ei tehty, joten käyrillä ei ole merkkejä.</translation>
    </message>
    <message>
        <source>Markers: {markers}.</source>
        <translation>Merkit: {markers}.</translation>
    </message>
    <message>
        <source>Minute by minute</source>
        <translation>Minuutti minuutilta</translation>
    </message>
    <message>
        <source>No events were recorded: no curves to draw.</source>
        <translation>Tapahtumia ei tallennettu: ei piirrettäviä käyriä.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>No product was shown or sold.</source>
        <translation>Yhtään tuotetta ei esitelty eikä myyty.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Näyttökerrat</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikkaukset</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>Korit</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Hylätyt</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Kate</translation>
    </message>
    <message>
        <source>Units/min</source>
        <translation>Kpl/min</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Conversion = orders / clicks. Abandoned = abandoned carts / carts. Units/min while on sale (until it sold out). Margin = revenue − units × plan cost.</source>
        <translation>Konversio = tilaukset / klikkaukset. Hylätyt = hylätyt korit / korit. Kpl/min myynnin aikana (loppuunmyyntiin asti). Kate = myynti − kpl × suunnitelman kustannus.</translation>
    </message>
    <message>
        <source>No orders were recorded: revenue, margin and conversion are empty.</source>
        <translation>Tilauksia ei tallennettu: myynti, kate ja konversio ovat tyhjiä.</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>loppuunmyyty kohdassa {time}</translation>
    </message>
    <message>
        <source>Not available from this feed: {columns} ({why}).</source>
        <translation>Ei saatavilla tästä syötteestä: {columns} ({why}).</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saapuneet</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Ostajat</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Mainoskulut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Conversion = buyers / viewers who entered through the channel. ROAS = paid revenue / ad spend.</source>
        <translation>Konversio = ostajat / lähteen kautta saapuneet katsojat. ROAS = maksetun liikenteen myynti / mainoskulut.</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>lähteet</translation>
    </message>
    <message>
        <source>Conversion by entry channel; labels: revenue and ROAS.</source>
        <translation>Konversio liikenteen lähteittäin; palkkien merkinnät: myynti ja ROAS.</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>Liikenteen lähteet</translation>
    </message>
    <message>
        <source>New vs returning buyers</source>
        <translation>Uudet ja palaavat ostajat</translation>
    </message>
    <message>
        <source>New and returning buyers: {not_available} ({why}).</source>
        <translation>Uudet ja palaavat ostajat: {not_available} ({why}).</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>Osuus GMV:stä</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uudet</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Palaavat</translation>
    </message>
    <message>
        <source>A buyer is new or returning by the flag of their first order in this live.</source>
        <translation>Ostaja on uusi tai palaava sen mukaan, miten hänen ensimmäinen tilauksensa tässä live-lähetyksessä on merkitty.</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Katsojat</translation>
    </message>
    <message>
        <source>Engagement (chat per minute)</source>
        <translation>Sitoutuminen (chat minuutissa)</translation>
    </message>
    <message>
        <source>Drop-off (viewers leaving per minute)</source>
        <translation>Poistuminen (lähtevät katsojat minuutissa)</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>Tilaukset minuutissa</translation>
    </message>
    <message>
        <source>Cart abandonment per minute</source>
        <translation>Hylätyt ostoskorit minuutissa</translation>
    </message>
    <message>
        <source>Product quadrant</source>
        <translation>Tuotenelikenttä</translation>
    </message>
    <message>
        <source>Conversion by entry channel</source>
        <translation>Konversio liikenteen lähteittäin</translation>
    </message>
    <message>
        <source>{chart}: {not_available} ({why}).</source>
        <translation>{chart}: {not_available} ({why}).</translation>
    </message>
    <message>
        <source>it did not send {event_types}</source>
        <translation>se ei lähettänyt tyyppejä {event_types}</translation>
    </message>
    <message>
        <source>No actions were taken during this live.</source>
        <translation>Tämän live-lähetyksen aikana ei tehty toimenpiteitä.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Orders before / after</source>
        <translation>Tilaukset ennen / jälkeen</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Tilaukset/min</translation>
    </message>
    <message>
        <source>Viewers (average)</source>
        <translation>Katsojat (keskim.)</translation>
    </message>
    <message>
        <source>Orders/min per 1,000 viewers</source>
        <translation>Tilaukset/min 1 000 katsojaa kohden</translation>
    </message>
    <message>
        <source>Lift per viewer</source>
        <translation>Nousu / katsoja</translation>
    </message>
    <message>
        <source>Offer units/min</source>
        <translation>Tarjous kpl/min</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Five minutes before each action against five minutes after it (cut at the live&apos;s start and end). Viewers is the average audience in each window; the lift and its verdict are per viewer, so a room filling up is not counted as the action&apos;s effect. Verdict from an exact two-rate test on the order counts over viewer-minutes: clear below p = 0.05, likely below 0.20, fewer than 8 orders in both windows together is too few to tell.</source>
        <translation>Viisi minuuttia ennen kutakin toimenpidettä verrattuna viiteen minuuttiin sen jälkeen (rajattu live-lähetyksen alkuun ja loppuun). Katsojat on kunkin jakson keskimääräinen yleisö; nousu ja tulos lasketaan katsojaa kohden, joten täyttyvää yleisöä ei lueta toimenpiteen vaikutukseksi. Tulos tarkasta kahden suhdeluvun testistä tilausmäärille katseluminuutteja kohden: selvä, kun p &lt; 0,05, todennäköinen, kun p &lt; 0,20; alle 8 tilausta molemmissa jaksoissa yhteensä on liian vähän arvioitavaksi.</translation>
    </message>
    <message>
        <source>before window only {duration}: the live had just started</source>
        <translation>ennen-jakso vain {duration}: live oli juuri alkanut</translation>
    </message>
    <message>
        <source>after window only {duration}: the recording ends</source>
        <translation>jälkeen-jakso vain {duration}: tallenne päättyy</translation>
    </message>
    <message>
        <source>the audience grew {change} across the windows: the raw orders/min change is partly the room&apos;s</source>
        <translation>yleisö kasvoi {change} jaksojen välillä: osa tilaukset/min-muutoksesta johtuu yleisöstä</translation>
    </message>
    <message>
        <source>the audience shrank {change} across the windows: the raw orders/min change is partly the room&apos;s</source>
        <translation>yleisö pieneni {change} jaksojen välillä: osa tilaukset/min-muutoksesta johtuu yleisöstä</translation>
    </message>
    <message>
        <source>{product} sold out {into} into it, at {time}</source>
        <translation>{product} loppui {into} sen alusta, kohdassa {time}</translation>
    </message>
    <message>
        <source>also in the window: {actions}</source>
        <translation>samassa jaksossa myös: {actions}</translation>
    </message>
    <message>
        <source>All the numbers</source>
        <translation>Kaikki luvut</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>As the console showed them at the live&apos;s end.</source>
        <translation>Kuten konsoli ne näytti live-lähetyksen lopussa.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>The live at that moment</source>
        <translation>Live sillä hetkellä</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>Notes and marked moments</source>
        <translation>Muistiinpanot ja merkityt hetket</translation>
    </message>
    <message>
        <source>Moments marked with Ctrl+M and notes typed during the live, and the review notes typed in replay (N), at their time into the live.</source>
        <translation>Ctrl+M:llä merkityt hetket ja live-lähetyksen aikana kirjoitetut muistiinpanot sekä toistossa (N) kirjoitetut jälkikatsauksen muistiinpanot, liven alusta lasketun ajan mukaan.</translation>
    </message>
    <message>
        <source>review note (replay)</source>
        <translation>jälkikatsauksen muistiinpano (toisto)</translation>
    </message>
    <message>
        <source>marked moment</source>
        <translation>merkitty hetki</translation>
    </message>
    <message>
        <source>note during the live</source>
        <translation>muistiinpano lähetyksen aikana</translation>
    </message>
    <message>
        <source>Moment marked (Ctrl+M)</source>
        <translation>Merkitty hetki (Ctrl+M)</translation>
    </message>
    <message>
        <source>Computed by replaying all {events} recorded events through the console&apos;s KPI engine, so every number is the one the console showed at the live&apos;s end. Refused during the live: {rejected}; never received: {gaps}. How sections, confidence and lessons are worked out: docs/report.md.</source>
        <translation>Laskettu toistamalla kaikki {events} tallennettua tapahtumaa konsolin KPI-moottorin läpi, joten jokainen luku on sama, jonka konsoli näytti live-lähetyksen lopussa. Hylätty lähetyksen aikana: {rejected}; ei koskaan vastaanotettu: {gaps}. Miten osiot, luotettavuus ja opit lasketaan: docs/report.md.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ei muutosta</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} %-yks.</translation>
    </message>
</context>
<context>
    <name>ReportLessons</name>
    <message>
        <source>“{action}” at {time} took orders from {before} to {after} per 1,000 viewers a minute ({lift}; {verdict}, {p}){audience}.</source>
        <translation>”{action}” kohdassa {time} nosti tilauksia minuutissa 1 000 katsojaa kohden tasolta {before} tasolle {after} ({lift}; {verdict}, {p}){audience}.</translation>
    </message>
    <message>
        <source>Run it again, and earlier, when orders flatten: one more run is worth about {gain} at this live&apos;s order value.</source>
        <translation>Toista se, ja aiemmin, kun tilaukset tasaantuvat: yksi kerta lisää on tämän live-lähetyksen keskiostoksella noin {gain} arvoinen.</translation>
    </message>
    <message>
        <source>Run it again when orders flatten: one more run is worth about {gain} at this live&apos;s order value.</source>
        <translation>Toista se, kun tilaukset tasaantuvat: yksi kerta lisää on tämän live-lähetyksen keskiostoksella noin {gain} arvoinen.</translation>
    </message>
    <message>
        <source>Part of the lift may belong to {actions}, which ran in the same window.</source>
        <translation>Osa noususta voi johtua toimenpiteistä {actions}, jotka olivat käynnissä samassa jaksossa.</translation>
    </message>
    <message>
        <source>{orders} in {before_min} min before, {after} in {after_min} min after</source>
        <translation>{before_min} min ennen: {orders}; {after_min} min jälkeen: {after}</translation>
    </message>
    <message>
        <source>average order {amount}</source>
        <translation>keskiostos {amount}</translation>
    </message>
    <message>
        <source>Repeat “{action}”, earlier</source>
        <translation>Toista ”{action}” aiemmin</translation>
    </message>
    <message>
        <source>Repeat “{action}”</source>
        <translation>Toista ”{action}”</translation>
    </message>
    <message>
        <source>Move it to a quieter moment or drop it.</source>
        <translation>Siirrä se rauhallisempaan kohtaan tai jätä pois.</translation>
    </message>
    <message>
        <source>Not proven: try it at another moment and compare before dropping it.</source>
        <translation>Ei todistettu: kokeile sitä toisessa kohdassa ja vertaa ennen kuin luovut siitä.</translation>
    </message>
    <message>
        <source>After “{action}” at {time} orders fell from {before} to {after} per 1,000 viewers a minute ({lift}; {verdict}, {p}){audience}.</source>
        <translation>Kohdassa {time} tehdyn toimenpiteen ”{action}” jälkeen tilaukset minuutissa 1 000 katsojaa kohden laskivat tasolta {before} tasolle {after} ({lift}; {verdict}, {p}){audience}.</translation>
    </message>
    <message>
        <source>Part of the fall may belong to {actions}, which ran in the same windows.</source>
        <translation>Osa laskusta voi johtua toimenpiteistä {actions}, jotka olivat käynnissä samoissa jaksoissa.</translation>
    </message>
    <message>
        <source>{orders} before, {after} after</source>
        <translation>{orders} ennen, {after} jälkeen</translation>
    </message>
    <message>
        <source>Rethink “{action}”</source>
        <translation>Mieti ”{action}” uudelleen</translation>
    </message>
    <message>
        <source>, while the audience grew from {before} to {after} ({change}; raw orders a minute {opm_before} → {opm_after})</source>
        <translation>, samalla kun yleisö kasvoi {before} katsojasta {after} katsojaan ({change}; tilaukset minuutissa sellaisenaan {opm_before} → {opm_after})</translation>
    </message>
    <message>
        <source>, while the audience shrank from {before} to {after} ({change}; raw orders a minute {opm_before} → {opm_after})</source>
        <translation>, samalla kun yleisö pieneni {before} katsojasta {after} katsojaan ({change}; tilaukset minuutissa sellaisenaan {opm_before} → {opm_after})</translation>
    </message>
    <message>
        <source>{before} viewers on average before, {after} after</source>
        <translation>keskimäärin {before} katsojaa ennen, {after} jälkeen</translation>
    </message>
    <message>
        <source>from none before</source>
        <translation>ennen ei yhtään</translation>
    </message>
    <message>
        <source>{lift} per viewer</source>
        <translation>{lift} katsojaa kohden</translation>
    </message>
    <message>
        <source>{channel} {conversion} ({revenue})</source>
        <translation>{channel} {conversion} ({revenue})</translation>
    </message>
    <message>
        <source>Raise the paid budget</source>
        <translation>Nosta mainosbudjettia</translation>
    </message>
    <message>
        <source>Paid returned {roas} its {spend} spend, above the {target} target: buy more of it, in the minutes where the room converts best.</source>
        <translation>Maksettu liikenne tuotti {roas} (kulut {spend}), yli tavoitteen {target}: osta sitä lisää niille minuuteille, joilla yleisö konvertoi parhaiten.</translation>
    </message>
    <message>
        <source>Cut or retarget paid traffic</source>
        <translation>Leikkaa tai kohdenna maksettu liikenne uudelleen</translation>
    </message>
    <message>
        <source>Paid returned only {roas} its {spend} spend, below the {target} target: cut it or retarget it to the audience of {channel}.</source>
        <translation>Maksettu liikenne tuotti vain {roas} (kulut {spend}), alle tavoitteen {target}: leikkaa sitä tai kohdenna se lähteen {channel} yleisöön.</translation>
    </message>
    <message>
        <source>Conversion by channel: {listing}.</source>
        <translation>Konversio lähteittäin: {listing}.</translation>
    </message>
    <message>
        <source>ROAS {roas} vs target {target}</source>
        <translation>ROAS {roas} vs. tavoite {target}</translation>
    </message>
    <message>
        <source>paid conversion {conversion}</source>
        <translation>maksetun liikenteen konversio {conversion}</translation>
    </message>
    <message>
        <source>Conversion by channel: {listing}. Viewers from {best} buy far more often than those from {worst}: put promotion effort into {best} before the next live.</source>
        <translation>Konversio lähteittäin: {listing}. Lähteestä {best} tulevat katsojat ostavat paljon useammin kuin lähteestä {worst} tulevat: panosta lähteen {best} markkinointiin ennen seuraavaa live-lähetystä.</translation>
    </message>
    <message>
        <source>{best} {best_conversion} vs {worst} {worst_conversion}</source>
        <translation>{best} {best_conversion} vs. {worst} {worst_conversion}</translation>
    </message>
    <message>
        <source>Bring more viewers through {channel}</source>
        <translation>Tuo lisää katsojia lähteestä {channel}</translation>
    </message>
    <message>
        <source>no product was shown</source>
        <translation>yhtään tuotetta ei esitelty</translation>
    </message>
    <message>
        <source>viewers saw products but did not click</source>
        <translation>katsojat näkivät tuotteita mutta eivät klikanneet</translation>
    </message>
    <message>
        <source>viewers clicked but did not add to cart</source>
        <translation>katsojat klikkasivat mutta eivät lisänneet ostoskoriin</translation>
    </message>
    <message>
        <source>carts were opened but none was paid</source>
        <translation>ostoskoreja avattiin mutta yhtään ei maksettu</translation>
    </message>
    <message>
        <source>{entered} viewers entered, products were shown {impressions} times and clicked {clicks} times, {carts} carts were opened, and no order came: {stage}. Check that stage first (product cards, shop link, checkout) before the next live.</source>
        <translation>{entered} katsojaa saapui, tuotteita näytettiin {impressions} kertaa ja klikattiin {clicks} kertaa, {carts} ostoskoria avattiin, eikä yhtään tilausta tullut: {stage}. Tarkista tämä vaihe ensin (tuotekortit, kaupan linkki, kassa) ennen seuraavaa live-lähetystä.</translation>
    </message>
    <message>
        <source>{count} entered</source>
        <translation>{count} saapui</translation>
    </message>
    <message>
        <source>{count} impressions</source>
        <translation>{count} näyttökertaa</translation>
    </message>
    <message>
        <source>{count} clicks</source>
        <translation>{count} klikkausta</translation>
    </message>
    <message numerus="yes">
        <source>%n carts</source>
        <translation>
            <numerusform>%n ostoskori</numerusform>
            <numerusform>%n ostoskoria</numerusform>
        </translation>
    </message>
    <message>
        <source>Find where the funnel broke</source>
        <translation>Etsi, missä myyntiputki katkesi</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>noin {count}</translation>
    </message>
    <message>
        <source>From {start} to {end} ({minutes} minutes) orders ran at {span} a minute, {low} per 1,000 viewers against {average} for the whole live, while {viewers} viewers were watching on average.</source>
        <translation>Välillä {start}–{end} ({minutes} minuuttia) tilauksia tuli {span} minuutissa eli {low} / 1 000 katsojaa, kun koko live-lähetyksen taso oli {average}; katsojia oli keskimäärin {viewers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n products had sold out by then ({names}), the ones that took {share} of the live&apos;s orders</source>
        <translation>
            <numerusform>%n tuote oli siihen mennessä loppunut ({names}), ja sen osuus live-lähetyksen tilauksista oli {share}</numerusform>
            <numerusform>%n tuotetta oli siihen mennessä loppunut ({names}), ja niiden osuus live-lähetyksen tilauksista oli {share}</numerusform>
        </translation>
    </message>
    <message>
        <source>no action reached the stream in those {minutes} minutes</source>
        <translation>yksikään toimenpide ei näkynyt syötteessä niiden {minutes} minuutin aikana</translation>
    </message>
    <message>
        <source>no action was taken in those {minutes} minutes</source>
        <translation>niiden {minutes} minuutin aikana ei tehty toimenpiteitä</translation>
    </message>
    <message>
        <source>only {actions} came inside it</source>
        <translation>sen aikana vain {actions}</translation>
    </message>
    <message>
        <source>“{action}” at {time} failed ({why})</source>
        <translation>”{action}” kohdassa {time} epäonnistui ({why})</translation>
    </message>
    <message>
        <source>the plan&apos;s cues {cues} were not fired</source>
        <translation>suunnitelman cuet {cues} jäivät laukaisematta</translation>
    </message>
    <message>
        <source>Likely cause: {causes}.</source>
        <translation>Todennäköinen syy: {causes}.</translation>
    </message>
    <message>
        <source>Next time stock the best sellers deeper or hold part of their stock back for this part of the live, and fire an offer or a kit on the products still in stock as soon as orders flatten.</source>
        <translation>Ensi kerralla varaa myydyimpiä tuotteita enemmän tai pidä osa varastosta tätä lähetyksen osaa varten, ja laukaise pikatarjous tai tuotepaketti varastossa olevista tuotteista heti, kun tilaukset tasaantuvat.</translation>
    </message>
    <message>
        <source>Next time fire an offer or a kit on the products still in stock as soon as orders flatten.</source>
        <translation>Ensi kerralla laukaise pikatarjous tai tuotepaketti varastossa olevista tuotteista heti, kun tilaukset tasaantuvat.</translation>
    </message>
    <message>
        <source>{orders} in {minutes} min from {start}</source>
        <translation>{orders} {minutes} minuutissa alkaen {start}</translation>
    </message>
    <message>
        <source>{low} vs {average} orders per 1,000 viewer-minutes</source>
        <translation>{low} vs. {average} tilausta / 1 000 katseluminuuttia</translation>
    </message>
    <message numerus="yes">
        <source>%n actions inside it</source>
        <translation>
            <numerusform>%n toimenpide sen aikana</numerusform>
            <numerusform>%n toimenpidettä sen aikana</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the {minutes}-minute lull from {start}</source>
        <translation>Täytä {minutes} minuutin hiljainen jakso alkaen {start}</translation>
    </message>
    <message>
        <source>segment “{title}”</source>
        <translation>osio ”{title}”</translation>
    </message>
    <message>
        <source>kit “{name}”</source>
        <translation>tuotepaketti ”{name}”</translation>
    </message>
    <message>
        <source>“{action}” (this live&apos;s best lift)</source>
        <translation>”{action}” (tämän live-lähetyksen paras nousu)</translation>
    </message>
    <message>
        <source>a flash offer or a segment change</source>
        <translation>pikatarjous tai osion vaihto</translation>
    </message>
    <message>
        <source>Between {start} and {end} orders fell to {low} per 1,000 viewers a minute, against {average} for the whole live, while {viewers} viewers were still watching. Schedule {what} at about {lead}, before the sag.</source>
        <translation>Välillä {start}–{end} tilaukset laskivat tasolle {low} / 1 000 katsojaa minuutissa, kun koko live-lähetyksen taso oli {average}, vaikka katsojia oli yhä {viewers}. Ajoita {what} noin kohtaan {lead}, ennen notkahdusta.</translation>
    </message>
    <message>
        <source>{actions} came inside the sag and did not prevent it.</source>
        <translation>{actions} osui notkahduksen sisään eikä estänyt sitä.</translation>
    </message>
    <message>
        <source>live average {average} orders per 1,000 viewer-minutes</source>
        <translation>live-lähetyksen keskiarvo {average} tilausta / 1 000 katseluminuuttia</translation>
    </message>
    <message>
        <source>Plan an action before {time}</source>
        <translation>Suunnittele toimenpide ennen kohtaa {time}</translation>
    </message>
    <message>
        <source>Show {product} better</source>
        <translation>Esittele {product} paremmin</translation>
    </message>
    <message>
        <source>It is seen but not clicked: the pitch is the problem. Demonstrate it on camera, show it in use and pin it while it is being shown.</source>
        <translation>Sitä katsotaan mutta ei klikata: esittely on ongelma. Näytä se kameralla, näytä se käytössä ja kiinnitä se esille esittelyn ajaksi.</translation>
    </message>
    <message>
        <source>Lower the barrier on {product}</source>
        <translation>Madalla kynnystä: {product}</translation>
    </message>
    <message>
        <source>It is clicked but not bought: the price is the likely blocker. The plan&apos;s offer “{offer}” was not run: run it. Or sell it in a kit with a best-seller.</source>
        <translation>Sitä klikataan mutta ei osteta: hinta on todennäköinen este. Suunnitelman tarjousta ”{offer}” ei ajettu: aja se. Tai myy se tuotepaketissa myydyimmän tuotteen kanssa.</translation>
    </message>
    <message>
        <source>It is clicked but not bought: the price is the likely blocker. Try a flash offer on it. Or sell it in a kit with a best-seller.</source>
        <translation>Sitä klikataan mutta ei osteta: hinta on todennäköinen este. Kokeile siihen pikatarjousta. Tai myy se tuotepaketissa myydyimmän tuotteen kanssa.</translation>
    </message>
    <message>
        <source>products on sale without kit items ({products}: kit orders need no click)</source>
        <translation>myynnissä olevat tuotteet ilman pakettituotteita ({products}: pakettitilaus ei vaadi klikkausta)</translation>
    </message>
    <message>
        <source>products on sale</source>
        <translation>myynnissä olevat tuotteet</translation>
    </message>
    <message>
        <source>{product} was seen {impressions} times (the most-viewed half of the products on sale) but ordered only {orders} times: CTR {ctr} (the average {average_ctr}), clicks to orders {conversion} (the average {average_conversion}; averages over {yardstick}).</source>
        <translation>{product} nähtiin {impressions} kertaa (myynnissä olevien tuotteiden katsotuin puolisko), mutta sitä tilattiin vain {orders} kertaa: CTR {ctr} (keskiarvo {average_ctr}), klikkauksista tilauksiin {conversion} (keskiarvo {average_conversion}; keskiarvot: {yardstick}).</translation>
    </message>
    <message>
        <source>{impressions} impressions, {clicks} clicks, {orders} orders</source>
        <translation>{impressions} näyttökertaa, {clicks} klikkausta, {orders} tilausta</translation>
    </message>
    <message>
        <source>{share} of views ordered vs {average} for {yardstick}</source>
        <translation>{share} katseluista johti tilaukseen vs. {average}: {yardstick}</translation>
    </message>
    <message>
        <source>after that it was still clicked {clicks} times, and with {conversion} of clicks ordering that is about {missed} more units</source>
        <translation>sen jälkeen sitä klikattiin vielä {clicks} kertaa, ja kun {conversion} klikkauksista johtaa tilaukseen, se on noin {missed} kpl lisää</translation>
    </message>
    <message>
        <source>at its pace the remaining {minutes} minutes would have sold about {missed} more</source>
        <translation>sen tahdilla jäljellä olevat {minutes} minuuttia olisivat myyneet noin {missed} lisää</translation>
    </message>
    <message>
        <source>{product} sold out at {time}{ran_out_in} after {units} units ({velocity} a minute); {how} (≈ {amount}). Stock about {stock} next time, or hold part of it back for later in the live.</source>
        <translation>{product} loppui kohdassa {time}{ran_out_in} {units} kpl:n jälkeen ({velocity} minuutissa); {how} (≈ {amount}). Varaa ensi kerralla noin {stock} kpl, tai pidä osa varastosta live-lähetyksen loppupuolelle.</translation>
    </message>
    <message>
        <source>Do not repeat “{action}” as it was: its stock ran out {into} into it. Stock for it first, or run it for at most {minutes} min with this stock.</source>
        <translation>Älä toista ”{action}” sellaisenaan: sen varasto loppui {into} sen alusta. Varaa sille ensin varastoa tai aja se tällä varastolla enintään {minutes} min.</translation>
    </message>
    <message>
        <source>Also sold out: {products}.</source>
        <translation>Myös loppuunmyyty: {products}.</translation>
    </message>
    <message>
        <source>{units} units sold of {planned} planned</source>
        <translation>{units} kpl myyty suunnitellusta {planned}</translation>
    </message>
    <message>
        <source>{units} units sold</source>
        <translation>{units} kpl myyty</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>loppuunmyyty kohdassa {time}</translation>
    </message>
    <message>
        <source>{velocity} units/min</source>
        <translation>{velocity} kpl/min</translation>
    </message>
    <message>
        <source>Stock more {product}</source>
        <translation>Varaa enemmän: {product}</translation>
    </message>
    <message>
        <source>, {into} into “{action}”</source>
        <translation>, {into} toimenpiteen ”{action}” alusta</translation>
    </message>
    <message>
        <source>, {into} into “{action}” (#{number})</source>
        <translation>, {into} toimenpiteen ”{action}” (#{number}) alusta</translation>
    </message>
    <message>
        <source>the plan&apos;s kit {kits}</source>
        <translation>suunnitelman tuotepaketti {kits}</translation>
    </message>
    <message>
        <source>a kit with a cheaper best-seller</source>
        <translation>tuotepaketti edullisemman myydyimmän tuotteen kanssa</translation>
    </message>
    <message>
        <source>{product} ({price}, among the dearer half) lost {abandons} of {carts} carts ({abandonment}, the live {overall}). Expensive carts stall at checkout: launch {offer} or a short offer while its carts are open.</source>
        <translation>{product} ({price}, kalliimpaa puoliskoa) menetti {abandons}/{carts} ostoskoria ({abandonment}, koko live {overall}). Kalliit ostoskorit jäävät kassalle: käynnistä {offer} tai lyhyt tarjous, kun sen korit ovat auki.</translation>
    </message>
    <message>
        <source>{abandons} abandoned carts × {price}</source>
        <translation>{abandons} hylättyä koria × {price}</translation>
    </message>
    <message>
        <source>median plan price {price}</source>
        <translation>suunnitelman mediaanihinta {price}</translation>
    </message>
    <message>
        <source>Bundle {product} into a kit</source>
        <translation>Paketoi {product} tuotepakettiin</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n tilaus</numerusform>
            <numerusform>%n tilausta</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence} {next}</translation>
    </message>
    <message>
        <source>{clause}; {next}</source>
        <translation>{clause}; {next}</translation>
    </message>
</context>
<context>
    <name>ReportMetric</name>
    <message>
        <source>GMV</source>
        <translation>GMV (myynti)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Myydyt kpl</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Ostajat</translation>
    </message>
    <message>
        <source>AOV (GMV / buyer)</source>
        <translation>Keskiostos (GMV / ostaja)</translation>
    </message>
    <message>
        <source>Conversion (buyers / entered)</source>
        <translation>Konversio (ostajat / saapuneet)</translation>
    </message>
    <message>
        <source>Entered (unique viewers)</source>
        <translation>Saapuneet (yksilölliset katsojat)</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Katsojahuippu</translation>
    </message>
    <message>
        <source>GPM (GMV per 1,000 views)</source>
        <translation>GPM (GMV / 1 000 katselukertaa)</translation>
    </message>
    <message>
        <source>UV value (GMV / entered)</source>
        <translation>UV-arvo (GMV / saapunut)</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Hylätyt ostoskorit</translation>
    </message>
    <message>
        <source>Engagement (chatters / entered)</source>
        <translation>Sitoutuminen (chattaajat / saapuneet)</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chat-viestit</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Mainoskulut</translation>
    </message>
    <message>
        <source>Paid revenue</source>
        <translation>Maksetun liikenteen myynti</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Uudet ostajat</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>Palaavat ostajat</translation>
    </message>
    <message>
        <source>Revenue from new buyers</source>
        <translation>Uusien ostajien myynti</translation>
    </message>
    <message>
        <source>Revenue from returning buyers</source>
        <translation>Palaavien ostajien myynti</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>Cart abandonment (max)</source>
        <translation>Hylätyt ostoskorit (enint.)</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>{count} viewers</source>
        <translation>{count} katsojaa</translation>
    </message>
    <message>
        <source>{count} orders that minute</source>
        <translation>{count} tilausta sillä minuutilla</translation>
    </message>
    <message>
        <source>{time} after #{number} {action}</source>
        <translation>{time} toimenpiteen #{number} {action} jälkeen</translation>
    </message>
</context>
<context>
    <name>ReportVerdict</name>
    <message>
        <source>met</source>
        <extracomment>the words a chip shows (verdicts, directions, advice states), kept in English as data and translated where shown</extracomment>
        <translation>saavutettu</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>tahdissa</translation>
    </message>
    <message>
        <source>close</source>
        <translation>lähellä</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>jäi vajaaksi</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei dataa</translation>
    </message>
    <message>
        <source>clear lift</source>
        <translation>selvä nousu</translation>
    </message>
    <message>
        <source>likely lift</source>
        <translation>todennäk. nousu</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>ei selvää muutosta</translation>
    </message>
    <message>
        <source>likely drop</source>
        <translation>todennäk. lasku</translation>
    </message>
    <message>
        <source>clear drop</source>
        <translation>selvä lasku</translation>
    </message>
    <message>
        <source>too few orders to tell</source>
        <translation>liian vähän tilauksia</translation>
    </message>
    <message>
        <source>no before window</source>
        <translation>ei ennen-jaksoa</translation>
    </message>
    <message>
        <source>not on the stream</source>
        <translation>ei näkynyt syötteessä</translation>
    </message>
    <message>
        <source>better</source>
        <translation>parempi</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>huonompi</translation>
    </message>
    <message>
        <source>same</source>
        <translation>sama</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ei sovellu</translation>
    </message>
    <message>
        <source>not available from this feed</source>
        <translation>ei saatavilla tästä syötteestä</translation>
    </message>
    <message>
        <source>n/a from feed</source>
        <translation>ei syötteessä</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>toteutettu</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>yhä avoin</translation>
    </message>
    <message>
        <source>many views, few orders</source>
        <translation>katsotaan, ei osteta</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>ei suunnitelmassa</translation>
    </message>
</context>
<context>
    <name>ReportWarnings</name>
    <message>
        <source>The recorded plan could not be read, so there are no goals or margins: {problem}</source>
        <translation>Tallennettua suunnitelmaa ei voitu lukea, joten tavoitteita ja katteita ei ole: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{events} events never reached the console (%n gap(s)): every count is short by what they held.</source>
        <translation>
            <numerusform>{events} tapahtumaa ei koskaan saapunut konsoliin (%n aukko): jokaisesta luvusta puuttuu niiden sisältö.</numerusform>
            <numerusform>{events} tapahtumaa ei koskaan saapunut konsoliin (%n aukkoa): jokaisesta luvusta puuttuu niiden sisältö.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) or event(s) failed validation during the live and are not counted.</source>
        <translation>
            <numerusform>%n kehys tai tapahtuma ei läpäissyt tarkistusta live-lähetyksen aikana, eikä sitä lasketa.</numerusform>
            <numerusform>%n kehystä tai tapahtumaa ei läpäissyt tarkistusta live-lähetyksen aikana, eikä niitä lasketa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded event(s) could not be decoded now and are left out.</source>
        <translation>
            <numerusform>%n tallennettu tapahtuma ei nyt ollut purettavissa, ja se jätetään pois.</numerusform>
            <numerusform>%n tallennettua tapahtumaa ei nyt voitu purkaa, ja ne jätetään pois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording stops at {time} without the live&apos;s end: the console was closed or lost the feed before the live ended.</source>
        <translation>Tallenne päättyy kohdassa {time} ilman live-lähetyksen loppua: konsoli suljettiin tai syöte katkesi ennen lähetyksen loppua.</translation>
    </message>
    <message>
        <source>The live ran {elapsed} of the planned {planned}.</source>
        <translation>Live-lähetys kesti {elapsed} suunnitellusta {planned}.</translation>
    </message>
    <message>
        <source>this live&apos;s feed did not send {event_types}: the figures built on them are {not_available}, not zero</source>
        <translation>tämän live-lähetyksen syöte ei lähettänyt tyyppejä {event_types}: niihin perustuvat luvut ovat {not_available}, eivät nolla</translation>
    </message>
    <message>
        <source>no events were recorded</source>
        <translation>tapahtumia ei tallennettu</translation>
    </message>
    <message>
        <source>no orders were recorded</source>
        <translation>tilauksia ei tallennettu</translation>
    </message>
    <message>
        <source>no actions were taken</source>
        <translation>toimenpiteitä ei tehty</translation>
    </message>
    <message>
        <source>the session holds no plan: no goals, costs or margins</source>
        <translation>istunnossa ei ole suunnitelmaa: ei tavoitteita, kustannuksia eikä katteita</translation>
    </message>
    <message>
        <source>no ad spend was recorded, so there is no ROAS</source>
        <translation>mainoskuluja ei tallennettu, joten ROASia ei ole</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the report</source>
        <translation>raporttia</translation>
    </message>
    <message>
        <source>cannot write {what} to {folder}: {error}</source>
        <translation>{what} ei voi kirjoittaa kansioon {folder}: {error}</translation>
    </message>
</context>
</TS>
