<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ReportActions</name>
    <message>
        <source>flash offer</source>
        <extracomment>an action&apos;s kind, source and status as the actions table names them (stored as keys; shown with &quot;_&quot; as &quot; &quot;)</extracomment>
        <translation>タイムセール</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>コーナー</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>セット販売</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>pending</source>
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
        <translation>手動で実行</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>配信で確認</translation>
    </message>
</context>
<context>
    <name>ReportAdvice</name>
    <message>
        <source>No fitting remedy in the plan; {remedy} would fit</source>
        <translation>プランに合う対策がありません。{remedy}が有効です</translation>
    </message>
    <message>
        <source>still open when the recording stopped</source>
        <translation>記録終了時点で未対応</translation>
    </message>
    <message>
        <source>when the recording stopped</source>
        <translation>記録終了時点</translation>
    </message>
    <message>
        <source>at {time}; its action is not in the session file</source>
        <translation>{time}、そのアクションはセッションファイルにありません</translation>
    </message>
    <message>
        <source>its action is not in the session file</source>
        <translation>そのアクションはセッションファイルにありません</translation>
    </message>
    <message>
        <source>at {time} with #{number} {action}, which never reached the stream ({why})</source>
        <translation>{time}に#{number} {action}で実行（配信に反映されず：{why}）</translation>
    </message>
    <message>
        <source>with #{number} {action}, which never reached the stream ({why})</source>
        <translation>#{number} {action}で実行（配信に反映されず：{why}）</translation>
    </message>
    <message>
        <source>at {time} with #{number} {action}</source>
        <translation>{time}に#{number} {action}で実行</translation>
    </message>
    <message>
        <source>with #{number} {action}</source>
        <translation>#{number} {action}で実行</translation>
    </message>
    <message>
        <source>at {time}: {reason}</source>
        <translation>{time}：{reason}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>{time}</translation>
    </message>
    <message>
        <source>{state} {details}</source>
        <translation>{state}（{details}）</translation>
    </message>
    <message>
        <source>{channel} channel</source>
        <translation>{channel}経由</translation>
    </message>
    <message>
        <source>Advice from the live advisor</source>
        <translation>ライブアドバイザーからのアドバイス</translation>
    </message>
    <message>
        <source>No advice was raised during this live (a session recorded before the live advisor existed has none to show).</source>
        <translation>このライブではアドバイスは出ませんでした（ライブアドバイザー導入前に記録されたセッションには表示するものがありません）。</translation>
    </message>
    <message>
        <source>Every advice the live advisor raised, in the order raised, at its time into the live. What followed: orders per minute in the {minutes} minutes before against the {minutes} minutes after, measured as the actions above are: around the action for a taken advice (its row in the actions table), around the moment it was raised for the others, so the cost of leaving an advice shows. The verdict is per viewer, as for actions.</source>
        <extracomment>a state as the summary and the table say it, and its chip&apos;s tone</extracomment>
        <translation>ライブアドバイザーが出したすべてのアドバイスを、出た順に、ライブ経過時間とともに示します。その後の推移：前{minutes}分と後{minutes}分の1分あたり注文数を、上のアクションと同じ方法で測定しています。実行されたアドバイスはそのアクションの前後（アクション表の該当行）、それ以外はアドバイスが出た時点の前後で測るため、アドバイスを放置した損失もわかります。判定はアクションと同じく視聴者あたりです。</translation>
    </message>
    <message>
        <source>Raised {count}: {states}.</source>
        <translation>アドバイス{count}件：{states}。</translation>
    </message>
    <message>
        <source>{kind}: {count} ({states})</source>
        <translation>{kind}：{count}件（{states}）</translation>
    </message>
    <message>
        <source>{state} {count}</source>
        <translation>{state}{count}件</translation>
    </message>
    <message>
        <source>{rate} orders/min ({lift})</source>
        <translation>{rate} 注文/分（{lift}）</translation>
    </message>
    <message>
        <source>{rate} orders/min</source>
        <translation>{rate} 注文/分</translation>
    </message>
    <message>
        <source>around #{number} at {time}</source>
        <translation>{time}の#{number}の前後</translation>
    </message>
    <message>
        <source>around the advice itself</source>
        <translation>アドバイス時点の前後</translation>
    </message>
    <message>
        <source>around the advice itself: its action never reached the stream</source>
        <translation>アドバイス時点の前後（そのアクションは配信に反映されませんでした）</translation>
    </message>
    <message>
        <source>{duration} before</source>
        <translation>前{duration}</translation>
    </message>
    <message>
        <source>{duration} after</source>
        <translation>後{duration}</translation>
    </message>
    <message>
        <source>{around}; only {before} and {after}</source>
        <translation>{around}、{before}と{after}のみ</translation>
    </message>
    <message>
        <source>{around}; only {cut}</source>
        <translation>{around}、{cut}のみ</translation>
    </message>
    <message>
        <source>{before} → {after} orders; {note}</source>
        <translation>注文 {before} → {after}件、{note}</translation>
    </message>
    <message numerus="yes">
        <source>%n advice row(s) in the session file could not be read and are left out.</source>
        <translation>
            <numerusform>セッションファイル内の%n件のアドバイス行を読み込めなかったため、除外しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>By kind: {kinds}</source>
        <translation>種類別：{kinds}</translation>
    </message>
    <message>
        <source>the whole live</source>
        <translation>ライブ全体</translation>
    </message>
    <message>
        <source>{lift} per viewer</source>
        <translation>視聴者あたり{lift}</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>検知した内容</translation>
    </message>
    <message>
        <source>Suggested remedy</source>
        <translation>対策案</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What followed ({minutes} min before → after)</source>
        <translation>その後の推移（前後{minutes}分）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>ReportChannels</name>
    <message>
        <source>organic</source>
        <extracomment>the entry channels (protocol keys) as the report names them</extracomment>
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
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Viewers</source>
        <translation>視聴者数</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>視聴者</translation>
    </message>
    <message>
        <source>Engagement: chat messages per minute</source>
        <translation>エンゲージメント：1分あたりのコメント数</translation>
    </message>
    <message>
        <source>chat/min</source>
        <translation>コメント/分</translation>
    </message>
    <message>
        <source>Drop-off: viewers leaving per minute</source>
        <translation>離脱：1分あたりの退室者数</translation>
    </message>
    <message>
        <source>leaves/min</source>
        <translation>退室/分</translation>
    </message>
    <message>
        <source>joins/min</source>
        <translation>入室/分</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>1分あたりの注文数</translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation>注文/分</translation>
    </message>
    <message>
        <source>Cart abandonment: carts abandoned and opened per minute</source>
        <translation>カゴ落ち：1分あたりの放棄カートと新規カート</translation>
    </message>
    <message>
        <source>abandoned/min</source>
        <translation>カゴ落ち/分</translation>
    </message>
    <message>
        <source>carts/min</source>
        <translation>カート/分</translation>
    </message>
    <message>
        <source>{series} · {live} (reference)</source>
        <translation>{series} · {live}（比較対象）</translation>
    </message>
    <message>
        <source>minute of the live</source>
        <translation>ライブ経過時間（分）</translation>
    </message>
    <message>
        <source>Products: margin per unit against sales velocity</source>
        <translation>商品：1個あたり粗利と販売スピード</translation>
    </message>
    <message>
        <source>no product has a plan cost: no margins to plot</source>
        <translation>プランに原価のある商品がないため、粗利を表示できません</translation>
    </message>
    <message>
        <source>units sold per minute on sale (red: sold out; size: revenue)</source>
        <translation>販売中の1分あたり販売個数（赤：完売、大きさ：売上）</translation>
    </message>
    <message>
        <source>margin per unit ({currency})</source>
        <translation>1個あたり粗利（{currency}）</translation>
    </message>
    <message>
        <source>stars: high margin, fast</source>
        <translation>スター：高粗利・速い</translation>
    </message>
    <message>
        <source>niche: high margin, slow</source>
        <translation>ニッチ：高粗利・遅い</translation>
    </message>
    <message>
        <source>traffic builders: low margin, fast</source>
        <translation>集客商品：低粗利・速い</translation>
    </message>
    <message>
        <source>review: low margin, slow</source>
        <translation>見直し：低粗利・遅い</translation>
    </message>
    <message>
        <source>{sku} (sold out)</source>
        <translation>{sku}（完売）</translation>
    </message>
    <message>
        <source>Entry channels: conversion, revenue and ROAS</source>
        <translation>流入経路：転換率・売上・ROAS</translation>
    </message>
    <message>
        <source>conversion (buyers / entered, %)</source>
        <translation>転換率（購入者÷入室者、%）</translation>
    </message>
