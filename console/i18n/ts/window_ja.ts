<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActionButton</name>
    <message>
        <source>{label}: not sent if pressed — {why}</source>
        <translation>{label}：押しても送信されません — {why}</translation>
    </message>
</context>
<context>
    <name>ActionGrid</name>
    <message>
        <source>Flash offers</source>
        <translation>タイムセール</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>コーナー</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>セット販売</translation>
    </message>
    <message>
        <source>Custom offer…</source>
        <translation>カスタムセール…</translation>
    </message>
</context>
<context>
    <name>ActionLog</name>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>source</source>
        <translation>操作元</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>effect so far</source>
        <translation>現時点の効果</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>セール</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>コーナー</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>セット</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>where a press came from, as the source cell names it (the key stays English: it is stored and compared)</extracomment>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>an intent&apos;s status as the log&apos;s status cell writes it (the key stays English: it picks the colour)</extracomment>
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
        <source>confirmed</source>
        <translation>確認済み</translation>
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
        <source>waiting</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>done</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>時間切れ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>{name} {before} → {after}</source>
        <translation>{name} {before} → {after}</translation>
    </message>
    <message>
        <source>{name} {before} → {after} ({lift}%)</source>
        <translation>{name} {before} → {after}（{lift}%）</translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation>注文数/分</translation>
    </message>
    <message>
        <source>units/min</source>
        <translation>販売個数/分</translation>
    </message>
    <message>
        <source> · by {seat}</source>
        <translation> · {seat}が実行</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>別の席</translation>
    </message>
    <message>
        <source>fired by {seat} (seen on the stream)</source>
        <translation>{seat}が実行（フィードで確認）</translation>
    </message>
    <message>
        <source>pressed here too: {seat} had just started it, the server ran it once</source>
        <translation>この席でも押されました：{seat}が直前に開始したため、サーバーは1回だけ実行しました</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>アクションログ</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>fired by {seat}</source>
        <translation>{seat}が実行</translation>
    </message>
    <message>
        <source>other seat</source>
        <translation>別の席</translation>
    </message>
