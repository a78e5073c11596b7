<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>History</name>
    <message>
        <source>sag: {flagged} of {lives} lives below own median</source>
        <translation>notkahdus: {flagged}/{lives} liveä oman mediaanin alla</translation>
    </message>
    <message>
        <source>dip most often, not sure yet: {flagged} of {lives} lives below own median</source>
        <translation>notkahtaa useimmiten, ei vielä varma: {flagged}/{lives} liveä oman mediaanin alla</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Katsojat</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes</source>
        <translation>Tilaukset / 1 000 katseluminuuttia</translation>
    </message>
    <message>
        <source>Cart abandonment: abandoned / opened (%)</source>
        <translation>Hylätyt ostoskorit: hylätyt / avatut (%)</translation>
    </message>
    <message>
        <source>live (date, month-day)</source>
        <translation>live (päivä, kk-pv)</translation>
    </message>
    <message>
        <source>Goals: actual as % of target, live by live</source>
        <translation>Tavoitteet: toteuma % tavoitteesta, live kerrallaan</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% tavoitteesta</translation>
    </message>
    <message>
        <source>minute of the live</source>
        <translation>liven minuutti</translation>
    </message>
    <message>
        <source>average of {lives} lives</source>
        <translation>{lives} liven keskiarvo</translation>
    </message>
    <message>
        <source>each of the latest {lives}</source>
        <translation>kukin viimeisimmistä {lives}</translation>
    </message>
    <message>
        <source>each live</source>
        <translation>kukin live</translation>
    </message>
    <message>
        <source>Products: margin against sell-through, latest live (line: from the live before)</source>
        <translation>Tuotteet: kate vs. myyntiaste, viimeisin live (viiva: edellisestä livestä)</translation>
    </message>
    <message>
        <source>sell-through: units sold / stock at the start (%)</source>
        <translation>myyntiaste: myydyt kpl / alkuvarasto (%)</translation>
    </message>
    <message>
        <source>margin: (price − cost) / price (%)</source>
        <translation>kate: (hinta − kustannus) / hinta (%)</translation>
    </message>
    <message>
        <source>Entry channels across lives: conversion (buyers / entered)</source>
        <translation>Liikenteen lähteet kaikissa liveissä: konversio (ostajat / saapuneet)</translation>
    </message>
    <message>
        <source>conversion (%)</source>
        <translation>konversio (%)</translation>
    </message>
    <message>
        <source>Buyers live by live: returning (bottom) and new to the shop (top)</source>
        <translation>Ostajat live kerrallaan: palaavat (alla) ja uudet asiakkaat (päällä)</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>ostajat</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uudet</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>palaavat</translation>
    </message>
    <message>
        <source>Actions: lift of orders per minute in each live (dot), median (bar), interval (line)</source>
        <translation>Toimenpiteet: tilausten nousu minuutissa kussakin livessä (piste), mediaani (palkki), väli (viiva)</translation>
    </message>
    <message>
        <source>lift of orders per minute, % (beyond +{lift} drawn at the edge)</source>
        <translation>tilausten nousu minuutissa, % (yli +{lift} piirretään reunaan)</translation>
    </message>
    <message>
        <source>Compared lives: revenue added up minute by minute (shaded: the minutes compared)</source>
        <translation>Verratut livet: kertynyt myynti minuutti minuutilta (varjostus: verratut minuutit)</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>osittainen</translation>
    </message>
    <message>
        <source>no revenue from its feed</source>
        <translation>ei myyntiä syötteessä</translation>
    </message>
    <message>
        <source>the flash offer &quot;{label}&quot;</source>
        <translation>pikatarjous &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>switching to the segment &quot;{label}&quot;</source>
        <translation>vaihto osioon &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>the kit &quot;{label}&quot;</source>
        <translation>tuotepaketti &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>{kind} &quot;{label}&quot;</source>
        <translation>{kind} &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>{action}: no measured lift in these lives.</source>
        <translation>{action}: näissä liveissä ei mitattua nousua.</translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}; sign test p {p}).</source>
        <translation>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median} ({confidence} väli {low} … {high}; merkkitesti p {p}).</numerusform>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median} ({confidence} väli {low} … {high}; merkkitesti p {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}).</source>
        <translation>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median} ({confidence} väli {low} … {high}).</numerusform>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median} ({confidence} väli {low} … {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} (sign test p {p}; too few lives for an interval).</source>
        <translation>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median} (merkkitesti p {p}; liian vähän livejä välille).</numerusform>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median} (merkkitesti p {p}; liian vähän livejä välille).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median}.</source>
        <translation>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median}.</numerusform>
            <numerusform>{action} nosti tilauksia {lifted}/%n livessä, mediaani {median}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Only %n lives: too few to tell.</source>
        <translation>
            <numerusform> Vain %n live: liian vähän arvioitavaksi.</numerusform>
            <numerusform> Vain %n liveä: liian vähän arvioitavaksi.</numerusform>
        </translation>
    </message>
    <message>
        <source> Promising, not proven: more lives will tell.</source>
        <translation> Lupaava, ei todistettu: lisää livejä tarvitaan.</translation>
    </message>
    <message>
        <source> It works.</source>
        <translation> Toimii.</translation>
    </message>
    <message>
        <source> It hurts.</source>
        <translation> Haittaa.</translation>
    </message>
    <message numerus="yes">
        <source>{advice} (raised %n times)</source>
        <translation>
            <numerusform>{advice} (näytetty %n kerran)</numerusform>
            <numerusform>{advice} (näytetty %n kertaa)</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice}: no lift was measured after it.</source>
        <translation>{advice}: sen jälkeen ei mitattu nousua.</translation>
    </message>
    <message numerus="yes">
        <source>when taken, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>toteutettuna tilaukset minuutissa nousivat sen jälkeen {lifted}/%n livessä (mediaani {median})</numerusform>
            <numerusform>toteutettuna tilaukset minuutissa nousivat sen jälkeen {lifted}/%n livessä (mediaani {median})</numerusform>
        </translation>
    </message>
    <message>
        <source>never taken</source>
        <translation>ei koskaan toteutettu</translation>
    </message>
    <message>
        <source>no lift measured after it when dismissed or left to expire</source>
        <translation>ohitettuna tai vanhentuneena ei mitattua nousua</translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>ohitettuna tai vanhentuneena {lifted}/%n livessä (mediaani {median})</numerusform>
            <numerusform>ohitettuna tai vanhentuneena {lifted}/%n livessä (mediaani {median})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>ohitettuna tai vanhentuneena tilaukset minuutissa nousivat sen jälkeen {lifted}/%n livessä (mediaani {median})</numerusform>
            <numerusform>ohitettuna tai vanhentuneena tilaukset minuutissa nousivat sen jälkeen {lifted}/%n livessä (mediaani {median})</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice}: {taken}; {other}.</source>
        <translation>{advice}: {taken}; {other}.</translation>
    </message>
    <message numerus="yes">
        <source> Taken in only %n lives: too few to tell.</source>
        <translation>
            <numerusform> Toteutettu vain %n livessä: liian vähän arvioitavaksi.</numerusform>
            <numerusform> Toteutettu vain %n livessä: liian vähän arvioitavaksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>{goal} (max)</source>
        <translation>{goal} (enintään)</translation>
    </message>
    <message>
        <source>rising by {step} a live (improving)</source>
        <translation>nousee {step} per live (paranee)</translation>
    </message>
    <message>
        <source>rising by {step} a live (worsening)</source>
        <translation>nousee {step} per live (heikkenee)</translation>
    </message>
    <message>
        <source>falling by {step} a live (improving)</source>
        <translation>laskee {step} per live (paranee)</translation>
    </message>
    <message>
        <source>falling by {step} a live (worsening)</source>
        <translation>laskee {step} per live (heikkenee)</translation>
    </message>
    <message>
        <source>{goal}: no full recording has an actual for it.</source>
        <translation>{goal}: yhdelläkään täydellä tallenteella ei ole toteumaa.</translation>
    </message>
    <message numerus="yes">
        <source>{goal}: met in {met} of %n full recordings</source>
        <translation>
            <numerusform>{goal}: saavutettu {met}/%n täydessä tallenteessa</numerusform>
            <numerusform>{goal}: saavutettu {met}/%n täydessä tallenteessa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives: too few for a trend</source>
        <translation>
            <numerusform>%n live: liian vähän trendiin</numerusform>
            <numerusform>%n liveä: liian vähän trendiin</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>{sentence}; {trend}.</source>
        <translation>{sentence}; {trend}.</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} %-yks.</translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>Tilaukset / 1 000 katseluminuuttia notkahtavat minuuteilla {start}–{end}: liven oman mediaanijakson alla {flagged}/%n livessä, joka tallensi ne kokonaan ({test}).</numerusform>
            <numerusform>Tilaukset / 1 000 katseluminuuttia notkahtavat minuuteilla {start}–{end}: liven oman mediaanijakson alla {flagged}/%n livessä, jotka tallensivat ne kokonaan ({test}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag most often in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>Tilaukset / 1 000 katseluminuuttia notkahtavat useimmin minuuteilla {start}–{end}: liven oman mediaanijakson alla {flagged}/%n livessä, joka tallensi ne kokonaan, liian vähän varmuuteen ({test}; jakso vaatii p &lt; {needs}).</numerusform>
            <numerusform>Tilaukset / 1 000 katseluminuuttia notkahtavat useimmin minuuteilla {start}–{end}: liven oman mediaanijakson alla {flagged}/%n livessä, jotka tallensivat ne kokonaan, liian vähän varmuuteen ({test}; jakso vaatii p &lt; {needs}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>Ostoskoreja hylätään eniten minuuteilla {start}–{end}: liven oman mediaanijakson yllä {flagged}/%n livessä, joka tallensi ne kokonaan ({test}).</numerusform>
            <numerusform>Ostoskoreja hylätään eniten minuuteilla {start}–{end}: liven oman mediaanijakson yllä {flagged}/%n livessä, jotka tallensivat ne kokonaan ({test}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most most often in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>Eniten ostoskoreja hylätään useimmiten minuuteilla {start}–{end}: liven oman mediaanijakson yllä {flagged}/%n livessä, joka tallensi ne kokonaan; liian vähän varmuuteen ({test}; jakso vaatii p &lt; {needs}).</numerusform>
            <numerusform>Eniten ostoskoreja hylätään useimmiten minuuteilla {start}–{end}: liven oman mediaanijakson yllä {flagged}/%n livessä, jotka tallensivat ne kokonaan; liian vähän varmuuteen ({test}; jakso vaatii p &lt; {needs}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sign test p {p}, %n bands tested</source>
        <extracomment>a segment is named in the section&apos;s words from this many lives (the page&apos;s floor for saying more than a count) and told to keep or change from this many: the fewest lives in which the playbook&apos;s sign test can reach 5% (docs/library.md, &quot;Playbook&quot;), so the page never advises a move the playbook and plan suggest would not make</extracomment>
        <translation>
            <numerusform>merkkitesti p {p}, %n jakso testattu</numerusform>
            <numerusform>merkkitesti p {p}, %n jaksoa testattu</numerusform>
        </translation>
    </message>
    <message>
        <source>No band of minutes where orders per 1,000 viewer-minutes fall below the live&apos;s own median band in most lives.</source>
        <translation>Ei minuuttijaksoa, jolla tilaukset / 1 000 katseluminuuttia jäisivät useimmissa liveissä liven oman mediaanijakson alle.</translation>
    </message>
    <message numerus="yes">
        <source>Viewers peak at minute {minute} on median (from minute {first} to {last} across %n lives).</source>
        <translation>
            <numerusform>Katsojahuippu on mediaanina minuutilla {minute} (minuuteilla {first}–{last}, %n live).</numerusform>
            <numerusform>Katsojahuippu on mediaanina minuutilla {minute} (minuuteilla {first}–{last}, %n liveä).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives</source>
        <translation>
            <numerusform>%n live</numerusform>
            <numerusform>%n liveä</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewers stay best through &quot;{best}&quot; ({best_rate} leaves per 1,000 viewer-minutes over {best_lives}) and leave fastest during &quot;{worst}&quot; ({worst_rate}, {worst_lives}).</source>
        <translation>Katsojat pysyvät parhaiten osiossa &quot;{best}&quot; ({best_rate} poistumista / 1 000 katseluminuuttia, {best_lives}) ja poistuvat nopeimmin osiossa &quot;{worst}&quot; ({worst_rate}, {worst_lives}).</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; converts best: {rate} orders per 1,000 viewer-minutes over {lives}.</source>
        <translation>&quot;{segment}&quot; konvertoi parhaiten: {rate} tilausta / 1 000 katseluminuuttia, {lives}.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments run in fewer than {lives} lives are in the table only: too few lives to rank in words.</source>
        <translation>
            <numerusform>%n osio, jota on ajettu alle {lives} livessä, on vain taulukossa: liian vähän livejä sanalliseen järjestykseen.</numerusform>
            <numerusform>%n osiota, joita on ajettu alle {lives} livessä, on vain taulukossa: liian vähän livejä sanalliseen järjestykseen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop (first live {first}, latest {latest}).</source>
        <translation>
            <numerusform>{share} tämän %n liven {buyers} ostajasta oli uusia asiakkaita (ensimmäinen live {first}, viimeisin {latest}).</numerusform>
            <numerusform>{share} näiden %n liven {buyers} ostajasta oli uusia asiakkaita (ensimmäinen live {first}, viimeisin {latest}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop.</source>
        <translation>
            <numerusform>{share} tämän %n liven {buyers} ostajasta oli uusia asiakkaita.</numerusform>
            <numerusform>{share} näiden %n liven {buyers} ostajasta oli uusia asiakkaita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions lift orders: see Which actions work.</source>
        <translation>
            <numerusform>Vielä %n toimenpide nostaa tilauksia: katso Mitkä toimenpiteet toimivat.</numerusform>
            <numerusform>%n toimenpidettä lisää nostaa tilauksia: katso Mitkä toimenpiteet toimivat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions cost orders: see Which actions work.</source>
        <translation>
            <numerusform>Vielä %n toimenpide vähentää tilauksia: katso Mitkä toimenpiteet toimivat.</numerusform>
            <numerusform>%n toimenpidettä lisää vähentää tilauksia: katso Mitkä toimenpiteet toimivat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end} in {flagged} of %n lives (sign test p {p}): plan a cue or an offer there.</source>
        <translation>
            <numerusform>Tilaukset / 1 000 katseluminuuttia notkahtavat minuuteilla {start}–{end} {flagged}/%n livessä (merkkitesti p {p}): suunnittele siihen cue tai tarjous.</numerusform>
            <numerusform>Tilaukset / 1 000 katseluminuuttia notkahtavat minuuteilla {start}–{end} {flagged}/%n livessä (merkkitesti p {p}): suunnittele siihen cue tai tarjous.</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} ja {more} muuta</translation>
    </message>
    <message>
        <source>Fell to review (thin margin, slow) in their latest live: {names}.</source>
        <translation>Pudonneet tarkistettaviin (ohut kate, hidas) viimeisimmässä livessään: {names}.</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; keeps viewers best of the {segments} segments run in {lives} lives or more ({rate} leaves per 1,000 viewer-minutes over {over}).</source>
        <translation>&quot;{segment}&quot; pitää katsojat parhaiten {segments} osiosta, joita on ajettu vähintään {lives} livessä ({rate} poistumista / 1 000 katseluminuuttia, {over}).</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; loses viewers fastest of the {segments} segments run in {lives} lives or more ({rate} leaves per 1,000 viewer-minutes over {over}): shorten it or move it.</source>
        <translation>&quot;{segment}&quot; menettää katsojia nopeimmin {segments} osiosta, joita on ajettu vähintään {lives} livessä ({rate} poistumista / 1 000 katseluminuuttia, {over}): lyhennä tai siirrä se.</translation>
    </message>
    <message>
        <source>The library {library} holds no live yet: add session files with `live-console library add FILE...` (or name another with --library).</source>
        <extracomment>the columns the page reads of each table: only these are copied into the page&apos;s own tables</extracomment>
        <translation>Live-kirjastossa {library} ei ole vielä yhtään liveä: lisää istuntotiedostoja komennolla `live-console library add FILE...` (tai valitse toinen kirjasto valitsimella --library).</translation>
    </message>
    <message>
        <source>plans: {names}</source>
        <translation>suunnitelmat: {names}</translation>
    </message>
    <message>
        <source>no plan names</source>
        <translation>ei suunnitelmien nimiä</translation>
    </message>
    <message>
        <source>tags: {names}</source>
        <translation>tagit: {names}</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>ei tageja</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n live(s), from {first} to {last}; {plans}; {tags}</source>
        <translation>
            <numerusform>siinä on %n live, {first} – {last}; {plans}; {tags}</numerusform>
            <numerusform>siinä on %n liveä, {first} – {last}; {plans}; {tags}</numerusform>
        </translation>
    </message>
    <message>
        <source>No live in the library {library} matches {filters}: {held}.</source>
        <translation>Mikään kirjaston {library} live ei vastaa rajausta {filters}: {held}.</translation>
    </message>
    <message>
        <source>--compare {name}: no live of the library has this key or live id.</source>
        <translation>--compare {name}: kirjastossa ei ole liveä, jolla on tämä avain tai live-tunnus.</translation>
    </message>
    <message>
        <source>--compare {name}: {lives} lives have this live id ({shown}); name one by its key.</source>
        <translation>--compare {name}: {lives} livellä on tämä live-tunnus ({shown}); valitse yksi avaimella.</translation>
    </message>
    <message>
        <source>--compare {name}: that live is named twice.</source>
        <translation>--compare {name}: sama live on annettu kahdesti.</translation>
    </message>
    <message>
        <source>--compare needs at least two lives.</source>
        <translation>--compare tarvitsee vähintään kaksi liveä.</translation>
    </message>
    <message>
        <source>The library&apos;s {table} table cannot be read ({folder}): {why}</source>
        <translation>Kirjaston taulua {table} ei voi lukea ({folder}): {why}</translation>
    </message>
    <message>
        <source>high margin, sells through</source>
        <translation>korkea kate, myy hyvin</translation>
    </message>
    <message>
        <source>thin margin, sells through</source>
        <translation>ohut kate, myy hyvin</translation>
    </message>
    <message>
        <source>high margin, sells slowly</source>
        <translation>korkea kate, myy hitaasti</translation>
    </message>
    <message>
        <source>thin margin, sells slowly</source>
        <translation>ohut kate, myy hitaasti</translation>
    </message>
    <message>
        <source>star</source>
        <extracomment>the words shown for a quadrant, a verdict, a trend (the values themselves stay in the tables&apos; CSV)</extracomment>
        <translation>tähti</translation>
    </message>
    <message>
        <source>traffic builder</source>
        <translation>sisäänheittotuote</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>erikoistuote</translation>
    </message>
    <message>
        <source>review</source>
        <translation>tarkistettava</translation>
    </message>
    <message>
        <source>works</source>
        <translation>toimii</translation>
    </message>
    <message>
        <source>promising, not proven</source>
        <translation>lupaava, ei todistettu</translation>
    </message>
    <message>
        <source>no clear effect</source>
        <translation>ei selvää vaikutusta</translation>
    </message>
    <message>
        <source>hurts</source>
        <translation>haittaa</translation>
    </message>
    <message>
        <source>too few lives to tell</source>
        <translation>liian vähän livejä</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>nouseva</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>laskeva</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>tasainen</translation>
    </message>
    <message>
        <source>Cart abandonment (max)</source>
        <translation>Hylätyt ostoskorit (enintään)</translation>
    </message>
    <message>
        <source>since {date}</source>
        <extracomment>live-by-live charts (goals, buyers) draw the latest this many lives: a thousand bars are a smear what the data says of an action or an advice (stats.effect_verdict)</extracomment>
        <translation>{date} alkaen</translation>
    </message>
    <message>
        <source>plan &quot;{plan}&quot;</source>
        <translation>suunnitelma &quot;{plan}&quot;</translation>
    </message>
    <message>
        <source>tag &quot;{tag}&quot;</source>
        <translation>tagi &quot;{tag}&quot;</translation>
    </message>
    <message>
        <source>No full minute is common to the {lives} lives (one recorded less than a minute): they are compared per minute of their own recordings only.</source>
        <translation>{lives} livellä ei ole yhteistä täyttä minuuttia (yksi tallensi alle minuutin): niitä verrataan vain oman tallenteensa minuuttikohtaisesti.</translation>
    </message>
    <message>
        <source>Over minutes 0–{last} (the first {span} full minutes), the span both recorded; per minute and per viewer over each live&apos;s own recording beside it.</source>
        <translation>Minuutit 0–{last} (ensimmäiset {span} täyttä minuuttia), jakso, jonka molemmat tallensivat; vieressä minuuttia ja katsojaa kohden kunkin liven omasta tallenteesta.</translation>
    </message>
    <message>
        <source>Over minutes 0–{last} (the first {span} full minutes), the span all {lives} recorded; per minute and per viewer over each live&apos;s own recording beside it.</source>
        <translation>Minuutit 0–{last} (ensimmäiset {span} täyttä minuuttia), jakso, jonka kaikki {lives} tallensivat; vieressä minuuttia ja katsojaa kohden kunkin liven omasta tallenteesta.</translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first} to {last}</source>
        <translation>
            <numerusform>%n liven historia, {first} – {last}</numerusform>
            <numerusform>%n liven historia, {first} – {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first}</source>
        <translation>
            <numerusform>%n liven historia, {first}</numerusform>
            <numerusform>%n liven historia, {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives</source>
        <translation>
            <numerusform>%n liven historia</numerusform>
            <numerusform>%n liven historia</numerusform>
        </translation>
    </message>
    <message>
        <source>Library {folder}</source>
        <translation>Kirjasto {folder}</translation>
    </message>
    <message>
        <source>lives filtered by {filters}</source>
        <translation>livet rajattu: {filters}</translation>
    </message>
    <message>
        <source>every live in it</source>
        <translation>kaikki sen livet</translation>
    </message>
    <message numerus="yes">
        <source>%n partial recordings (marked; left out of goal counts)</source>
        <translation>
            <numerusform>%n osittainen tallenne (merkitty; ei tavoitelaskuissa)</numerusform>
            <numerusform>%n osittaista tallennetta (merkitty; ei tavoitelaskuissa)</numerusform>
        </translation>
    </message>
    <message>
        <source>median of the lives</source>
        <translation>livejen mediaani</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation>Livet</translation>
    </message>
    <message>
        <source>{lives} partial</source>
        <translation>{lives} osittaista</translation>
    </message>
    <message>
        <source>all recorded in full</source>
        <translation>kaikki tallennettu kokonaan</translation>
    </message>
    <message>
        <source>GMV, all lives</source>
        <translation>GMV (myynti), kaikki livet</translation>
    </message>
    <message>
        <source>median {gmv} a live</source>
        <translation>mediaani {gmv} / live</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Katsojahuippu</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Tavoitteet saavutettu</translation>
    </message>
    <message>
        <source>{met} of {counted}</source>
        <translation>{met}/{counted}</translation>
    </message>
    <message>
        <source>goal × live, full recordings</source>
        <translation>tavoite × live, täydet tallenteet</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Uudet ostajat</translation>
    </message>
    <message>
        <source>of all buyers</source>
        <translation>kaikista ostajista</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Yhdellä silmäyksellä</translation>
    </message>
    <message>
        <source>Nothing stands out yet as worth keeping.</source>
        <translation>Mikään ei vielä erotu säilyttämisen arvoisena.</translation>
    </message>
    <message>
        <source>Nothing stands out as needing a change.</source>
        <translation>Mikään ei erotu muutosta vaativana.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muuta</translation>
    </message>
    <message numerus="yes">
        <source>Only %n lives: patterns across lives need at least three, so read what follows as notes, not rules.</source>
        <translation>
            <numerusform>Vain %n live: livejen väliset säännönmukaisuudet vaativat vähintään kolme, joten lue seuraava muistiinpanoina, ei sääntöinä.</numerusform>
            <numerusform>Vain %n liveä: livejen väliset säännönmukaisuudet vaativat vähintään kolme, joten lue seuraava muistiinpanoina, ei sääntöinä.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to keep, what to change</source>
        <translation>Mitä säilyttää, mitä muuttaa</translation>
    </message>
    <message>
        <source>partial recording</source>
        <translation>osittainen tallenne</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Full minutes</source>
        <translation>Täydet min</translation>
    </message>
    <message>
        <source>GMV in span</source>
        <translation>GMV jaksolla</translation>
    </message>
    <message>
        <source>vs first</source>
        <translation>vs. ensimmäinen</translation>
    </message>
    <message>
        <source>Orders in span</source>
        <translation>Tilaukset jaksolla</translation>
    </message>
    <message>
        <source>Orders / 1,000 viewer-min in span</source>
        <translation>Tilaukset / 1 000 katselumin jaksolla</translation>
    </message>
    <message>
        <source>Abandonment in span</source>
        <translation>Hylätyt korit jaksolla</translation>
    </message>
    <message>
        <source>GMV per minute (own)</source>
        <translation>GMV / min (oma)</translation>
    </message>
    <message>
        <source>The first live named is the reference. In span: minutes 0 to the last full minute every compared live recorded. Orders per 1,000 viewer-minutes: the span&apos;s orders over the sum of its minutes&apos; viewers, so a bigger room does not read as a better live. GMV per minute: over each live&apos;s own full minutes.</source>
        <translation>Ensimmäinen nimetty live on vertailukohta. Jaksolla: minuutit 0:sta viimeiseen täyteen minuuttiin, jonka jokainen verrattu live tallensi. Tilaukset / 1 000 katseluminuuttia: jakson tilaukset jaettuna sen minuuttien katsojien summalla, jotta isompi yleisö ei näytä paremmalta liveltä. GMV minuutissa: kunkin liven omista täysistä minuuteista.</translation>
    </message>
    <message>
        <source>compared lives</source>
        <translation>verratut livet</translation>
    </message>
    <message>
        <source>Revenue added up minute by minute; the shaded band is the span compared.</source>
        <translation>Kertynyt myynti minuutti minuutilta; varjostettu alue on verrattu jakso.</translation>
    </message>
    <message numerus="yes">
        <source>%n lives compared</source>
        <translation>
            <numerusform>%n live verrattu</numerusform>
            <numerusform>%n liveä verrattu</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest first; the figures of each live&apos;s report. The latest {shown} of {lives}; tables/lives.csv lists every one.</source>
        <translation>Uusin ensin; kunkin liven raportin luvut. Viimeisimmät {shown}/{lives}; tables/lives.csv listaa kaikki.</translation>
    </message>
    <message>
        <source>Latest first; the figures of each live&apos;s report.</source>
        <translation>Uusin ensin; kunkin liven raportin luvut.</translation>
    </message>
    <message>
        <source>The lives</source>
        <translation>Livet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>GMV</source>
        <extracomment>each goal&apos;s words, as the library stores them (English, whatever the language of the console that added the live) and as the page shows them (translated)</extracomment>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>Hylätyt korit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Advice taken</source>
        <translation>Suosituksia toteutettu</translation>
    </message>
    <message>
        <source>Every figure is added up from the lives&apos; own reports as the library holds them ({folder}); tables/*.csv hold every row, charts/*.png every chart. Lifts are one value per live (the median of its measurements); how sure a pattern is comes from the sign test and the order-statistics interval of the median (docs/library.md, &quot;History page&quot;).</source>
        <translation>Jokainen luku on laskettu yhteen livejen omista raporteista sellaisina kuin kirjasto ne säilyttää ({folder}); tables/*.csv sisältää kaikki rivit, charts/*.png kaikki kaaviot. Nousut ovat yksi arvo per live (sen mittausten mediaani); säännönmukaisuuden varmuus perustuu merkkitestiin ja mediaanin järjestystunnuslukuväliin (docs/library.md, &quot;History page&quot;).</translation>
    </message>
    <message>
        <source>live by live</source>
        <translation>live kerrallaan</translation>
    </message>
    <message>
        <source>the latest {shown} of {lives} lives</source>
        <translation>viimeisimmät {shown}/{lives} liveä</translation>
    </message>
    <message>
        <source>Goals across lives</source>
        <translation>Tavoitteet liveittäin</translation>
    </message>
    <message>
        <source>No live of these had a plan with goals.</source>
        <translation>Yhdelläkään näistä liveistä ei ollut suunnitelmaa, jossa on tavoitteita.</translation>
    </message>
    <message>
        <source>too few lives ({lives})</source>
        <translation>liian vähän livejä ({lives})</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>paranee</translation>
    </message>
    <message>
        <source>worsening</source>
        <translation>heikkenee</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Lives with it</source>
        <translation>Livejä</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Saavutettu</translation>
    </message>
    <message>
        <source>Latest target</source>
        <translation>Viim. tavoite</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Viim. toteuma</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trendi</translation>
    </message>
    <message>
        <source>Met and trend count the full recordings only (a partial recording&apos;s actual is not the live&apos;s). Trend: the least-squares line through the actuals, live by live; steady when it moves less than 5% of their mean.</source>
        <translation>Saavutettu ja trendi lasketaan vain täysistä tallenteista (osittaisen tallenteen toteuma ei ole liven). Trendi: pienimmän neliösumman suora toteumien läpi, live kerrallaan; tasainen, kun se muuttuu alle 5 % niiden keskiarvosta.</translation>
    </message>
    <message>
        <source>goals across lives</source>
        <translation>tavoitteet liveittäin</translation>
    </message>
    <message>
        <source>Each goal&apos;s actual as a share of its target, {which}; the dashed line is the target. For a maximum (abandonment), under the line is met.</source>
        <translation>Kunkin tavoitteen toteuma osuutena tavoitteesta, {which}; katkoviiva on tavoite. Enimmäistavoitteessa (hylätyt ostoskorit) viivan alapuoli on saavutettu.</translation>
    </message>
    <message>
        <source>Where in a live things happen</source>
        <translation>Missä kohtaa liveä asiat tapahtuvat</translation>
    </message>
    <message>
        <source>No live has a full minute recorded.</source>
        <translation>Yhdessäkään livessä ei ole tallennettu täyttä minuuttia.</translation>
    </message>
    <message>
        <source>viewers by minute</source>
        <translation>katsojat minuuteittain</translation>
    </message>
    <message>
        <source>Concurrent viewers at the end of each minute: the average of the lives that recorded the minute (thick) over each live (grey).</source>
        <translation>Samanaikaiset katsojat kunkin minuutin lopussa: minuutin tallentaneiden livejen keskiarvo (paksu) kunkin liven päällä (harmaa).</translation>
    </message>
    <message>
        <source>orders per 1,000 viewer-minutes by minute</source>
        <translation>tilaukset / 1 000 katseluminuuttia minuuteittain</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes, minute by minute: all lives&apos; orders over all their viewer-minutes (thick), each live (grey). A minute&apos;s viewer-minutes are its viewer count, as for the segments.</source>
        <translation>Tilaukset / 1 000 katseluminuuttia minuutti minuutilta: kaikkien livejen tilaukset jaettuna kaikilla niiden katseluminuuteilla (paksu), kukin live (harmaa). Minuutin katseluminuutit ovat sen katsojamäärä, kuten osioissa.</translation>
    </message>
    <message>
        <source>abandonment by minute</source>
        <translation>hylätyt ostoskorit minuuteittain</translation>
    </message>
    <message>
        <source>Carts abandoned / carts opened, minute by minute, pooled as above.</source>
        <translation>Hylätyt / avatut ostoskorit minuutti minuutilta, yhdistetty kuten yllä.</translation>
    </message>
    <message>
        <source>sags</source>
        <translation>notkahtaa</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>Lives that recorded them in full</source>
        <translation>Livejä, jotka tallensivat ne kokonaan</translation>
    </message>
    <message>
        <source>Below their median band</source>
        <translation>Mediaanijakson alla</translation>
    </message>
    <message>
        <source>Above it</source>
        <translation>Sen yllä</translation>
    </message>
    <message>
        <source>Sign test p</source>
        <translation>Merkkitesti p</translation>
    </message>
    <message>
        <source>The bands most lives sagged in (at most {rows}; tables/windows.csv has every one). Each live&apos;s {band}-minute bands of full minutes (one minute&apos;s orders are too few to judge), their orders per 1,000 viewer-minutes against the live&apos;s own median band: below is a vote for a sag, above one against, at the median none. A band sags when the sign test of the votes is under {needs}: 0.05 shared among the {bands} bands tested, since each band is a test of its own (the playbook&apos;s rule).</source>
        <translation>Jaksot, joilla useimmat livet notkahtivat (enintään {rows}; tables/windows.csv sisältää kaikki). Kunkin liven täysien minuuttien {band} minuutin jaksot (yhden minuutin tilaukset ovat liian vähän arvioitavaksi), niiden tilaukset / 1 000 katseluminuuttia verrattuna liven omaan mediaanijaksoon: alla on ääni notkahdukselle, yllä sitä vastaan, mediaanissa ei kumpaakaan. Jakso notkahtaa, kun äänten merkkitesti on alle {needs}: 0,05 jaettuna {bands} testatun jakson kesken, koska jokainen jakso on oma testinsä (toimintaohjeiston sääntö).</translation>
    </message>
    <message>
        <source>Segments: what kept viewers and what sold</source>
        <translation>Osiot: mikä piti katsojat ja mikä myi</translation>
    </message>
    <message>
        <source>No live of these recorded its segments.</source>
        <translation>Yksikään näistä liveistä ei tallentanut osioitaan.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Sija</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Osio</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ajot</translation>
    </message>
    <message>
        <source>Viewer-minutes</source>
        <translation>Katseluminuutit</translation>
    </message>
    <message>
        <source>Leaves / 1,000 viewer-min</source>
        <translation>Poistumiset / 1 000 katselumin</translation>
    </message>
    <message>
        <source>Orders / 1,000 viewer-min</source>
        <translation>Tilaukset / 1 000 katselumin</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <source>Ranked by dwell: the fewest viewers leaving per viewer-minute on air first. Pooled over every run in every live (all leaves over all viewer-minutes), so a long run weighs more.</source>
        <translation>Järjestetty katseluajan mukaan: vähiten poistuvia katsojia katseluminuuttia kohden ensin. Yhdistetty kaikista ajoista kaikissa liveissä (kaikki poistumiset kaikkien katseluminuuttien yli), joten pitkä ajo painaa enemmän.</translation>
    </message>
    <message>
        <source>Products by quadrant</source>
        <translation>Tuotteet nelikentässä</translation>
    </message>
    <message>
        <source>No product was shown in these lives.</source>
        <translation>Näissä liveissä ei esitelty yhtään tuotetta.</translation>
    </message>
    <message>
        <source>Moved since their previous live: {moves}; and {more} more (tables/products.csv).</source>
        <translation>Siirtyneet edellisestä livestä: {moves}; ja {more} muuta (tables/products.csv).</translation>
    </message>
    <message>
        <source>Moved since their previous live: {moves}.</source>
        <translation>Siirtyneet edellisestä livestä: {moves}.</translation>
    </message>
    <message>
        <source>No product changed quadrant between its last two lives.</source>
        <translation>Yksikään tuote ei vaihtanut kenttää kahden viimeisimmän livensä välillä.</translation>
    </message>
    <message>
        <source>Quadrant in each live: margin against sell-through (units / stock at the start), each split at that live&apos;s median. {quadrants}. No quadrant without a cost (margin) or a stock (sell-through). The first {shown} of {products}; tables/products.csv has every one.</source>
        <translation>Kenttä kussakin livessä: kate vs. myyntiaste (kpl / alkuvarasto), kumpikin jaettuna liven mediaanista. {quadrants}. Ei kenttää ilman kustannusta (kate) tai varastoa (myyntiaste). Ensimmäiset {shown}/{products}; tables/products.csv sisältää kaikki.</translation>
    </message>
    <message>
        <source>Quadrant in each live: margin against sell-through (units / stock at the start), each split at that live&apos;s median. {quadrants}. No quadrant without a cost (margin) or a stock (sell-through).</source>
        <translation>Kenttä kussakin livessä: kate vs. myyntiaste (kpl / alkuvarasto), kumpikin jaettuna liven mediaanista. {quadrants}. Ei kenttää ilman kustannusta (kate) tai varastoa (myyntiaste).</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Latest margin</source>
        <translation>Viim. kate</translation>
    </message>
    <message>
        <source>Latest sell-through</source>
        <translation>Viim. myyntiaste</translation>
    </message>
    <message>
        <source>Quadrant, live by live (latest {shown}, oldest first)</source>
        <translation>Kenttä live kerrallaan (viimeiset {shown}, vanhin ensin)</translation>
    </message>
    <message>
        <source>products by quadrant</source>
        <translation>tuotteet nelikentässä</translation>
    </message>
    <message>
        <source>Each product where it stood in its latest live; the dashed line comes from where it stood the live before.</source>
        <translation>Kukin tuote siinä, missä se oli viimeisimmässä livessään; katkoviiva alkaa sen paikasta edellisessä livessä.</translation>
    </message>
    <message>
        <source>no quadrant</source>
        <translation>ei kenttää</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>Liikenteen lähteet</translation>
    </message>
    <message>
        <source>No live of these recorded its entry channels.</source>
        <translation>Yksikään näistä liveistä ei tallentanut liikenteen lähteitään.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Lähde</translation>
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
        <source>Ad spend</source>
        <translation>Mainoskulut</translation>
    </message>
    <message>
        <source>Best conversion first. Conversion = buyers / viewers who entered through the channel, ROAS = revenue / ad spend, each over every live whose feed gave the figures.</source>
        <translation>Paras konversio ensin. Konversio = ostajat / lähteen kautta saapuneet katsojat, ROAS = myynti / mainoskulut, kumpikin kaikista liveistä, joiden syöte antoi luvut.</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>lähteet</translation>
    </message>
    <message>
        <source>Conversion by entry channel across the lives.</source>
        <translation>Konversio liikenteen lähteittäin kaikissa liveissä.</translation>
    </message>
    <message>
        <source>Entry channels: conversion and ROAS</source>
        <translation>Liikenteen lähteet: konversio ja ROAS</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>Uudet ja palaavat ostajat</translation>
    </message>
    <message>
        <source>No live of these told new buyers from returning ones.</source>
        <translation>Yksikään näistä liveistä ei erottanut uusia ostajia palaavista.</translation>
    </message>
    <message>
        <source>new and returning buyers</source>
        <translation>uudet ja palaavat ostajat</translation>
    </message>
    <message>
        <source>Buyers of each live ({which}), new to the shop on top of returning ones; tables/buyers.csv has the numbers and the revenue of every live.</source>
        <translation>Kunkin liven ostajat ({which}), uudet asiakkaat palaavien päällä; tables/buyers.csv sisältää kunkin liven määrät ja myynnin.</translation>
    </message>
    <message>
        <source>Which actions work</source>
        <translation>Mitkä toimenpiteet toimivat</translation>
    </message>
    <message>
        <source>No action of these lives had a measured effect.</source>
        <translation>Yhdelläkään näiden livejen toimenpiteellä ei ollut mitattua vaikutusta.</translation>
    </message>
    <message>
        <source>The {top} strongest of {actions} actions in words; the table has every one.</source>
        <translation>{top} vahvinta {actions} toimenpiteestä sanoin; taulukossa ovat kaikki.</translation>
    </message>
    <message>
        <source>The {top} strongest of {actions} actions in words; the table has the first {rows}, tables/actions.csv every one.</source>
        <translation>{top} vahvinta {actions} toimenpiteestä sanoin; taulukossa ensimmäiset {rows}, tables/actions.csv:ssä kaikki.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Nousi</translation>
    </message>
    <message>
        <source>Median lift</source>
        <translation>Nousun mediaani</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Median per viewer</source>
        <translation>Mediaani / katsoja</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Lift: orders per minute in the 5 minutes after / before − 1, as the report measures it; each live counts once (the median of its presses). Interval: for the median, from the lives&apos; lifts in order (the sign test inverted), given from six lives up. Per viewer: the same per viewer-minute (a room that grew lifts the raw number). Fewer than {lives} lives: too few to tell.</source>
        <translation>Nousu: tilaukset minuutissa 5 minuuttia jälkeen / ennen − 1, kuten raportti sen mittaa; kukin live lasketaan kerran (sen painallusten mediaani). Väli: mediaanille, livejen nousuista järjestyksessä (käännetty merkkitesti), annetaan kuudesta livestä alkaen. Katsojaa kohden: sama katseluminuuttia kohden (kasvanut yleisö nostaa raakalukua). Alle {lives} liveä: liian vähän arvioitavaksi.</translation>
    </message>
    <message>
        <source>actions across lives</source>
        <translation>toimenpiteet liveittäin</translation>
    </message>
    <message>
        <source>Each dot is one live&apos;s lift; the bar is the median, the line the interval.</source>
        <translation>Kukin piste on yhden liven nousu; palkki on mediaani, viiva väli.</translation>
    </message>
    <message>
        <source>Advice: taken or not</source>
        <translation>Suositukset: toteutettu vai ei</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Suositus</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Näytetty</translation>
    </message>
    <message>
        <source>Taken: lifted</source>
        <translation>Toteutettu: nousi</translation>
    </message>
    <message>
        <source>Taken: median</source>
        <translation>Toteutettu: mediaani</translation>
    </message>
    <message>
        <source>Not taken: lifted</source>
        <translation>Ei toteutettu: nousi</translation>
    </message>
    <message>
        <source>Not taken: median</source>
        <translation>Ei toteutettu: mediaani</translation>
    </message>
    <message>
        <source>When taken</source>
        <translation>Toteutettuna</translation>
    </message>
    <message>
        <source>What followed each advice: the orders-per-minute lift measured after it, one value per live. Not taken: dismissed or left to expire.</source>
        <translation>Mitä kutakin suositusta seurasi: sen jälkeen mitattu tilausten nousu minuutissa, yksi arvo per live. Ei toteutettu: ohitettu tai annettu vanhentua.</translation>
    </message>
    <message>
        <source>{low} to {high} ({confidence})</source>
        <translation>{low} … {high} ({confidence})</translation>
    </message>
    <message>
        <source>These lives sold in {currencies}: totals across lives add different currencies. Narrow the page with --plan or --tag to lives of one currency.</source>
        <extracomment>the plan&apos;s goals in the order the plan file lists them (console/plan/model.py Goals)</extracomment>
        <translation>Nämä livet myivät valuutoissa {currencies}: livejen summat laskevat yhteen eri valuuttoja. Rajaa sivu valitsimella --plan tai --tag yhden valuutan liveihin.</translation>
    </message>
    <message>
        <source>Live {key}: its goals field is not JSON ({why}); its goals are left out.</source>
        <translation>Live {key}: sen goals-kenttä ei ole JSONia ({why}); sen tavoitteet jätetään pois.</translation>
    </message>
    <message>
        <source>Live {key}: its goals field is not a list of goals; its goals are left out.</source>
        <translation>Live {key}: sen goals-kenttä ei ole tavoitelista; sen tavoitteet jätetään pois.</translation>
    </message>
    <message>
        <source>Live {key}: {entries} entry(ies) of its goals field have no key; left out.</source>
        <translation>Live {key}: {entries} goals-kentän merkinnältä puuttuu avain; jätetty pois.</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>sivua</translation>
    </message>
</context>
<context>
    <name>LibraryTerminal</name>
    <message>
        <source>tag {tag}: a tag is 1 to 32 characters with no space at either end</source>
        <translation>tag {tag}: tagissa on 1–32 merkkiä eikä välilyöntiä alussa tai lopussa</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file</source>
        <translation>{path} on kansio, ei istuntotiedosto</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {why}</source>
        <translation>{path}: ei voi lukea: {why}</translation>
    </message>
    <message>
        <source>the same file as {path}</source>
        <translation>sama tiedosto kuin {path}</translation>
    </message>
    <message>
        <source>was added from {path}, which is gone</source>
        <translation>lisättiin tiedostosta {path}, jota ei enää ole</translation>
    </message>
    <message>
        <source>{path}: cannot be added: {error}: {why}</source>
        <translation>{path}: ei voi lisätä: {error}: {why}</translation>
    </message>
    <message>
        <source>the library holds a longer copy of this live ({events} events, from {path}); this file has {here}</source>
        <translation>kirjastossa on tästä livestä pidempi kopio ({events} tapahtumaa, tiedostosta {path}); tässä tiedostossa on {here}</translation>
    </message>
    <message>
        <source>a newer copy of this live ({events} events; was {before})</source>
        <translation>uudempi kopio tästä livestä ({events} tapahtumaa; oli {before})</translation>
    </message>
    <message>
        <source>its tables were incomplete</source>
        <translation>sen taulut olivat vajaat</translation>
    </message>
    <message>
        <source>tags added</source>
        <translation>tageja lisätty</translation>
    </message>
    <message>
        <source>session file {path} is gone</source>
        <translation>istuntotiedosto {path} on poissa</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(ei tallennettu)</translation>
    </message>
    <message>
        <source>its tables are incomplete: add {path} again</source>
        <translation>sen taulut ovat vajaat: lisää {path} uudelleen</translation>
    </message>
    <message>
        <source>{path} has changed since it was added ({before} bytes, now {now}): add it again</source>
        <translation>{path} on muuttunut lisäämisen jälkeen ({before} tavua, nyt {now}): lisää se uudelleen</translation>
    </message>
    <message>
        <source>tables without a catalogue row (an add that did not finish): add its session file again</source>
        <translation>taulut ilman luettelon riviä (lisäys jäi kesken): lisää sen istuntotiedosto uudelleen</translation>
    </message>
    <message>
        <source>{path}: no library catalogue here (nothing has been added to {library})</source>
        <extracomment>the catalogue&apos;s own columns, after the `lives` table&apos;s</extracomment>
        <translation>{path}: täällä ei ole kirjaston luetteloa (kirjastoon {library} ei ole lisätty mitään)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>ei voi avata</translation>
    </message>
    <message>
        <source>{path}: not a library catalogue (it has no `lives` table)</source>
        <translation>{path}: ei ole kirjaston luettelo (siinä ei ole `lives`-taulua)</translation>
    </message>
    <message>
        <source>{path}: damaged library catalogue, {doing}: {why}</source>
        <translation>{path}: kirjaston luettelo on vioittunut, {doing}: {why}</translation>
    </message>
    <message>
        <source>{path}: {doing}: {why}</source>
        <translation>{path}: {doing}: {why}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ei voi lukea</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>Left out {path}: {why}.</source>
        <translation>Jätettiin pois {path}: {why}.</translation>
    </message>
    <message>
        <source>not a readable Parquet file ({why})</source>
        <translation>ei luettava Parquet-tiedosto ({why})</translation>
    </message>
    <message>
        <source>it has no key column</source>
        <translation>siinä ei ole key-saraketta</translation>
    </message>
    <message>
        <source>{rows} of its rows have no key</source>
        <translation>{rows} sen riviltä puuttuu avain</translation>
    </message>
    <message>
        <source>column {column} holds {found}, not {wanted}</source>
        <translation>sarakkeessa {column} on {found}, ei {wanted}</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>what became of a file or a live, as the terminal&apos;s first column says it</extracomment>
        <translation>lisätty</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>korvattu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>päivitetty</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>korjattu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>siirretty</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>säilytetty</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muuttunut</translation>
    </message>
    <message>
        <source>found</source>
        <translation>löytyi</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>vajaa</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>luetteloimaton</translation>
    </message>
    <message>
        <source>{state} {key}  from {path}</source>
        <translation>{state} {key}  tiedostosta {path}</translation>
    </message>
    <message>
        <source>{line} ({why})</source>
        <translation>{line} ({why})</translation>
    </message>
    <message>
        <source>{library}: no lives yet (live-console library add FILE...)</source>
        <translation>{library}: ei vielä livejä (live-console library add FILE...)</translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) in {library}</source>
        <translation>
            <numerusform>%n live kirjastossa {library}</numerusform>
            <numerusform>%n liveä kirjastossa {library}</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>key</source>
        <translation>avain</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>kesto</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>tilaukset</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>konversio</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>merkinnät</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>osittainen</translation>
    </message>
    <message>
        <source>{state} {key}  {path} (it is back)</source>
        <translation>{state} {key}  {path} (se on palannut)</translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: {problems} to look at</source>
        <translation>
            <numerusform>%n live tarkistettu kirjastossa {library}: {problems} tarkistettavaa</numerusform>
            <numerusform>%n liveä tarkistettu kirjastossa {library}: {problems} tarkistettavaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: all fine</source>
        <translation>
            <numerusform>%n live tarkistettu kirjastossa {library}: kaikki kunnossa</numerusform>
            <numerusform>%n liveä tarkistettu kirjastossa {library}: kaikki kunnossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSuggest</name>
    <message>
        <source>cannot be read: {why}</source>
        <translation>ei voi lukea: {why}</translation>
    </message>
    <message>
        <source>plan name &quot;{plan}&quot; or this plan&apos;s text</source>
        <translation>suunnitelman nimi &quot;{plan}&quot; tai tämän suunnitelman teksti</translation>
    </message>
    <message>
        <source>live-console plan suggest: {lives} comparable lives in {library} ({which}); a suggestion needs at least {least}, so {more} more. The plan below is unchanged.</source>
        <translation>live-console plan suggest: {lives} vertailukelpoista liveä kirjastossa {library} ({which}); ehdotus vaatii vähintään {least}, joten vielä {more}. Alla oleva suunnitelma on muuttamaton.</translation>
    </message>
    <message>
        <source>{which}, from {first} to {last}</source>
        <translation>{which}, {first} – {last}</translation>
    </message>
    <message>
        <source>live-console plan suggest: a draft of the next plan from {plan} and {lives} comparable lives in {library} ({which}). {changes} changes, each with its evidence in the comment above it (suggest: ...); every other line is the plan as written.</source>
        <translation>live-console plan suggest: luonnos seuraavasta suunnitelmasta tiedoston {plan} ja {lives} vertailukelpoisen liven pohjalta kirjastossa {library} ({which}). {changes} muutosta, kunkin perusteet sen yläpuolella olevassa kommentissa (suggest: ...); kaikki muut rivit ovat suunnitelman omia.</translation>
    </message>
    <message>
        <source>Left as written: {kept}.</source>
        <translation>Jätetty ennalleen: {kept}.</translation>
    </message>
    <message>
        <source>plan suggest made a plan the console would refuse, so nothing was written (a fault of plan suggest: please report it):
{why}</source>
        <translation>plan suggest teki suunnitelman, jonka konsoli hylkäisi, joten mitään ei kirjoitettu (plan suggestin vika: ilmoita siitä):
{why}</translation>
    </message>
    <message>
        <source>the goals of live {key} could not be read (not a JSON list of goals)</source>
        <translation>liven {key} tavoitteita ei voitu lukea (ei JSON-listaa tavoitteista)</translation>
    </message>
    <message>
        <source>goals.{goal}: {lives} comparable whole lives reached a figure, {least} needed</source>
        <translation>goals.{goal}: {lives} vertailukelpoista täyttä liveä saavutti luvun, {least} tarvitaan</translation>
    </message>
    <message>
        <source>goal {goal} was {old}: the median of what the last {lives} comparable whole lives reached ({shown}), the best of all {all} being {best}</source>
        <translation>tavoite {goal} oli {old}: mediaani siitä, mitä viimeiset {lives} vertailukelpoista täyttä liveä saavuttivat ({shown}), paras kaikista {all} oli {best}</translation>
    </message>
    <message>
        <source>goals.{goal}: not written as a plain &apos;key = value&apos; line</source>
        <translation>goals.{goal}: ei kirjoitettu tavallisena &apos;key = value&apos; -rivinä</translation>
    </message>
    <message>
        <source>segment order: {segments} kept in place: no standing rule on how it keeps viewers</source>
        <translation>osioiden järjestys: {segments} pidetty paikallaan: ei voimassa olevaa sääntöä katsojien pitämisestä</translation>
    </message>
    <message>
        <source>segment order: fewer than two cued segments have a standing rule on how they keep viewers</source>
        <translation>osioiden järjestys: alle kahdella ajastetulla osiolla on voimassa oleva sääntö katsojien pitämisestä</translation>
    </message>
    <message>
        <source>moved from {old} to {new}: segments ordered by how they kept viewers (leave rate against the live&apos;s, median over comparable lives, and the lives that agree: {ranking})</source>
        <translation>siirretty {old} → {new}: osiot järjestetty sen mukaan, miten ne pitivät katsojat (poistumisaste liveen nähden, mediaani vertailukelpoisista liveistä, ja samaa mieltä olevat livet: {ranking})</translation>
    </message>
    <message>
        <source>moved from {old} to {new}: with its segment {segment}</source>
        <translation>siirretty {old} → {new}: osionsa {segment} mukana</translation>
    </message>
    <message>
        <source>segment order: already the order that kept viewers best ({ranking})</source>
        <translation>osioiden järjestys: jo valmiiksi katsojat parhaiten pitänyt järjestys ({ranking})</translation>
    </message>
    <message>
        <source>{segment} {median} (holds in {agree} of {votes} lives, p = {p})</source>
        <translation>{segment} {median} (pitää {agree}/{votes} livessä, p = {p})</translation>
    </message>
    <message>
        <source>{segment} {median} (loses in {agree} of {votes} lives, p = {p})</source>
        <translation>{segment} {median} (menettää {agree}/{votes} livessä, p = {p})</translation>
    </message>
    <message>
        <source>{segment} {median} (holds in {agree} of {votes} lives)</source>
        <translation>{segment} {median} (pitää {agree}/{votes} livessä)</translation>
    </message>
    <message>
        <source>{segment} {median} (loses in {agree} of {votes} lives)</source>
        <translation>{segment} {median} (menettää {agree}/{votes} livessä)</translation>
    </message>
    <message>
        <source>no comparable live aired it</source>
        <translation>yksikään vertailukelpoinen live ei esittänyt sitä</translation>
    </message>
    <message>
        <source>as the whole live in all {lives} lives</source>
        <translation>kuten koko live kaikissa {lives} livessä</translation>
    </message>
    <message>
        <source>{agree} for, {against} against, of {lives} lives</source>
        <translation>{agree} puolesta, {against} vastaan, {lives} livestä</translation>
    </message>
    <message>
        <source>{claim} ({evidence}), but this plan ends at {end}, so no cue at {time}</source>
        <translation>{claim} ({evidence}), mutta tämä suunnitelma päättyy {end}, joten ei cueta kohtaan {time}</translation>
    </message>
    <message>
        <source>{lives} lives</source>
        <translation>{lives} liveä</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}, {tests} bands tested</source>
        <translation>{agree}/{votes} vertailukelpoista liveä, mediaani {median}, merkkitesti p = {p}, {tests} jaksoa testattu</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}, {tests} claims tested</source>
        <translation>{agree}/{votes} vertailukelpoista liveä, mediaani {median}, merkkitesti p = {p}, {tests} väitettä testattu</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}</source>
        <translation>{agree}/{votes} vertailukelpoista liveä, mediaani {median}, merkkitesti p = {p}</translation>
    </message>
    <message>
        <source>no minute band where orders per 1,000 viewer-minutes sag in enough comparable lives (the band rule corrected for the bands tested): no flash offer added</source>
        <translation>ei minuuttijaksoa, jolla tilaukset / 1 000 katseluminuuttia notkahtavat riittävän monessa vertailukelpoisessa livessä (jaksosääntö korjattu testattujen jaksojen määrällä): pikatarjousta ei lisätty</translation>
    </message>
    <message>
        <source>{claim}, and a flash offer is cued at {time} already</source>
        <translation>{claim}, ja pikatarjous on jo ajastettu kohtaan {time}</translation>
    </message>
    <message>
        <source>{claim}, but no preset of this plan lifted orders in enough comparable lives</source>
        <translation>{claim}, mutta yksikään tämän suunnitelman esiasetus ei nostanut tilauksia riittävän monessa vertailukelpoisessa livessä</translation>
    </message>
    <message>
        <source>a flash offer where orders sag: {claim} ({evidence}); {preset} is the preset that lifted orders most ({lifted})</source>
        <translation>pikatarjous kohtaan, jossa tilaukset notkahtavat: {claim} ({evidence}); {preset} on esiasetus, joka nosti tilauksia eniten ({lifted})</translation>
    </message>
    <message>
        <source>Counter the usual sag in orders ({minutes})</source>
        <translation>Paikkaa tavallinen tilausten notkahdus ({minutes})</translation>
    </message>
    <message>
        <source>cue added at {time}: {why}</source>
        <translation>cue lisätty kohtaan {time}: {why}</translation>
    </message>
    <message>
        <source>stock was {stock}: sold out in {sold_out} of {lives} (median at {at}) comparable whole lives; the median of what they would have sold over this plan&apos;s {minutes} minutes is {new} (units sold, a sold-out live&apos;s scaled from its sell-out time to {length}, at most x{cap}: {each})</source>
        <translation>varasto oli {stock}: loppuunmyyty {sold_out}/{lives} vertailukelpoisessa täydessä livessä (mediaani {at}); mediaani siitä, mitä ne olisivat myyneet tämän suunnitelman {minutes} minuutissa, on {new} (myydyt kpl, loppuunmyydyn liven luku skaalattu loppuunmyyntiajasta kestoon {length}, enintään x{cap}: {each})</translation>
    </message>
    <message>
        <source>stock was {stock}: never sold out in {lives} comparable whole lives; the median of what they would have sold over this plan&apos;s {minutes} minutes is {new} (units sold, a sold-out live&apos;s scaled from its sell-out time to {length}, at most x{cap}: {each})</source>
        <translation>varasto oli {stock}: ei loppuunmyyty yhdessäkään {lives} vertailukelpoisesta täydestä livestä; mediaani siitä, mitä ne olisivat myyneet tämän suunnitelman {minutes} minuutissa, on {new} (myydyt kpl, loppuunmyydyn liven luku skaalattu loppuunmyyntiajasta kestoon {length}, enintään x{cap}: {each})</translation>
    </message>
    <message>
        <source>stock of {products}: fewer than {least} whole comparable lives sold it</source>
        <translation>tuotteiden {products} varasto: alle {least} täyttä vertailukelpoista liveä myi niitä</translation>
    </message>
    <message>
        <source>kit {kit} lowered orders ({evidence}); this cue is kept as written, but think twice before running it</source>
        <translation>tuotepaketti {kit} vähensi tilauksia ({evidence}); tämä cue pidetään sellaisenaan, mutta harkitse tarkkaan ennen sen ajamista</translation>
    </message>
    <message>
        <source>cues[{cue}] at {time}: {why}</source>
        <translation>cues[{cue}] kohdassa {time}: {why}</translation>
    </message>
    <message>
        <source>kits: no kit of this plan lifted orders in enough comparable lives</source>
        <translation>tuotepaketit: yksikään tämän suunnitelman paketti ei nostanut tilauksia riittävän monessa vertailukelpoisessa livessä</translation>
    </message>
    <message>
        <source>kit {kit} lifted orders ({evidence})</source>
        <translation>tuotepaketti {kit} nosti tilauksia ({evidence})</translation>
    </message>
    <message>
        <source>target was {old}, which lowered orders ({evidence}): {why}</source>
        <translation>kohde oli {old}, joka vähensi tilauksia ({evidence}): {why}</translation>
    </message>
    <message>
        <source>target was {old}, which has no such evidence: {why}</source>
        <translation>kohde oli {old}, jolle ei ole tällaista näyttöä: {why}</translation>
    </message>
    <message>
        <source>{why}, but no minutes where carts are dropped most in enough lives to cue it at</source>
        <translation>{why}, mutta riittävän monessa livessä ei ole minuutteja, joilla ostoskoreja hylätään eniten, joten cueta ei voi ajastaa</translation>
    </message>
    <message>
        <source>{why}; cued where carts are dropped most: {claim} ({evidence})</source>
        <translation>{why}; ajastettu kohtaan, jossa ostoskoreja hylätään eniten: {claim} ({evidence})</translation>
    </message>
    <message>
        <source>Win back the carts usually dropped here</source>
        <translation>Voita takaisin tässä yleensä hylätyt ostoskorit</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>since {date}</source>
        <translation>{date} alkaen</translation>
    </message>
    <message>
        <source>plan {plans}</source>
        <translation>suunnitelma {plans}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> tai </translation>
    </message>
    <message>
        <source>tag &quot;{tag}&quot;</source>
        <translation>tagi &quot;{tag}&quot;</translation>
    </message>
    <message>
        <source>every live in the library</source>
        <translation>kaikki kirjaston livet</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>vahva</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>tuettu</translation>
    </message>
    <message numerus="yes">
        <source>{agree} of %n lives agree</source>
        <translation>
            <numerusform>{agree}/%n live samaa mieltä</numerusform>
            <numerusform>{agree}/%n liveä samaa mieltä</numerusform>
        </translation>
    </message>
    <message>
        <source>no live voted</source>
        <translation>yksikään live ei äänestänyt</translation>
    </message>
    <message>
        <source> ({ties} more showed no change)</source>
        <translation> (vielä {ties} ilman muutosta)</translation>
    </message>
    <message>
        <source>, median {median} ({measure})</source>
        <translation>, mediaani {median} ({measure})</translation>
    </message>
    <message>
        <source>, sign test p = {p}</source>
        <translation>, merkkitesti p = {p}</translation>
    </message>
    <message numerus="yes">
        <source>, %n bands tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>, %n jakso testattu (sääntö vaatii p &lt; {p})</numerusform>
            <numerusform>, %n jaksoa testattu (sääntö vaatii p &lt; {p})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n claims tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>, %n väite testattu (sääntö vaatii p &lt; {p})</numerusform>
            <numerusform>, %n väitettä testattu (sääntö vaatii p &lt; {p})</numerusform>
        </translation>
    </message>
    <message>
        <source>; {detail}</source>
        <translation>; {detail}</translation>
    </message>
    <message>
        <source>; contradicted by {lives}</source>
        <translation>; vastaan: {lives}</translation>
    </message>
    <message>
        <source>{agree} for, {against} against: the lives are too split for a rule</source>
        <translation>{agree} puolesta, {against} vastaan: livet ovat liian eri mieltä säännöksi</translation>
    </message>
    <message>
        <source>too few lives: {votes} voted, a rule needs at least {least}; {needs} more that agree would make it one</source>
        <translation>liian vähän livejä: {votes} äänesti, sääntö vaatii vähintään {least}; vielä {needs} samaa mieltä olevaa tekisi siitä säännön</translation>
    </message>
    <message>
        <source>not settled: {agree} for, {against} against; {needs} more that agree would make it a rule</source>
        <translation>ratkaisematta: {agree} puolesta, {against} vastaan; vielä {needs} samaa mieltä olevaa liveä tekisi siitä säännön</translation>
    </message>
    <message>
        <source>{library}: no library there (live-console library add FILE... makes one)</source>
        <translation>{library}: siellä ei ole kirjastoa (live-console library add FILE... luo sen)</translation>
    </message>
    <message>
        <source>{library}: cannot read the library: {why}</source>
        <translation>{library}: kirjastoa ei voi lukea: {why}</translation>
    </message>
    <message>
        <source>{lives} lives selected: a rule needs at least {least} lives that have its figure, so {more} more lives are needed before any rule can stand</source>
        <translation>{lives} liveä valittu: sääntö vaatii vähintään {least} liveä, joilla on sen luku, joten vielä {more} liveä tarvitaan ennen kuin mikään sääntö voi olla voimassa</translation>
    </message>
    <message>
        <source>two-sided exact sign test; a rule stands at p &lt; {p} with at least {least} lives voting, at p &lt; 0.05 / n for one of n claims tested at once (the minute bands)</source>
        <translation>kaksisuuntainen tarkka merkkitesti; sääntö on voimassa, kun p &lt; {p} ja vähintään {least} liveä äänestää, tai p &lt; 0,05 / n, kun testataan n väitettä kerralla (minuuttijaksot)</translation>
    </message>
    <message>
        <source>Actions that move orders</source>
        <translation>Tilauksia liikuttavat toimenpiteet</translation>
    </message>
    <message>
        <source>Advice worth taking</source>
        <translation>Toteuttamisen arvoiset suositukset</translation>
    </message>
    <message>
        <source>Segments that hold viewers</source>
        <translation>Katsojat pitävät osiot</translation>
    </message>
    <message>
        <source>When orders per viewer sag and carts are dropped</source>
        <translation>Milloin tilaukset katsojaa kohden notkahtavat ja koreja hylätään</translation>
    </message>
    <message>
        <source>Products: sell-outs and slow sellers</source>
        <translation>Tuotteet: loppuunmyynnit ja hitaasti myyvät</translation>
    </message>
    <message>
        <source>Channels that convert</source>
        <translation>Konvertoivat lähteet</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>Uudet ja palaavat ostajat</translation>
    </message>
    <message>
        <source>Playbook: {selection}</source>
        <translation>Toimintaohjeisto: {selection}</translation>
    </message>
    <message>
        <source>{lives} lives from {first} to {last}</source>
        <translation>{lives} liveä, {first} – {last}</translation>
    </message>
    <message>
        <source>{lives} lives</source>
        <translation>{lives} liveä</translation>
    </message>
    <message>
        <source>{rules} rules stand</source>
        <translation>{rules} sääntöä voimassa</translation>
    </message>
    <message>
        <source>library {folder}</source>
        <translation>kirjasto {folder}</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Toimintaohjeisto</translation>
    </message>
    <message>
        <source>How sure: each live that has a rule&apos;s figure votes for it or against it (a live with no change abstains), and a two-sided sign test asks how often a split at least this lopsided would come from coin tosses. A rule stands at p &lt; {sure} with at least {least} lives voting (the fewest for which that is possible: 6 of 6 gives p = 0.031), and is {strong} at p &lt; {strong_p}. The minute bands are many claims tested at once (18 in a 90-minute live): a band rule needs p below {sure} divided by the bands tested (and {strong_p} likewise for strong): without it, one library of pure noise in five or so showed a band that passed by chance. Lives that vote against a standing rule are named: they contradict it.</source>
        <translation>Varmuus: jokainen live, jolla on säännön luku, äänestää sen puolesta tai sitä vastaan (live ilman muutosta pidättäytyy), ja kaksisuuntainen merkkitesti kertoo, kuinka usein vähintään näin vino jako syntyisi kolikonheitoista. Sääntö on voimassa, kun p &lt; {sure} ja vähintään {least} liveä äänestää (pienin määrä, jolla se on mahdollista: 6/6 antaa p = 0,031), ja se on {strong}, kun p &lt; {strong_p}. Minuuttijaksot ovat monta kerralla testattua väitettä (18 jaksoa 90 minuutin livessä): jaksosääntö vaatii p:n alle {sure} jaettuna testattujen jaksojen määrällä (ja {strong_p} samoin vahvalle): ilman sitä suunnilleen joka viides pelkkää kohinaa sisältävä kirjasto näytti jakson, joka läpäisi sattumalta. Voimassa olevaa sääntöä vastaan äänestävät livet nimetään: ne ovat ristiriidassa sen kanssa.</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>Säännöt</translation>
    </message>
    <message>
        <source>No rule stands yet: see below what each needs.</source>
        <translation>Yksikään sääntö ei ole vielä voimassa: katso alta, mitä kukin tarvitsee.</translation>
    </message>
    <message>
        <source>Contradicted by {count}: {lives}</source>
        <translation>Vastaan {count}: {lives}</translation>
    </message>
    <message>
        <source>for</source>
        <translation>puolesta</translation>
    </message>
    <message>
        <source>against</source>
        <translation>vastaan</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ei muutosta</translation>
    </message>
    <message>
        <source>the {lives} lives</source>
        <translation>{lives} liveä</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>key</source>
        <translation>avain</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>ääni</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>Ratkaisematta</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>aihe</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>ehdokas</translation>
    </message>
    <message>
        <source>for / against</source>
        <translation>puolesta / vastaan</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediaani</translation>
    </message>
    <message>
        <source>what it needs</source>
        <translation>mitä tarvitaan</translation>
    </message>
    <message>
        <source>What the lives lean towards but do not yet support, and how many more lives that agree would make it a rule.</source>
        <translation>Mihin livet kallistuvat mutta mitä ne eivät vielä tue, ja kuinka monta samaa mieltä olevaa liveä lisää tekisi siitä säännön.</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>osittainen</translation>
    </message>
    <message>
        <source>Lives read</source>
        <translation>Luetut livet</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>suunnitelma</translation>
    </message>
    <message>
        <source>No live matches the selection.</source>
        <translation>Yksikään live ei vastaa valintaa.</translation>
    </message>
    <message>
        <source>Flash offer</source>
        <translation>Pikatarjous</translation>
    </message>
    <message>
        <source>Segment on air</source>
        <translation>Osio lähetyksessä</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Tuotepaketti</translation>
    </message>
    <message>
        <source>Flash offer &quot;{label}&quot; ({target})</source>
        <extracomment>kind -&gt; (one target&apos;s name, the target with no id, every one of the kind, they lift, they lower)</extracomment>
        <translation>Pikatarjous &quot;{label}&quot; ({target})</translation>
    </message>
    <message>
        <source>Flash offer (custom)</source>
        <translation>Pikatarjous (oma)</translation>
    </message>
    <message>
        <source>Flash offers, all of them</source>
        <translation>Pikatarjoukset, kaikki</translation>
    </message>
    <message>
        <source>Flash offers lift orders</source>
        <translation>Pikatarjoukset nostavat tilauksia</translation>
    </message>
    <message>
        <source>Flash offers lower orders</source>
        <translation>Pikatarjoukset vähentävät tilauksia</translation>
    </message>
    <message>
        <source>Segment on air &quot;{label}&quot; ({target})</source>
        <translation>Osio lähetyksessä &quot;{label}&quot; ({target})</translation>
    </message>
    <message>
        <source>Segment on air (custom)</source>
        <translation>Osio lähetyksessä (oma)</translation>
    </message>
    <message>
        <source>Segment on airs, all of them</source>
        <translation>Osiovaihdot, kaikki</translation>
    </message>
    <message>
        <source>Segment on airs lift orders</source>
        <translation>Osiovaihdot nostavat tilauksia</translation>
    </message>
    <message>
        <source>Segment on airs lower orders</source>
        <translation>Osiovaihdot vähentävät tilauksia</translation>
    </message>
    <message>
        <source>Kit &quot;{label}&quot; ({target})</source>
        <translation>Tuotepaketti &quot;{label}&quot; ({target})</translation>
    </message>
    <message>
        <source>Kit (custom)</source>
        <translation>Tuotepaketti (oma)</translation>
    </message>
    <message>
        <source>Kits, all of them</source>
        <translation>Tuotepaketit, kaikki</translation>
    </message>
    <message>
        <source>Kits lift orders</source>
        <translation>Tuotepaketit nostavat tilauksia</translation>
    </message>
    <message>
        <source>Kits lower orders</source>
        <translation>Tuotepaketit vähentävät tilauksia</translation>
    </message>
    <message>
        <source>orders per minute in the 5 minutes after against the 5 before</source>
        <translation>tilaukset minuutissa 5 minuuttia jälkeen verrattuna 5 minuuttiin ennen</translation>
    </message>
    <message>
        <source>actions</source>
        <extracomment>a topic&apos;s name where a note says it had nothing to judge</extracomment>
        <translation>toimenpiteet</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>suositukset</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>osiot</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuutit</translation>
    </message>
    <message>
        <source>products</source>
        <translation>tuotteet</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>lähteet</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>ostajat</translation>
    </message>
    <message>
        <source>no selected live has an action with a measured lift</source>
        <translation>yhdelläkään valitulla livellä ei ole toimenpidettä, jolla on mitattu nousu</translation>
    </message>
    <message>
        <source>no selected live has advice that was taken and measured</source>
        <translation>yhdelläkään valitulla livellä ei ole toteutettua ja mitattua suositusta</translation>
    </message>
    <message>
        <source>no selected live has segments with viewers</source>
        <translation>yhdelläkään valitulla livellä ei ole osioita, joilla on katsojia</translation>
    </message>
    <message>
        <source>no selected live has a full {minutes}-minute band with viewers or carts</source>
        <translation>yhdelläkään valitulla livellä ei ole täyttä {minutes} minuutin jaksoa, jolla on katsojia tai ostoskoreja</translation>
    </message>
    <message>
        <source>no selected whole live (partial recordings left out) has products with stock</source>
        <translation>yhdelläkään valitulla täydellä livellä (osittaiset tallenteet pois) ei ole tuotteita, joilla on varastoa</translation>
    </message>
    <message>
        <source>no selected live has channels with viewers who entered</source>
        <translation>yhdelläkään valitulla livellä ei ole lähteitä, joiden kautta katsojia tuli</translation>
    </message>
    <message>
        <source>no selected live says which buyers were new and which returning</source>
        <translation>yksikään valittu live ei kerro, mitkä ostajat olivat uusia ja mitkä palaavia</translation>
    </message>
    <message>
        <source>{actions} fired inside another action&apos;s window left out</source>
        <translation>{actions} toisen toimenpiteen ikkunassa käynnistettyä jätetty pois</translation>
    </message>
    <message>
        <source>{name} lifts orders</source>
        <translation>{name} nostaa tilauksia</translation>
    </message>
    <message>
        <source>{name} lowers orders</source>
        <translation>{name} vähentää tilauksia</translation>
    </message>
    <message>
        <source>orders per minute in the 5 minutes after against the 5 before (a live&apos;s median over its actions)</source>
        <translation>tilaukset minuutissa 5 minuuttia jälkeen verrattuna 5 minuuttiin ennen (liven mediaani sen toimenpiteistä)</translation>
    </message>
    <message>
        <source>Taking the &quot;{advice}&quot; advice</source>
        <translation>Suosituksen &quot;{advice}&quot; toteuttaminen</translation>
    </message>
    <message>
        <source>{name} is followed by fewer orders</source>
        <translation>{name} – sen jälkeen tilauksia on vähemmän</translation>
    </message>
    <message>
        <source>Segment &quot;{title}&quot; ({segment})</source>
        <translation>Osio &quot;{title}&quot; ({segment})</translation>
    </message>
    <message>
        <source>{name} holds viewers</source>
        <translation>{name} pitää katsojat</translation>
    </message>
    <message>
        <source>{name} loses viewers</source>
        <translation>{name} menettää katsojia</translation>
    </message>
    <message>
        <source>its leave rate per viewer-minute against the whole live&apos;s</source>
        <translation>sen poistumisaste katseluminuuttia kohden verrattuna koko liveen</translation>
    </message>
    <message>
        <source>minutes {first}–{last}</source>
        <translation>minuutit {first}–{last}</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes sag in {minutes}</source>
        <translation>Tilaukset / 1 000 katseluminuuttia notkahtavat: {minutes}</translation>
    </message>
    <message>
        <source>orders per 1,000 viewer-minutes in the band against the live&apos;s median band</source>
        <translation>tilaukset / 1 000 katseluminuuttia jaksolla verrattuna liven mediaanijaksoon</translation>
    </message>
    <message>
        <source>Carts are abandoned most in {minutes}</source>
        <translation>Ostoskoreja hylätään eniten: {minutes}</translation>
    </message>
    <message>
        <source>carts abandoned per cart opened in the band against the live&apos;s median band</source>
        <translation>hylätyt ostoskorit avattua koria kohden jaksolla verrattuna liven mediaanijaksoon</translation>
    </message>
    <message>
        <source>sold out at a median {time} into the live</source>
        <translation>loppuunmyyty mediaanina {time} liven alusta</translation>
    </message>
    <message>
        <source>sell-through (units sold / stock at the start)</source>
        <translation>myyntiaste (myydyt kpl / alkuvarasto)</translation>
    </message>
    <message>
        <source>{product} sells out</source>
        <translation>{product} myydään loppuun</translation>
    </message>
    <message>
        <source>{product} sells slowly: under half its stock</source>
        <translation>{product} myy hitaasti: alle puolet varastosta</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>loppuunmyyty {time}</translation>
    </message>
    <message>
        <source>Channel &quot;{channel}&quot;</source>
        <translation>Lähde &quot;{channel}&quot;</translation>
    </message>
    <message>
        <source>{name} converts above the live as a whole</source>
        <translation>{name} konvertoi koko liveä paremmin</translation>
    </message>
    <message>
        <source>{name} converts below the live as a whole</source>
        <translation>{name} konvertoi koko liveä heikommin</translation>
    </message>
    <message>
        <source>its conversion (buyers / entered) against the live&apos;s over every channel</source>
        <translation>sen konversio (ostajat / saapuneet) verrattuna liven kaikkiin lähteisiin</translation>
    </message>
    <message>
        <source>New buyers&apos; share of the buyers</source>
        <translation>Uusien ostajien osuus ostajista</translation>
    </message>
    <message>
        <source>Most buyers are new customers</source>
        <translation>Useimmat ostajat ovat uusia asiakkaita</translation>
    </message>
    <message>
        <source>Most buyers are returning customers: the next live could aim at new ones</source>
        <translation>Useimmat ostajat ovat palaavia asiakkaita: seuraava live voisi tavoitella uusia</translation>
    </message>
    <message>
        <source>new buyers / buyers</source>
        <translation>uudet ostajat / ostajat</translation>
    </message>
    <message>
        <source>Revenue per returning buyer against per new buyer</source>
        <translation>Myynti palaavaa ostajaa kohden vs. uutta ostajaa kohden</translation>
    </message>
    <message>
        <source>Returning buyers spend more per buyer than new ones</source>
        <translation>Palaavat ostajat ostavat ostajaa kohden enemmän kuin uudet</translation>
    </message>
    <message>
        <source>New buyers spend more per buyer than returning ones</source>
        <translation>Uudet ostajat ostavat ostajaa kohden enemmän kuin palaavat</translation>
    </message>
    <message>
        <source>revenue per returning buyer against revenue per new buyer</source>
        <translation>myynti palaavaa ostajaa kohden verrattuna myyntiin uutta ostajaa kohden</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
</context>
</TS>