</context>
<context>
    <name>ReportCompare</name>
    <message>
        <source>Impressions</source>
        <translation>インプレッション</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>クリック</translation>
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
        <source>Margin</source>
        <translation>粗利</translation>
    </message>
    <message>
        <source>Units/min</source>
        <translation>個/分</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>入室者数</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Neither live has any.</source>
        <translation>どちらのライブにもありません。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Reference: {name}</source>
        <translation>比較対象：{name}</translation>
    </message>
    <message>
        <source>This live: {name}</source>
        <translation>今回のライブ：{name}</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>All the numbers, side by side</source>
        <translation>全指標の比較</translation>
    </message>
    <message>
        <source>Differences are this live minus the reference; percentages move in points.</source>
        <translation>差分は今回のライブから比較対象を引いた値です。割合はポイント差で示します。</translation>
    </message>
    <message>
        <source>Goals vs actuals</source>
        <translation>目標と実績</translation>
    </message>
    <message>
        <source>Neither plan set goals.</source>
        <translation>どちらのプランにも目標がありません。</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>比較対象の目標値</translation>
    </message>
    <message>
        <source>Reference actual</source>
        <translation>比較対象の実績</translation>
    </message>
    <message>
        <source>Reference verdict</source>
        <translation>比較対象の判定</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Reference: {reference}. This live: {this}.</source>
        <translation>比較対象：{reference}。今回のライブ：{this}。</translation>
    </message>
    <message>
        <source>Products, side by side</source>
        <translation>商品の比較</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Each cell: reference → this live, and the difference. A product only one live carried shows — for the other.</source>
        <translation>各セル：比較対象 → 今回のライブ、およびその差分。片方のライブにしかない商品は、もう一方を—で示します。</translation>
    </message>
    <message>
        <source>Entry channels, side by side</source>
        <translation>流入経路の比較</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <source>Each cell: reference → this live, and the difference.</source>
        <translation>各セル：比較対象 → 今回のライブ、およびその差分。</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Concurrent viewers at the end of each minute.</source>
        <translation>各分の終わり時点の同時視聴者数。</translation>
    </message>
    <message>
        <source>Chat messages per minute: how lively the room was.</source>
        <translation>1分あたりのコメント数：配信の盛り上がり。</translation>
    </message>
    <message>
        <source>Viewers leaving per minute (bars) against viewers joining (line): where the room lost people.</source>
        <translation>1分あたりの退室者数（棒）と入室者数（線）：視聴者が離れたタイミング。</translation>
    </message>
    <message>
        <source>Orders per minute.</source>
        <translation>1分あたりの注文数。</translation>
    </message>
    <message>
        <source>Carts abandoned per minute (bars) against carts opened (line).</source>
        <translation>1分あたりのカゴ落ち（棒）と新規カート（線）。</translation>
    </message>
    <message>
        <source>Concurrent viewers: this live (solid) against the reference live (dashed grey).</source>
        <translation>同時視聴者数：今回のライブ（実線）と比較対象のライブ（灰色の破線）。</translation>
    </message>
    <message>
        <source>Chat messages per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>1分あたりのコメント数：今回のライブ（実線）と比較対象のライブ（灰色の破線）。</translation>
    </message>
    <message>
        <source>Viewers leaving per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>1分あたりの退室者数：今回のライブ（実線）と比較対象のライブ（灰色の破線）。</translation>
    </message>
    <message>
        <source>Orders per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>1分あたりの注文数：今回のライブ（実線）と比較対象のライブ（灰色の破線）。</translation>
    </message>
    <message>
        <source>Carts abandoned per minute: this live (solid) against the reference live (dashed grey).</source>
        <translation>1分あたりのカゴ落ち：今回のライブ（実線）と比較対象のライブ（灰色の破線）。</translation>
    </message>
    <message>
        <source>product quadrant</source>
        <translation>商品ポートフォリオ</translation>
    </message>
    <message>
        <source>Actions and their measured impact</source>
        <translation>アクションとその効果測定</translation>
    </message>
    <message>
        <source>Actions of the reference live, {name}</source>
        <translation>比較対象のライブ（{name}）のアクション</translation>
    </message>
    <message>
        <source>Margin per unit against units sold per minute while on sale; dashed lines are the medians. Stars (top right) carry the live; traffic builders (bottom right) sell fast at a thin margin; niche products (top left) earn well but slowly; bottom left is for review.</source>
        <translation>販売中の1分あたり販売個数と1個あたり粗利の関係。破線は中央値です。右上のスターがライブを支え、右下の集客商品は薄利で速く売れ、左上のニッチ商品は利益は高いものの売れ行きが遅く、左下は見直し対象です。</translation>
    </message>
    <message>
        <source>{title}: post-live report</source>
        <translation>{title}：配信後レポート</translation>
    </message>
    <message>
        <source>{this}: post-live report, compared with {reference}</source>
        <translation>{this}：配信後レポート（{reference}と比較）</translation>
    </message>
    <message>
        <source>{elapsed} recorded of {planned} planned</source>
        <translation>予定{planned}のうち{elapsed}を記録</translation>
    </message>
    <message>
        <source>{elapsed} recorded</source>
        <translation>{elapsed}を記録</translation>
    </message>
    <message>
        <source>Live &lt;b&gt;{live}&lt;/b&gt; · {recorded} · {events} events · session file &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>ライブ &lt;b&gt;{live}&lt;/b&gt; · {recorded} · イベント{events}件 · セッションファイル &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Compared with &lt;b&gt;{reference}&lt;/b&gt; ({live}, &lt;code&gt;{path}&lt;/code&gt;), the reference. Differences read this live minus the reference, &lt;span class=&quot;delta better&quot;&gt;green&lt;/span&gt; where this live did better, &lt;span class=&quot;delta worse&quot;&gt;red&lt;/span&gt; where it did worse.</source>
        <translation>比較対象：&lt;b&gt;{reference}&lt;/b&gt;（{live}、&lt;code&gt;{path}&lt;/code&gt;）。差分は今回のライブから比較対象を引いた値で、今回が良かった箇所は&lt;span class=&quot;delta better&quot;&gt;緑&lt;/span&gt;、悪かった箇所は&lt;span class=&quot;delta worse&quot;&gt;赤&lt;/span&gt;で示します。</translation>
    </message>
    <message>
        <source>Note: {what}.</source>
        <translation>注記：{what}。</translation>
    </message>
    <message>
        <source>goal {target} · {verdict}</source>
        <translation>目標 {target} · {verdict}</translation>
    </message>
    <message>
        <source>vs reference {difference}</source>
        <translation>比較対象比 {difference}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>サマリー</translation>
    </message>
    <message>
        <source>The lessons rest on orders, which this live&apos;s feed did not send (order_placed): none can be drawn from it.</source>
        <translation>教訓は注文に基づきますが、このライブのフィードは注文（order_placed）を送っていないため、教訓を導けません。</translation>
    </message>
    <message>
        <source>This live&apos;s numbers are too thin for a lesson: no rule found enough orders, views or carts to stand on (docs/report.md lists the thresholds).</source>
        <translation>このライブの数値は教訓を導くには少なすぎます。どのルールも十分な注文・視聴・カートを見つけられませんでした（しきい値はdocs/report.mdを参照）。</translation>
    </message>
    <message>
        <source>Rests on: {evidence}</source>
        <translation>根拠：{evidence}</translation>
    </message>
    <message numerus="yes">
        <source>Only %n lesson(s) could be drawn from this live&apos;s numbers.</source>
        <translation>
            <numerusform>このライブの数値から導けた教訓は%n件のみです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference live&apos;s lessons</source>
        <translation>比較対象のライブの教訓</translation>
    </message>
    <message>
        <source>Three lessons for the next live</source>
        <translation>次回ライブへの3つの教訓</translation>
    </message>
    <message>
        <source>The plan set no goals.</source>
        <translation>プランに目標が設定されていません。</translation>
    </message>
    <message>
        <source>No plan was recorded with this live: no goals.</source>
        <translation>このライブにはプランが記録されていないため、目標はありません。</translation>
    </message>
    <message>
        <source>Goals vs actuals</source>
        <translation>目標と実績</translation>
    </message>
    <message>
        <source>{target} max</source>
        <translation>上限{target}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Actual / target</source>
        <translation>実績／目標</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Targets from the plan; actuals at the last recorded event.</source>
        <translation>目標値はプランから、実績は最後に記録されたイベント時点のものです。</translation>
    </message>
    <message>
        <source>No actions were taken, so the curves carry no markers.</source>
        <translation>アクションが実行されていないため、グラフにマーカーはありません。</translation>
    </message>
    <message>
        <source>Markers: {markers}.</source>
        <translation>マーカー：{markers}。</translation>
    </message>
    <message>
        <source>Minute by minute</source>
        <translation>分単位の推移</translation>
    </message>
    <message>
        <source>No events were recorded: no curves to draw.</source>
        <translation>イベントが記録されていないため、グラフを描けません。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>No product was shown or sold.</source>
        <translation>紹介・販売された商品はありません。</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>インプレッション</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>クリック</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>カート</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>カゴ落ち率</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>個数</translation>
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
        <source>Margin</source>
        <translation>粗利</translation>
    </message>
    <message>
        <source>Units/min</source>
        <translation>個/分</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Conversion = orders / clicks. Abandoned = abandoned carts / carts. Units/min while on sale (until it sold out). Margin = revenue − units × plan cost.</source>
        <translation>転換率＝注文÷クリック。カゴ落ち率＝放棄カート÷カート。個/分は販売中（完売まで）の値。粗利＝売上−個数×プランの原価。</translation>
    </message>
    <message>
        <source>No orders were recorded: revenue, margin and conversion are empty.</source>
        <translation>注文が記録されていないため、売上・粗利・転換率は空欄です。</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>{time}に完売</translation>
    </message>
    <message>
        <source>Not available from this feed: {columns} ({why}).</source>
        <translation>このフィードからは取得できません：{columns}（{why}）。</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>入室者数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購入者数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>構成比</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <source>Conversion = buyers / viewers who entered through the channel. ROAS = paid revenue / ad spend.</source>
        <translation>転換率＝購入者÷その経路から入室した視聴者。ROAS＝広告経由の売上÷広告費。</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <source>Conversion by entry channel; labels: revenue and ROAS.</source>
        <translation>流入経路別の転換率。ラベルは売上とROAS。</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <source>New vs returning buyers</source>
        <translation>新規とリピートの購入者</translation>
    </message>
    <message>
        <source>New and returning buyers: {not_available} ({why}).</source>
        <translation>新規・リピート購入者：{not_available}（{why}）。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Share of GMV</source>
        <translation>GMV構成比</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>リピート</translation>
    </message>
    <message>
        <source>A buyer is new or returning by the flag of their first order in this live.</source>
        <translation>新規かリピートかは、このライブでの最初の注文のフラグで判定しています。</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>視聴者数</translation>
    </message>
    <message>
        <source>Engagement (chat per minute)</source>
        <translation>エンゲージメント（1分あたりのコメント）</translation>
    </message>
    <message>
        <source>Drop-off (viewers leaving per minute)</source>
        <translation>離脱（1分あたりの退室者）</translation>
    </message>
    <message>
        <source>Orders per minute</source>
        <translation>1分あたりの注文数</translation>
    </message>
    <message>
        <source>Cart abandonment per minute</source>
        <translation>1分あたりのカゴ落ち</translation>
    </message>
    <message>
        <source>Product quadrant</source>
        <translation>商品ポートフォリオ</translation>
    </message>
    <message>
        <source>Conversion by entry channel</source>
        <translation>流入経路別の転換率</translation>
    </message>
    <message>
        <source>{chart}: {not_available} ({why}).</source>
        <translation>{chart}：{not_available}（{why}）。</translation>
    </message>
    <message>
        <source>it did not send {event_types}</source>
        <translation>{event_types}が送られていません</translation>
    </message>
    <message>
        <source>No actions were taken during this live.</source>
        <translation>このライブではアクションは実行されませんでした。</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Orders before / after</source>
        <translation>注文（前／後）</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>注文/分</translation>
    </message>
    <message>
        <source>Viewers (average)</source>
        <translation>視聴者（平均）</translation>
    </message>
    <message>
        <source>Orders/min per 1,000 viewers</source>
        <translation>視聴者1,000人あたり注文/分</translation>
    </message>
    <message>
        <source>Lift per viewer</source>
        <translation>視聴者あたり上昇率</translation>
    </message>
    <message>
        <source>Offer units/min</source>
        <translation>タイムセール個数/分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Five minutes before each action against five minutes after it (cut at the live&apos;s start and end). Viewers is the average audience in each window; the lift and its verdict are per viewer, so a room filling up is not counted as the action&apos;s effect. Verdict from an exact two-rate test on the order counts over viewer-minutes: clear below p = 0.05, likely below 0.20, fewer than 8 orders in both windows together is too few to tell.</source>
        <translation>各アクションの前5分と後5分を比較します（ライブの開始・終了で打ち切り）。視聴者は各区間の平均視聴者数です。上昇率と判定は視聴者あたりのため、視聴者が増えただけの分はアクションの効果に含めません。判定は、視聴者・分あたりの注文数に対する正確な2比率検定によります：p = 0.05未満で「明確」、0.20未満で「可能性」、両区間の注文が合計8件未満なら判定不可です。</translation>
    </message>
    <message>
        <source>before window only {duration}: the live had just started</source>
        <translation>前の区間は{duration}のみ（ライブ開始直後）</translation>
    </message>
    <message>
        <source>after window only {duration}: the recording ends</source>
        <translation>後の区間は{duration}のみ（記録終了）</translation>
    </message>
    <message>
        <source>the audience grew {change} across the windows: the raw orders/min change is partly the room&apos;s</source>
        <translation>区間をまたいで視聴者が{change}増加：注文/分の変化の一部は視聴者数によるものです</translation>
    </message>
    <message>
        <source>the audience shrank {change} across the windows: the raw orders/min change is partly the room&apos;s</source>
        <translation>区間をまたいで視聴者が{change}減少：注文/分の変化の一部は視聴者数によるものです</translation>
    </message>
    <message>
        <source>{product} sold out {into} into it, at {time}</source>
        <translation>{product}が開始{into}後の{time}に完売</translation>
    </message>
    <message>
        <source>also in the window: {actions}</source>
        <translation>同じ区間に：{actions}</translation>
    </message>
    <message>
        <source>All the numbers</source>
        <translation>全指標</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>As the console showed them at the live&apos;s end.</source>
        <translation>ライブ終了時にコンソールに表示された値です。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>The live at that moment</source>
        <translation>その時点のライブ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Notes and marked moments</source>
        <translation>メモとマーク</translation>
    </message>
    <message>
        <source>Moments marked with Ctrl+M and notes typed during the live, and the review notes typed in replay (N), at their time into the live.</source>
        <translation>ライブ中にCtrl+Mでマークした時点と入力したメモ、およびリプレイ（N）で入力した振り返りメモを、ライブ経過時間とともに示します。</translation>
    </message>
    <message>
        <source>review note (replay)</source>
        <translation>振り返りメモ（リプレイ）</translation>
    </message>
    <message>
        <source>marked moment</source>
        <translation>マーク</translation>
    </message>
    <message>
        <source>note during the live</source>
        <translation>ライブ中のメモ</translation>
    </message>
    <message>
        <source>Moment marked (Ctrl+M)</source>
        <translation>マークした時点（Ctrl+M）</translation>
    </message>
    <message>
        <source>Computed by replaying all {events} recorded events through the console&apos;s KPI engine, so every number is the one the console showed at the live&apos;s end. Refused during the live: {rejected}; never received: {gaps}. How sections, confidence and lessons are worked out: docs/report.md.</source>
        <translation>記録された{events}件のイベントすべてをコンソールのKPIエンジンで再生して算出しているため、どの数値もライブ終了時にコンソールが表示した値と同じです。ライブ中に拒否：{rejected}件、未受信：{gaps}件。各セクション・信頼度・教訓の算出方法：docs/report.md。</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points}pt</translation>
    </message>
