<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>Bridge</name>
    <message>
        <source>{path}: no such capture file</source>
        <translation>{path}: kaappaustiedostoa ei ole</translation>
    </message>
    <message>
        <source>nothing to bridge: give --capture FILE or --tiktok @room, and/or --shopify or --shopify-poll</source>
        <translation>ei mitään välitettävää: anna --capture FILE tai --tiktok @room ja/tai --shopify tai --shopify-poll</translation>
    </message>
    <message>
        <source>--capture and --tiktok are both a video platform&apos;s live: give one</source>
        <translation>--capture ja --tiktok ovat kumpikin videoalustan live: anna vain toinen</translation>
    </message>
    <message>
        <source>--tee goes with --tiktok: it is where the room&apos;s raw messages are written</source>
        <translation>--tee käytetään yhdessä --tiktokin kanssa: siihen kirjoitetaan huoneen raakaviestit</translation>
    </message>
    <message>
        <source>--shopify-poll needs --plan: the live&apos;s currency and the products the shop&apos;s SKUs map to</source>
        <translation>--shopify-poll tarvitsee --plan: liven valuutta ja tuotteet, joihin kaupan SKU:t liitetään</translation>
    </message>
    <message>
        <source>--shopify needs --plan: the live&apos;s id, currency and the products its SKUs map to</source>
        <translation>--shopify tarvitsee --plan: liven tunnus, valuutta ja tuotteet, joihin SKU:t liitetään</translation>
    </message>
    <message>
        <source>--shopify-poll needs --shop DOMAIN: the shop whose paid orders it asks for (like my-shop.myshopify.com)</source>
        <translation>--shopify-poll tarvitsee --shop DOMAIN: kauppa, jolta maksetut tilaukset haetaan (esim. my-shop.myshopify.com)</translation>
    </message>
    <message>
        <source>  tiktok @{handle}, every raw message teed to {path}</source>
        <translation>  tiktok @{handle}, jokainen raakaviesti kopioidaan tiedostoon {path}</translation>
    </message>
    <message>
        <source>  capture {path} (speed {speed}x)</source>
        <translation>  kaappaus {path} (nopeus {speed}x)</translation>
    </message>
    <message>
        <source>  shopify webhooks {url} (orders/paid, checkouts/*, carts/*; a cart with no paid order for {minutes} min is abandoned)</source>
        <translation>  shopify-webhookit {url} (orders/paid, checkouts/*, carts/*; ostoskori ilman maksettua tilausta {minutes} min = hylätty)</translation>
    </message>
    <message>
        <source>  shopify paid orders polled from {shop} every {seconds} s (Admin API, read_orders; from {minutes} min before the live&apos;s start)</source>
        <translation>  shopifyn maksetut tilaukset haetaan kaupasta {shop} {seconds} s välein (Admin API, read_orders; {minutes} min ennen liven alkua alkaen)</translation>
    </message>
    <message>
        <source>--shop needs --plan: the products its discounts name (platform_ids)</source>
        <translation>--shop tarvitsee --plan: tuotteet, joita alennukset koskevat (platform_ids)</translation>
    </message>
    <message>
        <source>  flash offers: automatic discounts on {shop} (Admin API; token from the environment)</source>
        <translation>  pikatarjoukset: automaattiset alennukset kaupassa {shop} (Admin API; tunniste ympäristöstä)</translation>
    </message>
    <message>
        <source>  actions: steps by hand in the platforms&apos; apps, on the charts once confirmed (POST /v1/actions/ACTION_ID/confirm)</source>
        <translation>  toimenpiteet: tehdään käsin alustojen sovelluksissa, kaavioihin vahvistuksen jälkeen (POST /v1/actions/ACTION_ID/confirm)</translation>
    </message>
    <message>
        <source>no action {kind}</source>
        <extracomment>The routes the operator&apos;s &quot;done&quot; and &quot;not done&quot; take (served by the bridge; docs/bridge.md, &quot;Actions&quot;).</extracomment>
        <translation>toimintoa {kind} ei ole</translation>
    </message>
    <message>
        <source>an offer is already running on {product} (confirmed as {action})</source>
        <translation>tuotteella {product} on jo käynnissä tarjous (vahvistettu: {action})</translation>
    </message>
    <message>
        <source>In TikTok Shop Seller Center: create a flash deal on {product} at {pct}% off, {price} {currency} instead of {list_price} {currency}, for {span}, starting now.</source>
        <translation>TikTok Shop Seller Centerissä: luo pikatarjous tuotteelle {product}, {pct} % alennus, {price} {currency} (ennen {list_price} {currency}), kesto {span}, alkaa nyt.</translation>
    </message>
    <message>
        <source>In TikTok LIVE Studio: pin product {product}.</source>
        <translation>TikTok LIVE Studiossa: kiinnitä tuote {product}.</translation>
    </message>
    <message>
        <source>the plan has no segment {segment}</source>
        <translation>suunnitelmassa ei ole osiota {segment}</translation>
    </message>
    <message>
        <source>Tell the host: go to script segment &apos;{title}&apos; ({segment}), with the product demonstration.</source>
        <translation>Kerro juontajalle: siirry käsikirjoituksen osioon &apos;{title}&apos; ({segment}) ja esittele tuote.</translation>
    </message>
    <message>
        <source>Tell the host: go to script segment &apos;{title}&apos; ({segment}).</source>
        <translation>Kerro juontajalle: siirry käsikirjoituksen osioon &apos;{title}&apos; ({segment}).</translation>
    </message>
    <message>
        <source>the plan has no kit {kit}</source>
        <translation>suunnitelmassa ei ole tuotepakettia {kit}</translation>
    </message>
    <message>
        <source>In TikTok Shop Seller Center: create a product bundle &apos;{name}&apos; (kit {kit}) at {price} {currency} with {items}.</source>
        <translation>TikTok Shop Seller Centerissä: luo tuotepaketti &apos;{name}&apos; (paketti {kit}) hintaan {price} {currency}, sisältö: {items}.</translation>
    </message>
    <message>
        <source>In TikTok LIVE Studio: add the bundle &apos;{name}&apos; to the LIVE and pin it.</source>
        <translation>TikTok LIVE Studiossa: lisää tuotepaketti &apos;{name}&apos; LIVEen ja kiinnitä se.</translation>
    </message>
    <message>
        <source>{action} was recorded as not done ({reason}): start it again instead</source>
        <translation>{action} on kirjattu tekemättömäksi ({reason}): aloita se uudelleen</translation>
    </message>
    <message>
        <source>{action} was recorded as not done: start it again instead</source>
        <translation>{action} on kirjattu tekemättömäksi: aloita se uudelleen</translation>
    </message>
    <message>
        <source>{action} was already confirmed done</source>
        <translation>{action} on jo vahvistettu tehdyksi</translation>
    </message>
    <message>
        <source>no action {action} waits to be done by hand</source>
        <translation>toimenpide {action} ei odota käsin tekemistä</translation>
    </message>
    <message>
        <source>the plan has no product {product}</source>
        <translation>suunnitelmassa ei ole tuotetta {product}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (TikTok id {ident})</source>
        <translation>&apos;{name}&apos; (TikTok-tunnus {ident})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (plan product {product}; the plan has no TikTok id for it)</source>
        <translation>&apos;{name}&apos; (suunnitelman tuote {product}; suunnitelmassa ei ole sille TikTok-tunnusta)</translation>
    </message>
    <message>
        <source>{minutes} min ({seconds} s)</source>
        <translation>{minutes} min ({seconds} s)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{path}:{line}: not a journal record (the journal is damaged)</source>
        <translation>{path}:{line}: ei lokitietue (loki on vioittunut)</translation>
    </message>
    <message>
        <source>the bridge has no plan to describe a {kind} by: do it by hand in the platform&apos;s app (start the bridge with --plan)</source>
        <translation>sillalla ei ole suunnitelmaa, jolla kuvata {kind}: tee se käsin alustan sovelluksessa (käynnistä silta valitsimella --plan)</translation>
    </message>
    <message>
        <source>no Shopify Admin API token: set {env} (never on the command line)</source>
        <extracomment>`Resolve(product_id)`: the Shopify GIDs of a plan product (the plan&apos;s `platform_ids`): product GIDs (`gid://shopify/Product/1`) put the whole product on offer, variant GIDs (`gid://shopify/ProductVariant/2`) only those variants. Empty when the plan does not map the product to the shop. How long throttling may hold one action, in all: the console&apos;s action client gives an attempt 5 s.</extracomment>
        <translation>Shopify Admin API -tunniste puuttuu: aseta {env} (ei koskaan komentorivillä)</translation>
    </message>
    <message>
        <source>an offer is already running on {product} (Shopify discount {discount} until {until})</source>
        <translation>tuotteella {product} on jo käynnissä tarjous (Shopify-alennus {discount} {until} asti)</translation>
    </message>
    <message>
        <source>look in the Shopify admin, Discounts, for “{title}” before starting this offer again (end it there if it is not wanted)</source>
        <translation>katso Shopifyn hallinnasta kohdasta Alennukset ”{title}” ennen kuin aloitat tarjouksen uudelleen (lopeta se siellä, jos sitä ei haluta)</translation>
    </message>
    <message>
        <source>no discount was created</source>
        <translation>alennusta ei luotu</translation>
    </message>
    <message>
        <source>Shopify refused the discount</source>
        <translation>Shopify hylkäsi alennuksen</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer names no discount: {doubt}</source>
        <translation>Shopifyn vastaus ei nimeä alennusta: {doubt}</translation>
    </message>
    <message>
        <source>no Shopify discount was made for {action}</source>
        <translation>toimenpiteelle {action} ei tehty Shopify-alennusta</translation>
    </message>
    <message>
        <source>it may have ended; look in the Shopify admin, Discounts, for “{title}”, or try again</source>
        <translation>se on ehkä päättynyt; katso Shopifyn hallinnasta kohdasta Alennukset ”{title}” tai yritä uudelleen</translation>
    </message>
    <message>
        <source>the discount is still running</source>
        <translation>alennus on yhä voimassa</translation>
    </message>
    <message>
        <source>Shopify did not end the discount {discount}</source>
        <translation>Shopify ei lopettanut alennusta {discount}</translation>
    </message>
    <message>
        <source>the plan maps no Shopify product or variant to {product} (&apos;{name}&apos;): add it to the plan&apos;s platform_ids; no discount was created</source>
        <translation>suunnitelma ei liitä tuotteeseen {product} (&apos;{name}&apos;) Shopify-tuotetta tai -varianttia: lisää se suunnitelman platform_ids-kohtaan; alennusta ei luotu</translation>
    </message>
    <message>
        <source>{ident} (for {product}) is not a Shopify product or variant id (gid://shopify/Product/... or gid://shopify/ProductVariant/...); no discount was created</source>
        <translation>{ident} (tuotteelle {product}) ei ole Shopify-tuotteen tai -variantin tunnus (gid://shopify/Product/... tai gid://shopify/ProductVariant/...); alennusta ei luotu</translation>
    </message>
    <message>
        <source>the bridge could not reach {shop} ({error}): {nothing_done}; check the network</source>
        <translation>silta ei tavoittanut kauppaa {shop} ({error}): {nothing_done}; tarkista verkkoyhteys</translation>
    </message>
    <message>
        <source>Shopify did not answer ({error}): {doubt}</source>
        <translation>Shopify ei vastannut ({error}): {doubt}</translation>
    </message>
    <message>
        <source>Shopify is throttling this app&apos;s requests: {nothing_done}; try again in {seconds} s</source>
        <translation>Shopify rajoittaa tämän sovelluksen pyyntöjä: {nothing_done}; yritä uudelleen {seconds} s kuluttua</translation>
    </message>
    <message>
        <source>Shopify refused the Admin API token (401): it is wrong, revoked or expired; {nothing_done}. Put a valid token in {env} (or its file) and restart the bridge</source>
        <translation>Shopify hylkäsi Admin API -tunnisteen (401): se on väärä, peruttu tai vanhentunut; {nothing_done}. Aseta kelvollinen tunniste muuttujaan {env} (tai sen tiedostoon) ja käynnistä silta uudelleen</translation>
    </message>
    <message>
        <source>the Shopify app may not manage discounts: {nothing_done}. Give the app the write_discounts scope, release that version and install it on the shop again</source>
        <translation>Shopify-sovellus ei saa hallita alennuksia: {nothing_done}. Anna sovellukselle write_discounts-oikeus, julkaise se versio ja asenna se kauppaan uudelleen</translation>
    </message>
    <message>
        <source>Shopify failed (HTTP {status}): {doubt}</source>
        <translation>Shopifyssa tapahtui virhe (HTTP {status}): {doubt}</translation>
    </message>
    <message>
        <source>Shopify answered HTTP {status}: {nothing_done}; check the shop ({shop}) and the API version ({version})</source>
        <translation>Shopify vastasi HTTP {status}: {nothing_done}; tarkista kauppa ({shop}) ja API-versio ({version})</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer could not be read: {doubt}</source>
        <translation>Shopifyn vastausta ei voitu lukea: {doubt}</translation>
    </message>
    <message>
        <source>Shopify refused the request ({said}): {nothing_done}</source>
        <translation>Shopify hylkäsi pyynnön ({said}): {nothing_done}</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer has no {name}: {doubt}</source>
        <translation>Shopifyn vastauksessa ei ole kenttää {name}: {doubt}</translation>
    </message>
    <message>
        <source>cannot read the {what} file {path}: {reason}</source>
        <translation>tiedostoa {path} ({what}) ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>the {what} file {path} is empty</source>
        <translation>tiedosto {path} ({what}) on tyhjä</translation>
    </message>
    <message>
        <source>no {what}: set {env}, or {file_env} to a file that holds it (never on the command line)</source>
        <translation>{what} puuttuu: aseta {env} tai {file_env} osoittamaan tiedostoon, jossa se on (ei koskaan komentorivillä)</translation>
    </message>
    <message>
        <source>Shopify client secret</source>
        <translation>Shopify-asiakassalaisuus</translation>
    </message>
    <message>
        <source>Shopify Admin API token</source>
        <translation>Shopify Admin API -tunniste</translation>
    </message>
    <message>
        <source>no Shopify client id: set {env}</source>
        <translation>Shopify-asiakastunnus puuttuu: aseta {env}</translation>
    </message>
    <message>
        <source>the shop must be its myshopify.com domain (like my-shop.myshopify.com), not {shop}</source>
        <translation>kauppa annetaan myshopify.com-verkkotunnuksena (esim. my-shop.myshopify.com), ei {shop}</translation>
    </message>
    <message>
        <source>a Shopify endpoint must be https (plain http only on loopback)</source>
        <translation>Shopify-päätepisteen on oltava https (pelkkä http vain loopbackissa)</translation>
    </message>
    <message>
        <source>{text} is not a TikTok @handle (letters, digits, &apos;_&apos; and &apos;.&apos;), such as @shop_live</source>
        <extracomment>a TikTok @handle: letters, digits, &quot;_&quot; and &quot;.&quot; (TikTok allows 2 to 24; one more either way is not ours to refuse)</extracomment>
        <translation>{text} ei ole TikTok-@käyttäjänimi (kirjaimia, numeroita, &apos;_&apos; ja &apos;.&apos;), esim. @shop_live</translation>
    </message>
    <message>
        <source>TikTok sign API key</source>
        <translation>TikTok-allekirjoitus-API:n avain</translation>
    </message>
    <message>
        <source>no message for {seconds} s</source>
        <translation>ei viestejä {seconds} s aikana</translation>
    </message>
    <message>
        <source>connection lost ({error})</source>
        <translation>yhteys katkesi ({error})</translation>
    </message>
    <message>
        <source>cannot connect to @{handle}&apos;s live: {error}</source>
        <translation>@{handle}-käyttäjän liveen ei saada yhteyttä: {error}</translation>
    </message>
    <message>
        <source>the TikTok source needs the TikTokLive library, an optional extra of live-console: install it with  {command}  (from the live-console checkout)</source>
        <translation>TikTok-lähde tarvitsee TikTokLive-kirjaston, live-consolen valinnaisen lisäosan: asenna se komennolla  {command}  (live-consolen hakemistossa)</translation>
    </message>
    <message>
        <source>TikTokLive {version} is installed; the bridge reads messages the way TikTokLive {major}.x gives them: {command} installs a {major}.x</source>
        <translation>TikTokLive {version} on asennettu; silta lukee viestit TikTokLive {major}.x:n muodossa: {command} asentaa version {major}.x</translation>
    </message>
    <message>
        <source>@{handle} is not live now (TikTok says the room is offline): start the bridge once the live has begun</source>
        <translation>@{handle} ei ole nyt livenä (TikTokin mukaan huone on offline): käynnistä silta, kun live on alkanut</translation>
    </message>
    <message>
        <source>@{handle}: TikTok knows no such account, or one that cannot go LIVE: check the @handle</source>
        <translation>@{handle}: TikTokissa ei ole tällaista tiliä tai tili ei voi mennä LIVEen: tarkista @käyttäjänimi</translation>
    </message>
    <message>
        <source>@{handle}&apos;s live is age-restricted: only a logged-in TikTok session can watch it, and the bridge does not log in</source>
        <translation>@{handle}-käyttäjän live on ikärajoitettu: vain kirjautunut TikTok-istunto voi katsoa sitä, eikä silta kirjaudu</translation>
    </message>
    <message>
        <source>the signing service refused another connection for now (rate limit); a sign API key in {env} raises the limit</source>
        <translation>allekirjoituspalvelu hylkäsi uuden yhteyden toistaiseksi (käyttöraja); allekirjoitus-API:n avain muuttujassa {env} nostaa rajaa</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>journal {path} was written for {theirs}, not {ours}: the same seqs would carry different events</source>
        <translation>loki {path} on kirjoitettu asetuksille {theirs}, ei asetuksille {ours}: samat seq-numerot kantaisivat eri tapahtumia</translation>
    </message>
    <message>
        <source>live-console: the demo simulator stopped by itself (exit {code}):
{tail}</source>
        <translation>live-console: demosimulaattori pysähtyi itsestään (paluuarvo {code}):
{tail}</translation>
    </message>
    <message>
        <source>an offer is already running on {product}</source>
        <extracomment>the scripted scenario, if any (console/studio/scenarios.py); `_f` holds its factors for this tick</extracomment>
        <translation>tuotteella {product} on jo käynnissä tarjous</translation>
    </message>
    <message>
        <source>{product} is sold out</source>
        <translation>{product} on loppuunmyyty</translation>
    </message>
    <message>
        <source>unknown segment {segment}</source>
        <translation>tuntematon osio {segment}</translation>
    </message>
    <message>
        <source>segment {segment} is already on air</source>
        <translation>osio {segment} on jo lähetyksessä</translation>
    </message>
    <message>
        <source>unknown kit {kit}</source>
        <translation>tuntematon tuotepaketti {kit}</translation>
    </message>
    <message>
        <source>kit {kit} is already live</source>
        <translation>tuotepaketti {kit} on jo myynnissä</translation>
    </message>
    <message>
        <source>kit item {product} is sold out</source>
        <translation>paketin tuote {product} on loppuunmyyty</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>live on päättynyt</translation>
    </message>
    <message>
        <source>unknown product {product}</source>
        <translation>tuntematon tuote {product}</translation>
    </message>
    <message>
        <source>realistic noise and no pattern: bursts, dips, segment changes, the run of show</source>
        <translation>realistista kohinaa ilman kuviota: piikkejä, notkahduksia, osionvaihtoja, ajolista</translation>
    </message>
    <message>
        <source>the room cools: clicks per view -50 %, carts per click -25 %, orders per cart -20 % over 30 s, until a flash offer or kit</source>
        <translation>tunnelma viilenee: klikkaukset/näyttö -50 %, ostoskorit/klikkaus -25 %, tilaukset/ostoskori -20 % 30 s:ssa, kunnes tulee pikatarjous tai tuotepaketti</translation>
    </message>
    <message>
        <source>the high-ticket product is presented; then orders per cart fall 80 % for it and 65 % for the others (abandonment 45 % -&gt; 80 %) for 12 min</source>
        <translation>kallis tuote esitellään; sitten tilaukset/ostoskori laskevat 80 % sillä ja 65 % muilla (hylätyt 45 % -&gt; 80 %) 12 min ajan</translation>
    </message>
    <message>
        <source>a demonstration segment holds viewers: leave rate -38 % while it is on air</source>
        <translation>esittelyosio pitää katsojat: poistumisaste -38 % osion ollessa lähetyksessä</translation>
    </message>
    <message>
        <source>a lightning sale: a limited lot of a featured product on offer with a demand surge, enough for about 5 minutes</source>
        <translation>salamamyynti: rajattu erä kärkituotetta tarjouksessa ja kysyntäpiikki, riittää noin 5 minuutiksi</translation>
    </message>
    <message>
        <source>the platform stops pushing the live: organic arrivals -70 % over 30 s, for the rest of the live</source>
        <translation>alusta lakkaa nostamasta liveä: orgaaniset saapujat -70 % 30 s:ssa, liven loppuun asti</translation>
    </message>
    <message>
        <source>a featured product still draws views and clicks but carts per click -93 % and orders per cart -50 % (a wrong variant on its page)</source>
        <translation>kärkituote kerää yhä näyttöjä ja klikkauksia, mutta ostoskorit/klikkaus -93 % ja tilaukset/ostoskori -50 % (väärä variantti sen sivulla)</translation>
    </message>
    <message>
        <source>{summary} ({subject})</source>
        <translation>{summary} ({subject})</translation>
    </message>
    <message>
        <source>{summary} at {time}</source>
        <translation>{summary}, alkaen {time}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (its gettext msgids, Python 3.11+), so that `--help` and a usage error read in one language; their %s and %(name)s stay as they are in every translation</extracomment>
        <translation>käyttö: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentit</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valitsimet</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>näytä versio ja lopeta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: virhe: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>seuraavat argumentit puuttuvat: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tuntemattomat argumentit: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>virheellinen valinta: %(value)r (vaihtoehdot: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>virheellinen %(type)s-arvo: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>odotettiin yhtä arvoa</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>odotettiin vähintään yhtä arvoa</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ei sallittu argumentin %s kanssa</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>monitulkintainen valitsin: %(option)s voi tarkoittaa: %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>must be &gt; 0, got {value}</source>
        <translation>oltava &gt; 0, saatiin {value}</translation>
    </message>
    <message>
        <source>Command line of live-console: demo, live, replay, report, the library of lives and the studio simulator.</source>
        <translation>live-consolen komentorivi: demo, live, replay, report, live-kirjasto ja studiosimulaattori.</translation>
    </message>
    <message>
        <source>run the studio simulator: a Studio Feed Protocol v1 server</source>
        <translation>käynnistä studiosimulaattori: Studio Feed Protocol v1 -palvelin</translation>
    </message>
    <message>
        <source>Run the studio simulator. The token comes from the {env} environment variable; if unset, one is generated and printed.</source>
        <translation>Käynnistä studiosimulaattori. Tunniste luetaan ympäristömuuttujasta {env}; jos sitä ei ole, uusi luodaan ja tulostetaan.</translation>
    </message>
    <message>
        <source>address to bind (default: loopback only)</source>
        <translation>kuunneltava osoite (oletus: vain loopback)</translation>
    </message>
    <message>
        <source>port (0 picks a free one; default 8765)</source>
        <translation>portti (0 valitsee vapaan; oletus 8765)</translation>
    </message>
    <message>
        <source>session plan TOML (default: the demo plan)</source>
        <translation>live-suunnitelman TOML (oletus: demosuunnitelma)</translation>
    </message>
    <message>
        <source>random seed: same seed, same live (default 7)</source>
        <translation>satunnaissiemen: sama siemen, sama live (oletus 7)</translation>
    </message>
    <message>
        <source>live seconds per wall second (default 1; 60 = one live hour per minute)</source>
        <translation>liven sekunteja seinäkellon sekunnissa (oletus 1; 60 = liven tunti minuutissa)</translation>
    </message>
    <message>
        <source>audience multiplier (default 1, 6 with --scenario; 10 = a top live)</source>
        <translation>yleisökerroin (oletus 1, --scenario-valitsimella 6; 10 = huippulive)</translation>
    </message>
    <message>
        <source>journal file: a restarted simulator resumes the same live</source>
        <translation>lokitiedosto: uudelleen käynnistetty simulaattori jatkaa samaa liveä</translation>
    </message>
    <message>
        <source>events kept for resume (default 2,000,000)</source>
        <translation>jatkamista varten säilytettävät tapahtumat (oletus 2 000 000)</translation>
    </message>
    <message>
        <source>write {host, port, feed, api} as JSON once listening</source>
        <translation>kirjoita {host, port, feed, api} JSONina, kun kuuntelu alkaa</translation>
    </message>
    <message>
        <source>serve a real platform&apos;s live as a Studio Feed Protocol v1 feed</source>
        <translation>välitä oikean alustan live Studio Feed Protocol v1 -syötteenä</translation>
    </message>
    <message>
        <source>The platform bridge (docs/bridge.md): what real platforms say, served to the console exactly as the simulator serves its live. The feed token comes from the {env} environment variable; if unset, one is generated and printed.</source>
        <translation>Alustasilta (docs/bridge.md): oikeiden alustojen tiedot välitetään konsolille täsmälleen kuten simulaattori välittää livensä. Syötteen tunniste luetaan ympäristömuuttujasta {env}; jos sitä ei ole, uusi luodaan ja tulostetaan.</translation>
    </message>
    <message>
        <source>replay a recorded capture (NDJSON, docs/bridge.md)</source>
        <translation>toista tallennettu kaappaus (NDJSON, docs/bridge.md)</translation>
    </message>
    <message>
        <source>receive the shop&apos;s webhooks (secret from LIVE_CONSOLE_SHOPIFY_SECRET or LIVE_CONSOLE_SHOPIFY_SECRET_FILE; needs --plan)</source>
        <translation>vastaanota kaupan webhookit (salaisuus: LIVE_CONSOLE_SHOPIFY_SECRET tai LIVE_CONSOLE_SHOPIFY_SECRET_FILE; vaatii --plan)</translation>
    </message>
    <message>
        <source>my-shop.myshopify.com: flash offers become the shop&apos;s automatic discounts, and --shopify-poll asks it for paid orders (Admin API token from LIVE_CONSOLE_SHOPIFY_TOKEN or ..._TOKEN_FILE)</source>
        <translation>my-shop.myshopify.com: pikatarjouksista tulee kaupan automaattisia alennuksia, ja --shopify-poll hakee siltä maksetut tilaukset (Admin API -tunniste: LIVE_CONSOLE_SHOPIFY_TOKEN tai ..._TOKEN_FILE)</translation>
    </message>
    <message>
        <source>ask the shop&apos;s Admin API for paid orders every few seconds: no tunnel needed, no carts (needs --shop, --plan and the token; with --shopify, an order both bring counts once)</source>
        <translation>hae kaupan Admin API:sta maksetut tilaukset muutaman sekunnin välein: ei tunnelia, ei ostoskoreja (vaatii --shop, --plan ja tunnisteen; --shopifyn kanssa molempien tuoma tilaus lasketaan kerran)</translation>
    </message>
    <message>
        <source>with --shopify-poll: seconds between polls (default 10)</source>
        <translation>--shopify-pollin kanssa: hakujen väli sekunteina (oletus 10)</translation>
    </message>
    <message>
        <source>with --shopify-poll: orders paid up to this many minutes before the live&apos;s start count (default 2)</source>
        <translation>--shopify-pollin kanssa: näin monta minuuttia ennen liven alkua maksetut tilaukset lasketaan (oletus 2)</translation>
    </message>
    <message>
        <source>address of the webhook port (default loopback: a tunnel brings Shopify&apos;s deliveries to it, docs/bridge.md)</source>
        <translation>webhook-portin osoite (oletus loopback: tunneli tuo Shopifyn toimitukset sinne, docs/bridge.md)</translation>
    </message>
    <message>
        <source>webhook port (0 picks a free one; default 8766)</source>
        <translation>webhook-portti (0 valitsee vapaan; oletus 8766)</translation>
    </message>
    <message>
        <source>a cart with no paid order this many minutes after its last change is abandoned (default 30)</source>
        <translation>ostoskori, jolla ei ole maksettua tilausta näin monta minuuttia viimeisen muutoksen jälkeen, on hylätty (oletus 30)</translation>
    </message>
    <message>
        <source>count the shop&apos;s test orders (Shopify&apos;s test: true) as the live&apos;s: for a rehearsal; a live never does (they are kept out and counted in /v1/state as &apos;test order&apos;)</source>
        <translation>laske kaupan testitilaukset (Shopifyn test: true) liven tilauksiksi: harjoitusta varten; oikeassa livessä ei koskaan (ne jätetään pois ja lasketaan /v1/stateen nimellä &apos;test order&apos;)</translation>
    </message>
    <message>
        <source>a TikTok LIVE room, live (the extra: pip install -e &apos;.[tiktok]&apos;; a sign API key, if any, from LIVE_CONSOLE_TIKTOK_SIGN_KEY or ..._FILE)</source>
        <translation>TikTok LIVE -huone suorana (lisäosa: pip install -e &apos;.[tiktok]&apos;; allekirjoitus-API:n avain, jos on: LIVE_CONSOLE_TIKTOK_SIGN_KEY tai ..._FILE)</translation>
    </message>
    <message>
        <source>with --tiktok: the capture every raw message is appended to (default: beside --journal, else tiktok-&lt;room&gt;-&lt;UTC time&gt;.capture.ndjson here)</source>
        <translation>--tiktokin kanssa: kaappaus, johon jokainen raakaviesti lisätään (oletus: --journalin vieressä, muuten tiktok-&lt;room&gt;-&lt;UTC time&gt;.capture.ndjson tässä)</translation>
    </message>
    <message>
        <source>replay speed (default 1: as recorded)</source>
        <translation>toistonopeus (oletus 1: kuten tallennettu)</translation>
    </message>
    <message>
        <source>session plan TOML: the live&apos;s id, title, currency and products</source>
        <translation>live-suunnitelman TOML: liven tunnus, otsikko, valuutta ja tuotteet</translation>
    </message>
    <message>
        <source>journal file: a restarted bridge serves the same seqs</source>
        <translation>lokitiedosto: uudelleen käynnistetty silta tarjoaa samat seq-numerot</translation>
    </message>
    <message>
        <source>start the simulator on a free loopback port and open the console on it</source>
        <translation>käynnistä simulaattori vapaaseen loopback-porttiin ja avaa konsoli siihen</translation>
    </message>
    <message>
        <source>The whole console on the built-in studio simulator: nothing to configure. Every event and action is recorded to a session file (see --session).</source>
        <translation>Koko konsoli sisäänrakennetun studiosimulaattorin päällä: ei mitään määritettävää. Jokainen tapahtuma ja toimenpide tallennetaan istuntotiedostoon (katso --session).</translation>
    </message>
    <message>
        <source>simulator seed (default 7)</source>
        <translation>simulaattorin siemen (oletus 7)</translation>
    </message>
    <message>
        <source>simulated live seconds per second (default 5)</source>
        <translation>simuloidun liven sekunteja sekunnissa (oletus 5)</translation>
    </message>
    <message>
        <source>replay a recorded live: the same window, a timeline, actions off</source>
        <translation>toista tallennettu live: sama ikkuna, aikajana, toimenpiteet pois</translation>
    </message>
    <message>
        <source>Opens the session file read-only. Keys: Space play/pause, Left/Right 10 s, PgUp/PgDn previous/next action, N add a review note.</source>
        <translation>Avaa istuntotiedoston vain luku -tilassa. Näppäimet: Space toista/tauko, Vasen/Oikea 10 s, PgUp/PgDn edellinen/seuraava toimenpide, N lisää jälkikatsauksen muistiinpano.</translation>
    </message>
    <message>
        <source>session file (.db) recorded by demo or live</source>
        <translation>demon tai liven tallentama istuntotiedosto (.db)</translation>
    </message>
    <message>
        <source>start at MM:SS into the live, or at a percentage (50%%)</source>
        <translation>aloita liven kohdasta MM:SS tai prosenttina (50%%)</translation>
    </message>
    <message>
        <source>replay speed (default 10x)</source>
        <translation>toistonopeus (oletus 10x)</translation>
    </message>
    <message>
        <source>start playing at once</source>
        <translation>aloita toisto heti</translation>
    </message>
    <message>
        <source>no display needed (Qt offscreen platform)</source>
        <translation>ei tarvita näyttöä (Qt offscreen -alusta)</translation>
    </message>
    <message>
        <source>quit cleanly after this many seconds</source>
        <translation>lopeta siististi näin monen sekunnin jälkeen</translation>
    </message>
    <message>
        <source>save the window just before quitting</source>
        <translation>tallenna ikkuna juuri ennen lopetusta</translation>
    </message>
    <message>
        <source>connect the console to a real Studio Feed Protocol v1 feed</source>
        <translation>yhdistä konsoli oikeaan Studio Feed Protocol v1 -syötteeseen</translation>
    </message>
    <message>
        <source>Token from the {env} environment variable or --token-file; never on the command line.</source>
        <translation>Tunniste ympäristömuuttujasta {env} tai --token-file-tiedostosta; ei koskaan komentorivillä.</translation>
    </message>
    <message>
        <source>feed WebSocket URL, e.g. wss://host/v1/events, or a live on the bus: nats://HOST:PORT/LIVE_ID (tls:// off loopback; docs/bus.md)</source>
        <translation>syötteen WebSocket-URL, esim. wss://host/v1/events, tai väylän live: nats://HOST:PORT/LIVE_ID (tls:// muualla kuin loopbackissa; docs/bus.md)</translation>
    </message>
    <message>
        <source>action API base URL, e.g. https://host/v1 (for a live on the bus: the one its producer registered, unless given)</source>
        <translation>toiminto-API:n perus-URL, esim. https://host/v1 (väylän livelle: tuottajan rekisteröimä, ellei anneta)</translation>
    </message>
    <message>
        <source>session plan TOML (optional: products are discovered from the feed)</source>
        <translation>live-suunnitelman TOML (valinnainen: tuotteet selviävät syötteestä)</translation>
    </message>
    <message>
        <source>file holding the token (else ${env})</source>
        <translation>tunnisteen sisältävä tiedosto (muuten ${env})</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM) to trust for wss:// and https:// (certificates are always verified; there is no way to turn that off)</source>
        <translation>lisä-CA-varmenne (PEM), johon luotetaan wss://- ja https://-yhteyksissä (varmenteet tarkistetaan aina; sitä ei voi kytkeä pois)</translation>
    </message>
    <message>
        <source>the host view: big type for a tablet or a monitor beside the camera</source>
        <translation>juontajanäkymä: isot kirjaimet tabletille tai kameran viereiselle näytölle</translation>
    </message>
    <message>
        <source>The segment on air and its talking points, the product on screen with its price and stock, the offer&apos;s countdown, the next cue and the advice for the host, read from two metres (docs/host.md). It fires nothing and records nothing. Token from the {env} environment variable or --token-file. Esc or Ctrl+Q closes it, F11 toggles full screen.</source>
        <translation>Lähetyksessä oleva osio ja sen puheenaiheet, esillä oleva tuote hintoineen ja varastoineen, tarjouksen lähtölaskenta, seuraava cue ja suositus juontajalle, luettavissa kahden metrin päästä (docs/host.md). Se ei laukaise eikä tallenna mitään. Tunniste ympäristömuuttujasta {env} tai --token-file-tiedostosta. Esc tai Ctrl+Q sulkee, F11 vaihtaa koko näytön tilaa.</translation>
    </message>
    <message>
        <source>feed URL, as for `live`: wss://host/v1/events or nats://HOST:PORT/LIVE_ID</source>
        <translation>syötteen URL kuten `live`-komennossa: wss://host/v1/events tai nats://HOST:PORT/LIVE_ID</translation>
    </message>
    <message>
        <source>the live&apos;s action API, as for `live` (checked, never called: the host view fires nothing)</source>
        <translation>liven toiminto-API kuten `live`-komennossa (tarkistetaan, ei kutsuta: juontajanäkymä ei laukaise mitään)</translation>
    </message>
    <message>
        <source>session plan TOML: segments, talking points, cues (for a live on the bus: the one its producer registered, unless given)</source>
        <translation>live-suunnitelman TOML: osiot, puheenaiheet, cuet (väylän livelle: tuottajan rekisteröimä, ellei anneta)</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM) to trust, as for `live`</source>
        <translation>lisä-CA-varmenne (PEM), johon luotetaan, kuten `live`-komennossa</translation>
    </message>
    <message>
        <source>save the view just before quitting</source>
        <translation>tallenna näkymä juuri ennen lopetusta</translation>
    </message>
    <message>
        <source>the studio wall: every live on the bus at a glance</source>
        <translation>studion seinänäyttö: kaikki väylän livet yhdellä silmäyksellä</translation>
    </message>
    <message>
        <source>One tile per live on the bus: viewers, GMV against goal, orders per minute, feed health, open advice; ordered by what needs attention. A click (or Enter) opens that live&apos;s console (a producer&apos;s seat); a live that ends moves to the finished row with its report (docs/wall.md). Bus credentials from LIVE_CONSOLE_NATS_* (docs/bus.md). Esc or Ctrl+Q closes it, F11 full screen.</source>
        <translation>Yksi ruutu kutakin väylän liveä kohden: katsojat, GMV (myynti) tavoitteeseen nähden, tilaukset minuutissa, syötteen kunto, avoimet suositukset; järjestetty huomion tarpeen mukaan. Napsautus (tai Enter) avaa liven konsolin (tuottajan paikka); päättynyt live siirtyy päättyneiden riviin raporttinsa kanssa (docs/wall.md). Väylän tunnistetiedot: LIVE_CONSOLE_NATS_* (docs/bus.md). Esc tai Ctrl+Q sulkee, F11 koko näyttö.</translation>
    </message>
    <message>
        <source>the bus: nats://HOST:PORT on loopback, tls://HOST:PORT elsewhere (several servers comma-separated)</source>
        <translation>väylä: nats://HOST:PORT loopbackissa, muualla tls://HOST:PORT (useita palvelimia pilkuin eroteltuina)</translation>
    </message>
    <message>
        <source>the wall&apos;s own session file of each live (for its report; default: ~/.local/share/live-console/wall)</source>
        <translation>seinänäytön oma istuntotiedosto kustakin livestä (raporttia varten; oletus: ~/.local/share/live-console/wall)</translation>
    </message>
    <message>
        <source>the seat name of the consoles opened from the wall (default: the OS user)</source>
        <translation>seinänäytöltä avattujen konsolien paikan nimi (oletus: käyttöjärjestelmän käyttäjä)</translation>
    </message>
    <message>
        <source>handed to the consoles opened from the wall (else they read ${env})</source>
        <translation>annetaan seinänäytöltä avatuille konsoleille (muuten ne lukevat ${env})</translation>
    </message>
    <message>
        <source>save the wall just before quitting</source>
        <translation>tallenna seinänäyttö juuri ennen lopetusta</translation>
    </message>
    <message>
        <source>write the post-live report of a session file (HTML, PNG charts, CSV)</source>
        <translation>luo istuntotiedostosta live-raportti (HTML, PNG-kaaviot, CSV)</translation>
    </message>
    <message>
        <source>Write report.html, charts/*.png and tables/*.csv for a recorded live.</source>
        <translation>Kirjoittaa tallennetusta livestä report.html-, charts/*.png- ja tables/*.csv-tiedostot.</translation>
    </message>
    <message>
        <source>session file (.db) of the live</source>
        <translation>liven istuntotiedosto (.db)</translation>
    </message>
    <message>
        <source>folder to write the report into</source>
        <translation>kansio, johon raportti kirjoitetaan</translation>
    </message>
    <message>
        <source>another live&apos;s session file to compare with</source>
        <translation>toisen liven istuntotiedosto vertailuun</translation>
    </message>
    <message>
        <source>the library of lives: add session files, list them, check them</source>
        <translation>live-kirjasto: lisää, listaa ja tarkista istuntotiedostoja</translation>
    </message>
    <message>
        <source>The library of lives (docs/library.md): a catalogue row and Parquet tables per live, read by history, playbook and plan suggest.</source>
        <translation>Live-kirjasto (docs/library.md): luettelorivi ja Parquet-taulut livea kohden; history, playbook ja plan suggest lukevat niitä.</translation>
    </message>
    <message>
        <source>add session files (the same file again changes nothing)</source>
        <translation>lisää istuntotiedostoja (sama tiedosto uudelleen ei muuta mitään)</translation>
    </message>
    <message>
        <source>Add session files to the library; each file&apos;s outcome is printed.</source>
        <translation>Lisää istuntotiedostoja kirjastoon; kunkin tiedoston tulos tulostetaan.</translation>
    </message>
    <message>
        <source>session file (.db) of a live</source>
        <translation>liven istuntotiedosto (.db)</translation>
    </message>
    <message>
        <source>tag these lives (repeatable), besides their plan&apos;s [live] tags</source>
        <translation>merkitse nämä livet tunnisteella (toistettavissa) suunnitelman [live]-tunnisteiden lisäksi</translation>
    </message>
    <message>
        <source>the lives in the library, the earliest first</source>
        <translation>kirjaston livet, vanhin ensin</translation>
    </message>
    <message>
        <source>say which lives&apos; session files moved or are missing</source>
        <translation>kerro, minkä livejen istuntotiedostot ovat siirtyneet tai kadonneet</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD, got {value}</source>
        <translation>oltava päivämäärä muodossa YYYY-MM-DD, saatiin {value}</translation>
    </message>
    <message>
        <source>{role} (default: ~/.local/share/live-console/library, under $XDG_DATA_HOME when set)</source>
        <translation>{role} (oletus: ~/.local/share/live-console/library, $XDG_DATA_HOME-kansion alla, jos asetettu)</translation>
    </message>
    <message>
        <source>the library folder</source>
        <translation>kirjaston kansio</translation>
    </message>
    <message>
        <source>the rules the library&apos;s lives support, with their evidence</source>
        <translation>kirjaston livejen tukemat säännöt näyttöineen</translation>
    </message>
    <message>
        <source>Write playbook.html and playbook.json: each rule the lives support (actions, segments, minutes, products, channels, buyers) with the lives and numbers behind it, how sure it is, and what a rule not settled yet still needs.</source>
        <translation>Kirjoittaa playbook.html- ja playbook.json-tiedostot: jokainen livejen tukema sääntö (toimenpiteet, osiot, minuutit, tuotteet, liikenteen lähteet, ostajat) sen takana olevine liveineen ja lukuineen, kuinka varma se on ja mitä vielä vahvistamaton sääntö tarvitsee.</translation>
    </message>
    <message>
        <source>folder to write the playbook into</source>
        <translation>kansio, johon toimintaohjeisto kirjoitetaan</translation>
    </message>
    <message>
        <source>only lives from this date on (YYYY-MM-DD)</source>
        <translation>vain tästä päivästä alkaen (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>only lives of this plan (its live title, in any case, or its text&apos;s SHA-256)</source>
        <translation>vain tämän suunnitelman livet (liven otsikko, kirjainkoosta riippumatta, tai tekstin SHA-256)</translation>
    </message>
    <message>
        <source>only lives with this tag (repeatable: lives with every one)</source>
        <translation>vain livet, joilla on tämä tunniste (toistettavissa: livet, joilla on kaikki)</translation>
    </message>
    <message>
        <source>work on a session plan: suggest the next one from the library</source>
        <translation>työstä live-suunnitelmaa: ehdota seuraava kirjaston perusteella</translation>
    </message>
    <message>
        <source>Session plans (docs/plan.md).</source>
        <translation>Live-suunnitelmat (docs/plan.md).</translation>
    </message>
    <message>
        <source>draft the next plan from the lives of this one, every change commented</source>
        <translation>luonnostele seuraava suunnitelma tämän suunnitelman liveistä, jokainen muutos kommentoituna</translation>
    </message>
    <message>
        <source>Write a draft of the next plan: goals, segment order, cues, stock and kits from the library&apos;s lives of the same plan, each change commented with its evidence. With too few such lives the plan is kept as it is, and the draft says how many more it needs.</source>
        <translation>Kirjoittaa seuraavan suunnitelman luonnoksen: tavoitteet, osioiden järjestys, cuet, varasto ja tuotepaketit saman suunnitelman kirjaston liveistä, jokainen muutos perusteltuna. Jos tällaisia liveja on liian vähän, suunnitelma pidetään ennallaan ja luonnos kertoo, montako lisää tarvitaan.</translation>
    </message>
    <message>
        <source>the plan to start from</source>
        <translation>pohjana käytettävä suunnitelma</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>kirjoitettava luonnos</translation>
    </message>
    <message>
        <source>the page to read before planning the next live: the library&apos;s lives together (HTML, PNG charts, CSV)</source>
        <translation>sivu, joka luetaan ennen seuraavan liven suunnittelua: kirjaston livet yhdessä (HTML, PNG-kaaviot, CSV)</translation>
    </message>
    <message>
        <source>Write history.html, charts/*.png and tables/*.csv: goals, minute curves, segments, products, channels, buyers and which actions work, across the library&apos;s lives; --compare sets lives side by side over the same minutes.</source>
        <translation>Kirjoittaa history.html-, charts/*.png- ja tables/*.csv-tiedostot kirjaston liveistä: tavoitteet, minuuttikäyrät, osiot, tuotteet, liikenteen lähteet, ostajat ja mitkä toimenpiteet toimivat; --compare asettaa livet rinnakkain samoilta minuuteilta.</translation>
    </message>
    <message>
        <source>only lives of this plan (its live title)</source>
        <translation>vain tämän suunnitelman livet (liven otsikko)</translation>
    </message>
    <message>
        <source>only lives with this tag (repeatable: every tag given)</source>
        <translation>vain livet, joilla on tämä tunniste (toistettavissa: kaikki annetut)</translation>
    </message>
    <message>
        <source>compare these lives (keys, or live ids that one live has) over the minutes every one of them recorded</source>
        <translation>vertaa näitä liveja (avaimet tai yksiselitteiset live-tunnukset) minuuteilla, jotka jokainen niistä tallensi</translation>
    </message>
    <message>
        <source>folder to write the page into</source>
        <translation>kansio, johon sivu kirjoitetaan</translation>
    </message>
    <message>
        <source>a scripted live for the advisor (docs/advisor.md): {names}</source>
        <translation>käsikirjoitettu live live-neuvojan kokeiluun (docs/advisor.md): {names}</translation>
    </message>
    <message>
        <source>also publish the live to this NATS JetStream bus (nats://HOST:PORT on loopback, tls://HOST:PORT elsewhere; credentials from LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>julkaise live myös tähän NATS JetStream -väylään (nats://HOST:PORT loopbackissa, muualla tls://HOST:PORT; tunnukset: LIVE_CONSOLE_NATS_*, docs/bus.md)</translation>
    </message>
    <message>
        <source>copies of the live&apos;s stream on a JetStream cluster (default 1; 3 in production)</source>
        <translation>liven virran kopiot JetStream-klusterissa (oletus 1; tuotannossa 3)</translation>
    </message>
    <message>
        <source>how long the bus keeps the live&apos;s events (default 30 days)</source>
        <translation>kuinka kauan väylä säilyttää liven tapahtumat (oletus 30 päivää)</translation>
    </message>
    <message>
        <source>session file to record to (default: ~/.local/share/live-console/sessions/DATE_LIVEID.db; an unfinished one of today is continued)</source>
        <translation>istuntotiedosto, johon tallennetaan (oletus: ~/.local/share/live-console/sessions/DATE_LIVEID.db; tämän päivän keskeneräistä jatketaan)</translation>
    </message>
    <message>
        <source>this seat&apos;s name (1-64 characters): on every action it fires, in every seat&apos;s action log (default: the OS user)</source>
        <translation>tämän paikan nimi (1–64 merkkiä): näkyy jokaisessa sen laukaisemassa toimenpiteessä jokaisen paikan toimenpidelokissa (oletus: käyttöjärjestelmän käyttäjä)</translation>
    </message>
    <message>
        <source>operator: fires actions and auto cues (default); producer: the same window read-only, notes and marks only; host: the host view (as `live-console host`)</source>
        <translation>operator: laukaisee toimenpiteet ja automaattiset cuet (oletus); producer: sama ikkuna vain luku -tilassa, vain muistiinpanot ja merkinnät; host: juontajanäkymä (kuten `live-console host`)</translation>
    </message>
    <message>
        <source>quit cleanly after this many wall-clock seconds</source>
        <translation>lopeta siististi näin monen todellisen sekunnin jälkeen</translation>
    </message>
    <message>
        <source>save the main window just before quitting</source>
        <translation>tallenna pääikkuna juuri ennen lopetusta</translation>
    </message>
    <message>
        <source>the library of lives a finished live is added to</source>
        <translation>live-kirjasto, johon päättynyt live lisätään</translation>
    </message>
    <message>
        <source>do not add this live to the library of lives</source>
        <translation>älä lisää tätä liveä live-kirjastoon</translation>
    </message>
    <message>
        <source>the console&apos;s language: en, ja, fi or pt_BR (default: the saved choice, else the system&apos;s)</source>
        <translation>konsolin kieli: en, ja, fi tai pt_BR (oletus: tallennettu valinta, muuten järjestelmän kieli)</translation>
    </message>
    <message>
        <source>live-console: bad plan: {problem}</source>
        <translation>live-console: virheellinen suunnitelma: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>live-console: bad plan, %n problems:{lines}</source>
        <translation>
            <numerusform>live-console: virheellinen suunnitelma, %n ongelma:{lines}</numerusform>
            <numerusform>live-console: virheellinen suunnitelma, %n ongelmaa:{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Studio simulator: {title} (seed {seed}, speed {speed}x), scenario {scenario}: {words}</source>
        <translation>Studiosimulaattori: {title} (siemen {seed}, nopeus {speed}x), skenaario {scenario}: {words}</translation>
    </message>
    <message>
        <source>Studio simulator: {title} (seed {seed}, speed {speed}x)</source>
        <translation>Studiosimulaattori: {title} (siemen {seed}, nopeus {speed}x)</translation>
    </message>
    <message>
        <source>  bus   {url}  (stream {stream})</source>
        <translation>  väylä {url}  (stream {stream})</translation>
    </message>
    <message>
        <source>  token {token}  (generated; set {env} to choose it)</source>
        <translation>  tunniste {token}  (luotu; aseta {env} valitaksesi sen itse)</translation>
    </message>
    <message>
        <source>  token from {env}</source>
        <translation>  tunniste muuttujasta {env}</translation>
    </message>
    <message>
        <source>Ctrl-C stops it.</source>
        <translation>Pysäytä painamalla Ctrl-C.</translation>
    </message>
    <message>
        <source>Platform bridge: {title} (sends {events})</source>
        <translation>Alustasilta: {title} (lähettää: {events})</translation>
    </message>
    <message>
        <source>live-console: cannot open a window: {problem}</source>
        <translation>live-console: ikkunaa ei voi avata: {problem}</translation>
    </message>
    <message>
        <source>live-console demo: {title}, simulator on {url} (speed {speed}x)</source>
        <translation>live-console demo: {title}, simulaattori osoitteessa {url} (nopeus {speed}x)</translation>
    </message>
    <message>
        <source>cannot read the token file {path}: {reason}</source>
        <translation>tunnistetiedostoa {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>the token file {path} is empty</source>
        <translation>tunnistetiedosto {path} on tyhjä</translation>
    </message>
    <message>
        <source>no token: set {env} or pass --token-file (never the token itself)</source>
        <translation>tunniste puuttuu: aseta {env} tai anna --token-file (ei koskaan itse tunnistetta)</translation>
    </message>
    <message>
        <source>live {live}&apos;s actions API ({host}) is not on the bus&apos;s host: pass --api with the URL you trust (the token is sent to it)</source>
        <translation>liven {live} toiminto-API ({host}) ei ole samassa isännässä kuin väylä: anna --api luotettavalla URL-osoitteella (tunniste lähetetään sinne)</translation>
    </message>
    <message>
        <source>the plan of live {live} on the bus</source>
        <translation>väylän liven {live} suunnitelma</translation>
    </message>
    <message>
        <source>{flag}: not a valid URL</source>
        <translation>{flag}: virheellinen URL</translation>
    </message>
    <message>
        <source>{flag} must be a {plain}:// or {secure}:// URL with a host</source>
        <translation>{flag}: oltava {plain}:// tai {secure}:// -URL, jossa on isäntä</translation>
    </message>
    <message>
        <source>{flag}: the URL must not carry credentials or a query (the token comes from the environment)</source>
        <translation>{flag}: URL ei saa sisältää tunnuksia eikä kyselyä (tunniste tulee ympäristöstä)</translation>
    </message>
    <message>
        <source>{flag}: {plain}:// would send the token in clear to {host}; use {secure}://</source>
        <translation>{flag}: {plain}:// lähettäisi tunnisteen salaamattomana osoitteeseen {host}; käytä {secure}://</translation>
    </message>
    <message>
        <source>--api is required with a ws:// or wss:// feed</source>
        <translation>ws://- tai wss://-syöte vaatii --api</translation>
    </message>
    <message>
        <source>live {live} on the bus registered no actions API: pass --api</source>
        <translation>väylän live {live} ei rekisteröinyt toiminto-API:a: anna --api</translation>
    </message>
    <message>
        <source>live-console: --ca-file {path}: cannot be used as a CA certificate ({reason})</source>
        <translation>live-console: --ca-file {path}: ei kelpaa CA-varmenteeksi ({reason})</translation>
    </message>
    <message>
        <source>the host view needs the live&apos;s plan (its segments and talking points): pass --plan</source>
        <translation>juontajanäkymä tarvitsee liven suunnitelman (osiot ja puheenaiheet): anna --plan</translation>
    </message>
    <message>
        <source>live-console wall: --token-file {path}: no such file</source>
        <translation>live-console wall: --token-file {path}: tiedostoa ei ole</translation>
    </message>
    <message>
        <source>live-console wall: --sessions {path}: {reason}</source>
        <translation>live-console wall: --sessions {path}: {reason}</translation>
    </message>
    <message>
        <source>--operator {name}: {problem}</source>
        <translation>--operator {name}: {problem}</translation>
    </message>
    <message>
        <source>{path}: no such session file</source>
        <translation>{path}: istuntotiedostoa ei ole</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file, and holds no session file (*.db)</source>
        <translation>{path} on kansio, ei istuntotiedosto, eikä siinä ole istuntotiedostoja (*.db)</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} ja %n muu</numerusform>
            <numerusform>{names} ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} is a folder, not a session file; it holds %n session file(s): {shown}</source>
        <translation>
            <numerusform>{path} on kansio, ei istuntotiedosto; siinä on %n istuntotiedosto: {shown}</numerusform>
            <numerusform>{path} on kansio, ei istuntotiedosto; siinä on %n istuntotiedostoa: {shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>--at {spec}: a percentage of the live goes from 0% to 100%</source>
        <translation>--at {spec}: liven prosenttiosuus on välillä 0–100 %</translation>
    </message>
    <message>
        <source>--at {spec} is past the end of this recording ({length}); starting at its end</source>
        <translation>--at {spec} on tallenteen lopun ({length}) jälkeen; aloitetaan lopusta</translation>
    </message>
    <message>
        <source>live-console playbook: cannot write {path}: {reason}</source>
        <translation>live-console playbook: kohteeseen {path} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>playbook: {rules} rules stand on %n lives ({selection}): {page}</source>
        <translation>
            <numerusform>playbook: {rules} sääntöä %n liven perusteella ({selection}): {page}</numerusform>
            <numerusform>playbook: {rules} sääntöä %n liven perusteella ({selection}): {page}</numerusform>
        </translation>
    </message>
    <message>
        <source>live-console plan suggest: --out must not be the --from plan: the draft would replace it</source>
        <translation>live-console plan suggest: --out ei saa olla --from-suunnitelma: luonnos korvaisi sen</translation>
    </message>
    <message>
        <source>live-console plan suggest: cannot write {path}: {reason}</source>
        <translation>live-console plan suggest: kohteeseen {path} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>plan suggest: {changes} changes from %n comparable lives: {path}</source>
        <translation>
            <numerusform>plan suggest: {changes} muutosta %n vertailukelpoisesta livestä: {path}</numerusform>
            <numerusform>plan suggest: {changes} muutosta %n vertailukelpoisesta livestä: {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
