<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>ActionButton</name>
    <message>
        <source>{label}: not sent if pressed — {why}</source>
        <translation>{label}: ei lähetetä painettaessa — {why}</translation>
    </message>
</context>
<context>
    <name>ActionGrid</name>
    <message>
        <source>Flash offers</source>
        <translation>Pikatarjoukset</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Tuotepaketit</translation>
    </message>
    <message>
        <source>Custom offer…</source>
        <translation>Oma tarjous…</translation>
    </message>
</context>
<context>
    <name>ActionLog</name>
    <message>
        <source>time</source>
        <translation>aika</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <source>what</source>
        <translation>kohde</translation>
    </message>
    <message>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>yrityksiä</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>viive</translation>
    </message>
    <message>
        <source>effect so far</source>
        <translation>vaikutus nyt</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>tarjous</translation>
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
        <source>button</source>
        <extracomment>where a press came from, as the source cell names it (the key stays English: it is stored and compared)</extracomment>
        <translation>painike</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>pikanäppäin</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>cue</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>suositus</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>an intent&apos;s status as the log&apos;s status cell writes it (the key stays English: it picks the colour)</extracomment>
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
        <source>confirmed</source>
        <translation>vahvistettu</translation>
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
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>valmiina</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>laukaistu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>jäi väliin</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>at</source>
        <translation>aika</translation>
    </message>
    <message>
        <source>action</source>
        <translation>toimenpide</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>{name} {before} → {after}</source>
        <translation>{name} {before} → {after}</translation>
    </message>
    <message>
        <source>{name} {before} → {after} ({lift}%)</source>
        <translation>{name} {before} → {after} ({lift} %)</translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation>tilaukset/min</translation>
    </message>
    <message>
        <source>units/min</source>
        <translation>kpl/min</translation>
    </message>
    <message>
        <source> · by {seat}</source>
        <translation> · {seat}</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>toinen paikka</translation>
    </message>
    <message>
        <source>fired by {seat} (seen on the stream)</source>
        <translation>{seat} laukaisi tämän (nähty syötteessä)</translation>
    </message>
    <message>
        <source>pressed here too: {seat} had just started it, the server ran it once</source>
        <translation>painettu myös täällä: {seat} oli juuri käynnistänyt sen, palvelin ajoi sen kerran</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Toimenpideloki</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>fired by {seat}</source>
        <translation>laukaisi {seat}</translation>
    </message>
    <message>
        <source>other seat</source>
        <translation>toinen paikka</translation>
    </message>
