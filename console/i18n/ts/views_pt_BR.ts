<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AdviceWords</name>
    <message>
        <source>Conversion sag</source>
        <translation>Queda na conversão</translation>
    </message>
    <message>
        <source>Abandonment spike</source>
        <translation>Pico de abandono de carrinho</translation>
    </message>
    <message>
        <source>Dwell lift</source>
        <translation>Mais tempo de permanência</translation>
    </message>
    <message>
        <source>Stock-out risk</source>
        <translation>Risco de esgotar</translation>
    </message>
    <message>
        <source>Audience drop</source>
        <translation>Queda de audiência</translation>
    </message>
    <message>
        <source>Views, no orders</source>
        <translation>Visualizações sem pedidos</translation>
    </message>
    <message>
        <source>the numbers went back to normal</source>
        <translation>os números voltaram ao normal</translation>
    </message>
    <message>
        <source>the product sold out</source>
        <translation>o produto esgotou</translation>
    </message>
    <message>
        <source>the segment went off air</source>
        <translation>o bloco saiu do ar</translation>
    </message>
    <message>
        <source>the live ended</source>
        <translation>a live terminou</translation>
    </message>
    <message>
        <source>the console was restarted</source>
        <translation>o console foi reiniciado</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>not available from this feed</source>
        <translation>não disponível neste feed</translation>
    </message>
    <message>
        <source>n/a from feed</source>
        <extracomment>where the full sentence does not fit; the tooltip has it</extracomment>
        <translation>n/d no feed</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>viewer joins</source>
        <translation>entradas de espectadores</translation>
    </message>
    <message>
        <source>viewer leaves</source>
        <translation>saídas de espectadores</translation>
    </message>
    <message>
        <source>viewer counts</source>
        <translation>contagem de espectadores</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>product impressions</source>
        <translation>impressões de produto</translation>
    </message>
    <message>
        <source>product clicks</source>
        <translation>cliques em produtos</translation>
    </message>
    <message>
        <source>cart adds</source>
        <translation>adições ao carrinho</translation>
    </message>
    <message>
        <source>abandoned carts</source>
        <translation>carrinhos abandonados</translation>
    </message>
    <message>
        <source>ad spend</source>
        <translation>gasto com anúncios</translation>
    </message>
    <message>
        <source>stock updates</source>
        <translation>atualizações de estoque</translation>
    </message>
    <message>
        <source>sold-out signals</source>
        <translation>avisos de esgotado</translation>
    </message>
    <message>
        <source>Not available from this feed: it needs {names}, which this feed&apos;s sources do not send.</source>
        <translation>Não disponível neste feed: é preciso ter {names}, que as fontes deste feed não enviam.</translation>
    </message>
</context>
<context>
    <name>ButtonFace</name>
    <message>
        <source>press again to confirm</source>
        <translation>pressione de novo para confirmar</translation>
    </message>
    <message>
        <source>sending… {detail}</source>
        <translation>enviando… {detail}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>✓ confirmed on air</source>
        <translation>✓ confirmado no ar</translation>
    </message>
    <message>
        <source>✓ accepted</source>
        <translation>✓ aceito</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Falhou: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>✗ failed: {reason}</source>
        <translation>✗ falhou: {reason}</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ falhou</translation>
    </message>
    <message>
        <source>{label}: not available now — {why}</source>
        <translation>{label}: indisponível agora — {why}</translation>
    </message>
    <message>
        <source>{label}: waiting for you to do it in the platform&apos;s app, then Done</source>
        <translation>{label}: aguardando você fazer no app da plataforma e depois clicar em Feito</translation>
    </message>
    <message>
        <source>by hand, then Done</source>
        <translation>à mão, depois Feito</translation>
    </message>
    <message>
        <source>● on air now</source>
        <translation>● no ar agora</translation>
    </message>
</context>
<context>
    <name>FinishedTile</name>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Write the post-live report from the wall&apos;s recording of this live and open it</source>
        <translation>Gerar o relatório pós-live a partir da gravação do painel desta live e abri-lo</translation>
    </message>
    <message>
        <source>{title} (ended): {gmv}, {orders}</source>
        <translation>{title} (encerrada): {gmv}, {orders}</translation>
    </message>
