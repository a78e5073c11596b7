<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Actions</name>
    <message>
        <source>live {left} left</source>
        <translation>実施中 残り{left}</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>{n}回目</translation>
    </message>
    <message>
        <source>outcome unknown, checking</source>
        <translation>結果不明、確認中</translation>
    </message>
    <message>
        <source>do it in the app, then Done</source>
        <translation>アプリで実行後に完了</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <source>the action API did not answer in time</source>
        <translation>アクションAPIが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the action API is not reachable</source>
        <translation>アクションAPIに接続できません</translation>
    </message>
    <message>
        <source>the action API refused the token</source>
        <translation>アクションAPIがトークンを拒否しました</translation>
    </message>
    <message>
        <source>the server never received it (checked by key)</source>
        <translation>サーバーに届いていませんでした（キーで確認済み）</translation>
    </message>
    <message>
        <source>reconciled after a restart: it never reached the server (not re-sent)</source>
        <translation>再起動後に照合：サーバーに届いていませんでした（再送信はしていません）</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>ライブは終了しました</translation>
    </message>
    <message>
        <source>this offer on {name} is already running ({left} left)</source>
        <translation>{name}のこのタイムセールはすでに実施中です（残り{left}）</translation>
    </message>
    <message>
        <source>an offer on {name} is already running (-{pct}%, {left} left)</source>
        <translation>{name}の別のタイムセールが実施中です（-{pct}%、残り{left}）</translation>
    </message>
    <message>
        <source>other offer live, {left} left</source>
        <translation>別セール中 残り{left}</translation>
    </message>
    <message>
        <source>{name} is sold out</source>
        <translation>{name}は完売です</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>完売</translation>
    </message>
    <message>
        <source>“{title}” is already on air</source>
        <translation>「{title}」はすでに配信中です</translation>
    </message>
    <message>
        <source>on air now</source>
        <translation>配信中</translation>
    </message>
    <message>
        <source>kit item {names} is sold out</source>
        <translation>セット販売の商品{names}は完売です</translation>
    </message>
    <message>
        <source>{name} sold out</source>
        <translation>{name}完売</translation>
    </message>
    <message>
        <source>kit item {names} are sold out</source>
        <translation>セット販売の商品{names}は完売です</translation>
    </message>
    <message>
        <source>items sold out</source>
        <translation>商品完売</translation>
    </message>
    <message>
        <source>live ended</source>
        <translation>ライブ終了</translation>
    </message>
    <message>
        <source>offer already running</source>
        <translation>セール実施中</translation>
    </message>
    <message>
        <source>already on air</source>
        <translation>すでに配信中</translation>
    </message>
    <message>
        <source>kit already live</source>
        <translation>セット販売実施中</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>応答タイムアウト</translation>
    </message>
    <message>
        <source>action API unreachable</source>
        <translation>API接続不可</translation>
    </message>
    <message>
        <source>token refused</source>
        <translation>トークン拒否</translation>
    </message>
    <message>
        <source>never reached the server</source>
        <translation>サーバー未到達</translation>
    </message>
    <message>
        <source>one press</source>
        <translation>1回押し</translation>
    </message>
    <message>
        <source>asks to confirm</source>
        <translation>確認あり</translation>
    </message>
    <message>
        <source>hold {seconds} s, or press the key twice</source>
        <translation>{seconds}秒長押し、またはキーを2回押す</translation>
    </message>
    <message>
        <source>producer seat: read-only</source>
        <extracomment>Why a producer&apos;s pad fires nothing: the words on its pad and in every refusal</extracomment>
        <translation>プロデューサー席：閲覧のみ</translation>
    </message>
    <message>
        <source>another seat holds the cues</source>
        <extracomment>A cue this seat does not fire because another seat holds the cues (the lease): its note in the run of show</extracomment>
        <translation>キューは別の席が担当しています</translation>
    </message>
    <message>
        <source>seat {seat}: {problem}</source>
        <translation>席{seat}：{problem}</translation>
    </message>
    <message>
        <source>the action API answer could not be read ({error})</source>
        <translation>アクションAPIの応答を読み取れませんでした（{error}）</translation>
    </message>
    <message>
        <source>{error}; the server asks to wait {seconds} s</source>
        <translation>{error}。サーバーから{seconds}秒待つよう求められています</translation>
    </message>
    <message>
        <source>{error} (gave up after {n} attempts)</source>
        <translation>{error}（{n}回試行して中止しました）</translation>
    </message>
    <message>
        <source>{error}; not confirmed yet, checking with the server</source>
        <translation>{error}。まだ確認できていないため、サーバーに問い合わせています</translation>
    </message>
    <message>
        <source>the action API is busy (HTTP 429)</source>
        <translation>アクションAPIが混雑しています（HTTP 429）</translation>
    </message>
    <message>
        <source>the action API answered HTTP {status}</source>
        <translation>アクションAPIがHTTP {status}を返しました</translation>
    </message>
    <message>
        <source>the connection to the action API failed ({error})</source>
        <translation>アクションAPIへの接続に失敗しました（{error}）</translation>
    </message>
    <message>
        <source>the console&apos;s connection is not running</source>
        <translation>コンソールの接続が動作していません</translation>
    </message>
    <message>
        <source>sending failed: {error}</source>
        <translation>送信に失敗しました：{error}</translation>
    </message>
    <message>
        <source>double press ignored</source>
        <translation>二度押しを無視しました</translation>
    </message>
    <message>
        <source>no cue armed</source>
        <translation>準備完了のキューがありません</translation>
    </message>
    <message>
        <source>the run of show moved on: GO fires the cue it shows</source>
        <translation>進行表が進みました：GOは表示中のキューを実行します</translation>
    </message>
    <message>
        <source>marked done, not sent: {why}</source>
        <translation>完了扱い（未送信）：{why}</translation>
    </message>
    <message>
        <source>not sent: {why}</source>
        <translation>未送信：{why}</translation>
    </message>
    <message>
        <source>not sent: “{label}” was just sent, wait for it on air</source>
        <translation>未送信：「{label}」を送信したところです。配信に反映されるまでお待ちください</translation>
    </message>
    <message>
        <source>“{label}” was pressed a moment ago</source>
        <translation>「{label}」は今押されたところです</translation>
    </message>
    <message>
        <source>the feed is {state}: {why}</source>
        <translation>フィードの状態：{state}（{why}）</translation>
    </message>
    <message>
        <source>the feed is {state}</source>
        <translation>フィードの状態：{state}</translation>
    </message>
    <message>
        <source>the action API is unreachable: {why}</source>
        <translation>アクションAPIに接続できません：{why}</translation>
    </message>
    <message>
        <source>could not tell the server: {error}</source>
        <translation>サーバーに伝えられませんでした：{error}</translation>
    </message>
    <message>
        <source>not done by hand: the live ended before it was confirmed</source>
        <translation>手動で実行されませんでした：確認前にライブが終了しました</translation>
    </message>
    <message>
        <source>sent by a press a moment before</source>
        <translation>直前のボタン操作で送信済み</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>別の席</translation>
    </message>
    <message>
        <source>due while another seat holds the cues</source>
        <translation>別の席がキューを担当中に予定時刻を過ぎました</translation>
    </message>
    <message>
        <source>could not ask the server about it yet ({error})</source>
        <translation>まだサーバーに確認できていません（{error}）</translation>
    </message>
    <message>
        <source>reconciled after a restart: the server had it</source>
        <translation>再起動後に照合：サーバーに届いていました</translation>
    </message>
    <message>
        <source>health check failed</source>
        <translation>ヘルスチェックに失敗しました</translation>
    </message>
    <message>
        <source>not done by hand: {reason}</source>
        <translation>手動で実行されませんでした：{reason}</translation>
    </message>
    <message>
        <source>not done by hand</source>
        <translation>手動で実行されませんでした</translation>
    </message>