</context>
<context>
    <name>ActionPadDock</name>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>PRODUCER SEAT · read-only</source>
        <translation>プロデューサー席 · 閲覧のみ</translation>
    </message>
    <message>
        <source>Actions and auto cues fire from an operator seat; here {key} marks a moment</source>
        <translation>アクションと自動キューはオペレーター席から実行されます。この席では{key}でマークできます</translation>
    </message>
    <message>
        <source>Skip cue</source>
        <translation>キューをスキップ</translation>
    </message>
    <message>
        <source>no plan loaded: actions need a plan</source>
        <translation>プランが読み込まれていません。アクションにはプランが必要です</translation>
    </message>
    <message>
        <source>RUN OF SHOW</source>
        <translation>進行表</translation>
    </message>
    <message>
        <source>GO: double press ignored</source>
        <translation>GO：二度押しを無視しました</translation>
    </message>
    <message>
        <source>{label}: do its steps in the platform&apos;s app, then Done ({key})</source>
        <translation>{label}：プラットフォームのアプリで手順を実行し、完了（{key}）を押してください</translation>
    </message>
    <message>
        <source>{label}: already {state}</source>
        <translation>{label}：すでに{state}</translation>
    </message>
    <message>
        <source>Start the {what} now?</source>
        <translation>{what}を今すぐ開始しますか？</translation>
    </message>
    <message>
        <source>The {what} is due in {due} (planned at {at}, the live is at {now}) — fire now?</source>
        <translation>{what}の予定まであと{due}です（予定{at}、現在{now}）。今すぐ実行しますか？</translation>
    </message>
    <message>
        <source>Cancelled: {what}</source>
        <translation>キャンセルしました：{what}</translation>
    </message>
    <message>
        <source>Press {key} again to confirm: {what}</source>
        <translation>確定するにはもう一度{key}を押してください：{what}</translation>
    </message>
    <message>
        <source>GO: {why}</source>
        <translation>GO：{why}</translation>
    </message>
    <message>
        <source>GO: sent {what}</source>
        <translation>GO：{what}を送信しました</translation>
    </message>
    <message>
        <source>{label}: double press ignored</source>
        <translation>{label}：二度押しを無視しました</translation>
    </message>
    <message>
        <source>Sent: {label}</source>
        <translation>送信しました：{label}</translation>
    </message>
    <message>
        <source>Not sent: {why}</source>
        <translation>送信されませんでした：{why}</translation>
    </message>
    <message>
        <source>flash offer “{label}”</source>
        <extracomment>what a question or a toast calls the action: the kind and the plan&apos;s name for it, as one phrase</extracomment>
        <translation>タイムセール「{label}」</translation>
    </message>
    <message>
        <source>segment “{label}”</source>
        <translation>コーナー「{label}」</translation>
    </message>
    <message>
        <source>kit “{label}”</source>
        <translation>セット販売「{label}」</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>a busy button&apos;s state in &quot;{label}: already {state}&quot;</extracomment>
        <translation>送信中</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>クールダウン中</translation>
    </message>
    <message>
        <source>{key}  Mark moment</source>
        <translation>{key}  マーク</translation>
    </message>
    <message>
        <source>nothing to fire</source>
        <translation>実行できるものがありません</translation>
    </message>
    <message>
        <source>{label}: {why}</source>
        <translation>{label}：{why}</translation>
    </message>
    <message>
        <source>Not sent: {why} — Skip the cue to move on</source>
        <translation>送信されませんでした：{why} — 先に進むにはキューをスキップしてください</translation>
    </message>
    <message>
        <source>No steps by hand wait for Done</source>
        <translation>完了待ちの手動手順はありません</translation>
    </message>
    <message>
        <source>Done by hand: {label} — on air now</source>
        <translation>手動で実行：{label} — 配信中です</translation>
    </message>
    <message>
        <source>Not done: {label} — not on air</source>
        <translation>未実行：{label} — 配信されていません</translation>
    </message>
    <message>
        <source>Moment marked (the live has not started yet)</source>
        <translation>マークしました（ライブはまだ始まっていません）</translation>
    </message>
    <message>
        <source>Moment marked at {t} into the live</source>
        <translation>ライブ開始から{t}の時点をマークしました</translation>
    </message>
    <message>
        <source>Actions unavailable: {why}</source>
        <translation>アクションを実行できません：{why}</translation>
    </message>
    <message>
        <source>no cue armed</source>
        <translation>準備完了のキューなし</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <source>dismissed at {when}</source>
        <extracomment>what became of an advice, on its dimmed card: (without a reason, with one)</extracomment>
        <translation>{when}に閉じました</translation>
    </message>
    <message>
        <source>dismissed at {when} ({reason})</source>
        <translation>{when}に閉じました（{reason}）</translation>
    </message>
    <message>
        <source>expired at {when}</source>
        <translation>{when}に期限切れ</translation>
    </message>
    <message>
        <source>expired at {when} ({reason})</source>
        <translation>{when}に期限切れ（{reason}）</translation>
    </message>
    <message>
        <source>{what}, every {step} s; dashed: what is normal</source>
        <translation>{what}（{step}秒ごと）。破線：通常の水準</translation>
    </message>
    <message>
        <source>the rate watched</source>
        <translation>監視中の指標</translation>
    </message>
    <message>
        <source>{label}
Fits: {fits}. The pad&apos;s safety step applies.</source>
        <translation>{label}
対象：{fits}。アクションパッドの確認手順が適用されます。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>taken at {when}: {remedy} · {effect}</source>
        <translation>{when}に対応：{remedy} · {effect}</translation>
    </message>
    <message>
        <source>taken at {when}: {remedy} · effect measured once it is on air</source>
        <translation>{when}に対応：{remedy} · 効果は配信後に測定します</translation>
    </message>
