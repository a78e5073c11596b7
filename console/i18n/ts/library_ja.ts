<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>History</name>
    <message>
        <source>sag: {flagged} of {lives} lives below own median</source>
        <translation>落ち込み：ライブ{lives}本中{flagged}本で自己中央値を下回る</translation>
    </message>
    <message>
        <source>dip most often, not sure yet: {flagged} of {lives} lives below own median</source>
        <translation>最も落ち込みやすいが未確定：ライブ{lives}本中{flagged}本で自己中央値を下回る</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>視聴者数</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes</source>
        <translation>視聴1,000分あたりの注文数</translation>
    </message>
    <message>
        <source>Cart abandonment: abandoned / opened (%)</source>
        <translation>カゴ落ち率：カゴ落ち／カート作成（%）</translation>
    </message>
    <message>
        <source>live (date, month-day)</source>
        <translation>ライブ（日付、月-日）</translation>
    </message>
    <message>
        <source>Goals: actual as % of target, live by live</source>
        <translation>目標：目標比の実績（%）、ライブごと</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>目標比（%）</translation>
    </message>
    <message>
        <source>minute of the live</source>
        <translation>ライブ経過時間（分）</translation>
    </message>
    <message>
        <source>average of {lives} lives</source>
        <translation>ライブ{lives}本の平均</translation>
    </message>
    <message>
        <source>each of the latest {lives}</source>
        <translation>直近{lives}本の各ライブ</translation>
    </message>
    <message>
        <source>each live</source>
        <translation>各ライブ</translation>
    </message>
    <message>
        <source>Products: margin against sell-through, latest live (line: from the live before)</source>
        <translation>商品：粗利率と消化率、最新ライブ（線：前回ライブから）</translation>
    </message>
    <message>
        <source>sell-through: units sold / stock at the start (%)</source>
        <translation>消化率：販売個数／開始時在庫（%）</translation>
    </message>
    <message>
        <source>margin: (price − cost) / price (%)</source>
        <translation>粗利率：（価格 − 原価）／価格（%）</translation>
    </message>
    <message>
        <source>Entry channels across lives: conversion (buyers / entered)</source>
        <translation>流入経路別（全ライブ）：転換率（購入者／流入）</translation>
    </message>
    <message>
        <source>conversion (%)</source>
        <translation>転換率（%）</translation>
    </message>
    <message>
        <source>Buyers live by live: returning (bottom) and new to the shop (top)</source>
        <translation>ライブごとの購入者：リピーター（下）と新規購入者（上）</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>リピーター</translation>
    </message>
    <message>
        <source>Actions: lift of orders per minute in each live (dot), median (bar), interval (line)</source>
        <translation>アクション：各ライブの毎分注文数の上昇率（点）、中央値（棒）、信頼区間（線）</translation>
    </message>
    <message>
        <source>lift of orders per minute, % (beyond +{lift} drawn at the edge)</source>
        <translation>毎分注文数の上昇率（%）（+{lift}超は端に表示）</translation>
    </message>
    <message>
        <source>Compared lives: revenue added up minute by minute (shaded: the minutes compared)</source>
        <translation>比較ライブ：分ごとの累計売上（網掛け：比較した分）</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>no revenue from its feed</source>
        <translation>フィードに売上なし</translation>
    </message>
    <message>
        <source>the flash offer &quot;{label}&quot;</source>
        <translation>タイムセール「{label}」</translation>
    </message>
    <message>
        <source>switching to the segment &quot;{label}&quot;</source>
        <translation>コーナー「{label}」への切り替え</translation>
    </message>
    <message>
        <source>the kit &quot;{label}&quot;</source>
        <translation>セット販売「{label}」</translation>
    </message>
    <message>
        <source>{kind} &quot;{label}&quot;</source>
        <translation>{kind}「{label}」</translation>
    </message>
    <message>
        <source>{action}: no measured lift in these lives.</source>
        <translation>{action}：これらのライブでは上昇率を測定できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}; sign test p {p}).</source>
        <translation>
            <numerusform>{action}はライブ%n本中{lifted}本で注文数を押し上げました。中央値{median}（{confidence}信頼区間{low}〜{high}、符号検定 p {p}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} interval {low} to {high}).</source>
        <translation>
            <numerusform>{action}はライブ%n本中{lifted}本で注文数を押し上げました。中央値{median}（{confidence}信頼区間{low}〜{high}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median} (sign test p {p}; too few lives for an interval).</source>
        <translation>
            <numerusform>{action}はライブ%n本中{lifted}本で注文数を押し上げました。中央値{median}（符号検定 p {p}。信頼区間を出すにはライブが少なすぎます）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action} lifted orders in {lifted} of %n lives, median {median}.</source>
        <translation>
            <numerusform>{action}はライブ%n本中{lifted}本で注文数を押し上げました。中央値{median}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Only %n lives: too few to tell.</source>
        <translation>
            <numerusform>ライブ%n本のみ：判断するには少なすぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source> Promising, not proven: more lives will tell.</source>
        <translation>有望ですが未実証です：ライブが増えれば判断できます。</translation>
    </message>
    <message>
        <source> It works.</source>
        <translation>効果があります。</translation>
    </message>
    <message>
        <source> It hurts.</source>
        <translation>逆効果です。</translation>
    </message>
    <message numerus="yes">
        <source>{advice} (raised %n times)</source>
        <translation>
            <numerusform>{advice}（%n回表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice}: no lift was measured after it.</source>
        <translation>{advice}：その後の上昇は測定されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>when taken, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>実行した場合、その後の毎分注文数はライブ%n本中{lifted}本で増加（中央値{median}）</numerusform>
        </translation>
    </message>
    <message>
        <source>never taken</source>
        <translation>実行されず</translation>
    </message>
    <message>
        <source>no lift measured after it when dismissed or left to expire</source>
        <translation>閉じた・期限切れの場合、その後の上昇は測定されず</translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>閉じた・期限切れの場合、ライブ%n本中{lifted}本（中央値{median}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>when dismissed or left to expire, orders per minute rose after it in {lifted} of %n lives (median {median})</source>
        <translation>
            <numerusform>閉じた・期限切れの場合、その後の毎分注文数はライブ%n本中{lifted}本で増加（中央値{median}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{advice}: {taken}; {other}.</source>
        <translation>{advice}：{taken}。{other}。</translation>
    </message>
    <message numerus="yes">
        <source> Taken in only %n lives: too few to tell.</source>
        <translation>
            <numerusform>実行はライブ%n本のみ：判断するには少なすぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>{goal} (max)</source>
        <translation>{goal}（上限）</translation>
    </message>
    <message>
        <source>rising by {step} a live (improving)</source>
        <translation>ライブごとに{step}上昇（改善）</translation>
    </message>
    <message>
        <source>rising by {step} a live (worsening)</source>
        <translation>ライブごとに{step}上昇（悪化）</translation>
    </message>
    <message>
        <source>falling by {step} a live (improving)</source>
        <translation>ライブごとに{step}低下（改善）</translation>
    </message>
    <message>
        <source>falling by {step} a live (worsening)</source>
        <translation>ライブごとに{step}低下（悪化）</translation>
    </message>
    <message>
        <source>{goal}: no full recording has an actual for it.</source>
        <translation>{goal}：実績のある完全な記録がありません。</translation>
    </message>
    <message numerus="yes">
        <source>{goal}: met in {met} of %n full recordings</source>
        <translation>
            <numerusform>{goal}：完全な記録%n件中{met}件で達成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives: too few for a trend</source>
        <translation>
            <numerusform>ライブ%n本：傾向を出すには少なすぎます</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>{sentence}; {trend}.</source>
        <translation>{sentence}。{trend}。</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points}pt</translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>視聴1,000分あたりの注文数は{start}〜{end}分に落ち込みます：その分を完全に記録したライブ%n本中{flagged}本で自己の中央値帯を下回りました（{test}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag most often in minutes {start}–{end}: below the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>視聴1,000分あたりの注文数は{start}〜{end}分に最も落ち込みやすいですが、確定には足りません：その分を完全に記録したライブ%n本中{flagged}本で自己の中央値帯を下回りました（{test}。確定には p &lt; {needs} が必要）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full ({test}).</source>
        <translation>
            <numerusform>カゴ落ちは{start}〜{end}分に最も多くなります：その分を完全に記録したライブ%n本中{flagged}本で自己の中央値帯を上回りました（{test}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carts are abandoned most most often in minutes {start}–{end}: above the live&apos;s own median band in {flagged} of %n lives that recorded them in full, too few to be sure ({test}; a band needs p &lt; {needs}).</source>
        <translation>
            <numerusform>カゴ落ちは{start}〜{end}分に最も多くなりやすいですが、確定には足りません：その分を完全に記録したライブ%n本中{flagged}本で自己の中央値帯を上回りました（{test}。確定には p &lt; {needs} が必要）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sign test p {p}, %n bands tested</source>
        <extracomment>a segment is named in the section&apos;s words from this many lives (the page&apos;s floor for saying more than a count) and told to keep or change from this many: the fewest lives in which the playbook&apos;s sign test can reach 5% (docs/library.md, &quot;Playbook&quot;), so the page never advises a move the playbook and plan suggest would not make</extracomment>
        <translation>
            <numerusform>符号検定 p {p}、%n帯を検定</numerusform>
        </translation>
    </message>
    <message>
        <source>No band of minutes where orders per 1,000 viewer-minutes fall below the live&apos;s own median band in most lives.</source>
        <translation>多くのライブで視聴1,000分あたりの注文数が自己の中央値帯を下回る時間帯はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Viewers peak at minute {minute} on median (from minute {first} to {last} across %n lives).</source>
        <translation>
            <numerusform>同時視聴者数のピークは中央値で{minute}分目です（ライブ%n本で{first}分目〜{last}分目）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lives</source>
        <translation>
            <numerusform>ライブ%n本</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewers stay best through &quot;{best}&quot; ({best_rate} leaves per 1,000 viewer-minutes over {best_lives}) and leave fastest during &quot;{worst}&quot; ({worst_rate}, {worst_lives}).</source>
        <translation>視聴者が最も残るのは「{best}」（{best_lives}で視聴1,000分あたり離脱{best_rate}人）、最も離脱が早いのは「{worst}」（{worst_rate}、{worst_lives}）です。</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; converts best: {rate} orders per 1,000 viewer-minutes over {lives}.</source>
        <translation>「{segment}」の転換が最も高いです：{lives}で視聴1,000分あたり注文{rate}件。</translation>
    </message>
    <message numerus="yes">
        <source>%n segments run in fewer than {lives} lives are in the table only: too few lives to rank in words.</source>
        <translation>
            <numerusform>{lives}本未満のライブでしか実施していないコーナー%n件は表のみに掲載：文章で順位付けするにはライブが少なすぎます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop (first live {first}, latest {latest}).</source>
        <translation>
            <numerusform>これらのライブ%n本の購入者{buyers}人のうち{share}が新規購入者でした（最初のライブ{first}、最新{latest}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{share} of the {buyers} buyers of these %n lives were new to the shop.</source>
        <translation>
            <numerusform>これらのライブ%n本の購入者{buyers}人のうち{share}が新規購入者でした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions lift orders: see Which actions work.</source>
        <translation>
            <numerusform>ほかに%n件のアクションが注文数を押し上げています：「効果のあるアクション」を参照。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actions cost orders: see Which actions work.</source>
        <translation>
            <numerusform>ほかに%n件のアクションが注文数を下げています：「効果のあるアクション」を参照。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orders per 1,000 viewer-minutes sag in minutes {start}–{end} in {flagged} of %n lives (sign test p {p}): plan a cue or an offer there.</source>
        <translation>
            <numerusform>視聴1,000分あたりの注文数は{start}〜{end}分に落ち込みます（ライブ%n本中{flagged}本、符号検定 p {p}）。この時間帯にキューかタイムセールを入れてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names}、ほか{more}件</translation>
    </message>
    <message>
        <source>Fell to review (thin margin, slow) in their latest live: {names}.</source>
        <translation>最新ライブで「見直し」（低粗利・低消化）に落ちた商品：{names}。</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; keeps viewers best of the {segments} segments run in {lives} lives or more ({rate} leaves per 1,000 viewer-minutes over {over}).</source>
        <translation>「{segment}」は{lives}本以上のライブで実施した{segments}コーナーの中で最も視聴者を引き留めています（{over}で視聴1,000分あたり離脱{rate}人）。</translation>
    </message>
    <message>
        <source>&quot;{segment}&quot; loses viewers fastest of the {segments} segments run in {lives} lives or more ({rate} leaves per 1,000 viewer-minutes over {over}): shorten it or move it.</source>
        <translation>「{segment}」は{lives}本以上のライブで実施した{segments}コーナーの中で最も離脱が早いです（{over}で視聴1,000分あたり離脱{rate}人）：短くするか、順番を変えましょう。</translation>
    </message>
    <message>
        <source>The library {library} holds no live yet: add session files with `live-console library add FILE...` (or name another with --library).</source>
        <extracomment>the columns the page reads of each table: only these are copied into the page&apos;s own tables</extracomment>
        <translation>ライブ履歴ライブラリ {library} にはまだライブがありません：`live-console library add FILE...` でセッションファイルを追加してください（または --library で別のライブラリを指定）。</translation>
    </message>
    <message>
        <source>plans: {names}</source>
        <translation>プラン：{names}</translation>
    </message>
    <message>
        <source>no plan names</source>
        <translation>プラン名なし</translation>
    </message>
    <message>
        <source>tags: {names}</source>
        <translation>タグ：{names}</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>タグなし</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n live(s), from {first} to {last}; {plans}; {tags}</source>
        <translation>
            <numerusform>ライブ%n本、{first}〜{last}、{plans}、{tags}</numerusform>
        </translation>
    </message>
    <message>
        <source>No live in the library {library} matches {filters}: {held}.</source>
        <translation>ライブラリ {library} に {filters} に一致するライブはありません：{held}。</translation>
    </message>
    <message>
        <source>--compare {name}: no live of the library has this key or live id.</source>
        <translation>--compare {name}：このキーまたはライブIDのライブはライブラリにありません。</translation>
    </message>
    <message>
        <source>--compare {name}: {lives} lives have this live id ({shown}); name one by its key.</source>
        <translation>--compare {name}：このライブIDのライブが{lives}本あります（{shown}）。キーで1本を指定してください。</translation>
    </message>
    <message>
        <source>--compare {name}: that live is named twice.</source>
        <translation>--compare {name}：同じライブが2回指定されています。</translation>
    </message>
    <message>
        <source>--compare needs at least two lives.</source>
        <translation>--compare には2本以上のライブが必要です。</translation>
    </message>
    <message>
        <source>The library&apos;s {table} table cannot be read ({folder}): {why}</source>
        <translation>ライブラリの {table} テーブルを読み込めません（{folder}）：{why}</translation>
    </message>
    <message>
        <source>high margin, sells through</source>
        <translation>高粗利・よく売れる</translation>
    </message>
    <message>
        <source>thin margin, sells through</source>
        <translation>低粗利・よく売れる</translation>
    </message>
    <message>
        <source>high margin, sells slowly</source>
        <translation>高粗利・売れ行き遅い</translation>
    </message>
    <message>
        <source>thin margin, sells slowly</source>
        <translation>低粗利・売れ行き遅い</translation>
    </message>
    <message>
        <source>star</source>
        <extracomment>the words shown for a quadrant, a verdict, a trend (the values themselves stay in the tables&apos; CSV)</extracomment>
        <translation>スター</translation>
    </message>
    <message>
        <source>traffic builder</source>
        <translation>集客商品</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>ニッチ</translation>
    </message>
    <message>
        <source>review</source>
        <translation>見直し</translation>
    </message>
    <message>
        <source>works</source>
        <translation>効果あり</translation>
    </message>
    <message>
        <source>promising, not proven</source>
        <translation>有望・未実証</translation>
    </message>
    <message>
        <source>no clear effect</source>
        <translation>明確な効果なし</translation>
    </message>
    <message>
        <source>hurts</source>
        <translation>逆効果</translation>
    </message>
    <message>
        <source>too few lives to tell</source>
        <translation>ライブ不足で判定不可</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上昇</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>低下</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <source>Cart abandonment (max)</source>
        <translation>カゴ落ち率（上限）</translation>
    </message>
    <message>
        <source>since {date}</source>
        <extracomment>live-by-live charts (goals, buyers) draw the latest this many lives: a thousand bars are a smear what the data says of an action or an advice (stats.effect_verdict)</extracomment>
        <translation>{date}以降</translation>
    </message>
    <message>
        <source>plan &quot;{plan}&quot;</source>
        <translation>プラン「{plan}」</translation>
    </message>
    <message>
        <source>tag &quot;{tag}&quot;</source>
        <translation>タグ「{tag}」</translation>
    </message>
    <message>
        <source>No full minute is common to the {lives} lives (one recorded less than a minute): they are compared per minute of their own recordings only.</source>
        <translation>比較する{lives}本のライブに共通する完全な分がありません（1本の記録が1分未満）：各ライブ自身の記録の毎分値でのみ比較します。</translation>
    </message>
    <message>
        <source>Over minutes 0–{last} (the first {span} full minutes), the span both recorded; per minute and per viewer over each live&apos;s own recording beside it.</source>
        <translation>0〜{last}分（最初の完全な{span}分）：両方が記録した範囲です。各ライブ自身の記録での毎分・視聴者あたりの値も併記します。</translation>
    </message>
    <message>
        <source>Over minutes 0–{last} (the first {span} full minutes), the span all {lives} recorded; per minute and per viewer over each live&apos;s own recording beside it.</source>
        <translation>0〜{last}分（最初の完全な{span}分）：{lives}本すべてが記録した範囲です。各ライブ自身の記録での毎分・視聴者あたりの値も併記します。</translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first} to {last}</source>
        <translation>
            <numerusform>ライブ%n本の履歴（{first}〜{last}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives, {first}</source>
        <translation>
            <numerusform>ライブ%n本の履歴（{first}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History of %n lives</source>
        <translation>
            <numerusform>ライブ%n本の履歴</numerusform>
        </translation>
    </message>
    <message>
        <source>Library {folder}</source>
        <translation>ライブラリ {folder}</translation>
    </message>
    <message>
        <source>lives filtered by {filters}</source>
        <translation>絞り込み：{filters}</translation>
    </message>
    <message>
        <source>every live in it</source>
        <translation>全ライブ</translation>
    </message>
    <message numerus="yes">
        <source>%n partial recordings (marked; left out of goal counts)</source>
        <translation>
            <numerusform>一部のみの記録%n件（表示あり、目標の集計から除外）</numerusform>
        </translation>
    </message>
    <message>
        <source>median of the lives</source>
        <translation>ライブの中央値</translation>
    </message>
    <message>
        <source>Lives</source>
        <translation>ライブ数</translation>
    </message>
    <message>
        <source>{lives} partial</source>
        <translation>一部{lives}本</translation>
    </message>
    <message>
        <source>all recorded in full</source>
        <translation>すべて完全に記録</translation>
    </message>
    <message>
        <source>GMV, all lives</source>
        <translation>GMV合計（全ライブ）</translation>
    </message>
    <message>
        <source>median {gmv} a live</source>
        <translation>1本あたり中央値{gmv}</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>転換率</translation>
    </message>
    <message>
        <source>Peak viewers</source>
        <translation>最大同時視聴者数</translation>
    </message>
    <message>
        <source>Goals met</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>{met} of {counted}</source>
        <translation>{counted}件中{met}件</translation>
    </message>
    <message>
        <source>goal × live, full recordings</source>
        <translation>目標×ライブ、完全な記録</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>新規購入者</translation>
    </message>
    <message>
        <source>of all buyers</source>
        <translation>全購入者に占める割合</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>サマリー</translation>
    </message>
    <message>
        <source>Nothing stands out yet as worth keeping.</source>
        <translation>今のところ続けるべき点は見当たりません。</translation>
    </message>
    <message>
        <source>Nothing stands out as needing a change.</source>
        <translation>変えるべき点は見当たりません。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変える</translation>
    </message>
    <message numerus="yes">
        <source>Only %n lives: patterns across lives need at least three, so read what follows as notes, not rules.</source>
        <translation>
            <numerusform>ライブ%n本のみ：ライブ間のパターンには最低3本必要です。以下はルールではなく参考として読んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>What to keep, what to change</source>
        <translation>続けること、変えること</translation>
    </message>
    <message>
        <source>partial recording</source>
        <translation>一部のみの記録</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録時間</translation>
    </message>
    <message>
        <source>Full minutes</source>
        <translation>完全な分</translation>
    </message>
    <message>
        <source>GMV in span</source>
        <translation>範囲内GMV</translation>
    </message>
    <message>
        <source>vs first</source>
        <translation>1本目比</translation>
    </message>
    <message>
        <source>Orders in span</source>
        <translation>範囲内注文数</translation>
    </message>
    <message>
        <source>Orders / 1,000 viewer-min in span</source>
        <translation>範囲内の視聴1,000分あたり注文数</translation>
    </message>
    <message>
        <source>Abandonment in span</source>
        <translation>範囲内カゴ落ち率</translation>
    </message>
    <message>
        <source>GMV per minute (own)</source>
        <translation>毎分GMV（自身）</translation>
    </message>
    <message>
        <source>The first live named is the reference. In span: minutes 0 to the last full minute every compared live recorded. Orders per 1,000 viewer-minutes: the span&apos;s orders over the sum of its minutes&apos; viewers, so a bigger room does not read as a better live. GMV per minute: over each live&apos;s own full minutes.</source>
        <translation>最初に指定したライブが基準です。範囲：0分から、比較したすべてのライブが完全に記録した最後の分まで。視聴1,000分あたり注文数：範囲内の注文数を各分の視聴者数の合計で割った値なので、視聴者が多いだけで良いライブには見えません。毎分GMV：各ライブ自身の完全な分で計算。</translation>
    </message>
    <message>
        <source>compared lives</source>
        <translation>比較ライブ</translation>
    </message>
    <message>
        <source>Revenue added up minute by minute; the shaded band is the span compared.</source>
        <translation>分ごとの累計売上。網掛けは比較した範囲です。</translation>
    </message>
    <message numerus="yes">
        <source>%n lives compared</source>
        <translation>
            <numerusform>ライブ%n本の比較</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest first; the figures of each live&apos;s report. The latest {shown} of {lives}; tables/lives.csv lists every one.</source>
        <translation>新しい順。各ライブのレポートの数値です。最新{shown}本を表示（全{lives}本）。tables/lives.csv にすべて掲載。</translation>
    </message>
    <message>
        <source>Latest first; the figures of each live&apos;s report.</source>
        <translation>新しい順。各ライブのレポートの数値です。</translation>
    </message>
    <message>
        <source>The lives</source>
        <translation>ライブ一覧</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>GMV</source>
        <extracomment>each goal&apos;s words, as the library stores them (English, whatever the language of the console that added the live) and as the page shows them (translated)</extracomment>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Abandonment</source>
        <translation>カゴ落ち率</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Advice taken</source>
        <translation>実行したアドバイス</translation>
    </message>
    <message>
        <source>Every figure is added up from the lives&apos; own reports as the library holds them ({folder}); tables/*.csv hold every row, charts/*.png every chart. Lifts are one value per live (the median of its measurements); how sure a pattern is comes from the sign test and the order-statistics interval of the median (docs/library.md, &quot;History page&quot;).</source>
        <translation>すべての数値は、ライブラリに保存された各ライブのレポートから集計しています（{folder}）。tables/*.csv に全行、charts/*.png に全グラフがあります。上昇率はライブごとに1つの値（測定値の中央値）です。パターンの確からしさは符号検定と中央値の順序統計量による信頼区間で判断します（docs/library.md「History page」）。</translation>
    </message>
    <message>
        <source>live by live</source>
        <translation>ライブごと</translation>
    </message>
    <message>
        <source>the latest {shown} of {lives} lives</source>
        <translation>全{lives}本中の直近{shown}本</translation>
    </message>
    <message>
        <source>Goals across lives</source>
        <translation>ライブ間の目標</translation>
    </message>
    <message>
        <source>No live of these had a plan with goals.</source>
        <translation>これらのライブに目標のあるプランはありませんでした。</translation>
    </message>
    <message>
        <source>too few lives ({lives})</source>
        <translation>ライブが少なすぎ（{lives}）</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>worsening</source>
        <translation>悪化</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Lives with it</source>
        <translation>設定ライブ数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Latest target</source>
        <translation>最新の目標値</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>最新の実績</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>傾向</translation>
    </message>
    <message>
        <source>Met and trend count the full recordings only (a partial recording&apos;s actual is not the live&apos;s). Trend: the least-squares line through the actuals, live by live; steady when it moves less than 5% of their mean.</source>
        <translation>達成と傾向は完全な記録のみで数えます（一部のみの記録の実績はライブ全体の値ではありません）。傾向：ライブごとの実績に引いた最小二乗直線。変化が平均の5%未満なら横ばい。</translation>
    </message>
    <message>
        <source>goals across lives</source>
        <translation>ライブ間の目標</translation>
    </message>
    <message>
        <source>Each goal&apos;s actual as a share of its target, {which}; the dashed line is the target. For a maximum (abandonment), under the line is met.</source>
        <translation>各目標の実績の目標比（{which}）。破線が目標です。上限（カゴ落ち率）は線より下なら達成。</translation>
    </message>
    <message>
        <source>Where in a live things happen</source>
        <translation>ライブのどこで何が起きるか</translation>
    </message>
    <message>
        <source>No live has a full minute recorded.</source>
        <translation>完全な分を記録したライブがありません。</translation>
    </message>
    <message>
        <source>viewers by minute</source>
        <translation>分ごとの視聴者数</translation>
    </message>
    <message>
        <source>Concurrent viewers at the end of each minute: the average of the lives that recorded the minute (thick) over each live (grey).</source>
        <translation>各分の終わりの同時視聴者数：その分を記録したライブの平均（太線）と各ライブ（灰色）。</translation>
    </message>
    <message>
        <source>orders per 1,000 viewer-minutes by minute</source>
        <translation>分ごとの視聴1,000分あたり注文数</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes, minute by minute: all lives&apos; orders over all their viewer-minutes (thick), each live (grey). A minute&apos;s viewer-minutes are its viewer count, as for the segments.</source>
        <translation>分ごとの視聴1,000分あたり注文数：全ライブの注文数を全視聴分で割った値（太線）、各ライブ（灰色）。1分の視聴分はその分の視聴者数で、コーナーと同じ計算です。</translation>
    </message>
    <message>
        <source>abandonment by minute</source>
        <translation>分ごとのカゴ落ち率</translation>
    </message>
    <message>
        <source>Carts abandoned / carts opened, minute by minute, pooled as above.</source>
        <translation>分ごとのカゴ落ち／カート作成、上と同様に合算。</translation>
    </message>
    <message>
        <source>sags</source>
        <translation>落ち込み</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Lives that recorded them in full</source>
        <translation>完全に記録したライブ数</translation>
    </message>
    <message>
        <source>Below their median band</source>
        <translation>中央値帯を下回る</translation>
    </message>
    <message>
        <source>Above it</source>
        <translation>上回る</translation>
    </message>
    <message>
        <source>Sign test p</source>
        <translation>符号検定 p</translation>
    </message>
    <message>
        <source>The bands most lives sagged in (at most {rows}; tables/windows.csv has every one). Each live&apos;s {band}-minute bands of full minutes (one minute&apos;s orders are too few to judge), their orders per 1,000 viewer-minutes against the live&apos;s own median band: below is a vote for a sag, above one against, at the median none. A band sags when the sign test of the votes is under {needs}: 0.05 shared among the {bands} bands tested, since each band is a test of its own (the playbook&apos;s rule).</source>
        <translation>多くのライブで落ち込んだ時間帯（最大{rows}件。tables/windows.csv にすべて掲載）。各ライブの完全な分を{band}分単位の帯に分け（1分の注文数では少なすぎて判断できません）、視聴1,000分あたり注文数をそのライブ自身の中央値帯と比べます：下回れば落ち込みに1票、上回れば反対に1票、中央値なら票なし。票の符号検定が {needs} 未満なら落ち込みと判定します：0.05を検定した{bands}帯で分け合った値で、帯ごとに独立した検定だからです（プレイブックのルール）。</translation>
    </message>
    <message>
        <source>Segments: what kept viewers and what sold</source>
        <translation>コーナー：視聴者を引き留めたもの、売れたもの</translation>
    </message>
    <message>
        <source>No live of these recorded its segments.</source>
        <translation>これらのライブにはコーナーの記録がありません。</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>コーナー</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実施回数</translation>
    </message>
    <message>
        <source>Viewer-minutes</source>
        <translation>視聴分</translation>
    </message>
    <message>
        <source>Leaves / 1,000 viewer-min</source>
        <translation>視聴1,000分あたり離脱</translation>
    </message>
    <message>
        <source>Orders / 1,000 viewer-min</source>
        <translation>視聴1,000分あたり注文</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Ranked by dwell: the fewest viewers leaving per viewer-minute on air first. Pooled over every run in every live (all leaves over all viewer-minutes), so a long run weighs more.</source>
        <translation>視聴維持順：放送中の視聴分あたりの離脱が少ない順。全ライブの全実施回を合算（全離脱÷全視聴分）するため、長い実施ほど重みが大きくなります。</translation>
    </message>
    <message>
        <source>Products by quadrant</source>
        <translation>商品の4象限</translation>
    </message>
    <message>
        <source>No product was shown in these lives.</source>
        <translation>これらのライブで紹介された商品はありません。</translation>
    </message>
    <message>
        <source>Moved since their previous live: {moves}; and {more} more (tables/products.csv).</source>
        <translation>前回ライブから移動：{moves}。ほか{more}件（tables/products.csv）。</translation>
    </message>
    <message>
        <source>Moved since their previous live: {moves}.</source>
        <translation>前回ライブから移動：{moves}。</translation>
    </message>
    <message>
        <source>No product changed quadrant between its last two lives.</source>
        <translation>直近2回のライブで象限が変わった商品はありません。</translation>
    </message>
    <message>
        <source>Quadrant in each live: margin against sell-through (units / stock at the start), each split at that live&apos;s median. {quadrants}. No quadrant without a cost (margin) or a stock (sell-through). The first {shown} of {products}; tables/products.csv has every one.</source>
        <translation>各ライブでの象限：粗利率と消化率（販売個数／開始時在庫）を、それぞれそのライブの中央値で分割。{quadrants}。原価（粗利率）または在庫（消化率）がなければ象限なし。最初の{shown}件を表示（全{products}件）。tables/products.csv にすべて掲載。</translation>
    </message>
    <message>
        <source>Quadrant in each live: margin against sell-through (units / stock at the start), each split at that live&apos;s median. {quadrants}. No quadrant without a cost (margin) or a stock (sell-through).</source>
        <translation>各ライブでの象限：粗利率と消化率（販売個数／開始時在庫）を、それぞれそのライブの中央値で分割。{quadrants}。原価（粗利率）または在庫（消化率）がなければ象限なし。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>個数</translation>
    </message>
    <message>
        <source>Latest margin</source>
        <translation>最新の粗利率</translation>
    </message>
    <message>
        <source>Latest sell-through</source>
        <translation>最新の消化率</translation>
    </message>
    <message>
        <source>Quadrant, live by live (latest {shown}, oldest first)</source>
        <translation>象限（ライブごと、直近{shown}回、古い順）</translation>
    </message>
    <message>
        <source>products by quadrant</source>
        <translation>商品の4象限</translation>
    </message>
    <message>
        <source>Each product where it stood in its latest live; the dashed line comes from where it stood the live before.</source>
        <translation>各商品の最新ライブでの位置。破線は前回ライブでの位置から引いています。</translation>
    </message>
    <message>
        <source>no quadrant</source>
        <translation>象限なし</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <source>No live of these recorded its entry channels.</source>
        <translation>これらのライブには流入経路の記録がありません。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>広告費</translation>
    </message>
    <message>
        <source>Best conversion first. Conversion = buyers / viewers who entered through the channel, ROAS = revenue / ad spend, each over every live whose feed gave the figures.</source>
        <translation>転換率の高い順。転換率＝購入者÷その経路から流入した視聴者、ROAS＝売上÷広告費。いずれもフィードに数値があるすべてのライブで計算。</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <source>Conversion by entry channel across the lives.</source>
        <translation>ライブ全体の流入経路別転換率。</translation>
    </message>
    <message>
        <source>Entry channels: conversion and ROAS</source>
        <translation>流入経路：転換率とROAS</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>新規購入者とリピーター</translation>
    </message>
    <message>
        <source>No live of these told new buyers from returning ones.</source>
        <translation>これらのライブでは新規購入者とリピーターを区別できません。</translation>
    </message>
    <message>
        <source>new and returning buyers</source>
        <translation>新規購入者とリピーター</translation>
    </message>
    <message>
        <source>Buyers of each live ({which}), new to the shop on top of returning ones; tables/buyers.csv has the numbers and the revenue of every live.</source>
        <translation>各ライブの購入者（{which}）。リピーターの上に新規購入者を積み上げています。tables/buyers.csv に全ライブの人数と売上があります。</translation>
    </message>
    <message>
        <source>Which actions work</source>
        <translation>効果のあるアクション</translation>
    </message>
    <message>
        <source>No action of these lives had a measured effect.</source>
        <translation>これらのライブで効果を測定できたアクションはありません。</translation>
    </message>
    <message>
        <source>The {top} strongest of {actions} actions in words; the table has every one.</source>
        <translation>アクション{actions}件のうち上位{top}件を文章で記載。表にすべて掲載しています。</translation>
    </message>
    <message>
        <source>The {top} strongest of {actions} actions in words; the table has the first {rows}, tables/actions.csv every one.</source>
        <translation>アクション{actions}件のうち上位{top}件を文章で記載。表に最初の{rows}件、tables/actions.csv にすべて掲載しています。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>上昇ライブ数</translation>
    </message>
    <message>
        <source>Median lift</source>
        <translation>上昇率の中央値</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>信頼区間</translation>
    </message>
    <message>
        <source>Median per viewer</source>
        <translation>視聴者あたり中央値</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Lift: orders per minute in the 5 minutes after / before − 1, as the report measures it; each live counts once (the median of its presses). Interval: for the median, from the lives&apos; lifts in order (the sign test inverted), given from six lives up. Per viewer: the same per viewer-minute (a room that grew lifts the raw number). Fewer than {lives} lives: too few to tell.</source>
        <translation>上昇率：実行後5分と前5分の毎分注文数の比 − 1（レポートと同じ測定）。各ライブは1回として数えます（押した回の中央値）。信頼区間：中央値について、ライブの上昇率の順位から求めます（符号検定の逆算）。ライブ6本以上で表示。視聴者あたり：同じ値を視聴分あたりで（視聴者が増えただけでも素の数値は上がるため）。ライブ{lives}本未満：判断には少なすぎます。</translation>
    </message>
    <message>
        <source>actions across lives</source>
        <translation>ライブ間のアクション</translation>
    </message>
    <message>
        <source>Each dot is one live&apos;s lift; the bar is the median, the line the interval.</source>
        <translation>点は各ライブの上昇率、棒は中央値、線は信頼区間です。</translation>
    </message>
    <message>
        <source>Advice: taken or not</source>
        <translation>アドバイス：実行したか否か</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生回数</translation>
    </message>
    <message>
        <source>Taken: lifted</source>
        <translation>実行：上昇</translation>
    </message>
    <message>
        <source>Taken: median</source>
        <translation>実行：中央値</translation>
    </message>
    <message>
        <source>Not taken: lifted</source>
        <translation>未実行：上昇</translation>
    </message>
    <message>
        <source>Not taken: median</source>
        <translation>未実行：中央値</translation>
    </message>
    <message>
        <source>When taken</source>
        <translation>実行した場合</translation>
    </message>
    <message>
        <source>What followed each advice: the orders-per-minute lift measured after it, one value per live. Not taken: dismissed or left to expire.</source>
        <translation>各アドバイスの後に起きたこと：その後に測定した毎分注文数の上昇率、ライブごとに1つの値。未実行：閉じた、または期限切れ。</translation>
    </message>
    <message>
        <source>{low} to {high} ({confidence})</source>
        <translation>{low}〜{high}（{confidence}）</translation>
    </message>
    <message>
        <source>These lives sold in {currencies}: totals across lives add different currencies. Narrow the page with --plan or --tag to lives of one currency.</source>
        <extracomment>the plan&apos;s goals in the order the plan file lists them (console/plan/model.py Goals)</extracomment>
        <translation>これらのライブの通貨は {currencies} です：ライブ合計は異なる通貨を足しています。--plan または --tag で同じ通貨のライブに絞り込んでください。</translation>
    </message>
    <message>
        <source>Live {key}: its goals field is not JSON ({why}); its goals are left out.</source>
        <translation>ライブ {key}：目標フィールドがJSONではありません（{why}）。目標は除外します。</translation>
    </message>
    <message>
        <source>Live {key}: its goals field is not a list of goals; its goals are left out.</source>
        <translation>ライブ {key}：目標フィールドが目標のリストではありません。目標は除外します。</translation>
    </message>
    <message>
        <source>Live {key}: {entries} entry(ies) of its goals field have no key; left out.</source>
        <translation>ライブ {key}：目標フィールドの{entries}件にキーがありません。除外します。</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>LibraryTerminal</name>
    <message>
        <source>tag {tag}: a tag is 1 to 32 characters with no space at either end</source>
        <translation>tag {tag}：タグは1〜32文字で、先頭と末尾に空白は使えません</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file</source>
        <translation>{path} はフォルダーです。セッションファイルではありません</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {why}</source>
        <translation>{path}：読み込めません：{why}</translation>
    </message>
    <message>
        <source>the same file as {path}</source>
        <translation>{path} と同じファイルです</translation>
    </message>
    <message>
        <source>was added from {path}, which is gone</source>
        <translation>{path} から追加されましたが、そのファイルはもうありません</translation>
    </message>
    <message>
        <source>{path}: cannot be added: {error}: {why}</source>
        <translation>{path}：追加できません：{error}：{why}</translation>
    </message>
    <message>
        <source>the library holds a longer copy of this live ({events} events, from {path}); this file has {here}</source>
        <translation>ライブラリにはこのライブのより長いコピーがあります（イベント{events}件、{path} から）。このファイルは{here}件です</translation>
    </message>
    <message>
        <source>a newer copy of this live ({events} events; was {before})</source>
        <translation>このライブの新しいコピー（イベント{events}件。以前は{before}件）</translation>
    </message>
    <message>
        <source>its tables were incomplete</source>
        <translation>テーブルが不完全でした</translation>
    </message>
    <message>
        <source>tags added</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>session file {path} is gone</source>
        <translation>セッションファイル {path} がありません</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>its tables are incomplete: add {path} again</source>
        <translation>テーブルが不完全です：{path} をもう一度追加してください</translation>
    </message>
    <message>
        <source>{path} has changed since it was added ({before} bytes, now {now}): add it again</source>
        <translation>{path} は追加後に変更されています（{before}バイト、現在{now}バイト）：もう一度追加してください</translation>
    </message>
    <message>
        <source>tables without a catalogue row (an add that did not finish): add its session file again</source>
        <translation>カタログ行のないテーブルです（追加が完了していません）：セッションファイルをもう一度追加してください</translation>
    </message>
    <message>
        <source>{path}: no library catalogue here (nothing has been added to {library})</source>
        <extracomment>the catalogue&apos;s own columns, after the `lives` table&apos;s</extracomment>
        <translation>{path}：ここにライブラリのカタログがありません（{library} にはまだ何も追加されていません）</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>{path}: not a library catalogue (it has no `lives` table)</source>
        <translation>{path}：ライブラリのカタログではありません（`lives` テーブルがありません）</translation>
    </message>
    <message>
        <source>{path}: damaged library catalogue, {doing}: {why}</source>
        <translation>{path}：ライブラリのカタログが破損しています。{doing}：{why}</translation>
    </message>
    <message>
        <source>{path}: {doing}: {why}</source>
        <translation>{path}：{doing}：{why}</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>Left out {path}: {why}.</source>
        <translation>{path} を除外しました：{why}。</translation>
    </message>
    <message>
        <source>not a readable Parquet file ({why})</source>
        <translation>読み込めるParquetファイルではありません（{why}）</translation>
    </message>
    <message>
        <source>it has no key column</source>
        <translation>key列がありません</translation>
    </message>
    <message>
        <source>{rows} of its rows have no key</source>
        <translation>{rows}行にキーがありません</translation>
    </message>
    <message>
        <source>column {column} holds {found}, not {wanted}</source>
        <translation>列 {column} の型は {found} で、{wanted} ではありません</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>what became of a file or a live, as the terminal&apos;s first column says it</extracomment>
        <translation>追加</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>修復</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>found</source>
        <translation>復帰</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>{state} {key}  from {path}</source>
        <translation>{state} {key}  {path} から</translation>
    </message>
    <message>
        <source>{line} ({why})</source>
        <translation>{line}（{why}）</translation>
    </message>
    <message>
        <source>{library}: no lives yet (live-console library add FILE...)</source>
        <translation>{library}：まだライブがありません（live-console library add FILE...）</translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) in {library}</source>
        <translation>
            <numerusform>{library} のライブ%n本</numerusform>
        </translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>転換率</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>{state} {key}  {path} (it is back)</source>
        <translation>{state} {key}  {path}（元の場所に戻りました）</translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: {problems} to look at</source>
        <translation>
            <numerusform>{library} のライブ%n本を確認しました：{problems}件を確認してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live(s) checked in {library}: all fine</source>
        <translation>
            <numerusform>{library} のライブ%n本を確認しました：問題ありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSuggest</name>
    <message>
        <source>cannot be read: {why}</source>
        <translation>読み込めません：{why}</translation>
    </message>
    <message>
        <source>plan name &quot;{plan}&quot; or this plan&apos;s text</source>
        <translation>プラン名「{plan}」またはこのプランのテキスト</translation>
    </message>
    <message>
        <source>live-console plan suggest: {lives} comparable lives in {library} ({which}); a suggestion needs at least {least}, so {more} more. The plan below is unchanged.</source>
        <translation>live-console plan suggest：{library} の比較可能なライブは{lives}本です（{which}）。提案には最低{least}本必要なので、あと{more}本必要です。以下のプランは変更していません。</translation>
    </message>
    <message>
        <source>{which}, from {first} to {last}</source>
        <translation>{which}、{first}〜{last}</translation>
    </message>
    <message>
        <source>live-console plan suggest: a draft of the next plan from {plan} and {lives} comparable lives in {library} ({which}). {changes} changes, each with its evidence in the comment above it (suggest: ...); every other line is the plan as written.</source>
        <translation>live-console plan suggest：{plan} と {library} の比較可能なライブ{lives}本（{which}）から作った次回プランの下書きです。変更は{changes}件で、それぞれ上のコメント（suggest: ...）に根拠があります。ほかの行はプランのままです。</translation>
    </message>
    <message>
        <source>Left as written: {kept}.</source>
        <translation>そのままの項目：{kept}。</translation>
    </message>
    <message>
        <source>plan suggest made a plan the console would refuse, so nothing was written (a fault of plan suggest: please report it):
{why}</source>
        <translation>plan suggest が作ったプランはコンソールが受け付けない内容のため、何も書き込んでいません（plan suggest の不具合です。報告してください）：
{why}</translation>
    </message>
    <message>
        <source>the goals of live {key} could not be read (not a JSON list of goals)</source>
        <translation>ライブ {key} の目標を読み込めませんでした（目標のJSONリストではありません）</translation>
    </message>
    <message>
        <source>goals.{goal}: {lives} comparable whole lives reached a figure, {least} needed</source>
        <translation>goals.{goal}：実績のある比較可能な完全ライブは{lives}本です。{least}本必要です</translation>
    </message>
    <message>
        <source>goal {goal} was {old}: the median of what the last {lives} comparable whole lives reached ({shown}), the best of all {all} being {best}</source>
        <translation>目標 {goal} は {old} でした：直近{lives}本の比較可能な完全ライブの実績の中央値です（{shown}）。全{all}本の最高は{best}</translation>
    </message>
    <message>
        <source>goals.{goal}: not written as a plain &apos;key = value&apos; line</source>
        <translation>goals.{goal}：単純な「key = value」の行で書かれていません</translation>
    </message>
    <message>
        <source>segment order: {segments} kept in place: no standing rule on how it keeps viewers</source>
        <translation>コーナー順：{segments} はそのままです。視聴者の引き留めについて成立したルールがありません</translation>
    </message>
    <message>
        <source>segment order: fewer than two cued segments have a standing rule on how they keep viewers</source>
        <translation>コーナー順：視聴者の引き留めについて成立したルールがあるキュー済みコーナーが2つ未満です</translation>
    </message>
    <message>
        <source>moved from {old} to {new}: segments ordered by how they kept viewers (leave rate against the live&apos;s, median over comparable lives, and the lives that agree: {ranking})</source>
        <translation>{old} から {new} に移動：視聴者を引き留めた順にコーナーを並べ替え（ライブ全体に対する離脱率、比較可能なライブの中央値、同意するライブ：{ranking}）</translation>
    </message>
    <message>
        <source>moved from {old} to {new}: with its segment {segment}</source>
        <translation>{old} から {new} に移動：コーナー {segment} と一緒に</translation>
    </message>
    <message>
        <source>segment order: already the order that kept viewers best ({ranking})</source>
        <translation>コーナー順：すでに視聴者を最も引き留めた順です（{ranking}）</translation>
    </message>
    <message>
        <source>{segment} {median} (holds in {agree} of {votes} lives, p = {p})</source>
        <translation>{segment} {median}（ライブ{votes}本中{agree}本で引き留め、p = {p}）</translation>
    </message>
    <message>
        <source>{segment} {median} (loses in {agree} of {votes} lives, p = {p})</source>
        <translation>{segment} {median}（ライブ{votes}本中{agree}本で離脱、p = {p}）</translation>
    </message>
    <message>
        <source>{segment} {median} (holds in {agree} of {votes} lives)</source>
        <translation>{segment} {median}（ライブ{votes}本中{agree}本で引き留め）</translation>
    </message>
    <message>
        <source>{segment} {median} (loses in {agree} of {votes} lives)</source>
        <translation>{segment} {median}（ライブ{votes}本中{agree}本で離脱）</translation>
    </message>
    <message>
        <source>no comparable live aired it</source>
        <translation>比較可能なライブで配信されていません</translation>
    </message>
    <message>
        <source>as the whole live in all {lives} lives</source>
        <translation>ライブ{lives}本すべてでライブ全体と同じ</translation>
    </message>
    <message>
        <source>{agree} for, {against} against, of {lives} lives</source>
        <translation>賛成{agree}、反対{against}（ライブ{lives}本中）</translation>
    </message>
    <message>
        <source>{claim} ({evidence}), but this plan ends at {end}, so no cue at {time}</source>
        <translation>{claim}（{evidence}）、ただしこのプランは{end}で終わるため、{time}にはキューを入れません</translation>
    </message>
    <message>
        <source>{lives} lives</source>
        <translation>ライブ{lives}本</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}, {tests} bands tested</source>
        <translation>比較可能なライブ{votes}本中{agree}本、中央値{median}、符号検定 p = {p}、{tests}帯を検定</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}, {tests} claims tested</source>
        <translation>比較可能なライブ{votes}本中{agree}本、中央値{median}、符号検定 p = {p}、{tests}件の主張を検定</translation>
    </message>
    <message>
        <source>{agree} of {votes} comparable lives, median {median}, sign test p = {p}</source>
        <translation>比較可能なライブ{votes}本中{agree}本、中央値{median}、符号検定 p = {p}</translation>
    </message>
    <message>
        <source>no minute band where orders per 1,000 viewer-minutes sag in enough comparable lives (the band rule corrected for the bands tested): no flash offer added</source>
        <translation>十分な数の比較可能なライブで視聴1,000分あたり注文数が落ち込む時間帯がありません（検定した帯の数で補正した帯ルール）：タイムセールは追加しません</translation>
    </message>
    <message>
        <source>{claim}, and a flash offer is cued at {time} already</source>
        <translation>{claim}。ただし{time}にすでにタイムセールのキューがあります</translation>
    </message>
    <message>
        <source>{claim}, but no preset of this plan lifted orders in enough comparable lives</source>
        <translation>{claim}。ただしこのプランのプリセットで、十分な数の比較可能なライブで注文数を押し上げたものはありません</translation>
    </message>
    <message>
        <source>a flash offer where orders sag: {claim} ({evidence}); {preset} is the preset that lifted orders most ({lifted})</source>
        <translation>注文数が落ち込む時間帯にタイムセール：{claim}（{evidence}）。{preset} が最も注文数を押し上げたプリセットです（{lifted}）</translation>
    </message>
    <message>
        <source>Counter the usual sag in orders ({minutes})</source>
        <translation>いつもの注文の落ち込みを補う（{minutes}）</translation>
    </message>
    <message>
        <source>cue added at {time}: {why}</source>
        <translation>{time}にキューを追加：{why}</translation>
    </message>
    <message>
        <source>stock was {stock}: sold out in {sold_out} of {lives} (median at {at}) comparable whole lives; the median of what they would have sold over this plan&apos;s {minutes} minutes is {new} (units sold, a sold-out live&apos;s scaled from its sell-out time to {length}, at most x{cap}: {each})</source>
        <translation>在庫は{stock}でした：比較可能な完全ライブ{lives}本中{sold_out}本で完売（中央値{at}）。このプランの{minutes}分で売れたはずの個数の中央値は{new}です（販売個数。完売したライブは完売時刻から{length}に換算、最大x{cap}：{each}）</translation>
    </message>
    <message>
        <source>stock was {stock}: never sold out in {lives} comparable whole lives; the median of what they would have sold over this plan&apos;s {minutes} minutes is {new} (units sold, a sold-out live&apos;s scaled from its sell-out time to {length}, at most x{cap}: {each})</source>
        <translation>在庫は{stock}でした：比較可能な完全ライブ{lives}本で完売なし。このプランの{minutes}分で売れたはずの個数の中央値は{new}です（販売個数。完売したライブは完売時刻から{length}に換算、最大x{cap}：{each}）</translation>
    </message>
    <message>
        <source>stock of {products}: fewer than {least} whole comparable lives sold it</source>
        <translation>{products} の在庫：販売した比較可能な完全ライブが{least}本未満です</translation>
    </message>
    <message>
        <source>kit {kit} lowered orders ({evidence}); this cue is kept as written, but think twice before running it</source>
        <translation>セット販売 {kit} は注文数を下げました（{evidence}）。このキューはそのまま残しますが、実行前によく検討してください</translation>
    </message>
    <message>
        <source>cues[{cue}] at {time}: {why}</source>
        <translation>cues[{cue}]（{time}）：{why}</translation>
    </message>
    <message>
        <source>kits: no kit of this plan lifted orders in enough comparable lives</source>
        <translation>セット販売：このプランのセットで、十分な数の比較可能なライブで注文数を押し上げたものはありません</translation>
    </message>
    <message>
        <source>kit {kit} lifted orders ({evidence})</source>
        <translation>セット販売 {kit} は注文数を押し上げました（{evidence}）</translation>
    </message>
    <message>
        <source>target was {old}, which lowered orders ({evidence}): {why}</source>
        <translation>ターゲットは {old} でしたが、注文数を下げました（{evidence}）：{why}</translation>
    </message>
    <message>
        <source>target was {old}, which has no such evidence: {why}</source>
        <translation>ターゲットは {old} でしたが、その根拠がありません：{why}</translation>
    </message>
    <message>
        <source>{why}, but no minutes where carts are dropped most in enough lives to cue it at</source>
        <translation>{why}。ただし十分な数のライブでカゴ落ちが最も多い時間帯がないため、キューを入れられません</translation>
    </message>
    <message>
        <source>{why}; cued where carts are dropped most: {claim} ({evidence})</source>
        <translation>{why}。カゴ落ちが最も多い時間帯にキュー：{claim}（{evidence}）</translation>
    </message>
    <message>
        <source>Win back the carts usually dropped here</source>
        <translation>ここでいつも落ちるカートを取り戻す</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>since {date}</source>
        <translation>{date}以降</translation>
    </message>
    <message>
        <source>plan {plans}</source>
        <translation>プラン{plans}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <source>tag &quot;{tag}&quot;</source>
        <translation>タグ「{tag}」</translation>
    </message>
    <message>
        <source>every live in the library</source>
        <translation>ライブラリの全ライブ</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>確度高</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>裏付けあり</translation>
    </message>
    <message numerus="yes">
        <source>{agree} of %n lives agree</source>
        <translation>
            <numerusform>ライブ%n本中{agree}本が同意</numerusform>
        </translation>
    </message>
    <message>
        <source>no live voted</source>
        <translation>投票したライブなし</translation>
    </message>
    <message>
        <source> ({ties} more showed no change)</source>
        <translation>（ほか{ties}本は変化なし）</translation>
    </message>
    <message>
        <source>, median {median} ({measure})</source>
        <translation>、中央値{median}（{measure}）</translation>
    </message>
    <message>
        <source>, sign test p = {p}</source>
        <translation>、符号検定 p = {p}</translation>
    </message>
    <message numerus="yes">
        <source>, %n bands tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>、%n帯を検定（ルールには p &lt; {p} が必要）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n claims tested (a rule needs p &lt; {p})</source>
        <translation>
            <numerusform>、%n件の主張を検定（ルールには p &lt; {p} が必要）</numerusform>
        </translation>
    </message>
    <message>
        <source>; {detail}</source>
        <translation>。{detail}</translation>
    </message>
    <message>
        <source>; contradicted by {lives}</source>
        <translation>。反対：{lives}</translation>
    </message>
    <message>
        <source>{agree} for, {against} against: the lives are too split for a rule</source>
        <translation>賛成{agree}、反対{against}：ライブの結果が割れすぎていてルールになりません</translation>
    </message>
    <message>
        <source>too few lives: {votes} voted, a rule needs at least {least}; {needs} more that agree would make it one</source>
        <translation>ライブが少なすぎます：投票{votes}本、ルールには最低{least}本必要です。同意するライブがあと{needs}本あればルールになります</translation>
    </message>
    <message>
        <source>not settled: {agree} for, {against} against; {needs} more that agree would make it a rule</source>
        <translation>未確定：賛成{agree}、反対{against}。同意するライブがあと{needs}本あればルールになります</translation>
    </message>
    <message>
        <source>{library}: no library there (live-console library add FILE... makes one)</source>
        <translation>{library}：ライブラリがありません（live-console library add FILE... で作成できます）</translation>
    </message>
    <message>
        <source>{library}: cannot read the library: {why}</source>
        <translation>{library}：ライブラリを読み込めません：{why}</translation>
    </message>
    <message>
        <source>{lives} lives selected: a rule needs at least {least} lives that have its figure, so {more} more lives are needed before any rule can stand</source>
        <translation>選択したライブは{lives}本です：ルールにはその数値を持つライブが最低{least}本必要なので、ルールが成立するにはあと{more}本必要です</translation>
    </message>
    <message>
        <source>two-sided exact sign test; a rule stands at p &lt; {p} with at least {least} lives voting, at p &lt; 0.05 / n for one of n claims tested at once (the minute bands)</source>
        <translation>両側の正確な符号検定。ルールは最低{least}本のライブが投票し p &lt; {p} で成立。同時に検定するn件の主張（分の帯）では p &lt; 0.05 / n</translation>
    </message>
    <message>
        <source>Actions that move orders</source>
        <translation>注文数を動かすアクション</translation>
    </message>
    <message>
        <source>Advice worth taking</source>
        <translation>実行する価値のあるアドバイス</translation>
    </message>
    <message>
        <source>Segments that hold viewers</source>
        <translation>視聴者を引き留めるコーナー</translation>
    </message>
    <message>
        <source>When orders per viewer sag and carts are dropped</source>
        <translation>視聴者あたりの注文が落ち込み、カゴ落ちが起きる時間帯</translation>
    </message>
    <message>
        <source>Products: sell-outs and slow sellers</source>
        <translation>商品：完売と売れ行きの遅い商品</translation>
    </message>
    <message>
        <source>Channels that convert</source>
        <translation>転換率の高い流入経路</translation>
    </message>
    <message>
        <source>New and returning buyers</source>
        <translation>新規購入者とリピーター</translation>
    </message>
    <message>
        <source>Playbook: {selection}</source>
        <translation>プレイブック：{selection}</translation>
    </message>
    <message>
        <source>{lives} lives from {first} to {last}</source>
        <translation>ライブ{lives}本（{first}〜{last}）</translation>
    </message>
    <message>
        <source>{lives} lives</source>
        <translation>ライブ{lives}本</translation>
    </message>
    <message>
        <source>{rules} rules stand</source>
        <translation>成立したルール{rules}件</translation>
    </message>
    <message>
        <source>library {folder}</source>
        <translation>ライブラリ {folder}</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>How sure: each live that has a rule&apos;s figure votes for it or against it (a live with no change abstains), and a two-sided sign test asks how often a split at least this lopsided would come from coin tosses. A rule stands at p &lt; {sure} with at least {least} lives voting (the fewest for which that is possible: 6 of 6 gives p = 0.031), and is {strong} at p &lt; {strong_p}. The minute bands are many claims tested at once (18 in a 90-minute live): a band rule needs p below {sure} divided by the bands tested (and {strong_p} likewise for strong): without it, one library of pure noise in five or so showed a band that passed by chance. Lives that vote against a standing rule are named: they contradict it.</source>
        <translation>確からしさ：ルールの数値を持つ各ライブは賛成か反対に投票し（変化のないライブは棄権）、両側の符号検定で、これ以上偏った結果がコイン投げで出る頻度を求めます。ルールは最低{least}本のライブが投票し p &lt; {sure} で成立し（それが可能な最少本数：6本中6本で p = 0.031）、p &lt; {strong_p} で{strong}となります。分の帯は同時に検定する多数の主張です（90分のライブで18帯）：帯のルールには p が {sure} を検定した帯の数で割った値未満であることが必要です（{strong}の判定も同様に {strong_p} を割ります）。この補正がないと、完全なノイズのライブラリでも5つに1つ程度で偶然通過する帯が出ました。成立したルールに反対票を入れたライブは名前を表示します：そのルールに反する例です。</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>No rule stands yet: see below what each needs.</source>
        <translation>成立したルールはまだありません：それぞれに何が必要かは下を参照してください。</translation>
    </message>
    <message>
        <source>Contradicted by {count}: {lives}</source>
        <translation>反対{count}本：{lives}</translation>
    </message>
    <message>
        <source>for</source>
        <translation>賛成</translation>
    </message>
    <message>
        <source>against</source>
        <translation>反対</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>the {lives} lives</source>
        <translation>ライブ{lives}本</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>for / against</source>
        <translation>賛成／反対</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>what it needs</source>
        <translation>必要なもの</translation>
    </message>
    <message>
        <source>What the lives lean towards but do not yet support, and how many more lives that agree would make it a rule.</source>
        <translation>ライブの傾向は見えるがまだ裏付けのないもの、そして同意するライブがあと何本あればルールになるか。</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>Lives read</source>
        <translation>読み込んだライブ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>No live matches the selection.</source>
        <translation>選択に一致するライブはありません。</translation>
    </message>
    <message>
        <source>Flash offer</source>
        <translation>タイムセール</translation>
    </message>
    <message>
        <source>Segment on air</source>
        <translation>配信中のコーナー</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>セット販売</translation>
    </message>
    <message>
        <source>Flash offer &quot;{label}&quot; ({target})</source>
        <extracomment>kind -&gt; (one target&apos;s name, the target with no id, every one of the kind, they lift, they lower)</extracomment>
        <translation>タイムセール「{label}」（{target}）</translation>
    </message>
    <message>
        <source>Flash offer (custom)</source>
        <translation>タイムセール（カスタム）</translation>
    </message>
    <message>
        <source>Flash offers, all of them</source>
        <translation>タイムセール全体</translation>
    </message>
    <message>
        <source>Flash offers lift orders</source>
        <translation>タイムセールは注文数を押し上げる</translation>
    </message>
    <message>
        <source>Flash offers lower orders</source>
        <translation>タイムセールは注文数を下げる</translation>
    </message>
    <message>
        <source>Segment on air &quot;{label}&quot; ({target})</source>
        <translation>配信中のコーナー「{label}」（{target}）</translation>
    </message>
    <message>
        <source>Segment on air (custom)</source>
        <translation>配信中のコーナー（カスタム）</translation>
    </message>
    <message>
        <source>Segment on airs, all of them</source>
        <translation>配信中のコーナー全体</translation>
    </message>
    <message>
        <source>Segment on airs lift orders</source>
        <translation>コーナー切り替えは注文数を押し上げる</translation>
    </message>
    <message>
        <source>Segment on airs lower orders</source>
        <translation>コーナー切り替えは注文数を下げる</translation>
    </message>
    <message>
        <source>Kit &quot;{label}&quot; ({target})</source>
        <translation>セット販売「{label}」（{target}）</translation>
    </message>
    <message>
        <source>Kit (custom)</source>
        <translation>セット販売（カスタム）</translation>
    </message>
    <message>
        <source>Kits, all of them</source>
        <translation>セット販売全体</translation>
    </message>
    <message>
        <source>Kits lift orders</source>
        <translation>セット販売は注文数を押し上げる</translation>
    </message>
    <message>
        <source>Kits lower orders</source>
        <translation>セット販売は注文数を下げる</translation>
    </message>
    <message>
        <source>orders per minute in the 5 minutes after against the 5 before</source>
        <translation>実行後5分と前5分の毎分注文数の比較</translation>
    </message>
    <message>
        <source>actions</source>
        <extracomment>a topic&apos;s name where a note says it had nothing to judge</extracomment>
        <translation>アクション</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>コーナー</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>no selected live has an action with a measured lift</source>
        <translation>選択したライブに、上昇率を測定したアクションがありません</translation>
    </message>
    <message>
        <source>no selected live has advice that was taken and measured</source>
        <translation>選択したライブに、実行して測定したアドバイスがありません</translation>
    </message>
    <message>
        <source>no selected live has segments with viewers</source>
        <translation>選択したライブに、視聴者のいるコーナーがありません</translation>
    </message>
    <message>
        <source>no selected live has a full {minutes}-minute band with viewers or carts</source>
        <translation>選択したライブに、視聴者またはカートのある完全な{minutes}分の帯がありません</translation>
    </message>
    <message>
        <source>no selected whole live (partial recordings left out) has products with stock</source>
        <translation>選択した完全ライブ（一部のみの記録は除外）に、在庫のある商品がありません</translation>
    </message>
    <message>
        <source>no selected live has channels with viewers who entered</source>
        <translation>選択したライブに、視聴者が流入した経路がありません</translation>
    </message>
    <message>
        <source>no selected live says which buyers were new and which returning</source>
        <translation>選択したライブに、新規購入者とリピーターの区別がありません</translation>
    </message>
    <message>
        <source>{actions} fired inside another action&apos;s window left out</source>
        <translation>他のアクションの測定時間内に実行された{actions}件は除外</translation>
    </message>
    <message>
        <source>{name} lifts orders</source>
        <translation>{name}は注文数を押し上げる</translation>
    </message>
    <message>
        <source>{name} lowers orders</source>
        <translation>{name}は注文数を下げる</translation>
    </message>
    <message>
        <source>orders per minute in the 5 minutes after against the 5 before (a live&apos;s median over its actions)</source>
        <translation>実行後5分と前5分の毎分注文数の比較（各ライブ内のアクションの中央値）</translation>
    </message>
    <message>
        <source>Taking the &quot;{advice}&quot; advice</source>
        <translation>「{advice}」アドバイスの実行</translation>
    </message>
    <message>
        <source>{name} is followed by fewer orders</source>
        <translation>{name}の後は注文数が減る</translation>
    </message>
    <message>
        <source>Segment &quot;{title}&quot; ({segment})</source>
        <translation>コーナー「{title}」（{segment}）</translation>
    </message>
    <message>
        <source>{name} holds viewers</source>
        <translation>{name}は視聴者を引き留める</translation>
    </message>
    <message>
        <source>{name} loses viewers</source>
        <translation>{name}は視聴者が離脱する</translation>
    </message>
    <message>
        <source>its leave rate per viewer-minute against the whole live&apos;s</source>
        <translation>視聴分あたりの離脱率をライブ全体と比較</translation>
    </message>
    <message>
        <source>minutes {first}–{last}</source>
        <translation>{first}〜{last}分</translation>
    </message>
    <message>
        <source>Orders per 1,000 viewer-minutes sag in {minutes}</source>
        <translation>視聴1,000分あたりの注文数が{minutes}に落ち込む</translation>
    </message>
    <message>
        <source>orders per 1,000 viewer-minutes in the band against the live&apos;s median band</source>
        <translation>帯の視聴1,000分あたり注文数をライブの中央値帯と比較</translation>
    </message>
    <message>
        <source>Carts are abandoned most in {minutes}</source>
        <translation>カゴ落ちは{minutes}に最も多い</translation>
    </message>
    <message>
        <source>carts abandoned per cart opened in the band against the live&apos;s median band</source>
        <translation>帯のカゴ落ち÷カート作成をライブの中央値帯と比較</translation>
    </message>
    <message>
        <source>sold out at a median {time} into the live</source>
        <translation>ライブ開始から中央値{time}で完売</translation>
    </message>
    <message>
        <source>sell-through (units sold / stock at the start)</source>
        <translation>消化率（販売個数／開始時在庫）</translation>
    </message>
    <message>
        <source>{product} sells out</source>
        <translation>{product}は完売する</translation>
    </message>
    <message>
        <source>{product} sells slowly: under half its stock</source>
        <translation>{product}は売れ行きが遅い：在庫の半分未満</translation>
    </message>
    <message>
        <source>sold out at {time}</source>
        <translation>{time}に完売</translation>
    </message>
    <message>
        <source>Channel &quot;{channel}&quot;</source>
        <translation>経路「{channel}」</translation>
    </message>
    <message>
        <source>{name} converts above the live as a whole</source>
        <translation>{name}はライブ全体より転換率が高い</translation>
    </message>
    <message>
        <source>{name} converts below the live as a whole</source>
        <translation>{name}はライブ全体より転換率が低い</translation>
    </message>
    <message>
        <source>its conversion (buyers / entered) against the live&apos;s over every channel</source>
        <translation>転換率（購入者／流入）を全経路のライブ全体と比較</translation>
    </message>
    <message>
        <source>New buyers&apos; share of the buyers</source>
        <translation>購入者に占める新規購入者の割合</translation>
    </message>
    <message>
        <source>Most buyers are new customers</source>
        <translation>購入者の多くは新規顧客</translation>
    </message>
    <message>
        <source>Most buyers are returning customers: the next live could aim at new ones</source>
        <translation>購入者の多くはリピーター：次回のライブは新規顧客を狙えます</translation>
    </message>
    <message>
        <source>new buyers / buyers</source>
        <translation>新規購入者／購入者</translation>
    </message>
    <message>
        <source>Revenue per returning buyer against per new buyer</source>
        <translation>リピーター1人あたりと新規購入者1人あたりの売上</translation>
    </message>
    <message>
        <source>Returning buyers spend more per buyer than new ones</source>
        <translation>リピーターは新規購入者より1人あたりの購入額が多い</translation>
    </message>
    <message>
        <source>New buyers spend more per buyer than returning ones</source>
        <translation>新規購入者はリピーターより1人あたりの購入額が多い</translation>
    </message>
    <message>
        <source>revenue per returning buyer against revenue per new buyer</source>
        <translation>リピーター1人あたり売上を新規購入者1人あたり売上と比較</translation>
    </message>
    <message>
        <source>{note}.</source>
        <translation>{note}。</translation>
    </message>
</context>
</TS>