</context>
<context>
    <name>ReportLessons</name>
    <message>
        <source>“{action}” at {time} took orders from {before} to {after} per 1,000 viewers a minute ({lift}; {verdict}, {p}){audience}.</source>
        <translation>{time}の「{action}」で、視聴者1,000人あたりの毎分注文数が{before}から{after}になりました（{lift}、{verdict}、{p}）{audience}。</translation>
    </message>
    <message>
        <source>Run it again, and earlier, when orders flatten: one more run is worth about {gain} at this live&apos;s order value.</source>
        <translation>注文が伸び悩んだら、もう一度、より早めに実施してください。このライブの注文単価なら、1回の追加実施で約{gain}の価値があります。</translation>
    </message>
    <message>
        <source>Run it again when orders flatten: one more run is worth about {gain} at this live&apos;s order value.</source>
        <translation>注文が伸び悩んだら、もう一度実施してください。このライブの注文単価なら、1回の追加実施で約{gain}の価値があります。</translation>
    </message>
    <message>
        <source>Part of the lift may belong to {actions}, which ran in the same window.</source>
        <translation>上昇の一部は、同じ区間に実施された{actions}によるものかもしれません。</translation>
    </message>
    <message>
        <source>{orders} in {before_min} min before, {after} in {after_min} min after</source>
        <translation>前{before_min}分に{orders}、後{after_min}分に{after}件</translation>
    </message>
    <message>
        <source>average order {amount}</source>
        <translation>平均注文額{amount}</translation>
    </message>
    <message>
        <source>Repeat “{action}”, earlier</source>
        <translation>「{action}」をより早く再実施</translation>
    </message>
    <message>
        <source>Repeat “{action}”</source>
        <translation>「{action}」を再実施</translation>
    </message>
    <message>
        <source>Move it to a quieter moment or drop it.</source>
        <translation>落ち着いたタイミングに移すか、取りやめてください。</translation>
    </message>
    <message>
        <source>Not proven: try it at another moment and compare before dropping it.</source>
        <translation>確証はありません。取りやめる前に、別のタイミングで試して比較してください。</translation>
    </message>
    <message>
        <source>After “{action}” at {time} orders fell from {before} to {after} per 1,000 viewers a minute ({lift}; {verdict}, {p}){audience}.</source>
        <translation>{time}の「{action}」の後、視聴者1,000人あたりの毎分注文数が{before}から{after}に下がりました（{lift}、{verdict}、{p}）{audience}。</translation>
    </message>
    <message>
        <source>Part of the fall may belong to {actions}, which ran in the same windows.</source>
        <translation>低下の一部は、同じ区間に実施された{actions}によるものかもしれません。</translation>
    </message>
    <message>
        <source>{orders} before, {after} after</source>
        <translation>前：{orders}、後：{after}件</translation>
    </message>
    <message>
        <source>Rethink “{action}”</source>
        <translation>「{action}」を見直す</translation>
    </message>
    <message>
        <source>, while the audience grew from {before} to {after} ({change}; raw orders a minute {opm_before} → {opm_after})</source>
        <translation>。この間、視聴者は{before}人から{after}人に増えました（{change}、毎分注文数そのものは{opm_before} → {opm_after}）</translation>
    </message>
    <message>
        <source>, while the audience shrank from {before} to {after} ({change}; raw orders a minute {opm_before} → {opm_after})</source>
        <translation>。この間、視聴者は{before}人から{after}人に減りました（{change}、毎分注文数そのものは{opm_before} → {opm_after}）</translation>
    </message>
    <message>
        <source>{before} viewers on average before, {after} after</source>
        <translation>平均視聴者 前{before}人、後{after}人</translation>
    </message>
    <message>
        <source>from none before</source>
        <translation>実行前はゼロ</translation>
    </message>
    <message>
        <source>{lift} per viewer</source>
        <translation>視聴者あたり{lift}</translation>
    </message>
    <message>
        <source>{channel} {conversion} ({revenue})</source>
        <translation>{channel} {conversion}（{revenue}）</translation>
    </message>
    <message>
        <source>Raise the paid budget</source>
        <translation>広告予算を増やす</translation>
    </message>
    <message>
        <source>Paid returned {roas} its {spend} spend, above the {target} target: buy more of it, in the minutes where the room converts best.</source>
        <translation>広告は広告費{spend}の{roas}を回収し、目標の{target}を上回りました。最も転換率の高い時間帯に、さらに投下してください。</translation>
    </message>
    <message>
        <source>Cut or retarget paid traffic</source>
        <translation>広告流入を削減または再設定する</translation>
    </message>
    <message>
        <source>Paid returned only {roas} its {spend} spend, below the {target} target: cut it or retarget it to the audience of {channel}.</source>
        <translation>広告は広告費{spend}の{roas}しか回収できず、目標の{target}を下回りました。削減するか、{channel}の視聴者層に合わせてターゲティングし直してください。</translation>
    </message>
    <message>
        <source>Conversion by channel: {listing}.</source>
        <translation>流入経路別の転換率：{listing}。</translation>
    </message>
    <message>
        <source>ROAS {roas} vs target {target}</source>
        <translation>ROAS {roas}（目標{target}）</translation>
    </message>
    <message>
        <source>paid conversion {conversion}</source>
        <translation>広告流入の転換率{conversion}</translation>
    </message>
    <message>
        <source>Conversion by channel: {listing}. Viewers from {best} buy far more often than those from {worst}: put promotion effort into {best} before the next live.</source>
        <translation>流入経路別の転換率：{listing}。{best}からの視聴者は{worst}からの視聴者よりはるかによく購入しています。次回ライブの前に{best}での告知に力を入れてください。</translation>
    </message>
    <message>
        <source>{best} {best_conversion} vs {worst} {worst_conversion}</source>
        <translation>{best} {best_conversion}、{worst} {worst_conversion}</translation>
    </message>
    <message>
        <source>Bring more viewers through {channel}</source>
        <translation>{channel}からの流入を増やす</translation>
    </message>
    <message>
        <source>no product was shown</source>
        <translation>商品が紹介されていません</translation>
    </message>
    <message>
        <source>viewers saw products but did not click</source>
        <translation>視聴者は商品を見たもののクリックしていません</translation>
    </message>
    <message>
        <source>viewers clicked but did not add to cart</source>
        <translation>視聴者はクリックしたもののカートに追加していません</translation>
    </message>
    <message>
        <source>carts were opened but none was paid</source>
        <translation>カートは作られたものの決済されていません</translation>
    </message>
    <message>
        <source>{entered} viewers entered, products were shown {impressions} times and clicked {clicks} times, {carts} carts were opened, and no order came: {stage}. Check that stage first (product cards, shop link, checkout) before the next live.</source>
        <translation>{entered}人が入室し、商品は{impressions}回表示されて{clicks}回クリックされ、{carts}件のカートが作られましたが、注文はありませんでした：{stage}。次回ライブの前に、まずこの段階（商品カード、ショップリンク、決済）を確認してください。</translation>
    </message>
    <message>
        <source>{count} entered</source>
        <translation>入室{count}人</translation>
    </message>
    <message>
        <source>{count} impressions</source>
        <translation>インプレッション{count}回</translation>
    </message>
    <message>
        <source>{count} clicks</source>
        <translation>クリック{count}回</translation>
    </message>
    <message numerus="yes">
        <source>%n carts</source>
        <translation>
            <numerusform>カート%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Find where the funnel broke</source>
        <translation>ファネルの詰まりを見つける</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>約{count}</translation>
    </message>
    <message>
        <source>From {start} to {end} ({minutes} minutes) orders ran at {span} a minute, {low} per 1,000 viewers against {average} for the whole live, while {viewers} viewers were watching on average.</source>
        <translation>{start}から{end}まで（{minutes}分間）、注文は毎分{span}件で、視聴者1,000人あたり{low}件でした（ライブ全体では{average}件）。この間の平均視聴者数は{viewers}人でした。</translation>
    </message>
    <message numerus="yes">
        <source>%n products had sold out by then ({names}), the ones that took {share} of the live&apos;s orders</source>
        <translation>
            <numerusform>その時点で%n商品が完売しており（{names}）、これらはライブの注文の{share}を占めていました</numerusform>
        </translation>
    </message>
    <message>
        <source>no action reached the stream in those {minutes} minutes</source>
        <translation>その{minutes}分間、配信に反映されたアクションはありません</translation>
    </message>
    <message>
        <source>no action was taken in those {minutes} minutes</source>
        <translation>その{minutes}分間、アクションは実行されていません</translation>
    </message>
    <message>
        <source>only {actions} came inside it</source>
        <translation>その間のアクションは{actions}のみ</translation>
    </message>
    <message>
        <source>“{action}” at {time} failed ({why})</source>
        <translation>{time}の「{action}」は失敗（{why}）</translation>
    </message>
    <message>
        <source>the plan&apos;s cues {cues} were not fired</source>
        <translation>プランのキュー{cues}が実行されていません</translation>
    </message>
    <message>
        <source>Likely cause: {causes}.</source>
        <translation>考えられる原因：{causes}。</translation>
    </message>
    <message>
        <source>Next time stock the best sellers deeper or hold part of their stock back for this part of the live, and fire an offer or a kit on the products still in stock as soon as orders flatten.</source>
        <translation>次回は売れ筋商品の在庫を厚くするか、この時間帯のために在庫の一部を確保しておき、注文が伸び悩んだらすぐに在庫のある商品でタイムセールかセット販売を実施してください。</translation>
    </message>
    <message>
        <source>Next time fire an offer or a kit on the products still in stock as soon as orders flatten.</source>
        <translation>次回は注文が伸び悩んだらすぐに、在庫のある商品でタイムセールかセット販売を実施してください。</translation>
    </message>
    <message>
        <source>{orders} in {minutes} min from {start}</source>
        <translation>{start}から{minutes}分間で{orders}</translation>
    </message>
    <message>
        <source>{low} vs {average} orders per 1,000 viewer-minutes</source>
        <translation>視聴者1,000人・分あたり注文 {low}（平均{average}）</translation>
    </message>
    <message numerus="yes">
        <source>%n actions inside it</source>
        <translation>
            <numerusform>期間中のアクション%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the {minutes}-minute lull from {start}</source>
        <translation>{start}からの{minutes}分間の停滞を埋める</translation>
    </message>
    <message>
        <source>segment “{title}”</source>
        <translation>コーナー「{title}」</translation>
    </message>
    <message>
        <source>kit “{name}”</source>
        <translation>セット販売「{name}」</translation>
    </message>
    <message>
        <source>“{action}” (this live&apos;s best lift)</source>
        <translation>「{action}」（このライブで最も効果の高かったアクション）</translation>
    </message>
    <message>
        <source>a flash offer or a segment change</source>
        <translation>タイムセールかコーナー切り替え</translation>
    </message>
    <message>
        <source>Between {start} and {end} orders fell to {low} per 1,000 viewers a minute, against {average} for the whole live, while {viewers} viewers were still watching. Schedule {what} at about {lead}, before the sag.</source>
        <translation>{start}から{end}の間、視聴者1,000人あたりの毎分注文数が{low}まで下がりました（ライブ全体では{average}）。この間も{viewers}人が視聴していました。落ち込みの前の{lead}ごろに{what}を予定してください。</translation>
    </message>
    <message>
        <source>{actions} came inside the sag and did not prevent it.</source>
        <translation>{actions}は落ち込みの最中に実施されましたが、防げませんでした。</translation>
    </message>
    <message>
        <source>live average {average} orders per 1,000 viewer-minutes</source>
        <translation>ライブ平均 視聴者1,000人・分あたり注文{average}件</translation>
    </message>
    <message>
        <source>Plan an action before {time}</source>
        <translation>{time}より前にアクションを予定する</translation>
    </message>
    <message>
        <source>Show {product} better</source>
        <translation>{product}の見せ方を改善する</translation>
    </message>
    <message>
        <source>It is seen but not clicked: the pitch is the problem. Demonstrate it on camera, show it in use and pin it while it is being shown.</source>
        <translation>見られているのにクリックされていません。紹介の仕方が課題です。カメラの前で実演し、使用シーンを見せ、紹介中は商品を固定表示してください。</translation>
    </message>
    <message>
        <source>Lower the barrier on {product}</source>
        <translation>{product}の購入ハードルを下げる</translation>
    </message>
    <message>
        <source>It is clicked but not bought: the price is the likely blocker. The plan&apos;s offer “{offer}” was not run: run it. Or sell it in a kit with a best-seller.</source>
        <translation>クリックされているのに購入されていません。価格が障壁と考えられます。プランのタイムセール「{offer}」が実施されていないので、実施してください。または売れ筋商品とのセット販売にしてください。</translation>
    </message>
    <message>
        <source>It is clicked but not bought: the price is the likely blocker. Try a flash offer on it. Or sell it in a kit with a best-seller.</source>
        <translation>クリックされているのに購入されていません。価格が障壁と考えられます。タイムセールを試すか、売れ筋商品とのセット販売にしてください。</translation>
    </message>
    <message>
        <source>products on sale without kit items ({products}: kit orders need no click)</source>
        <translation>セット商品を除く販売中の商品（{products}：セットの注文はクリック不要のため）</translation>
    </message>
    <message>
        <source>products on sale</source>
        <translation>販売中の商品</translation>
    </message>
    <message>
        <source>{product} was seen {impressions} times (the most-viewed half of the products on sale) but ordered only {orders} times: CTR {ctr} (the average {average_ctr}), clicks to orders {conversion} (the average {average_conversion}; averages over {yardstick}).</source>
        <translation>{product}は{impressions}回表示されました（販売中の商品のうち閲覧の多い上位半分）が、注文は{orders}回のみでした。CTRは{ctr}（平均{average_ctr}）、クリックから注文への転換率は{conversion}（平均{average_conversion}、平均は{yardstick}が対象）。</translation>
    </message>
    <message>
        <source>{impressions} impressions, {clicks} clicks, {orders} orders</source>
        <translation>インプレッション{impressions}回、クリック{clicks}回、注文{orders}件</translation>
    </message>
    <message>
        <source>{share} of views ordered vs {average} for {yardstick}</source>
        <translation>閲覧からの注文率{share}（{yardstick}の平均{average}）</translation>
    </message>
    <message>
        <source>after that it was still clicked {clicks} times, and with {conversion} of clicks ordering that is about {missed} more units</source>
        <translation>その後も{clicks}回クリックされており、クリックの{conversion}が注文になるとすると、あと約{missed}個売れた計算です</translation>
    </message>
    <message>
        <source>at its pace the remaining {minutes} minutes would have sold about {missed} more</source>
        <translation>そのペースなら残り{minutes}分であと約{missed}個売れていました</translation>
    </message>
    <message>
        <source>{product} sold out at {time}{ran_out_in} after {units} units ({velocity} a minute); {how} (≈ {amount}). Stock about {stock} next time, or hold part of it back for later in the live.</source>
        <translation>{product}は{units}個（毎分{velocity}個）売れて{time}に完売しました{ran_out_in}。{how}（≈ {amount}）。次回は約{stock}個を用意するか、在庫の一部をライブ後半のために確保してください。</translation>
    </message>
    <message>
        <source>Do not repeat “{action}” as it was: its stock ran out {into} into it. Stock for it first, or run it for at most {minutes} min with this stock.</source>
        <translation>「{action}」をそのまま繰り返さないでください。開始{into}後に在庫が尽きました。先に在庫を確保するか、この在庫なら最大{minutes}分で実施してください。</translation>
    </message>
    <message>
        <source>Also sold out: {products}.</source>
        <translation>ほかの完売：{products}。</translation>
    </message>
    <message>
        <source>{units} units sold of {planned} planned</source>
        <translation>予定{planned}個のうち{units}個販売</translation>
    </message>
    <message>
        <source>{units} units sold</source>
        <translation>{units}個販売</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>{time}に完売</translation>
    </message>
    <message>
        <source>{velocity} units/min</source>
        <translation>{velocity}個/分</translation>
    </message>
    <message>
        <source>Stock more {product}</source>
        <translation>{product}の在庫を増やす</translation>
    </message>
    <message>
        <source>, {into} into “{action}”</source>
        <translation>、「{action}」開始{into}後</translation>
    </message>
    <message>
        <source>, {into} into “{action}” (#{number})</source>
        <translation>、「{action}」（#{number}）開始{into}後</translation>
    </message>
    <message>
        <source>the plan&apos;s kit {kits}</source>
        <translation>プランのセット販売{kits}</translation>
    </message>
    <message>
        <source>a kit with a cheaper best-seller</source>
        <translation>手頃な売れ筋商品とのセット販売</translation>
    </message>
    <message>
        <source>{product} ({price}, among the dearer half) lost {abandons} of {carts} carts ({abandonment}, the live {overall}). Expensive carts stall at checkout: launch {offer} or a short offer while its carts are open.</source>
        <translation>{product}（{price}、価格が高い側の半分）は{carts}件のカートのうち{abandons}件がカゴ落ちしました（{abandonment}、ライブ全体は{overall}）。高額なカートは決済で止まりがちです。カートが開いている間に{offer}か短時間のタイムセールを実施してください。</translation>
    </message>
    <message>
        <source>{abandons} abandoned carts × {price}</source>
        <translation>カゴ落ち{abandons}件 × {price}</translation>
    </message>
    <message>
        <source>median plan price {price}</source>
        <translation>プランの価格中央値{price}</translation>
    </message>
    <message>
        <source>Bundle {product} into a kit</source>
        <translation>{product}をセット販売にする</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>注文%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} {next}</source>
        <translation>{sentence}{next}</translation>
    </message>
    <message>
        <source>{clause}; {next}</source>
        <translation>{clause}、{next}</translation>
    </message>