</context>
<context>
    <name>ActionPadDock</name>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>PRODUCER SEAT · read-only</source>
        <translation>TUOTTAJAN PAIKKA · vain luku</translation>
    </message>
    <message>
        <source>Actions and auto cues fire from an operator seat; here {key} marks a moment</source>
        <translation>Toimenpiteet ja automaattiset cuet laukaistaan operaattorin paikalta; täällä {key} merkitsee hetken</translation>
    </message>
    <message>
        <source>Skip cue</source>
        <translation>Ohita cue</translation>
    </message>
    <message>
        <source>no plan loaded: actions need a plan</source>
        <translation>ei suunnitelmaa: toimenpiteet tarvitsevat suunnitelman</translation>
    </message>
    <message>
        <source>RUN OF SHOW</source>
        <translation>AJOLISTA</translation>
    </message>
    <message>
        <source>GO: double press ignored</source>
        <translation>GO: tuplapainallus ohitettu</translation>
    </message>
    <message>
        <source>{label}: do its steps in the platform&apos;s app, then Done ({key})</source>
        <translation>{label}: tee vaiheet alustan sovelluksessa ja paina sitten Valmis ({key})</translation>
    </message>
    <message>
        <source>{label}: already {state}</source>
        <translation>{label}: jo {state}</translation>
    </message>
    <message>
        <source>Start the {what} now?</source>
        <translation>Aloitetaanko {what} nyt?</translation>
    </message>
    <message>
        <source>The {what} is due in {due} (planned at {at}, the live is at {now}) — fire now?</source>
        <translation>{what} on vuorossa {due} kuluttua (suunniteltu {at}, live on kohdassa {now}) — laukaistaanko nyt?</translation>
    </message>
    <message>
        <source>Cancelled: {what}</source>
        <translation>Peruttu: {what}</translation>
    </message>
    <message>
        <source>Press {key} again to confirm: {what}</source>
        <translation>Vahvista painamalla {key} uudelleen: {what}</translation>
    </message>
    <message>
        <source>GO: {why}</source>
        <translation>GO: {why}</translation>
    </message>
    <message>
        <source>GO: sent {what}</source>
        <translation>GO: lähetetty {what}</translation>
    </message>
    <message>
        <source>{label}: double press ignored</source>
        <translation>{label}: tuplapainallus ohitettu</translation>
    </message>
    <message>
        <source>Sent: {label}</source>
        <translation>Lähetetty: {label}</translation>
    </message>
    <message>
        <source>Not sent: {why}</source>
        <translation>Ei lähetetty: {why}</translation>
    </message>
    <message>
        <source>flash offer “{label}”</source>
        <extracomment>what a question or a toast calls the action: the kind and the plan&apos;s name for it, as one phrase</extracomment>
        <translation>pikatarjous ”{label}”</translation>
    </message>
    <message>
        <source>segment “{label}”</source>
        <translation>osio ”{label}”</translation>
    </message>
    <message>
        <source>kit “{label}”</source>
        <translation>tuotepaketti ”{label}”</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>a busy button&apos;s state in &quot;{label}: already {state}&quot;</extracomment>
        <translation>lähettämässä</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>vahvistettu</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>tauolla</translation>
    </message>
    <message>
        <source>{key}  Mark moment</source>
        <translation>{key}  Merkitse hetki</translation>
    </message>
    <message>
        <source>nothing to fire</source>
        <translation>ei laukaistavaa</translation>
    </message>
    <message>
        <source>{label}: {why}</source>
        <translation>{label}: {why}</translation>
    </message>
    <message>
        <source>Not sent: {why} — Skip the cue to move on</source>
        <translation>Ei lähetetty: {why} — jatka ohittamalla cue</translation>
    </message>
    <message>
        <source>No steps by hand wait for Done</source>
        <translation>Mikään käsin tehtävä vaihe ei odota Valmis-kuittausta</translation>
    </message>
    <message>
        <source>Done by hand: {label} — on air now</source>
        <translation>Tehty käsin: {label} — nyt lähetyksessä</translation>
    </message>
    <message>
        <source>Not done: {label} — not on air</source>
        <translation>Ei tehty: {label} — ei lähetyksessä</translation>
    </message>
    <message>
        <source>Moment marked (the live has not started yet)</source>
        <translation>Hetki merkitty (live ei ole vielä alkanut)</translation>
    </message>
    <message>
        <source>Moment marked at {t} into the live</source>
        <translation>Hetki merkitty kohtaan {t} livessä</translation>
    </message>
    <message>
        <source>Actions unavailable: {why}</source>
        <translation>Toimenpiteet eivät ole käytössä: {why}</translation>
    </message>
    <message>
        <source>no cue armed</source>
        <translation>ei cue:ta valmiina</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <source>dismissed at {when}</source>
        <extracomment>what became of an advice, on its dimmed card: (without a reason, with one)</extracomment>
        <translation>ohitettu {when}</translation>
    </message>
    <message>
        <source>dismissed at {when} ({reason})</source>
        <translation>ohitettu {when} ({reason})</translation>
    </message>
    <message>
        <source>expired at {when}</source>
        <translation>vanhentui {when}</translation>
    </message>
    <message>
        <source>expired at {when} ({reason})</source>
        <translation>vanhentui {when} ({reason})</translation>
    </message>
    <message>
        <source>{what}, every {step} s; dashed: what is normal</source>
        <translation>{what}, {step} s välein; katkoviiva: normaali taso</translation>
    </message>
    <message>
        <source>the rate watched</source>
        <translation>seurattu suure</translation>
    </message>
    <message>
        <source>{label}