</context>
<context>
    <name>HostBoard</name>
    <message>
        <source>waiting for the live</source>
        <translation>aguardando a live</translation>
    </message>
    <message>
        <source>LIVE ENDED · {t}</source>
        <translation>LIVE ENCERRADA · {t}</translation>
    </message>
    <message>
        <source>ON AIR · {t}</source>
        <translation>NO AR · {t}</translation>
    </message>
    <message>
        <source>NOT LIVE · figures as of {t}</source>
        <translation>SEM DADOS AO VIVO · números de {t}</translation>
    </message>
    <message>
        <source>no segment on air</source>
        <translation>nenhum bloco no ar</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>a live terminou</translation>
    </message>
    <message>
        <source>THE LIVE HAS ENDED · final figures</source>
        <translation>A LIVE TERMINOU · números finais</translation>
    </message>
    <message>
        <source>FEED STOPPED · {why}</source>
        <translation>FEED PARADO · {why}</translation>
    </message>
    <message>
        <source>not retrying</source>
        <translation>sem nova tentativa</translation>
    </message>
    <message>
        <source>FEED LOST · retrying</source>
        <translation>FEED PERDIDO · tentando de novo</translation>
    </message>
    <message>
        <source>FEED QUIET · nothing for {t}</source>
        <translation>FEED EM SILÊNCIO · nada há {t}</translation>
    </message>
    <message>
        <source>CONNECTING TO THE FEED…</source>
        <translation>CONECTANDO AO FEED…</translation>
    </message>
    <message>
        <source>CATCHING UP · {t} behind</source>
        <translation>ATUALIZANDO · {t} de atraso</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>fora do plano</translation>
    </message>
    <message>
        <source>-{pct} · was {was}</source>
        <extracomment>under the offer price, read from two metres: the discount and the list price (&quot;-20% · was €89&quot;)</extracomment>
        <translation>-{pct} · antes {was}</translation>
    </message>
    <message>
        <source>-{pct}</source>
        <translation>-{pct}</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>preço normal</translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation>ESGOTADO</translation>
    </message>
    <message>
        <source>only {n} left</source>
        <translation>só restam {n}</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>restam {n}</translation>
    </message>
    <message>
        <source>{name} -{pct} · +{n} more</source>
        <translation>{name} -{pct} · mais {n}</translation>
    </message>
    <message>
        <source>{name} -{pct}</source>
        <translation>{name} -{pct}</translation>
    </message>
    <message>
        <source>kit {name}</source>
        <translation>kit {name}</translation>
    </message>
    <message>
        <source>flash offer {name}</source>
        <translation>oferta relâmpago {name}</translation>
    </message>
    <message>
        <source>flash offer {name} -{pct}</source>
        <translation>oferta relâmpago {name} -{pct}</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <source>Host view · {title}</source>
        <translation>Tela do apresentador · {title}</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>EM DESTAQUE</translation>
    </message>
    <message>
        <source>no talking points for this segment</source>
        <translation>sem pontos de fala para este bloco</translation>
    </message>
    <message>
        <source>no product on screen</source>
        <translation>nenhum produto em destaque</translation>
    </message>
    <message>
        <source>NO FLASH OFFER RUNNING</source>
        <translation>NENHUMA OFERTA RELÂMPAGO</translation>
    </message>
    <message>
        <source>FLASH OFFER ENDS IN</source>
        <translation>OFERTA RELÂMPAGO ACABA EM</translation>
    </message>
    <message>
        <source>no advice for the host</source>
        <translation>nenhum alerta para o apresentador</translation>
    </message>
</context>
<context>
    <name>LiveTile</name>
    <message>
        <source>{title}: {feed}, {viewers} viewers, GMV {gmv} {goal}</source>
        <translation>{title}: {feed}, {viewers} espectadores, GMV {gmv} {goal}</translation>
    </message>
    <message>
        <source>{kind}: {advice}</source>
        <translation>{kind}: {advice}</translation>
    </message>
    <message>
        <source>no open advice</source>
        <translation>nenhum alerta aberto</translation>
    </message>
    <message>
        <source>{title} ({id})
{advice}
Click or press Enter to open its console</source>
        <translation>{title} ({id})
{advice}
Clique ou pressione Enter para abrir o console desta live</translation>
    </message>
    <message>
        <source>VIEWERS</source>
        <translation>ESPECTADORES</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>ORDERS/MIN</source>
        <translation>PEDIDOS/MIN</translation>
    </message>
    <message>
        <source>last {m} min · peak {peak}</source>
        <translation>últimos {m} min · pico {peak}</translation>
    </message>
    <message>
        <source>last {m} min</source>
        <translation>últimos {m} min</translation>
    </message>
    <message>
        <source>{n} OPEN ADVICE · {kind}</source>
        <translation>ALERTAS ABERTOS: {n} · {kind}</translation>
    </message>
