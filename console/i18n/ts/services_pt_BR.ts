<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Actions</name>
    <message>
        <source>live {left} left</source>
        <translation>no ar, faltam {left}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>tentativa {n}</translation>
    </message>
    <message>
        <source>outcome unknown, checking</source>
        <translation>resultado incerto, verificando</translation>
    </message>
    <message>
        <source>do it in the app, then Done</source>
        <translation>faça no app e clique em Feito</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>the action API did not answer in time</source>
        <translation>a API de ações não respondeu a tempo</translation>
    </message>
    <message>
        <source>the action API is not reachable</source>
        <translation>a API de ações está inacessível</translation>
    </message>
    <message>
        <source>the action API refused the token</source>
        <translation>a API de ações recusou o token</translation>
    </message>
    <message>
        <source>the server never received it (checked by key)</source>
        <translation>o servidor nunca a recebeu (verificado pela chave)</translation>
    </message>
    <message>
        <source>reconciled after a restart: it never reached the server (not re-sent)</source>
        <translation>conferida após reiniciar: nunca chegou ao servidor (não reenviada)</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>a live terminou</translation>
    </message>
    <message>
        <source>this offer on {name} is already running ({left} left)</source>
        <translation>esta oferta de {name} já está no ar (faltam {left})</translation>
    </message>
    <message>
        <source>an offer on {name} is already running (-{pct}%, {left} left)</source>
        <translation>já há uma oferta de {name} no ar (-{pct}%, faltam {left})</translation>
    </message>
    <message>
        <source>other offer live, {left} left</source>
        <translation>outra oferta, faltam {left}</translation>
    </message>
    <message>
        <source>{name} is sold out</source>
        <translation>{name} está esgotado</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>esgotado</translation>
    </message>
    <message>
        <source>“{title}” is already on air</source>
        <translation>“{title}” já está no ar</translation>
    </message>
    <message>
        <source>on air now</source>
        <translation>no ar agora</translation>
    </message>
    <message>
        <source>kit item {names} is sold out</source>
        <translation>o item do kit {names} está esgotado</translation>
    </message>
    <message>
        <source>{name} sold out</source>
        <translation>{name} esgotado</translation>
    </message>
    <message>
        <source>kit item {names} are sold out</source>
        <translation>os itens do kit {names} estão esgotados</translation>
    </message>
    <message>
        <source>items sold out</source>
        <translation>itens esgotados</translation>
    </message>
    <message>
        <source>live ended</source>
        <translation>live encerrada</translation>
    </message>
    <message>
        <source>offer already running</source>
        <translation>oferta já no ar</translation>
    </message>
    <message>
        <source>already on air</source>
        <translation>já no ar</translation>
    </message>
    <message>
        <source>kit already live</source>
        <translation>kit já no ar</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>action API unreachable</source>
        <translation>API inacessível</translation>
    </message>
    <message>
        <source>token refused</source>
        <translation>token recusado</translation>
    </message>
    <message>
        <source>never reached the server</source>
        <translation>não chegou ao servidor</translation>
    </message>
    <message>
        <source>one press</source>
        <translation>um toque</translation>
    </message>
    <message>
        <source>asks to confirm</source>
        <translation>pede confirmação</translation>
    </message>
    <message>
        <source>hold {seconds} s, or press the key twice</source>
        <translation>segure {seconds} s ou pressione a tecla duas vezes</translation>
    </message>
    <message>
        <source>producer seat: read-only</source>
        <extracomment>Why a producer&apos;s pad fires nothing: the words on its pad and in every refusal</extracomment>
        <translation>posto do produtor: somente leitura</translation>
    </message>
    <message>
        <source>another seat holds the cues</source>
        <extracomment>A cue this seat does not fire because another seat holds the cues (the lease): its note in the run of show</extracomment>
        <translation>outro posto controla as deixas</translation>
    </message>
    <message>
        <source>seat {seat}: {problem}</source>
        <translation>posto {seat}: {problem}</translation>
    </message>
    <message>
        <source>the action API answer could not be read ({error})</source>
        <translation>não foi possível ler a resposta da API de ações ({error})</translation>
    </message>
    <message>
        <source>{error}; the server asks to wait {seconds} s</source>
        <translation>{error}; o servidor pede para esperar {seconds} s</translation>
    </message>
    <message>
        <source>{error} (gave up after {n} attempts)</source>
        <translation>{error} (desistiu após {n} tentativas)</translation>
    </message>
    <message>
        <source>{error}; not confirmed yet, checking with the server</source>
        <translation>{error}; ainda não confirmada, verificando com o servidor</translation>
    </message>
    <message>
        <source>the action API is busy (HTTP 429)</source>
        <translation>a API de ações está sobrecarregada (HTTP 429)</translation>
    </message>
    <message>
        <source>the action API answered HTTP {status}</source>
        <translation>a API de ações respondeu HTTP {status}</translation>
    </message>
    <message>
        <source>the connection to the action API failed ({error})</source>
        <translation>a conexão com a API de ações falhou ({error})</translation>
    </message>
    <message>
        <source>the console&apos;s connection is not running</source>
        <translation>a conexão do console não está ativa</translation>
    </message>
    <message>
        <source>sending failed: {error}</source>
        <translation>falha no envio: {error}</translation>
    </message>
    <message>
        <source>double press ignored</source>
        <translation>toque duplo ignorado</translation>
    </message>
    <message>
        <source>no cue armed</source>
        <translation>nenhuma deixa armada</translation>
    </message>
    <message>
        <source>the run of show moved on: GO fires the cue it shows</source>
        <translation>o roteiro avançou: o GO dispara a deixa que está mostrando</translation>
    </message>
    <message>
        <source>marked done, not sent: {why}</source>
        <translation>marcada como feita, não enviada: {why}</translation>
    </message>
    <message>
        <source>not sent: {why}</source>
        <translation>não enviada: {why}</translation>
    </message>
    <message>
        <source>not sent: “{label}” was just sent, wait for it on air</source>
        <translation>não enviada: “{label}” acabou de ser enviada, aguarde entrar no ar</translation>
    </message>
    <message>
        <source>“{label}” was pressed a moment ago</source>
        <translation>“{label}” foi acionada há um instante</translation>
    </message>
    <message>
        <source>the feed is {state}: {why}</source>
        <translation>o feed está {state}: {why}</translation>
    </message>
    <message>
        <source>the feed is {state}</source>
        <translation>o feed está {state}</translation>
    </message>
    <message>
        <source>the action API is unreachable: {why}</source>
        <translation>a API de ações está inacessível: {why}</translation>
    </message>
    <message>
        <source>could not tell the server: {error}</source>
        <translation>não foi possível avisar o servidor: {error}</translation>
    </message>
    <message>
        <source>not done by hand: the live ended before it was confirmed</source>
        <translation>não feito à mão: a live terminou antes da confirmação</translation>
    </message>
    <message>
        <source>sent by a press a moment before</source>
        <translation>enviada por um toque logo antes</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>outro posto</translation>
    </message>
    <message>
        <source>due while another seat holds the cues</source>
        <translation>venceu enquanto outro posto controlava as deixas</translation>
    </message>
    <message>
        <source>could not ask the server about it yet ({error})</source>
        <translation>ainda não foi possível consultar o servidor ({error})</translation>
    </message>
    <message>
        <source>reconciled after a restart: the server had it</source>
        <translation>conferida após reiniciar: o servidor a recebeu</translation>
    </message>
    <message>
        <source>health check failed</source>
        <translation>a verificação de saúde falhou</translation>
    </message>
    <message>
        <source>not done by hand: {reason}</source>
        <translation>não feito à mão: {reason}</translation>
    </message>
    <message>
        <source>not done by hand</source>
        <translation>não feito à mão</translation>
    </message>
