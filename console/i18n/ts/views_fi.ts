<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AdviceWords</name>
    <message>
        <source>Conversion sag</source>
        <translation>Konversio laskee</translation>
    </message>
    <message>
        <source>Abandonment spike</source>
        <translation>Hylättyjen korien piikki</translation>
    </message>
    <message>
        <source>Dwell lift</source>
        <translation>Katseluaika pitenee</translation>
    </message>
    <message>
        <source>Stock-out risk</source>
        <translation>Loppuunmyynnin riski</translation>
    </message>
    <message>
        <source>Audience drop</source>
        <translation>Katsojat vähenevät</translation>
    </message>
    <message>
        <source>Views, no orders</source>
        <translation>Katseluja, ei tilauksia</translation>
    </message>
    <message>
        <source>the numbers went back to normal</source>
        <translation>luvut palasivat normaaleiksi</translation>
    </message>
    <message>
        <source>the product sold out</source>
        <translation>tuote myytiin loppuun</translation>
    </message>
    <message>
        <source>the segment went off air</source>
        <translation>osio päättyi</translation>
    </message>
    <message>
        <source>the live ended</source>
        <translation>live päättyi</translation>
    </message>
    <message>
        <source>the console was restarted</source>
        <translation>konsoli käynnistettiin uudelleen</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>not available from this feed</source>
        <translation>ei saatavilla tästä syötteestä</translation>
    </message>
    <message>
        <source>n/a from feed</source>
        <extracomment>where the full sentence does not fit; the tooltip has it</extracomment>
        <translation>ei syötteessä</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>tilaukset</translation>
    </message>
    <message>
        <source>viewer joins</source>
        <translation>saapuvat katsojat</translation>
    </message>
    <message>
        <source>viewer leaves</source>
        <translation>poistuvat katsojat</translation>
    </message>
    <message>
        <source>viewer counts</source>
        <translation>katsojamäärät</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>product impressions</source>
        <translation>tuotteiden näyttökerrat</translation>
    </message>
    <message>
        <source>product clicks</source>
        <translation>tuoteklikkaukset</translation>
    </message>
    <message>
        <source>cart adds</source>
        <translation>ostoskoriin lisäykset</translation>
    </message>
    <message>
        <source>abandoned carts</source>
        <translation>hylätyt ostoskorit</translation>
    </message>
    <message>
        <source>ad spend</source>
        <translation>mainoskulut</translation>
    </message>
    <message>
        <source>stock updates</source>
        <translation>varastopäivitykset</translation>
    </message>
    <message>
        <source>sold-out signals</source>
        <translation>loppuunmyyntitiedot</translation>
    </message>
    <message>
        <source>Not available from this feed: it needs {names}, which this feed&apos;s sources do not send.</source>
        <translation>Ei saatavilla tästä syötteestä: tarvitaan {names}, joita tämän syötteen lähteet eivät lähetä.</translation>
    </message>
</context>
<context>
    <name>ButtonFace</name>
    <message>
        <source>press again to confirm</source>
        <translation>vahvista: paina uudelleen</translation>
    </message>
    <message>
        <source>sending… {detail}</source>
        <translation>lähetetään… {detail}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>lähetetään…</translation>
    </message>
    <message>
        <source>✓ confirmed on air</source>
        <translation>✓ vahvistettu lähetyksessä</translation>
    </message>
    <message>
        <source>✓ accepted</source>
        <translation>✓ hyväksytty</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Epäonnistui: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>tuntematon virhe</translation>
    </message>
    <message>
        <source>✗ failed: {reason}</source>
        <translation>✗ epäonnistui: {reason}</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ epäonnistui</translation>
    </message>
    <message>
        <source>{label}: not available now — {why}</source>
        <translation>{label}: ei käytettävissä nyt — {why}</translation>
    </message>
    <message>
        <source>{label}: waiting for you to do it in the platform&apos;s app, then Done</source>
        <translation>{label}: tee tämä käsin alustan sovelluksessa ja paina sitten Valmis</translation>
    </message>
    <message>
        <source>by hand, then Done</source>
        <translation>käsin, sitten Valmis</translation>
    </message>
    <message>
        <source>● on air now</source>
        <translation>● lähetyksessä</translation>
    </message>
</context>
<context>
    <name>FinishedTile</name>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>Write the post-live report from the wall&apos;s recording of this live and open it</source>
        <translation>Luo live-raportti seinänäytön tallenteesta ja avaa se</translation>
    </message>
    <message>
        <source>{title} (ended): {gmv}, {orders}</source>
        <translation>{title} (päättynyt): {gmv}, {orders}</translation>
    </message>