</context>
<context>
    <name>ReportMetric</name>
    <message>
        <source>GMV</source>
        <translation>GMV（流通総額）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>販売個数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購入者数</translation>
    </message>
    <message>
        <source>AOV (GMV / buyer)</source>
        <translation>客単価（GMV÷購入者）</translation>
    </message>
    <message>
        <source>Conversion (buyers / entered)</source>
        <translation>転換率（購入者÷入室者）</translation>
    </message>
    <message>
        <source>Entered (unique viewers)</source>
        <translation>入室者数（ユニーク視聴者）</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>最大同時視聴者数</translation>
    </message>
    <message>
        <source>GPM (GMV per 1,000 views)</source>
        <translation>GPM（1,000視聴あたりGMV）</translation>
    </message>
    <message>
        <source>UV value (GMV / entered)</source>
        <translation>UV単価（GMV÷入室者）</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>カゴ落ち率</translation>
    </message>
    <message>
        <source>Engagement (chatters / entered)</source>
        <translation>エンゲージメント（コメント者÷入室者）</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>コメント数</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <source>Paid revenue</source>
        <translation>広告経由の売上</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>新規購入者</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>リピート購入者</translation>
    </message>
    <message>
        <source>Revenue from new buyers</source>
        <translation>新規購入者の売上</translation>
    </message>
    <message>
        <source>Revenue from returning buyers</source>
        <translation>リピート購入者の売上</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>転換率</translation>
    </message>
    <message>
        <source>Cart abandonment (max)</source>
        <translation>カゴ落ち率（上限）</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>{count} viewers</source>
        <translation>視聴者{count}人</translation>
    </message>
    <message>
        <source>{count} orders that minute</source>
        <translation>その1分間の注文{count}件</translation>
    </message>
    <message>
        <source>{time} after #{number} {action}</source>
        <translation>#{number} {action}から{time}後</translation>
    </message>
