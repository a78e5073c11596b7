<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Actions</name>
    <message>
        <source>live {left} left</source>
        <translation>voimassa, {left} jäljellä</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>yritys {n}</translation>
    </message>
    <message>
        <source>outcome unknown, checking</source>
        <translation>tulos epäselvä, tarkistetaan</translation>
    </message>
    <message>
        <source>do it in the app, then Done</source>
        <translation>tee sovelluksessa, sitten Valmis</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>the action API did not answer in time</source>
        <translation>toiminto-API ei vastannut ajoissa</translation>
    </message>
    <message>
        <source>the action API is not reachable</source>
        <translation>toiminto-API:in ei saada yhteyttä</translation>
    </message>
    <message>
        <source>the action API refused the token</source>
        <translation>toiminto-API hylkäsi tunnisteen</translation>
    </message>
    <message>
        <source>the server never received it (checked by key)</source>
        <translation>palvelin ei koskaan saanut sitä (tarkistettu avaimella)</translation>
    </message>
    <message>
        <source>reconciled after a restart: it never reached the server (not re-sent)</source>
        <translation>täsmäytetty uudelleenkäynnistyksen jälkeen: ei koskaan päässyt palvelimelle (ei lähetetty uudelleen)</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>live-lähetys on päättynyt</translation>
    </message>
    <message>
        <source>this offer on {name} is already running ({left} left)</source>
        <translation>tämä tuotteen {name} tarjous on jo käynnissä ({left} jäljellä)</translation>
    </message>
    <message>
        <source>an offer on {name} is already running (-{pct}%, {left} left)</source>
        <translation>tuotteella {name} on jo tarjous käynnissä (-{pct} %, {left} jäljellä)</translation>
    </message>
    <message>
        <source>other offer live, {left} left</source>
        <translation>muu tarjous voimassa, {left} jäljellä</translation>
    </message>
    <message>
        <source>{name} is sold out</source>
        <translation>{name} on loppuunmyyty</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>loppuunmyyty</translation>
    </message>
    <message>
        <source>“{title}” is already on air</source>
        <translation>”{title}” on jo lähetyksessä</translation>
    </message>
    <message>
        <source>on air now</source>
        <translation>lähetyksessä</translation>
    </message>
    <message>
        <source>kit item {names} is sold out</source>
        <translation>paketin tuote {names} on loppuunmyyty</translation>
    </message>
    <message>
        <source>{name} sold out</source>
        <translation>{name} loppu</translation>
    </message>
    <message>
        <source>kit item {names} are sold out</source>
        <translation>paketin tuotteet {names} on myyty loppuun</translation>
    </message>
    <message>
        <source>items sold out</source>
        <translation>tuotteet loppu</translation>
    </message>
    <message>
        <source>live ended</source>
        <translation>live päättyi</translation>
    </message>
    <message>
        <source>offer already running</source>
        <translation>tarjous jo käynnissä</translation>
    </message>
    <message>
        <source>already on air</source>
        <translation>jo lähetyksessä</translation>
    </message>
    <message>
        <source>kit already live</source>
        <translation>tuotepaketti jo käynnissä</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>ei vastausta ajoissa</translation>
    </message>
    <message>
        <source>action API unreachable</source>
        <translation>API ei vastaa</translation>
    </message>
    <message>
        <source>token refused</source>
        <translation>tunniste hylätty</translation>
    </message>
    <message>
        <source>never reached the server</source>
        <translation>ei päässyt palvelimelle</translation>
    </message>
    <message>
        <source>one press</source>
        <translation>yksi painallus</translation>
    </message>
    <message>
        <source>asks to confirm</source>
        <translation>kysyy vahvistuksen</translation>
    </message>
    <message>
        <source>hold {seconds} s, or press the key twice</source>
        <translation>pidä {seconds} s tai paina näppäintä kahdesti</translation>
    </message>
    <message>
        <source>producer seat: read-only</source>
        <extracomment>Why a producer&apos;s pad fires nothing: the words on its pad and in every refusal</extracomment>
        <translation>tuottajan paikka: vain luku</translation>
    </message>
    <message>
        <source>another seat holds the cues</source>
        <extracomment>A cue this seat does not fire because another seat holds the cues (the lease): its note in the run of show</extracomment>
        <translation>toinen paikka hoitaa cuet</translation>
    </message>
    <message>
        <source>seat {seat}: {problem}</source>
        <translation>paikka {seat}: {problem}</translation>
    </message>
    <message>
        <source>the action API answer could not be read ({error})</source>
        <translation>toiminto-API:n vastausta ei voitu lukea ({error})</translation>
    </message>
    <message>
        <source>{error}; the server asks to wait {seconds} s</source>
        <translation>{error}; palvelin pyytää odottamaan {seconds} s</translation>
    </message>
    <message>
        <source>{error} (gave up after {n} attempts)</source>
        <translation>{error} (luovuttiin {n} yrityksen jälkeen)</translation>
    </message>
    <message>
        <source>{error}; not confirmed yet, checking with the server</source>
        <translation>{error}; ei vielä vahvistettu, tarkistetaan palvelimelta</translation>
    </message>
    <message>
        <source>the action API is busy (HTTP 429)</source>
        <translation>toiminto-API on ruuhkautunut (HTTP 429)</translation>
    </message>
    <message>
        <source>the action API answered HTTP {status}</source>
        <translation>toiminto-API vastasi HTTP {status}</translation>
    </message>
    <message>
        <source>the connection to the action API failed ({error})</source>
        <translation>yhteys toiminto-API:in epäonnistui ({error})</translation>
    </message>
    <message>
        <source>the console&apos;s connection is not running</source>
        <translation>konsolin yhteys ei ole käynnissä</translation>
    </message>
    <message>
        <source>sending failed: {error}</source>
        <translation>lähetys epäonnistui: {error}</translation>
    </message>
    <message>
        <source>double press ignored</source>
        <translation>tuplapainallus ohitettu</translation>
    </message>
    <message>
        <source>no cue armed</source>
        <translation>ei cue:ta valmiina</translation>
    </message>
    <message>
        <source>the run of show moved on: GO fires the cue it shows</source>
        <translation>ajolista eteni: GO laukaisee näkyvän cuen</translation>
    </message>
    <message>
        <source>marked done, not sent: {why}</source>
        <translation>merkitty tehdyksi, ei lähetetty: {why}</translation>
    </message>
    <message>
        <source>not sent: {why}</source>
        <translation>ei lähetetty: {why}</translation>
    </message>
    <message>
        <source>not sent: “{label}” was just sent, wait for it on air</source>
        <translation>ei lähetetty: ”{label}” lähetettiin juuri, odota että se näkyy lähetyksessä</translation>
    </message>
    <message>
        <source>“{label}” was pressed a moment ago</source>
        <translation>”{label}” painettiin hetki sitten</translation>
    </message>
    <message>
        <source>the feed is {state}: {why}</source>
        <translation>syötteen tila: {state} – {why}</translation>
    </message>
    <message>
        <source>the feed is {state}</source>
        <translation>syötteen tila: {state}</translation>
    </message>
    <message>
        <source>the action API is unreachable: {why}</source>
        <translation>toiminto-API:in ei saada yhteyttä: {why}</translation>
    </message>
    <message>
        <source>could not tell the server: {error}</source>
        <translation>palvelimelle ei saatu ilmoitettua: {error}</translation>
    </message>
    <message>
        <source>not done by hand: the live ended before it was confirmed</source>
        <translation>ei tehty käsin: live päättyi ennen vahvistusta</translation>
    </message>
    <message>
        <source>sent by a press a moment before</source>
        <translation>lähetetty hetkeä aiemmin painalluksella</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>toinen paikka</translation>
    </message>
    <message>
        <source>due while another seat holds the cues</source>
        <translation>ajankohta meni, kun toinen paikka hoiti cuet</translation>
    </message>
    <message>
        <source>could not ask the server about it yet ({error})</source>
        <translation>palvelimelta ei vielä voitu kysyä ({error})</translation>
    </message>
    <message>
        <source>reconciled after a restart: the server had it</source>
        <translation>täsmäytetty uudelleenkäynnistyksen jälkeen: se oli palvelimella</translation>
    </message>
    <message>
        <source>health check failed</source>
        <translation>terveystarkistus epäonnistui</translation>
    </message>
    <message>
        <source>not done by hand: {reason}</source>
        <translation>ei tehty käsin: {reason}</translation>
    </message>
    <message>
        <source>not done by hand</source>
        <translation>ei tehty käsin</translation>
    </message>
