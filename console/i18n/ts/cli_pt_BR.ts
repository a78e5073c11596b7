<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Bridge</name>
    <message>
        <source>{path}: no such capture file</source>
        <translation>{path}: arquivo de captura não encontrado</translation>
    </message>
    <message>
        <source>nothing to bridge: give --capture FILE or --tiktok @room, and/or --shopify or --shopify-poll</source>
        <translation>nada para conectar: informe --capture FILE ou --tiktok @room, e/ou --shopify ou --shopify-poll</translation>
    </message>
    <message>
        <source>--capture and --tiktok are both a video platform&apos;s live: give one</source>
        <translation>--capture e --tiktok são ambos a live de uma plataforma de vídeo: informe só um</translation>
    </message>
    <message>
        <source>--tee goes with --tiktok: it is where the room&apos;s raw messages are written</source>
        <translation>--tee vai com --tiktok: é onde as mensagens brutas da sala são gravadas</translation>
    </message>
    <message>
        <source>--shopify-poll needs --plan: the live&apos;s currency and the products the shop&apos;s SKUs map to</source>
        <translation>--shopify-poll precisa de --plan: a moeda da live e os produtos aos quais os SKUs da loja correspondem</translation>
    </message>
    <message>
        <source>--shopify needs --plan: the live&apos;s id, currency and the products its SKUs map to</source>
        <translation>--shopify precisa de --plan: o id da live, a moeda e os produtos aos quais os SKUs correspondem</translation>
    </message>
    <message>
        <source>--shopify-poll needs --shop DOMAIN: the shop whose paid orders it asks for (like my-shop.myshopify.com)</source>
        <translation>--shopify-poll precisa de --shop DOMAIN: a loja cujos pedidos pagos ele consulta (como my-shop.myshopify.com)</translation>
    </message>
    <message>
        <source>  tiktok @{handle}, every raw message teed to {path}</source>
        <translation>  tiktok @{handle}, cada mensagem bruta copiada para {path}</translation>
    </message>
    <message>
        <source>  capture {path} (speed {speed}x)</source>
        <translation>  captura {path} (velocidade {speed}x)</translation>
    </message>
    <message>
        <source>  shopify webhooks {url} (orders/paid, checkouts/*, carts/*; a cart with no paid order for {minutes} min is abandoned)</source>
        <translation>  webhooks da shopify {url} (orders/paid, checkouts/*, carts/*; carrinho sem pedido pago por {minutes} min é abandonado)</translation>
    </message>
    <message>
        <source>  shopify paid orders polled from {shop} every {seconds} s (Admin API, read_orders; from {minutes} min before the live&apos;s start)</source>
        <translation>  pedidos pagos da shopify consultados em {shop} a cada {seconds} s (Admin API, read_orders; desde {minutes} min antes do início da live)</translation>
    </message>
    <message>
        <source>--shop needs --plan: the products its discounts name (platform_ids)</source>
        <translation>--shop precisa de --plan: os produtos que os descontos citam (platform_ids)</translation>
    </message>
    <message>
        <source>  flash offers: automatic discounts on {shop} (Admin API; token from the environment)</source>
        <translation>  ofertas relâmpago: descontos automáticos em {shop} (Admin API; token do ambiente)</translation>
    </message>
    <message>
        <source>  actions: steps by hand in the platforms&apos; apps, on the charts once confirmed (POST /v1/actions/ACTION_ID/confirm)</source>
        <translation>  ações: feitas à mão nos apps das plataformas, nos gráficos após a confirmação (POST /v1/actions/ACTION_ID/confirm)</translation>
    </message>
    <message>
        <source>no action {kind}</source>
        <extracomment>The routes the operator&apos;s &quot;done&quot; and &quot;not done&quot; take (served by the bridge; docs/bridge.md, &quot;Actions&quot;).</extracomment>
        <translation>não existe a ação {kind}</translation>
    </message>
    <message>
        <source>an offer is already running on {product} (confirmed as {action})</source>
        <translation>já há uma oferta em andamento para {product} (confirmada como {action})</translation>
    </message>
    <message>
        <source>In TikTok Shop Seller Center: create a flash deal on {product} at {pct}% off, {price} {currency} instead of {list_price} {currency}, for {span}, starting now.</source>
        <translation>No TikTok Shop Seller Center: crie uma oferta relâmpago de {product} com {pct}% de desconto, {price} {currency} em vez de {list_price} {currency}, por {span}, começando agora.</translation>
    </message>
    <message>
        <source>In TikTok LIVE Studio: pin product {product}.</source>
        <translation>No TikTok LIVE Studio: fixe o produto {product}.</translation>
    </message>
    <message>
        <source>the plan has no segment {segment}</source>
        <translation>o plano não tem o bloco {segment}</translation>
    </message>
    <message>
        <source>Tell the host: go to script segment &apos;{title}&apos; ({segment}), with the product demonstration.</source>
        <translation>Avise o apresentador: vá para o bloco do roteiro &apos;{title}&apos; ({segment}), com a demonstração do produto.</translation>
    </message>
    <message>
        <source>Tell the host: go to script segment &apos;{title}&apos; ({segment}).</source>
        <translation>Avise o apresentador: vá para o bloco do roteiro &apos;{title}&apos; ({segment}).</translation>
    </message>
    <message>
        <source>the plan has no kit {kit}</source>
        <translation>o plano não tem o kit {kit}</translation>
    </message>
    <message>
        <source>In TikTok Shop Seller Center: create a product bundle &apos;{name}&apos; (kit {kit}) at {price} {currency} with {items}.</source>
        <translation>No TikTok Shop Seller Center: crie o kit &apos;{name}&apos; (kit {kit}) por {price} {currency} com {items}.</translation>
    </message>
    <message>
        <source>In TikTok LIVE Studio: add the bundle &apos;{name}&apos; to the LIVE and pin it.</source>
        <translation>No TikTok LIVE Studio: adicione o kit &apos;{name}&apos; à LIVE e fixe-o.</translation>
    </message>
    <message>
        <source>{action} was recorded as not done ({reason}): start it again instead</source>
        <translation>{action} foi registrada como não feita ({reason}): inicie-a de novo</translation>
    </message>
    <message>
        <source>{action} was recorded as not done: start it again instead</source>
        <translation>{action} foi registrada como não feita: inicie-a de novo</translation>
    </message>
    <message>
        <source>{action} was already confirmed done</source>
        <translation>{action} já foi confirmada como feita</translation>
    </message>
    <message>
        <source>no action {action} waits to be done by hand</source>
        <translation>nenhuma ação {action} aguarda ser feita à mão</translation>
    </message>
    <message>
        <source>the plan has no product {product}</source>
        <translation>o plano não tem o produto {product}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (TikTok id {ident})</source>
        <translation>&apos;{name}&apos; (id TikTok {ident})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (plan product {product}; the plan has no TikTok id for it)</source>
        <translation>&apos;{name}&apos; (produto do plano {product}; o plano não tem id TikTok para ele)</translation>
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
        <translation>{path}:{line}: não é um registro do journal (o journal está danificado)</translation>
    </message>
    <message>
        <source>the bridge has no plan to describe a {kind} by: do it by hand in the platform&apos;s app (start the bridge with --plan)</source>
        <translation>a ponte não tem plano para descrever {kind}: faça à mão no app da plataforma (inicie a ponte com --plan)</translation>
    </message>
    <message>
        <source>no Shopify Admin API token: set {env} (never on the command line)</source>
        <extracomment>`Resolve(product_id)`: the Shopify GIDs of a plan product (the plan&apos;s `platform_ids`): product GIDs (`gid://shopify/Product/1`) put the whole product on offer, variant GIDs (`gid://shopify/ProductVariant/2`) only those variants. Empty when the plan does not map the product to the shop. How long throttling may hold one action, in all: the console&apos;s action client gives an attempt 5 s.</extracomment>
        <translation>sem token da Shopify Admin API: defina {env} (nunca na linha de comando)</translation>
    </message>
    <message>
        <source>an offer is already running on {product} (Shopify discount {discount} until {until})</source>
        <translation>já há uma oferta em andamento para {product} (desconto Shopify {discount} até {until})</translation>
    </message>
    <message>
        <source>look in the Shopify admin, Discounts, for “{title}” before starting this offer again (end it there if it is not wanted)</source>
        <translation>procure “{title}” no admin da Shopify, em Descontos, antes de iniciar esta oferta de novo (encerre-a lá se não for desejada)</translation>
    </message>
    <message>
        <source>no discount was created</source>
        <translation>nenhum desconto foi criado</translation>
    </message>
    <message>
        <source>Shopify refused the discount</source>
        <translation>a Shopify recusou o desconto</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer names no discount: {doubt}</source>
        <translation>a resposta da Shopify não cita nenhum desconto: {doubt}</translation>
    </message>
    <message>
        <source>no Shopify discount was made for {action}</source>
        <translation>nenhum desconto Shopify foi criado para {action}</translation>
    </message>
    <message>
        <source>it may have ended; look in the Shopify admin, Discounts, for “{title}”, or try again</source>
        <translation>talvez já tenha terminado; procure “{title}” no admin da Shopify, em Descontos, ou tente de novo</translation>
    </message>
    <message>
        <source>the discount is still running</source>
        <translation>o desconto continua ativo</translation>
    </message>
    <message>
        <source>Shopify did not end the discount {discount}</source>
        <translation>a Shopify não encerrou o desconto {discount}</translation>
    </message>
    <message>
        <source>the plan maps no Shopify product or variant to {product} (&apos;{name}&apos;): add it to the plan&apos;s platform_ids; no discount was created</source>
        <translation>o plano não associa produto ou variante Shopify a {product} (&apos;{name}&apos;): adicione em platform_ids do plano; nenhum desconto foi criado</translation>
    </message>
    <message>
        <source>{ident} (for {product}) is not a Shopify product or variant id (gid://shopify/Product/... or gid://shopify/ProductVariant/...); no discount was created</source>
        <translation>{ident} (para {product}) não é id de produto ou variante Shopify (gid://shopify/Product/... ou gid://shopify/ProductVariant/...); nenhum desconto foi criado</translation>
    </message>
    <message>
        <source>the bridge could not reach {shop} ({error}): {nothing_done}; check the network</source>
        <translation>a ponte não conseguiu acessar {shop} ({error}): {nothing_done}; verifique a rede</translation>
    </message>
    <message>
        <source>Shopify did not answer ({error}): {doubt}</source>
        <translation>a Shopify não respondeu ({error}): {doubt}</translation>
    </message>
    <message>
        <source>Shopify is throttling this app&apos;s requests: {nothing_done}; try again in {seconds} s</source>
        <translation>a Shopify está limitando as requisições deste app: {nothing_done}; tente de novo em {seconds} s</translation>
    </message>
    <message>
        <source>Shopify refused the Admin API token (401): it is wrong, revoked or expired; {nothing_done}. Put a valid token in {env} (or its file) and restart the bridge</source>
        <translation>a Shopify recusou o token da Admin API (401): ele está errado, revogado ou expirado; {nothing_done}. Coloque um token válido em {env} (ou no arquivo dele) e reinicie a ponte</translation>
    </message>
    <message>
        <source>the Shopify app may not manage discounts: {nothing_done}. Give the app the write_discounts scope, release that version and install it on the shop again</source>
        <translation>o app da Shopify não pode gerenciar descontos: {nothing_done}. Dê ao app o escopo write_discounts, publique essa versão e instale-o de novo na loja</translation>
    </message>
    <message>
        <source>Shopify failed (HTTP {status}): {doubt}</source>
        <translation>a Shopify falhou (HTTP {status}): {doubt}</translation>
    </message>
    <message>
        <source>Shopify answered HTTP {status}: {nothing_done}; check the shop ({shop}) and the API version ({version})</source>
        <translation>a Shopify respondeu HTTP {status}: {nothing_done}; verifique a loja ({shop}) e a versão da API ({version})</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer could not be read: {doubt}</source>
        <translation>não foi possível ler a resposta da Shopify: {doubt}</translation>
    </message>
    <message>
        <source>Shopify refused the request ({said}): {nothing_done}</source>
        <translation>a Shopify recusou a requisição ({said}): {nothing_done}</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer has no {name}: {doubt}</source>
        <translation>a resposta da Shopify não tem {name}: {doubt}</translation>
    </message>
    <message>
        <source>cannot read the {what} file {path}: {reason}</source>
        <translation>não é possível ler o arquivo de {what} {path}: {reason}</translation>
    </message>
    <message>
        <source>the {what} file {path} is empty</source>
        <translation>o arquivo de {what} {path} está vazio</translation>
    </message>
    <message>
        <source>no {what}: set {env}, or {file_env} to a file that holds it (never on the command line)</source>
        <translation>sem {what}: defina {env}, ou {file_env} com um arquivo que o contenha (nunca na linha de comando)</translation>
    </message>
    <message>
        <source>Shopify client secret</source>
        <translation>segredo do cliente Shopify</translation>
    </message>
    <message>
        <source>Shopify Admin API token</source>
        <translation>token da Shopify Admin API</translation>
    </message>
    <message>
        <source>no Shopify client id: set {env}</source>
        <translation>sem id do cliente Shopify: defina {env}</translation>
    </message>
    <message>
        <source>the shop must be its myshopify.com domain (like my-shop.myshopify.com), not {shop}</source>
        <translation>a loja deve ser o domínio myshopify.com dela (como my-shop.myshopify.com), não {shop}</translation>
    </message>
    <message>
        <source>a Shopify endpoint must be https (plain http only on loopback)</source>
        <translation>um endpoint da Shopify deve ser https (http simples só em loopback)</translation>
    </message>
    <message>
        <source>{text} is not a TikTok @handle (letters, digits, &apos;_&apos; and &apos;.&apos;), such as @shop_live</source>
        <extracomment>a TikTok @handle: letters, digits, &quot;_&quot; and &quot;.&quot; (TikTok allows 2 to 24; one more either way is not ours to refuse)</extracomment>
        <translation>{text} não é um @usuário do TikTok (letras, dígitos, &apos;_&apos; e &apos;.&apos;), como @shop_live</translation>
    </message>
    <message>
        <source>TikTok sign API key</source>
        <translation>chave da API de assinatura do TikTok</translation>
    </message>
    <message>
        <source>no message for {seconds} s</source>
        <translation>nenhuma mensagem por {seconds} s</translation>
    </message>
    <message>
        <source>connection lost ({error})</source>
        <translation>conexão perdida ({error})</translation>
    </message>
    <message>
        <source>cannot connect to @{handle}&apos;s live: {error}</source>
        <translation>não foi possível conectar à live de @{handle}: {error}</translation>
    </message>
    <message>
        <source>the TikTok source needs the TikTokLive library, an optional extra of live-console: install it with  {command}  (from the live-console checkout)</source>
        <translation>a fonte TikTok precisa da biblioteca TikTokLive, um extra opcional do live-console: instale com  {command}  (na pasta do live-console)</translation>
    </message>
    <message>
        <source>TikTokLive {version} is installed; the bridge reads messages the way TikTokLive {major}.x gives them: {command} installs a {major}.x</source>
        <translation>o TikTokLive {version} está instalado; a ponte lê as mensagens como o TikTokLive {major}.x as entrega: {command} instala um {major}.x</translation>
    </message>
    <message>
        <source>@{handle} is not live now (TikTok says the room is offline): start the bridge once the live has begun</source>
        <translation>@{handle} não está ao vivo agora (o TikTok diz que a sala está offline): inicie a ponte quando a live começar</translation>
    </message>
    <message>
        <source>@{handle}: TikTok knows no such account, or one that cannot go LIVE: check the @handle</source>
        <translation>@{handle}: o TikTok não conhece essa conta, ou ela não pode fazer LIVE: verifique o @usuário</translation>
    </message>
    <message>
        <source>@{handle}&apos;s live is age-restricted: only a logged-in TikTok session can watch it, and the bridge does not log in</source>
        <translation>a live de @{handle} tem restrição de idade: só uma sessão TikTok logada pode assisti-la, e a ponte não faz login</translation>
    </message>
    <message>
        <source>the signing service refused another connection for now (rate limit); a sign API key in {env} raises the limit</source>
        <translation>o serviço de assinatura recusou outra conexão por enquanto (limite de taxa); uma chave da API de assinatura em {env} aumenta o limite</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>journal {path} was written for {theirs}, not {ours}: the same seqs would carry different events</source>
        <translation>o journal {path} foi gravado para {theirs}, não para {ours}: os mesmos seqs trariam eventos diferentes</translation>
    </message>
    <message>
        <source>live-console: the demo simulator stopped by itself (exit {code}):
{tail}</source>
        <translation>live-console: o simulador da demo parou sozinho (saída {code}):
{tail}</translation>
    </message>
    <message>
        <source>an offer is already running on {product}</source>
        <extracomment>the scripted scenario, if any (console/studio/scenarios.py); `_f` holds its factors for this tick</extracomment>
        <translation>já há uma oferta em andamento para {product}</translation>
    </message>
    <message>
        <source>{product} is sold out</source>
        <translation>{product} está esgotado</translation>
    </message>
    <message>
        <source>unknown segment {segment}</source>
        <translation>bloco desconhecido {segment}</translation>
    </message>
    <message>
        <source>segment {segment} is already on air</source>
        <translation>o bloco {segment} já está no ar</translation>
    </message>
    <message>
        <source>unknown kit {kit}</source>
        <translation>kit desconhecido {kit}</translation>
    </message>
    <message>
        <source>kit {kit} is already live</source>
        <translation>o kit {kit} já está ativo</translation>
    </message>
    <message>
        <source>kit item {product} is sold out</source>
        <translation>o item {product} do kit está esgotado</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>a live terminou</translation>
    </message>
    <message>
        <source>unknown product {product}</source>
        <translation>produto desconhecido {product}</translation>
    </message>
    <message>
        <source>realistic noise and no pattern: bursts, dips, segment changes, the run of show</source>
        <translation>ruído realista e nenhum padrão: picos, quedas, trocas de bloco, o roteiro</translation>
    </message>
    <message>
        <source>the room cools: clicks per view -50 %, carts per click -25 %, orders per cart -20 % over 30 s, until a flash offer or kit</source>
        <translation>a sala esfria: cliques por visualização -50 %, carrinhos por clique -25 %, pedidos por carrinho -20 % em 30 s, até uma oferta relâmpago ou kit</translation>
    </message>
    <message>
        <source>the high-ticket product is presented; then orders per cart fall 80 % for it and 65 % for the others (abandonment 45 % -&gt; 80 %) for 12 min</source>
        <translation>o produto de ticket alto é apresentado; depois os pedidos por carrinho caem 80 % para ele e 65 % para os outros (abandono 45 % -&gt; 80 %) por 12 min</translation>
    </message>
    <message>
        <source>a demonstration segment holds viewers: leave rate -38 % while it is on air</source>
        <translation>um bloco de demonstração segura os espectadores: taxa de saída -38 % enquanto está no ar</translation>
    </message>
    <message>
        <source>a lightning sale: a limited lot of a featured product on offer with a demand surge, enough for about 5 minutes</source>
        <translation>uma venda relâmpago: um lote limitado de um produto em destaque em oferta com pico de demanda, suficiente para uns 5 minutos</translation>
    </message>
    <message>
        <source>the platform stops pushing the live: organic arrivals -70 % over 30 s, for the rest of the live</source>
        <translation>a plataforma para de impulsionar a live: chegadas orgânicas -70 % em 30 s, até o fim da live</translation>
    </message>
    <message>
        <source>a featured product still draws views and clicks but carts per click -93 % and orders per cart -50 % (a wrong variant on its page)</source>
        <translation>um produto em destaque ainda atrai visualizações e cliques, mas carrinhos por clique -93 % e pedidos por carrinho -50 % (variante errada na página)</translation>
    </message>
    <message>
        <source>{summary} ({subject})</source>
        <translation>{summary} ({subject})</translation>
    </message>
    <message>
        <source>{summary} at {time}</source>
        <translation>{summary}, a partir de {time}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (its gettext msgids, Python 3.11+), so that `--help` and a usage error read in one language; their %s and %(name)s stay as they are in every translation</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra esta ajuda e sai</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra a versão e sai</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperado ao menos um argumento</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode ser %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>must be &gt; 0, got {value}</source>
        <translation>deve ser &gt; 0, recebido {value}</translation>
    </message>
    <message>
        <source>Command line of live-console: demo, live, replay, report, the library of lives and the studio simulator.</source>
        <translation>Linha de comando do live-console: demo, live, replay, relatório, biblioteca de lives e simulador de estúdio.</translation>
    </message>
    <message>
        <source>run the studio simulator: a Studio Feed Protocol v1 server</source>
        <translation>roda o simulador de estúdio: um servidor Studio Feed Protocol v1</translation>
    </message>
    <message>
        <source>Run the studio simulator. The token comes from the {env} environment variable; if unset, one is generated and printed.</source>
        <translation>Roda o simulador de estúdio. O token vem da variável de ambiente {env}; se não estiver definida, um é gerado e exibido.</translation>
    </message>
    <message>
        <source>address to bind (default: loopback only)</source>
        <translation>endereço de escuta (padrão: só loopback)</translation>
    </message>
    <message>
        <source>port (0 picks a free one; default 8765)</source>
        <translation>porta (0 escolhe uma livre; padrão 8765)</translation>
    </message>
    <message>
        <source>session plan TOML (default: the demo plan)</source>
        <translation>plano da live em TOML (padrão: o plano da demo)</translation>
    </message>
    <message>
        <source>random seed: same seed, same live (default 7)</source>
        <translation>semente aleatória: mesma semente, mesma live (padrão 7)</translation>
    </message>
    <message>
        <source>live seconds per wall second (default 1; 60 = one live hour per minute)</source>
        <translation>segundos de live por segundo real (padrão 1; 60 = uma hora de live por minuto)</translation>
    </message>
    <message>
        <source>audience multiplier (default 1, 6 with --scenario; 10 = a top live)</source>
        <translation>multiplicador de audiência (padrão 1, 6 com --scenario; 10 = uma live de ponta)</translation>
    </message>
    <message>
        <source>journal file: a restarted simulator resumes the same live</source>
        <translation>arquivo de journal: um simulador reiniciado retoma a mesma live</translation>
    </message>
    <message>
        <source>events kept for resume (default 2,000,000)</source>
        <translation>eventos guardados para retomar (padrão 2.000.000)</translation>
    </message>
    <message>
        <source>write {host, port, feed, api} as JSON once listening</source>
        <translation>grava {host, port, feed, api} em JSON quando começar a escutar</translation>
    </message>
    <message>
        <source>serve a real platform&apos;s live as a Studio Feed Protocol v1 feed</source>
        <translation>serve a live de uma plataforma real como feed Studio Feed Protocol v1</translation>
    </message>
    <message>
        <source>The platform bridge (docs/bridge.md): what real platforms say, served to the console exactly as the simulator serves its live. The feed token comes from the {env} environment variable; if unset, one is generated and printed.</source>
        <translation>A ponte de plataformas (docs/bridge.md): o que as plataformas reais dizem, servido ao console exatamente como o simulador serve a live dele. O token do feed vem da variável de ambiente {env}; se não estiver definida, um é gerado e exibido.</translation>
    </message>
    <message>
        <source>replay a recorded capture (NDJSON, docs/bridge.md)</source>
        <translation>reproduz uma captura gravada (NDJSON, docs/bridge.md)</translation>
    </message>
    <message>
        <source>receive the shop&apos;s webhooks (secret from LIVE_CONSOLE_SHOPIFY_SECRET or LIVE_CONSOLE_SHOPIFY_SECRET_FILE; needs --plan)</source>
        <translation>recebe os webhooks da loja (segredo de LIVE_CONSOLE_SHOPIFY_SECRET ou LIVE_CONSOLE_SHOPIFY_SECRET_FILE; exige --plan)</translation>
    </message>
    <message>
        <source>my-shop.myshopify.com: flash offers become the shop&apos;s automatic discounts, and --shopify-poll asks it for paid orders (Admin API token from LIVE_CONSOLE_SHOPIFY_TOKEN or ..._TOKEN_FILE)</source>
        <translation>my-shop.myshopify.com: as ofertas relâmpago viram descontos automáticos da loja, e --shopify-poll consulta os pedidos pagos (token da Admin API de LIVE_CONSOLE_SHOPIFY_TOKEN ou ..._TOKEN_FILE)</translation>
    </message>
    <message>
        <source>ask the shop&apos;s Admin API for paid orders every few seconds: no tunnel needed, no carts (needs --shop, --plan and the token; with --shopify, an order both bring counts once)</source>
        <translation>consulta a Admin API da loja a cada poucos segundos pelos pedidos pagos: sem túnel, sem carrinhos (exige --shop, --plan e o token; com --shopify, um pedido que chega pelos dois conta uma vez)</translation>
    </message>
    <message>
        <source>with --shopify-poll: seconds between polls (default 10)</source>
        <translation>com --shopify-poll: segundos entre consultas (padrão 10)</translation>
    </message>
    <message>
        <source>with --shopify-poll: orders paid up to this many minutes before the live&apos;s start count (default 2)</source>
        <translation>com --shopify-poll: pedidos pagos até estes minutos antes do início da live contam (padrão 2)</translation>
    </message>
    <message>
        <source>address of the webhook port (default loopback: a tunnel brings Shopify&apos;s deliveries to it, docs/bridge.md)</source>
        <translation>endereço da porta de webhooks (padrão loopback: um túnel leva as entregas da Shopify até ela, docs/bridge.md)</translation>
    </message>
    <message>
        <source>webhook port (0 picks a free one; default 8766)</source>
        <translation>porta de webhooks (0 escolhe uma livre; padrão 8766)</translation>
    </message>
    <message>
        <source>a cart with no paid order this many minutes after its last change is abandoned (default 30)</source>
        <translation>um carrinho sem pedido pago tantos minutos após a última mudança é abandonado (padrão 30)</translation>
    </message>
    <message>
        <source>count the shop&apos;s test orders (Shopify&apos;s test: true) as the live&apos;s: for a rehearsal; a live never does (they are kept out and counted in /v1/state as &apos;test order&apos;)</source>
        <translation>conta os pedidos de teste da loja (test: true da Shopify) como da live: para um ensaio; uma live de verdade nunca faz isso (eles ficam de fora e contam em /v1/state como &apos;test order&apos;)</translation>
    </message>
    <message>
        <source>a TikTok LIVE room, live (the extra: pip install -e &apos;.[tiktok]&apos;; a sign API key, if any, from LIVE_CONSOLE_TIKTOK_SIGN_KEY or ..._FILE)</source>
        <translation>uma sala do TikTok LIVE, ao vivo (o extra: pip install -e &apos;.[tiktok]&apos;; a chave da API de assinatura, se houver, de LIVE_CONSOLE_TIKTOK_SIGN_KEY ou ..._FILE)</translation>
    </message>
    <message>
        <source>with --tiktok: the capture every raw message is appended to (default: beside --journal, else tiktok-&lt;room&gt;-&lt;UTC time&gt;.capture.ndjson here)</source>
        <translation>com --tiktok: a captura onde cada mensagem bruta é anexada (padrão: ao lado de --journal, senão tiktok-&lt;room&gt;-&lt;UTC time&gt;.capture.ndjson aqui)</translation>
    </message>
    <message>
        <source>replay speed (default 1: as recorded)</source>
        <translation>velocidade de reprodução (padrão 1: como gravado)</translation>
    </message>
    <message>
        <source>session plan TOML: the live&apos;s id, title, currency and products</source>
        <translation>plano da live em TOML: id, título, moeda e produtos da live</translation>
    </message>
    <message>
        <source>journal file: a restarted bridge serves the same seqs</source>
        <translation>arquivo de journal: uma ponte reiniciada serve os mesmos seqs</translation>
    </message>
    <message>
        <source>start the simulator on a free loopback port and open the console on it</source>
        <translation>inicia o simulador numa porta loopback livre e abre o console nele</translation>
    </message>
    <message>
        <source>The whole console on the built-in studio simulator: nothing to configure. Every event and action is recorded to a session file (see --session).</source>
        <translation>O console inteiro sobre o simulador de estúdio embutido: nada para configurar. Cada evento e ação é gravado num arquivo da sessão (veja --session).</translation>
    </message>
    <message>
        <source>simulator seed (default 7)</source>
        <translation>semente do simulador (padrão 7)</translation>
    </message>
    <message>
        <source>simulated live seconds per second (default 5)</source>
        <translation>segundos de live simulada por segundo (padrão 5)</translation>
    </message>
    <message>
        <source>replay a recorded live: the same window, a timeline, actions off</source>
        <translation>replay de uma live gravada: a mesma janela, uma linha do tempo, ações desligadas</translation>
    </message>
    <message>
        <source>Opens the session file read-only. Keys: Space play/pause, Left/Right 10 s, PgUp/PgDn previous/next action, N add a review note.</source>
        <translation>Abre o arquivo da sessão só para leitura. Teclas: Space play/pausa, Esquerda/Direita 10 s, PgUp/PgDn ação anterior/próxima, N adiciona uma nota de revisão.</translation>
    </message>
    <message>
        <source>session file (.db) recorded by demo or live</source>
        <translation>arquivo da sessão (.db) gravado por demo ou live</translation>
    </message>
    <message>
        <source>start at MM:SS into the live, or at a percentage (50%%)</source>
        <translation>começa em MM:SS da live, ou numa porcentagem (50%%)</translation>
    </message>
    <message>
        <source>replay speed (default 10x)</source>
        <translation>velocidade do replay (padrão 10x)</translation>
    </message>
    <message>
        <source>start playing at once</source>
        <translation>começa a reproduzir na hora</translation>
    </message>
    <message>
        <source>no display needed (Qt offscreen platform)</source>
        <translation>sem tela (plataforma offscreen do Qt)</translation>
    </message>
    <message>
        <source>quit cleanly after this many seconds</source>
        <translation>encerra normalmente após estes segundos</translation>
    </message>
    <message>
        <source>save the window just before quitting</source>
        <translation>salva a janela logo antes de sair</translation>
    </message>
    <message>
        <source>connect the console to a real Studio Feed Protocol v1 feed</source>
        <translation>conecta o console a um feed Studio Feed Protocol v1 real</translation>
    </message>
    <message>
        <source>Token from the {env} environment variable or --token-file; never on the command line.</source>
        <translation>Token da variável de ambiente {env} ou de --token-file; nunca na linha de comando.</translation>
    </message>
    <message>
        <source>feed WebSocket URL, e.g. wss://host/v1/events, or a live on the bus: nats://HOST:PORT/LIVE_ID (tls:// off loopback; docs/bus.md)</source>
        <translation>URL WebSocket do feed, p. ex. wss://host/v1/events, ou uma live no barramento: nats://HOST:PORT/LIVE_ID (tls:// fora do loopback; docs/bus.md)</translation>
    </message>
    <message>
        <source>action API base URL, e.g. https://host/v1 (for a live on the bus: the one its producer registered, unless given)</source>
        <translation>URL base da API de ações, p. ex. https://host/v1 (para uma live no barramento: a registrada pelo produtor, se não informada)</translation>
    </message>
    <message>
        <source>session plan TOML (optional: products are discovered from the feed)</source>
        <translation>plano da live em TOML (opcional: os produtos vêm do feed)</translation>
    </message>
    <message>
        <source>file holding the token (else ${env})</source>
        <translation>arquivo com o token (senão ${env})</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM) to trust for wss:// and https:// (certificates are always verified; there is no way to turn that off)</source>
        <translation>certificado CA extra (PEM) confiável para wss:// e https:// (os certificados são sempre verificados; não há como desligar isso)</translation>
    </message>
    <message>
        <source>the host view: big type for a tablet or a monitor beside the camera</source>
        <translation>a tela do apresentador: letras grandes para um tablet ou monitor ao lado da câmera</translation>
    </message>
    <message>
        <source>The segment on air and its talking points, the product on screen with its price and stock, the offer&apos;s countdown, the next cue and the advice for the host, read from two metres (docs/host.md). It fires nothing and records nothing. Token from the {env} environment variable or --token-file. Esc or Ctrl+Q closes it, F11 toggles full screen.</source>
        <translation>O bloco no ar e seus pontos de fala, o produto em destaque com preço e estoque, a contagem regressiva da oferta, a próxima deixa e o alerta para o apresentador, legíveis a dois metros (docs/host.md). Não dispara nem grava nada. Token da variável de ambiente {env} ou de --token-file. Esc ou Ctrl+Q fecha, F11 alterna a tela cheia.</translation>
    </message>
    <message>
        <source>feed URL, as for `live`: wss://host/v1/events or nats://HOST:PORT/LIVE_ID</source>
        <translation>URL do feed, como em `live`: wss://host/v1/events ou nats://HOST:PORT/LIVE_ID</translation>
    </message>
    <message>
        <source>the live&apos;s action API, as for `live` (checked, never called: the host view fires nothing)</source>
        <translation>a API de ações da live, como em `live` (verificada, nunca chamada: a tela do apresentador não dispara nada)</translation>
    </message>
    <message>
        <source>session plan TOML: segments, talking points, cues (for a live on the bus: the one its producer registered, unless given)</source>
        <translation>plano da live em TOML: blocos, pontos de fala, deixas (para uma live no barramento: o registrado pelo produtor, se não informado)</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM) to trust, as for `live`</source>
        <translation>certificado CA extra (PEM) confiável, como em `live`</translation>
    </message>
    <message>
        <source>save the view just before quitting</source>
        <translation>salva a tela logo antes de sair</translation>
    </message>
    <message>
        <source>the studio wall: every live on the bus at a glance</source>
        <translation>o painel do estúdio: todas as lives do barramento num relance</translation>
    </message>
    <message>
        <source>One tile per live on the bus: viewers, GMV against goal, orders per minute, feed health, open advice; ordered by what needs attention. A click (or Enter) opens that live&apos;s console (a producer&apos;s seat); a live that ends moves to the finished row with its report (docs/wall.md). Bus credentials from LIVE_CONSOLE_NATS_* (docs/bus.md). Esc or Ctrl+Q closes it, F11 full screen.</source>
        <translation>Um card por live no barramento: espectadores, GMV (faturamento) contra a meta, pedidos por minuto, saúde do feed, alertas abertos; na ordem do que precisa de atenção. Um clique (ou Enter) abre o console daquela live (um posto de produtor); uma live que termina vai para a fileira de encerradas com o relatório dela (docs/wall.md). Credenciais do barramento em LIVE_CONSOLE_NATS_* (docs/bus.md). Esc ou Ctrl+Q fecha, F11 tela cheia.</translation>
    </message>
    <message>
        <source>the bus: nats://HOST:PORT on loopback, tls://HOST:PORT elsewhere (several servers comma-separated)</source>
        <translation>o barramento: nats://HOST:PORT no loopback, tls://HOST:PORT fora dele (vários servidores separados por vírgula)</translation>
    </message>
    <message>
        <source>the wall&apos;s own session file of each live (for its report; default: ~/.local/share/live-console/wall)</source>
        <translation>o arquivo da sessão próprio do painel para cada live (para o relatório; padrão: ~/.local/share/live-console/wall)</translation>
    </message>
    <message>
        <source>the seat name of the consoles opened from the wall (default: the OS user)</source>
        <translation>o nome do posto dos consoles abertos pelo painel (padrão: o usuário do sistema)</translation>
    </message>
    <message>
        <source>handed to the consoles opened from the wall (else they read ${env})</source>
        <translation>repassado aos consoles abertos pelo painel (senão eles leem ${env})</translation>
    </message>
    <message>
        <source>save the wall just before quitting</source>
        <translation>salva o painel logo antes de sair</translation>
    </message>
    <message>
        <source>write the post-live report of a session file (HTML, PNG charts, CSV)</source>
        <translation>gera o relatório pós-live de um arquivo da sessão (HTML, gráficos PNG, CSV)</translation>
    </message>
    <message>
        <source>Write report.html, charts/*.png and tables/*.csv for a recorded live.</source>
        <translation>Gera report.html, charts/*.png e tables/*.csv de uma live gravada.</translation>
    </message>
    <message>
        <source>session file (.db) of the live</source>
        <translation>arquivo da sessão (.db) da live</translation>
    </message>
    <message>
        <source>folder to write the report into</source>
        <translation>pasta onde gravar o relatório</translation>
    </message>
    <message>
        <source>another live&apos;s session file to compare with</source>
        <translation>arquivo da sessão de outra live para comparar</translation>
    </message>
    <message>
        <source>the library of lives: add session files, list them, check them</source>
        <translation>a biblioteca de lives: adiciona, lista e verifica arquivos da sessão</translation>
    </message>
    <message>
        <source>The library of lives (docs/library.md): a catalogue row and Parquet tables per live, read by history, playbook and plan suggest.</source>
        <translation>A biblioteca de lives (docs/library.md): uma linha de catálogo e tabelas Parquet por live, lidas por history, playbook e plan suggest.</translation>
    </message>
    <message>
        <source>add session files (the same file again changes nothing)</source>
        <translation>adiciona arquivos da sessão (o mesmo arquivo de novo não muda nada)</translation>
    </message>
    <message>
        <source>Add session files to the library; each file&apos;s outcome is printed.</source>
        <translation>Adiciona arquivos da sessão à biblioteca; o resultado de cada arquivo é exibido.</translation>
    </message>
    <message>
        <source>session file (.db) of a live</source>
        <translation>arquivo da sessão (.db) de uma live</translation>
    </message>
    <message>
        <source>tag these lives (repeatable), besides their plan&apos;s [live] tags</source>
        <translation>marca estas lives com a tag (repetível), além das tags [live] do plano</translation>
    </message>
    <message>
        <source>the lives in the library, the earliest first</source>
        <translation>as lives da biblioteca, da mais antiga para a mais recente</translation>
    </message>
    <message>
        <source>say which lives&apos; session files moved or are missing</source>
        <translation>diz quais lives tiveram o arquivo da sessão movido ou perdido</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD, got {value}</source>
        <translation>deve ser uma data AAAA-MM-DD, recebido {value}</translation>
    </message>
    <message>
        <source>{role} (default: ~/.local/share/live-console/library, under $XDG_DATA_HOME when set)</source>
        <translation>{role} (padrão: ~/.local/share/live-console/library, dentro de $XDG_DATA_HOME quando definida)</translation>
    </message>
    <message>
        <source>the library folder</source>
        <translation>a pasta da biblioteca</translation>
    </message>
    <message>
        <source>the rules the library&apos;s lives support, with their evidence</source>
        <translation>as regras que as lives da biblioteca sustentam, com as evidências</translation>
    </message>
    <message>
        <source>Write playbook.html and playbook.json: each rule the lives support (actions, segments, minutes, products, channels, buyers) with the lives and numbers behind it, how sure it is, and what a rule not settled yet still needs.</source>
        <translation>Gera playbook.html e playbook.json: cada regra que as lives sustentam (ações, blocos, minutos, produtos, canais, compradores) com as lives e os números por trás dela, o grau de certeza e o que falta a uma regra ainda não firmada.</translation>
    </message>
    <message>
        <source>folder to write the playbook into</source>
        <translation>pasta onde gravar o playbook</translation>
    </message>
    <message>
        <source>only lives from this date on (YYYY-MM-DD)</source>
        <translation>só lives a partir desta data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>only lives of this plan (its live title, in any case, or its text&apos;s SHA-256)</source>
        <translation>só lives deste plano (o título da live, sem diferenciar maiúsculas, ou o SHA-256 do texto)</translation>
    </message>
    <message>
        <source>only lives with this tag (repeatable: lives with every one)</source>
        <translation>só lives com esta tag (repetível: lives com todas elas)</translation>
    </message>
    <message>
        <source>work on a session plan: suggest the next one from the library</source>
        <translation>trabalha num plano da live: sugere o próximo com base na biblioteca</translation>
    </message>
    <message>
        <source>Session plans (docs/plan.md).</source>
        <translation>Planos da live (docs/plan.md).</translation>
    </message>
    <message>
        <source>draft the next plan from the lives of this one, every change commented</source>
        <translation>rascunha o próximo plano a partir das lives deste, cada mudança comentada</translation>
    </message>
    <message>
        <source>Write a draft of the next plan: goals, segment order, cues, stock and kits from the library&apos;s lives of the same plan, each change commented with its evidence. With too few such lives the plan is kept as it is, and the draft says how many more it needs.</source>
        <translation>Gera um rascunho do próximo plano: metas, ordem dos blocos, deixas, estoque e kits a partir das lives do mesmo plano na biblioteca, cada mudança comentada com a evidência. Com poucas lives assim, o plano fica como está e o rascunho diz quantas mais são necessárias.</translation>
    </message>
    <message>
        <source>the plan to start from</source>
        <translation>o plano de partida</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>o rascunho a gravar</translation>
    </message>
    <message>
        <source>the page to read before planning the next live: the library&apos;s lives together (HTML, PNG charts, CSV)</source>
        <translation>a página para ler antes de planejar a próxima live: as lives da biblioteca juntas (HTML, gráficos PNG, CSV)</translation>
    </message>
    <message>
        <source>Write history.html, charts/*.png and tables/*.csv: goals, minute curves, segments, products, channels, buyers and which actions work, across the library&apos;s lives; --compare sets lives side by side over the same minutes.</source>
        <translation>Gera history.html, charts/*.png e tables/*.csv: metas, curvas por minuto, blocos, produtos, canais, compradores e quais ações funcionam, nas lives da biblioteca; --compare põe lives lado a lado nos mesmos minutos.</translation>
    </message>
    <message>
        <source>only lives of this plan (its live title)</source>
        <translation>só lives deste plano (o título da live)</translation>
    </message>
    <message>
        <source>only lives with this tag (repeatable: every tag given)</source>
        <translation>só lives com esta tag (repetível: todas as tags informadas)</translation>
    </message>
    <message>
        <source>compare these lives (keys, or live ids that one live has) over the minutes every one of them recorded</source>
        <translation>compara estas lives (chaves, ou ids de live que só uma live tem) nos minutos que todas gravaram</translation>
    </message>
    <message>
        <source>folder to write the page into</source>
        <translation>pasta onde gravar a página</translation>
    </message>
    <message>
        <source>a scripted live for the advisor (docs/advisor.md): {names}</source>
        <translation>uma live roteirizada para o assistente (docs/advisor.md): {names}</translation>
    </message>
    <message>
        <source>also publish the live to this NATS JetStream bus (nats://HOST:PORT on loopback, tls://HOST:PORT elsewhere; credentials from LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>publica a live também neste barramento NATS JetStream (nats://HOST:PORT no loopback, tls://HOST:PORT fora dele; credenciais de LIVE_CONSOLE_NATS_*: docs/bus.md)</translation>
    </message>
    <message>
        <source>copies of the live&apos;s stream on a JetStream cluster (default 1; 3 in production)</source>
        <translation>cópias do stream da live num cluster JetStream (padrão 1; 3 em produção)</translation>
    </message>
    <message>
        <source>how long the bus keeps the live&apos;s events (default 30 days)</source>
        <translation>por quanto tempo o barramento guarda os eventos da live (padrão 30 dias)</translation>
    </message>
    <message>
        <source>session file to record to (default: ~/.local/share/live-console/sessions/DATE_LIVEID.db; an unfinished one of today is continued)</source>
        <translation>arquivo da sessão onde gravar (padrão: ~/.local/share/live-console/sessions/DATE_LIVEID.db; um inacabado de hoje é continuado)</translation>
    </message>
    <message>
        <source>this seat&apos;s name (1-64 characters): on every action it fires, in every seat&apos;s action log (default: the OS user)</source>
        <translation>o nome deste posto (1-64 caracteres): em cada ação que ele dispara, no log de ações de todos os postos (padrão: o usuário do sistema)</translation>
    </message>
    <message>
        <source>operator: fires actions and auto cues (default); producer: the same window read-only, notes and marks only; host: the host view (as `live-console host`)</source>
        <translation>operator: dispara ações e deixas automáticas (padrão); producer: a mesma janela só para leitura, apenas notas e marcações; host: a tela do apresentador (como `live-console host`)</translation>
    </message>
    <message>
        <source>quit cleanly after this many wall-clock seconds</source>
        <translation>encerra normalmente após estes segundos de relógio</translation>
    </message>
    <message>
        <source>save the main window just before quitting</source>
        <translation>salva a janela principal logo antes de sair</translation>
    </message>
    <message>
        <source>the library of lives a finished live is added to</source>
        <translation>a biblioteca de lives onde uma live encerrada é adicionada</translation>
    </message>
    <message>
        <source>do not add this live to the library of lives</source>
        <translation>não adiciona esta live à biblioteca de lives</translation>
    </message>
    <message>
        <source>the console&apos;s language: en, ja, fi or pt_BR (default: the saved choice, else the system&apos;s)</source>
        <translation>o idioma do console: en, ja, fi ou pt_BR (padrão: a escolha salva, senão o do sistema)</translation>
    </message>
    <message>
        <source>live-console: bad plan: {problem}</source>
        <translation>live-console: plano com erro: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>live-console: bad plan, %n problems:{lines}</source>
        <translation>
            <numerusform>live-console: plano com erro, %n problema:{lines}</numerusform>
            <numerusform>live-console: plano com erro, %n problemas:{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Studio simulator: {title} (seed {seed}, speed {speed}x), scenario {scenario}: {words}</source>
        <translation>Simulador de estúdio: {title} (semente {seed}, velocidade {speed}x), cenário {scenario}: {words}</translation>
    </message>
    <message>
        <source>Studio simulator: {title} (seed {seed}, speed {speed}x)</source>
        <translation>Simulador de estúdio: {title} (semente {seed}, velocidade {speed}x)</translation>
    </message>
    <message>
        <source>  bus   {url}  (stream {stream})</source>
        <translation>  barramento {url}  (stream {stream})</translation>
    </message>
    <message>
        <source>  token {token}  (generated; set {env} to choose it)</source>
        <translation>  token {token}  (gerado; defina {env} para escolhê-lo)</translation>
    </message>
    <message>
        <source>  token from {env}</source>
        <translation>  token de {env}</translation>
    </message>
    <message>
        <source>Ctrl-C stops it.</source>
        <translation>Ctrl-C encerra.</translation>
    </message>
    <message>
        <source>Platform bridge: {title} (sends {events})</source>
        <translation>Ponte de plataformas: {title} (envia {events})</translation>
    </message>
    <message>
        <source>live-console: cannot open a window: {problem}</source>
        <translation>live-console: não é possível abrir uma janela: {problem}</translation>
    </message>
    <message>
        <source>live-console demo: {title}, simulator on {url} (speed {speed}x)</source>
        <translation>live-console demo: {title}, simulador em {url} (velocidade {speed}x)</translation>
    </message>
    <message>
        <source>cannot read the token file {path}: {reason}</source>
        <translation>não é possível ler o arquivo de token {path}: {reason}</translation>
    </message>
    <message>
        <source>the token file {path} is empty</source>
        <translation>o arquivo de token {path} está vazio</translation>
    </message>
    <message>
        <source>no token: set {env} or pass --token-file (never the token itself)</source>
        <translation>sem token: defina {env} ou passe --token-file (nunca o próprio token)</translation>
    </message>
    <message>
        <source>live {live}&apos;s actions API ({host}) is not on the bus&apos;s host: pass --api with the URL you trust (the token is sent to it)</source>
        <translation>a API de ações da live {live} ({host}) não está no host do barramento: passe --api com a URL em que você confia (o token é enviado a ela)</translation>
    </message>
    <message>
        <source>the plan of live {live} on the bus</source>
        <translation>o plano da live {live} no barramento</translation>
    </message>
    <message>
        <source>{flag}: not a valid URL</source>
        <translation>{flag}: URL inválida</translation>
    </message>
    <message>
        <source>{flag} must be a {plain}:// or {secure}:// URL with a host</source>
        <translation>{flag} deve ser uma URL {plain}:// ou {secure}:// com host</translation>
    </message>
    <message>
        <source>{flag}: the URL must not carry credentials or a query (the token comes from the environment)</source>
        <translation>{flag}: a URL não pode levar credenciais nem query (o token vem do ambiente)</translation>
    </message>
    <message>
        <source>{flag}: {plain}:// would send the token in clear to {host}; use {secure}://</source>
        <translation>{flag}: {plain}:// enviaria o token sem criptografia para {host}; use {secure}://</translation>
    </message>
    <message>
        <source>--api is required with a ws:// or wss:// feed</source>
        <translation>--api é obrigatório com um feed ws:// ou wss://</translation>
    </message>
    <message>
        <source>live {live} on the bus registered no actions API: pass --api</source>
        <translation>a live {live} no barramento não registrou API de ações: passe --api</translation>
    </message>
    <message>
        <source>live-console: --ca-file {path}: cannot be used as a CA certificate ({reason})</source>
        <translation>live-console: --ca-file {path}: não serve como certificado CA ({reason})</translation>
    </message>
    <message>
        <source>the host view needs the live&apos;s plan (its segments and talking points): pass --plan</source>
        <translation>a tela do apresentador precisa do plano da live (blocos e pontos de fala): passe --plan</translation>
    </message>
    <message>
        <source>live-console wall: --token-file {path}: no such file</source>
        <translation>live-console wall: --token-file {path}: arquivo não encontrado</translation>
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
        <translation>{path}: arquivo da sessão não encontrado</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file, and holds no session file (*.db)</source>
        <translation>{path} é uma pasta, não um arquivo da sessão, e não contém arquivos da sessão (*.db)</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} e mais %n</numerusform>
            <numerusform>{names} e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} is a folder, not a session file; it holds %n session file(s): {shown}</source>
        <translation>
            <numerusform>{path} é uma pasta, não um arquivo da sessão; ela contém %n arquivo da sessão: {shown}</numerusform>
            <numerusform>{path} é uma pasta, não um arquivo da sessão; ela contém %n arquivos da sessão: {shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>--at {spec}: a percentage of the live goes from 0% to 100%</source>
        <translation>--at {spec}: uma porcentagem da live vai de 0% a 100%</translation>
    </message>
    <message>
        <source>--at {spec} is past the end of this recording ({length}); starting at its end</source>
        <translation>--at {spec} passa do fim desta gravação ({length}); começando pelo fim</translation>
    </message>
    <message>
        <source>live-console playbook: cannot write {path}: {reason}</source>
        <translation>live-console playbook: não é possível gravar {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>playbook: {rules} rules stand on %n lives ({selection}): {page}</source>
        <translation>
            <numerusform>playbook: {rules} regras sustentadas por %n live ({selection}): {page}</numerusform>
            <numerusform>playbook: {rules} regras sustentadas por %n lives ({selection}): {page}</numerusform>
        </translation>
    </message>
    <message>
        <source>live-console plan suggest: --out must not be the --from plan: the draft would replace it</source>
        <translation>live-console plan suggest: --out não pode ser o plano de --from: o rascunho o substituiria</translation>
    </message>
    <message>
        <source>live-console plan suggest: cannot write {path}: {reason}</source>
        <translation>live-console plan suggest: não é possível gravar {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>plan suggest: {changes} changes from %n comparable lives: {path}</source>
        <translation>
            <numerusform>plan suggest: {changes} mudanças a partir de %n live comparável: {path}</numerusform>
            <numerusform>plan suggest: {changes} mudanças a partir de %n lives comparáveis: {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