</context>
<context>
    <name>ProductFlags</name>
    <message>
        <source>many views, few orders</source>
        <translation>muito visto, pouco vendido</translation>
    </message>
    <message>
        <source>stock low</source>
        <translation>estoque baixo</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>esgotado</translation>
    </message>
    <message>
        <source>offer live {left} left</source>
        <translation>oferta ativa, faltam {left}</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>em destaque</translation>
    </message>
</context>
<context>
    <name>RunOfShow</name>
    <message>
        <source>run of show done</source>
        <translation>roteiro concluído</translation>
    </message>
    <message>
        <source>no cues in the plan</source>
        <translation>nenhuma deixa no plano</translation>
    </message>
    <message>
        <source>next: {what} at {at}</source>
        <translation>a seguir: {what} aos {at}</translation>
    </message>
    <message>
        <source>next: {what} in {t} (auto)</source>
        <translation>a seguir: {what} daqui a {t} (auto)</translation>
    </message>
    <message>
        <source>next: {what} in {t}</source>
        <translation>a seguir: {what} daqui a {t}</translation>
    </message>
    <message>
        <source>next: {what} {t} late (auto)</source>
        <translation>a seguir: {what} com {t} de atraso (auto)</translation>
    </message>
    <message>
        <source>next: {what} {t} late</source>
        <translation>a seguir: {what} com {t} de atraso</translation>
    </message>
    <message>
        <source>press {key} again to confirm</source>
        <translation>pressione {key} de novo para confirmar</translation>
    </message>
    <message>
        <source>✗ cannot fire: {why} — Skip</source>
        <translation>✗ não dá para disparar: {why} — Pular</translation>
    </message>
    <message>
        <source>{keys}  ·  due in {t}</source>
        <translation>{keys}  ·  daqui a {t}</translation>
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
        <translation>sem nova tentativa</translation>
    </message>
    <message>
        <source>STOPPED · {why}</source>
        <translation>PARADO · {why}</translation>
    </message>
    <message>
        <source>RECONNECTING · {t}</source>
        <translation>RECONECTANDO · {t}</translation>
    </message>
    <message>
        <source>QUIET · {t}</source>
        <translation>SILÊNCIO · {t}</translation>
    </message>
    <message>
        <source>CONNECTING · {t}</source>
        <translation>CONECTANDO · {t}</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>CONECTANDO…</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>ENCERRADA</translation>
    </message>
    <message>
        <source>CATCHING UP · {t} behind</source>
        <translation>ATUALIZANDO · {t} de atraso</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>AO VIVO</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>sem meta</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>meta {goal}</translation>
    </message>
    <message>
        <source>pace {p} · {pct} of goal</source>
        <translation>ritmo {p} · {pct} da meta</translation>
    </message>
    <message>
        <source>pace: after the first minute</source>
        <translation>ritmo: após o primeiro minuto</translation>
    </message>
    <message>
        <source>no goal (no plan)</source>
        <translation>sem meta (sem plano)</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>sem números</translation>
    </message>
    <message>
        <source>{gmv} of {goal} goal · {pct}</source>
        <translation>{gmv} / meta {goal} · {pct}</translation>
    </message>
    <message>
        <source>{gmv} · no goal</source>
        <translation>{gmv} · sem meta</translation>
    </message>
    <message>
        <source>{n} orders · peak {v} viewers</source>
        <translation>pedidos: {n} · pico de {v} espectadores</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>Studio wall</source>
        <translation>Painel do estúdio</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>ENCERRADAS</translation>
    </message>
    <message>
        <source>STUDIO WALL  ·  {n} on air  ·  {m} finished</source>
        <translation>PAINEL DO ESTÚDIO  ·  no ar: {n}  ·  encerradas: {m}</translation>
    </message>
    <message>
        <source>STUDIO WALL  ·  {n} on air</source>
        <translation>PAINEL DO ESTÚDIO  ·  no ar: {n}</translation>
    </message>
    <message>
        <source>No live on the bus yet. A live appears here as soon as its producer publishes it (live-console simulate --nats URL, or bridge --nats URL).</source>
        <translation>Ainda não há nenhuma live no barramento. Uma live aparece aqui assim que o produtor dela a publica (live-console simulate --nats URL, ou bridge --nats URL).</translation>
    </message>
    <message>
        <source>Waiting for the bus: {why}</source>
        <translation>Aguardando o barramento: {why}</translation>
    </message>
</context>
</TS>