</context>
<context>
    <name>BusStatus</name>
    <message>
        <source>{url} is not a bus URL: expected nats://HOST:PORT or tls://HOST:PORT</source>
        <translation>{url} não é uma URL de barramento: esperado nats://HOST:PORT ou tls://HOST:PORT</translation>
    </message>
    <message>
        <source>put the bus credentials in {token}, {user}/{password}, {creds} or {nkey}, not in the URL (a URL is seen in ps and shell history)</source>
        <translation>coloque as credenciais do barramento em {token}, {user}/{password}, {creds} ou {nkey}, não na URL (a URL aparece no ps e no histórico do shell)</translation>
    </message>
    <message>
        <source>{url} names no live: expected {scheme}://HOST:PORT/LIVE_ID</source>
        <translation>{url} não indica nenhuma live: esperado {scheme}://HOST:PORT/LIVE_ID</translation>
    </message>
    <message>
        <source>{url}: give the bus only (no /{live_id}): every live on it is found there</source>
        <translation>{url}: informe só o barramento (sem /{live_id}): todas as lives dele são encontradas ali</translation>
    </message>
    <message>
        <source>{url}: an empty server name</source>
        <translation>{url}: nome de servidor vazio</translation>
    </message>
    <message>
        <source>plain nats:// is for loopback only; use tls://{server} (TLS verified) for a bus on another machine</source>
        <translation>nats:// simples é só para loopback; use tls://{server} (TLS verificado) para um barramento em outra máquina</translation>
    </message>
    <message>
        <source>{url}: {port} is not a port number</source>
        <translation>{url}: {port} não é um número de porta</translation>
    </message>
    <message>
        <source>bus credentials: set one kind, not {kinds}</source>
        <translation>credenciais do barramento: defina um só tipo, não {kinds}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>bus credentials: {user} and {password} go together</source>
        <translation>credenciais do barramento: {user} e {password} andam juntos</translation>
    </message>
    <message>
        <source>{name}: no file at {path}</source>
        <translation>{name}: nenhum arquivo em {path}</translation>
    </message>
    <message>
        <source>the TLS certificate of the bus at {where} was not accepted: {why}</source>
        <translation>o certificado TLS do barramento em {where} não foi aceito: {why}</translation>
    </message>
    <message>
        <source>the bus at {where} refused the connection</source>
        <translation>o barramento em {where} recusou a conexão</translation>
    </message>
    <message>
        <source>the bus at {where} did not answer in {seconds} s</source>
        <translation>o barramento em {where} não respondeu em {seconds} s</translation>
    </message>
    <message>
        <source>bus {where}, live {live_id}</source>
        <translation>barramento {where}, live {live_id}</translation>
    </message>
    <message>
        <source>no live on the bus at {where} yet (waiting for live {live_id})</source>
        <translation>ainda não há live no barramento em {where} (aguardando a live {live_id})</translation>
    </message>
    <message>
        <source>live {live_id} is not on the bus at {where} (yet)</source>
        <translation>a live {live_id} (ainda) não está no barramento em {where}</translation>
    </message>
    <message>
        <source>the bus at {where} refused this console&apos;s credentials (check LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>o barramento em {where} recusou as credenciais deste console (verifique LIVE_CONSOLE_NATS_*: docs/bus.md)</translation>
    </message>
    <message>
        <source>the bus at {where} is not answering ({error})</source>
        <translation>o barramento em {where} não está respondendo ({error})</translation>
    </message>
    <message>
        <source>lost the connection to the bus at {where}</source>
        <translation>a conexão com o barramento em {where} caiu</translation>
    </message>
    <message>
        <source>the bus went silent for {seconds} s (no events, no clock)</source>
        <translation>o barramento ficou em silêncio por {seconds} s (sem eventos, sem relógio)</translation>
    </message>
    <message>
        <source>the bus stopped sending this live&apos;s events for {seconds} s</source>
        <translation>o barramento parou de enviar os eventos desta live por {seconds} s</translation>
    </message>
    <message>
        <source>the bus at {where} refused the credentials (set one of LIVE_CONSOLE_NATS_TOKEN, _USER/_PASSWORD, _CREDS, _NKEY: docs/bus.md)</source>
        <translation>o barramento em {where} recusou as credenciais (defina uma destas: LIVE_CONSOLE_NATS_TOKEN, _USER/_PASSWORD, _CREDS, _NKEY: docs/bus.md)</translation>
    </message>
    <message>
        <source>{why}; is nats-server running?</source>
        <translation>{why}; o nats-server está rodando?</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>live {live_id} is not on the bus at {where} (lives on air: {on_air})</source>
        <translation>a live {live_id} não está no barramento em {where} (lives no ar: {on_air})</translation>
    </message>
    <message>
        <source>bus at {where}: {error}</source>
        <translation>barramento em {where}: {error}</translation>
    </message>
    <message>
        <source>events {first}..{last} of live {live_id} left the server&apos;s buffer before they reached the bus; raise --buffer (the stream stays as it is, with no hole written)</source>
        <translation>os eventos {first}..{last} da live {live_id} saíram do buffer do servidor antes de chegar ao barramento; aumente --buffer (o stream fica como está, sem buraco gravado)</translation>
    </message>
    <message>
        <source>the bus already holds {last} events of live {live_id}, more than this producer has ({ours}): another live with the same id, or a producer restarted without its --journal. Give the live a new id, or delete its stream (docs/deployment.md)</source>
        <translation>o barramento já tem {last} eventos da live {live_id}, mais do que este produtor tem ({ours}): outra live com o mesmo id, ou um produtor reiniciado sem o --journal. Dê um novo id à live ou apague o stream dela (docs/deployment.md)</translation>
    </message>
    <message>
        <source>the bus holds another live under the id {live_id} (its event {last} is not this producer&apos;s): give this live a new id in its plan, or delete the old stream (docs/deployment.md)</source>
        <translation>o barramento tem outra live com o id {live_id} (o evento {last} dela não é deste produtor): dê um novo id a esta live no plano ou apague o stream antigo (docs/deployment.md)</translation>
    </message>
    <message>
        <source>event {seq} was not stored: {error}</source>
        <translation>o evento {seq} não foi gravado: {error}</translation>
    </message>
    <message>
        <source>events {first}..{last} of live {live_id} were stored as stream message {stored}, not {expected}</source>
        <translation>os eventos {first}..{last} da live {live_id} foram gravados como mensagem {stored} do stream, não {expected}</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>the live has ended</source>
        <translation>a live terminou</translation>
    </message>
    <message>
        <source>missing from the stream</source>
        <extracomment>the cause an ingest gives a hole it finds between two seqs (Ingest.frame): a restored one says the same</extracomment>
        <translation>faltando no stream</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>Each state in words, for sentences such as &quot;the feed is reconnecting&quot;: translate(&quot;FeedStatus&quot;, ...) shows them</extracomment>
        <translation>conectando</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>sem atualização</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>replay</translation>
    </message>
    <message>
        <source>the feed speaks {theirs}; this console speaks {ours}: update live-console</source>
        <translation>o feed usa {theirs}; este console usa {ours}: atualize o live-console</translation>
    </message>
    <message>
        <source>the feed now serves another live ({live_id}, started {started}); restart the console to follow it</source>
        <translation>o feed agora transmite outra live ({live_id}, iniciada em {started}); reinicie o console para acompanhá-la</translation>
    </message>
    <message>
        <source>the feed serves another live ({live_id}, started {started}) than the one this session file recorded ({recorded_id}, started {recorded_started}): record it in a new file (--session), or restart the feed&apos;s server with its journal to carry on the recorded live</source>
        <translation>o feed transmite outra live ({live_id}, iniciada em {started}) diferente da gravada neste arquivo da sessão ({recorded_id}, iniciada em {recorded_started}): grave em um novo arquivo (--session) ou reinicie o servidor do feed com o journal para continuar a live gravada</translation>
    </message>
    <message>
        <source>the feed refused the token (check LIVE_CONSOLE_TOKEN or --token-file)</source>
        <translation>o feed recusou o token (verifique LIVE_CONSOLE_TOKEN ou --token-file)</translation>
    </message>
    <message>
        <source>the feed removed this console (kicked by an administrator)</source>
        <translation>o feed removeu este console (desconectado por um administrador)</translation>
    </message>
    <message>
        <source>the feed refused the request as malformed</source>
        <translation>o feed recusou a solicitação como malformada</translation>
    </message>
    <message>
        <source>the feed went silent (no events, no heartbeats)</source>
        <translation>o feed ficou em silêncio (sem eventos, sem heartbeats)</translation>
    </message>
    <message>
        <source>the feed sent a frame over {size} bytes; it was refused unread</source>
        <translation>o feed enviou um quadro com mais de {size} bytes; ele foi recusado sem leitura</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <source>the feed at {where} answered HTTP {status} instead of opening the stream</source>
        <translation>o feed em {where} respondeu HTTP {status} em vez de abrir o stream</translation>
    </message>
    <message>
        <source>the feed URL is not a usable ws:// or wss:// URL</source>
        <translation>a URL do feed não é uma URL ws:// ou wss:// utilizável</translation>
    </message>
    <message>
        <source>connection closed ({code}: {why})</source>
        <translation>conexão encerrada ({code}: {why})</translation>
    </message>
    <message>
        <source>connection closed ({code})</source>
        <translation>conexão encerrada ({code})</translation>
    </message>
    <message>
        <source>the feed at {where} is not answering (connection refused)</source>
        <translation>o feed em {where} não está respondendo (conexão recusada)</translation>
    </message>
    <message>
        <source>the feed at {where} did not answer in time</source>
        <translation>o feed em {where} não respondeu a tempo</translation>
    </message>
    <message>
        <source>the TLS certificate of the feed at {where} was not accepted: {why}</source>
        <translation>o certificado TLS do feed em {where} não foi aceito: {why}</translation>
    </message>
    <message>
        <source>network error reaching the feed at {where}: {error}</source>
        <translation>erro de rede ao acessar o feed em {where}: {error}</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>erro interno: {error}</translation>
    </message>
    <message>
        <source>internal error, restart the console: {error}</source>
        <translation>erro interno, reinicie o console: {error}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Offer {name} -{pct}%</source>
        <translation>Oferta {name} -{pct}%</translation>
    </message>
    <message>
        <source>Segment {name}</source>
        <translation>Bloco {name}</translation>
    </message>
    <message>
        <source>Kit {name}</source>
        <translation>Kit {name}</translation>
    </message>
</context>
<context>
    <name>PlanErrors</name>
    <message>
        <source>an id of 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>um id de 1 a 64 letras, dígitos, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;, começando com letra ou dígito</translation>
    </message>
    <message>
        <source>a three-letter currency code in capitals, like &quot;EUR&quot;</source>
        <translation>um código de moeda de três letras maiúsculas, como &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>a numeric id in quotes (1 to 20 digits), like &quot;1729609304255072963&quot;</source>
        <translation>um id numérico entre aspas (1 a 20 dígitos), como &quot;1729609304255072963&quot;</translation>
    </message>
    <message>
        <source>a Shopify variant id in quotes: its number, like &quot;808950810&quot;, or &quot;gid://shopify/ProductVariant/808950810&quot;</source>
        <translation>um id de variante Shopify entre aspas: o número, como &quot;808950810&quot;, ou &quot;gid://shopify/ProductVariant/808950810&quot;</translation>
    </message>
    <message>
        <source>a Shopify product id in quotes: its number, like &quot;632910392&quot;, or &quot;gid://shopify/Product/632910392&quot;</source>
        <translation>um id de produto Shopify entre aspas: o número, como &quot;632910392&quot;, ou &quot;gid://shopify/Product/632910392&quot;</translation>
    </message>
    <message>
        <source>a SKU in quotes: 1 to 255 characters, no space at either end</source>
        <translation>um SKU entre aspas: 1 a 255 caracteres, sem espaço nas pontas</translation>
    </message>
    <message>
        <source>a tag in quotes: 1 to 32 characters, no space at either end</source>
        <translation>uma tag entre aspas: 1 a 32 caracteres, sem espaço nas pontas</translation>
    </message>
    <message>
        <source>a talking point in quotes: 1 to 200 characters on one line, no space at either end</source>
        <translation>um ponto de fala entre aspas: 1 a 200 caracteres em uma linha, sem espaço nas pontas</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>uma tabela</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a whole number</source>
        <extracomment>(whole number?, lower bound, upper bound) -&gt; what a number must be: &quot;a number greater than 0&quot;, &quot;a whole number from 1 to 1440&quot;, &quot;a number of at least 0&quot;, &quot;a number greater than 0 and at most 90&quot;</extracomment>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number greater than {low}</source>
        <translation>um número inteiro maior que {low}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>um número inteiro de no mínimo {low}</translation>
    </message>
    <message>
        <source>a whole number below {high}</source>
        <translation>um número inteiro menor que {high}</translation>
    </message>
    <message>
        <source>a whole number of at most {high}</source>
        <translation>um número inteiro de no máximo {high}</translation>
    </message>
    <message>
        <source>a whole number greater than {low} and below {high}</source>
        <translation>um número inteiro maior que {low} e menor que {high}</translation>
    </message>
    <message>
        <source>a whole number greater than {low} and at most {high}</source>
        <translation>um número inteiro maior que {low} e no máximo {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low} and below {high}</source>
        <translation>um número inteiro de no mínimo {low} e menor que {high}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>um número de {low} a {high}</translation>
    </message>
    <message>
        <source>a number greater than {low}</source>
        <translation>um número maior que {low}</translation>
    </message>
    <message>
        <source>a number of at least {low}</source>
        <translation>um número de no mínimo {low}</translation>
    </message>
    <message>
        <source>a number below {high}</source>
        <translation>um número menor que {high}</translation>
    </message>
    <message>
        <source>a number of at most {high}</source>
        <translation>um número de no máximo {high}</translation>
    </message>
    <message>
        <source>a number greater than {low} and below {high}</source>
        <translation>um número maior que {low} e menor que {high}</translation>
    </message>
    <message>
        <source>a number greater than {low} and at most {high}</source>
        <translation>um número maior que {low} e no máximo {high}</translation>
    </message>
    <message>
        <source>a number of at least {low} and below {high}</source>
        <translation>um número de no mínimo {low} e menor que {high}</translation>
    </message>
    <message>
        <source>a text of {low} to {high} characters</source>
        <translation>um texto de {low} a {high} caracteres</translation>
    </message>
    <message>
        <source>a text of at least {low} characters</source>
        <translation>um texto de no mínimo {low} caracteres</translation>
    </message>
    <message>
        <source>a text of at most {high} characters</source>
        <translation>um texto de no máximo {high} caracteres</translation>
    </message>
    <message>
        <source>must list {low} to {high} items, got {got}</source>
        <translation>deve listar de {low} a {high} itens; informados: {got}</translation>
    </message>
    <message>
        <source>must list at least {low} items, got {got}</source>
        <translation>deve listar no mínimo {low} itens; informados: {got}</translation>
    </message>
    <message>
        <source>must list at most {high} items, got {got}</source>
        <translation>deve listar no máximo {high} itens; informados: {got}</translation>
    </message>
    <message>
        <source>must be {what}, got {value}</source>
        <translation>deve ser {what}; valor informado: {value}</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>deve ser true ou false; valor informado: {value}</translation>
    </message>
    <message>
        <source>must be one of {words}, got {value}</source>
        <translation>deve ser um destes: {words}; valor informado: {value}</translation>
    </message>
    <message>
        <source>unknown field (known here: {known})</source>
        <translation>campo desconhecido (conhecidos aqui: {known})</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>campo obrigatório ausente</translation>
    </message>
    <message>
        <source>text matching {pattern}</source>
        <translation>um texto que corresponda a {pattern}</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>um texto entre aspas</translation>
    </message>
    <message>
        <source>must be {what}, got {value} ({n} characters)</source>
        <translation>deve ser {what}; valor informado: {value} ({n} caracteres)</translation>
    </message>
    <message>
        <source>duplicate {key} {value}</source>
        <translation>{key} {value} duplicado</translation>
    </message>
    <message>
        <source>{cost} is above the price {price}: every sale loses money</source>
        <translation>{cost} está acima do preço {price}: toda venda dá prejuízo</translation>
    </message>
    <message>
        <source>unknown product {sku}</source>
        <translation>produto desconhecido {sku}</translation>
    </message>
    <message>
        <source>lists the same product twice</source>
        <translation>lista o mesmo produto duas vezes</translation>
    </message>
    <message>
        <source>{price} is not below the items&apos; full price {full}</source>
        <translation>{price} não está abaixo do preço cheio dos itens {full}</translation>
    </message>
    <message>
        <source>{at} is not mm:ss (for example &quot;02:30&quot;)</source>
        <translation>{at} não está no formato mm:ss (por exemplo &quot;02:30&quot;)</translation>
    </message>
    <message>
        <source>{at} is after the end of the live ({minutes} min)</source>
        <translation>{at} é depois do fim da live ({minutes} min)</translation>
    </message>
    <message>
        <source>{value} is mapped to two products, {here} here and {first} in {first_at}</source>
        <translation>{value} está associado a dois produtos: {here} aqui e {first} em {first_at}</translation>
    </message>
    <message>
        <source>{value} is mapped to two products, {here} here and {first} in {first_at} (Shopify looks a line up by its variant id and its SKU alike)</source>
        <translation>{value} está associado a dois produtos: {here} aqui e {first} em {first_at} (a Shopify localiza uma linha tanto pelo id da variante quanto pelo SKU)</translation>
    </message>
    <message>
        <source>unknown preset {target} for action {action}</source>
        <translation>predefinição desconhecida {target} para a ação {action}</translation>
    </message>
    <message>
        <source>unknown segment {target} for action {action}</source>
        <translation>bloco desconhecido {target} para a ação {action}</translation>
    </message>
    <message>
        <source>unknown kit {target} for action {action}</source>
        <translation>kit desconhecido {target} para a ação {action}</translation>
    </message>
    <message>
        <source>lists {values} twice</source>
        <translation>lista {values} duas vezes</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>at most this many talking points a segment: more would not fit the host view in readable type at most this many [live] tags: a plan&apos;s tags name the kind of live (&quot;black-friday&quot;, &quot;kitchen&quot;), not its contents</extracomment>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>not UTF-8 text ({reason} at byte {at})</source>
        <translation>não é texto UTF-8 ({reason} no byte {at})</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>não pode ser lido: {why}</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>TOML inválido: {error}</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>Flash offer &apos;{name}&apos;</source>
        <translation>Oferta relâmpago “{name}”</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos;</source>
        <translation>Bloco “{name}”</translation>
    </message>
    <message>
        <source>Kit &apos;{name}&apos;</source>
        <translation>Kit “{name}”</translation>
    </message>
    <message>
        <source>Note &apos;{name}&apos;</source>
        <translation>Nota “{name}”</translation>
    </message>
    <message>
        <source>Flash offer &apos;{name}&apos; ({state}: {why})</source>
        <translation>Oferta relâmpago “{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos; ({state}: {why})</source>
        <translation>Bloco “{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>Kit &apos;{name}&apos; ({state}: {why})</source>
        <translation>Kit “{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>Note &apos;{name}&apos; ({state}: {why})</source>
        <translation>Nota “{name}” ({state}: {why})</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>an action&apos;s status as a tick&apos;s words say it</extracomment>
        <translation>pendente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>acked</source>
        <translation>aceita</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à mão</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>não feita</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>Note: {label}</source>
        <translation>Nota: {label}</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>carregando</translation>
    </message>
    <message>
        <source>Moment marked (Ctrl+M)</source>
        <translation>Momento marcado (Ctrl+M)</translation>
    </message>
    <message>
        <source>The note at {when} could not be saved to {error}</source>
        <translation>Não foi possível salvar a nota de {when} em {error}</translation>
    </message>
    <message>
        <source>Note saved at {when} — in the report once it is written again (Ctrl+R)</source>
        <translation>Nota salva em {when} — entra no relatório quando ele for gerado de novo (Ctrl+R)</translation>
    </message>
    <message>
        <source>loading {progress}</source>
        <translation>carregando {progress}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>{how} · indexing {progress}</source>
        <translation>{how} · indexando {progress}</translation>
    </message>
    <message>
        <source>--at {spec}: expected MM:SS (e.g. 45:00) or a percentage (e.g. 50%)</source>
        <translation>--at {spec}: esperado MM:SS (ex.: 45:00) ou uma porcentagem (ex.: 50%)</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Library of lives: {said}</source>
        <translation>Biblioteca de lives: {said}</translation>
    </message>
    <message>
        <source>exit {code}</source>
        <translation>código de saída {code}</translation>
    </message>
    <message>
        <source>Not added to the library of lives: {reason}</source>
        <translation>Não adicionada à biblioteca de lives: {reason}</translation>
    </message>
    <message>
        <source>the report could not be written (exit {code})</source>
        <translation>não foi possível gerar o relatório (código de saída {code})</translation>
    </message>
    <message>
        <source>still adding after {seconds} s, stopped</source>
        <translation>ainda adicionando após {seconds} s, interrompido</translation>
    </message>
</context>
<context>
    <name>Seats</name>
    <message>
        <source>a seat&apos;s name has 1 to {most} characters (got {got})</source>
        <extracomment>Largest frame a client accepts; a larger one is rejected unread (bytes). the events that put an operator&apos;s action on air (or take it off): each names the action_id it answers The seat that sends an action request (docs/protocol.md, section 6): its name, percent-encoded UTF-8.</extracomment>
        <translation>o nome de um posto tem de 1 a {most} caracteres (tem {got})</translation>
    </message>
    <message>
        <source>a seat&apos;s name has printable characters only (no control characters or line breaks)</source>
        <translation>o nome de um posto só aceita caracteres imprimíveis (sem caracteres de controle nem quebras de linha)</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>damaged session file</source>
        <extracomment>version -&gt; DDL that brings a file from version-1 to version</extracomment>
        <translation>arquivo da sessão danificado</translation>
    </message>
    <message>
        <source>cannot be opened for recording</source>
        <translation>não pode ser aberto para gravação</translation>
    </message>
    <message>
        <source>{path}: {what} ({error})</source>
        <translation>{path}: {what} ({error})</translation>
    </message>
    <message>
        <source>{path} is being recorded by another console (another seat on this machine?): give this one its own file with --session</source>
        <translation>{path} está sendo gravado por outro console (outro posto nesta máquina?): dê a este um arquivo próprio com --session</translation>
    </message>
    <message>
        <source>{path}: no such session file</source>
        <translation>{path}: arquivo da sessão não encontrado</translation>
    </message>
    <message>
        <source>{path}: not a readable session file ({error})</source>
        <translation>{path}: não é um arquivo da sessão legível ({error})</translation>
    </message>
    <message>
        <source>{path}: written by a newer live-console (schema {version}; this one reads up to {ours}); update live-console to open it</source>
        <translation>{path}: gravado por um live-console mais novo (esquema {version}; este lê até {ours}); atualize o live-console para abri-lo</translation>
    </message>
    <message>
        <source>{path}: not a live-console session file (missing {tables})</source>
        <translation>{path}: não é um arquivo da sessão do live-console (faltam {tables})</translation>
    </message>
    <message>
        <source>{path}: the session file is damaged ({error})</source>
        <translation>{path}: o arquivo da sessão está danificado ({error})</translation>
    </message>
    <message>
        <source>{path}: schema {version} is newer than this live-console ({ours})</source>
        <translation>{path}: o esquema {version} é mais novo que este live-console ({ours})</translation>
    </message>
    <message>
        <source>{path}: no checkpoint at seq {seq}</source>
        <extracomment>events per decode call: one C call per batch keeps seeking fast at most this many characters of raws in one frame: at most 4 bytes each in UTF-8, so a frame always stays under the decoder&apos;s 4 MiB limit (2,000 typical events take ~400 KB; only unusually long ones ever split a batch) a seq beyond any recorded one: &quot;to the end of the file&quot;</extracomment>
        <translation>{path}: nenhum checkpoint na seq {seq}</translation>
    </message>
    <message>
        <source>the session recorder stopped: {error}; events are no longer written</source>
        <translation>a gravação da sessão parou: {error}; os eventos não estão mais sendo gravados</translation>
    </message>
    <message>
        <source>cannot write the session file {path}: {error}</source>
        <translation>não é possível gravar o arquivo da sessão {path}: {error}</translation>
    </message>
    <message>
        <source>{path} (recorded plan)</source>
        <translation>{path} (plano gravado)</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>no display found (DISPLAY is not set). Run from a desktop session, or add --offscreen to run headless (with --screenshot PNG to see the window).</source>
        <extracomment>what the offscreen platform still needs what Qt&apos;s Wayland plugin needs beyond the wheels</extracomment>
        <translation>nenhuma tela encontrada (DISPLAY não está definido). Rode a partir de uma sessão de desktop ou adicione --offscreen para rodar sem tela (com --screenshot PNG para ver a janela).</translation>
    </message>
    <message>
        <source>the system libraries Qt needs to open a window are missing. Install them with:
    sudo apt-get install -y {packages}
(or run headless with --offscreen)</source>
        <translation>faltam as bibliotecas do sistema que o Qt precisa para abrir uma janela. Instale-as com:
    sudo apt-get install -y {packages}
(ou rode sem tela com --offscreen)</translation>
    </message>
</context>
<context>
    <name>WallStatus</name>
    <message>
        <source>writing the report…</source>
        <translation>gerando o relatório…</translation>
    </message>
    <message>
        <source>report opened</source>
        <translation>relatório aberto</translation>
    </message>
    <message>
        <source>report failed: {error}</source>
        <translation>falha no relatório: {error}</translation>
    </message>
    <message>
        <source>connecting to the bus…</source>
        <extracomment>a live that ended longer ago than this is not brought back onto the wall (yesterday&apos;s lives are the library&apos;s) a registry entry still &quot;on air&quot; but not refreshed for this long: its producer died long ago, nobody is on air</extracomment>
        <translation>conectando ao barramento…</translation>
    </message>
    <message>
        <source>bus {where}: no live has been published to it yet</source>
        <translation>barramento {where}: nenhuma live foi publicada nele ainda</translation>
    </message>
    <message>
        <source>bus {where}</source>
        <translation>barramento {where}</translation>
    </message>
    <message>
        <source>bus {where}: connection lost, reconnecting</source>
        <translation>barramento {where}: conexão perdida, reconectando</translation>
    </message>
    <message>
        <source>bus {where} refused the wall&apos;s credentials (LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>o barramento {where} recusou as credenciais do painel (LIVE_CONSOLE_NATS_*: docs/bus.md)</translation>
    </message>
    <message>
        <source>bus {where} is not answering ({why}); retrying</source>
        <translation>o barramento {where} não está respondendo ({why}); tentando de novo</translation>
    </message>
    <message>
        <source>cannot record it to {path}: {error}</source>
        <translation>não é possível gravar em {path}: {error}</translation>
    </message>
    <message>
        <source>the registry&apos;s plan of {live_id}</source>
        <translation>o plano de {live_id} no registro</translation>
    </message>
    <message>
        <source>its plan could not be read ({error})</source>
        <translation>não foi possível ler o plano ({error})</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>sem resposta em {seconds} s</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>abrindo…</translation>
    </message>
    <message>
        <source>could not open its console: {why}</source>
        <translation>não foi possível abrir o console: {why}</translation>
    </message>
    <message>
        <source>exit {code}</source>
        <translation>código de saída {code}</translation>
    </message>
</context>
</TS>
