<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AdviceAudience</name>
    <message>
        <source>share of the audience leaving a minute</source>
        <translation>1分あたりの離脱率</translation>
    </message>
    <message>
        <source>Viewers are leaving faster: {now} of the audience a minute against {before} ({change}) since {since}.</source>
        <translation>視聴者の離脱が速まっています。{since}以降、1分あたりの離脱率が{before}から{now}に上がりました（{change}）。</translation>
    </message>
    <message>
        <source>Arrivals fell on every channel: {channel} from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>すべての流入経路で流入が減っています。{since}以降、{channel}は1分あたり{before}人から{now}人に減りました（{change}）。</translation>
    </message>
    <message>
        <source>Arrivals on every channel fell from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>{since}以降、全流入経路の流入が1分あたり{before}人から{now}人に減りました（{change}）。</translation>
    </message>
    <message>
        <source>Arrivals from {channel} fell from {before} to {now} a minute ({change}) since {since}.</source>
        <translation>{since}以降、{channel}からの流入が1分あたり{before}人から{now}人に減りました（{change}）。</translation>
    </message>
    <message>
        <source>Arrivals fell {change} since {since}, mostly from {channel} (normal: {normal} a minute).</source>
        <translation>{since}以降、流入が減っています（{change}）。主に{channel}からの流入の減少です（通常は1分あたり{normal}人）。</translation>
    </message>
    <message>
        <source>arrivals a minute</source>
        <translation>1分あたりの流入数</translation>
    </message>
    <message>
        <source>arrivals a minute from {channel}</source>
        <translation>{channel}からの1分あたりの流入数</translation>
    </message>
    <message>
        <source>Viewers stay longer during “{segment}”: {now} of the audience leave a minute against {before} in the rest of the live (dwell {lift}), since {since}.</source>
        <translation>「{segment}」の間は視聴者が長く留まっています。{since}以降、1分あたりの離脱率は{now}で、ライブの他の時間の{before}を下回っています（視聴維持{lift}）。</translation>
    </message>
    <message>
        <source>Viewers stay longer during “{segment}”: {now} of the audience leave a minute against {before} in the rest of the live (dwell much longer), since {since}.</source>
        <translation>「{segment}」の間は視聴者が長く留まっています。{since}以降、1分あたりの離脱率は{now}で、ライブの他の時間の{before}を下回っています（視聴維持が大幅に向上）。</translation>
    </message>
</context>
<context>
    <name>AdviceFunnel</name>
    <message>
        <source>clicks per product view</source>
        <translation>商品表示あたりのクリック率</translation>
    </message>
    <message>
        <source>carts per click</source>
        <translation>クリックあたりのカート追加率</translation>
    </message>
    <message>
        <source>carts abandoned</source>
        <translation>カゴ落ち率</translation>
    </message>
    <message>
        <source>Conversion is sagging: clicks per product view fell from {before} to {now} ({change}) since {since}.</source>
        <translation>転換率が落ちています。{since}以降、商品表示あたりのクリック率が{before}から{now}に下がりました（{change}）。</translation>
    </message>
    <message>
        <source>Conversion is sagging: carts per click fell from {before} to {now} ({change}) since {since}, each product against its own normal.</source>
        <translation>転換率が落ちています。{since}以降、クリックあたりのカート追加率が{before}から{now}に下がりました（{change}、各商品をそれぞれの通常値と比較）。</translation>
    </message>
    <message>
        <source>Conversion is sagging at checkout: carts abandoned rose from {before} to {now} since {since}.</source>
        <translation>決済段階で転換率が落ちています。{since}以降、カゴ落ち率が{before}から{now}に上がりました。</translation>
    </message>
    <message>
        <source>{product}: {clicks} clicks in 5 minutes but carts per click fell from {before} (normal for it) to {now} since {since}.</source>
        <translation>{product}：5分間で{clicks}回クリックされていますが、{since}以降、クリックあたりのカート追加率が{before}（この商品の通常値）から{now}に下がりました。</translation>
    </message>
    <message>
        <source>{product}: {now} of its carts abandoned since {since} (normal for it: {before}), after it was presented at {presented}.</source>
        <translation>{product}：{presented}に紹介した後、{since}以降のカゴ落ち率が{now}になっています（この商品の通常値：{before}）。</translation>
    </message>
    <message>
        <source>{product}: carts but no orders: {now} of its carts abandoned since {since} (normal for it: {before}).</source>
        <translation>{product}：カート追加はあるのに注文がありません。{since}以降のカゴ落ち率は{now}です（この商品の通常値：{before}）。</translation>
    </message>
    <message>
        <source>{product} ({price})</source>
        <translation>{product}（{price}）</translation>
    </message>
    <message>
        <source>Cart abandonment jumped to {now} (normal for these products: {before}) since {since}, after {product} was presented at {presented}.</source>
        <translation>{presented}に{product}を紹介した後、{since}以降カゴ落ちが{now}に急増しています（これらの商品の通常値：{before}）。</translation>
    </message>