</context>
<context>
    <name>ReportVerdict</name>
    <message>
        <source>met</source>
        <extracomment>the words a chip shows (verdicts, directions, advice states), kept in English as data and translated where shown</extracomment>
        <translation>達成</translation>
    </message>
    <message>
        <source>on pace</source>
        <translation>ペース内</translation>
    </message>
    <message>
        <source>close</source>
        <translation>あと少し</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>clear lift</source>
        <translation>明確な上昇</translation>
    </message>
    <message>
        <source>likely lift</source>
        <translation>上昇の可能性</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>明確な変化なし</translation>
    </message>
    <message>
        <source>likely drop</source>
        <translation>低下の可能性</translation>
    </message>
    <message>
        <source>clear drop</source>
        <translation>明確な低下</translation>
    </message>
    <message>
        <source>too few orders to tell</source>
        <translation>注文が少なく判定不可</translation>
    </message>
    <message>
        <source>no before window</source>
        <translation>実行前の区間なし</translation>
    </message>
    <message>
        <source>not on the stream</source>
        <translation>配信に未反映</translation>
    </message>
    <message>
        <source>better</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>悪化</translation>
    </message>
    <message>
        <source>same</source>
        <translation>同じ</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>not available from this feed</source>
        <translation>このフィードからは取得できません</translation>
    </message>
    <message>
        <source>n/a from feed</source>
        <translation>フィード対象外</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>閉じた</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>many views, few orders</source>
        <translation>閲覧多・注文少</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>プラン外</translation>
    </message>
