<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AdviceAudience</name>
    <message>
        <source>share of the audience leaving a minute</source>
        <translation>parcela do público saindo por minuto</translation>
    </message>
    <message>
        <source>Viewers are leaving faster: {now} of the audience a minute against {before} ({change}) since {since}.</source>
        <translation>Os espectadores estão saindo mais rápido: {now} do público por minuto, contra {before} ({change}), desde {since}.</translation>
    </message>
    <message>
        <source>Arrivals fell on every channel: {channel} from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>A entrada de espectadores caiu em todos os canais: {channel} de {before} para {now} por minuto ({change}) desde {since}.</translation>
    </message>
    <message>
        <source>Arrivals on every channel fell from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>A entrada de espectadores caiu em todos os canais, de {before} para {now} por minuto ({change}), desde {since}.</translation>
    </message>
    <message>
        <source>Arrivals from {channel} fell from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>A entrada de espectadores pelo canal {channel} caiu de {before} para {now} por minuto ({change}) desde {since}.</translation>
    </message>
    <message>
        <source>Arrivals fell {change} since {since}, mostly from {channel} (normal: {normal} a minute).</source>
        <translation>A entrada de espectadores caiu desde {since} ({change}), principalmente pelo canal {channel} (normal: {normal} por minuto).</translation>
    </message>
    <message>
        <source>arrivals a minute</source>
        <translation>entradas por minuto</translation>
    </message>
    <message>
        <source>arrivals a minute from {channel}</source>
        <translation>entradas por minuto pelo canal {channel}</translation>
    </message>
    <message>
        <source>Viewers stay longer during “{segment}”: {now} of the audience leave a minute against {before} in the rest of the live (dwell {lift}), since {since}.</source>
        <translation>Os espectadores ficam mais tempo durante “{segment}”: {now} do público sai por minuto, contra {before} no resto da live (tempo de permanência {lift}), desde {since}.</translation>
    </message>
    <message>
        <source>Viewers stay longer during “{segment}”: {now} of the audience leave a minute against {before} in the rest of the live (dwell much longer), since {since}.</source>
        <translation>Os espectadores ficam mais tempo durante “{segment}”: {now} do público sai por minuto, contra {before} no resto da live (tempo de permanência bem maior), desde {since}.</translation>
    </message>
</context>
<context>
    <name>AdviceFunnel</name>
    <message>
        <source>clicks per product view</source>
        <translation>cliques por visualização de produto</translation>
    </message>
    <message>
        <source>carts per click</source>
        <translation>carrinhos por clique</translation>
    </message>
    <message>
        <source>carts abandoned</source>
        <translation>carrinhos abandonados</translation>
    </message>
    <message>
        <source>Conversion is sagging: clicks per product view fell from {before} to {now} ({change}) since {since}.</source>
        <translation>A conversão está caindo: os cliques por visualização de produto caíram de {before} para {now} ({change}) desde {since}.</translation>
    </message>
    <message>
        <source>Conversion is sagging: carts per click fell from {before} to {now} ({change}) since {since}, each product against its own normal.</source>
        <translation>A conversão está caindo: os carrinhos por clique caíram de {before} para {now} ({change}) desde {since}, cada produto comparado ao seu próprio normal.</translation>
    </message>
    <message>
        <source>Conversion is sagging at checkout: carts abandoned rose from {before} to {now} since {since}.</source>
        <translation>A conversão está caindo no checkout: os carrinhos abandonados subiram de {before} para {now} desde {since}.</translation>
    </message>
    <message>
        <source>{product}: {clicks} clicks in 5 minutes but carts per click fell from {before} (normal for it) to {now} since {since}.</source>
        <translation>{product}: {clicks} cliques em 5 minutos, mas os carrinhos por clique caíram de {before} (o normal dele) para {now} desde {since}.</translation>
    </message>
    <message>
        <source>{product}: {now} of its carts abandoned since {since} (normal for it: {before}), after it was presented at {presented}.</source>
        <translation>{product}: {now} dos carrinhos abandonados desde {since} (normal dele: {before}), depois de ser apresentado em {presented}.</translation>
    </message>
    <message>
        <source>{product}: carts but no orders: {now} of its carts abandoned since {since} (normal for it: {before}).</source>
        <translation>{product}: carrinhos, mas nenhum pedido: {now} dos carrinhos abandonados desde {since} (normal dele: {before}).</translation>
    </message>
    <message>
        <source>{product} ({price})</source>
        <translation>{product} ({price})</translation>
    </message>
    <message>
        <source>Cart abandonment jumped to {now} (normal for these products: {before}) since {since}, after {product} was presented at {presented}.</source>
        <translation>A taxa de abandono de carrinho saltou para {now} (normal destes produtos: {before}) desde {since}, depois que {product} foi apresentado em {presented}.</translation>
    </message>