</context>
<context>
    <name>HostBoard</name>
    <message>
        <source>waiting for the live</source>
        <translation>odotetaan liveä</translation>
    </message>
    <message>
        <source>LIVE ENDED · {t}</source>
        <translation>LIVE PÄÄTTYI · {t}</translation>
    </message>
    <message>
        <source>ON AIR · {t}</source>
        <translation>LÄHETYKSESSÄ · {t}</translation>
    </message>
    <message>
        <source>NOT LIVE · figures as of {t}</source>
        <translation>EI AJAN TASALLA · luvut hetkeltä {t}</translation>
    </message>
    <message>
        <source>no segment on air</source>
        <translation>ei osiota lähetyksessä</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>live on päättynyt</translation>
    </message>
    <message>
        <source>THE LIVE HAS ENDED · final figures</source>
        <translation>LIVE ON PÄÄTTYNYT · lopulliset luvut</translation>
    </message>
    <message>
        <source>FEED STOPPED · {why}</source>
        <translation>SYÖTE PYSÄHTYI · {why}</translation>
    </message>
    <message>
        <source>not retrying</source>
        <translation>ei yritetä uudelleen</translation>
    </message>
    <message>
        <source>FEED LOST · retrying</source>
        <translation>SYÖTE KATKESI · yritetään uudelleen</translation>
    </message>
    <message>
        <source>FEED QUIET · nothing for {t}</source>
        <translation>SYÖTE HILJAA · {t} ilman tapahtumia</translation>
    </message>
    <message>
        <source>CONNECTING TO THE FEED…</source>
        <translation>YHDISTETÄÄN SYÖTTEESEEN…</translation>
    </message>
    <message>
        <source>CATCHING UP · {t} behind</source>
        <translation>KIRITÄÄN · {t} jäljessä</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>ei suunnitelmassa</translation>
    </message>
    <message>
        <source>-{pct} · was {was}</source>
        <extracomment>under the offer price, read from two metres: the discount and the list price (&quot;-20% · was €89&quot;)</extracomment>
        <translation>-{pct} · ennen {was}</translation>
    </message>
    <message>
        <source>-{pct}</source>
        <translation>-{pct}</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>normaalihinta</translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation>LOPPUUNMYYTY</translation>
    </message>
    <message>
        <source>only {n} left</source>
        <translation>vain {n} jäljellä</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>{n} jäljellä</translation>
    </message>
    <message>
        <source>{name} -{pct} · +{n} more</source>
        <translation>{name} -{pct} · +{n} muuta</translation>
    </message>
    <message>
        <source>{name} -{pct}</source>
        <translation>{name} -{pct}</translation>
    </message>
    <message>
        <source>kit {name}</source>
        <translation>tuotepaketti {name}</translation>
    </message>
    <message>
        <source>flash offer {name}</source>
        <translation>pikatarjous {name}</translation>
    </message>
    <message>
        <source>flash offer {name} -{pct}</source>
        <translation>pikatarjous {name} -{pct}</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <source>Host view · {title}</source>
        <translation>Juontajan näkymä · {title}</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>ESILLÄ</translation>
    </message>
    <message>
        <source>no talking points for this segment</source>
        <translation>ei puheenaiheita tälle osiolle</translation>
    </message>
    <message>
        <source>no product on screen</source>
        <translation>ei tuotetta esillä</translation>
    </message>
    <message>
        <source>NO FLASH OFFER RUNNING</source>
        <translation>EI PIKATARJOUSTA</translation>
    </message>
    <message>
        <source>FLASH OFFER ENDS IN</source>
        <translation>PIKATARJOUSTA JÄLJELLÄ</translation>
    </message>
    <message>
        <source>no advice for the host</source>
        <translation>ei suosituksia juontajalle</translation>
    </message>
</context>
<context>
    <name>LiveTile</name>
    <message>
        <source>{title}: {feed}, {viewers} viewers, GMV {gmv} {goal}</source>
        <translation>{title}: {feed}, katsojia {viewers}, GMV {gmv} {goal}</translation>
    </message>
    <message>
        <source>{kind}: {advice}</source>
        <translation>{kind}: {advice}</translation>
    </message>
    <message>
        <source>no open advice</source>
        <translation>ei avoimia suosituksia</translation>
    </message>
    <message>
        <source>{title} ({id})
{advice}
Click or press Enter to open its console</source>
        <translation>{title} ({id})
{advice}
Avaa sen konsoli napsauttamalla tai Enterillä</translation>
    </message>
    <message>
        <source>VIEWERS</source>
        <translation>KATSOJAT</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>ORDERS/MIN</source>
        <translation>TILAUKSET/MIN</translation>
    </message>
    <message>
        <source>last {m} min · peak {peak}</source>
        <translation>viim. {m} min · huippu {peak}</translation>
    </message>
    <message>
        <source>last {m} min</source>
        <translation>viim. {m} min</translation>
    </message>
    <message>
        <source>{n} OPEN ADVICE · {kind}</source>
        <translation>AVOIMIA SUOSITUKSIA: {n} · {kind}</translation>
    </message>
