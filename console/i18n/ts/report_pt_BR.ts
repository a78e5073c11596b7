<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ReportActions</name>
    <message>
        <source>flash offer</source>
        <extracomment>an action&apos;s kind, source and status as the actions table names them (stored as keys; shown with &quot;_&quot; as &quot; &quot;)</extracomment>
        <translation>oferta relâmpago</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>bloco</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>kit</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>deixa</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>atalho</translation>
    </message>
    <message>
        <source>button</source>
        <translation>botão</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>feed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>acked</source>
        <translation>aceito</translation>
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
        <translation>feito à mão</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>não feito</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>visto no feed</translation>
    </message>
</context>
<context>
    <name>ReportAdvice</name>
    <message>
        <source>No fitting remedy in the plan; {remedy} would fit</source>
        <translation>Nenhuma ação adequada no plano; {remedy} serviria</translation>
    </message>
    <message>
        <source>still open when the recording stopped</source>
        <translation>ainda em aberto quando a gravação parou</translation>
    </message>
    <message>
        <source>when the recording stopped</source>
        <translation>quando a gravação parou</translation>
    </message>
    <message>
        <source>at {time}; its action is not in the session file</source>
        <translation>em {time}; a ação não está no arquivo da sessão</translation>
    </message>
    <message>
        <source>its action is not in the session file</source>
        <translation>a ação não está no arquivo da sessão</translation>
    </message>
    <message>
        <source>at {time} with #{number} {action}, which never reached the stream ({why})</source>
        <translation>em {time} com #{number} {action}, que nunca chegou ao feed ({why})</translation>
    </message>
    <message>
        <source>with #{number} {action}, which never reached the stream ({why})</source>
        <translation>com #{number} {action}, que nunca chegou ao feed ({why})</translation>
    </message>
    <message>
        <source>at {time} with #{number} {action}</source>
        <translation>em {time} com #{number} {action}</translation>
    </message>
    <message>
        <source>with #{number} {action}</source>
        <translation>com #{number} {action}</translation>
    </message>
    <message>
        <source>at {time}: {reason}</source>
        <translation>em {time}: {reason}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>em {time}</translation>
    </message>
    <message>
        <source>{state} {details}</source>
        <translation>{state} {details}</translation>
    </message>
    <message>
        <source>{channel} channel</source>
        <translation>canal {channel}</translation>
    </message>
    <message>
        <source>Advice from the live advisor</source>
        <translation>Alertas do assistente da live</translation>
    </message>
    <message>
        <source>No advice was raised during this live (a session recorded before the live advisor existed has none to show).</source>
        <translation>Nenhum alerta foi emitido durante esta live (uma sessão gravada antes do assistente da live existir não tem alertas para mostrar).</translation>
    </message>
    <message>
        <source>Every advice the live advisor raised, in the order raised, at its time into the live. What followed: orders per minute in the {minutes} minutes before against the {minutes} minutes after, measured as the actions above are: around the action for a taken advice (its row in the actions table), around the moment it was raised for the others, so the cost of leaving an advice shows. The verdict is per viewer, as for actions.</source>
        <extracomment>a state as the summary and the table say it, and its chip&apos;s tone</extracomment>
        <translation>Todos os alertas do assistente da live, na ordem em que surgiram, no momento da live. O que veio depois: pedidos por minuto nos {minutes} minutos antes contra os {minutes} minutos depois, medidos como as ações acima: em torno da ação, para um alerta seguido (sua linha na tabela de ações), e em torno do momento do alerta, para os demais, para mostrar o custo de ignorar um alerta. O resultado é por espectador, como nas ações.</translation>
    </message>
    <message>
        <source>Raised {count}: {states}.</source>
        <translation>Alertas: {count}. {states}.</translation>
    </message>
    <message>
        <source>{kind}: {count} ({states})</source>
        <translation>{kind}: {count} ({states})</translation>
    </message>
    <message>
        <source>{state} {count}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <source>{rate} orders/min ({lift})</source>
        <translation>{rate} pedidos/min ({lift})</translation>
    </message>
    <message>
        <source>{rate} orders/min</source>
        <translation>{rate} pedidos/min</translation>
    </message>
    <message>
        <source>around #{number} at {time}</source>
        <translation>em torno de #{number}, em {time}</translation>
    </message>
    <message>
        <source>around the advice itself</source>
        <translation>em torno do próprio alerta</translation>
    </message>
    <message>
        <source>around the advice itself: its action never reached the stream</source>
        <translation>em torno do próprio alerta: a ação nunca chegou ao feed</translation>
    </message>
    <message>
        <source>{duration} before</source>
        <translation>{duration} antes</translation>
    </message>
    <message>
        <source>{duration} after</source>
        <translation>{duration} depois</translation>
    </message>
    <message>
        <source>{around}; only {before} and {after}</source>
        <translation>{around}; só {before} e {after}</translation>
    </message>
    <message>
        <source>{around}; only {cut}</source>
        <translation>{around}; só {cut}</translation>
    </message>
    <message>
        <source>{before} → {after} orders; {note}</source>
        <translation>{before} → {after} pedidos; {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n advice row(s) in the session file could not be read and are left out.</source>
        <translation>
            <numerusform>%n linha de alerta no arquivo da sessão não pôde ser lida e foi deixada de fora.</numerusform>
            <numerusform>%n linhas de alerta no arquivo da sessão não puderam ser lidas e foram deixadas de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>By kind: {kinds}</source>
        <translation>Por tipo: {kinds}</translation>
    </message>
    <message>
        <source>the whole live</source>
        <translation>a live toda</translation>
    </message>
    <message>
        <source>{lift} per viewer</source>
        <translation>{lift} por espectador</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>O que foi visto</translation>
    </message>
    <message>
        <source>Suggested remedy</source>
        <translation>Ação sugerida</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>What followed ({minutes} min before → after)</source>
        <translation>O que veio depois ({minutes} min antes → depois)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ReportChannels</name>
    <message>
        <source>organic</source>
        <extracomment>the entry channels (protocol keys) as the report names them</extracomment>
        <translation>orgânico</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direto</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>espectadores</translation>
    </message>
    <message>
        <source>Engagement: chat messages per minute</source>
        <translation>Engajamento: mensagens no chat por minuto</translation>
    </message>
    <message>
        <source>chat/min</source>
        <translation>chat/min</translation>
    </message>
    <message>
        <source>Drop-off: viewers leaving per minute</source>
        <translation>Saída: espectadores saindo por minuto</translation>
    </message>
    <message>
        <source>leaves/min</source>
        <translation>saídas/min</translation>
    </message>
    <message>
        <source>joins/min</source>
        <translation>entradas/min</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>Pedidos por minuto</translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation>pedidos/min</translation>
    </message>
    <message>
        <source>Cart abandonment: carts abandoned and opened per minute</source>
        <translation>Abandono de carrinho: carrinhos abandonados e abertos por minuto</translation>
    </message>
    <message>
        <source>abandoned/min</source>
        <translation>abandonados/min</translation>
    </message>
    <message>
        <source>carts/min</source>
        <translation>carrinhos/min</translation>
    </message>
    <message>
        <source>{series} · {live} (reference)</source>
        <translation>{series} · {live} (referência)</translation>
    </message>
    <message>
        <source>minute of the live</source>
        <translation>minuto da live</translation>
    </message>
    <message>
        <source>Products: margin per unit against sales velocity</source>
        <translation>Produtos: margem por unidade × velocidade de venda</translation>
    </message>
    <message>
        <source>no product has a plan cost: no margins to plot</source>
        <translation>nenhum produto tem custo no plano: sem margens para plotar</translation>
    </message>
    <message>
        <source>units sold per minute on sale (red: sold out; size: revenue)</source>
        <translation>unidades vendidas por minuto à venda (vermelho: esgotado; tamanho: faturamento)</translation>
    </message>
    <message>
        <source>margin per unit ({currency})</source>
        <translation>margem por unidade ({currency})</translation>
    </message>
    <message>
        <source>stars: high margin, fast</source>
        <translation>estrelas: margem alta, rápido</translation>
    </message>
    <message>
        <source>niche: high margin, slow</source>
        <translation>nicho: margem alta, lento</translation>
    </message>
    <message>
        <source>traffic builders: low margin, fast</source>
        <translation>chamarizes: margem baixa, rápido</translation>
    </message>
    <message>
        <source>review: low margin, slow</source>
        <translation>revisar: margem baixa, lento</translation>
    </message>
    <message>
        <source>{sku} (sold out)</source>
        <translation>{sku} (esgotado)</translation>
    </message>
    <message>
        <source>Entry channels: conversion, revenue and ROAS</source>
        <translation>Origem do tráfego: conversão, faturamento e ROAS</translation>
    </message>
    <message>
        <source>conversion (buyers / entered, %)</source>
        <translation>conversão (compradores / entradas, %)</translation>
    </message>
</context>
<context>
    <name>ReportCompare</name>
    <message>
        <source>Impressions</source>
        <translation>Impressões</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margem</translation>
    </message>
    <message>
        <source>Units/min</source>
        <translation>Unid./min</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Neither live has any.</source>
        <translation>Nenhuma das lives tem.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Reference: {name}</source>
        <translation>Referência: {name}</translation>
    </message>
    <message>
        <source>This live: {name}</source>
        <translation>Esta live: {name}</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>All the numbers, side by side</source>
        <translation>Todos os números, lado a lado</translation>
    </message>
    <message>
        <source>Differences are this live minus the reference; percentages move in points.</source>
        <translation>As diferenças são esta live menos a referência; percentuais variam em pontos.</translation>
    </message>
    <message>
        <source>Goals vs actuals</source>
        <translation>Metas × realizado</translation>
    </message>
    <message>
        <source>Neither plan set goals.</source>
        <translation>Nenhum dos planos definiu metas.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Meta da referência</translation>
    </message>
    <message>
        <source>Reference actual</source>
        <translation>Realizado da referência</translation>
    </message>
    <message>
        <source>Reference verdict</source>
        <translation>Resultado da referência</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reference: {reference}. This live: {this}.</source>
        <translation>Referência: {reference}. Esta live: {this}.</translation>
    </message>
    <message>
        <source>Products, side by side</source>
        <translation>Produtos, lado a lado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Each cell: reference → this live, and the difference. A product only one live carried shows — for the other.</source>
        <translation>Cada célula: referência → esta live, e a diferença. Um produto que só uma live teve aparece com — na outra.</translation>
    </message>
    <message>
        <source>Entry channels, side by side</source>
        <translation>Origem do tráfego, lado a lado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Each cell: reference → this live, and the difference.</source>
        <translation>Cada célula: referência → esta live, e a diferença.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Concurrent viewers at the end of each minute.</source>
        <translation>Espectadores simultâneos ao fim de cada minuto.</translation>
    </message>
    <message>
        <source>Chat messages per minute: how lively the room was.</source>
        <translation>Mensagens no chat por minuto: o quanto a sala estava animada.</translation>
    </message>
    <message>
        <source>Viewers leaving per minute (bars) against viewers joining (line): where the room lost people.</source>
        <translation>Espectadores saindo por minuto (barras) contra entrando (linha): onde a sala perdeu gente.</translation>
    </message>
    <message>
        <source>Orders per minute.</source>
        <translation>Pedidos por minuto.</translation>
    </message>
    <message>
        <source>Carts abandoned per minute (bars) against carts opened (line).</source>
        <translation>Carrinhos abandonados por minuto (barras) contra carrinhos abertos (linha).</translation>
    </message>
    <message>
        <source>Concurrent viewers: this live (solid) against the reference live (dashed grey).</source>
        <translation>Espectadores simultâneos: esta live (linha cheia) contra a live de referência (tracejado cinza).</translation>
    </message>
    <message>
        <source>Chat messages per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Mensagens no chat por minuto: esta live (linha cheia) contra a live de referência (tracejado cinza).</translation>
    </message>
    <message>
        <source>Viewers leaving per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Espectadores saindo por minuto: esta live (linha cheia) contra a live de referência (tracejado cinza).</translation>
    </message>
    <message>
        <source>Orders per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Pedidos por minuto: esta live (linha cheia) contra a live de referência (tracejado cinza).</translation>
    </message>
    <message>
        <source>Carts abandoned per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>Carrinhos abandonados por minuto: esta live (linha cheia) contra a live de referência (tracejado cinza).</translation>
    </message>
    <message>
        <source>product quadrant</source>
        <translation>quadrante de produtos</translation>
    </message>
    <message>
        <source>Actions and their measured impact</source>
        <translation>Ações e seu impacto medido</translation>
    </message>
    <message>
        <source>Actions of the reference live, {name}</source>
        <translation>Ações da live de referência, {name}</translation>
    </message>
    <message>
        <source>Margin per unit against units sold per minute while on sale; dashed lines are the medians. Stars (top right) carry the live; traffic builders (bottom right) sell fast at a thin margin; niche products (top left) earn well but slowly; bottom left is for review.</source>
        <translation>Margem por unidade contra unidades vendidas por minuto enquanto à venda; as linhas tracejadas são as medianas. As estrelas (canto superior direito) sustentam a live; os chamarizes (inferior direito) vendem rápido com margem baixa; os produtos de nicho (superior esquerdo) rendem bem, mas devagar; o canto inferior esquerdo é para revisar.</translation>
    </message>
    <message>
        <source>{title}: post-live report</source>
        <translation>{title}: relatório pós-live</translation>
    </message>
    <message>
        <source>{this}: post-live report, compared with {reference}</source>
        <translation>{this}: relatório pós-live, comparado com {reference}</translation>
    </message>
    <message>
        <source>{elapsed} recorded of {planned} planned</source>
        <translation>{elapsed} gravados de {planned} planejados</translation>
    </message>
    <message>
        <source>{elapsed} recorded</source>
        <translation>{elapsed} gravados</translation>
    </message>
    <message>
        <source>Live &lt;b&gt;{live}&lt;/b&gt; · {recorded} · {events} events · session file &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>Live &lt;b&gt;{live}&lt;/b&gt; · {recorded} · {events} eventos · arquivo da sessão &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Compared with &lt;b&gt;{reference}&lt;/b&gt; ({live}, &lt;code&gt;{path}&lt;/code&gt;), the reference. Differences read this live minus the reference, &lt;span class=&quot;delta better&quot;&gt;green&lt;/span&gt; where this live did better, &lt;span class=&quot;delta worse&quot;&gt;red&lt;/span&gt; where it did worse.</source>
        <translation>Comparado com &lt;b&gt;{reference}&lt;/b&gt; ({live}, &lt;code&gt;{path}&lt;/code&gt;), a referência. As diferenças são esta live menos a referência, em &lt;span class=&quot;delta better&quot;&gt;verde&lt;/span&gt; onde esta live foi melhor e em &lt;span class=&quot;delta worse&quot;&gt;vermelho&lt;/span&gt; onde foi pior.</translation>
    </message>
    <message>
        <source>Note: {what}.</source>
        <translation>Observação: {what}.</translation>
    </message>
    <message>
        <source>goal {target} · {verdict}</source>
        <translation>meta {target} · {verdict}</translation>
    </message>
    <message>
        <source>vs reference {difference}</source>
        <translation>vs. referência {difference}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>The lessons rest on orders, which this live&apos;s feed did not send (order_placed): none can be drawn from it.</source>
        <translation>As lições se baseiam em pedidos, que o feed desta live não enviou (order_placed): não é possível tirar nenhuma.</translation>
    </message>
    <message>
        <source>This live&apos;s numbers are too thin for a lesson: no rule found enough orders, views or carts to stand on (docs/report.md lists the thresholds).</source>
        <translation>Os números desta live são poucos demais para uma lição: nenhuma regra encontrou pedidos, visualizações ou carrinhos suficientes (os limites estão em docs/report.md).</translation>
    </message>
    <message>
        <source>Rests on: {evidence}</source>
        <translation>Baseado em: {evidence}</translation>
    </message>
    <message numerus="yes">
        <source>Only %n lesson(s) could be drawn from this live&apos;s numbers.</source>
        <translation>
            <numerusform>Só foi possível tirar %n lição dos números desta live.</numerusform>
            <numerusform>Só foi possível tirar %n lições dos números desta live.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference live&apos;s lessons</source>
        <translation>As lições da live de referência</translation>
    </message>
    <message>
        <source>Three lessons for the next live</source>
        <translation>Três lições para a próxima live</translation>
    </message>
    <message>
        <source>The plan set no goals.</source>
        <translation>O plano não definiu metas.</translation>
    </message>
    <message>
        <source>No plan was recorded with this live: no goals.</source>
        <translation>Nenhum plano foi gravado com esta live: sem metas.</translation>
    </message>
    <message>
        <source>Goals vs actuals</source>
        <translation>Metas × realizado</translation>
    </message>
    <message>
        <source>{target} max</source>
        <translation>máx. {target}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Actual / target</source>
        <translation>Realizado / meta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Targets from the plan; actuals at the last recorded event.</source>
        <translation>Metas do plano; realizado no último evento gravado.</translation>
    </message>
    <message>
        <source>No actions were taken, so the curves carry no markers.</source>
        <translation>Nenhuma ação foi executada, então as curvas não têm marcadores.</translation>
    </message>
    <message>
        <source>Markers: {markers}.</source>
        <translation>Marcadores: {markers}.</translation>
    </message>
    <message>
        <source>Minute by minute</source>
        <translation>Minuto a minuto</translation>
    </message>
    <message>
        <source>No events were recorded: no curves to draw.</source>
        <translation>Nenhum evento foi gravado: não há curvas para desenhar.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>No product was shown or sold.</source>
        <translation>Nenhum produto foi mostrado nem vendido.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressões</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>Carrinhos</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unid.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margem</translation>
    </message>
    <message>
        <source>Units/min</source>
        <translation>Unid./min</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Sinais</translation>
    </message>
    <message>
        <source>Conversion = orders / clicks. Abandoned = abandoned carts / carts. Units/min while on sale (until it sold out). Margin = revenue − units × plan cost.</source>
        <translation>Conversão = pedidos / cliques. Abandono = carrinhos abandonados / carrinhos. Unid./min enquanto à venda (até esgotar). Margem = faturamento − unidades × custo do plano.</translation>
    </message>
    <message>
        <source>No orders were recorded: revenue, margin and conversion are empty.</source>
        <translation>Nenhum pedido foi registrado: faturamento, margem e conversão estão vazios.</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>esgotado em {time}</translation>
    </message>
    <message>
        <source>Not available from this feed: {columns} ({why}).</source>
        <translation>Indisponível neste feed: {columns} ({why}).</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Compradores</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part.</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Gasto com anúncios</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Conversion = buyers / viewers who entered through the channel. ROAS = paid revenue / ad spend.</source>
        <translation>Conversão = compradores / espectadores que entraram pelo canal. ROAS = faturamento pago / gasto com anúncios.</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canais</translation>
    </message>
    <message>
        <source>Conversion by entry channel; labels: revenue and ROAS.</source>
        <translation>Conversão por origem do tráfego; rótulos: faturamento e ROAS.</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>Origem do tráfego</translation>
    </message>
    <message>
        <source>New vs returning buyers</source>
        <translation>Compradores novos × recorrentes</translation>
    </message>
    <message>
        <source>New and returning buyers: {not_available} ({why}).</source>
        <translation>Compradores novos e recorrentes: {not_available} ({why}).</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>Part. no GMV</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Recorrentes</translation>
    </message>
    <message>
        <source>A buyer is new or returning by the flag of their first order in this live.</source>
        <translation>O comprador é novo ou recorrente conforme a marcação do primeiro pedido dele nesta live.</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Engagement (chat per minute)</source>
        <translation>Engajamento (chat por minuto)</translation>
    </message>
    <message>
        <source>Drop-off (viewers leaving per minute)</source>
        <translation>Saída (espectadores saindo por minuto)</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>Pedidos por minuto</translation>
    </message>
    <message>
        <source>Cart abandonment per minute</source>
        <translation>Carrinhos abandonados por minuto</translation>
    </message>
    <message>
        <source>Product quadrant</source>
        <translation>Quadrante de produtos</translation>
    </message>
    <message>
        <source>Conversion by entry channel</source>
        <translation>Conversão por origem do tráfego</translation>
    </message>
    <message>
        <source>{chart}: {not_available} ({why}).</source>
        <translation>{chart}: {not_available} ({why}).</translation>
    </message>
    <message>
        <source>it did not send {event_types}</source>
        <translation>ele não enviou {event_types}</translation>
    </message>
    <message>
        <source>No actions were taken during this live.</source>
        <translation>Nenhuma ação foi executada durante esta live.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Orders before / after</source>
        <translation>Pedidos antes / depois</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Pedidos/min</translation>
    </message>
    <message>
        <source>Viewers (average)</source>
        <translation>Espectadores (média)</translation>
    </message>
    <message>
        <source>Orders/min per 1,000 viewers</source>
        <translation>Pedidos/min por 1.000 espectadores</translation>
    </message>
    <message>
        <source>Lift per viewer</source>
        <translation>Alta por espectador</translation>
    </message>
    <message>
        <source>Offer units/min</source>
        <translation>Unid./min da oferta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Five minutes before each action against five minutes after it (cut at the live&apos;s start and end). Viewers is the average audience in each window; the lift and its verdict are per viewer, so a room filling up is not counted as the action&apos;s effect. Verdict from an exact two-rate test on the order counts over viewer-minutes: clear below p = 0.05, likely below 0.20, fewer than 8 orders in both windows together is too few to tell.</source>
        <translation>Cinco minutos antes de cada ação contra cinco minutos depois (cortados no início e no fim da live). Espectadores é a audiência média em cada janela; a alta e o resultado são por espectador, então uma sala enchendo não conta como efeito da ação. Resultado de um teste exato de duas taxas sobre os pedidos por minuto assistido: clara abaixo de p = 0,05, provável abaixo de 0,20; menos de 8 pedidos nas duas janelas juntas é pouco para avaliar.</translation>
    </message>
    <message>
        <source>before window only {duration}: the live had just started</source>
        <translation>janela anterior de só {duration}: a live tinha acabado de começar</translation>
    </message>
    <message>
        <source>after window only {duration}: the recording ends</source>
        <translation>janela posterior de só {duration}: a gravação termina</translation>
    </message>
    <message>
        <source>the audience grew {change} across the windows: the raw orders/min change is partly the room&apos;s</source>
        <translation>a audiência cresceu {change} entre as janelas: parte da variação de pedidos/min é da sala</translation>
    </message>
    <message>
        <source>the audience shrank {change} across the windows: the raw orders/min change is partly the room&apos;s</source>
        <translation>a audiência caiu {change} entre as janelas: parte da variação de pedidos/min é da sala</translation>
    </message>
    <message>
        <source>{product} sold out {into} into it, at {time}</source>
        <translation>{product} esgotou {into} depois do início, em {time}</translation>
    </message>
    <message>
        <source>also in the window: {actions}</source>
        <translation>também na janela: {actions}</translation>
    </message>
    <message>
        <source>All the numbers</source>
        <translation>Todos os números</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>As the console showed them at the live&apos;s end.</source>
        <translation>Como o console os mostrou no fim da live.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>The live at that moment</source>
        <translation>A live naquele momento</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Notes and marked moments</source>
        <translation>Notas e momentos marcados</translation>
    </message>
    <message>
        <source>Moments marked with Ctrl+M and notes typed during the live, and the review notes typed in replay (N), at their time into the live.</source>
        <translation>Momentos marcados com Ctrl+M e notas digitadas durante a live, e as notas de revisão digitadas no replay (N), no momento da live.</translation>
    </message>
    <message>
        <source>review note (replay)</source>
        <translation>nota de revisão (replay)</translation>
    </message>
    <message>
        <source>marked moment</source>
        <translation>momento marcado</translation>
    </message>
    <message>
        <source>note during the live</source>
        <translation>nota durante a live</translation>
    </message>
    <message>
        <source>Moment marked (Ctrl+M)</source>
        <translation>Momento marcado (Ctrl+M)</translation>
    </message>
    <message>
        <source>Computed by replaying all {events} recorded events through the console&apos;s KPI engine, so every number is the one the console showed at the live&apos;s end. Refused during the live: {rejected}; never received: {gaps}. How sections, confidence and lessons are worked out: docs/report.md.</source>
        <translation>Calculado reproduzindo todos os {events} eventos gravados no motor de KPIs do console, então cada número é o que o console mostrou no fim da live. Recusados durante a live: {rejected}; nunca recebidos: {gaps}. Como as seções, a confiança e as lições são calculadas: docs/report.md.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem mudança</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} p.p.</translation>
    </message>