</context>
<context>
    <name>AdviceRemedy</name>
    <message>
        <source>a surprise flash offer on the featured product</source>
        <translation>uma oferta relâmpago surpresa no produto em destaque</translation>
    </message>
    <message>
        <source>a lower-priced kit (or a discount on {product})</source>
        <translation>um kit mais barato (ou um desconto em {product})</translation>
    </message>
    <message>
        <source>more time on demonstrations</source>
        <translation>mais tempo de demonstração</translation>
    </message>
    <message>
        <source>a swap of the featured product to one with stock left (or stretching what is left of {product})</source>
        <translation>trocar o produto em destaque por um com estoque (ou fazer render o estoque restante de {product})</translation>
    </message>
    <message>
        <source>a check of the paid campaign (budget, bids, targeting)</source>
        <translation>revisar a campanha paga (orçamento, lances, segmentação)</translation>
    </message>
    <message>
        <source>a flash offer or a demonstration to win the room back</source>
        <translation>uma oferta relâmpago ou uma demonstração para reconquistar o público</translation>
    </message>
    <message>
        <source>a flash offer on {product} (and a look at its page: price, variants)</source>
        <translation>uma oferta relâmpago em {product} (e conferir a página dele: preço, variações)</translation>
    </message>
    <message>
        <source>the plan has no fitting remedy; {fits} would fit</source>
        <translation>o plano não tem ação sugerida adequada; o ideal seria {fits}</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>o produto</translation>
    </message>
    <message>
        <source>{product} -{discount} ({minutes} min)</source>
        <translation>{product} -{discount} ({minutes} min)</translation>
    </message>
    <message>
        <source>Flash offer: {offer}</source>
        <translation>Oferta relâmpago: {offer}</translation>
    </message>
    <message>
        <source>Kit: {kit} ({price} instead of {full})</source>
        <translation>Kit: {kit} (de {full} por {price})</translation>
    </message>
    <message>
        <source>Segment: {segment}</source>
        <translation>Bloco: {segment}</translation>
    </message>
    <message>
        <source>Segment: {segment} (back on air)</source>
        <translation>Bloco: {segment} (de volta ao ar)</translation>
    </message>
    <message>
        <source>Segment: {segment} (next, rather than a segment without a demonstration)</source>
        <translation>Bloco: {segment} (o próximo, em vez de um bloco sem demonstração)</translation>
    </message>
</context>
<context>
    <name>AdviceStock</name>
    <message>
        <source>{product} may sell out in about {minutes} min: {left} left, selling about {rate} a minute (from its carts since {since}).</source>
        <translation>{product} pode esgotar em cerca de {minutes} min: restam {left}, vendendo cerca de {rate} por minuto (pelos carrinhos desde {since}).</translation>
    </message>
    <message>
        <source>{product} may sell out in about {minutes} min: {left} left, selling about {rate} a minute (from its orders since {since}).</source>
        <translation>{product} pode esgotar em cerca de {minutes} min: restam {left}, vendendo cerca de {rate} por minuto (pelos pedidos desde {since}).</translation>
    </message>
    <message>
        <source>units sold a minute</source>
        <translation>unidades vendidas por minuto</translation>
    </message>
</context>
<context>
    <name>AdviceWords</name>
    <message>
        <source>organic</source>
        <extracomment>the entry channels (protocol keys) as the advice names them</extracomment>
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
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
</context>
</TS>