</context>
<context>
    <name>BusStatus</name>
    <message>
        <source>{url} is not a bus URL: expected nats://HOST:PORT or tls://HOST:PORT</source>
        <translation>{url}はバスのURLではありません。nats://HOST:PORTまたはtls://HOST:PORTの形式で指定してください</translation>
    </message>
    <message>
        <source>put the bus credentials in {token}, {user}/{password}, {creds} or {nkey}, not in the URL (a URL is seen in ps and shell history)</source>
        <translation>バスの認証情報はURLではなく{token}、{user}/{password}、{creds}、{nkey}のいずれかに設定してください（URLはpsやシェル履歴に残ります）</translation>
    </message>
    <message>
        <source>{url} names no live: expected {scheme}://HOST:PORT/LIVE_ID</source>
        <translation>{url}にライブが指定されていません。{scheme}://HOST:PORT/LIVE_IDの形式で指定してください</translation>
    </message>
    <message>
        <source>{url}: give the bus only (no /{live_id}): every live on it is found there</source>
        <translation>{url}：バスのみを指定してください（/{live_id}は不要）。バス上のすべてのライブはそこから見つかります</translation>
    </message>
    <message>
        <source>{url}: an empty server name</source>
        <translation>{url}：サーバー名が空です</translation>
    </message>
    <message>
        <source>plain nats:// is for loopback only; use tls://{server} (TLS verified) for a bus on another machine</source>
        <translation>暗号化なしのnats://はループバック専用です。別のマシンのバスにはtls://{server}（TLS検証あり）を使ってください</translation>
    </message>
    <message>
        <source>{url}: {port} is not a port number</source>
        <translation>{url}：{port}はポート番号ではありません</translation>
    </message>
    <message>
        <source>bus credentials: set one kind, not {kinds}</source>
        <translation>バスの認証情報：{kinds}ではなく、1種類だけ設定してください</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>bus credentials: {user} and {password} go together</source>
        <translation>バスの認証情報：{user}と{password}は両方設定してください</translation>
    </message>
    <message>
        <source>{name}: no file at {path}</source>
        <translation>{name}：{path}にファイルがありません</translation>
    </message>
    <message>
        <source>the TLS certificate of the bus at {where} was not accepted: {why}</source>
        <translation>{where}のバスのTLS証明書が受け入れられませんでした：{why}</translation>
    </message>
    <message>
        <source>the bus at {where} refused the connection</source>
        <translation>{where}のバスが接続を拒否しました</translation>
    </message>
    <message>
        <source>the bus at {where} did not answer in {seconds} s</source>
        <translation>{where}のバスが{seconds}秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>bus {where}, live {live_id}</source>
        <translation>バス{where}、ライブ{live_id}</translation>
    </message>
    <message>
        <source>no live on the bus at {where} yet (waiting for live {live_id})</source>
        <translation>{where}のバスにはまだライブがありません（ライブ{live_id}を待機中）</translation>
    </message>
    <message>
        <source>live {live_id} is not on the bus at {where} (yet)</source>
        <translation>ライブ{live_id}は{where}のバスに（まだ）ありません</translation>
    </message>
    <message>
        <source>the bus at {where} refused this console&apos;s credentials (check LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>{where}のバスがこのコンソールの認証情報を拒否しました（LIVE_CONSOLE_NATS_*を確認してください：docs/bus.md）</translation>
    </message>
    <message>
        <source>the bus at {where} is not answering ({error})</source>
        <translation>{where}のバスが応答しません（{error}）</translation>
    </message>
    <message>
        <source>lost the connection to the bus at {where}</source>
        <translation>{where}のバスとの接続が切れました</translation>
    </message>
    <message>
        <source>the bus went silent for {seconds} s (no events, no clock)</source>
        <translation>バスから{seconds}秒間何も届いていません（イベントも時刻もなし）</translation>
    </message>
    <message>
        <source>the bus stopped sending this live&apos;s events for {seconds} s</source>
        <translation>バスからこのライブのイベントが{seconds}秒間届いていません</translation>
    </message>
    <message>
        <source>the bus at {where} refused the credentials (set one of LIVE_CONSOLE_NATS_TOKEN, _USER/_PASSWORD, _CREDS, _NKEY: docs/bus.md)</source>
        <translation>{where}のバスが認証情報を拒否しました（LIVE_CONSOLE_NATS_TOKEN、_USER/_PASSWORD、_CREDS、_NKEYのいずれかを設定してください：docs/bus.md）</translation>
    </message>
    <message>
        <source>{why}; is nats-server running?</source>
        <translation>{why}。nats-serverは起動していますか？</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>live {live_id} is not on the bus at {where} (lives on air: {on_air})</source>
        <translation>ライブ{live_id}は{where}のバスにありません（配信中のライブ：{on_air}）</translation>
    </message>
    <message>
        <source>bus at {where}: {error}</source>
        <translation>バス{where}：{error}</translation>
    </message>
    <message>
        <source>events {first}..{last} of live {live_id} left the server&apos;s buffer before they reached the bus; raise --buffer (the stream stays as it is, with no hole written)</source>
        <translation>ライブ{live_id}のイベント{first}..{last}がバスに届く前にサーバーのバッファから消えました。--bufferを増やしてください（ストリームはそのままで、欠落は書き込まれません）</translation>
    </message>
    <message>
        <source>the bus already holds {last} events of live {live_id}, more than this producer has ({ours}): another live with the same id, or a producer restarted without its --journal. Give the live a new id, or delete its stream (docs/deployment.md)</source>
        <translation>バスにはすでにライブ{live_id}のイベントが{last}件あり、この送信元の件数（{ours}）より多くなっています。同じIDの別のライブか、--journalなしで再起動した送信元です。ライブに新しいIDを付けるか、そのストリームを削除してください（docs/deployment.md）</translation>
    </message>
    <message>
        <source>the bus holds another live under the id {live_id} (its event {last} is not this producer&apos;s): give this live a new id in its plan, or delete the old stream (docs/deployment.md)</source>
        <translation>バスには同じID {live_id}の別のライブがあります（イベント{last}がこの送信元のものと一致しません）。プランでこのライブに新しいIDを付けるか、古いストリームを削除してください（docs/deployment.md）</translation>
    </message>
    <message>
        <source>event {seq} was not stored: {error}</source>
        <translation>イベント{seq}は保存されませんでした：{error}</translation>
    </message>
    <message>
        <source>events {first}..{last} of live {live_id} were stored as stream message {stored}, not {expected}</source>
        <translation>ライブ{live_id}のイベント{first}..{last}がストリームのメッセージ{expected}ではなく{stored}として保存されました</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>the live has ended</source>
        <translation>ライブは終了しました</translation>
    </message>
    <message>
        <source>missing from the stream</source>
        <extracomment>the cause an ingest gives a hole it finds between two seqs (Ingest.frame): a restored one says the same</extracomment>
        <translation>ストリームから欠落</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>Each state in words, for sentences such as &quot;the feed is reconnecting&quot;: translate(&quot;FeedStatus&quot;, ...) shows them</extracomment>
        <translation>接続中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>受信中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>更新停止</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>the feed speaks {theirs}; this console speaks {ours}: update live-console</source>
        <translation>フィードのプロトコルは{theirs}、このコンソールは{ours}です。live-consoleを更新してください</translation>
    </message>
    <message>
        <source>the feed now serves another live ({live_id}, started {started}); restart the console to follow it</source>
        <translation>フィードが別のライブ（{live_id}、開始{started}）を配信しています。追うにはコンソールを再起動してください</translation>
    </message>
    <message>
        <source>the feed serves another live ({live_id}, started {started}) than the one this session file recorded ({recorded_id}, started {recorded_started}): record it in a new file (--session), or restart the feed&apos;s server with its journal to carry on the recorded live</source>
        <translation>フィードのライブ（{live_id}、開始{started}）は、このセッションファイルに記録されたライブ（{recorded_id}、開始{recorded_started}）と異なります。新しいファイルに記録する（--session）か、記録済みのライブを続けるにはフィードのサーバーをジャーナル付きで再起動してください</translation>
    </message>
    <message>
        <source>the feed refused the token (check LIVE_CONSOLE_TOKEN or --token-file)</source>
        <translation>フィードがトークンを拒否しました（LIVE_CONSOLE_TOKENまたは--token-fileを確認してください）</translation>
    </message>
    <message>
        <source>the feed removed this console (kicked by an administrator)</source>
        <translation>フィードがこのコンソールを切断しました（管理者による強制切断）</translation>
    </message>
    <message>
        <source>the feed refused the request as malformed</source>
        <translation>フィードが不正なリクエストとして拒否しました</translation>
    </message>
    <message>
        <source>the feed went silent (no events, no heartbeats)</source>
        <translation>フィードから何も届かなくなりました（イベントもハートビートもなし）</translation>
    </message>
    <message>
        <source>the feed sent a frame over {size} bytes; it was refused unread</source>
        <translation>フィードが{size}バイトを超えるフレームを送ってきたため、読まずに拒否しました</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>the feed at {where} answered HTTP {status} instead of opening the stream</source>
        <translation>{where}のフィードがストリームを開かずにHTTP {status}を返しました</translation>
    </message>
    <message>
        <source>the feed URL is not a usable ws:// or wss:// URL</source>
        <translation>フィードのURLが使用できるws://またはwss://のURLではありません</translation>
    </message>
    <message>
        <source>connection closed ({code}: {why})</source>
        <translation>接続が閉じられました（{code}：{why}）</translation>
    </message>
    <message>
        <source>connection closed ({code})</source>
        <translation>接続が閉じられました（{code}）</translation>
    </message>
    <message>
        <source>the feed at {where} is not answering (connection refused)</source>
        <translation>{where}のフィードが応答しません（接続拒否）</translation>
    </message>
    <message>
        <source>the feed at {where} did not answer in time</source>
        <translation>{where}のフィードが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the TLS certificate of the feed at {where} was not accepted: {why}</source>
        <translation>{where}のフィードのTLS証明書が受け入れられませんでした：{why}</translation>
    </message>
    <message>
        <source>network error reaching the feed at {where}: {error}</source>
        <translation>{where}のフィードへの接続中にネットワークエラー：{error}</translation>
    </message>
    <message>
        <source>internal error: {error}</source>
        <translation>内部エラー：{error}</translation>
    </message>
    <message>
        <source>internal error, restart the console: {error}</source>
        <translation>内部エラーです。コンソールを再起動してください：{error}</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <source>Offer {name} -{pct}%</source>
        <translation>タイムセール：{name} -{pct}%</translation>
    </message>
    <message>
        <source>Segment {name}</source>
        <translation>コーナー：{name}</translation>
    </message>
    <message>
        <source>Kit {name}</source>
        <translation>セット販売：{name}</translation>
    </message>
</context>
<context>
    <name>PlanErrors</name>
    <message>
        <source>an id of 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>英字・数字・&apos;_&apos;・&apos;.&apos;・&apos;-&apos;からなる1〜64文字のID（先頭は英字か数字）</translation>
    </message>
    <message>
        <source>a three-letter currency code in capitals, like &quot;EUR&quot;</source>
        <translation>大文字3文字の通貨コード（例：&quot;EUR&quot;）</translation>
    </message>
    <message>
        <source>a numeric id in quotes (1 to 20 digits), like &quot;1729609304255072963&quot;</source>
        <translation>引用符で囲んだ数字のID（1〜20桁、例：&quot;1729609304255072963&quot;）</translation>
    </message>
    <message>
        <source>a Shopify variant id in quotes: its number, like &quot;808950810&quot;, or &quot;gid://shopify/ProductVariant/808950810&quot;</source>
        <translation>引用符で囲んだShopifyのバリエーションID：番号（例：&quot;808950810&quot;）または&quot;gid://shopify/ProductVariant/808950810&quot;</translation>
    </message>
    <message>
        <source>a Shopify product id in quotes: its number, like &quot;632910392&quot;, or &quot;gid://shopify/Product/632910392&quot;</source>
        <translation>引用符で囲んだShopifyの商品ID：番号（例：&quot;632910392&quot;）または&quot;gid://shopify/Product/632910392&quot;</translation>
    </message>
    <message>
        <source>a SKU in quotes: 1 to 255 characters, no space at either end</source>
        <translation>引用符で囲んだSKU：1〜255文字、前後に空白なし</translation>
    </message>
    <message>
        <source>a tag in quotes: 1 to 32 characters, no space at either end</source>
        <translation>引用符で囲んだタグ：1〜32文字、前後に空白なし</translation>
    </message>
    <message>
        <source>a talking point in quotes: 1 to 200 characters on one line, no space at either end</source>
        <translation>引用符で囲んだトークポイント：1行で1〜200文字、前後に空白なし</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a whole number</source>
        <extracomment>(whole number?, lower bound, upper bound) -&gt; what a number must be: &quot;a number greater than 0&quot;, &quot;a whole number from 1 to 1440&quot;, &quot;a number of at least 0&quot;, &quot;a number greater than 0 and at most 90&quot;</extracomment>
        <translation>整数</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low}〜{high}の整数</translation>
    </message>
    <message>
        <source>a whole number greater than {low}</source>
        <translation>{low}より大きい整数</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>{low}以上の整数</translation>
    </message>
    <message>
        <source>a whole number below {high}</source>
        <translation>{high}未満の整数</translation>
    </message>
    <message>
        <source>a whole number of at most {high}</source>
        <translation>{high}以下の整数</translation>
    </message>
    <message>
        <source>a whole number greater than {low} and below {high}</source>
        <translation>{low}より大きく{high}未満の整数</translation>
    </message>
    <message>
        <source>a whole number greater than {low} and at most {high}</source>
        <translation>{low}より大きく{high}以下の整数</translation>
    </message>
    <message>
        <source>a whole number of at least {low} and below {high}</source>
        <translation>{low}以上{high}未満の整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low}〜{high}の数値</translation>
    </message>
    <message>
        <source>a number greater than {low}</source>
        <translation>{low}より大きい数値</translation>
    </message>
    <message>
        <source>a number of at least {low}</source>
        <translation>{low}以上の数値</translation>
    </message>
    <message>
        <source>a number below {high}</source>
        <translation>{high}未満の数値</translation>
    </message>
    <message>
        <source>a number of at most {high}</source>
        <translation>{high}以下の数値</translation>
    </message>
    <message>
        <source>a number greater than {low} and below {high}</source>
        <translation>{low}より大きく{high}未満の数値</translation>
    </message>
    <message>
        <source>a number greater than {low} and at most {high}</source>
        <translation>{low}より大きく{high}以下の数値</translation>
    </message>
    <message>
        <source>a number of at least {low} and below {high}</source>
        <translation>{low}以上{high}未満の数値</translation>
    </message>
    <message>
        <source>a text of {low} to {high} characters</source>
        <translation>{low}〜{high}文字のテキスト</translation>
    </message>
    <message>
        <source>a text of at least {low} characters</source>
        <translation>{low}文字以上のテキスト</translation>
    </message>
    <message>
        <source>a text of at most {high} characters</source>
        <translation>{high}文字以下のテキスト</translation>
    </message>
    <message>
        <source>must list {low} to {high} items, got {got}</source>
        <translation>{low}〜{high}個の項目が必要です（指定数：{got}）</translation>
    </message>
    <message>
        <source>must list at least {low} items, got {got}</source>
        <translation>{low}個以上の項目が必要です（指定数：{got}）</translation>
    </message>
    <message>
        <source>must list at most {high} items, got {got}</source>
        <translation>項目は{high}個までです（指定数：{got}）</translation>
    </message>
    <message>
        <source>must be {what}, got {value}</source>
        <translation>{what}を指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>trueかfalseを指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>must be one of {words}, got {value}</source>
        <translation>{words}のいずれかを指定してください（指定値：{value}）</translation>
    </message>
    <message>
        <source>unknown field (known here: {known})</source>
        <translation>不明なフィールドです（ここで使えるもの：{known}）</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>text matching {pattern}</source>
        <translation>{pattern}に一致するテキスト</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>引用符で囲んだテキスト</translation>
    </message>
    <message>
        <source>must be {what}, got {value} ({n} characters)</source>
        <translation>{what}を指定してください（指定値：{value}、{n}文字）</translation>
    </message>
    <message>
        <source>duplicate {key} {value}</source>
        <translation>{key} {value}が重複しています</translation>
    </message>
    <message>
        <source>{cost} is above the price {price}: every sale loses money</source>
        <translation>{cost}が価格{price}を上回っています：売るたびに赤字になります</translation>
    </message>
    <message>
        <source>unknown product {sku}</source>
        <translation>不明な商品{sku}</translation>
    </message>
    <message>
        <source>lists the same product twice</source>
        <translation>同じ商品が2回指定されています</translation>
    </message>
    <message>
        <source>{price} is not below the items&apos; full price {full}</source>
        <translation>{price}が商品の合計価格{full}を下回っていません</translation>
    </message>
    <message>
        <source>{at} is not mm:ss (for example &quot;02:30&quot;)</source>
        <translation>{at}はmm:ss形式ではありません（例：&quot;02:30&quot;）</translation>
    </message>
    <message>
        <source>{at} is after the end of the live ({minutes} min)</source>
        <translation>{at}はライブの終了後です（{minutes}分）</translation>
    </message>
    <message>
        <source>{value} is mapped to two products, {here} here and {first} in {first_at}</source>
        <translation>{value}が2つの商品に割り当てられています：ここでは{here}、{first_at}では{first}</translation>
    </message>
    <message>
        <source>{value} is mapped to two products, {here} here and {first} in {first_at} (Shopify looks a line up by its variant id and its SKU alike)</source>
        <translation>{value}が2つの商品に割り当てられています：ここでは{here}、{first_at}では{first}（Shopifyは明細をバリエーションIDでもSKUでも同じように照合します）</translation>
    </message>
    <message>
        <source>unknown preset {target} for action {action}</source>
        <translation>アクション{action}のプリセット{target}が見つかりません</translation>
    </message>
    <message>
        <source>unknown segment {target} for action {action}</source>
        <translation>アクション{action}のコーナー{target}が見つかりません</translation>
    </message>
    <message>
        <source>unknown kit {target} for action {action}</source>
        <translation>アクション{action}のセット販売{target}が見つかりません</translation>
    </message>
    <message>
        <source>lists {values} twice</source>
        <translation>{values}が2回指定されています</translation>
    </message>
    <message>
        <source>file not found</source>
        <extracomment>at most this many talking points a segment: more would not fit the host view in readable type at most this many [live] tags: a plan&apos;s tags name the kind of live (&quot;black-friday&quot;, &quot;kitchen&quot;), not its contents</extracomment>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>not UTF-8 text ({reason} at byte {at})</source>
        <translation>UTF-8のテキストではありません（{at}バイト目：{reason}）</translation>
    </message>
    <message>
        <source>cannot be read: {why}</source>
        <translation>読み込めません：{why}</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>正しいTOMLではありません：{error}</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>Flash offer &apos;{name}&apos;</source>
        <translation>タイムセール「{name}」</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos;</source>
        <translation>コーナー「{name}」</translation>
    </message>
    <message>
        <source>Kit &apos;{name}&apos;</source>
        <translation>セット販売「{name}」</translation>
    </message>
    <message>
        <source>Note &apos;{name}&apos;</source>
        <translation>メモ「{name}」</translation>
    </message>
    <message>
        <source>Flash offer &apos;{name}&apos; ({state}: {why})</source>
        <translation>タイムセール「{name}」（{state}：{why}）</translation>
    </message>
    <message>
        <source>Segment &apos;{name}&apos; ({state}: {why})</source>
        <translation>コーナー「{name}」（{state}：{why}）</translation>
    </message>
    <message>
        <source>Kit &apos;{name}&apos; ({state}: {why})</source>
        <translation>セット販売「{name}」（{state}：{why}）</translation>
    </message>
    <message>
        <source>Note &apos;{name}&apos; ({state}: {why})</source>
        <translation>メモ「{name}」（{state}：{why}）</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>an action&apos;s status as a tick&apos;s words say it</extracomment>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>acked</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Note: {label}</source>
        <translation>メモ：{label}</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Moment marked (Ctrl+M)</source>
        <translation>マークした時点（Ctrl+M）</translation>
    </message>
    <message>
        <source>The note at {when} could not be saved to {error}</source>
        <translation>{when}のメモを保存できませんでした：{error}</translation>
    </message>
    <message>
        <source>Note saved at {when} — in the report once it is written again (Ctrl+R)</source>
        <translation>{when}にメモを保存しました — レポートを作り直すと反映されます（Ctrl+R）</translation>
    </message>
    <message>
        <source>loading {progress}</source>
        <translation>読み込み中 {progress}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>{how} · indexing {progress}</source>
        <translation>{how} · インデックス作成中 {progress}</translation>
    </message>
    <message>
        <source>--at {spec}: expected MM:SS (e.g. 45:00) or a percentage (e.g. 50%)</source>
        <translation>--at {spec}：MM:SS（例：45:00）または割合（例：50%）で指定してください</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>Library of lives: {said}</source>
        <translation>ライブ履歴ライブラリ：{said}</translation>
    </message>
    <message>
        <source>exit {code}</source>
        <translation>終了コード{code}</translation>
    </message>
    <message>
        <source>Not added to the library of lives: {reason}</source>
        <translation>ライブ履歴ライブラリに追加されませんでした：{reason}</translation>
    </message>
    <message>
        <source>the report could not be written (exit {code})</source>
        <translation>レポートを作成できませんでした（終了コード{code}）</translation>
    </message>
    <message>
        <source>still adding after {seconds} s, stopped</source>
        <translation>{seconds}秒経っても追加が終わらないため中止しました</translation>
    </message>