</context>
<context>
    <name>AdviceDock</name>
    <message>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>No advice: the advisor is watching the live.</source>
        <translation>アドバイスはありません。アドバイザーがライブを監視しています。</translation>
    </message>
    <message>
        <source>No remedy in the plan: {label}</source>
        <translation>プランに対策がありません：{label}</translation>
    </message>
    <message>
        <source>Advice taken: {label}</source>
        <translation>アドバイスに対応しました：{label}</translation>
    </message>
    <message>
        <source>Advice dismissed: {title}</source>
        <translation>アドバイスを閉じました：{title}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>operator</source>
        <extracomment>a seat&apos;s role, as the status bar names it</extracomment>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <source>cannot record the session to {path}: {error}</source>
        <translation>セッションを{path}に記録できません：{error}</translation>
    </message>
    <message>
        <source>{error}; name the seat with --operator</source>
        <translation>{error}。--operator で席の名前を指定してください</translation>
    </message>
    <message>
        <source>{path} · {role} seat: {seat}</source>
        <translation>{path} · {role}席：{seat}</translation>
    </message>
    <message>
        <source>recording to {path}</source>
        <translation>{path}に記録しています</translation>
    </message>
    <message>
        <source>cannot save the screenshot {path}: {error}</source>
        <translation>スクリーンショット{path}を保存できません：{error}</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n rows could not be written</source>
        <translation>
            <numerusform>{what}：%n行を書き込めませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>the session file</source>
        <translation>セッションファイル</translation>
    </message>
    <message>
        <source>{problem}; removed the empty session file {path}</source>
        <translation>{problem}。空のセッションファイル{path}を削除しました</translation>
    </message>
    <message>
        <source>{problem}; the session file {path} is kept</source>
        <translation>{problem}。セッションファイル{path}は残してあります</translation>
    </message>
    <message>
        <source>feed {url}: {reason}; retrying</source>
        <translation>フィード{url}：{reason}。再試行します</translation>
    </message>
    <message>
        <source>feed {url}: {reason}; not retrying</source>
        <translation>フィード{url}：{reason}。再試行しません</translation>
    </message>
    <message>
        <source>feed {url}: connected</source>
        <translation>フィード{url}：接続しました</translation>
    </message>
    <message>
        <source>no event came from the feed {url} ({problem})</source>
        <translation>フィード{url}からイベントが届きませんでした（{problem}）</translation>
    </message>
    <message>
        <source>no event came from the feed {url}</source>
        <translation>フィード{url}からイベントが届きませんでした</translation>
    </message>
    <message>
        <source>Qt could not write a picture there (is {suffix} an image type?)</source>
        <translation>Qtが画像を書き込めませんでした（{suffix}は画像形式ですか？）</translation>
    </message>
    <message>
        <source>Qt could not write a picture there (is no suffix an image type?)</source>
        <translation>Qtが画像を書き込めませんでした（拡張子がないため画像形式を判別できません）</translation>
    </message>
    <message>
        <source>{path} (replay, read-only)</source>
        <translation>{path}（リプレイ・閲覧のみ）</translation>
    </message>
    <message>
        <source>the report of {live} could not be written: {error}</source>
        <translation>{live}のレポートを作成できませんでした：{error}</translation>
    </message>
    <message>
        <source>watching the bus at {where}; recording to {sessions}</source>
        <translation>{where}のバスを監視中。{sessions}に記録しています</translation>
    </message>
    <message>
        <source>report written to {path}</source>
        <translation>レポートを{path}に書き出しました</translation>
    </message>
    <message>
        <source>Writing the post-live report…</source>
        <translation>配信後レポートを作成中…</translation>
    </message>
    <message>
        <source>Report: {p}</source>
        <translation>レポート：{p}</translation>
    </message>
