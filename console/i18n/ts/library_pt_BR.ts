<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>History</name>
    <message>
        <source>sag: {flagged} of {lives} lives below own median</source>
        <translation>queda: {flagged} de {lives} lives abaixo da própria mediana</translation>
    </message>
    <message>
        <source>dip most often, not sure yet: {flagged} of {lives} lives below own median</source>
        <translation>cai com mais frequência, ainda incerto: {flagged} de {lives} lives abaixo da própria mediana</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes</source>
        <translation>Pedidos por 1.000 minutos assistidos</translation>
    </message>
    <message>
        <source>Cart abandonment: abandoned / opened (%)</source>
        <translation>Abandono de carrinho: abandonados / abertos (%)</translation>
    </message>
    <message>
        <source>live (date, month-day)</source>
        <translation>live (data, mês-dia)</translation>
    </message>
    <message>
        <source>Goals: actual as % of target, live by live</source>
        <translation>Metas: realizado em % da meta, live a live</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% da meta</translation>
    </message>
    <message>
        <source>minute of the live</source>
        <translation>minuto da live</translation>
    </message>
    <message>
        <source>average of {lives} lives</source>
        <translation>média de {lives} lives</translation>
    </message>
    <message>
        <source>each of the latest {lives}</source>
        <translation>cada uma das últimas {lives}</translation>
    </message>
    <message>
        <source>each live</source>
        <translation>cada live</translation>
    </message>
    <message>
        <source>Products: margin against sell-through, latest live (line: from the live before)</source>
        <translation>Produtos: margem × giro de estoque, última live (linha: desde a live anterior)</translation>
    </message>
    <message>
        <source>sell-through: units sold / stock at the start (%)</source>
        <translation>giro: unidades vendidas / estoque inicial (%)</translation>
    </message>
    <message>
        <source>margin: (price − cost) / price (%)</source>
        <translation>margem: (preço − custo) / preço (%)</translation>
    </message>
    <message>
        <source>Entry channels across lives: conversion (buyers / entered)</source>
        <translation>Origem do tráfego em todas as lives: conversão (compradores / entradas)</translation>
    </message>
    <message>
        <source>conversion (%)</source>
        <translation>conversão (%)</translation>
    </message>
    <message>
        <source>Buyers live by live: returning (bottom) and new to the shop (top)</source>
        <translation>Compradores live a live: recorrentes (embaixo) e novos na loja (em cima)</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>compradores</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novos</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>recorrentes</translation>
    </message>
    <message>
        <source>Actions: lift of orders per minute in each live (dot), median (bar), interval (line)</source>
        <translation>Ações: alta de pedidos por minuto em cada live (ponto), mediana (barra), intervalo (linha)</translation>
    </message>
    <message>
        <source>lift of orders per minute, % (beyond +{lift} drawn at the edge)</source>
        <translation>alta de pedidos por minuto, % (acima de +{lift} desenhado na borda)</translation>
    </message>
    <message>
        <source>Compared lives: revenue added up minute by minute (shaded: the minutes compared)</source>
        <translation>Lives comparadas: faturamento acumulado minuto a minuto (sombreado: os minutos comparados)</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>no revenue from its feed</source>
        <translation>sem faturamento no feed</translation>
    </message>
    <message>
        <source>the flash offer &quot;{label}&quot;</source>
        <translation>a oferta relâmpago &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>switching to the segment &quot;{label}&quot;</source>
        <translation>a troca para o bloco &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>the kit &quot;{label}&quot;</source>
        <translation>o kit &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>{kind} &quot;{label}&quot;</source>
        <translation>{kind} &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>{action}: no measured lift in these lives.</source>
        <translation>{action}: nenhuma alta medida nestas lives.</translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}; sign test p {p}).</source>
        <translation>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n live, mediana {median} (intervalo de {confidence} de {low} a {high}; teste do sinal p {p}).</numerusform>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n lives, mediana {median} (intervalo de {confidence} de {low} a {high}; teste do sinal p {p}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}).</source>
        <translation>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n live, mediana {median} (intervalo de {confidence} de {low} a {high}).</numerusform>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n lives, mediana {median} (intervalo de {confidence} de {low} a {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} (sign test p {p}; too few lives for an interval).</source>
        <translation>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n live, mediana {median} (teste do sinal p {p}; poucas lives para um intervalo).</numerusform>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n lives, mediana {median} (teste do sinal p {p}; poucas lives para um intervalo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median}.</source>
        <translation>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n live, mediana {median}.</numerusform>
            <numerusform>{action} aumentou os pedidos em {lifted} de %n lives, mediana {median}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Only %n lives: too few to tell.</source>
        <translation>
            <numerusform> Só %n live: pouco para concluir.</numerusform>
            <numerusform> Só %n lives: poucas para concluir.</numerusform>
        </translation>
    </message>
    <message>
        <source> Promising, not proven: more lives will tell.</source>
        <translation> Promissor, não comprovado: mais lives vão dizer.</translation>
    </message>
    <message>
        <source> It works.</source>
        <translation> Funciona.</translation>
    </message>
    <message>
        <source> It hurts.</source>
        <translation> Prejudica.</translation>
    </message>
    <message numerus="yes">
        <source>{advice} (raised %n times)</source>
        <translation>
            <numerusform>{advice} (emitido %n vez)</numerusform>
            <numerusform>{advice} (emitido %n vezes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice}: no lift was measured after it.</source>
        <translation>{advice}: nenhuma alta foi medida depois.</translation>
    </message>
    <message numerus="yes">
        <source>when taken, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>quando seguido, os pedidos por minuto subiram depois em {lifted} de %n live (mediana {median})</numerusform>
            <numerusform>quando seguido, os pedidos por minuto subiram depois em {lifted} de %n lives (mediana {median})</numerusform>
        </translation>
    </message>
    <message>
        <source>never taken</source>
        <translation>nunca seguido</translation>
    </message>
    <message>
        <source>no lift measured after it when dismissed or left to expire</source>
        <translation>nenhuma alta medida depois quando dispensado ou expirado</translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>quando dispensado ou expirado, em {lifted} de %n live (mediana {median})</numerusform>
            <numerusform>quando dispensado ou expirado, em {lifted} de %n lives (mediana {median})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>quando dispensado ou expirado, os pedidos por minuto subiram depois em {lifted} de %n live (mediana {median})</numerusform>
            <numerusform>quando dispensado ou expirado, os pedidos por minuto subiram depois em {lifted} de %n lives (mediana {median})</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice}: {taken}; {other}.</source>
        <translation>{advice}: {taken}; {other}.</translation>
    </message>
    <message numerus="yes">
        <source> Taken in only %n lives: too few to tell.</source>
        <translation>
            <numerusform> Seguido em só %n live: pouco para concluir.</numerusform>
            <numerusform> Seguido em só %n lives: poucas para concluir.</numerusform>
        </translation>
    </message>
    <message>
        <source>{goal} (max)</source>
        <translation>{goal} (máx.)</translation>
    </message>
    <message>
        <source>rising by {step} a live (improving)</source>
        <translation>subindo {step} por live (melhorando)</translation>
    </message>
    <message>
        <source>rising by {step} a live (worsening)</source>
        <translation>subindo {step} por live (piorando)</translation>
    </message>
    <message>
        <source>falling by {step} a live (improving)</source>
        <translation>caindo {step} por live (melhorando)</translation>
    </message>
    <message>
        <source>falling by {step} a live (worsening)</source>
        <translation>caindo {step} por live (piorando)</translation>
    </message>
    <message>
        <source>{goal}: no full recording has an actual for it.</source>
        <translation>{goal}: nenhuma gravação completa tem um realizado para ela.</translation>
    </message>
    <message numerus="yes">
        <source>{goal}: met in {met} of %n full recordings</source>
        <translation>
            <numerusform>{goal}: atingida em {met} de %n gravação completa</numerusform>
            <numerusform>{goal}: atingida em {met} de %n gravações completas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives: too few for a trend</source>
        <translation>
            <numerusform>%n live: pouco para uma tendência</numerusform>
            <numerusform>%n lives: poucas para uma tendência</numerusform>
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
        <translation>{points} p.p.</translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>Os pedidos por 1.000 minutos assistidos caem nos minutos {start}–{end}: abaixo da faixa mediana da própria live em {flagged} de %n live que os gravou por completo ({test}).</numerusform>
            <numerusform>Os pedidos por 1.000 minutos assistidos caem nos minutos {start}–{end}: abaixo da faixa mediana da própria live em {flagged} de %n lives que os gravaram por completo ({test}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag most often in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>Os pedidos por 1.000 minutos assistidos caem com mais frequência nos minutos {start}–{end}: abaixo da faixa mediana da própria live em {flagged} de %n live que os gravou por completo, pouco para ter certeza ({test}; uma faixa precisa de p &lt; {needs}).</numerusform>
            <numerusform>Os pedidos por 1.000 minutos assistidos caem com mais frequência nos minutos {start}–{end}: abaixo da faixa mediana da própria live em {flagged} de %n lives que os gravaram por completo, poucas para ter certeza ({test}; uma faixa precisa de p &lt; {needs}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>Os carrinhos são mais abandonados nos minutos {start}–{end}: acima da faixa mediana da própria live em {flagged} de %n live que os gravou por completo ({test}).</numerusform>
            <numerusform>Os carrinhos são mais abandonados nos minutos {start}–{end}: acima da faixa mediana da própria live em {flagged} de %n lives que os gravaram por completo ({test}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most most often in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>Os carrinhos são mais abandonados, com mais frequência, nos minutos {start}–{end}: acima da faixa mediana da própria live em {flagged} de %n live que os gravou por completo, pouco para ter certeza ({test}; uma faixa precisa de p &lt; {needs}).</numerusform>
            <numerusform>Os carrinhos são mais abandonados, com mais frequência, nos minutos {start}–{end}: acima da faixa mediana da própria live em {flagged} de %n lives que os gravaram por completo, poucas para ter certeza ({test}; uma faixa precisa de p &lt; {needs}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sign test p {p}, %n bands tested</source>
        <extracomment>a segment is named in the section&apos;s words from this many lives (the page&apos;s floor for saying more than a count) and told to keep or change from this many: the fewest lives in which the playbook&apos;s sign test can reach 5% (docs/library.md, &quot;Playbook&quot;), so the page never advises a move the playbook and plan suggest would not make</extracomment>
        <translation>
            <numerusform>teste do sinal p {p}, %n faixa testada</numerusform>
            <numerusform>teste do sinal p {p}, %n faixas testadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No band of minutes where orders per 1,000 viewer-minutes fall below the live&apos;s own median band in most lives.</source>
        <translation>Nenhuma faixa de minutos em que os pedidos por 1.000 minutos assistidos fiquem abaixo da faixa mediana da própria live na maioria das lives.</translation>
    </message>
    <message numerus="yes">
        <source>Viewers peak at minute {minute} on median (from minute {first} to {last} across %n lives).</source>
        <translation>
            <numerusform>O pico de espectadores é no minuto {minute} na mediana (do minuto {first} ao {last} em %n live).</numerusform>
            <numerusform>O pico de espectadores é no minuto {minute} na mediana (do minuto {first} ao {last} em %n lives).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives</source>
        <translation>
            <numerusform>%n live</numerusform>
            <numerusform>%n lives</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewers stay best through &quot;{best}&quot; ({best_rate} leaves per 1,000 viewer-minutes over {best_lives}) and leave fastest during &quot;{worst}&quot; ({worst_rate}, {worst_lives}).</source>
        <translation>Os espectadores ficam mais durante &quot;{best}&quot; ({best_rate} saídas por 1.000 minutos assistidos em {best_lives}) e saem mais rápido durante &quot;{worst}&quot; ({worst_rate}, {worst_lives}).</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; converts best: {rate} orders per 1,000 viewer-minutes over {lives}.</source>
        <translation>&quot;{segment}&quot; converte melhor: {rate} pedidos por 1.000 minutos assistidos em {lives}.</translation>
    </message>
    <message numerus="yes">
        <source>%n segments run in fewer than {lives} lives are in the table only: too few lives to rank in words.</source>
        <translation>
            <numerusform>%n bloco exibido em menos de {lives} lives aparece só na tabela: poucas lives para ranquear em palavras.</numerusform>
            <numerusform>%n blocos exibidos em menos de {lives} lives aparecem só na tabela: poucas lives para ranquear em palavras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop (first live {first}, latest {latest}).</source>
        <translation>
            <numerusform>{share} dos {buyers} compradores desta %n live eram novos na loja (primeira live {first}, última {latest}).</numerusform>
            <numerusform>{share} dos {buyers} compradores destas %n lives eram novos na loja (primeira live {first}, última {latest}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop.</source>
        <translation>
            <numerusform>{share} dos {buyers} compradores desta %n live eram novos na loja.</numerusform>
            <numerusform>{share} dos {buyers} compradores destas %n lives eram novos na loja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions lift orders: see Which actions work.</source>
        <translation>
            <numerusform>Mais %n ação aumenta os pedidos: veja Quais ações funcionam.</numerusform>
            <numerusform>Mais %n ações aumentam os pedidos: veja Quais ações funcionam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions cost orders: see Which actions work.</source>
        <translation>
            <numerusform>Mais %n ação reduz os pedidos: veja Quais ações funcionam.</numerusform>
            <numerusform>Mais %n ações reduzem os pedidos: veja Quais ações funcionam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end} in {flagged} of %n lives (sign test p {p}): plan a cue or an offer there.</source>
        <translation>
            <numerusform>Os pedidos por 1.000 minutos assistidos caem nos minutos {start}–{end} em {flagged} de %n live (teste do sinal p {p}): planeje uma deixa ou uma oferta ali.</numerusform>
            <numerusform>Os pedidos por 1.000 minutos assistidos caem nos minutos {start}–{end} em {flagged} de %n lives (teste do sinal p {p}): planeje uma deixa ou uma oferta ali.</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} e mais {more}</translation>
    </message>
    <message>
        <source>Fell to review (thin margin, slow) in their latest live: {names}.</source>
        <translation>Caíram para revisar (margem baixa, giro lento) na última live: {names}.</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; keeps viewers best of the {segments} segments run in {lives} lives or more ({rate} leaves per 1,000 viewer-minutes over {over}).</source>
        <translation>&quot;{segment}&quot; é o que mais segura espectadores entre os {segments} blocos exibidos em {lives} lives ou mais ({rate} saídas por 1.000 minutos assistidos em {over}).</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; loses viewers fastest of the {segments} segments run in {lives} lives or more ({rate} leaves per 1,000 viewer-minutes over {over}): shorten it or move it.</source>
        <translation>&quot;{segment}&quot; é o que mais perde espectadores entre os {segments} blocos exibidos em {lives} lives ou mais ({rate} saídas por 1.000 minutos assistidos em {over}): encurte ou mude de lugar.</translation>
    </message>
    <message>
        <source>The library {library} holds no live yet: add session files with `live-console library add FILE...` (or name another with --library).</source>
        <extracomment>the columns the page reads of each table: only these are copied into the page&apos;s own tables</extracomment>
        <translation>A biblioteca {library} ainda não tem nenhuma live: adicione arquivos da sessão com `live-console library add FILE...` (ou indique outra com --library).</translation>
    </message>
    <message>
        <source>plans: {names}</source>
        <translation>planos: {names}</translation>
    </message>
    <message>
        <source>no plan names</source>
        <translation>sem nomes de plano</translation>
    </message>
    <message>
        <source>tags: {names}</source>
        <translation>tags: {names}</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>sem tags</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n live(s), from {first} to {last}; {plans}; {tags}</source>
        <translation>
            <numerusform>ela tem %n live, de {first} a {last}; {plans}; {tags}</numerusform>
            <numerusform>ela tem %n lives, de {first} a {last}; {plans}; {tags}</numerusform>
        </translation>
    </message>
    <message>
        <source>No live in the library {library} matches {filters}: {held}.</source>
        <translation>Nenhuma live da biblioteca {library} corresponde a {filters}: {held}.</translation>
    </message>
    <message>
        <source>--compare {name}: no live of the library has this key or live id.</source>
        <translation>--compare {name}: nenhuma live da biblioteca tem esta chave ou ID de live.</translation>
    </message>
    <message>
        <source>--compare {name}: {lives} lives have this live id ({shown}); name one by its key.</source>
        <translation>--compare {name}: {lives} lives têm este ID de live ({shown}); indique uma pela chave.</translation>
    </message>
    <message>
        <source>--compare {name}: that live is named twice.</source>
        <translation>--compare {name}: essa live foi indicada duas vezes.</translation>
    </message>
    <message>
        <source>--compare needs at least two lives.</source>
        <translation>--compare precisa de pelo menos duas lives.</translation>
    </message>
    <message>
        <source>The library&apos;s {table} table cannot be read ({folder}): {why}</source>
        <translation>A tabela {table} da biblioteca não pode ser lida ({folder}): {why}</translation>
    </message>
    <message>
        <source>high margin, sells through</source>
        <translation>margem alta, vende bem</translation>
    </message>
    <message>
        <source>thin margin, sells through</source>
        <translation>margem baixa, vende bem</translation>
    </message>
    <message>
        <source>high margin, sells slowly</source>
        <translation>margem alta, vende devagar</translation>
    </message>
    <message>
        <source>thin margin, sells slowly</source>
        <translation>margem baixa, vende devagar</translation>
    </message>
    <message>
        <source>star</source>
        <extracomment>the words shown for a quadrant, a verdict, a trend (the values themselves stay in the tables&apos; CSV)</extracomment>
        <translation>estrela</translation>
    </message>
    <message>
        <source>traffic builder</source>
        <translation>chamariz</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>nicho</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisar</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>promising, not proven</source>
        <translation>promissor, não comprovado</translation>
    </message>
    <message>
        <source>no clear effect</source>
        <translation>sem efeito claro</translation>
    </message>
    <message>
        <source>hurts</source>
        <translation>prejudica</translation>
    </message>
    <message>
        <source>too few lives to tell</source>
        <translation>poucas lives para concluir</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>subindo</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>caindo</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estável</translation>
    </message>
    <message>
        <source>Cart abandonment (max)</source>
        <translation>Abandono de carrinho (máx.)</translation>
    </message>
    <message>
        <source>since {date}</source>
        <extracomment>live-by-live charts (goals, buyers) draw the latest this many lives: a thousand bars are a smear what the data says of an action or an advice (stats.effect_verdict)</extracomment>
        <translation>desde {date}</translation>
    </message>
    <message>
        <source>plan &quot;{plan}&quot;</source>
        <translation>plano &quot;{plan}&quot;</translation>
    </message>
    <message>
        <source>tag &quot;{tag}&quot;</source>
        <translation>tag &quot;{tag}&quot;</translation>
    </message>
    <message>
        <source>No full minute is common to the {lives} lives (one recorded less than a minute): they are compared per minute of their own recordings only.</source>
        <translation>Nenhum minuto completo é comum às {lives} lives (uma gravou menos de um minuto): elas são comparadas só por minuto das próprias gravações.</translation>
    </message>
    <message>
        <source>Over minutes 0–{last} (the first {span} full minutes), the span both recorded; per minute and per viewer over each live&apos;s own recording beside it.</source>
        <translation>Minutos 0–{last} (os primeiros {span} minutos completos), o trecho que as duas gravaram; ao lado, por minuto e por espectador na gravação de cada live.</translation>
    </message>
    <message>
        <source>Over minutes 0–{last} (the first {span} full minutes), the span all {lives} recorded; per minute and per viewer over each live&apos;s own recording beside it.</source>
        <translation>Minutos 0–{last} (os primeiros {span} minutos completos), o trecho que todas as {lives} gravaram; ao lado, por minuto e por espectador na gravação de cada live.</translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first} to {last}</source>
        <translation>
            <numerusform>Histórico de %n live, de {first} a {last}</numerusform>
            <numerusform>Histórico de %n lives, de {first} a {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first}</source>
        <translation>
            <numerusform>Histórico de %n live, {first}</numerusform>
            <numerusform>Histórico de %n lives, {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives</source>
        <translation>
            <numerusform>Histórico de %n live</numerusform>
            <numerusform>Histórico de %n lives</numerusform>
        </translation>
    </message>
    <message>
        <source>Library {folder}</source>
        <translation>Biblioteca {folder}</translation>
    </message>
    <message>
        <source>lives filtered by {filters}</source>
        <translation>lives filtradas por {filters}</translation>
    </message>
    <message>
        <source>every live in it</source>
        <translation>todas as lives dela</translation>
    </message>
    <message numerus="yes">
        <source>%n partial recordings (marked; left out of goal counts)</source>
        <translation>
            <numerusform>%n gravação parcial (marcada; fora da contagem de metas)</numerusform>
            <numerusform>%n gravações parciais (marcadas; fora da contagem de metas)</numerusform>
        </translation>
    </message>
    <message>
        <source>median of the lives</source>
        <translation>mediana das lives</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation>Lives</translation>
    </message>
    <message>
        <source>{lives} partial</source>
        <translation>{lives} parciais</translation>
    </message>
    <message>
        <source>all recorded in full</source>
        <translation>todas gravadas por completo</translation>
    </message>
    <message>
        <source>GMV, all lives</source>
        <translation>GMV (faturamento), todas as lives</translation>
    </message>
    <message>
        <source>median {gmv} a live</source>
        <translation>mediana de {gmv} por live</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>Pico de espectadores</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>Metas atingidas</translation>
    </message>
    <message>
        <source>{met} of {counted}</source>
        <translation>{met} de {counted}</translation>
    </message>
    <message>
        <source>goal × live, full recordings</source>
        <translation>meta × live, gravações completas</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Novos compradores</translation>
    </message>
    <message>
        <source>of all buyers</source>
        <translation>do total de compradores</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Nothing stands out yet as worth keeping.</source>
        <translation>Nada se destaca ainda como algo a manter.</translation>
    </message>
    <message>
        <source>Nothing stands out as needing a change.</source>
        <translation>Nada se destaca como algo a mudar.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudar</translation>
    </message>
    <message numerus="yes">
        <source>Only %n lives: patterns across lives need at least three, so read what follows as notes, not rules.</source>
        <translation>
            <numerusform>Só %n live: padrões entre lives precisam de pelo menos três, então leia o que vem a seguir como notas, não como regras.</numerusform>
            <numerusform>Só %n lives: padrões entre lives precisam de pelo menos três, então leia o que vem a seguir como notas, não como regras.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to keep, what to change</source>
        <translation>O que manter, o que mudar</translation>
    </message>
    <message>
        <source>partial recording</source>
        <translation>gravação parcial</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Gravado</translation>
    </message>
    <message>
        <source>Full minutes</source>
        <translation>Min. completos</translation>
    </message>
    <message>
        <source>GMV in span</source>
        <translation>GMV no trecho</translation>
    </message>
    <message>
        <source>vs first</source>
        <translation>vs. primeira</translation>
    </message>
    <message>
        <source>Orders in span</source>
        <translation>Pedidos no trecho</translation>
    </message>
    <message>
        <source>Orders / 1,000 viewer-min in span</source>
        <translation>Pedidos / 1.000 min assist. no trecho</translation>
    </message>
    <message>
        <source>Abandonment in span</source>
        <translation>Abandono no trecho</translation>
    </message>
    <message>
        <source>GMV per minute (own)</source>
        <translation>GMV por minuto (própria)</translation>
    </message>
    <message>
        <source>The first live named is the reference. In span: minutes 0 to the last full minute every compared live recorded. Orders per 1,000 viewer-minutes: the span&apos;s orders over the sum of its minutes&apos; viewers, so a bigger room does not read as a better live. GMV per minute: over each live&apos;s own full minutes.</source>
        <translation>A primeira live indicada é a referência. No trecho: do minuto 0 ao último minuto completo que todas as lives comparadas gravaram. Pedidos por 1.000 minutos assistidos: os pedidos do trecho sobre a soma dos espectadores dos seus minutos, para que um público maior não pareça uma live melhor. GMV por minuto: sobre os minutos completos de cada live.</translation>
    </message>
    <message>
        <source>compared lives</source>
        <translation>lives comparadas</translation>
    </message>
    <message>
        <source>Revenue added up minute by minute; the shaded band is the span compared.</source>
        <translation>Faturamento acumulado minuto a minuto; a faixa sombreada é o trecho comparado.</translation>
    </message>
    <message numerus="yes">
        <source>%n lives compared</source>
        <translation>
            <numerusform>%n live comparada</numerusform>
            <numerusform>%n lives comparadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest first; the figures of each live&apos;s report. The latest {shown} of {lives}; tables/lives.csv lists every one.</source>
        <translation>Mais recentes primeiro; os números do relatório de cada live. As últimas {shown} de {lives}; tables/lives.csv lista todas.</translation>
    </message>
    <message>
        <source>Latest first; the figures of each live&apos;s report.</source>
        <translation>Mais recentes primeiro; os números do relatório de cada live.</translation>
    </message>
    <message>
        <source>The lives</source>
        <translation>As lives</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>GMV</source>
        <extracomment>each goal&apos;s words, as the library stores them (English, whatever the language of the console that added the live) and as the page shows them (translated)</extracomment>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Advice taken</source>
        <translation>Alertas seguidos</translation>
    </message>
    <message>
        <source>Every figure is added up from the lives&apos; own reports as the library holds them ({folder}); tables/*.csv hold every row, charts/*.png every chart. Lifts are one value per live (the median of its measurements); how sure a pattern is comes from the sign test and the order-statistics interval of the median (docs/library.md, &quot;History page&quot;).</source>
        <translation>Cada número é somado a partir dos relatórios das próprias lives, como a biblioteca os guarda ({folder}); tables/*.csv traz todas as linhas, charts/*.png todos os gráficos. As altas são um valor por live (a mediana das suas medições); a confiança em um padrão vem do teste do sinal e do intervalo de estatísticas de ordem da mediana (docs/library.md, &quot;History page&quot;).</translation>
    </message>
    <message>
        <source>live by live</source>
        <translation>live a live</translation>
    </message>
    <message>
        <source>the latest {shown} of {lives} lives</source>
        <translation>as últimas {shown} de {lives} lives</translation>
    </message>
    <message>
        <source>Goals across lives</source>
        <translation>Metas ao longo das lives</translation>
    </message>
    <message>
        <source>No live of these had a plan with goals.</source>
        <translation>Nenhuma destas lives tinha um plano com metas.</translation>
    </message>
    <message>
        <source>too few lives ({lives})</source>
        <translation>poucas lives ({lives})</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>melhorando</translation>
    </message>
    <message>
        <source>worsening</source>
        <translation>piorando</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Lives with it</source>
        <translation>Lives com ela</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atingida</translation>
    </message>
    <message>
        <source>Latest target</source>
        <translation>Última meta</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Último realizado</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>Met and trend count the full recordings only (a partial recording&apos;s actual is not the live&apos;s). Trend: the least-squares line through the actuals, live by live; steady when it moves less than 5% of their mean.</source>
        <translation>Atingida e tendência contam só as gravações completas (o realizado de uma gravação parcial não é o da live). Tendência: a reta de mínimos quadrados pelos realizados, live a live; estável quando varia menos de 5% da média deles.</translation>
    </message>
    <message>
        <source>goals across lives</source>
        <translation>metas ao longo das lives</translation>
    </message>
    <message>
        <source>Each goal&apos;s actual as a share of its target, {which}; the dashed line is the target. For a maximum (abandonment), under the line is met.</source>
        <translation>O realizado de cada meta como parcela da meta, {which}; a linha tracejada é a meta. Para um máximo (abandono), abaixo da linha é atingida.</translation>
    </message>
    <message>
        <source>Where in a live things happen</source>
        <translation>Onde as coisas acontecem na live</translation>
    </message>
    <message>
        <source>No live has a full minute recorded.</source>
        <translation>Nenhuma live tem um minuto completo gravado.</translation>
    </message>
    <message>
        <source>viewers by minute</source>
        <translation>espectadores por minuto</translation>
    </message>
    <message>
        <source>Concurrent viewers at the end of each minute: the average of the lives that recorded the minute (thick) over each live (grey).</source>
        <translation>Espectadores simultâneos no fim de cada minuto: a média das lives que gravaram o minuto (grossa) sobre cada live (cinza).</translation>
    </message>
    <message>
        <source>orders per 1,000 viewer-minutes by minute</source>
        <translation>pedidos por 1.000 minutos assistidos por minuto</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes, minute by minute: all lives&apos; orders over all their viewer-minutes (thick), each live (grey). A minute&apos;s viewer-minutes are its viewer count, as for the segments.</source>
        <translation>Pedidos por 1.000 minutos assistidos, minuto a minuto: os pedidos de todas as lives sobre todos os seus minutos assistidos (grossa), cada live (cinza). Os minutos assistidos de um minuto são o número de espectadores nele, como nos blocos.</translation>
    </message>
    <message>
        <source>abandonment by minute</source>
        <translation>abandono por minuto</translation>
    </message>
    <message>
        <source>Carts abandoned / carts opened, minute by minute, pooled as above.</source>
        <translation>Carrinhos abandonados / carrinhos abertos, minuto a minuto, somados como acima.</translation>
    </message>
    <message>
        <source>sags</source>
        <translation>queda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Lives that recorded them in full</source>
        <translation>Lives que os gravaram por completo</translation>
    </message>
    <message>
        <source>Below their median band</source>
        <translation>Abaixo da faixa mediana</translation>
    </message>
    <message>
        <source>Above it</source>
        <translation>Acima dela</translation>
    </message>
    <message>
        <source>Sign test p</source>
        <translation>Teste do sinal p</translation>
    </message>
    <message>
        <source>The bands most lives sagged in (at most {rows}; tables/windows.csv has every one). Each live&apos;s {band}-minute bands of full minutes (one minute&apos;s orders are too few to judge), their orders per 1,000 viewer-minutes against the live&apos;s own median band: below is a vote for a sag, above one against, at the median none. A band sags when the sign test of the votes is under {needs}: 0.05 shared among the {bands} bands tested, since each band is a test of its own (the playbook&apos;s rule).</source>
        <translation>As faixas em que a maioria das lives caiu (no máximo {rows}; tables/windows.csv traz todas). As faixas de {band} minutos completos de cada live (os pedidos de um minuto são poucos para julgar), seus pedidos por 1.000 minutos assistidos contra a faixa mediana da própria live: abaixo é um voto por uma queda, acima um voto contra, na mediana nenhum. Uma faixa cai quando o teste do sinal dos votos fica abaixo de {needs}: 0,05 dividido entre as {bands} faixas testadas, já que cada faixa é um teste próprio (a regra do playbook).</translation>
    </message>
    <message>
        <source>Segments: what kept viewers and what sold</source>
        <translation>Blocos: o que segurou espectadores e o que vendeu</translation>
    </message>
    <message>
        <source>No live of these recorded its segments.</source>
        <translation>Nenhuma destas lives gravou seus blocos.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exibições</translation>
    </message>
    <message>
        <source>Viewer-minutes</source>
        <translation>Minutos assistidos</translation>
    </message>
    <message>
        <source>Leaves / 1,000 viewer-min</source>
        <translation>Saídas / 1.000 min assist.</translation>
    </message>
    <message>
        <source>Orders / 1,000 viewer-min</source>
        <translation>Pedidos / 1.000 min assist.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>Ranked by dwell: the fewest viewers leaving per viewer-minute on air first. Pooled over every run in every live (all leaves over all viewer-minutes), so a long run weighs more.</source>
        <translation>Ordenado por permanência: menos espectadores saindo por minuto assistido no ar primeiro. Somado em todas as exibições de todas as lives (todas as saídas sobre todos os minutos assistidos), então uma exibição longa pesa mais.</translation>
    </message>
    <message>
        <source>Products by quadrant</source>
        <translation>Produtos por quadrante</translation>
    </message>
    <message>
        <source>No product was shown in these lives.</source>
        <translation>Nenhum produto foi mostrado nestas lives.</translation>
    </message>
    <message>
        <source>Moved since their previous live: {moves}; and {more} more (tables/products.csv).</source>
        <translation>Mudaram desde a live anterior: {moves}; e mais {more} (tables/products.csv).</translation>
    </message>
    <message>
        <source>Moved since their previous live: {moves}.</source>
        <translation>Mudaram desde a live anterior: {moves}.</translation>
    </message>
    <message>
        <source>No product changed quadrant between its last two lives.</source>
        <translation>Nenhum produto mudou de quadrante entre as suas duas últimas lives.</translation>
    </message>
    <message>
        <source>Quadrant in each live: margin against sell-through (units / stock at the start), each split at that live&apos;s median. {quadrants}. No quadrant without a cost (margin) or a stock (sell-through). The first {shown} of {products}; tables/products.csv has every one.</source>
        <translation>Quadrante em cada live: margem × giro (unidades / estoque inicial), cada um dividido na mediana daquela live. {quadrants}. Sem quadrante sem custo (margem) ou estoque (giro). Os primeiros {shown} de {products}; tables/products.csv traz todos.</translation>
    </message>
    <message>
        <source>Quadrant in each live: margin against sell-through (units / stock at the start), each split at that live&apos;s median. {quadrants}. No quadrant without a cost (margin) or a stock (sell-through).</source>
        <translation>Quadrante em cada live: margem × giro (unidades / estoque inicial), cada um dividido na mediana daquela live. {quadrants}. Sem quadrante sem custo (margem) ou estoque (giro).</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Latest margin</source>
        <translation>Última margem</translation>
    </message>
    <message>
        <source>Latest sell-through</source>
        <translation>Último giro</translation>
    </message>
    <message>
        <source>Quadrant, live by live (latest {shown}, oldest first)</source>
        <translation>Quadrante, live a live (últimas {shown}, mais antiga primeiro)</translation>
    </message>
    <message>
        <source>products by quadrant</source>
        <translation>produtos por quadrante</translation>
    </message>
    <message>
        <source>Each product where it stood in its latest live; the dashed line comes from where it stood the live before.</source>
        <translation>Cada produto onde estava na última live; a linha tracejada vem de onde estava na live anterior.</translation>
    </message>
    <message>
        <source>no quadrant</source>
        <translation>sem quadrante</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>Origem do tráfego</translation>
    </message>
    <message>
        <source>No live of these recorded its entry channels.</source>
        <translation>Nenhuma destas lives gravou a origem do tráfego.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
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
        <source>Ad spend</source>
        <translation>Gasto com anúncios</translation>
    </message>
    <message>
        <source>Best conversion first. Conversion = buyers / viewers who entered through the channel, ROAS = revenue / ad spend, each over every live whose feed gave the figures.</source>
        <translation>Melhor conversão primeiro. Conversão = compradores / espectadores que entraram pelo canal, ROAS = faturamento / gasto com anúncios, cada um sobre todas as lives cujo feed trouxe os números.</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canais</translation>
    </message>
    <message>
        <source>Conversion by entry channel across the lives.</source>
        <translation>Conversão por origem do tráfego ao longo das lives.</translation>
    </message>
    <message>
        <source>Entry channels: conversion and ROAS</source>
        <translation>Origem do tráfego: conversão e ROAS</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>Compradores novos e recorrentes</translation>
    </message>
    <message>
        <source>No live of these told new buyers from returning ones.</source>
        <translation>Nenhuma destas lives distinguiu compradores novos de recorrentes.</translation>
    </message>
    <message>
        <source>new and returning buyers</source>
        <translation>compradores novos e recorrentes</translation>
    </message>
    <message>
        <source>Buyers of each live ({which}), new to the shop on top of returning ones; tables/buyers.csv has the numbers and the revenue of every live.</source>
        <translation>Compradores de cada live ({which}), novos na loja em cima dos recorrentes; tables/buyers.csv traz os números e o faturamento de todas as lives.</translation>
    </message>
    <message>
        <source>Which actions work</source>
        <translation>Quais ações funcionam</translation>
    </message>
    <message>
        <source>No action of these lives had a measured effect.</source>
        <translation>Nenhuma ação destas lives teve efeito medido.</translation>
    </message>
    <message>
        <source>The {top} strongest of {actions} actions in words; the table has every one.</source>
        <translation>As {top} mais fortes de {actions} ações em palavras; a tabela traz todas.</translation>
    </message>
    <message>
        <source>The {top} strongest of {actions} actions in words; the table has the first {rows}, tables/actions.csv every one.</source>
        <translation>As {top} mais fortes de {actions} ações em palavras; a tabela traz as primeiras {rows}, tables/actions.csv todas.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Median lift</source>
        <translation>Alta mediana</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Median per viewer</source>
        <translation>Mediana por espectador</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lift: orders per minute in the 5 minutes after / before − 1, as the report measures it; each live counts once (the median of its presses). Interval: for the median, from the lives&apos; lifts in order (the sign test inverted), given from six lives up. Per viewer: the same per viewer-minute (a room that grew lifts the raw number). Fewer than {lives} lives: too few to tell.</source>
        <translation>Alta: pedidos por minuto nos 5 minutos depois / antes − 1, como o relatório mede; cada live conta uma vez (a mediana dos seus acionamentos). Intervalo: para a mediana, a partir das altas das lives em ordem (o teste do sinal invertido), dado a partir de seis lives. Por espectador: o mesmo por minuto assistido (um público que cresceu aumenta o número bruto). Menos de {lives} lives: poucas para concluir.</translation>
    </message>
    <message>
        <source>actions across lives</source>
        <translation>ações ao longo das lives</translation>
    </message>
    <message>
        <source>Each dot is one live&apos;s lift; the bar is the median, the line the interval.</source>
        <translation>Cada ponto é a alta de uma live; a barra é a mediana, a linha o intervalo.</translation>
    </message>
    <message>
        <source>Advice: taken or not</source>
        <translation>Alertas: seguidos ou não</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Emitidos</translation>
    </message>
    <message>
        <source>Taken: lifted</source>
        <translation>Seguido: alta</translation>
    </message>
    <message>
        <source>Taken: median</source>
        <translation>Seguido: mediana</translation>
    </message>
    <message>
        <source>Not taken: lifted</source>
        <translation>Não seguido: alta</translation>
    </message>
    <message>
        <source>Not taken: median</source>
        <translation>Não seguido: mediana</translation>
    </message>
    <message>
        <source>When taken</source>
        <translation>Quando seguido</translation>
    </message>
    <message>
        <source>What followed each advice: the orders-per-minute lift measured after it, one value per live. Not taken: dismissed or left to expire.</source>
        <translation>O que se seguiu a cada alerta: a alta de pedidos por minuto medida depois dele, um valor por live. Não seguido: dispensado ou deixado expirar.</translation>
    </message>
    <message>
        <source>{low} to {high} ({confidence})</source>
        <translation>{low} a {high} ({confidence})</translation>
    </message>
    <message>
        <source>These lives sold in {currencies}: totals across lives add different currencies. Narrow the page with --plan or --tag to lives of one currency.</source>
        <extracomment>the plan&apos;s goals in the order the plan file lists them (console/plan/model.py Goals)</extracomment>
        <translation>Estas lives venderam em {currencies}: os totais entre lives somam moedas diferentes. Restrinja a página com --plan ou --tag a lives de uma só moeda.</translation>
    </message>
    <message>
        <source>Live {key}: its goals field is not JSON ({why}); its goals are left out.</source>
        <translation>Live {key}: o campo de metas não é JSON ({why}); as metas dela ficam de fora.</translation>
    </message>
    <message>
        <source>Live {key}: its goals field is not a list of goals; its goals are left out.</source>
        <translation>Live {key}: o campo de metas não é uma lista de metas; as metas dela ficam de fora.</translation>
    </message>
    <message>
        <source>Live {key}: {entries} entry(ies) of its goals field have no key; left out.</source>
        <translation>Live {key}: {entries} entrada(s) do campo de metas não têm chave; ficam de fora.</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>a página</translation>
    </message>
</context>
<context>
    <name>LibraryTerminal</name>
    <message>
        <source>tag {tag}: a tag is 1 to 32 characters with no space at either end</source>
        <translation>tag {tag}: uma tag tem de 1 a 32 caracteres, sem espaço no início nem no fim</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file</source>
        <translation>{path} é uma pasta, não um arquivo da sessão</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {why}</source>
        <translation>{path}: não pode ser lido: {why}</translation>
    </message>
    <message>
        <source>the same file as {path}</source>
        <translation>o mesmo arquivo que {path}</translation>
    </message>
    <message>
        <source>was added from {path}, which is gone</source>
        <translation>foi adicionado de {path}, que não existe mais</translation>
    </message>
    <message>
        <source>{path}: cannot be added: {error}: {why}</source>
        <translation>{path}: não pode ser adicionado: {error}: {why}</translation>
    </message>
    <message>
        <source>the library holds a longer copy of this live ({events} events, from {path}); this file has {here}</source>
        <translation>a biblioteca tem uma cópia mais longa desta live ({events} eventos, de {path}); este arquivo tem {here}</translation>
    </message>
    <message>
        <source>a newer copy of this live ({events} events; was {before})</source>
        <translation>uma cópia mais nova desta live ({events} eventos; antes {before})</translation>
    </message>
    <message>
        <source>its tables were incomplete</source>
        <translation>as tabelas estavam incompletas</translation>
    </message>
    <message>
        <source>tags added</source>
        <translation>tags adicionadas</translation>
    </message>
    <message>
        <source>session file {path} is gone</source>
        <translation>o arquivo da sessão {path} sumiu</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(nenhum registrado)</translation>
    </message>
    <message>
        <source>its tables are incomplete: add {path} again</source>
        <translation>as tabelas estão incompletas: adicione {path} de novo</translation>
    </message>
    <message>
        <source>{path} has changed since it was added ({before} bytes, now {now}): add it again</source>
        <translation>{path} mudou desde que foi adicionado ({before} bytes, agora {now}): adicione de novo</translation>
    </message>
    <message>
        <source>tables without a catalogue row (an add that did not finish): add its session file again</source>
        <translation>tabelas sem linha no catálogo (uma adição que não terminou): adicione o arquivo da sessão de novo</translation>
    </message>
    <message>
        <source>{path}: no library catalogue here (nothing has been added to {library})</source>
        <extracomment>the catalogue&apos;s own columns, after the `lives` table&apos;s</extracomment>
        <translation>{path}: não há catálogo de biblioteca aqui (nada foi adicionado a {library})</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>não pode ser aberto</translation>
    </message>
    <message>
        <source>{path}: not a library catalogue (it has no `lives` table)</source>
        <translation>{path}: não é um catálogo de biblioteca (não tem a tabela `lives`)</translation>
    </message>
    <message>
        <source>{path}: damaged library catalogue, {doing}: {why}</source>
        <translation>{path}: catálogo da biblioteca danificado, {doing}: {why}</translation>
    </message>
    <message>
        <source>{path}: {doing}: {why}</source>
        <translation>{path}: {doing}: {why}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>não pode ser gravado</translation>
    </message>
    <message>
        <source>Left out {path}: {why}.</source>
        <translation>Ficou de fora {path}: {why}.</translation>
    </message>
    <message>
        <source>not a readable Parquet file ({why})</source>
        <translation>não é um arquivo Parquet legível ({why})</translation>
    </message>
    <message>
        <source>it has no key column</source>
        <translation>não tem a coluna key</translation>
    </message>
    <message>
        <source>{rows} of its rows have no key</source>
        <translation>{rows} das suas linhas não têm chave</translation>
    </message>
    <message>
        <source>column {column} holds {found}, not {wanted}</source>
        <translation>a coluna {column} contém {found}, não {wanted}</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>what became of a file or a live, as the terminal&apos;s first column says it</extracomment>
        <translation>adicionada</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>substituída</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizada</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>reparada</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterada</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrada</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>sem registro</translation>
    </message>
    <message>
        <source>{state} {key}  from {path}</source>
        <translation>{state} {key}  de {path}</translation>
    </message>
    <message>
        <source>{line} ({why})</source>
        <translation>{line} ({why})</translation>
    </message>
    <message>
        <source>{library}: no lives yet (live-console library add FILE...)</source>
        <translation>{library}: ainda sem lives (live-console library add FILE...)</translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) in {library}</source>
        <translation>
            <numerusform>%n live em {library}</numerusform>
            <numerusform>%n lives em {library}</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>key</source>
        <translation>chave</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duração</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>conversão</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>sinais</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>{state} {key}  {path} (it is back)</source>
        <translation>{state} {key}  {path} (voltou)</translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: {problems} to look at</source>
        <translation>
            <numerusform>%n live verificada em {library}: {problems} para olhar</numerusform>
            <numerusform>%n lives verificadas em {library}: {problems} para olhar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: all fine</source>
        <translation>
            <numerusform>%n live verificada em {library}: tudo certo</numerusform>
            <numerusform>%n lives verificadas em {library}: tudo certo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSuggest</name>
    <message>
        <source>cannot be read: {why}</source>
        <translation>não pode ser lido: {why}</translation>
    </message>
    <message>
        <source>plan name &quot;{plan}&quot; or this plan&apos;s text</source>
        <translation>nome do plano &quot;{plan}&quot; ou o texto deste plano</translation>
    </message>
    <message>
        <source>live-console plan suggest: {lives} comparable lives in {library} ({which}); a suggestion needs at least {least}, so {more} more. The plan below is unchanged.</source>
        <translation>live-console plan suggest: {lives} lives comparáveis em {library} ({which}); uma sugestão precisa de pelo menos {least}, então faltam {more}. O plano abaixo está inalterado.</translation>
    </message>
    <message>
        <source>{which}, from {first} to {last}</source>
        <translation>{which}, de {first} a {last}</translation>
    </message>
    <message>
        <source>live-console plan suggest: a draft of the next plan from {plan} and {lives} comparable lives in {library} ({which}). {changes} changes, each with its evidence in the comment above it (suggest: ...); every other line is the plan as written.</source>
        <translation>live-console plan suggest: um rascunho do próximo plano a partir de {plan} e de {lives} lives comparáveis em {library} ({which}). {changes} mudanças, cada uma com a evidência no comentário acima dela (suggest: ...); todas as outras linhas são o plano como foi escrito.</translation>
    </message>
    <message>
        <source>Left as written: {kept}.</source>
        <translation>Mantido como escrito: {kept}.</translation>
    </message>
    <message>
        <source>plan suggest made a plan the console would refuse, so nothing was written (a fault of plan suggest: please report it):
{why}</source>
        <translation>o plan suggest gerou um plano que o console recusaria, então nada foi gravado (uma falha do plan suggest: por favor, relate):
{why}</translation>
    </message>
    <message>
        <source>the goals of live {key} could not be read (not a JSON list of goals)</source>
        <translation>as metas da live {key} não puderam ser lidas (não é uma lista JSON de metas)</translation>
    </message>
    <message>
        <source>goals.{goal}: {lives} comparable whole lives reached a figure, {least} needed</source>
        <translation>goals.{goal}: {lives} lives completas comparáveis chegaram a um número, são necessárias {least}</translation>
    </message>
    <message>
        <source>goal {goal} was {old}: the median of what the last {lives} comparable whole lives reached ({shown}), the best of all {all} being {best}</source>
        <translation>a meta {goal} era {old}: a mediana do que as últimas {lives} lives completas comparáveis alcançaram ({shown}), sendo a melhor de todas as {all} {best}</translation>
    </message>
    <message>
        <source>goals.{goal}: not written as a plain &apos;key = value&apos; line</source>
        <translation>goals.{goal}: não está escrita como uma linha simples &apos;key = value&apos;</translation>
    </message>
    <message>
        <source>segment order: {segments} kept in place: no standing rule on how it keeps viewers</source>
        <translation>ordem dos blocos: {segments} mantido(s) no lugar: nenhuma regra válida sobre como segura espectadores</translation>
    </message>
    <message>
        <source>segment order: fewer than two cued segments have a standing rule on how they keep viewers</source>
        <translation>ordem dos blocos: menos de dois blocos com deixa têm uma regra válida sobre como seguram espectadores</translation>
    </message>
    <message>
        <source>moved from {old} to {new}: segments ordered by how they kept viewers (leave rate against the live&apos;s, median over comparable lives, and the lives that agree: {ranking})</source>
        <translation>movido de {old} para {new}: blocos ordenados por como seguraram espectadores (taxa de saída frente à da live, mediana das lives comparáveis, e as lives que concordam: {ranking})</translation>
    </message>
    <message>
        <source>moved from {old} to {new}: with its segment {segment}</source>
        <translation>movido de {old} para {new}: junto com o bloco {segment}</translation>
    </message>
    <message>
        <source>segment order: already the order that kept viewers best ({ranking})</source>
        <translation>ordem dos blocos: já é a ordem que mais segurou espectadores ({ranking})</translation>
    </message>
    <message>
        <source>{segment} {median} (holds in {agree} of {votes} lives, p = {p})</source>
        <translation>{segment} {median} (segura em {agree} de {votes} lives, p = {p})</translation>
    </message>
    <message>
        <source>{segment} {median} (loses in {agree} of {votes} lives, p = {p})</source>
        <translation>{segment} {median} (perde em {agree} de {votes} lives, p = {p})</translation>
    </message>
    <message>
        <source>{segment} {median} (holds in {agree} of {votes} lives)</source>
        <translation>{segment} {median} (segura em {agree} de {votes} lives)</translation>
    </message>
    <message>
        <source>{segment} {median} (loses in {agree} of {votes} lives)</source>
        <translation>{segment} {median} (perde em {agree} de {votes} lives)</translation>
    </message>
    <message>
        <source>no comparable live aired it</source>
        <translation>nenhuma live comparável o exibiu</translation>
    </message>
    <message>
        <source>as the whole live in all {lives} lives</source>
        <translation>igual à live inteira em todas as {lives} lives</translation>
    </message>
    <message>
        <source>{agree} for, {against} against, of {lives} lives</source>
        <translation>{agree} a favor, {against} contra, de {lives} lives</translation>
    </message>
    <message>
        <source>{claim} ({evidence}), but this plan ends at {end}, so no cue at {time}</source>
        <translation>{claim} ({evidence}), mas este plano termina em {end}, então não há deixa em {time}</translation>
    </message>
    <message>
        <source>{lives} lives</source>
        <translation>{lives} lives</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}, {tests} bands tested</source>
        <translation>{agree} de {votes} lives comparáveis, mediana {median}, teste do sinal p = {p}, {tests} faixas testadas</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}, {tests} claims tested</source>
        <translation>{agree} de {votes} lives comparáveis, mediana {median}, teste do sinal p = {p}, {tests} afirmações testadas</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}</source>
        <translation>{agree} de {votes} lives comparáveis, mediana {median}, teste do sinal p = {p}</translation>
    </message>
    <message>
        <source>no minute band where orders per 1,000 viewer-minutes sag in enough comparable lives (the band rule corrected for the bands tested): no flash offer added</source>
        <translation>nenhuma faixa de minutos em que os pedidos por 1.000 minutos assistidos caiam em lives comparáveis suficientes (a regra de faixa corrigida pelas faixas testadas): nenhuma oferta relâmpago adicionada</translation>
    </message>
    <message>
        <source>{claim}, and a flash offer is cued at {time} already</source>
        <translation>{claim}, e já há uma oferta relâmpago com deixa em {time}</translation>
    </message>
    <message>
        <source>{claim}, but no preset of this plan lifted orders in enough comparable lives</source>
        <translation>{claim}, mas nenhum preset deste plano aumentou os pedidos em lives comparáveis suficientes</translation>
    </message>
    <message>
        <source>a flash offer where orders sag: {claim} ({evidence}); {preset} is the preset that lifted orders most ({lifted})</source>
        <translation>uma oferta relâmpago onde os pedidos caem: {claim} ({evidence}); {preset} é o preset que mais aumentou os pedidos ({lifted})</translation>
    </message>
    <message>
        <source>Counter the usual sag in orders ({minutes})</source>
        <translation>Compense a queda habitual de pedidos ({minutes})</translation>
    </message>
    <message>
        <source>cue added at {time}: {why}</source>
        <translation>deixa adicionada em {time}: {why}</translation>
    </message>
    <message>
        <source>stock was {stock}: sold out in {sold_out} of {lives} (median at {at}) comparable whole lives; the median of what they would have sold over this plan&apos;s {minutes} minutes is {new} (units sold, a sold-out live&apos;s scaled from its sell-out time to {length}, at most x{cap}: {each})</source>
        <translation>o estoque era {stock}: esgotou em {sold_out} de {lives} (mediana em {at}) lives completas comparáveis; a mediana do que teriam vendido nos {minutes} minutos deste plano é {new} (unidades vendidas; a de uma live esgotada é escalada do horário em que esgotou para {length}, no máximo x{cap}: {each})</translation>
    </message>
    <message>
        <source>stock was {stock}: never sold out in {lives} comparable whole lives; the median of what they would have sold over this plan&apos;s {minutes} minutes is {new} (units sold, a sold-out live&apos;s scaled from its sell-out time to {length}, at most x{cap}: {each})</source>
        <translation>o estoque era {stock}: não esgotou em nenhuma de {lives} lives completas comparáveis; a mediana do que teriam vendido nos {minutes} minutos deste plano é {new} (unidades vendidas; a de uma live esgotada é escalada do horário em que esgotou para {length}, no máximo x{cap}: {each})</translation>
    </message>
    <message>
        <source>stock of {products}: fewer than {least} whole comparable lives sold it</source>
        <translation>estoque de {products}: menos de {least} lives completas comparáveis o venderam</translation>
    </message>
    <message>
        <source>kit {kit} lowered orders ({evidence}); this cue is kept as written, but think twice before running it</source>
        <translation>o kit {kit} reduziu os pedidos ({evidence}); esta deixa fica como está, mas pense duas vezes antes de rodá-la</translation>
    </message>
    <message>
        <source>cues[{cue}] at {time}: {why}</source>
        <translation>cues[{cue}] em {time}: {why}</translation>
    </message>
    <message>
        <source>kits: no kit of this plan lifted orders in enough comparable lives</source>
        <translation>kits: nenhum kit deste plano aumentou os pedidos em lives comparáveis suficientes</translation>
    </message>
    <message>
        <source>kit {kit} lifted orders ({evidence})</source>
        <translation>o kit {kit} aumentou os pedidos ({evidence})</translation>
    </message>
    <message>
        <source>target was {old}, which lowered orders ({evidence}): {why}</source>
        <translation>o alvo era {old}, que reduziu os pedidos ({evidence}): {why}</translation>
    </message>
    <message>
        <source>target was {old}, which has no such evidence: {why}</source>
        <translation>o alvo era {old}, que não tem essa evidência: {why}</translation>
    </message>
    <message>
        <source>{why}, but no minutes where carts are dropped most in enough lives to cue it at</source>
        <translation>{why}, mas não há minutos em que os carrinhos sejam mais abandonados em lives suficientes para colocar a deixa</translation>
    </message>
    <message>
        <source>{why}; cued where carts are dropped most: {claim} ({evidence})</source>
        <translation>{why}; com deixa onde os carrinhos são mais abandonados: {claim} ({evidence})</translation>
    </message>
    <message>
        <source>Win back the carts usually dropped here</source>
        <translation>Recupere os carrinhos que costumam ser abandonados aqui</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>since {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <source>plan {plans}</source>
        <translation>plano {plans}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>tag &quot;{tag}&quot;</source>
        <translation>tag &quot;{tag}&quot;</translation>
    </message>
    <message>
        <source>every live in the library</source>
        <translation>todas as lives da biblioteca</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>sustentada</translation>
    </message>
    <message numerus="yes">
        <source>{agree} of %n lives agree</source>
        <translation>
            <numerusform>{agree} de %n live concorda</numerusform>
            <numerusform>{agree} de %n lives concordam</numerusform>
        </translation>
    </message>
    <message>
        <source>no live voted</source>
        <translation>nenhuma live votou</translation>
    </message>
    <message>
        <source> ({ties} more showed no change)</source>
        <translation> (mais {ties} sem mudança)</translation>
    </message>
    <message>
        <source>, median {median} ({measure})</source>
        <translation>, mediana {median} ({measure})</translation>
    </message>
    <message>
        <source>, sign test p = {p}</source>
        <translation>, teste do sinal p = {p}</translation>
    </message>
    <message numerus="yes">
        <source>, %n bands tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>, %n faixa testada (uma regra precisa de p &lt; {p})</numerusform>
            <numerusform>, %n faixas testadas (uma regra precisa de p &lt; {p})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n claims tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>, %n afirmação testada (uma regra precisa de p &lt; {p})</numerusform>
            <numerusform>, %n afirmações testadas (uma regra precisa de p &lt; {p})</numerusform>
        </translation>
    </message>
    <message>
        <source>; {detail}</source>
        <translation>; {detail}</translation>
    </message>
    <message>
        <source>; contradicted by {lives}</source>
        <translation>; contrariada por {lives}</translation>
    </message>
    <message>
        <source>{agree} for, {against} against: the lives are too split for a rule</source>
        <translation>{agree} a favor, {against} contra: as lives estão divididas demais para uma regra</translation>
    </message>
    <message>
        <source>too few lives: {votes} voted, a rule needs at least {least}; {needs} more that agree would make it one</source>
        <translation>poucas lives: {votes} votaram, uma regra precisa de pelo menos {least}; mais {needs} que concordem a tornariam uma regra</translation>
    </message>
    <message>
        <source>not settled: {agree} for, {against} against; {needs} more that agree would make it a rule</source>
        <translation>indefinida: {agree} a favor, {against} contra; mais {needs} que concordem a tornariam uma regra</translation>
    </message>
    <message>
        <source>{library}: no library there (live-console library add FILE... makes one)</source>
        <translation>{library}: não há biblioteca ali (live-console library add FILE... cria uma)</translation>
    </message>
    <message>
        <source>{library}: cannot read the library: {why}</source>
        <translation>{library}: não é possível ler a biblioteca: {why}</translation>
    </message>
    <message>
        <source>{lives} lives selected: a rule needs at least {least} lives that have its figure, so {more} more lives are needed before any rule can stand</source>
        <translation>{lives} lives selecionadas: uma regra precisa de pelo menos {least} lives com o seu número, então faltam {more} lives para que qualquer regra seja válida</translation>
    </message>
    <message>
        <source>two-sided exact sign test; a rule stands at p &lt; {p} with at least {least} lives voting, at p &lt; 0.05 / n for one of n claims tested at once (the minute bands)</source>
        <translation>teste do sinal exato bilateral; uma regra é válida com p &lt; {p} e pelo menos {least} lives votando, com p &lt; 0,05 / n para uma de n afirmações testadas ao mesmo tempo (as faixas de minutos)</translation>
    </message>
    <message>
        <source>Actions that move orders</source>
        <translation>Ações que movem pedidos</translation>
    </message>
    <message>
        <source>Advice worth taking</source>
        <translation>Alertas que vale a pena seguir</translation>
    </message>
    <message>
        <source>Segments that hold viewers</source>
        <translation>Blocos que seguram espectadores</translation>
    </message>
    <message>
        <source>When orders per viewer sag and carts are dropped</source>
        <translation>Quando os pedidos por espectador caem e os carrinhos são abandonados</translation>
    </message>
    <message>
        <source>Products: sell-outs and slow sellers</source>
        <translation>Produtos: esgotados e de giro lento</translation>
    </message>
    <message>
        <source>Channels that convert</source>
        <translation>Canais que convertem</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>Compradores novos e recorrentes</translation>
    </message>
    <message>
        <source>Playbook: {selection}</source>
        <translation>Playbook: {selection}</translation>
    </message>
    <message>
        <source>{lives} lives from {first} to {last}</source>
        <translation>{lives} lives de {first} a {last}</translation>
    </message>
    <message>
        <source>{lives} lives</source>
        <translation>{lives} lives</translation>
    </message>
    <message>
        <source>{rules} rules stand</source>
        <translation>{rules} regras válidas</translation>
    </message>
    <message>
        <source>library {folder}</source>
        <translation>biblioteca {folder}</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>How sure: each live that has a rule&apos;s figure votes for it or against it (a live with no change abstains), and a two-sided sign test asks how often a split at least this lopsided would come from coin tosses. A rule stands at p &lt; {sure} with at least {least} lives voting (the fewest for which that is possible: 6 of 6 gives p = 0.031), and is {strong} at p &lt; {strong_p}. The minute bands are many claims tested at once (18 in a 90-minute live): a band rule needs p below {sure} divided by the bands tested (and {strong_p} likewise for strong): without it, one library of pure noise in five or so showed a band that passed by chance. Lives that vote against a standing rule are named: they contradict it.</source>
        <translation>Confiança: cada live que tem o número de uma regra vota a favor ou contra (uma live sem mudança se abstém), e um teste do sinal bilateral pergunta com que frequência uma divisão pelo menos tão desigual viria de cara ou coroa. Uma regra é válida com p &lt; {sure} e pelo menos {least} lives votando (o mínimo em que isso é possível: 6 de 6 dá p = 0,031), e é {strong} com p &lt; {strong_p}. As faixas de minutos são muitas afirmações testadas ao mesmo tempo (18 numa live de 90 minutos): uma regra de faixa precisa de p abaixo de {sure} dividido pelas faixas testadas (e {strong_p} da mesma forma para forte): sem isso, cerca de uma em cada cinco bibliotecas de puro ruído mostrou uma faixa que passou por acaso. As lives que votam contra uma regra válida são nomeadas: elas a contradizem.</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>As regras</translation>
    </message>
    <message>
        <source>No rule stands yet: see below what each needs.</source>
        <translation>Nenhuma regra é válida ainda: veja abaixo do que cada uma precisa.</translation>
    </message>
    <message>
        <source>Contradicted by {count}: {lives}</source>
        <translation>Contrariada por {count}: {lives}</translation>
    </message>
    <message>
        <source>for</source>
        <translation>a favor</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contra</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem mudança</translation>
    </message>
    <message>
        <source>the {lives} lives</source>
        <translation>as {lives} lives</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>key</source>
        <translation>chave</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>voto</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>Ainda indefinido</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidata</translation>
    </message>
    <message>
        <source>for / against</source>
        <translation>a favor / contra</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>what it needs</source>
        <translation>do que precisa</translation>
    </message>
    <message>
        <source>What the lives lean towards but do not yet support, and how many more lives that agree would make it a rule.</source>
        <translation>Para onde as lives tendem, mas ainda sem sustentação, e quantas lives a mais que concordem tornariam isso uma regra.</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>Lives read</source>
        <translation>Lives lidas</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plano</translation>
    </message>
    <message>
        <source>No live matches the selection.</source>
        <translation>Nenhuma live corresponde à seleção.</translation>
    </message>
    <message>
        <source>Flash offer</source>
        <translation>Oferta relâmpago</translation>
    </message>
    <message>
        <source>Segment on air</source>
        <translation>Bloco no ar</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Kit</translation>
    </message>
    <message>
        <source>Flash offer &quot;{label}&quot; ({target})</source>
        <extracomment>kind -&gt; (one target&apos;s name, the target with no id, every one of the kind, they lift, they lower)</extracomment>
        <translation>Oferta relâmpago &quot;{label}&quot; ({target})</translation>
    </message>
    <message>
        <source>Flash offer (custom)</source>
        <translation>Oferta relâmpago (avulsa)</translation>
    </message>
    <message>
        <source>Flash offers, all of them</source>
        <translation>Ofertas relâmpago, todas</translation>
    </message>
    <message>
        <source>Flash offers lift orders</source>
        <translation>Ofertas relâmpago aumentam os pedidos</translation>
    </message>
    <message>
        <source>Flash offers lower orders</source>
        <translation>Ofertas relâmpago reduzem os pedidos</translation>
    </message>
    <message>
        <source>Segment on air &quot;{label}&quot; ({target})</source>
        <translation>Bloco no ar &quot;{label}&quot; ({target})</translation>
    </message>
    <message>
        <source>Segment on air (custom)</source>
        <translation>Bloco no ar (avulso)</translation>
    </message>
    <message>
        <source>Segment on airs, all of them</source>
        <translation>Trocas de bloco, todas</translation>
    </message>
    <message>
        <source>Segment on airs lift orders</source>
        <translation>Trocas de bloco aumentam os pedidos</translation>
    </message>
    <message>
        <source>Segment on airs lower orders</source>
        <translation>Trocas de bloco reduzem os pedidos</translation>
    </message>
    <message>
        <source>Kit &quot;{label}&quot; ({target})</source>
        <translation>Kit &quot;{label}&quot; ({target})</translation>
    </message>
    <message>
        <source>Kit (custom)</source>
        <translation>Kit (avulso)</translation>
    </message>
    <message>
        <source>Kits, all of them</source>
        <translation>Kits, todos</translation>
    </message>
    <message>
        <source>Kits lift orders</source>
        <translation>Kits aumentam os pedidos</translation>
    </message>
    <message>
        <source>Kits lower orders</source>
        <translation>Kits reduzem os pedidos</translation>
    </message>
    <message>
        <source>orders per minute in the 5 minutes after against the 5 before</source>
        <translation>pedidos por minuto nos 5 minutos depois contra os 5 antes</translation>
    </message>
    <message>
        <source>actions</source>
        <extracomment>a topic&apos;s name where a note says it had nothing to judge</extracomment>
        <translation>ações</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>alertas</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>blocos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produtos</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canais</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>compradores</translation>
    </message>
    <message>
        <source>no selected live has an action with a measured lift</source>
        <translation>nenhuma live selecionada tem uma ação com alta medida</translation>
    </message>
    <message>
        <source>no selected live has advice that was taken and measured</source>
        <translation>nenhuma live selecionada tem alerta seguido e medido</translation>
    </message>
    <message>
        <source>no selected live has segments with viewers</source>
        <translation>nenhuma live selecionada tem blocos com espectadores</translation>
    </message>
    <message>
        <source>no selected live has a full {minutes}-minute band with viewers or carts</source>
        <translation>nenhuma live selecionada tem uma faixa completa de {minutes} minutos com espectadores ou carrinhos</translation>
    </message>
    <message>
        <source>no selected whole live (partial recordings left out) has products with stock</source>
        <translation>nenhuma live completa selecionada (gravações parciais de fora) tem produtos com estoque</translation>
    </message>
    <message>
        <source>no selected live has channels with viewers who entered</source>
        <translation>nenhuma live selecionada tem canais com espectadores que entraram</translation>
    </message>
    <message>
        <source>no selected live says which buyers were new and which returning</source>
        <translation>nenhuma live selecionada diz quais compradores eram novos e quais recorrentes</translation>
    </message>
    <message>
        <source>{actions} fired inside another action&apos;s window left out</source>
        <translation>{actions} acionadas dentro da janela de outra ação ficaram de fora</translation>
    </message>
    <message>
        <source>{name} lifts orders</source>
        <translation>{name} aumenta os pedidos</translation>
    </message>
    <message>
        <source>{name} lowers orders</source>
        <translation>{name} reduz os pedidos</translation>
    </message>
    <message>
        <source>orders per minute in the 5 minutes after against the 5 before (a live&apos;s median over its actions)</source>
        <translation>pedidos por minuto nos 5 minutos depois contra os 5 antes (a mediana da live sobre as suas ações)</translation>
    </message>
    <message>
        <source>Taking the &quot;{advice}&quot; advice</source>
        <translation>Seguir o alerta &quot;{advice}&quot;</translation>
    </message>
    <message>
        <source>{name} is followed by fewer orders</source>
        <translation>{name} é seguido de menos pedidos</translation>
    </message>
    <message>
        <source>Segment &quot;{title}&quot; ({segment})</source>
        <translation>Bloco &quot;{title}&quot; ({segment})</translation>
    </message>
    <message>
        <source>{name} holds viewers</source>
        <translation>{name} segura espectadores</translation>
    </message>
    <message>
        <source>{name} loses viewers</source>
        <translation>{name} perde espectadores</translation>
    </message>
    <message>
        <source>its leave rate per viewer-minute against the whole live&apos;s</source>
        <translation>a taxa de saída por minuto assistido contra a da live inteira</translation>
    </message>
    <message>
        <source>minutes {first}–{last}</source>
        <translation>minutos {first}–{last}</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes sag in {minutes}</source>
        <translation>Os pedidos por 1.000 minutos assistidos caem nos {minutes}</translation>
    </message>
    <message>
        <source>orders per 1,000 viewer-minutes in the band against the live&apos;s median band</source>
        <translation>pedidos por 1.000 minutos assistidos na faixa contra a faixa mediana da live</translation>
    </message>
    <message>
        <source>Carts are abandoned most in {minutes}</source>
        <translation>Os carrinhos são mais abandonados nos {minutes}</translation>
    </message>
    <message>
        <source>carts abandoned per cart opened in the band against the live&apos;s median band</source>
        <translation>carrinhos abandonados por carrinho aberto na faixa contra a faixa mediana da live</translation>
    </message>
    <message>
        <source>sold out at a median {time} into the live</source>
        <translation>esgota numa mediana de {time} de live</translation>
    </message>
    <message>
        <source>sell-through (units sold / stock at the start)</source>
        <translation>giro (unidades vendidas / estoque inicial)</translation>
    </message>
    <message>
        <source>{product} sells out</source>
        <translation>{product} esgota</translation>
    </message>
    <message>
        <source>{product} sells slowly: under half its stock</source>
        <translation>{product} vende devagar: menos da metade do estoque</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>esgotou em {time}</translation>
    </message>
    <message>
        <source>Channel &quot;{channel}&quot;</source>
        <translation>Canal &quot;{channel}&quot;</translation>
    </message>
    <message>
        <source>{name} converts above the live as a whole</source>
        <translation>{name} converte acima da live como um todo</translation>
    </message>
    <message>
        <source>{name} converts below the live as a whole</source>
        <translation>{name} converte abaixo da live como um todo</translation>
    </message>
    <message>
        <source>its conversion (buyers / entered) against the live&apos;s over every channel</source>
        <translation>a conversão (compradores / entradas) contra a da live em todos os canais</translation>
    </message>
    <message>
        <source>New buyers&apos; share of the buyers</source>
        <translation>Parcela de novos compradores</translation>
    </message>
    <message>
        <source>Most buyers are new customers</source>
        <translation>A maioria dos compradores é de clientes novos</translation>
    </message>
    <message>
        <source>Most buyers are returning customers: the next live could aim at new ones</source>
        <translation>A maioria dos compradores é de clientes recorrentes: a próxima live pode mirar em novos</translation>
    </message>
    <message>
        <source>new buyers / buyers</source>
        <translation>novos compradores / compradores</translation>
    </message>
    <message>
        <source>Revenue per returning buyer against per new buyer</source>
        <translation>Faturamento por comprador recorrente contra por comprador novo</translation>
    </message>
    <message>
        <source>Returning buyers spend more per buyer than new ones</source>
        <translation>Compradores recorrentes gastam mais por comprador que os novos</translation>
    </message>
    <message>
        <source>New buyers spend more per buyer than returning ones</source>
        <translation>Compradores novos gastam mais por comprador que os recorrentes</translation>
    </message>
    <message>
        <source>revenue per returning buyer against revenue per new buyer</source>
        <translation>faturamento por comprador recorrente contra faturamento por comprador novo</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}.</translation>
    </message>
</context>
</TS>
