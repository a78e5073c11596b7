<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AdviceAudience</name>
    <message>
        <source>share of the audience leaving a minute</source>
        <translation>poistuvien osuus minuutissa</translation>
    </message>
    <message>
        <source>Viewers are leaving faster: {now} of the audience a minute against {before} ({change}) since {since}.</source>
        <translation>Katsojat poistuvat nopeammin: {since} alkaen minuutissa poistuu {now} katsojista, aiemmin {before} ({change}).</translation>
    </message>
    <message>
        <source>Arrivals fell on every channel: {channel} from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>Uusia katsojia tulee vähemmän kaikista liikenteen lähteistä: {channel} {before} → {now} minuutissa ({change}) {since} alkaen.</translation>
    </message>
    <message>
        <source>Arrivals on every channel fell from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>Uusia katsojia tulee vähemmän kaikista liikenteen lähteistä: {before} → {now} minuutissa ({change}) {since} alkaen.</translation>
    </message>
    <message>
        <source>Arrivals from {channel} fell from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>Uusia katsojia tulee vähemmän (lähde: {channel}): {before} → {now} minuutissa ({change}) {since} alkaen.</translation>
    </message>
    <message>
        <source>Arrivals fell {change} since {since}, mostly from {channel} (normal: {normal} a minute).</source>
        <translation>Uusien katsojien määrä laski {since} alkaen ({change}), eniten lähteessä {channel} (tavallisesti {normal} minuutissa).</translation>
    </message>
    <message>
        <source>arrivals a minute</source>
        <translation>uudet katsojat minuutissa</translation>
    </message>
    <message>
        <source>arrivals a minute from {channel}</source>
        <translation>uudet katsojat minuutissa ({channel})</translation>
    </message>
    <message>
        <source>Viewers stay longer during “{segment}”: {now} of the audience leave a minute against {before} in the rest of the live (dwell {lift}), since {since}.</source>
        <translation>Katsojat viipyvät pidempään osiossa ”{segment}”: {since} alkaen minuutissa poistuu {now} katsojista, muualla livessä {before} (katseluaika {lift}).</translation>
    </message>
    <message>
        <source>Viewers stay longer during “{segment}”: {now} of the audience leave a minute against {before} in the rest of the live (dwell much longer), since {since}.</source>
        <translation>Katsojat viipyvät pidempään osiossa ”{segment}”: {since} alkaen minuutissa poistuu {now} katsojista, muualla livessä {before} (katseluaika selvästi pidempi).</translation>
    </message>
</context>
<context>
    <name>AdviceFunnel</name>
    <message>
        <source>clicks per product view</source>
        <translation>klikkaukset / näyttökerta</translation>
    </message>
    <message>
        <source>carts per click</source>
        <translation>ostoskoriin lisäykset / klikkaus</translation>
    </message>
    <message>
        <source>carts abandoned</source>
        <translation>hylätyt ostoskorit</translation>
    </message>
    <message>
        <source>Conversion is sagging: clicks per product view fell from {before} to {now} ({change}) since {since}.</source>
        <translation>Konversio heikkenee: klikkausten osuus tuotteiden näyttökerroista laski tasolta {before} tasolle {now} ({change}) {since} alkaen.</translation>
    </message>
    <message>
        <source>Conversion is sagging: carts per click fell from {before} to {now} ({change}) since {since}, each product against its own normal.</source>
        <translation>Konversio heikkenee: ostoskoriin lisäysten osuus klikkauksista laski tasolta {before} tasolle {now} ({change}) {since} alkaen, kukin tuote omaan normaalitasoonsa verrattuna.</translation>
    </message>
    <message>
        <source>Conversion is sagging at checkout: carts abandoned rose from {before} to {now} since {since}.</source>
        <translation>Konversio heikkenee kassalla: hylättyjen ostoskorien osuus nousi tasolta {before} tasolle {now} {since} alkaen.</translation>
    </message>
    <message>
        <source>{product}: {clicks} clicks in 5 minutes but carts per click fell from {before} (normal for it) to {now} since {since}.</source>
        <translation>{product}: {clicks} klikkausta 5 minuutissa, mutta ostoskoriin lisäysten osuus klikkauksista laski tuotteen normaalitasolta {before} tasolle {now} {since} alkaen.</translation>
    </message>
    <message>
        <source>{product}: {now} of its carts abandoned since {since} (normal for it: {before}), after it was presented at {presented}.</source>
        <translation>{product}: esittelyn ({presented}) jälkeen {now} sen ostoskoreista on hylätty {since} alkaen (tuotteen normaali: {before}).</translation>
    </message>
    <message>
        <source>{product}: carts but no orders: {now} of its carts abandoned since {since} (normal for it: {before}).</source>
        <translation>{product}: koriin lisätään, mutta tilauksia ei tule: {now} sen ostoskoreista on hylätty {since} alkaen (tuotteen normaali: {before}).</translation>
    </message>
    <message>
        <source>{product} ({price})</source>
        <translation>{product} ({price})</translation>
    </message>
    <message>
        <source>Cart abandonment jumped to {now} (normal for these products: {before}) since {since}, after {product} was presented at {presented}.</source>
        <translation>Hylättyjen ostoskorien osuus nousi jyrkästi: {now} {since} alkaen (näiden tuotteiden normaali: {before}), tuotteen {product} esittelyn ({presented}) jälkeen.</translation>
    </message>