Fits: {fits}. The pad&apos;s safety step applies.</source>
        <translation>{label}
Sopii: {fits}. Paneelin varmistus on voimassa.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>taken at {when}: {remedy} · {effect}</source>
        <translation>tehty {when}: {remedy} · {effect}</translation>
    </message>
    <message>
        <source>taken at {when}: {remedy} · effect measured once it is on air</source>
        <translation>tehty {when}: {remedy} · vaikutus mitataan, kun se on lähetyksessä</translation>
    </message>
</context>
<context>
    <name>AdviceDock</name>
    <message>
        <source>Advice</source>
        <translation>Suositukset</translation>
    </message>
    <message>
        <source>No advice: the advisor is watching the live.</source>
        <translation>Ei suosituksia: live-neuvoja seuraa lähetystä.</translation>
    </message>
    <message>
        <source>No remedy in the plan: {label}</source>
        <translation>Suunnitelmassa ei korjaustoimea: {label}</translation>
    </message>
    <message>
        <source>Advice taken: {label}</source>
        <translation>Suositus toteutettu: {label}</translation>
    </message>
    <message>
        <source>Advice dismissed: {title}</source>
        <translation>Suositus ohitettu: {title}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>operator</source>
        <extracomment>a seat&apos;s role, as the status bar names it</extracomment>
        <translation>operaattori</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>tuottaja</translation>
    </message>
    <message>
        <source>cannot record the session to {path}: {error}</source>
        <translation>istuntoa ei voi tallentaa tiedostoon {path}: {error}</translation>
    </message>
    <message>
        <source>{error}; name the seat with --operator</source>
        <translation>{error}; anna paikan nimi valitsimella --operator</translation>
    </message>
    <message>
        <source>{path} · {role} seat: {seat}</source>
        <translation>{path} · {role}n paikka: {seat}</translation>
    </message>
    <message>
        <source>recording to {path}</source>
        <translation>tallennetaan tiedostoon {path}</translation>
    </message>
    <message>
        <source>cannot save the screenshot {path}: {error}</source>
        <translation>kuvakaappausta {path} ei voi tallentaa: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n rows could not be written</source>
        <translation>
            <numerusform>{what}: %n rivi jäi kirjoittamatta</numerusform>
            <numerusform>{what}: %n riviä jäi kirjoittamatta</numerusform>
        </translation>
    </message>
    <message>
        <source>the session file</source>
        <translation>istuntotiedosto</translation>
    </message>
    <message>
        <source>{problem}; removed the empty session file {path}</source>
        <translation>{problem}; tyhjä istuntotiedosto {path} poistettiin</translation>
    </message>
    <message>
        <source>{problem}; the session file {path} is kept</source>
        <translation>{problem}; istuntotiedosto {path} säilytettiin</translation>
    </message>
    <message>
        <source>feed {url}: {reason}; retrying</source>
        <translation>syöte {url}: {reason}; yritetään uudelleen</translation>
    </message>
    <message>
        <source>feed {url}: {reason}; not retrying</source>
        <translation>syöte {url}: {reason}; ei yritetä uudelleen</translation>
    </message>
    <message>
        <source>feed {url}: connected</source>
        <translation>syöte {url}: yhdistetty</translation>
    </message>
    <message>
        <source>no event came from the feed {url} ({problem})</source>
        <translation>syötteestä {url} ei tullut yhtään tapahtumaa ({problem})</translation>
    </message>
    <message>
        <source>no event came from the feed {url}</source>
        <translation>syötteestä {url} ei tullut yhtään tapahtumaa</translation>
    </message>
    <message>
        <source>Qt could not write a picture there (is {suffix} an image type?)</source>
        <translation>Qt ei voinut kirjoittaa kuvaa sinne (onko {suffix} kuvatyyppi?)</translation>
    </message>
    <message>
        <source>Qt could not write a picture there (is no suffix an image type?)</source>
        <translation>Qt ei voinut kirjoittaa kuvaa sinne (tiedostonimestä puuttuu pääte)</translation>
    </message>
    <message>
        <source>{path} (replay, read-only)</source>
        <translation>{path} (toisto, vain luku)</translation>
    </message>
    <message>
        <source>the report of {live} could not be written: {error}</source>
        <translation>liven {live} raporttia ei voitu luoda: {error}</translation>
    </message>
    <message>
        <source>watching the bus at {where}; recording to {sessions}</source>
        <translation>seurataan väylää {where}; tallennetaan kansioon {sessions}</translation>
    </message>
    <message>
        <source>report written to {path}</source>
        <translation>raportti tallennettu: {path}</translation>
    </message>
    <message>
        <source>Writing the post-live report…</source>
        <translation>Luodaan live-raporttia…</translation>
    </message>
    <message>
        <source>Report: {p}</source>
        <translation>Raportti: {p}</translation>
    </message>
