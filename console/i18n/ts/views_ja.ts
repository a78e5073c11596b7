<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AdviceWords</name>
    <message>
        <source>Conversion sag</source>
        <translation>転換率の低下</translation>
    </message>
    <message>
        <source>Abandonment spike</source>
        <translation>カゴ落ちの急増</translation>
    </message>
    <message>
        <source>Dwell lift</source>
        <translation>視聴維持の伸び</translation>
    </message>
    <message>
        <source>Stock-out risk</source>
        <translation>在庫切れリスク</translation>
    </message>
    <message>
        <source>Audience drop</source>
        <translation>視聴者数の減少</translation>
    </message>
    <message>
        <source>Views, no orders</source>
        <translation>閲覧あり・注文なし</translation>
    </message>
    <message>
        <source>the numbers went back to normal</source>
        <translation>数値が平常に戻りました</translation>
    </message>
    <message>
        <source>the product sold out</source>
        <translation>商品が完売しました</translation>
    </message>
    <message>
        <source>the segment went off air</source>
        <translation>コーナーが終了しました</translation>
    </message>
    <message>
        <source>the live ended</source>
        <translation>ライブが終了しました</translation>
    </message>
    <message>
        <source>the console was restarted</source>
        <translation>コンソールが再起動されました</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>not available from this feed</source>
        <translation>このフィードからは取得できません</translation>
    </message>
    <message>
        <source>n/a from feed</source>
        <extracomment>where the full sentence does not fit; the tooltip has it</extracomment>
        <translation>フィード対象外</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>viewer joins</source>
        <translation>視聴者の入室</translation>
    </message>
    <message>
        <source>viewer leaves</source>
        <translation>視聴者の退室</translation>
    </message>
    <message>
        <source>viewer counts</source>
        <translation>視聴者数</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>product impressions</source>
        <translation>商品のインプレッション</translation>
    </message>
    <message>
        <source>product clicks</source>
        <translation>商品クリック</translation>
    </message>
    <message>
        <source>cart adds</source>
        <translation>カート追加</translation>
    </message>
    <message>
        <source>abandoned carts</source>
        <translation>カゴ落ち</translation>
    </message>
    <message>
        <source>ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <source>stock updates</source>
        <translation>在庫の更新</translation>
    </message>
    <message>
        <source>sold-out signals</source>
        <translation>完売の通知</translation>
    </message>
    <message>
        <source>Not available from this feed: it needs {names}, which this feed&apos;s sources do not send.</source>
        <translation>このフィードからは取得できません。{names}が必要ですが、このフィードの配信元からは送られてきません。</translation>
    </message>