</context>
<context>
    <name>ProductFlags</name>
    <message>
        <source>many views, few orders</source>
        <translation>katsotaan, ei osteta</translation>
    </message>
    <message>
        <source>stock low</source>
        <translation>varasto vähissä</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>loppuunmyyty</translation>
    </message>
    <message>
        <source>offer live {left} left</source>
        <translation>tarjous voimassa, {left} jäljellä</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>esillä</translation>
    </message>
</context>
<context>
    <name>RunOfShow</name>
    <message>
        <source>run of show done</source>
        <translation>ajolista käyty läpi</translation>
    </message>
    <message>
        <source>no cues in the plan</source>
        <translation>suunnitelmassa ei ole cue:ita</translation>
    </message>
    <message>
        <source>next: {what} at {at}</source>
        <translation>seuraavaksi: {what} kohdassa {at}</translation>
    </message>
    <message>
        <source>next: {what} in {t} (auto)</source>
        <translation>seuraavaksi: {what} {t} päästä (auto)</translation>
    </message>
    <message>
        <source>next: {what} in {t}</source>
        <translation>seuraavaksi: {what} {t} päästä</translation>
    </message>
    <message>
        <source>next: {what} {t} late (auto)</source>
        <translation>seuraavaksi: {what}, {t} myöhässä (auto)</translation>
    </message>
    <message>
        <source>next: {what} {t} late</source>
        <translation>seuraavaksi: {what}, {t} myöhässä</translation>
    </message>
    <message>
        <source>press {key} again to confirm</source>
        <translation>vahvista painamalla {key} uudelleen</translation>
    </message>
    <message>
        <source>✗ cannot fire: {why} — Skip</source>
        <translation>✗ ei voi laukaista: {why} — Ohita</translation>
    </message>
    <message>
        <source>{keys}  ·  due in {t}</source>
        <translation>{keys}  ·  vuorossa {t} päästä</translation>
    </message>
</context>
<context>
    <name>WallOrder</name>
    <message>
        <source>{s} s</source>
        <extracomment>how long a feed trouble has lasted, in seconds (&quot;42 s&quot;), on a tile&apos;s feed chip</extracomment>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>not retrying</source>
        <translation>ei yritetä uudelleen</translation>
    </message>
    <message>
        <source>STOPPED · {why}</source>
        <translation>PYSÄHTYNYT · {why}</translation>
    </message>
    <message>
        <source>RECONNECTING · {t}</source>
        <translation>YHTEYS POIKKI · {t}</translation>
    </message>
    <message>
        <source>QUIET · {t}</source>
        <translation>HILJAA · {t}</translation>
    </message>
    <message>
        <source>CONNECTING · {t}</source>
        <translation>YHDISTETÄÄN · {t}</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>YHDISTETÄÄN…</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>PÄÄTTYNYT</translation>
    </message>
    <message>
        <source>CATCHING UP · {t} behind</source>
        <translation>KIRITÄÄN · {t} jäljessä</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>tavoite {goal}</translation>
    </message>
    <message>
        <source>pace {p} · {pct} of goal</source>
        <translation>tahti {p} · {pct} tavoitteesta</translation>
    </message>
    <message>
        <source>pace: after the first minute</source>
        <translation>tahti: ensimmäisen minuutin jälkeen</translation>
    </message>
    <message>
        <source>no goal (no plan)</source>
        <translation>ei tavoitetta (ei suunnitelmaa)</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>ei lukuja</translation>
    </message>
    <message>
        <source>{gmv} of {goal} goal · {pct}</source>
        <translation>{gmv} / tavoite {goal} · {pct}</translation>
    </message>
    <message>
        <source>{gmv} · no goal</source>
        <translation>{gmv} · ei tavoitetta</translation>
    </message>
    <message>
        <source>{n} orders · peak {v} viewers</source>
        <translation>tilauksia {n} · katsojahuippu {v}</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>Studio wall</source>
        <translation>Studion seinänäyttö</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>PÄÄTTYNEET</translation>
    </message>
    <message>
        <source>STUDIO WALL  ·  {n} on air  ·  {m} finished</source>
        <translation>STUDION SEINÄNÄYTTÖ  ·  lähetyksessä {n}  ·  päättyneitä {m}</translation>
    </message>
    <message>
        <source>STUDIO WALL  ·  {n} on air</source>
        <translation>STUDION SEINÄNÄYTTÖ  ·  lähetyksessä {n}</translation>
    </message>
    <message>
        <source>No live on the bus yet. A live appears here as soon as its producer publishes it (live-console simulate --nats URL, or bridge --nats URL).</source>
        <translation>Väylällä ei ole vielä yhtään liveä. Live näkyy tässä heti, kun sen tuottaja julkaisee sen (live-console simulate --nats URL tai bridge --nats URL).</translation>
    </message>
    <message>
        <source>Waiting for the bus: {why}</source>
        <translation>Odotetaan väylää: {why}</translation>
    </message>
</context>
</TS>