</context>
<context>
    <name>Seats</name>
    <message>
        <source>a seat&apos;s name has 1 to {most} characters (got {got})</source>
        <extracomment>Largest frame a client accepts; a larger one is rejected unread (bytes). the events that put an operator&apos;s action on air (or take it off): each names the action_id it answers The seat that sends an action request (docs/protocol.md, section 6): its name, percent-encoded UTF-8.</extracomment>
        <translation>席の名前は1〜{most}文字です（{got}文字）</translation>
    </message>
    <message>
        <source>a seat&apos;s name has printable characters only (no control characters or line breaks)</source>
        <translation>席の名前には表示可能な文字だけが使えます（制御文字や改行は不可）</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>damaged session file</source>
        <extracomment>version -&gt; DDL that brings a file from version-1 to version</extracomment>
        <translation>セッションファイルが破損しています</translation>
    </message>
    <message>
        <source>cannot be opened for recording</source>
        <translation>記録用に開けません</translation>
    </message>
    <message>
        <source>{path}: {what} ({error})</source>
        <translation>{path}：{what}（{error}）</translation>
    </message>
    <message>
        <source>{path} is being recorded by another console (another seat on this machine?): give this one its own file with --session</source>
        <translation>{path}は別のコンソールが記録中です（このマシンの別の席？）：--sessionでこのコンソール用のファイルを指定してください</translation>
    </message>
    <message>
        <source>{path}: no such session file</source>
        <translation>{path}：セッションファイルが見つかりません</translation>
    </message>
    <message>
        <source>{path}: not a readable session file ({error})</source>
        <translation>{path}：読み込めるセッションファイルではありません（{error}）</translation>
    </message>
    <message>
        <source>{path}: written by a newer live-console (schema {version}; this one reads up to {ours}); update live-console to open it</source>
        <translation>{path}：新しいlive-consoleで書かれています（スキーマ{version}、このバージョンは{ours}まで対応）。開くにはlive-consoleを更新してください</translation>
    </message>
    <message>
        <source>{path}: not a live-console session file (missing {tables})</source>
        <translation>{path}：live-consoleのセッションファイルではありません（{tables}がありません）</translation>
    </message>
    <message>
        <source>{path}: the session file is damaged ({error})</source>
        <translation>{path}：セッションファイルが破損しています（{error}）</translation>
    </message>
    <message>
        <source>{path}: schema {version} is newer than this live-console ({ours})</source>
        <translation>{path}：スキーマ{version}はこのlive-console（{ours}）より新しいものです</translation>
    </message>
    <message>
        <source>{path}: no checkpoint at seq {seq}</source>
        <extracomment>events per decode call: one C call per batch keeps seeking fast at most this many characters of raws in one frame: at most 4 bytes each in UTF-8, so a frame always stays under the decoder&apos;s 4 MiB limit (2,000 typical events take ~400 KB; only unusually long ones ever split a batch) a seq beyond any recorded one: &quot;to the end of the file&quot;</extracomment>
        <translation>{path}：seq {seq}にチェックポイントがありません</translation>
    </message>
    <message>
        <source>the session recorder stopped: {error}; events are no longer written</source>
        <translation>セッションの記録が停止しました：{error}。イベントは書き込まれていません</translation>
    </message>
    <message>
        <source>cannot write the session file {path}: {error}</source>
        <translation>セッションファイル{path}に書き込めません：{error}</translation>
    </message>
    <message>
        <source>{path} (recorded plan)</source>
        <translation>{path}（記録されたプラン）</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>no display found (DISPLAY is not set). Run from a desktop session, or add --offscreen to run headless (with --screenshot PNG to see the window).</source>
        <extracomment>what the offscreen platform still needs what Qt&apos;s Wayland plugin needs beyond the wheels</extracomment>
        <translation>ディスプレイが見つかりません（DISPLAYが設定されていません）。デスクトップのセッションから実行するか、--offscreenを付けて画面なしで実行してください（ウィンドウを見るには--screenshot PNGを使います）。</translation>
    </message>
    <message>
        <source>the system libraries Qt needs to open a window are missing. Install them with:
    sudo apt-get install -y {packages}