</context>
<context>
    <name>AudienceChart</name>
    <message>
        <source>viewers</source>
        <translation>katsojat</translation>
    </message>
    <message>
        <source>minutes into the live</source>
        <translation>minuuttia liven alusta</translation>
    </message>
    <message>
        <source>orders / min</source>
        <translation>tilaukset / min</translation>
    </message>
    <message>
        <source>waiting for the first events…</source>
        <translation>odotetaan ensimmäisiä tapahtumia…</translation>
    </message>
    <message>
        <source>{what}: n/a</source>
        <translation>{what}: ei saatavilla</translation>
    </message>
    <message>
        <source>★ marked</source>
        <translation>★ merkitty</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n toimenpide</numerusform>
            <numerusform>%n toimenpidettä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ByHandCard</name>
    <message>
        <source>✓ Done, on air  {key}</source>
        <translation>✓ Valmis, lähetykseen  {key}</translation>
    </message>
    <message>
        <source>✗ Not done</source>
        <translation>✗ Ei tehty</translation>
    </message>
    <message>
        <source>You did these steps in the platform&apos;s app: the action goes on air and on the charts now</source>
        <translation>Teit nämä vaiheet alustan sovelluksessa: toimenpide menee nyt lähetykseen ja kaavioihin</translation>
    </message>
    <message>
        <source>You did not do them: recorded, never on air</source>
        <translation>Et tehnyt niitä: kirjataan, ei koskaan lähetykseen</translation>
    </message>
    <message>
        <source>DO BY HAND IN THE PLATFORM&apos;S APP (1 of {n})</source>
        <translation>TEE KÄSIN ALUSTAN SOVELLUKSESSA (1/{n})</translation>
    </message>
    <message>
        <source>DO BY HAND IN THE PLATFORM&apos;S APP</source>
        <translation>TEE KÄSIN ALUSTAN SOVELLUKSESSA</translation>
    </message>
    <message>
        <source>Mark “{what}” as not done? It will not go on air, and cannot be confirmed later.</source>
        <translation>Merkitäänkö ”{what}” tekemättömäksi? Se ei mene lähetykseen eikä sitä voi vahvistaa myöhemmin.</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <source>ORGANIC</source>
        <translation>ORGAANINEN</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>MAKSETTU</translation>
    </message>
    <message>
        <source>DIRECT</source>
        <translation>SUORA</translation>
    </message>
    <message>
        <source>Viewers now</source>
        <translation>Katsojat nyt</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saapuneet</translation>
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
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>share of GMV</source>
        <translation>osuus myynnistä (GMV)</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Uudet ostajat</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>Palaavat ostajat</translation>
    </message>