</context>
<context>
    <name>AudienceChart</name>
    <message>
        <source>viewers</source>
        <translation>視聴者数</translation>
    </message>
    <message>
        <source>minutes into the live</source>
        <translation>ライブ開始からの分数</translation>
    </message>
    <message>
        <source>orders / min</source>
        <translation>注文数 / 分</translation>
    </message>
    <message>
        <source>waiting for the first events…</source>
        <translation>最初のイベントを待っています…</translation>
    </message>
    <message>
        <source>{what}: n/a</source>
        <translation>{what}：取得不可</translation>
    </message>
    <message>
        <source>★ marked</source>
        <translation>★ マーク</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n件のアクション</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ByHandCard</name>
    <message>
        <source>✓ Done, on air  {key}</source>
        <translation>✓ 完了・配信中  {key}</translation>
    </message>
    <message>
        <source>✗ Not done</source>
        <translation>✗ 未実行</translation>
    </message>
    <message>
        <source>You did these steps in the platform&apos;s app: the action goes on air and on the charts now</source>
        <translation>プラットフォームのアプリでこの手順を実行しました。アクションは今から配信とグラフに反映されます</translation>
    </message>
    <message>
        <source>You did not do them: recorded, never on air</source>
        <translation>実行しませんでした。記録されますが、配信には反映されません</translation>
    </message>
    <message>
        <source>DO BY HAND IN THE PLATFORM&apos;S APP (1 of {n})</source>
        <translation>プラットフォームのアプリで手動実行（1/{n}）</translation>
    </message>
    <message>
        <source>DO BY HAND IN THE PLATFORM&apos;S APP</source>
        <translation>プラットフォームのアプリで手動実行</translation>
    </message>
    <message>
        <source>Mark “{what}” as not done? It will not go on air, and cannot be confirmed later.</source>
        <translation>「{what}」を未実行にしますか？配信には反映されず、後から確定することもできません。</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <source>ORGANIC</source>
        <translation>オーガニック</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>DIRECT</source>
        <translation>ダイレクト</translation>
    </message>
    <message>
        <source>Viewers now</source>
        <translation>同時視聴者数</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>流入数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>転換率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>share of GMV</source>
        <translation>GMVに占める割合</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>新規購入者</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>リピート購入者</translation>
    </message>
</context>
<context>
    <name>ChatHeatmap</name>
    <message>
        <source>minutes into the live</source>
        <translation>ライブ開始からの分数</translation>
    </message>
    <message>
        <source>Chat by segment</source>
        <translation>コーナー別コメント</translation>
    </message>
    <message>
        <source>Clicks by product</source>
        <translation>商品別クリック</translation>
    </message>
    <message>
        <source>no chat yet</source>
        <translation>まだコメントはありません</translation>
    </message>
    <message>
        <source>Chat: {na}</source>
        <translation>コメント：{na}</translation>
    </message>
    <message>
        <source>Product clicks: {na}</source>
        <translation>商品クリック：{na}</translation>
    </message>
    <message>
        <source>no product clicks yet</source>
        <translation>まだ商品クリックはありません</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Confirm action</source>
        <translation>アクションの確認</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>{n} s</source>
        <translation>{n}秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}時間{m}分</translation>
    </message>
    <message>
        <source>STALE · numbers {age} old</source>
        <translation>更新停止 · {age}前の数値</translation>
    </message>
    <message>
        <source>CATCHING UP · numbers {age} old</source>
        <translation>遅延中 · {age}前の数値</translation>
    </message>
    <message>
        <source>● RESUMING · numbers {age} old</source>
        <translation>● 再開中 · {age}前の数値</translation>
    </message>
    <message>
        <source>● CATCHING UP · numbers {age} old</source>
        <translation>● 遅延中 · {age}前の数値</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● ライブ</translation>
    </message>
    <message>
        <source>● RECONNECTING {s} s</source>
        <translation>● 再接続中 {s}秒</translation>
    </message>
    <message>
        <source>● STALE {s} s</source>
        <translation>● 更新停止 {s}秒</translation>
    </message>
    <message>
        <source>● STOPPED: {reason}</source>
        <translation>● 停止：{reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由不明</translation>
    </message>
    <message>
        <source>● ENDED</source>
        <translation>● 終了</translation>
    </message>
    <message>
        <source>● REPLAY {how}</source>
        <translation>● リプレイ {how}</translation>
    </message>
    <message>
        <source>● CONNECTING</source>
        <translation>● 接続中</translation>
    </message>
    <message>
        <source>time since the start of the live</source>
        <translation>ライブ開始からの経過時間</translation>
    </message>
    <message>
        <source>The live has ended — open the post-live report</source>
        <translation>ライブが終了しました — 配信後レポートを開く</translation>
    </message>
    <message>
        <source>{reason} — next attempt in {s} s, {n} reconnects so far</source>
        <translation>{reason} — {s}秒後に再試行（これまでの再接続：{n}回）</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>{r} events/s</source>
        <translation>{r} イベント/秒</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s}秒</translation>
    </message>
    <message>
        <source>lag {s}</source>
        <translation>遅延 {s}</translation>
    </message>
    <message>
        <source>seq {n}</source>
        <translation>seq {n}</translation>
    </message>
    <message>
        <source>rejected {n}</source>
        <translation>拒否 {n}</translation>
    </message>
    <message>
        <source>⚠ NOT RECORDING: disk refuses writes (kept in memory)</source>
        <translation>⚠ 記録されていません：ディスクに書き込めません（メモリに保持中）</translation>
    </message>
    <message>
        <source>gaps {n}</source>
        <translation>欠落 {n}</translation>
    </message>
    <message>
        <source>seq {a}–{b}: {cause}</source>
        <translation>seq {a}–{b}：{cause}</translation>
    </message>