</context>
<context>
    <name>BusStatus</name>
    <message>
        <source>{url} is not a bus URL: expected nats://HOST:PORT or tls://HOST:PORT</source>
        <translation>{url} ei ole väylän URL: odotettiin nats://HOST:PORT tai tls://HOST:PORT</translation>
    </message>
    <message>
        <source>put the bus credentials in {token}, {user}/{password}, {creds} or {nkey}, not in the URL (a URL is seen in ps and shell history)</source>
        <translation>anna väylän tunnistetiedot muuttujissa {token}, {user}/{password}, {creds} tai {nkey}, ei URL:ssa (URL näkyy ps:ssä ja komentohistoriassa)</translation>
    </message>
    <message>
        <source>{url} names no live: expected {scheme}://HOST:PORT/LIVE_ID</source>
        <translation>{url} ei nimeä liveä: odotettiin {scheme}://HOST:PORT/LIVE_ID</translation>
    </message>
    <message>
        <source>{url}: give the bus only (no /{live_id}): every live on it is found there</source>
        <translation>{url}: anna vain väylä (ei /{live_id}): kaikki sen livet löytyvät sieltä</translation>
    </message>
    <message>
        <source>{url}: an empty server name</source>
        <translation>{url}: tyhjä palvelimen nimi</translation>
    </message>
    <message>
        <source>plain nats:// is for loopback only; use tls://{server} (TLS verified) for a bus on another machine</source>
        <translation>pelkkä nats:// on vain paikalliselle koneelle; käytä toisen koneen väylälle tls://{server} (TLS tarkistettu)</translation>
    </message>
    <message>
        <source>{url}: {port} is not a port number</source>
        <translation>{url}: {port} ei ole porttinumero</translation>
    </message>
    <message>
        <source>bus credentials: set one kind, not {kinds}</source>
        <translation>väylän tunnistetiedot: aseta yksi tyyppi, ei {kinds}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source>bus credentials: {user} and {password} go together</source>
        <translation>väylän tunnistetiedot: {user} ja {password} annetaan yhdessä</translation>
    </message>
    <message>
        <source>{name}: no file at {path}</source>
        <translation>{name}: tiedostoa ei ole polussa {path}</translation>
    </message>
    <message>
        <source>the TLS certificate of the bus at {where} was not accepted: {why}</source>
        <translation>väylän {where} TLS-varmennetta ei hyväksytty: {why}</translation>
    </message>
    <message>
        <source>the bus at {where} refused the connection</source>
        <translation>väylä {where} torjui yhteyden</translation>
    </message>
    <message>
        <source>the bus at {where} did not answer in {seconds} s</source>
        <translation>väylä {where} ei vastannut {seconds} s:n kuluessa</translation>
    </message>
    <message>
        <source>bus {where}, live {live_id}</source>
        <translation>väylä {where}, live {live_id}</translation>
    </message>
    <message>
        <source>no live on the bus at {where} yet (waiting for live {live_id})</source>
        <translation>väylällä {where} ei ole vielä liveä (odotetaan liveä {live_id})</translation>
    </message>
    <message>
        <source>live {live_id} is not on the bus at {where} (yet)</source>
        <translation>live {live_id} ei ole (vielä) väylällä {where}</translation>
    </message>
    <message>
        <source>the bus at {where} refused this console&apos;s credentials (check LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>väylä {where} hylkäsi tämän konsolin tunnistetiedot (tarkista LIVE_CONSOLE_NATS_*: docs/bus.md)</translation>
    </message>
    <message>
        <source>the bus at {where} is not answering ({error})</source>
        <translation>väylä {where} ei vastaa ({error})</translation>
    </message>
    <message>
        <source>lost the connection to the bus at {where}</source>
        <translation>yhteys väylään {where} katkesi</translation>
    </message>
    <message>
        <source>the bus went silent for {seconds} s (no events, no clock)</source>
        <translation>väylä oli hiljaa {seconds} s (ei tapahtumia, ei kelloa)</translation>
    </message>
    <message>
        <source>the bus stopped sending this live&apos;s events for {seconds} s</source>
        <translation>väylä ei lähettänyt tämän liven tapahtumia {seconds} s:iin</translation>
    </message>
    <message>
        <source>the bus at {where} refused the credentials (set one of LIVE_CONSOLE_NATS_TOKEN, _USER/_PASSWORD, _CREDS, _NKEY: docs/bus.md)</source>
        <translation>väylä {where} hylkäsi tunnistetiedot (aseta yksi näistä: LIVE_CONSOLE_NATS_TOKEN, _USER/_PASSWORD, _CREDS, _NKEY: docs/bus.md)</translation>
    </message>
    <message>
        <source>{why}; is nats-server running?</source>
        <translation>{why}; onko nats-server käynnissä?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>live {live_id} is not on the bus at {where} (lives on air: {on_air})</source>
        <translation>live {live_id} ei ole väylällä {where} (lähetyksessä olevat livet: {on_air})</translation>
    </message>
    <message>
        <source>bus at {where}: {error}</source>
        <translation>väylä {where}: {error}</translation>
    </message>
    <message>
        <source>events {first}..{last} of live {live_id} left the server&apos;s buffer before they reached the bus; raise --buffer (the stream stays as it is, with no hole written)</source>
        <translation>liven {live_id} tapahtumat {first}..{last} poistuivat palvelimen puskurista ennen kuin ne ehtivät väylälle; kasvata --buffer-arvoa (virta pysyy ennallaan, aukkoa ei kirjoiteta)</translation>
    </message>
    <message>
        <source>the bus already holds {last} events of live {live_id}, more than this producer has ({ours}): another live with the same id, or a producer restarted without its --journal. Give the live a new id, or delete its stream (docs/deployment.md)</source>
        <translation>väylällä on jo {last} liven {live_id} tapahtumaa, enemmän kuin tällä tuottajalla ({ours}): toinen live samalla tunnuksella, tai tuottaja käynnistettiin uudelleen ilman --journal-tiedostoa. Anna livelle uusi tunnus tai poista sen virta (docs/deployment.md)</translation>
    </message>
    <message>
        <source>the bus holds another live under the id {live_id} (its event {last} is not this producer&apos;s): give this live a new id in its plan, or delete the old stream (docs/deployment.md)</source>
        <translation>väylällä on toinen live tunnuksella {live_id} (sen tapahtuma {last} ei ole tämän tuottajan): anna tälle livelle uusi tunnus suunnitelmassa tai poista vanha virta (docs/deployment.md)</translation>
    </message>
    <message>
        <source>event {seq} was not stored: {error}</source>
        <translation>tapahtumaa {seq} ei tallennettu: {error}</translation>
    </message>
    <message>
        <source>events {first}..{last} of live {live_id} were stored as stream message {stored}, not {expected}</source>
        <translation>liven {live_id} tapahtumat {first}..{last} tallentuivat virran viestiksi {stored}, eivät viestiksi {expected}</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>the live has ended</source>
        <translation>live-lähetys on päättynyt</translation>
    </message>
    <message>
        <source>missing from the stream</source>
        <extracomment>the cause an ingest gives a hole it finds between two seqs (Ingest.frame): a restored one says the same</extracomment>
        <translation>puuttuu virrasta</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>Each state in words, for sentences such as &quot;the feed is reconnecting&quot;: translate(&quot;FeedStatus&quot;, ...) shows them</extracomment>
        <translation>yhdistetään</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>yhdistetään uudelleen</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>pysäytetty</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>toisto</translation>
    </message>
    <message>
        <source>the feed speaks {theirs}; this console speaks {ours}: update live-console</source>
        <translation>syöte käyttää protokollaa {theirs}, tämä konsoli {ours}: päivitä live-console</translation>
    </message>
    <message>
        <source>the feed now serves another live ({live_id}, started {started}); restart the console to follow it</source>
        <translation>syöte välittää nyt toista liveä ({live_id}, alkoi {started}); käynnistä konsoli uudelleen seurataksesi sitä</translation>
    </message>
    <message>
        <source>the feed serves another live ({live_id}, started {started}) than the one this session file recorded ({recorded_id}, started {recorded_started}): record it in a new file (--session), or restart the feed&apos;s server with its journal to carry on the recorded live</source>
        <translation>syöte välittää eri liveä ({live_id}, alkoi {started}) kuin tähän istuntotiedostoon on tallennettu ({recorded_id}, alkoi {recorded_started}): tallenna se uuteen tiedostoon (--session) tai käynnistä syötteen palvelin uudelleen lokinsa kanssa jatkaaksesi tallennettua liveä</translation>
    </message>
    <message>
        <source>the feed refused the token (check LIVE_CONSOLE_TOKEN or --token-file)</source>
        <translation>syöte hylkäsi tunnisteen (tarkista LIVE_CONSOLE_TOKEN tai --token-file)</translation>
    </message>
    <message>
        <source>the feed removed this console (kicked by an administrator)</source>
        <translation>syöte poisti tämän konsolin (ylläpitäjä katkaisi yhteyden)</translation>
    </message>
    <message>
        <source>the feed refused the request as malformed</source>
        <translation>syöte hylkäsi pyynnön virheellisenä</translation>
    </message>
    <message>
        <source>the feed went silent (no events, no heartbeats)</source>
        <translation>syöte hiljeni (ei tapahtumia, ei sykkeitä)</translation>
    </message>
    <message>
        <source>the feed sent a frame over {size} bytes; it was refused unread</source>
        <translation>syöte lähetti yli {size} tavun kehyksen; se hylättiin lukematta</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>yhteys katkesi</translation>
    </message>
    <message>
        <source>the feed at {where} answered HTTP {status} instead of opening the stream</source>
        <translation>syöte {where} vastasi HTTP {status} avaamatta virtaa</translation>
    </message>
    <message>
        <source>the feed URL is not a usable ws:// or wss:// URL</source>
        <translation>syötteen URL ei ole käyttökelpoinen ws://- tai wss://-URL</translation>
    </message>
    <message>
        <source>connection closed ({code}: {why})</source>
        <translation>yhteys suljettiin ({code}: {why})</translation>
    </message>
    <message>
        <source>connection closed ({code})</source>
        <translation>yhteys suljettiin ({code})</translation>
    </message>
    <message>
        <source>the feed at {where} is not answering (connection refused)</source>
        <translation>syöte {where} ei vastaa (yhteys torjuttu)</translation>
    </message>
    <message>
        <source>the feed at {where} did not answer in time</source>
        <translation>syöte {where} ei vastannut ajoissa</translation>
    </message>
    <message>
        <source>the TLS certificate of the feed at {where} was not accepted: {why}</source>
        <translation>syötteen {where} TLS-varmennetta ei hyväksytty: {why}</translation>
    </message>
    <message>
        <source>network error reaching the feed at {where}: {error}</source>
        <translation>verkkovirhe yhdistettäessä syötteeseen {where}: {error}</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>sisäinen virhe: {error}</translation>
    </message>
    <message>
        <source>internal error, restart the console: {error}</source>
        <translation>sisäinen virhe, käynnistä konsoli uudelleen: {error}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Offer {name} -{pct}%</source>
        <translation>Tarjous {name} -{pct} %</translation>
    </message>
    <message>
        <source>Segment {name}</source>
        <translation>Osio {name}</translation>
    </message>
    <message>
        <source>Kit {name}</source>
        <translation>Tuotepaketti {name}</translation>
    </message>
</context>
<context>
    <name>PlanErrors</name>
    <message>
        <source>an id of 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>1–64 merkin tunnus (kirjaimia, numeroita, &apos;_&apos;, &apos;.&apos; tai &apos;-&apos;), alkaa kirjaimella tai numerolla</translation>
    </message>
    <message>
        <source>a three-letter currency code in capitals, like &quot;EUR&quot;</source>
        <translation>kolmen ison kirjaimen valuuttakoodi, kuten &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>a numeric id in quotes (1 to 20 digits), like &quot;1729609304255072963&quot;</source>
        <translation>numeerinen tunnus lainausmerkeissä (1–20 numeroa), kuten &quot;1729609304255072963&quot;</translation>
    </message>
    <message>
        <source>a Shopify variant id in quotes: its number, like &quot;808950810&quot;, or &quot;gid://shopify/ProductVariant/808950810&quot;</source>
        <translation>Shopifyn variantin tunnus lainausmerkeissä: numero, kuten &quot;808950810&quot;, tai &quot;gid://shopify/ProductVariant/808950810&quot;</translation>
    </message>
    <message>
        <source>a Shopify product id in quotes: its number, like &quot;632910392&quot;, or &quot;gid://shopify/Product/632910392&quot;</source>
        <translation>Shopifyn tuotetunnus lainausmerkeissä: numero, kuten &quot;632910392&quot;, tai &quot;gid://shopify/Product/632910392&quot;</translation>
    </message>
    <message>
        <source>a SKU in quotes: 1 to 255 characters, no space at either end</source>
        <translation>SKU lainausmerkeissä: 1–255 merkkiä, ei välilyöntiä alussa eikä lopussa</translation>
    </message>
    <message>
        <source>a tag in quotes: 1 to 32 characters, no space at either end</source>
        <translation>tagi lainausmerkeissä: 1–32 merkkiä, ei välilyöntiä alussa eikä lopussa</translation>
    </message>
    <message>
        <source>a talking point in quotes: 1 to 200 characters on one line, no space at either end</source>
        <translation>puheenaihe lainausmerkeissä: 1–200 merkkiä yhdellä rivillä, ei välilyöntiä alussa eikä lopussa</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <source>a whole number</source>
        <extracomment>(whole number?, lower bound, upper bound) -&gt; what a number must be: &quot;a number greater than 0&quot;, &quot;a whole number from 1 to 1440&quot;, &quot;a number of at least 0&quot;, &quot;a number greater than 0 and at most 90&quot;</extracomment>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>kokonaisluku {low}–{high}</translation>
    </message>
    <message>
        <source>a whole number greater than {low}</source>
        <translation>kokonaisluku, yli {low}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>kokonaisluku, vähintään {low}</translation>
    </message>
    <message>
        <source>a whole number below {high}</source>
        <translation>kokonaisluku, alle {high}</translation>
    </message>
    <message>
        <source>a whole number of at most {high}</source>
        <translation>kokonaisluku, enintään {high}</translation>
    </message>
    <message>
        <source>a whole number greater than {low} and below {high}</source>
        <translation>kokonaisluku, yli {low} ja alle {high}</translation>
    </message>
    <message>
        <source>a whole number greater than {low} and at most {high}</source>
        <translation>kokonaisluku, yli {low} ja enintään {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low} and below {high}</source>
        <translation>kokonaisluku, vähintään {low} ja alle {high}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>luku {low}–{high}</translation>
    </message>
    <message>
        <source>a number greater than {low}</source>
        <translation>luku, yli {low}</translation>
    </message>
    <message>
        <source>a number of at least {low}</source>
        <translation>luku, vähintään {low}</translation>
    </message>
    <message>
        <source>a number below {high}</source>
        <translation>luku, alle {high}</translation>
    </message>
    <message>
        <source>a number of at most {high}</source>
        <translation>luku, enintään {high}</translation>
    </message>
    <message>
        <source>a number greater than {low} and below {high}</source>
        <translation>luku, yli {low} ja alle {high}</translation>
    </message>
    <message>
        <source>a number greater than {low} and at most {high}</source>
        <translation>luku, yli {low} ja enintään {high}</translation>
    </message>
    <message>
        <source>a number of at least {low} and below {high}</source>
        <translation>luku, vähintään {low} ja alle {high}</translation>
    </message>
    <message>
        <source>a text of {low} to {high} characters</source>
        <translation>teksti, {low}–{high} merkkiä</translation>
    </message>
    <message>
        <source>a text of at least {low} characters</source>
        <translation>teksti, vähintään {low} merkkiä</translation>
    </message>
    <message>
        <source>a text of at most {high} characters</source>
        <translation>teksti, enintään {high} merkkiä</translation>
    </message>
    <message>
        <source>must list {low} to {high} items, got {got}</source>
        <translation>pitää sisältää {low}–{high} kohdetta; annettu {got}</translation>
    </message>
    <message>
        <source>must list at least {low} items, got {got}</source>
        <translation>pitää sisältää vähintään {low} kohdetta; annettu {got}</translation>
    </message>
    <message>
        <source>must list at most {high} items, got {got}</source>
        <translation>saa sisältää enintään {high} kohdetta; annettu {got}</translation>
    </message>
    <message>
        <source>must be {what}, got {value}</source>
        <translation>pitää olla {what}; annettu {value}</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>pitää olla true tai false; annettu {value}</translation>
    </message>
    <message>
        <source>must be one of {words}, got {value}</source>
        <translation>pitää olla jokin näistä: {words}; annettu {value}</translation>
    </message>
    <message>
        <source>unknown field (known here: {known})</source>
        <translation>tuntematon kenttä (tässä tunnetut: {known})</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>pakollinen kenttä puuttuu</translation>
    </message>
    <message>
        <source>text matching {pattern}</source>
        <translation>teksti, joka vastaa lauseketta {pattern}</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>teksti lainausmerkeissä</translation>
    </message>
    <message>
        <source>must be {what}, got {value} ({n} characters)</source>
        <translation>pitää olla {what}; annettu {value} ({n} merkkiä)</translation>
    </message>
    <message>
        <source>duplicate {key} {value}</source>
        <translation>{key} {value} on kahteen kertaan</translation>
    </message>
    <message>
        <source>{cost} is above the price {price}: every sale loses money</source>
        <translation>{cost} on yli hinnan {price}: jokainen myynti tuottaa tappiota</translation>
    </message>
    <message>
        <source>unknown product {sku}</source>
        <translation>tuntematon tuote {sku}</translation>
    </message>
    <message>
        <source>lists the same product twice</source>
        <translation>sama tuote on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>{price} is not below the items&apos; full price {full}</source>
        <translation>{price} ei ole alle tuotteiden täyden hinnan {full}</translation>
    </message>
    <message>
        <source>{at} is not mm:ss (for example &quot;02:30&quot;)</source>
        <translation>{at} ei ole muotoa mm:ss (esimerkiksi &quot;02:30&quot;)</translation>
    </message>
    <message>
        <source>{at} is after the end of the live ({minutes} min)</source>
        <translation>{at} on liven päättymisen jälkeen ({minutes} min)</translation>
    </message>
    <message>
        <source>{value} is mapped to two products, {here} here and {first} in {first_at}</source>
        <translation>{value} on liitetty kahteen tuotteeseen: tässä {here} ja kohdassa {first_at} {first}</translation>
    </message>
    <message>
        <source>{value} is mapped to two products, {here} here and {first} in {first_at} (Shopify looks a line up by its variant id and its SKU alike)</source>
        <translation>{value} on liitetty kahteen tuotteeseen: tässä {here} ja kohdassa {first_at} {first} (Shopify hakee rivin sekä variantin tunnuksella että SKU:lla)</translation>
    </message>
    <message>
        <source>unknown preset {target} for action {action}</source>
        <translation>tuntematon esiasetus {target} toimenpiteelle {action}</translation>
    </message>
    <message>
        <source>unknown segment {target} for action {action}</source>
        <translation>tuntematon osio {target} toimenpiteelle {action}</translation>
    </message>
    <message>
        <source>unknown kit {target} for action {action}</source>
        <translation>tuntematon tuotepaketti {target} toimenpiteelle {action}</translation>
    </message>
    <message>
        <source>lists {values} twice</source>
        <translation>{values} on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>at most this many talking points a segment: more would not fit the host view in readable type at most this many [live] tags: a plan&apos;s tags name the kind of live (&quot;black-friday&quot;, &quot;kitchen&quot;), not its contents</extracomment>
        <translation>tiedostoa ei löydy</translation>
    </message>
    <message>
        <source>not UTF-8 text ({reason} at byte {at})</source>
        <translation>ei UTF-8-tekstiä ({reason} tavussa {at})</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>ei voi lukea: {why}</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>ei kelvollista TOMLia: {error}</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>Flash offer &apos;{name}&apos;</source>
        <translation>Pikatarjous ”{name}”</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos;</source>
        <translation>Osio ”{name}”</translation>
    </message>
    <message>
        <source>Kit &apos;{name}&apos;</source>
        <translation>Tuotepaketti ”{name}”</translation>
    </message>
    <message>
        <source>Note &apos;{name}&apos;</source>
        <translation>Muistiinpano ”{name}”</translation>
    </message>
    <message>
        <source>Flash offer &apos;{name}&apos; ({state}: {why})</source>
        <translation>Pikatarjous ”{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos; ({state}: {why})</source>
        <translation>Osio ”{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>Kit &apos;{name}&apos; ({state}: {why})</source>
        <translation>Tuotepaketti ”{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>Note &apos;{name}&apos; ({state}: {why})</source>
        <translation>Muistiinpano ”{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>an action&apos;s status as a tick&apos;s words say it</extracomment>
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
        <source>no answer</source>
        <translation>ei vastausta</translation>
    </message>
    <message>
        <source>Note: {label}</source>
        <translation>Muistiinpano: {label}</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>ladataan</translation>
    </message>
    <message>
        <source>Moment marked (Ctrl+M)</source>
        <translation>Merkitty hetki (Ctrl+M)</translation>
    </message>
    <message>
        <source>The note at {when} could not be saved to {error}</source>
        <translation>Muistiinpanoa kohdassa {when} ei voitu tallentaa: {error}</translation>
    </message>
    <message>
        <source>Note saved at {when} — in the report once it is written again (Ctrl+R)</source>
        <translation>Muistiinpano tallennettu kohtaan {when} — näkyy raportissa, kun raportti luodaan uudelleen (Ctrl+R)</translation>
    </message>
    <message>
        <source>loading {progress}</source>
        <translation>ladataan {progress}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tauolla</translation>
    </message>
    <message>
        <source>{how} · indexing {progress}</source>
        <translation>{how} · indeksoidaan {progress}</translation>
    </message>
    <message>
        <source>--at {spec}: expected MM:SS (e.g. 45:00) or a percentage (e.g. 50%)</source>
        <translation>--at {spec}: odotettiin MM:SS (esim. 45:00) tai prosenttia (esim. 50%)</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Library of lives: {said}</source>
        <translation>Live-kirjasto: {said}</translation>
    </message>
    <message>
        <source>exit {code}</source>
        <translation>paluuarvo {code}</translation>
    </message>
    <message>
        <source>Not added to the library of lives: {reason}</source>
        <translation>Ei lisätty live-kirjastoon: {reason}</translation>
    </message>
    <message>
        <source>the report could not be written (exit {code})</source>
        <translation>raporttia ei voitu luoda (paluuarvo {code})</translation>
    </message>
    <message>
        <source>still adding after {seconds} s, stopped</source>
        <translation>lisäys yhä kesken {seconds} s:n jälkeen, keskeytettiin</translation>
    </message>
</context>
<context>
    <name>Seats</name>
    <message>
        <source>a seat&apos;s name has 1 to {most} characters (got {got})</source>
        <extracomment>Largest frame a client accepts; a larger one is rejected unread (bytes). the events that put an operator&apos;s action on air (or take it off): each names the action_id it answers The seat that sends an action request (docs/protocol.md, section 6): its name, percent-encoded UTF-8.</extracomment>
        <translation>paikan nimessä on 1–{most} merkkiä (nyt {got})</translation>
    </message>
    <message>
        <source>a seat&apos;s name has printable characters only (no control characters or line breaks)</source>
        <translation>paikan nimessä saa olla vain tulostettavia merkkejä (ei ohjausmerkkejä eikä rivinvaihtoja)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>damaged session file</source>
        <extracomment>version -&gt; DDL that brings a file from version-1 to version</extracomment>
        <translation>vioittunut istuntotiedosto</translation>
    </message>
    <message>
        <source>cannot be opened for recording</source>
        <translation>ei voi avata tallennusta varten</translation>
    </message>
    <message>
        <source>{path}: {what} ({error})</source>
        <translation>{path}: {what} ({error})</translation>
    </message>
    <message>
        <source>{path} is being recorded by another console (another seat on this machine?): give this one its own file with --session</source>
        <translation>toinen konsoli tallentaa jo tiedostoon {path} (toinen paikka tällä koneella?): anna tälle oma tiedosto valitsimella --session</translation>
    </message>
    <message>
        <source>{path}: no such session file</source>
        <translation>{path}: istuntotiedostoa ei ole</translation>
    </message>
    <message>
        <source>{path}: not a readable session file ({error})</source>
        <translation>{path}: ei luettava istuntotiedosto ({error})</translation>
    </message>
    <message>
        <source>{path}: written by a newer live-console (schema {version}; this one reads up to {ours}); update live-console to open it</source>
        <translation>{path}: kirjoitettu uudemmalla live-consolella (skeema {version}; tämä lukee versioon {ours} asti); päivitä live-console avataksesi sen</translation>
    </message>
    <message>
        <source>{path}: not a live-console session file (missing {tables})</source>
        <translation>{path}: ei live-consolen istuntotiedosto (puuttuu {tables})</translation>
    </message>
    <message>
        <source>{path}: the session file is damaged ({error})</source>
        <translation>{path}: istuntotiedosto on vioittunut ({error})</translation>
    </message>
    <message>
        <source>{path}: schema {version} is newer than this live-console ({ours})</source>
        <translation>{path}: skeema {version} on uudempi kuin tämä live-console ({ours})</translation>
    </message>
    <message>
        <source>{path}: no checkpoint at seq {seq}</source>
        <extracomment>events per decode call: one C call per batch keeps seeking fast at most this many characters of raws in one frame: at most 4 bytes each in UTF-8, so a frame always stays under the decoder&apos;s 4 MiB limit (2,000 typical events take ~400 KB; only unusually long ones ever split a batch) a seq beyond any recorded one: &quot;to the end of the file&quot;</extracomment>
        <translation>{path}: ei tarkistuspistettä kohdassa seq {seq}</translation>
    </message>
    <message>
        <source>the session recorder stopped: {error}; events are no longer written</source>
        <translation>istunnon tallennus pysähtyi: {error}; tapahtumia ei enää kirjoiteta</translation>
    </message>
    <message>
        <source>cannot write the session file {path}: {error}</source>
        <translation>istuntotiedostoon {path} ei voi kirjoittaa: {error}</translation>
    </message>
    <message>
        <source>{path} (recorded plan)</source>
        <translation>{path} (tallennettu suunnitelma)</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>no display found (DISPLAY is not set). Run from a desktop session, or add --offscreen to run headless (with --screenshot PNG to see the window).</source>
        <extracomment>what the offscreen platform still needs what Qt&apos;s Wayland plugin needs beyond the wheels</extracomment>
        <translation>näyttöä ei löytynyt (DISPLAY ei ole asetettu). Käynnistä työpöytäistunnosta tai lisää --offscreen ajaaksesi ilman näyttöä (ikkunan näet valitsimella --screenshot PNG).</translation>
    </message>
    <message>
        <source>the system libraries Qt needs to open a window are missing. Install them with:
    sudo apt-get install -y {packages}
(or run headless with --offscreen)</source>
        <translation>Qt:n ikkunan avaamiseen tarvitsemat järjestelmäkirjastot puuttuvat. Asenna ne komennolla:
    sudo apt-get install -y {packages}
(tai aja ilman näyttöä valitsimella --offscreen)</translation>
    </message>
</context>
<context>
    <name>WallStatus</name>
    <message>
        <source>writing the report…</source>
        <translation>luodaan raporttia…</translation>
    </message>
    <message>
        <source>report opened</source>
        <translation>raportti avattu</translation>
    </message>
    <message>
        <source>report failed: {error}</source>
        <translation>raportin luonti epäonnistui: {error}</translation>
    </message>
    <message>
        <source>connecting to the bus…</source>
        <extracomment>a live that ended longer ago than this is not brought back onto the wall (yesterday&apos;s lives are the library&apos;s) a registry entry still &quot;on air&quot; but not refreshed for this long: its producer died long ago, nobody is on air</extracomment>
        <translation>yhdistetään väylään…</translation>
    </message>
    <message>
        <source>bus {where}: no live has been published to it yet</source>
        <translation>väylä {where}: sille ei ole vielä julkaistu yhtään liveä</translation>
    </message>
    <message>
        <source>bus {where}</source>
        <translation>väylä {where}</translation>
    </message>
    <message>
        <source>bus {where}: connection lost, reconnecting</source>
        <translation>väylä {where}: yhteys katkesi, yhdistetään uudelleen</translation>
    </message>
    <message>
        <source>bus {where} refused the wall&apos;s credentials (LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>väylä {where} hylkäsi seinänäytön tunnistetiedot (LIVE_CONSOLE_NATS_*: docs/bus.md)</translation>
    </message>
    <message>
        <source>bus {where} is not answering ({why}); retrying</source>
        <translation>väylä {where} ei vastaa ({why}); yritetään uudelleen</translation>
    </message>
    <message>
        <source>cannot record it to {path}: {error}</source>
        <translation>tallennus tiedostoon {path} ei onnistu: {error}</translation>
    </message>
    <message>
        <source>the registry&apos;s plan of {live_id}</source>
        <translation>rekisterin suunnitelma livelle {live_id}</translation>
    </message>
    <message>
        <source>its plan could not be read ({error})</source>
        <translation>sen suunnitelmaa ei voitu lukea ({error})</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>ei vastausta {seconds} s:n kuluessa</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>avataan…</translation>
    </message>
    <message>
        <source>could not open its console: {why}</source>
        <translation>konsolia ei voitu avata: {why}</translation>
    </message>
    <message>
        <source>exit {code}</source>
        <translation>paluuarvo {code}</translation>
    </message>
</context>
</TS>
