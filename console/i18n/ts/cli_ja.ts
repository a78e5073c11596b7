<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Bridge</name>
    <message>
        <source>{path}: no such capture file</source>
        <translation>{path}：キャプチャファイルが見つかりません</translation>
    </message>
    <message>
        <source>nothing to bridge: give --capture FILE or --tiktok @room, and/or --shopify or --shopify-poll</source>
        <translation>ブリッジするものがありません。--capture FILE か --tiktok @room、または --shopify か --shopify-poll を指定してください</translation>
    </message>
    <message>
        <source>--capture and --tiktok are both a video platform&apos;s live: give one</source>
        <translation>--capture と --tiktok はどちらも動画プラットフォームのライブです。どちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--tee goes with --tiktok: it is where the room&apos;s raw messages are written</source>
        <translation>--tee は --tiktok と一緒に使います。ルームの生メッセージの書き込み先です</translation>
    </message>
    <message>
        <source>--shopify-poll needs --plan: the live&apos;s currency and the products the shop&apos;s SKUs map to</source>
        <translation>--shopify-poll には --plan が必要です。ライブの通貨と、ショップのSKUに対応する商品を読み込みます</translation>
    </message>
    <message>
        <source>--shopify needs --plan: the live&apos;s id, currency and the products its SKUs map to</source>
        <translation>--shopify には --plan が必要です。ライブのID、通貨、SKUに対応する商品を読み込みます</translation>
    </message>
    <message>
        <source>--shopify-poll needs --shop DOMAIN: the shop whose paid orders it asks for (like my-shop.myshopify.com)</source>
        <translation>--shopify-poll には --shop DOMAIN が必要です。支払い済み注文を問い合わせるショップです（例：my-shop.myshopify.com）</translation>
    </message>
    <message>
        <source>  tiktok @{handle}, every raw message teed to {path}</source>
        <translation>  tiktok @{handle}、すべての生メッセージを {path} に記録</translation>
    </message>
    <message>
        <source>  capture {path} (speed {speed}x)</source>
        <translation>  キャプチャ {path}（速度 {speed}x）</translation>
    </message>
    <message>
        <source>  shopify webhooks {url} (orders/paid, checkouts/*, carts/*; a cart with no paid order for {minutes} min is abandoned)</source>
        <translation>  shopify Webhook {url}（orders/paid、checkouts/*、carts/*。{minutes}分間支払いのないカートはカゴ落ち）</translation>
    </message>
    <message>
        <source>  shopify paid orders polled from {shop} every {seconds} s (Admin API, read_orders; from {minutes} min before the live&apos;s start)</source>
        <translation>  shopify の支払い済み注文を {shop} から {seconds}秒ごとに取得（Admin API、read_orders。ライブ開始の{minutes}分前から）</translation>
    </message>
    <message>
        <source>--shop needs --plan: the products its discounts name (platform_ids)</source>
        <translation>--shop には --plan が必要です。割引の対象商品を読み込みます（platform_ids）</translation>
    </message>
    <message>
        <source>  flash offers: automatic discounts on {shop} (Admin API; token from the environment)</source>
        <translation>  タイムセール：{shop} の自動割引（Admin API。トークンは環境変数から）</translation>
    </message>
    <message>
        <source>  actions: steps by hand in the platforms&apos; apps, on the charts once confirmed (POST /v1/actions/ACTION_ID/confirm)</source>
        <translation>  アクション：各プラットフォームのアプリで手動で実行、確認後にチャートへ反映（POST /v1/actions/ACTION_ID/confirm）</translation>
    </message>
    <message>
        <source>no action {kind}</source>
        <extracomment>The routes the operator&apos;s &quot;done&quot; and &quot;not done&quot; take (served by the bridge; docs/bridge.md, &quot;Actions&quot;).</extracomment>
        <translation>アクション {kind} はありません</translation>
    </message>
    <message>
        <source>an offer is already running on {product} (confirmed as {action})</source>
        <translation>{product} ではすでにタイムセールが実行中です（{action} として確認済み）</translation>
    </message>
    <message>
        <source>In TikTok Shop Seller Center: create a flash deal on {product} at {pct}% off, {price} {currency} instead of {list_price} {currency}, for {span}, starting now.</source>
        <translation>TikTok Shop Seller Centerで：{product} のタイムセールを作成してください。{pct}%オフ、{list_price} {currency} のところ {price} {currency}、期間 {span}、今すぐ開始。</translation>
    </message>
    <message>
        <source>In TikTok LIVE Studio: pin product {product}.</source>
        <translation>TikTok LIVE Studioで：商品 {product} をピン留めしてください。</translation>
    </message>
    <message>
        <source>the plan has no segment {segment}</source>
        <translation>プランにコーナー {segment} はありません</translation>
    </message>
    <message>
        <source>Tell the host: go to script segment &apos;{title}&apos; ({segment}), with the product demonstration.</source>
        <translation>配信者に伝えてください：台本コーナー「{title}」（{segment}）へ進み、商品を実演します。</translation>
    </message>
    <message>
        <source>Tell the host: go to script segment &apos;{title}&apos; ({segment}).</source>
        <translation>配信者に伝えてください：台本コーナー「{title}」（{segment}）へ進みます。</translation>
    </message>
    <message>
        <source>the plan has no kit {kit}</source>
        <translation>プランにセット販売 {kit} はありません</translation>
    </message>
    <message>
        <source>In TikTok Shop Seller Center: create a product bundle &apos;{name}&apos; (kit {kit}) at {price} {currency} with {items}.</source>
        <translation>TikTok Shop Seller Centerで：セット商品「{name}」（セット {kit}）を {price} {currency} で作成してください。内容：{items}。</translation>
    </message>
    <message>
        <source>In TikTok LIVE Studio: add the bundle &apos;{name}&apos; to the LIVE and pin it.</source>
        <translation>TikTok LIVE Studioで：セット商品「{name}」をLIVEに追加してピン留めしてください。</translation>
    </message>
    <message>
        <source>{action} was recorded as not done ({reason}): start it again instead</source>
        <translation>{action} は未実行として記録されています（{reason}）。もう一度始めてください</translation>
    </message>
    <message>
        <source>{action} was recorded as not done: start it again instead</source>
        <translation>{action} は未実行として記録されています。もう一度始めてください</translation>
    </message>
    <message>
        <source>{action} was already confirmed done</source>
        <translation>{action} はすでに実行済みとして確認されています</translation>
    </message>
    <message>
        <source>no action {action} waits to be done by hand</source>
        <translation>手動での実行を待っているアクション {action} はありません</translation>
    </message>
    <message>
        <source>the plan has no product {product}</source>
        <translation>プランに商品 {product} はありません</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (TikTok id {ident})</source>
        <translation>「{name}」（TikTok ID {ident}）</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; (plan product {product}; the plan has no TikTok id for it)</source>
        <translation>「{name}」（プランの商品 {product}。プランにTikTok IDがありません）</translation>
    </message>
    <message>
        <source>{minutes} min ({seconds} s)</source>
        <translation>{minutes}分（{seconds}秒）</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>{path}:{line}: not a journal record (the journal is damaged)</source>
        <translation>{path}:{line}：ジャーナルの記録ではありません（ジャーナルが壊れています）</translation>
    </message>
    <message>
        <source>the bridge has no plan to describe a {kind} by: do it by hand in the platform&apos;s app (start the bridge with --plan)</source>
        <translation>ブリッジには {kind} を説明するためのプランがありません。プラットフォームのアプリで手動で実行してください（ブリッジは --plan を付けて起動します）</translation>
    </message>
    <message>
        <source>no Shopify Admin API token: set {env} (never on the command line)</source>
        <extracomment>`Resolve(product_id)`: the Shopify GIDs of a plan product (the plan&apos;s `platform_ids`): product GIDs (`gid://shopify/Product/1`) put the whole product on offer, variant GIDs (`gid://shopify/ProductVariant/2`) only those variants. Empty when the plan does not map the product to the shop. How long throttling may hold one action, in all: the console&apos;s action client gives an attempt 5 s.</extracomment>
        <translation>Shopify Admin APIトークンがありません。{env} を設定してください（コマンドラインには書きません）</translation>
    </message>
    <message>
        <source>an offer is already running on {product} (Shopify discount {discount} until {until})</source>
        <translation>{product} ではすでにタイムセールが実行中です（Shopifyの割引 {discount}、{until} まで）</translation>
    </message>
    <message>
        <source>look in the Shopify admin, Discounts, for “{title}” before starting this offer again (end it there if it is not wanted)</source>
        <translation>このタイムセールを再開する前に、Shopify管理画面の「ディスカウント」で「{title}」を確認してください（不要ならそこで終了してください）</translation>
    </message>
    <message>
        <source>no discount was created</source>
        <translation>割引は作成されていません</translation>
    </message>
    <message>
        <source>Shopify refused the discount</source>
        <translation>Shopifyが割引を拒否しました</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer names no discount: {doubt}</source>
        <translation>Shopifyの応答に割引が含まれていません。{doubt}</translation>
    </message>
    <message>
        <source>no Shopify discount was made for {action}</source>
        <translation>{action} のShopify割引は作成されていません</translation>
    </message>
    <message>
        <source>it may have ended; look in the Shopify admin, Discounts, for “{title}”, or try again</source>
        <translation>終了している可能性があります。Shopify管理画面の「ディスカウント」で「{title}」を確認するか、もう一度お試しください</translation>
    </message>
    <message>
        <source>the discount is still running</source>
        <translation>割引はまだ有効です</translation>
    </message>
    <message>
        <source>Shopify did not end the discount {discount}</source>
        <translation>Shopifyは割引 {discount} を終了しませんでした</translation>
    </message>
    <message>
        <source>the plan maps no Shopify product or variant to {product} (&apos;{name}&apos;): add it to the plan&apos;s platform_ids; no discount was created</source>
        <translation>プランに {product}（「{name}」）に対応するShopifyの商品・バリエーションがありません。プランの platform_ids に追加してください。割引は作成されていません</translation>
    </message>
    <message>
        <source>{ident} (for {product}) is not a Shopify product or variant id (gid://shopify/Product/... or gid://shopify/ProductVariant/...); no discount was created</source>
        <translation>{ident}（{product} 用）はShopifyの商品IDでもバリエーションIDでもありません（gid://shopify/Product/... または gid://shopify/ProductVariant/...）。割引は作成されていません</translation>
    </message>
    <message>
        <source>the bridge could not reach {shop} ({error}): {nothing_done}; check the network</source>
        <translation>ブリッジが {shop} に接続できませんでした（{error}）。{nothing_done}。ネットワークを確認してください</translation>
    </message>
    <message>
        <source>Shopify did not answer ({error}): {doubt}</source>
        <translation>Shopifyから応答がありません（{error}）。{doubt}</translation>
    </message>
    <message>
        <source>Shopify is throttling this app&apos;s requests: {nothing_done}; try again in {seconds} s</source>
        <translation>Shopifyがこのアプリのリクエストを制限しています。{nothing_done}。{seconds}秒後にもう一度お試しください</translation>
    </message>
    <message>
        <source>Shopify refused the Admin API token (401): it is wrong, revoked or expired; {nothing_done}. Put a valid token in {env} (or its file) and restart the bridge</source>
        <translation>ShopifyがAdmin APIトークンを拒否しました（401）。トークンが誤っているか、取り消されたか、期限切れです。{nothing_done}。有効なトークンを {env}（またはそのファイル）に設定し、ブリッジを再起動してください</translation>
    </message>
    <message>
        <source>the Shopify app may not manage discounts: {nothing_done}. Give the app the write_discounts scope, release that version and install it on the shop again</source>
        <translation>Shopifyアプリに割引を管理する権限がありません。{nothing_done}。アプリに write_discounts スコープを付与し、そのバージョンをリリースしてショップに再インストールしてください</translation>
    </message>
    <message>
        <source>Shopify failed (HTTP {status}): {doubt}</source>
        <translation>Shopifyでエラーが発生しました（HTTP {status}）。{doubt}</translation>
    </message>
    <message>
        <source>Shopify answered HTTP {status}: {nothing_done}; check the shop ({shop}) and the API version ({version})</source>
        <translation>ShopifyがHTTP {status} を返しました。{nothing_done}。ショップ（{shop}）とAPIバージョン（{version}）を確認してください</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer could not be read: {doubt}</source>
        <translation>Shopifyの応答を読み取れませんでした。{doubt}</translation>
    </message>
    <message>
        <source>Shopify refused the request ({said}): {nothing_done}</source>
        <translation>Shopifyがリクエストを拒否しました（{said}）。{nothing_done}</translation>
    </message>
    <message>
        <source>Shopify&apos;s answer has no {name}: {doubt}</source>
        <translation>Shopifyの応答に {name} がありません。{doubt}</translation>
    </message>
    <message>
        <source>cannot read the {what} file {path}: {reason}</source>
        <translation>{what}のファイル {path} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>the {what} file {path} is empty</source>
        <translation>{what}のファイル {path} が空です</translation>
    </message>
    <message>
        <source>no {what}: set {env}, or {file_env} to a file that holds it (never on the command line)</source>
        <translation>{what}がありません。{env} を設定するか、{file_env} にそれを含むファイルを指定してください（コマンドラインには書きません）</translation>
    </message>
    <message>
        <source>Shopify client secret</source>
        <translation>Shopifyクライアントシークレット</translation>
    </message>
    <message>
        <source>Shopify Admin API token</source>
        <translation>Shopify Admin APIトークン</translation>
    </message>
    <message>
        <source>no Shopify client id: set {env}</source>
        <translation>ShopifyクライアントIDがありません。{env} を設定してください</translation>
    </message>
    <message>
        <source>the shop must be its myshopify.com domain (like my-shop.myshopify.com), not {shop}</source>
        <translation>ショップは myshopify.com ドメインで指定してください（例：my-shop.myshopify.com）。{shop} は使えません</translation>
    </message>
    <message>
        <source>a Shopify endpoint must be https (plain http only on loopback)</source>
        <translation>Shopifyのエンドポイントは https である必要があります（http はループバックのみ）</translation>
    </message>
    <message>
        <source>{text} is not a TikTok @handle (letters, digits, &apos;_&apos; and &apos;.&apos;), such as @shop_live</source>
        <extracomment>a TikTok @handle: letters, digits, &quot;_&quot; and &quot;.&quot; (TikTok allows 2 to 24; one more either way is not ours to refuse)</extracomment>
        <translation>{text} はTikTokの@ハンドルではありません（英字・数字・&apos;_&apos;・&apos;.&apos;、例：@shop_live）</translation>
    </message>
    <message>
        <source>TikTok sign API key</source>
        <translation>TikTok署名APIキー</translation>
    </message>
    <message>
        <source>no message for {seconds} s</source>
        <translation>{seconds}秒間メッセージがありません</translation>
    </message>
    <message>
        <source>connection lost ({error})</source>
        <translation>接続が切れました（{error}）</translation>
    </message>
    <message>
        <source>cannot connect to @{handle}&apos;s live: {error}</source>
        <translation>@{handle} のライブに接続できません：{error}</translation>
    </message>
    <message>
        <source>the TikTok source needs the TikTokLive library, an optional extra of live-console: install it with  {command}  (from the live-console checkout)</source>
        <translation>TikTokソースには live-console のオプション機能である TikTokLive ライブラリが必要です。live-console のチェックアウトで  {command}  を実行してインストールしてください</translation>
    </message>
    <message>
        <source>TikTokLive {version} is installed; the bridge reads messages the way TikTokLive {major}.x gives them: {command} installs a {major}.x</source>
        <translation>TikTokLive {version} がインストールされています。ブリッジは TikTokLive {major}.x の形式でメッセージを読みます。{command} で {major}.x をインストールしてください</translation>
    </message>
    <message>
        <source>@{handle} is not live now (TikTok says the room is offline): start the bridge once the live has begun</source>
        <translation>@{handle} は現在ライブ配信していません（TikTokによるとルームはオフラインです）。ライブが始まってからブリッジを起動してください</translation>
    </message>
    <message>
        <source>@{handle}: TikTok knows no such account, or one that cannot go LIVE: check the @handle</source>
        <translation>@{handle}：TikTokにそのアカウントがないか、LIVE配信できないアカウントです。@ハンドルを確認してください</translation>
    </message>
    <message>
        <source>@{handle}&apos;s live is age-restricted: only a logged-in TikTok session can watch it, and the bridge does not log in</source>
        <translation>@{handle} のライブは年齢制限付きです。ログインしたTikTokセッションでしか視聴できず、ブリッジはログインしません</translation>
    </message>
    <message>
        <source>the signing service refused another connection for now (rate limit); a sign API key in {env} raises the limit</source>
        <translation>署名サービスが現在これ以上の接続を拒否しています（レート制限）。{env} に署名APIキーを設定すると上限が上がります</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <source>journal {path} was written for {theirs}, not {ours}: the same seqs would carry different events</source>
        <translation>ジャーナル {path} は {theirs} 用に書かれたもので、{ours} 用ではありません。同じ seq が別のイベントを指してしまいます</translation>
    </message>
    <message>
        <source>live-console: the demo simulator stopped by itself (exit {code}):
{tail}</source>
        <translation>live-console：デモ用シミュレーターが単独で停止しました（終了コード {code}）：
{tail}</translation>
    </message>
    <message>
        <source>an offer is already running on {product}</source>
        <extracomment>the scripted scenario, if any (console/studio/scenarios.py); `_f` holds its factors for this tick</extracomment>
        <translation>{product} ではすでにタイムセールが実行中です</translation>
    </message>
    <message>
        <source>{product} is sold out</source>
        <translation>{product} は完売です</translation>
    </message>
    <message>
        <source>unknown segment {segment}</source>
        <translation>不明なコーナー {segment}</translation>
    </message>
    <message>
        <source>segment {segment} is already on air</source>
        <translation>コーナー {segment} はすでに配信中です</translation>
    </message>
    <message>
        <source>unknown kit {kit}</source>
        <translation>不明なセット販売 {kit}</translation>
    </message>
    <message>
        <source>kit {kit} is already live</source>
        <translation>セット販売 {kit} はすでに実施中です</translation>
    </message>
    <message>
        <source>kit item {product} is sold out</source>
        <translation>セット販売の商品 {product} は完売です</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>ライブは終了しました</translation>
    </message>
    <message>
        <source>unknown product {product}</source>
        <translation>不明な商品 {product}</translation>
    </message>
    <message>
        <source>realistic noise and no pattern: bursts, dips, segment changes, the run of show</source>
        <translation>パターンなしのリアルなノイズ：急増、落ち込み、コーナー切り替え、進行表どおりの展開</translation>
    </message>
    <message>
        <source>the room cools: clicks per view -50 %, carts per click -25 %, orders per cart -20 % over 30 s, until a flash offer or kit</source>
        <translation>場が冷える：視聴あたりクリック -50%、クリックあたりカート -25%、カートあたり注文 -20%（30秒かけて）、タイムセールかセット販売まで続く</translation>
    </message>
    <message>
        <source>the high-ticket product is presented; then orders per cart fall 80 % for it and 65 % for the others (abandonment 45 % -&gt; 80 %) for 12 min</source>
        <translation>高単価商品を紹介。その後12分間、カートあたり注文がその商品で80%、他の商品で65%減少（カゴ落ち 45% -&gt; 80%）</translation>
    </message>
    <message>
        <source>a demonstration segment holds viewers: leave rate -38 % while it is on air</source>
        <translation>実演コーナーが視聴者を引き留める：配信中の離脱率 -38%</translation>
    </message>
    <message>
        <source>a lightning sale: a limited lot of a featured product on offer with a demand surge, enough for about 5 minutes</source>
        <translation>タイムセール：目玉商品の限定数をセール、需要が急増して約5分で売り切れる量</translation>
    </message>
    <message>
        <source>the platform stops pushing the live: organic arrivals -70 % over 30 s, for the rest of the live</source>
        <translation>プラットフォームがライブのおすすめ表示を止める：自然流入 -70%（30秒かけて）、ライブ終了まで続く</translation>
    </message>
    <message>
        <source>a featured product still draws views and clicks but carts per click -93 % and orders per cart -50 % (a wrong variant on its page)</source>
        <translation>目玉商品は閲覧もクリックも集めるが、クリックあたりカート -93%、カートあたり注文 -50%（商品ページのバリエーション誤り）</translation>
    </message>
    <message>
        <source>{summary} ({subject})</source>
        <translation>{summary}（{subject}）</translation>
    </message>
    <message>
        <source>{summary} at {time}</source>
        <translation>{summary}、{time} から</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (its gettext msgids, Python 3.11+), so that `--help` and a usage error read in one language; their %s and %(name)s stay as they are in every translation</extracomment>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>バージョンを表示して終了します</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数を指定してください：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択肢：%(value)r（選択肢：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s として無効な値：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を1つ指定してください</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値を1つ以上指定してください</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と同時には使えません</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション：%(option)s は %(matches)s のいずれにも当てはまります</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>must be &gt; 0, got {value}</source>
        <translation>0より大きい値にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>Command line of live-console: demo, live, replay, report, the library of lives and the studio simulator.</source>
        <translation>live-console のコマンドライン：デモ、ライブ、リプレイ、レポート、ライブ履歴ライブラリ、スタジオシミュレーター。</translation>
    </message>
    <message>
        <source>run the studio simulator: a Studio Feed Protocol v1 server</source>
        <translation>スタジオシミュレーターを起動（Studio Feed Protocol v1 サーバー）</translation>
    </message>
    <message>
        <source>Run the studio simulator. The token comes from the {env} environment variable; if unset, one is generated and printed.</source>
        <translation>スタジオシミュレーターを起動します。トークンは環境変数 {env} から読みます。未設定なら生成して表示します。</translation>
    </message>
    <message>
        <source>address to bind (default: loopback only)</source>
        <translation>待ち受けるアドレス（既定：ループバックのみ）</translation>
    </message>
    <message>
        <source>port (0 picks a free one; default 8765)</source>
        <translation>ポート（0で空きポートを選択。既定 8765）</translation>
    </message>
    <message>
        <source>session plan TOML (default: the demo plan)</source>
        <translation>配信プランのTOML（既定：デモ用プラン）</translation>
    </message>
    <message>
        <source>random seed: same seed, same live (default 7)</source>
        <translation>乱数シード：同じシードなら同じライブ（既定 7）</translation>
    </message>
    <message>
        <source>live seconds per wall second (default 1; 60 = one live hour per minute)</source>
        <translation>実時間1秒あたりのライブ秒数（既定 1。60 なら1分でライブ1時間）</translation>
    </message>
    <message>
        <source>audience multiplier (default 1, 6 with --scenario; 10 = a top live)</source>
        <translation>視聴者数の倍率（既定 1、--scenario 指定時 6。10 でトップクラスのライブ）</translation>
    </message>
    <message>
        <source>journal file: a restarted simulator resumes the same live</source>
        <translation>ジャーナルファイル：再起動したシミュレーターが同じライブを続けます</translation>
    </message>
    <message>
        <source>events kept for resume (default 2,000,000)</source>
        <translation>再開用に保持するイベント数（既定 2,000,000）</translation>
    </message>
    <message>
        <source>write {host, port, feed, api} as JSON once listening</source>
        <translation>待ち受け開始後に {host, port, feed, api} をJSONで書き出す</translation>
    </message>
    <message>
        <source>serve a real platform&apos;s live as a Studio Feed Protocol v1 feed</source>
        <translation>実際のプラットフォームのライブを Studio Feed Protocol v1 フィードとして配信</translation>
    </message>
    <message>
        <source>The platform bridge (docs/bridge.md): what real platforms say, served to the console exactly as the simulator serves its live. The feed token comes from the {env} environment variable; if unset, one is generated and printed.</source>
        <translation>プラットフォームブリッジ（docs/bridge.md）：実際のプラットフォームからの情報を、シミュレーターと同じ形でコンソールに届けます。フィードのトークンは環境変数 {env} から読みます。未設定なら生成して表示します。</translation>
    </message>
    <message>
        <source>replay a recorded capture (NDJSON, docs/bridge.md)</source>
        <translation>記録済みキャプチャを再生（NDJSON、docs/bridge.md）</translation>
    </message>
    <message>
        <source>receive the shop&apos;s webhooks (secret from LIVE_CONSOLE_SHOPIFY_SECRET or LIVE_CONSOLE_SHOPIFY_SECRET_FILE; needs --plan)</source>
        <translation>ショップのWebhookを受信（シークレットは LIVE_CONSOLE_SHOPIFY_SECRET か LIVE_CONSOLE_SHOPIFY_SECRET_FILE から。--plan が必要）</translation>
    </message>
    <message>
        <source>my-shop.myshopify.com: flash offers become the shop&apos;s automatic discounts, and --shopify-poll asks it for paid orders (Admin API token from LIVE_CONSOLE_SHOPIFY_TOKEN or ..._TOKEN_FILE)</source>
        <translation>my-shop.myshopify.com：タイムセールがショップの自動割引になり、--shopify-poll で支払い済み注文を取得します（Admin APIトークンは LIVE_CONSOLE_SHOPIFY_TOKEN か ..._TOKEN_FILE から）</translation>
    </message>
    <message>
        <source>ask the shop&apos;s Admin API for paid orders every few seconds: no tunnel needed, no carts (needs --shop, --plan and the token; with --shopify, an order both bring counts once)</source>
        <translation>数秒ごとにショップのAdmin APIへ支払い済み注文を問い合わせる：トンネル不要、カート情報なし（--shop、--plan とトークンが必要。--shopify と併用すると、両方から届いた注文は1件として数えます）</translation>
    </message>
    <message>
        <source>with --shopify-poll: seconds between polls (default 10)</source>
        <translation>--shopify-poll 使用時：問い合わせ間隔の秒数（既定 10）</translation>
    </message>
    <message>
        <source>with --shopify-poll: orders paid up to this many minutes before the live&apos;s start count (default 2)</source>
        <translation>--shopify-poll 使用時：ライブ開始の何分前までの支払い済み注文を数えるか（既定 2）</translation>
    </message>
    <message>
        <source>address of the webhook port (default loopback: a tunnel brings Shopify&apos;s deliveries to it, docs/bridge.md)</source>
        <translation>Webhookポートのアドレス（既定はループバック。トンネルでShopifyからの配信を届けます。docs/bridge.md）</translation>
    </message>
    <message>
        <source>webhook port (0 picks a free one; default 8766)</source>
        <translation>Webhookポート（0で空きポートを選択。既定 8766）</translation>
    </message>
    <message>
        <source>a cart with no paid order this many minutes after its last change is abandoned (default 30)</source>
        <translation>最後の変更からこの分数が過ぎても支払いのないカートをカゴ落ちとみなす（既定 30）</translation>
    </message>
    <message>
        <source>count the shop&apos;s test orders (Shopify&apos;s test: true) as the live&apos;s: for a rehearsal; a live never does (they are kept out and counted in /v1/state as &apos;test order&apos;)</source>
        <translation>ショップのテスト注文（Shopifyの test: true）をライブの注文として数える：リハーサル用。本番では数えません（除外され、/v1/state に &apos;test order&apos; として記録）</translation>
    </message>
    <message>
        <source>a TikTok LIVE room, live (the extra: pip install -e &apos;.[tiktok]&apos;; a sign API key, if any, from LIVE_CONSOLE_TIKTOK_SIGN_KEY or ..._FILE)</source>
        <translation>TikTok LIVEのルームをリアルタイムで（追加機能：pip install -e &apos;.[tiktok]&apos;。署名APIキーがあれば LIVE_CONSOLE_TIKTOK_SIGN_KEY か ..._FILE から）</translation>
    </message>
    <message>
        <source>with --tiktok: the capture every raw message is appended to (default: beside --journal, else tiktok-&lt;room&gt;-&lt;UTC time&gt;.capture.ndjson here)</source>
        <translation>--tiktok 使用時：すべての生メッセージを追記するキャプチャ（既定：--journal の隣、なければこの場所の tiktok-&lt;room&gt;-&lt;UTC time&gt;.capture.ndjson）</translation>
    </message>
    <message>
        <source>replay speed (default 1: as recorded)</source>
        <translation>再生速度（既定 1：記録どおり）</translation>
    </message>
    <message>
        <source>session plan TOML: the live&apos;s id, title, currency and products</source>
        <translation>配信プランのTOML：ライブのID、タイトル、通貨、商品</translation>
    </message>
    <message>
        <source>journal file: a restarted bridge serves the same seqs</source>
        <translation>ジャーナルファイル：再起動したブリッジが同じ seq を配信します</translation>
    </message>
    <message>
        <source>start the simulator on a free loopback port and open the console on it</source>
        <translation>空いているループバックポートでシミュレーターを起動し、コンソールを開く</translation>
    </message>
    <message>
        <source>The whole console on the built-in studio simulator: nothing to configure. Every event and action is recorded to a session file (see --session).</source>
        <translation>内蔵のスタジオシミュレーターでコンソール全体を動かします。設定は不要です。すべてのイベントとアクションはセッションファイルに記録されます（--session を参照）。</translation>
    </message>
    <message>
        <source>simulator seed (default 7)</source>
        <translation>シミュレーターのシード（既定 7）</translation>
    </message>
    <message>
        <source>simulated live seconds per second (default 5)</source>
        <translation>1秒あたりのシミュレーション上のライブ秒数（既定 5）</translation>
    </message>
    <message>
        <source>replay a recorded live: the same window, a timeline, actions off</source>
        <translation>記録したライブをリプレイ：同じ画面にタイムライン付き、アクションは無効</translation>
    </message>
    <message>
        <source>Opens the session file read-only. Keys: Space play/pause, Left/Right 10 s, PgUp/PgDn previous/next action, N add a review note.</source>
        <translation>セッションファイルを読み取り専用で開きます。キー：Space 再生/一時停止、←/→ 10秒移動、PgUp/PgDn 前/次のアクション、N 振り返りメモを追加。</translation>
    </message>
    <message>
        <source>session file (.db) recorded by demo or live</source>
        <translation>demo か live で記録したセッションファイル（.db）</translation>
    </message>
    <message>
        <source>start at MM:SS into the live, or at a percentage (50%%)</source>
        <translation>ライブの MM:SS の位置、または割合（50%%）から開始</translation>
    </message>
    <message>
        <source>replay speed (default 10x)</source>
        <translation>再生速度（既定 10x）</translation>
    </message>
    <message>
        <source>start playing at once</source>
        <translation>すぐに再生を開始</translation>
    </message>
    <message>
        <source>no display needed (Qt offscreen platform)</source>
        <translation>ディスプレイ不要（Qt offscreen プラットフォーム）</translation>
    </message>
    <message>
        <source>quit cleanly after this many seconds</source>
        <translation>この秒数が経ったら正常終了</translation>
    </message>
    <message>
        <source>save the window just before quitting</source>
        <translation>終了直前にウィンドウのスクリーンショットを保存</translation>
    </message>
    <message>
        <source>connect the console to a real Studio Feed Protocol v1 feed</source>
        <translation>コンソールを実際の Studio Feed Protocol v1 フィードに接続</translation>
    </message>
    <message>
        <source>Token from the {env} environment variable or --token-file; never on the command line.</source>
        <translation>トークンは環境変数 {env} か --token-file から読みます。コマンドラインには書きません。</translation>
    </message>
    <message>
        <source>feed WebSocket URL, e.g. wss://host/v1/events, or a live on the bus: nats://HOST:PORT/LIVE_ID (tls:// off loopback; docs/bus.md)</source>
        <translation>フィードのWebSocket URL（例：wss://host/v1/events）、またはバス上のライブ：nats://HOST:PORT/LIVE_ID（ループバック以外は tls://。docs/bus.md）</translation>
    </message>
    <message>
        <source>action API base URL, e.g. https://host/v1 (for a live on the bus: the one its producer registered, unless given)</source>
        <translation>アクションAPIのベースURL（例：https://host/v1。バス上のライブでは、指定がなければプロデューサーが登録したもの）</translation>
    </message>
    <message>
        <source>session plan TOML (optional: products are discovered from the feed)</source>
        <translation>配信プランのTOML（省略可：商品はフィードから取得）</translation>
    </message>
    <message>
        <source>file holding the token (else ${env})</source>
        <translation>トークンを含むファイル（なければ ${env}）</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM) to trust for wss:// and https:// (certificates are always verified; there is no way to turn that off)</source>
        <translation>wss:// と https:// で信頼する追加のCA証明書（PEM）（証明書は常に検証され、無効にする方法はありません）</translation>
    </message>
    <message>
        <source>the host view: big type for a tablet or a monitor beside the camera</source>
        <translation>配信者ビュー：カメラ横のタブレットやモニター向けの大きな文字表示</translation>
    </message>
    <message>
        <source>The segment on air and its talking points, the product on screen with its price and stock, the offer&apos;s countdown, the next cue and the advice for the host, read from two metres (docs/host.md). It fires nothing and records nothing. Token from the {env} environment variable or --token-file. Esc or Ctrl+Q closes it, F11 toggles full screen.</source>
        <translation>配信中のコーナーとトークポイント、紹介中の商品と価格・在庫、タイムセールの残り時間、次のキュー、配信者へのアドバイスを2メートル先から読める大きさで表示します（docs/host.md）。アクションの実行も記録も行いません。トークンは環境変数 {env} か --token-file から読みます。Esc または Ctrl+Q で閉じ、F11 で全画面を切り替えます。</translation>
    </message>
    <message>
        <source>feed URL, as for `live`: wss://host/v1/events or nats://HOST:PORT/LIVE_ID</source>
        <translation>フィードURL（`live` と同じ）：wss://host/v1/events または nats://HOST:PORT/LIVE_ID</translation>
    </message>
    <message>
        <source>the live&apos;s action API, as for `live` (checked, never called: the host view fires nothing)</source>
        <translation>ライブのアクションAPI（`live` と同じ。確認のみで呼び出しません。配信者ビューは何も実行しません）</translation>
    </message>
    <message>
        <source>session plan TOML: segments, talking points, cues (for a live on the bus: the one its producer registered, unless given)</source>
        <translation>配信プランのTOML：コーナー、トークポイント、キュー（バス上のライブでは、指定がなければプロデューサーが登録したもの）</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM) to trust, as for `live`</source>
        <translation>信頼する追加のCA証明書（PEM）（`live` と同じ）</translation>
    </message>
    <message>
        <source>save the view just before quitting</source>
        <translation>終了直前にビューのスクリーンショットを保存</translation>
    </message>
    <message>
        <source>the studio wall: every live on the bus at a glance</source>
        <translation>スタジオウォール：バス上の全ライブを一覧</translation>
    </message>
    <message>
        <source>One tile per live on the bus: viewers, GMV against goal, orders per minute, feed health, open advice; ordered by what needs attention. A click (or Enter) opens that live&apos;s console (a producer&apos;s seat); a live that ends moves to the finished row with its report (docs/wall.md). Bus credentials from LIVE_CONSOLE_NATS_* (docs/bus.md). Esc or Ctrl+Q closes it, F11 full screen.</source>
        <translation>バス上のライブごとに1枚のタイル：視聴者数、目標に対するGMV（流通総額）、毎分の注文数、フィードの状態、未対応のアドバイス。対応が必要な順に並びます。クリック（または Enter）でそのライブのコンソールを開きます（プロデューサー席）。終了したライブはレポート付きで終了済みの列に移ります（docs/wall.md）。バスの認証情報は LIVE_CONSOLE_NATS_* から（docs/bus.md）。Esc または Ctrl+Q で閉じ、F11 で全画面。</translation>
    </message>
    <message>
        <source>the bus: nats://HOST:PORT on loopback, tls://HOST:PORT elsewhere (several servers comma-separated)</source>
        <translation>バス：ループバックでは nats://HOST:PORT、それ以外は tls://HOST:PORT（複数サーバーはカンマ区切り）</translation>
    </message>
    <message>
        <source>the wall&apos;s own session file of each live (for its report; default: ~/.local/share/live-console/wall)</source>
        <translation>ウォールが各ライブについて持つセッションファイル（レポート用。既定：~/.local/share/live-console/wall）</translation>
    </message>
    <message>
        <source>the seat name of the consoles opened from the wall (default: the OS user)</source>
        <translation>ウォールから開いたコンソールの席名（既定：OSのユーザー名）</translation>
    </message>
    <message>
        <source>handed to the consoles opened from the wall (else they read ${env})</source>
        <translation>ウォールから開いたコンソールに渡す（なければ各コンソールが ${env} を読みます）</translation>
    </message>
    <message>
        <source>save the wall just before quitting</source>
        <translation>終了直前にウォールのスクリーンショットを保存</translation>
    </message>
    <message>
        <source>write the post-live report of a session file (HTML, PNG charts, CSV)</source>
        <translation>セッションファイルから配信後レポートを作成（HTML、PNGチャート、CSV）</translation>
    </message>
    <message>
        <source>Write report.html, charts/*.png and tables/*.csv for a recorded live.</source>
        <translation>記録したライブの report.html、charts/*.png、tables/*.csv を書き出します。</translation>
    </message>
    <message>
        <source>session file (.db) of the live</source>
        <translation>ライブのセッションファイル（.db）</translation>
    </message>
    <message>
        <source>folder to write the report into</source>
        <translation>レポートの書き出し先フォルダー</translation>
    </message>
    <message>
        <source>another live&apos;s session file to compare with</source>
        <translation>比較する別のライブのセッションファイル</translation>
    </message>
    <message>
        <source>the library of lives: add session files, list them, check them</source>
        <translation>ライブ履歴ライブラリ：セッションファイルの追加・一覧・確認</translation>
    </message>
    <message>
        <source>The library of lives (docs/library.md): a catalogue row and Parquet tables per live, read by history, playbook and plan suggest.</source>
        <translation>ライブ履歴ライブラリ（docs/library.md）：ライブごとにカタログの1行とParquetテーブルを持ち、history、playbook、plan suggest が読み込みます。</translation>
    </message>
    <message>
        <source>add session files (the same file again changes nothing)</source>
        <translation>セッションファイルを追加（同じファイルを再追加しても変化なし）</translation>
    </message>
    <message>
        <source>Add session files to the library; each file&apos;s outcome is printed.</source>
        <translation>セッションファイルをライブラリに追加し、ファイルごとの結果を表示します。</translation>
    </message>
    <message>
        <source>session file (.db) of a live</source>
        <translation>ライブのセッションファイル（.db）</translation>
    </message>
    <message>
        <source>tag these lives (repeatable), besides their plan&apos;s [live] tags</source>
        <translation>これらのライブにタグを付ける（複数指定可）。プランの [live] のタグに追加されます</translation>
    </message>
    <message>
        <source>the lives in the library, the earliest first</source>
        <translation>ライブラリ内のライブ（古い順）</translation>
    </message>
    <message>
        <source>say which lives&apos; session files moved or are missing</source>
        <translation>セッションファイルが移動・消失したライブを表示</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD, got {value}</source>
        <translation>YYYY-MM-DD 形式の日付にしてください（指定値：{value}）</translation>
    </message>
    <message>
        <source>{role} (default: ~/.local/share/live-console/library, under $XDG_DATA_HOME when set)</source>
        <translation>{role}（既定：~/.local/share/live-console/library。$XDG_DATA_HOME が設定されていればその下）</translation>
    </message>
    <message>
        <source>the library folder</source>
        <translation>ライブラリのフォルダー</translation>
    </message>
    <message>
        <source>the rules the library&apos;s lives support, with their evidence</source>
        <translation>ライブラリのライブが裏付けるルールとその根拠</translation>
    </message>
    <message>
        <source>Write playbook.html and playbook.json: each rule the lives support (actions, segments, minutes, products, channels, buyers) with the lives and numbers behind it, how sure it is, and what a rule not settled yet still needs.</source>
        <translation>playbook.html と playbook.json を書き出します：ライブが裏付ける各ルール（アクション、コーナー、時間帯、商品、流入経路、購入者）と、その根拠となるライブと数値、確からしさ、まだ確定していないルールに足りないもの。</translation>
    </message>
    <message>
        <source>folder to write the playbook into</source>
        <translation>プレイブックの書き出し先フォルダー</translation>
    </message>
    <message>
        <source>only lives from this date on (YYYY-MM-DD)</source>
        <translation>この日付以降のライブのみ（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>only lives of this plan (its live title, in any case, or its text&apos;s SHA-256)</source>
        <translation>このプランのライブのみ（ライブのタイトル（大文字小文字は区別しない）、またはプラン本文のSHA-256）</translation>
    </message>
    <message>
        <source>only lives with this tag (repeatable: lives with every one)</source>
        <translation>このタグの付いたライブのみ（複数指定可：すべてのタグを持つライブ）</translation>
    </message>
    <message>
        <source>work on a session plan: suggest the next one from the library</source>
        <translation>配信プランの作業：ライブラリから次のプランを提案</translation>
    </message>
    <message>
        <source>Session plans (docs/plan.md).</source>
        <translation>配信プラン（docs/plan.md）。</translation>
    </message>
    <message>
        <source>draft the next plan from the lives of this one, every change commented</source>
        <translation>このプランのライブから次のプランの下書きを作成（変更点ごとにコメント付き）</translation>
    </message>
    <message>
        <source>Write a draft of the next plan: goals, segment order, cues, stock and kits from the library&apos;s lives of the same plan, each change commented with its evidence. With too few such lives the plan is kept as it is, and the draft says how many more it needs.</source>
        <translation>次のプランの下書きを書き出します：同じプランのライブラリ内のライブから、目標、コーナーの順番、キュー、在庫、セット販売を決め、変更点ごとに根拠をコメントします。該当するライブが少なすぎる場合はプランをそのまま残し、あと何本必要かを下書きに記します。</translation>
    </message>
    <message>
        <source>the plan to start from</source>
        <translation>元にするプラン</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>書き出す下書き</translation>
    </message>
    <message>
        <source>the page to read before planning the next live: the library&apos;s lives together (HTML, PNG charts, CSV)</source>
        <translation>次のライブを計画する前に読むページ：ライブラリのライブをまとめて表示（HTML、PNGチャート、CSV）</translation>
    </message>
    <message>
        <source>Write history.html, charts/*.png and tables/*.csv: goals, minute curves, segments, products, channels, buyers and which actions work, across the library&apos;s lives; --compare sets lives side by side over the same minutes.</source>
        <translation>history.html、charts/*.png、tables/*.csv を書き出します：ライブラリのライブ全体の目標、分単位の推移、コーナー、商品、流入経路、購入者、効果のあったアクション。--compare で同じ時間帯のライブを並べて比較します。</translation>
    </message>
    <message>
        <source>only lives of this plan (its live title)</source>
        <translation>このプランのライブのみ（ライブのタイトル）</translation>
    </message>
    <message>
        <source>only lives with this tag (repeatable: every tag given)</source>
        <translation>このタグの付いたライブのみ（複数指定可：指定したすべてのタグ）</translation>
    </message>
    <message>
        <source>compare these lives (keys, or live ids that one live has) over the minutes every one of them recorded</source>
        <translation>これらのライブ（キー、または1本に特定できるライブID）を、全ライブが記録した時間帯で比較</translation>
    </message>
    <message>
        <source>folder to write the page into</source>
        <translation>ページの書き出し先フォルダー</translation>
    </message>
    <message>
        <source>a scripted live for the advisor (docs/advisor.md): {names}</source>
        <translation>アドバイザー用のシナリオ付きライブ（docs/advisor.md）：{names}</translation>
    </message>
    <message>
        <source>also publish the live to this NATS JetStream bus (nats://HOST:PORT on loopback, tls://HOST:PORT elsewhere; credentials from LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>このNATS JetStreamバスにもライブを公開（ループバックでは nats://HOST:PORT、それ以外は tls://HOST:PORT。認証情報は LIVE_CONSOLE_NATS_* から：docs/bus.md）</translation>
    </message>
    <message>
        <source>copies of the live&apos;s stream on a JetStream cluster (default 1; 3 in production)</source>
        <translation>JetStreamクラスター上のライブのストリームの複製数（既定 1。本番では 3）</translation>
    </message>
    <message>
        <source>how long the bus keeps the live&apos;s events (default 30 days)</source>
        <translation>バスがライブのイベントを保持する期間（既定 30日）</translation>
    </message>
    <message>
        <source>session file to record to (default: ~/.local/share/live-console/sessions/DATE_LIVEID.db; an unfinished one of today is continued)</source>
        <translation>記録先のセッションファイル（既定：~/.local/share/live-console/sessions/DATE_LIVEID.db。今日の未完了のものがあれば続きから記録）</translation>
    </message>
    <message>
        <source>this seat&apos;s name (1-64 characters): on every action it fires, in every seat&apos;s action log (default: the OS user)</source>
        <translation>この席の名前（1〜64文字）：この席が実行する全アクションに付き、全席のアクションログに表示（既定：OSのユーザー名）</translation>
    </message>
    <message>
        <source>operator: fires actions and auto cues (default); producer: the same window read-only, notes and marks only; host: the host view (as `live-console host`)</source>
        <translation>operator：アクションと自動キューを実行（既定）。producer：同じ画面を読み取り専用で、メモとマークのみ。host：配信者ビュー（`live-console host` と同じ）</translation>
    </message>
    <message>
        <source>quit cleanly after this many wall-clock seconds</source>
        <translation>実時間でこの秒数が経ったら正常終了</translation>
    </message>
    <message>
        <source>save the main window just before quitting</source>
        <translation>終了直前にメインウィンドウのスクリーンショットを保存</translation>
    </message>
    <message>
        <source>the library of lives a finished live is added to</source>
        <translation>終了したライブを追加するライブ履歴ライブラリ</translation>
    </message>
    <message>
        <source>do not add this live to the library of lives</source>
        <translation>このライブをライブ履歴ライブラリに追加しない</translation>
    </message>
    <message>
        <source>the console&apos;s language: en, ja, fi or pt_BR (default: the saved choice, else the system&apos;s)</source>
        <translation>コンソールの言語：en、ja、fi、pt_BR（既定：保存した設定、なければシステムの言語）</translation>
    </message>
    <message>
        <source>live-console: bad plan: {problem}</source>
        <translation>live-console：プランに問題があります：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>live-console: bad plan, %n problems:{lines}</source>
        <translation>
            <numerusform>live-console：プランに%n件の問題があります：{lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Studio simulator: {title} (seed {seed}, speed {speed}x), scenario {scenario}: {words}</source>
        <translation>スタジオシミュレーター：{title}（シード {seed}、速度 {speed}x）、シナリオ {scenario}：{words}</translation>
    </message>
    <message>
        <source>Studio simulator: {title} (seed {seed}, speed {speed}x)</source>
        <translation>スタジオシミュレーター：{title}（シード {seed}、速度 {speed}x）</translation>
    </message>
    <message>
        <source>  bus   {url}  (stream {stream})</source>
        <translation>  バス  {url}  （ストリーム {stream}）</translation>
    </message>
    <message>
        <source>  token {token}  (generated; set {env} to choose it)</source>
        <translation>  トークン {token}  （自動生成。{env} を設定すると指定できます）</translation>
    </message>
    <message>
        <source>  token from {env}</source>
        <translation>  トークンは {env} から</translation>
    </message>
    <message>
        <source>Ctrl-C stops it.</source>
        <translation>Ctrl-C で停止します。</translation>
    </message>
    <message>
        <source>Platform bridge: {title} (sends {events})</source>
        <translation>プラットフォームブリッジ：{title}（送信：{events}）</translation>
    </message>
    <message>
        <source>live-console: cannot open a window: {problem}</source>
        <translation>live-console：ウィンドウを開けません：{problem}</translation>
    </message>
    <message>
        <source>live-console demo: {title}, simulator on {url} (speed {speed}x)</source>
        <translation>live-console demo：{title}、シミュレーターは {url}（速度 {speed}x）</translation>
    </message>
    <message>
        <source>cannot read the token file {path}: {reason}</source>
        <translation>トークンファイル {path} を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>the token file {path} is empty</source>
        <translation>トークンファイル {path} が空です</translation>
    </message>
    <message>
        <source>no token: set {env} or pass --token-file (never the token itself)</source>
        <translation>トークンがありません。{env} を設定するか --token-file を指定してください（トークンそのものは渡さないでください）</translation>
    </message>
    <message>
        <source>live {live}&apos;s actions API ({host}) is not on the bus&apos;s host: pass --api with the URL you trust (the token is sent to it)</source>
        <translation>ライブ {live} のアクションAPI（{host}）はバスのホスト上にありません。信頼できるURLを --api で指定してください（トークンはそこへ送られます）</translation>
    </message>
    <message>
        <source>the plan of live {live} on the bus</source>
        <translation>バス上のライブ {live} のプラン</translation>
    </message>
    <message>
        <source>{flag}: not a valid URL</source>
        <translation>{flag}：有効なURLではありません</translation>
    </message>
    <message>
        <source>{flag} must be a {plain}:// or {secure}:// URL with a host</source>
        <translation>{flag} にはホストを含む {plain}:// または {secure}:// のURLを指定してください</translation>
    </message>
    <message>
        <source>{flag}: the URL must not carry credentials or a query (the token comes from the environment)</source>
        <translation>{flag}：URLに認証情報やクエリを含めないでください（トークンは環境変数から読みます）</translation>
    </message>
    <message>
        <source>{flag}: {plain}:// would send the token in clear to {host}; use {secure}://</source>
        <translation>{flag}：{plain}:// ではトークンが暗号化されずに {host} へ送られます。{secure}:// を使ってください</translation>
    </message>
    <message>
        <source>--api is required with a ws:// or wss:// feed</source>
        <translation>ws:// または wss:// のフィードには --api が必要です</translation>
    </message>
    <message>
        <source>live {live} on the bus registered no actions API: pass --api</source>
        <translation>バス上のライブ {live} はアクションAPIを登録していません。--api を指定してください</translation>
    </message>
    <message>
        <source>live-console: --ca-file {path}: cannot be used as a CA certificate ({reason})</source>
        <translation>live-console：--ca-file {path}：CA証明書として使えません（{reason}）</translation>
    </message>
    <message>
        <source>the host view needs the live&apos;s plan (its segments and talking points): pass --plan</source>
        <translation>配信者ビューにはライブのプラン（コーナーとトークポイント）が必要です。--plan を指定してください</translation>
    </message>
    <message>
        <source>live-console wall: --token-file {path}: no such file</source>
        <translation>live-console wall：--token-file {path}：ファイルが見つかりません</translation>
    </message>
    <message>
        <source>live-console wall: --sessions {path}: {reason}</source>
        <translation>live-console wall：--sessions {path}：{reason}</translation>
    </message>
    <message>
        <source>--operator {name}: {problem}</source>
        <translation>--operator {name}：{problem}</translation>
    </message>
    <message>
        <source>{path}: no such session file</source>
        <translation>{path}：セッションファイルが見つかりません</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file, and holds no session file (*.db)</source>
        <translation>{path} はフォルダーで、セッションファイルではありません。中にセッションファイル（*.db）もありません</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path} is a folder, not a session file; it holds %n session file(s): {shown}</source>
        <translation>
            <numerusform>{path} はフォルダーで、セッションファイルではありません。中に%n個のセッションファイルがあります：{shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>--at {spec}: a percentage of the live goes from 0% to 100%</source>
        <translation>--at {spec}：ライブに対する割合は 0% から 100% までです</translation>
    </message>
    <message>
        <source>--at {spec} is past the end of this recording ({length}); starting at its end</source>
        <translation>--at {spec} はこの記録の終わり（{length}）より後です。終わりから開始します</translation>
    </message>
    <message>
        <source>live-console playbook: cannot write {path}: {reason}</source>
        <translation>live-console playbook：{path} に書き込めません：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>playbook: {rules} rules stand on %n lives ({selection}): {page}</source>
        <translation>
            <numerusform>playbook：%n本のライブに基づく{rules}件のルール（{selection}）：{page}</numerusform>
        </translation>
    </message>
    <message>
        <source>live-console plan suggest: --out must not be the --from plan: the draft would replace it</source>
        <translation>live-console plan suggest：--out に --from のプランは指定できません。下書きで上書きされてしまいます</translation>
    </message>
    <message>
        <source>live-console plan suggest: cannot write {path}: {reason}</source>
        <translation>live-console plan suggest：{path} に書き込めません：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>plan suggest: {changes} changes from %n comparable lives: {path}</source>
        <translation>
            <numerusform>plan suggest：比較可能な%n本のライブから{changes}件の変更：{path}</numerusform>
        </translation>
    </message>
</context>
</TS>