</context>
<context>
    <name>AdviceRemedy</name>
    <message>
        <source>a surprise flash offer on the featured product</source>
        <translation>yllätyspikatarjous esillä olevasta tuotteesta</translation>
    </message>
    <message>
        <source>a lower-priced kit (or a discount on {product})</source>
        <translation>edullisempi tuotepaketti (tai alennus tuotteesta {product})</translation>
    </message>
    <message>
        <source>more time on demonstrations</source>
        <translation>enemmän aikaa tuote-esittelyille</translation>
    </message>
    <message>
        <source>a swap of the featured product to one with stock left (or stretching what is left of {product})</source>
        <translation>esillä olevan tuotteen vaihto tuotteeseen, jota on vielä varastossa (tai tuotteen {product} jäljellä olevan varaston venyttäminen)</translation>
    </message>
    <message>
        <source>a check of the paid campaign (budget, bids, targeting)</source>
        <translation>maksetun kampanjan tarkistus (budjetti, hintatarjoukset, kohdennus)</translation>
    </message>
    <message>
        <source>a flash offer or a demonstration to win the room back</source>
        <translation>pikatarjous tai tuote-esittely katsojien houkuttelemiseksi takaisin</translation>
    </message>
    <message>
        <source>a flash offer on {product} (and a look at its page: price, variants)</source>
        <translation>pikatarjous tuotteesta {product} (ja sen tuotesivun tarkistus: hinta, variaatiot)</translation>
    </message>
    <message>
        <source>the plan has no fitting remedy; {fits} would fit</source>
        <translation>suunnitelmassa ei ole sopivaa korjaustoimea; {fits} sopisi</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>tuote</translation>
    </message>
    <message>
        <source>{product} -{discount} ({minutes} min)</source>
        <translation>{product} -{discount} ({minutes} min)</translation>
    </message>
    <message>
        <source>Flash offer: {offer}</source>
        <translation>Pikatarjous: {offer}</translation>
    </message>
    <message>
        <source>Kit: {kit} ({price} instead of {full})</source>
        <translation>Tuotepaketti: {kit} ({price}, norm. {full})</translation>
    </message>
    <message>
        <source>Segment: {segment}</source>
        <translation>Osio: {segment}</translation>
    </message>
    <message>
        <source>Segment: {segment} (back on air)</source>
        <translation>Osio: {segment} (takaisin lähetykseen)</translation>
    </message>
    <message>
        <source>Segment: {segment} (next, rather than a segment without a demonstration)</source>
        <translation>Osio: {segment} (seuraavaksi esittelyttömän osion sijaan)</translation>
    </message>
</context>
<context>
    <name>AdviceStock</name>
    <message>
        <source>{product} may sell out in about {minutes} min: {left} left, selling about {rate} a minute (from its carts since {since}).</source>
        <translation>{product} voi loppua noin {minutes} min kuluttua: {left} kpl jäljellä, myynti noin {rate} kpl/min (arvio ostoskoriin lisäyksistä {since} alkaen).</translation>
    </message>
    <message>
        <source>{product} may sell out in about {minutes} min: {left} left, selling about {rate} a minute (from its orders since {since}).</source>
        <translation>{product} voi loppua noin {minutes} min kuluttua: {left} kpl jäljellä, myynti noin {rate} kpl/min (arvio tilauksista {since} alkaen).</translation>
    </message>
    <message>
        <source>units sold a minute</source>
        <translation>myydyt kpl / min</translation>
    </message>
</context>
<context>
    <name>AdviceWords</name>
    <message>
        <source>organic</source>
        <extracomment>the entry channels (protocol keys) as the advice names them</extracomment>
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
    <message>
        <source>new</source>
        <translation>uusi</translation>
    </message>
</context>
</TS>