</context>
<context>
    <name>CustomOfferDialog</name>
    <message>
        <source>Custom flash offer</source>
        <translation>カスタムタイムセール</translation>
    </message>
    <message>
        <source>mm:ss, or plain seconds; 00:10 to 60:00</source>
        <translation>mm:ss または秒数。00:10〜60:00</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>割引</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Discount: a whole number from 1 to 90 %</source>
        <translation>割引：1〜90 %の整数で入力してください</translation>
    </message>
    <message>
        <source>Duration: seconds or mm:ss, from 00:10 to 60:00</source>
        <translation>時間：秒数またはmm:ssで、00:10〜60:00</translation>
    </message>
    <message>
        <source>Product: none can take an offer now</source>
        <translation>商品：現在セールを開始できる商品がありません</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}：{why}</translation>
    </message>
    <message>
        <source>At -{d}% {name} sells for {price}, below its cost {cost}</source>
        <translation>-{d}%では{name}の価格は{price}となり、原価{cost}を下回ります</translation>
    </message>
    <message>
        <source>Fires: {label}</source>
        <translation>実行内容：{label}</translation>
    </message>
</context>
<context>
    <name>KpiTilesPanel</name>
    <message>
        <source>engagement {rate}</source>
        <translation>エンゲージメント {rate}</translation>
    </message>
    <message numerus="yes">
        <source>last 60 s · %n buyers in all</source>
        <translation>
            <numerusform>直近60秒 · 購入者 計%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>VIEWERS NOW</source>
        <translation>同時視聴者数</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV（流通総額）</translation>
    </message>
    <message>
        <source>ORDERS</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>ORDERS / MIN</source>
        <translation>注文数 / 分</translation>
    </message>
    <message>
        <source>CONVERSION</source>
        <translation>転換率（CVR）</translation>
    </message>
    <message>
        <source>buyers per unique viewer</source>
        <translation>ユニーク視聴者あたりの購入者</translation>
    </message>
    <message>
        <source>ROAS (PAID)</source>
        <translation>ROAS（広告）</translation>
    </message>
    <message>
        <source>SALES / MIN</source>
        <translation>売上 / 分</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>直近60秒</translation>
    </message>
    <message>
        <source>CART ABANDONMENT</source>
        <translation>カゴ落ち率</translation>
    </message>
    <message>
        <source>CHAT / MIN</source>
        <translation>コメント / 分</translation>
    </message>
    <message>
        <source>GPM</source>
        <translation>GPM</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>1,000視聴あたりのGMV</translation>
    </message>
    <message>
        <source>UV VALUE</source>
        <translation>UV単価</translation>
    </message>
    <message>
        <source>GMV per unique viewer</source>
        <translation>ユニーク視聴者あたりのGMV</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>客単価</translation>
    </message>
    <message>
        <source>GMV per buyer</source>
        <translation>購入者あたりのGMV</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>未達ペース</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>ceiling {t}</source>
        <translation>上限 {t}</translation>
    </message>
    <message>
        <source>peak {p} / {t}</source>
        <translation>最大 {p} / {t}</translation>
    </message>
    <message>
        <source>final · target {t}</source>
        <translation>確定 · 目標 {t}</translation>
    </message>
    <message>
        <source>proj. {p} / {t}</source>
        <translation>予測 {p} / {t}</translation>
    </message>
    <message>
        <source>target {t}</source>
        <translation>目標 {t}</translation>
    </message>
    <message>
        <source>peak {p} · target {t}</source>
        <translation>最大 {p} · 目標 {t}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>projected {p}</source>
        <translation>予測 {p}</translation>
    </message>
    <message>
        <source>too early to judge</source>
        <translation>判定にはまだ早い</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>データ待ち</translation>
    </message>
    <message>
        <source>{goal} · {state}</source>
        <translation>{goal} · {state}</translation>
    </message>
    <message>
        <source>Goal {name}: {status}</source>
        <translation>目標 {name}：{status}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>取得不可</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Follow the system: {language}</source>
        <translation>システムの設定に従う：{language}</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>言語を保存できませんでした：{error}</translation>
    </message>
    <message>
        <source>{language} applies from the next start of the console</source>
        <translation>{language}は次回コンソールを起動したときから適用されます</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>no plan</source>
        <translation>プランなし</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Audience vs conversion</source>
        <translation>視聴者数と転換</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <source>Chat map</source>
        <translation>コメントマップ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>レイアウトをリセット</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>特大</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>振り返り(&amp;R)</translation>
    </message>
    <message>
        <source>Post-live report</source>
        <translation>配信後レポート</translation>
    </message>
    <message>
        <source>Text size “{name}” does not fit this screen ({w}×{h}): “{used}” instead</source>
        <translation>文字サイズ「{name}」はこの画面（{w}×{h}）に収まりません。「{used}」を使います</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>End the console while the live is on air?</source>
        <translation>ライブ配信中ですが、コンソールを終了しますか？</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>コンソールを閉じる</translation>
    </message>