</context>
<context>
    <name>ChatHeatmap</name>
    <message>
        <source>minutes into the live</source>
        <translation>minuuttia liven alusta</translation>
    </message>
    <message>
        <source>Chat by segment</source>
        <translation>Chat osioittain</translation>
    </message>
    <message>
        <source>Clicks by product</source>
        <translation>Klikkaukset tuotteittain</translation>
    </message>
    <message>
        <source>no chat yet</source>
        <translation>ei vielä chattia</translation>
    </message>
    <message>
        <source>Chat: {na}</source>
        <translation>Chat: {na}</translation>
    </message>
    <message>
        <source>Product clicks: {na}</source>
        <translation>Tuoteklikkaukset: {na}</translation>
    </message>
    <message>
        <source>no product clicks yet</source>
        <translation>ei vielä tuoteklikkauksia</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Confirm action</source>
        <translation>Vahvista toimenpide</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>STALE · numbers {age} old</source>
        <translation>VANHENTUNUT · luvut {age} vanhoja</translation>
    </message>
    <message>
        <source>CATCHING UP · numbers {age} old</source>
        <translation>KIRITÄÄN · luvut {age} vanhoja</translation>
    </message>
    <message>
        <source>● RESUMING · numbers {age} old</source>
        <translation>● JATKUU · luvut {age} vanhoja</translation>
    </message>
    <message>
        <source>● CATCHING UP · numbers {age} old</source>
        <translation>● KIRITÄÄN · luvut {age} vanhoja</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● LIVE</translation>
    </message>
    <message>
        <source>● RECONNECTING {s} s</source>
        <translation>● YHDISTETÄÄN {s} s</translation>
    </message>
    <message>
        <source>● STALE {s} s</source>
        <translation>● VANHENTUNUT {s} s</translation>
    </message>
    <message>
        <source>● STOPPED: {reason}</source>
        <translation>● PYSÄHTYI: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>syytä ei kerrottu</translation>
    </message>
    <message>
        <source>● ENDED</source>
        <translation>● PÄÄTTYI</translation>
    </message>
    <message>
        <source>● REPLAY {how}</source>
        <translation>● TOISTO {how}</translation>
    </message>
    <message>
        <source>● CONNECTING</source>
        <translation>● YHDISTETÄÄN</translation>
    </message>
    <message>
        <source>time since the start of the live</source>
        <translation>aika liven alusta</translation>
    </message>
    <message>
        <source>The live has ended — open the post-live report</source>
        <translation>Live on päättynyt — avaa live-raportti</translation>
    </message>
    <message>
        <source>{reason} — next attempt in {s} s, {n} reconnects so far</source>
        <translation>{reason} — seuraava yritys {s} s kuluttua, {n} uudelleenyhdistystä tähän mennessä</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>yhteys katkesi</translation>
    </message>
    <message>
        <source>{r} events/s</source>
        <translation>{r} tapaht./s</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>lag {s}</source>
        <translation>viive {s}</translation>
    </message>
    <message>
        <source>seq {n}</source>
        <translation>seq {n}</translation>
    </message>
    <message>
        <source>rejected {n}</source>
        <translation>hylätty {n}</translation>
    </message>
    <message>
        <source>⚠ NOT RECORDING: disk refuses writes (kept in memory)</source>
        <translation>⚠ EI TALLENNETA: levy ei ota kirjoituksia (pidetään muistissa)</translation>
    </message>
    <message>
        <source>gaps {n}</source>
        <translation>aukot {n}</translation>
    </message>
    <message>
        <source>seq {a}–{b}: {cause}</source>
        <translation>seq {a}–{b}: {cause}</translation>
    </message>
</context>
<context>
    <name>CustomOfferDialog</name>
    <message>
        <source>Custom flash offer</source>
        <translation>Oma pikatarjous</translation>
    </message>
    <message>
        <source>mm:ss, or plain seconds; 00:10 to 60:00</source>
        <translation>mm:ss tai sekunteina; 00:10–60:00</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Discount: a whole number from 1 to 90 %</source>
        <translation>Alennus: kokonaisluku 1–90 %</translation>
    </message>
    <message>
        <source>Duration: seconds or mm:ss, from 00:10 to 60:00</source>
        <translation>Kesto: sekunteina tai mm:ss, 00:10–60:00</translation>
    </message>
    <message>
        <source>Product: none can take an offer now</source>
        <translation>Tuote: yhdellekään tuotteelle ei voi nyt tehdä tarjousta</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>At -{d}% {name} sells for {price}, below its cost {cost}</source>
        <translation>-{d} %:n alennuksella {name} maksaa {price}, alle omakustannushinnan {cost}</translation>
    </message>
    <message>
        <source>Fires: {label}</source>
        <translation>Laukaistaan: {label}</translation>
    </message>