</context>
<context>
    <name>ButtonFace</name>
    <message>
        <source>press again to confirm</source>
        <translation>もう一度押して確定</translation>
    </message>
    <message>
        <source>sending… {detail}</source>
        <translation>送信中… {detail}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>✓ confirmed on air</source>
        <translation>✓ 配信に反映済み</translation>
    </message>
    <message>
        <source>✓ accepted</source>
        <translation>✓ 受付済み</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>失敗しました：{error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>✗ failed: {reason}</source>
        <translation>✗ 失敗：{reason}</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>{label}: not available now — {why}</source>
        <translation>{label}：現在は実行できません — {why}</translation>
    </message>
    <message>
        <source>{label}: waiting for you to do it in the platform&apos;s app, then Done</source>
        <translation>{label}：プラットフォームのアプリで手動で実行してから「完了」を押してください</translation>
    </message>
    <message>
        <source>by hand, then Done</source>
        <translation>手動で実行→完了</translation>
    </message>
    <message>
        <source>● on air now</source>
        <translation>● 配信中</translation>
    </message>
</context>
<context>
    <name>FinishedTile</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Write the post-live report from the wall&apos;s recording of this live and open it</source>
        <translation>スタジオウォールが記録したこのライブから配信後レポートを作成して開きます</translation>
    </message>
    <message>
        <source>{title} (ended): {gmv}, {orders}</source>
        <translation>{title}（終了）：{gmv}、{orders}</translation>
    </message>
</context>
<context>
    <name>HostBoard</name>
    <message>
        <source>waiting for the live</source>
        <translation>ライブ開始待ち</translation>
    </message>
    <message>
        <source>LIVE ENDED · {t}</source>
        <translation>ライブ終了 · {t}</translation>
    </message>
    <message>
        <source>ON AIR · {t}</source>
        <translation>配信中 · {t}</translation>
    </message>
    <message>
        <source>NOT LIVE · figures as of {t}</source>
        <translation>更新停止 · {t}時点の数値</translation>
    </message>
    <message>
        <source>no segment on air</source>
        <translation>配信中のコーナーなし</translation>
    </message>
    <message>
        <source>the live has ended</source>
        <translation>ライブは終了しました</translation>
    </message>
    <message>
        <source>THE LIVE HAS ENDED · final figures</source>
        <translation>ライブ終了 · 最終数値</translation>
    </message>
    <message>
        <source>FEED STOPPED · {why}</source>
        <translation>フィード停止 · {why}</translation>
    </message>
    <message>
        <source>not retrying</source>
        <translation>再試行しません</translation>
    </message>
    <message>
        <source>FEED LOST · retrying</source>
        <translation>フィード切断 · 再接続中</translation>
    </message>
    <message>
        <source>FEED QUIET · nothing for {t}</source>
        <translation>フィード無通信 · {t}間データなし</translation>
    </message>
    <message>
        <source>CONNECTING TO THE FEED…</source>
        <translation>フィードに接続中…</translation>
    </message>
    <message>
        <source>CATCHING UP · {t} behind</source>
        <translation>遅延中 · {t}遅れ</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>プラン外の商品</translation>
    </message>
    <message>
        <source>-{pct} · was {was}</source>
        <extracomment>under the offer price, read from two metres: the discount and the list price (&quot;-20% · was €89&quot;)</extracomment>
        <translation>-{pct} · 通常価格{was}</translation>
    </message>
    <message>
        <source>-{pct}</source>
        <translation>-{pct}</translation>
    </message>
    <message>
        <source>list price</source>
        <translation>通常価格</translation>
    </message>
    <message>
        <source>SOLD OUT</source>
        <translation>完売</translation>
    </message>
    <message>
        <source>only {n} left</source>
        <translation>残りわずか{n}点</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>残り{n}点</translation>
    </message>
    <message>
        <source>{name} -{pct} · +{n} more</source>
        <translation>{name} -{pct} · 他{n}件</translation>
    </message>
    <message>
        <source>{name} -{pct}</source>
        <translation>{name} -{pct}</translation>
    </message>
    <message>
        <source>kit {name}</source>
        <translation>セット販売「{name}」</translation>
    </message>
    <message>
        <source>flash offer {name}</source>
        <translation>タイムセール「{name}」</translation>
    </message>
    <message>
        <source>flash offer {name} -{pct}</source>
        <translation>タイムセール「{name}」-{pct}</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <source>Host view · {title}</source>
        <translation>配信者ビュー · {title}</translation>
    </message>
    <message>
        <source>ON SCREEN</source>
        <translation>紹介中の商品</translation>
    </message>
    <message>
        <source>no talking points for this segment</source>
        <translation>このコーナーのトークポイントはありません</translation>
    </message>
    <message>
        <source>no product on screen</source>
        <translation>紹介中の商品なし</translation>
    </message>
    <message>
        <source>NO FLASH OFFER RUNNING</source>
        <translation>タイムセールなし</translation>
    </message>
    <message>
        <source>FLASH OFFER ENDS IN</source>
        <translation>タイムセール終了まで</translation>
    </message>
    <message>
        <source>no advice for the host</source>
        <translation>配信者へのアドバイスはありません</translation>
    </message>
</context>
<context>
    <name>LiveTile</name>
    <message>
        <source>{title}: {feed}, {viewers} viewers, GMV {gmv} {goal}</source>
        <translation>{title}：{feed}、同時視聴者数{viewers}、GMV {gmv} {goal}</translation>
    </message>
    <message>
        <source>{kind}: {advice}</source>
        <translation>{kind}：{advice}</translation>
    </message>
    <message>
        <source>no open advice</source>
        <translation>未対応のアドバイスなし</translation>
    </message>
    <message>
        <source>{title} ({id})
{advice}
Click or press Enter to open its console</source>
        <translation>{title}（{id}）
{advice}
クリックまたはEnterでコンソールを開きます</translation>
    </message>
    <message>
        <source>VIEWERS</source>
        <translation>同時視聴者数</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>ORDERS/MIN</source>
        <translation>注文数/分</translation>
    </message>
    <message>
        <source>last {m} min · peak {peak}</source>
        <translation>直近{m}分 · 最大{peak}</translation>
    </message>
    <message>
        <source>last {m} min</source>
        <translation>直近{m}分</translation>
    </message>
    <message>
        <source>{n} OPEN ADVICE · {kind}</source>
        <translation>未対応アドバイス{n}件 · {kind}</translation>
    </message>
</context>
<context>
    <name>ProductFlags</name>
    <message>
        <source>many views, few orders</source>
        <translation>閲覧多・注文少</translation>
    </message>
    <message>
        <source>stock low</source>
        <translation>在庫わずか</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>完売</translation>
    </message>
    <message>
        <source>offer live {left} left</source>
        <translation>セール中 残り{left}</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>紹介中</translation>
    </message>
</context>
<context>
    <name>RunOfShow</name>
    <message>
        <source>run of show done</source>
        <translation>進行表はすべて完了</translation>
    </message>
    <message>
        <source>no cues in the plan</source>
        <translation>プランにキューがありません</translation>
    </message>
    <message>
        <source>next: {what} at {at}</source>
        <translation>次：{what}（{at}）</translation>
    </message>
    <message>
        <source>next: {what} in {t} (auto)</source>
        <translation>次：{what} あと{t}（自動）</translation>
    </message>
    <message>
        <source>next: {what} in {t}</source>
        <translation>次：{what} あと{t}</translation>
    </message>
    <message>
        <source>next: {what} {t} late (auto)</source>
        <translation>次：{what} {t}遅れ（自動）</translation>
    </message>
    <message>
        <source>next: {what} {t} late</source>
        <translation>次：{what} {t}遅れ</translation>
    </message>
    <message>
        <source>press {key} again to confirm</source>
        <translation>もう一度{key}で確定</translation>
    </message>
    <message>
        <source>✗ cannot fire: {why} — Skip</source>
        <translation>✗ 実行できません：{why} — スキップ</translation>
    </message>
    <message>
        <source>{keys}  ·  due in {t}</source>
        <translation>{keys}  ·  あと{t}</translation>
    </message>
</context>
<context>
    <name>WallOrder</name>
    <message>
        <source>{s} s</source>
        <extracomment>how long a feed trouble has lasted, in seconds (&quot;42 s&quot;), on a tile&apos;s feed chip</extracomment>
        <translation>{s}秒</translation>
    </message>
    <message>
        <source>not retrying</source>
        <translation>再試行しません</translation>
    </message>
    <message>
        <source>STOPPED · {why}</source>
        <translation>停止 · {why}</translation>
    </message>
    <message>
        <source>RECONNECTING · {t}</source>
        <translation>再接続中 · {t}</translation>
    </message>
    <message>
        <source>QUIET · {t}</source>
        <translation>無通信 · {t}</translation>
    </message>
    <message>
        <source>CONNECTING · {t}</source>
        <translation>接続中 · {t}</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>CATCHING UP · {t} behind</source>
        <translation>遅延中 · {t}遅れ</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>goal {goal}</source>
        <translation>目標{goal}</translation>
    </message>
    <message>
        <source>pace {p} · {pct} of goal</source>
        <translation>ペース{p} · 目標の{pct}</translation>
    </message>
    <message>
        <source>pace: after the first minute</source>
        <translation>ペース：開始1分後に表示</translation>
    </message>
    <message>
        <source>no goal (no plan)</source>
        <translation>目標なし（プランなし）</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>数値なし</translation>
    </message>
    <message>
        <source>{gmv} of {goal} goal · {pct}</source>
        <translation>{gmv} / 目標{goal} · {pct}</translation>
    </message>
    <message>
        <source>{gmv} · no goal</source>
        <translation>{gmv} · 目標なし</translation>
    </message>
    <message>
        <source>{n} orders · peak {v} viewers</source>
        <translation>注文数{n} · 最大同時視聴者数{v}</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>Studio wall</source>
        <translation>スタジオウォール</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>終了したライブ</translation>
    </message>
    <message>
        <source>STUDIO WALL  ·  {n} on air  ·  {m} finished</source>
        <translation>スタジオウォール  ·  配信中：{n}  ·  終了：{m}</translation>
    </message>
    <message>
        <source>STUDIO WALL  ·  {n} on air</source>
        <translation>スタジオウォール  ·  配信中：{n}</translation>
    </message>
    <message>
        <source>No live on the bus yet. A live appears here as soon as its producer publishes it (live-console simulate --nats URL, or bridge --nats URL).</source>
        <translation>バスにはまだライブがありません。プロデューサーがライブを公開すると、すぐにここに表示されます（live-console simulate --nats URL、または bridge --nats URL）。</translation>
    </message>
    <message>
        <source>Waiting for the bus: {why}</source>
        <translation>バスを待っています：{why}</translation>
    </message>
</context>
</TS>