(or run headless with --offscreen)</source>
        <translation>Qtがウィンドウを開くために必要なシステムライブラリがありません。次のコマンドでインストールしてください：
    sudo apt-get install -y {packages}
（または--offscreenで画面なしで実行してください）</translation>
    </message>
</context>
<context>
    <name>WallStatus</name>
    <message>
        <source>writing the report…</source>
        <translation>レポート作成中…</translation>
    </message>
    <message>
        <source>report opened</source>
        <translation>レポートを開きました</translation>
    </message>
    <message>
        <source>report failed: {error}</source>
        <translation>レポート作成に失敗しました：{error}</translation>
    </message>
    <message>
        <source>connecting to the bus…</source>
        <extracomment>a live that ended longer ago than this is not brought back onto the wall (yesterday&apos;s lives are the library&apos;s) a registry entry still &quot;on air&quot; but not refreshed for this long: its producer died long ago, nobody is on air</extracomment>
        <translation>バスに接続中…</translation>
    </message>
    <message>
        <source>bus {where}: no live has been published to it yet</source>
        <translation>バス{where}：まだライブが公開されていません</translation>
    </message>
    <message>
        <source>bus {where}</source>
        <translation>バス{where}</translation>
    </message>
    <message>
        <source>bus {where}: connection lost, reconnecting</source>
        <translation>バス{where}：接続が切れました。再接続中</translation>
    </message>
    <message>
        <source>bus {where} refused the wall&apos;s credentials (LIVE_CONSOLE_NATS_*: docs/bus.md)</source>
        <translation>バス{where}がウォールの認証情報を拒否しました（LIVE_CONSOLE_NATS_*：docs/bus.md）</translation>
    </message>
    <message>
        <source>bus {where} is not answering ({why}); retrying</source>
        <translation>バス{where}が応答しません（{why}）。再試行中</translation>
    </message>
    <message>
        <source>cannot record it to {path}: {error}</source>
        <translation>{path}に記録できません：{error}</translation>
    </message>
    <message>
        <source>the registry&apos;s plan of {live_id}</source>
        <translation>登録簿にある{live_id}のプラン</translation>
    </message>
    <message>
        <source>its plan could not be read ({error})</source>
        <translation>プランを読み込めませんでした（{error}）</translation>
    </message>
    <message>
        <source>no answer within {seconds} s</source>
        <translation>{seconds}秒以内に応答なし</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>could not open its console: {why}</source>
        <translation>コンソールを開けませんでした：{why}</translation>
    </message>
    <message>
        <source>exit {code}</source>
        <translation>終了コード{code}</translation>
    </message>
</context>
</TS>