</context>
<context>
    <name>ProductPanels</name>
    <message>
        <source>On screen: {title} — not in the plan (platform id {id})</source>
        <translation>紹介中：{title} — プランにありません（プラットフォームID {id}）</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>The host pinned a product the plan does not map: add its id to the product&apos;s platform_ids (docs/plan.md) to see its figures here</source>
        <translation>配信者がプランにない商品を固定しました。数値をここに表示するには、そのIDを商品のplatform_idsに追加してください（docs/plan.md）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>取得不可</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>残り{n}</translation>
    </message>
    <message>
        <source>stock {n}</source>
        <translation>在庫 {n}</translation>
    </message>
    <message>
        <source>sales {na}</source>
        <translation>売上 {na}</translation>
    </message>
    <message>
        <source>conv {conv} · CTR {ctr} · {stock}</source>
        <translation>CVR {conv} · CTR {ctr} · {stock}</translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>販売%n個</numerusform>
        </translation>
    </message>
    <message>
        <source>{sku}: {i} impressions, {c} clicks, {k} carts ({a} abandoned), {o} orders, {m} chat mentions</source>
        <translation>{sku}：インプレッション{i}、クリック{c}、カート追加{k}（カゴ落ち{a}）、注文{o}、コメントでの言及{m}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>The report has not been written yet.</source>
        <translation>レポートはまだ作成されていません。</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>レポートを作成</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザで開く</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを作成中…</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>再作成</translation>
    </message>
    <message>
        <source>The report could not be written: {e}</source>
        <translation>レポートを作成できませんでした：{e}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>▶ Play  (Space)</source>
        <translation>▶ 再生  (Space)</translation>
    </message>
    <message>
        <source>◀ action  (PgUp)</source>
        <translation>◀ アクション  (PgUp)</translation>
    </message>
    <message>
        <source>action ▶  (PgDn)</source>
        <translation>アクション ▶  (PgDn)</translation>
    </message>
    <message>
        <source>+ note  (N)</source>
        <translation>+ メモ  (N)</translation>
    </message>
    <message>
        <source>No later action or note</source>
        <translation>これより後のアクションやメモはありません</translation>
    </message>
    <message>
        <source>No earlier action or note</source>
        <translation>これより前のアクションやメモはありません</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>振り返りメモ</translation>
    </message>
    <message>
        <source>Note at this moment:</source>
        <translation>この時点のメモ：</translation>
    </message>
    <message>
        <source>loading {p}</source>
        <translation>読み込み中 {p}</translation>
    </message>
    <message>
        <source>❚❚ Pause  (Space)</source>
        <translation>❚❚ 一時停止  (Space)</translation>
    </message>
</context>
</TS>