</context>
<context>
    <name>ReportWarnings</name>
    <message>
        <source>The recorded plan could not be read, so there are no goals or margins: {problem}</source>
        <translation>記録されたプランを読み込めなかったため、目標と粗利はありません：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>{events} events never reached the console (%n gap(s)): every count is short by what they held.</source>
        <translation>
            <numerusform>{events}件のイベントがコンソールに届きませんでした（欠落%n箇所）。すべての件数はその分だけ少なくなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) or event(s) failed validation during the live and are not counted.</source>
        <translation>
            <numerusform>ライブ中に%n件のフレームまたはイベントが検証に失敗したため、集計されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded event(s) could not be decoded now and are left out.</source>
        <translation>
            <numerusform>記録された%n件のイベントを現在デコードできないため、除外しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording stops at {time} without the live&apos;s end: the console was closed or lost the feed before the live ended.</source>
        <translation>記録は{time}で途切れており、ライブ終了の記録がありません。ライブ終了前にコンソールが閉じられたか、フィードが切断されました。</translation>
    </message>
    <message>
        <source>The live ran {elapsed} of the planned {planned}.</source>
        <translation>ライブは予定{planned}のうち{elapsed}でした。</translation>
    </message>
    <message>
        <source>this live&apos;s feed did not send {event_types}: the figures built on them are {not_available}, not zero</source>
        <translation>このライブのフィードは{event_types}を送っていません。それに基づく数値はゼロではなく「{not_available}」です</translation>
    </message>
    <message>
        <source>no events were recorded</source>
        <translation>イベントは記録されていません</translation>
    </message>
    <message>
        <source>no orders were recorded</source>
        <translation>注文は記録されていません</translation>
    </message>
    <message>
        <source>no actions were taken</source>
        <translation>アクションは実行されていません</translation>
    </message>
    <message>
        <source>the session holds no plan: no goals, costs or margins</source>
        <translation>セッションにプランがありません。目標・原価・粗利はありません</translation>
    </message>
    <message>
        <source>no ad spend was recorded, so there is no ROAS</source>
        <translation>広告費が記録されていないため、ROASはありません</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>cannot write {what} to {folder}: {error}</source>
        <translation>{what}を{folder}に書き込めません：{error}</translation>
    </message>
</context>
</TS>