</context>
<context>
    <name>KpiTilesPanel</name>
    <message>
        <source>engagement {rate}</source>
        <translation>sitoutuminen {rate}</translation>
    </message>
    <message numerus="yes">
        <source>last 60 s · %n buyers in all</source>
        <translation>
            <numerusform>viim. 60 s · %n ostaja yht.</numerusform>
            <numerusform>viim. 60 s · %n ostajaa yht.</numerusform>
        </translation>
    </message>
    <message>
        <source>VIEWERS NOW</source>
        <translation>KATSOJAT NYT</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV (MYYNTI)</translation>
    </message>
    <message>
        <source>ORDERS</source>
        <translation>TILAUKSET</translation>
    </message>
    <message>
        <source>ORDERS / MIN</source>
        <translation>TILAUKSET / MIN</translation>
    </message>
    <message>
        <source>CONVERSION</source>
        <translation>KONVERSIO</translation>
    </message>
    <message>
        <source>buyers per unique viewer</source>
        <translation>ostajat / yksilöllinen katsoja</translation>
    </message>
    <message>
        <source>ROAS (PAID)</source>
        <translation>ROAS (MAKSETTU)</translation>
    </message>
    <message>
        <source>SALES / MIN</source>
        <translation>MYYNTI / MIN</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>viim. 60 s</translation>
    </message>
    <message>
        <source>CART ABANDONMENT</source>
        <translation>HYLÄTYT KORIT</translation>
    </message>
    <message>
        <source>CHAT / MIN</source>
        <translation>CHAT / MIN</translation>
    </message>
    <message>
        <source>GPM</source>
        <translation>GPM</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>GMV / 1 000 katselukertaa</translation>
    </message>
    <message>
        <source>UV VALUE</source>
        <translation>UV-ARVO</translation>
    </message>
    <message>
        <source>GMV per unique viewer</source>
        <translation>GMV / yksilöllinen katsoja</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>KESKIOSTOS</translation>
    </message>
    <message>
        <source>GMV per buyer</source>
        <translation>GMV / ostaja</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>aikataulussa</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>vaarassa</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>jäljessä</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>ei dataa</translation>
    </message>
    <message>
        <source>ceiling {t}</source>
        <translation>katto {t}</translation>
    </message>
    <message>
        <source>peak {p} / {t}</source>
        <translation>huippu {p} / {t}</translation>
    </message>
    <message>
        <source>final · target {t}</source>
        <translation>lopullinen · tavoite {t}</translation>
    </message>
    <message>
        <source>proj. {p} / {t}</source>
        <translation>enn. {p} / {t}</translation>
    </message>
    <message>
        <source>target {t}</source>
        <translation>tavoite {t}</translation>
    </message>
    <message>
        <source>peak {p} · target {t}</source>
        <translation>huippu {p} · tavoite {t}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>lopullinen</translation>
    </message>
    <message>
        <source>projected {p}</source>
        <translation>ennuste {p}</translation>
    </message>
    <message>
        <source>too early to judge</source>
        <translation>liian aikaista arvioida</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ei vielä dataa</translation>
    </message>
    <message>
        <source>{goal} · {state}</source>
        <translation>{goal} · {state}</translation>
    </message>
    <message>
        <source>Goal {name}: {status}</source>
        <translation>Tavoite {name}: {status}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ei saat.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Follow the system: {language}</source>
        <translation>Käytä järjestelmän kieltä: {language}</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>Kieltä ei voitu tallentaa: {error}</translation>
    </message>
    <message>
        <source>{language} applies from the next start of the console</source>
        <translation>{language} otetaan käyttöön, kun konsoli käynnistetään seuraavan kerran</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>no plan</source>
        <translation>ei suunnitelmaa</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI:t</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>Audience vs conversion</source>
        <translation>Katsojat ja konversio</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>Liikenteen lähteet</translation>
    </message>
    <message>
        <source>Chat map</source>
        <translation>Chat-kartta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Palauta asettelu</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Koko näyttö</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaali</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Suuri</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Suurempi</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Jälkikatsaus</translation>
    </message>
    <message>
        <source>Post-live report</source>
        <translation>Live-raportti</translation>
    </message>
    <message>
        <source>Text size “{name}” does not fit this screen ({w}×{h}): “{used}” instead</source>
        <translation>Tekstin koko ”{name}” ei mahdu tälle näytölle ({w}×{h}): käytetään kokoa ”{used}”</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>End the console while the live is on air?</source>
        <translation>Suljetaanko konsoli, vaikka live on lähetyksessä?</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Sulje konsoli</translation>
    </message>