</context>
<context>
    <name>AdviceRemedy</name>
    <message>
        <source>a surprise flash offer on the featured product</source>
        <translation>紹介中の商品のサプライズタイムセール</translation>
    </message>
    <message>
        <source>a lower-priced kit (or a discount on {product})</source>
        <translation>より安いセット販売（または{product}の値引き）</translation>
    </message>
    <message>
        <source>more time on demonstrations</source>
        <translation>実演の時間を増やすこと</translation>
    </message>
    <message>
        <source>a swap of the featured product to one with stock left (or stretching what is left of {product})</source>
        <translation>在庫のある商品への切り替え（または{product}の残り在庫を持たせること）</translation>
    </message>
    <message>
        <source>a check of the paid campaign (budget, bids, targeting)</source>
        <translation>広告キャンペーンの確認（予算・入札・ターゲティング）</translation>
    </message>
    <message>
        <source>a flash offer or a demonstration to win the room back</source>
        <translation>視聴者を呼び戻すタイムセールまたは実演</translation>
    </message>
    <message>
        <source>a flash offer on {product} (and a look at its page: price, variants)</source>
        <translation>{product}のタイムセール（商品ページの価格・バリエーションも確認）</translation>
    </message>
    <message>
        <source>the plan has no fitting remedy; {fits} would fit</source>
        <translation>プランに合う対策がありません。{fits}が有効です</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>この商品</translation>
    </message>
    <message>
        <source>{product} -{discount} ({minutes} min)</source>
        <translation>{product} -{discount}（{minutes}分）</translation>
    </message>
    <message>
        <source>Flash offer: {offer}</source>
        <translation>タイムセール：{offer}</translation>
    </message>
    <message>
        <source>Kit: {kit} ({price} instead of {full})</source>
        <translation>セット販売：{kit}（通常{full}→{price}）</translation>
    </message>
    <message>
        <source>Segment: {segment}</source>
        <translation>コーナー：{segment}</translation>
    </message>
    <message>
        <source>Segment: {segment} (back on air)</source>
        <translation>コーナー：{segment}（再度配信）</translation>
    </message>
    <message>
        <source>Segment: {segment} (next, rather than a segment without a demonstration)</source>
        <translation>コーナー：{segment}（実演のないコーナーより先に）</translation>
    </message>
</context>
<context>
    <name>AdviceStock</name>
    <message>
        <source>{product} may sell out in about {minutes} min: {left} left, selling about {rate} a minute (from its carts since {since}).</source>
        <translation>{product}はあと約{minutes}分で完売しそうです。残り{left}個、1分あたり約{rate}個のペースです（{since}以降のカート追加から算出）。</translation>
    </message>
    <message>
        <source>{product} may sell out in about {minutes} min: {left} left, selling about {rate} a minute (from its orders since {since}).</source>
        <translation>{product}はあと約{minutes}分で完売しそうです。残り{left}個、1分あたり約{rate}個のペースです（{since}以降の注文から算出）。</translation>
    </message>
    <message>
        <source>units sold a minute</source>
        <translation>1分あたりの販売個数</translation>
    </message>
</context>
<context>
    <name>AdviceWords</name>
    <message>
        <source>organic</source>
        <extracomment>the entry channels (protocol keys) as the advice names them</extracomment>
        <translation>オーガニック</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>ダイレクト</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
</context>
</TS>