</context>
<context>
    <name>ReportLessons</name>
    <message>
        <source>“{action}” at {time} took orders from {before} to {after} per 1,000 viewers a minute ({lift}; {verdict}, {p}){audience}.</source>
        <translation>“{action}” em {time} levou os pedidos de {before} para {after} por 1.000 espectadores por minuto ({lift}; {verdict}, {p}){audience}.</translation>
    </message>
    <message>
        <source>Run it again, and earlier, when orders flatten: one more run is worth about {gain} at this live&apos;s order value.</source>
        <translation>Repita, e mais cedo, quando os pedidos estagnarem: mais uma rodada vale cerca de {gain} com o ticket desta live.</translation>
    </message>
    <message>
        <source>Run it again when orders flatten: one more run is worth about {gain} at this live&apos;s order value.</source>
        <translation>Repita quando os pedidos estagnarem: mais uma rodada vale cerca de {gain} com o ticket desta live.</translation>
    </message>
    <message>
        <source>Part of the lift may belong to {actions}, which ran in the same window.</source>
        <translation>Parte da alta pode ser de {actions}, que rodou na mesma janela.</translation>
    </message>
    <message>
        <source>{orders} in {before_min} min before, {after} in {after_min} min after</source>
        <translation>{orders} nos {before_min} min antes, {after} nos {after_min} min depois</translation>
    </message>
    <message>
        <source>average order {amount}</source>
        <translation>ticket médio {amount}</translation>
    </message>
    <message>
        <source>Repeat “{action}”, earlier</source>
        <translation>Repita “{action}”, mais cedo</translation>
    </message>
    <message>
        <source>Repeat “{action}”</source>
        <translation>Repita “{action}”</translation>
    </message>
    <message>
        <source>Move it to a quieter moment or drop it.</source>
        <translation>Mova para um momento mais calmo ou tire do roteiro.</translation>
    </message>
    <message>
        <source>Not proven: try it at another moment and compare before dropping it.</source>
        <translation>Não comprovado: teste em outro momento e compare antes de desistir.</translation>
    </message>
    <message>
        <source>After “{action}” at {time} orders fell from {before} to {after} per 1,000 viewers a minute ({lift}; {verdict}, {p}){audience}.</source>
        <translation>Depois de “{action}” em {time}, os pedidos caíram de {before} para {after} por 1.000 espectadores por minuto ({lift}; {verdict}, {p}){audience}.</translation>
    </message>
    <message>
        <source>Part of the fall may belong to {actions}, which ran in the same windows.</source>
        <translation>Parte da queda pode ser de {actions}, que rodou nas mesmas janelas.</translation>
    </message>
    <message>
        <source>{orders} before, {after} after</source>
        <translation>{orders} antes, {after} depois</translation>
    </message>
    <message>
        <source>Rethink “{action}”</source>
        <translation>Repense “{action}”</translation>
    </message>
    <message>
        <source>, while the audience grew from {before} to {after} ({change}; raw orders a minute {opm_before} → {opm_after})</source>
        <translation>, enquanto a audiência cresceu de {before} para {after} ({change}; pedidos por minuto brutos {opm_before} → {opm_after})</translation>
    </message>
    <message>
        <source>, while the audience shrank from {before} to {after} ({change}; raw orders a minute {opm_before} → {opm_after})</source>
        <translation>, enquanto a audiência caiu de {before} para {after} ({change}; pedidos por minuto brutos {opm_before} → {opm_after})</translation>
    </message>
    <message>
        <source>{before} viewers on average before, {after} after</source>
        <translation>média de {before} espectadores antes, {after} depois</translation>
    </message>
    <message>
        <source>from none before</source>
        <translation>de zero antes</translation>
    </message>
    <message>
        <source>{lift} per viewer</source>
        <translation>{lift} por espectador</translation>
    </message>
    <message>
        <source>{channel} {conversion} ({revenue})</source>
        <translation>{channel} {conversion} ({revenue})</translation>
    </message>
    <message>
        <source>Raise the paid budget</source>
        <translation>Aumente a verba paga</translation>
    </message>
    <message>
        <source>Paid returned {roas} its {spend} spend, above the {target} target: buy more of it, in the minutes where the room converts best.</source>
        <translation>O tráfego pago retornou {roas} sobre {spend} de gasto, acima da meta de {target}: invista mais, nos minutos em que a sala converte melhor.</translation>
    </message>
    <message>
        <source>Cut or retarget paid traffic</source>
        <translation>Corte ou redirecione o tráfego pago</translation>
    </message>
    <message>
        <source>Paid returned only {roas} its {spend} spend, below the {target} target: cut it or retarget it to the audience of {channel}.</source>
        <translation>O tráfego pago retornou só {roas} sobre {spend} de gasto, abaixo da meta de {target}: corte ou redirecione para o público de {channel}.</translation>
    </message>
    <message>
        <source>Conversion by channel: {listing}.</source>
        <translation>Conversão por canal: {listing}.</translation>
    </message>
    <message>
        <source>ROAS {roas} vs target {target}</source>
        <translation>ROAS {roas} vs. meta {target}</translation>
    </message>
    <message>
        <source>paid conversion {conversion}</source>
        <translation>conversão paga {conversion}</translation>
    </message>
    <message>
        <source>Conversion by channel: {listing}. Viewers from {best} buy far more often than those from {worst}: put promotion effort into {best} before the next live.</source>
        <translation>Conversão por canal: {listing}. Os espectadores de {best} compram muito mais do que os de {worst}: invista na divulgação em {best} antes da próxima live.</translation>
    </message>
    <message>
        <source>{best} {best_conversion} vs {worst} {worst_conversion}</source>
        <translation>{best} {best_conversion} vs. {worst} {worst_conversion}</translation>
    </message>
    <message>
        <source>Bring more viewers through {channel}</source>
        <translation>Traga mais espectadores por {channel}</translation>
    </message>
    <message>
        <source>no product was shown</source>
        <translation>nenhum produto foi mostrado</translation>
    </message>
    <message>
        <source>viewers saw products but did not click</source>
        <translation>os espectadores viram os produtos, mas não clicaram</translation>
    </message>
    <message>
        <source>viewers clicked but did not add to cart</source>
        <translation>os espectadores clicaram, mas não adicionaram ao carrinho</translation>
    </message>
    <message>
        <source>carts were opened but none was paid</source>
        <translation>carrinhos foram abertos, mas nenhum foi pago</translation>
    </message>
    <message>
        <source>{entered} viewers entered, products were shown {impressions} times and clicked {clicks} times, {carts} carts were opened, and no order came: {stage}. Check that stage first (product cards, shop link, checkout) before the next live.</source>
        <translation>{entered} espectadores entraram, os produtos foram exibidos {impressions} vezes e clicados {clicks} vezes, {carts} carrinhos foram abertos e nenhum pedido veio: {stage}. Verifique essa etapa primeiro (cards de produto, link da loja, checkout) antes da próxima live.</translation>
    </message>
    <message>
        <source>{count} entered</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>{count} impressions</source>
        <translation>{count} impressões</translation>
    </message>
    <message>
        <source>{count} clicks</source>
        <translation>{count} cliques</translation>
    </message>
    <message numerus="yes">
        <source>%n carts</source>
        <translation>
            <numerusform>%n carrinho</numerusform>
            <numerusform>%n carrinhos</numerusform>
        </translation>
    </message>
    <message>
        <source>Find where the funnel broke</source>
        <translation>Descubra onde o funil quebrou</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>cerca de {count}</translation>
    </message>
    <message>
        <source>From {start} to {end} ({minutes} minutes) orders ran at {span} a minute, {low} per 1,000 viewers against {average} for the whole live, while {viewers} viewers were watching on average.</source>
        <translation>De {start} a {end} ({minutes} minutos) os pedidos ficaram em {span} por minuto, {low} por 1.000 espectadores contra {average} na live toda, com {viewers} espectadores assistindo em média.</translation>
    </message>
    <message numerus="yes">
        <source>%n products had sold out by then ({names}), the ones that took {share} of the live&apos;s orders</source>
        <translation>
            <numerusform>%n produto já tinha esgotado ({names}), e ele respondia por {share} dos pedidos da live</numerusform>
            <numerusform>%n produtos já tinham esgotado ({names}), e eles respondiam por {share} dos pedidos da live</numerusform>
        </translation>
    </message>
    <message>
        <source>no action reached the stream in those {minutes} minutes</source>
        <translation>nenhuma ação chegou ao feed nesses {minutes} minutos</translation>
    </message>
    <message>
        <source>no action was taken in those {minutes} minutes</source>
        <translation>nenhuma ação foi executada nesses {minutes} minutos</translation>
    </message>
    <message>
        <source>only {actions} came inside it</source>
        <translation>só {actions} entrou nesse período</translation>
    </message>
    <message>
        <source>“{action}” at {time} failed ({why})</source>
        <translation>“{action}” em {time} falhou ({why})</translation>
    </message>
    <message>
        <source>the plan&apos;s cues {cues} were not fired</source>
        <translation>as deixas do plano {cues} não foram disparadas</translation>
    </message>
    <message>
        <source>Likely cause: {causes}.</source>
        <translation>Causa provável: {causes}.</translation>
    </message>
    <message>
        <source>Next time stock the best sellers deeper or hold part of their stock back for this part of the live, and fire an offer or a kit on the products still in stock as soon as orders flatten.</source>
        <translation>Da próxima vez, tenha mais estoque dos campeões de venda ou guarde parte dele para esta parte da live, e dispare uma oferta ou um kit com os produtos ainda em estoque assim que os pedidos estagnarem.</translation>
    </message>
    <message>
        <source>Next time fire an offer or a kit on the products still in stock as soon as orders flatten.</source>
        <translation>Da próxima vez, dispare uma oferta ou um kit com os produtos ainda em estoque assim que os pedidos estagnarem.</translation>
    </message>
    <message>
        <source>{orders} in {minutes} min from {start}</source>
        <translation>{orders} em {minutes} min a partir de {start}</translation>
    </message>
    <message>
        <source>{low} vs {average} orders per 1,000 viewer-minutes</source>
        <translation>{low} vs. {average} pedidos por 1.000 minutos assistidos</translation>
    </message>
    <message numerus="yes">
        <source>%n actions inside it</source>
        <translation>
            <numerusform>%n ação no período</numerusform>
            <numerusform>%n ações no período</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the {minutes}-minute lull from {start}</source>
        <translation>Preencha a calmaria de {minutes} minutos a partir de {start}</translation>
    </message>
    <message>
        <source>segment “{title}”</source>
        <translation>bloco “{title}”</translation>
    </message>
    <message>
        <source>kit “{name}”</source>
        <translation>kit “{name}”</translation>
    </message>
    <message>
        <source>“{action}” (this live&apos;s best lift)</source>
        <translation>“{action}” (a maior alta desta live)</translation>
    </message>
    <message>
        <source>a flash offer or a segment change</source>
        <translation>uma oferta relâmpago ou uma troca de bloco</translation>
    </message>
    <message>
        <source>Between {start} and {end} orders fell to {low} per 1,000 viewers a minute, against {average} for the whole live, while {viewers} viewers were still watching. Schedule {what} at about {lead}, before the sag.</source>
        <translation>Entre {start} e {end} os pedidos caíram para {low} por 1.000 espectadores por minuto, contra {average} na live toda, com {viewers} espectadores ainda assistindo. Programe {what} por volta de {lead}, antes da queda.</translation>
    </message>
    <message>
        <source>{actions} came inside the sag and did not prevent it.</source>
        <translation>{actions} entrou durante a queda e não a evitou.</translation>
    </message>
    <message>
        <source>live average {average} orders per 1,000 viewer-minutes</source>
        <translation>média da live: {average} pedidos por 1.000 minutos assistidos</translation>
    </message>
    <message>
        <source>Plan an action before {time}</source>
        <translation>Planeje uma ação antes de {time}</translation>
    </message>
    <message>
        <source>Show {product} better</source>
        <translation>Mostre melhor {product}</translation>
    </message>
    <message>
        <source>It is seen but not clicked: the pitch is the problem. Demonstrate it on camera, show it in use and pin it while it is being shown.</source>
        <translation>É visto, mas não clicado: o problema é a apresentação. Demonstre na câmera, mostre em uso e fixe o produto em destaque enquanto é mostrado.</translation>
    </message>
    <message>
        <source>Lower the barrier on {product}</source>
        <translation>Reduza a barreira de {product}</translation>
    </message>
    <message>
        <source>It is clicked but not bought: the price is the likely blocker. The plan&apos;s offer “{offer}” was not run: run it. Or sell it in a kit with a best-seller.</source>
        <translation>É clicado, mas não comprado: o preço é a barreira provável. A oferta do plano “{offer}” não foi feita: faça. Ou venda em um kit com um campeão de vendas.</translation>
    </message>
    <message>
        <source>It is clicked but not bought: the price is the likely blocker. Try a flash offer on it. Or sell it in a kit with a best-seller.</source>
        <translation>É clicado, mas não comprado: o preço é a barreira provável. Tente uma oferta relâmpago. Ou venda em um kit com um campeão de vendas.</translation>
    </message>
    <message>
        <source>products on sale without kit items ({products}: kit orders need no click)</source>
        <translation>produtos à venda sem itens de kit ({products}: pedidos de kit não exigem clique)</translation>
    </message>
    <message>
        <source>products on sale</source>
        <translation>produtos à venda</translation>
    </message>
    <message>
        <source>{product} was seen {impressions} times (the most-viewed half of the products on sale) but ordered only {orders} times: CTR {ctr} (the average {average_ctr}), clicks to orders {conversion} (the average {average_conversion}; averages over {yardstick}).</source>
        <translation>{product} foi visto {impressions} vezes (a metade mais vista dos produtos à venda), mas pedido só {orders} vezes: CTR {ctr} (média {average_ctr}), cliques em pedidos {conversion} (média {average_conversion}; médias sobre {yardstick}).</translation>
    </message>
    <message>
        <source>{impressions} impressions, {clicks} clicks, {orders} orders</source>
        <translation>{impressions} impressões, {clicks} cliques, {orders} pedidos</translation>
    </message>
    <message>
        <source>{share} of views ordered vs {average} for {yardstick}</source>
        <translation>{share} das visualizações viraram pedido vs. {average} em {yardstick}</translation>
    </message>
    <message>
        <source>after that it was still clicked {clicks} times, and with {conversion} of clicks ordering that is about {missed} more units</source>
        <translation>depois disso ainda foi clicado {clicks} vezes e, com {conversion} dos cliques virando pedido, são cerca de {missed} unidades a mais</translation>
    </message>
    <message>
        <source>at its pace the remaining {minutes} minutes would have sold about {missed} more</source>
        <translation>nesse ritmo, os {minutes} minutos restantes teriam vendido cerca de {missed} a mais</translation>
    </message>
    <message>
        <source>{product} sold out at {time}{ran_out_in} after {units} units ({velocity} a minute); {how} (≈ {amount}). Stock about {stock} next time, or hold part of it back for later in the live.</source>
        <translation>{product} esgotou em {time}{ran_out_in} depois de {units} unidades ({velocity} por minuto); {how} (≈ {amount}). Tenha cerca de {stock} em estoque da próxima vez, ou guarde parte para mais tarde na live.</translation>
    </message>
    <message>
        <source>Do not repeat “{action}” as it was: its stock ran out {into} into it. Stock for it first, or run it for at most {minutes} min with this stock.</source>
        <translation>Não repita “{action}” do mesmo jeito: o estoque acabou {into} depois do início. Garanta o estoque antes ou rode por no máximo {minutes} min com este estoque.</translation>
    </message>
    <message>
        <source>Also sold out: {products}.</source>
        <translation>Também esgotaram: {products}.</translation>
    </message>
    <message>
        <source>{units} units sold of {planned} planned</source>
        <translation>{units} unidades vendidas de {planned} planejadas</translation>
    </message>
    <message>
        <source>{units} units sold</source>
        <translation>{units} unidades vendidas</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>esgotado em {time}</translation>
    </message>
    <message>
        <source>{velocity} units/min</source>
        <translation>{velocity} unid./min</translation>
    </message>
    <message>
        <source>Stock more {product}</source>
        <translation>Tenha mais estoque de {product}</translation>
    </message>
    <message>
        <source>, {into} into “{action}”</source>
        <translation>, {into} depois do início de “{action}”</translation>
    </message>
    <message>
        <source>, {into} into “{action}” (#{number})</source>
        <translation>, {into} depois do início de “{action}” (#{number})</translation>
    </message>
    <message>
        <source>the plan&apos;s kit {kits}</source>
        <translation>o kit do plano {kits}</translation>
    </message>
    <message>
        <source>a kit with a cheaper best-seller</source>
        <translation>um kit com um campeão de vendas mais barato</translation>
    </message>
    <message>
        <source>{product} ({price}, among the dearer half) lost {abandons} of {carts} carts ({abandonment}, the live {overall}). Expensive carts stall at checkout: launch {offer} or a short offer while its carts are open.</source>
        <translation>{product} ({price}, na metade mais cara) perdeu {abandons} de {carts} carrinhos ({abandonment}; a live, {overall}). Carrinhos caros travam no checkout: lance {offer} ou uma oferta curta enquanto os carrinhos estão abertos.</translation>
    </message>
    <message>
        <source>{abandons} abandoned carts × {price}</source>
        <translation>{abandons} carrinhos abandonados × {price}</translation>
    </message>
    <message>
        <source>median plan price {price}</source>
        <translation>preço mediano do plano {price}</translation>
    </message>
    <message>
        <source>Bundle {product} into a kit</source>
        <translation>Coloque {product} em um kit</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
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
        <translation>GMV (faturamento)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Compradores</translation>
    </message>
    <message>
        <source>AOV (GMV / buyer)</source>
        <translation>Ticket médio (GMV / comprador)</translation>
    </message>
    <message>
        <source>Conversion (buyers / entered)</source>
        <translation>Conversão (compradores / entradas)</translation>
    </message>
    <message>
        <source>Entered (unique viewers)</source>
        <translation>Entradas (espectadores únicos)</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Pico de espectadores</translation>
    </message>
    <message>
        <source>GPM (GMV per 1,000 views)</source>
        <translation>GPM (GMV por 1.000 visualizações)</translation>
    </message>
    <message>
        <source>UV value (GMV / entered)</source>
        <translation>Valor por UV (GMV / entradas)</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Abandono de carrinho</translation>
    </message>
    <message>
        <source>Engagement (chatters / entered)</source>
        <translation>Engajamento (quem comentou / entradas)</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Mensagens no chat</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Gasto com anúncios</translation>
    </message>
    <message>
        <source>Paid revenue</source>
        <translation>Faturamento pago</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Novos compradores</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>Compradores recorrentes</translation>
    </message>
    <message>
        <source>Revenue from new buyers</source>
        <translation>Faturamento de novos compradores</translation>
    </message>
    <message>
        <source>Revenue from returning buyers</source>
        <translation>Faturamento de compradores recorrentes</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Cart abandonment (max)</source>
        <translation>Abandono de carrinho (máx.)</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>{count} viewers</source>
        <translation>{count} espectadores</translation>
    </message>
    <message>
        <source>{count} orders that minute</source>
        <translation>{count} pedidos naquele minuto</translation>
    </message>
    <message>
        <source>{time} after #{number} {action}</source>
        <translation>{time} após #{number} {action}</translation>
    </message>
</context>
<context>
    <name>ReportVerdict</name>
    <message>
        <source>met</source>
        <extracomment>the words a chip shows (verdicts, directions, advice states), kept in English as data and translated where shown</extracomment>
        <translation>atingida</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>no ritmo</translation>
    </message>
    <message>
        <source>close</source>
        <translation>quase</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>não atingida</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>clear lift</source>
        <translation>alta clara</translation>
    </message>
    <message>
        <source>likely lift</source>
        <translation>alta provável</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>sem mudança clara</translation>
    </message>
    <message>
        <source>likely drop</source>
        <translation>queda provável</translation>
    </message>
    <message>
        <source>clear drop</source>
        <translation>queda clara</translation>
    </message>
    <message>
        <source>too few orders to tell</source>
        <translation>pedidos insuficientes</translation>
    </message>
    <message>
        <source>no before window</source>
        <translation>sem janela anterior</translation>
    </message>
    <message>
        <source>not on the stream</source>
        <translation>não chegou ao feed</translation>
    </message>
    <message>
        <source>better</source>
        <translation>melhor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>pior</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>not available from this feed</source>
        <translation>indisponível neste feed</translation>
    </message>
    <message>
        <source>n/a from feed</source>
        <translation>n/d no feed</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>seguido</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dispensado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>many views, few orders</source>
        <translation>muito visto, pouco vendido</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>fora do plano</translation>
    </message>
</context>
<context>
    <name>ReportWarnings</name>
    <message>
        <source>The recorded plan could not be read, so there are no goals or margins: {problem}</source>
        <translation>Não foi possível ler o plano gravado, então não há metas nem margens: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{events} events never reached the console (%n gap(s)): every count is short by what they held.</source>
        <translation>
            <numerusform>{events} eventos nunca chegaram ao console (%n lacuna): toda contagem está menor pelo que eles continham.</numerusform>
            <numerusform>{events} eventos nunca chegaram ao console (%n lacunas): toda contagem está menor pelo que eles continham.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) or event(s) failed validation during the live and are not counted.</source>
        <translation>
            <numerusform>%n frame ou evento falhou na validação durante a live e não foi contado.</numerusform>
            <numerusform>%n frames ou eventos falharam na validação durante a live e não foram contados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded event(s) could not be decoded now and are left out.</source>
        <translation>
            <numerusform>%n evento gravado não pôde ser decodificado agora e foi deixado de fora.</numerusform>
            <numerusform>%n eventos gravados não puderam ser decodificados agora e foram deixados de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording stops at {time} without the live&apos;s end: the console was closed or lost the feed before the live ended.</source>
        <translation>A gravação para em {time} sem o fim da live: o console foi fechado ou perdeu o feed antes de a live terminar.</translation>
    </message>
    <message>
        <source>The live ran {elapsed} of the planned {planned}.</source>
        <translation>A live durou {elapsed} dos {planned} planejados.</translation>
    </message>
    <message>
        <source>this live&apos;s feed did not send {event_types}: the figures built on them are {not_available}, not zero</source>
        <translation>o feed desta live não enviou {event_types}: os números baseados neles estão {not_available}, não são zero</translation>
    </message>
    <message>
        <source>no events were recorded</source>
        <translation>nenhum evento foi gravado</translation>
    </message>
    <message>
        <source>no orders were recorded</source>
        <translation>nenhum pedido foi registrado</translation>
    </message>
    <message>
        <source>no actions were taken</source>
        <translation>nenhuma ação foi executada</translation>
    </message>
    <message>
        <source>the session holds no plan: no goals, costs or margins</source>
        <translation>a sessão não tem plano: sem metas, custos nem margens</translation>
    </message>
    <message>
        <source>no ad spend was recorded, so there is no ROAS</source>
        <translation>nenhum gasto com anúncios foi registrado, então não há ROAS</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the report</source>
        <translation>o relatório</translation>
    </message>
    <message>
        <source>cannot write {what} to {folder}: {error}</source>
        <translation>não foi possível gravar {what} em {folder}: {error}</translation>
    </message>
</context>
</TS>