</context>
<context>
    <name>ProductPanels</name>
    <message>
        <source>On screen: {title} — not in the plan (platform id {id})</source>
        <translation>Esillä: {title} — ei suunnitelmassa (alustan tunnus {id})</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>tuote</translation>
    </message>
    <message>
        <source>The host pinned a product the plan does not map: add its id to the product&apos;s platform_ids (docs/plan.md) to see its figures here</source>
        <translation>Juontaja kiinnitti tuotteen, jota suunnitelma ei tunne: lisää sen tunnus tuotteen platform_ids-kenttään (docs/plan.md), niin sen luvut näkyvät tässä</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ei saat.</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>{n} jälj.</translation>
    </message>
    <message>
        <source>stock {n}</source>
        <translation>varasto {n}</translation>
    </message>
    <message>
        <source>sales {na}</source>
        <translation>myynti {na}</translation>
    </message>
    <message>
        <source>conv {conv} · CTR {ctr} · {stock}</source>
        <translation>konv. {conv} · CTR {ctr} · {stock}</translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n myyty</numerusform>
            <numerusform>%n myyty</numerusform>
        </translation>
    </message>
    <message>
        <source>{sku}: {i} impressions, {c} clicks, {k} carts ({a} abandoned), {o} orders, {m} chat mentions</source>
        <translation>{sku}: {i} näyttökertaa, {c} klikkausta, {k} ostoskoriin lisäystä ({a} hylätty), {o} tilausta, {m} mainintaa chatissa</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>The report has not been written yet.</source>
        <translation>Raporttia ei ole vielä luotu.</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Luo raportti</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Avaa selaimessa</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Luodaan raporttia…</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>Luo uudelleen</translation>
    </message>
    <message>
        <source>The report could not be written: {e}</source>
        <translation>Raporttia ei voitu luoda: {e}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>▶ Play  (Space)</source>
        <translation>▶ Toista  (Space)</translation>
    </message>
    <message>
        <source>◀ action  (PgUp)</source>
        <translation>◀ toimenpide  (PgUp)</translation>
    </message>
    <message>
        <source>action ▶  (PgDn)</source>
        <translation>toimenpide ▶  (PgDn)</translation>
    </message>
    <message>
        <source>+ note  (N)</source>
        <translation>+ muistiinpano  (N)</translation>
    </message>
    <message>
        <source>No later action or note</source>
        <translation>Ei myöhempiä toimenpiteitä tai muistiinpanoja</translation>
    </message>
    <message>
        <source>No earlier action or note</source>
        <translation>Ei aiempia toimenpiteitä tai muistiinpanoja</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Jälkikatsauksen muistiinpano</translation>
    </message>
    <message>
        <source>Note at this moment:</source>
        <translation>Muistiinpano tähän kohtaan:</translation>
    </message>
    <message>
        <source>loading {p}</source>
        <translation>ladataan {p}</translation>
    </message>
    <message>
        <source>❚❚ Pause  (Space)</source>
        <translation>❚❚ Tauko  (Space)</translation>
    </message>
</context>
</TS>
