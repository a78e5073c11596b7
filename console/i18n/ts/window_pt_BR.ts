<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActionButton</name>
    <message>
        <source>{label}: not sent if pressed — {why}</source>
        <translation>{label}: não será enviado se você pressionar — {why}</translation>
    </message>
</context>
<context>
    <name>ActionGrid</name>
    <message>
        <source>Flash offers</source>
        <translation>Ofertas relâmpago</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Blocos</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Kits</translation>
    </message>
    <message>
        <source>Custom offer…</source>
        <translation>Oferta avulsa…</translation>
    </message>
</context>
<context>
    <name>ActionLog</name>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>what</source>
        <translation>o quê</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origem</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>tentat.</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latência</translation>
    </message>
    <message>
        <source>effect so far</source>
        <translation>efeito até agora</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>oferta</translation>
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
        <source>button</source>
        <extracomment>where a press came from, as the source cell names it (the key stays English: it is stored and compared)</extracomment>
        <translation>botão</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>atalho</translation>
    </message>
    <message>
        <source>cue</source>
        <translation>deixa</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>alerta</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>an intent&apos;s status as the log&apos;s status cell writes it (the key stays English: it picks the colour)</extracomment>
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
        <source>confirmed</source>
        <translation>confirmado</translation>
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
        <translation>à mão</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>não feito</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>armado</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>disparado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulado</translation>
    </message>
    <message>
        <source>at</source>
        <translation>em</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>{name} {before} → {after}</source>
        <translation>{name} {before} → {after}</translation>
    </message>
    <message>
        <source>{name} {before} → {after} ({lift}%)</source>
        <translation>{name} {before} → {after} ({lift}%)</translation>
    </message>
    <message>
        <source>orders/min</source>
        <translation>pedidos/min</translation>
    </message>
    <message>
        <source>units/min</source>
        <translation>unidades/min</translation>
    </message>
    <message>
        <source> · by {seat}</source>
        <translation> · por {seat}</translation>
    </message>
    <message>
        <source>another seat</source>
        <translation>outro posto</translation>
    </message>
    <message>
        <source>fired by {seat} (seen on the stream)</source>
        <translation>disparado por {seat} (visto no feed)</translation>
    </message>
    <message>
        <source>pressed here too: {seat} had just started it, the server ran it once</source>
        <translation>pressionado aqui também: {seat} tinha acabado de iniciar, o servidor executou uma vez só</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>Log de ações</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>fired by {seat}</source>
        <translation>disparado por {seat}</translation>
    </message>
    <message>
        <source>other seat</source>
        <translation>outro posto</translation>
    </message>
</context>
<context>
    <name>ActionPadDock</name>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>PRODUCER SEAT · read-only</source>
        <translation>POSTO DO PRODUTOR · só leitura</translation>
    </message>
    <message>
        <source>Actions and auto cues fire from an operator seat; here {key} marks a moment</source>
        <translation>Ações e deixas automáticas saem do posto do operador; aqui {key} marca um momento</translation>
    </message>
    <message>
        <source>Skip cue</source>
        <translation>Pular deixa</translation>
    </message>
    <message>
        <source>no plan loaded: actions need a plan</source>
        <translation>nenhum plano carregado: as ações precisam de um plano</translation>
    </message>
    <message>
        <source>RUN OF SHOW</source>
        <translation>ROTEIRO</translation>
    </message>
    <message>
        <source>GO: double press ignored</source>
        <translation>GO: toque duplo ignorado</translation>
    </message>
    <message>
        <source>{label}: do its steps in the platform&apos;s app, then Done ({key})</source>
        <translation>{label}: faça os passos no app da plataforma e depois clique em Feito ({key})</translation>
    </message>
    <message>
        <source>{label}: already {state}</source>
        <translation>{label}: já {state}</translation>
    </message>
    <message>
        <source>Start the {what} now?</source>
        <translation>Iniciar {what} agora?</translation>
    </message>
    <message>
        <source>The {what} is due in {due} (planned at {at}, the live is at {now}) — fire now?</source>
        <translation>Faltam {due} para {what} (planejado para {at}, a live está em {now}) — disparar agora?</translation>
    </message>
    <message>
        <source>Cancelled: {what}</source>
        <translation>Cancelado: {what}</translation>
    </message>
    <message>
        <source>Press {key} again to confirm: {what}</source>
        <translation>Pressione {key} de novo para confirmar: {what}</translation>
    </message>
    <message>
        <source>GO: {why}</source>
        <translation>GO: {why}</translation>
    </message>
    <message>
        <source>GO: sent {what}</source>
        <translation>GO: enviado — {what}</translation>
    </message>
    <message>
        <source>{label}: double press ignored</source>
        <translation>{label}: toque duplo ignorado</translation>
    </message>
    <message>
        <source>Sent: {label}</source>
        <translation>Enviado: {label}</translation>
    </message>
    <message>
        <source>Not sent: {why}</source>
        <translation>Não enviado: {why}</translation>
    </message>
    <message>
        <source>flash offer “{label}”</source>
        <extracomment>what a question or a toast calls the action: the kind and the plan&apos;s name for it, as one phrase</extracomment>
        <translation>oferta relâmpago “{label}”</translation>
    </message>
    <message>
        <source>segment “{label}”</source>
        <translation>bloco “{label}”</translation>
    </message>
    <message>
        <source>kit “{label}”</source>
        <translation>kit “{label}”</translation>
    </message>
    <message>
        <source>sending</source>
        <extracomment>a busy button&apos;s state in &quot;{label}: already {state}&quot;</extracomment>
        <translation>enviando</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>{key}  Mark moment</source>
        <translation>{key}  Marcar momento</translation>
    </message>
    <message>
        <source>nothing to fire</source>
        <translation>nada para disparar</translation>
    </message>
    <message>
        <source>{label}: {why}</source>
        <translation>{label}: {why}</translation>
    </message>
    <message>
        <source>Not sent: {why} — Skip the cue to move on</source>
        <translation>Não enviado: {why} — pule a deixa para seguir</translation>
    </message>
    <message>
        <source>No steps by hand wait for Done</source>
        <translation>Nenhum passo à mão aguardando Feito</translation>
    </message>
    <message>
        <source>Done by hand: {label} — on air now</source>
        <translation>Feito à mão: {label} — no ar agora</translation>
    </message>
    <message>
        <source>Not done: {label} — not on air</source>
        <translation>Não feito: {label} — fora do ar</translation>
    </message>
    <message>
        <source>Moment marked (the live has not started yet)</source>
        <translation>Momento marcado (a live ainda não começou)</translation>
    </message>
    <message>
        <source>Moment marked at {t} into the live</source>
        <translation>Momento marcado em {t} de live</translation>
    </message>
    <message>
        <source>Actions unavailable: {why}</source>
        <translation>Ações indisponíveis: {why}</translation>
    </message>
    <message>
        <source>no cue armed</source>
        <translation>nenhuma deixa armada</translation>
    </message>
</context>
<context>
    <name>AdviceCard</name>
    <message>
        <source>dismissed at {when}</source>
        <extracomment>what became of an advice, on its dimmed card: (without a reason, with one)</extracomment>
        <translation>dispensado em {when}</translation>
    </message>
    <message>
        <source>dismissed at {when} ({reason})</source>
        <translation>dispensado em {when} ({reason})</translation>
    </message>
    <message>
        <source>expired at {when}</source>
        <translation>expirou em {when}</translation>
    </message>
    <message>
        <source>expired at {when} ({reason})</source>
        <translation>expirou em {when} ({reason})</translation>
    </message>
    <message>
        <source>{what}, every {step} s; dashed: what is normal</source>
        <translation>{what}, a cada {step} s; tracejado: o normal</translation>
    </message>
    <message>
        <source>the rate watched</source>
        <translation>a taxa monitorada</translation>
    </message>
    <message>
        <source>{label}
Fits: {fits}. The pad&apos;s safety step applies.</source>
        <translation>{label}
Serve para: {fits}. A confirmação do painel vale aqui.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>taken at {when}: {remedy} · {effect}</source>
        <translation>seguido em {when}: {remedy} · {effect}</translation>
    </message>
    <message>
        <source>taken at {when}: {remedy} · effect measured once it is on air</source>
        <translation>seguido em {when}: {remedy} · efeito medido quando estiver no ar</translation>
    </message>
</context>
<context>
    <name>AdviceDock</name>
    <message>
        <source>Advice</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No advice: the advisor is watching the live.</source>
        <translation>Nenhum alerta: o assistente está acompanhando a live.</translation>
    </message>
    <message>
        <source>No remedy in the plan: {label}</source>
        <translation>Nenhuma ação sugerida no plano: {label}</translation>
    </message>
    <message>
        <source>Advice taken: {label}</source>
        <translation>Alerta seguido: {label}</translation>
    </message>
    <message>
        <source>Advice dismissed: {title}</source>
        <translation>Alerta dispensado: {title}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>operator</source>
        <extracomment>a seat&apos;s role, as the status bar names it</extracomment>
        <translation>operador</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>produtor</translation>
    </message>
    <message>
        <source>cannot record the session to {path}: {error}</source>
        <translation>não foi possível gravar a sessão em {path}: {error}</translation>
    </message>
    <message>
        <source>{error}; name the seat with --operator</source>
        <translation>{error}; dê um nome ao posto com --operator</translation>
    </message>
    <message>
        <source>{path} · {role} seat: {seat}</source>
        <translation>{path} · posto de {role}: {seat}</translation>
    </message>
    <message>
        <source>recording to {path}</source>
        <translation>gravando em {path}</translation>
    </message>
    <message>
        <source>cannot save the screenshot {path}: {error}</source>
        <translation>não foi possível salvar a captura de tela {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n rows could not be written</source>
        <translation>
            <numerusform>{what}: %n linha não pôde ser gravada</numerusform>
            <numerusform>{what}: %n linhas não puderam ser gravadas</numerusform>
        </translation>
    </message>
    <message>
        <source>the session file</source>
        <translation>o arquivo da sessão</translation>
    </message>
    <message>
        <source>{problem}; removed the empty session file {path}</source>
        <translation>{problem}; o arquivo da sessão vazio {path} foi removido</translation>
    </message>
    <message>
        <source>{problem}; the session file {path} is kept</source>
        <translation>{problem}; o arquivo da sessão {path} foi mantido</translation>
    </message>
    <message>
        <source>feed {url}: {reason}; retrying</source>
        <translation>feed {url}: {reason}; tentando de novo</translation>
    </message>
    <message>
        <source>feed {url}: {reason}; not retrying</source>
        <translation>feed {url}: {reason}; sem nova tentativa</translation>
    </message>
    <message>
        <source>feed {url}: connected</source>
        <translation>feed {url}: conectado</translation>
    </message>
    <message>
        <source>no event came from the feed {url} ({problem})</source>
        <translation>nenhum evento chegou do feed {url} ({problem})</translation>
    </message>
    <message>
        <source>no event came from the feed {url}</source>
        <translation>nenhum evento chegou do feed {url}</translation>
    </message>
    <message>
        <source>Qt could not write a picture there (is {suffix} an image type?)</source>
        <translation>O Qt não conseguiu gravar a imagem ali ({suffix} é um tipo de imagem?)</translation>
    </message>
    <message>
        <source>Qt could not write a picture there (is no suffix an image type?)</source>
        <translation>O Qt não conseguiu gravar a imagem ali (o nome não tem extensão)</translation>
    </message>
    <message>
        <source>{path} (replay, read-only)</source>
        <translation>{path} (replay, só leitura)</translation>
    </message>
    <message>
        <source>the report of {live} could not be written: {error}</source>
        <translation>não foi possível gerar o relatório de {live}: {error}</translation>
    </message>
    <message>
        <source>watching the bus at {where}; recording to {sessions}</source>
        <translation>acompanhando o barramento em {where}; gravando em {sessions}</translation>
    </message>
    <message>
        <source>report written to {path}</source>
        <translation>relatório gravado em {path}</translation>
    </message>
    <message>
        <source>Writing the post-live report…</source>
        <translation>Gerando o relatório pós-live…</translation>
    </message>
    <message>
        <source>Report: {p}</source>
        <translation>Relatório: {p}</translation>
    </message>
</context>
<context>
    <name>AudienceChart</name>
    <message>
        <source>viewers</source>
        <translation>espectadores</translation>
    </message>
    <message>
        <source>minutes into the live</source>
        <translation>minutos de live</translation>
    </message>
    <message>
        <source>orders / min</source>
        <translation>pedidos / min</translation>
    </message>
    <message>
        <source>waiting for the first events…</source>
        <translation>aguardando os primeiros eventos…</translation>
    </message>
    <message>
        <source>{what}: n/a</source>
        <translation>{what}: n/d</translation>
    </message>
    <message>
        <source>★ marked</source>
        <translation>★ marcado</translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n ação</numerusform>
            <numerusform>%n ações</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ByHandCard</name>
    <message>
        <source>✓ Done, on air  {key}</source>
        <translation>✓ Feito, no ar  {key}</translation>
    </message>
    <message>
        <source>✗ Not done</source>
        <translation>✗ Não feito</translation>
    </message>
    <message>
        <source>You did these steps in the platform&apos;s app: the action goes on air and on the charts now</source>
        <translation>Você fez estes passos no app da plataforma: a ação entra no ar e nos gráficos agora</translation>
    </message>
    <message>
        <source>You did not do them: recorded, never on air</source>
        <translation>Você não fez: fica registrado, nunca vai ao ar</translation>
    </message>
    <message>
        <source>DO BY HAND IN THE PLATFORM&apos;S APP (1 of {n})</source>
        <translation>FAÇA À MÃO NO APP DA PLATAFORMA (1 de {n})</translation>
    </message>
    <message>
        <source>DO BY HAND IN THE PLATFORM&apos;S APP</source>
        <translation>FAÇA À MÃO NO APP DA PLATAFORMA</translation>
    </message>
    <message>
        <source>Mark “{what}” as not done? It will not go on air, and cannot be confirmed later.</source>
        <translation>Marcar “{what}” como não feito? Não vai ao ar e não poderá ser confirmado depois.</translation>
    </message>
</context>
<context>
    <name>ChannelsPanel</name>
    <message>
        <source>ORGANIC</source>
        <translation>ORGÂNICO</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGO</translation>
    </message>
    <message>
        <source>DIRECT</source>
        <translation>DIRETO</translation>
    </message>
    <message>
        <source>Viewers now</source>
        <translation>Espectadores</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entradas</translation>
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
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>share of GMV</source>
        <translation>participação no GMV</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Novos clientes</translation>
    </message>
    <message>
        <source>Returning buyers</source>
        <translation>Recorrentes</translation>
    </message>
</context>
<context>
    <name>ChatHeatmap</name>
    <message>
        <source>minutes into the live</source>
        <translation>minutos de live</translation>
    </message>
    <message>
        <source>Chat by segment</source>
        <translation>Chat por bloco</translation>
    </message>
    <message>
        <source>Clicks by product</source>
        <translation>Cliques por produto</translation>
    </message>
    <message>
        <source>no chat yet</source>
        <translation>ainda sem chat</translation>
    </message>
    <message>
        <source>Chat: {na}</source>
        <translation>Chat: {na}</translation>
    </message>
    <message>
        <source>Product clicks: {na}</source>
        <translation>Cliques em produtos: {na}</translation>
    </message>
    <message>
        <source>no product clicks yet</source>
        <translation>ainda sem cliques em produtos</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <source>Confirm action</source>
        <translation>Confirmar ação</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>STALE · numbers {age} old</source>
        <translation>DESATUALIZADO · números de {age} atrás</translation>
    </message>
    <message>
        <source>CATCHING UP · numbers {age} old</source>
        <translation>ATUALIZANDO · números de {age} atrás</translation>
    </message>
    <message>
        <source>● RESUMING · numbers {age} old</source>
        <translation>● RETOMANDO · números de {age} atrás</translation>
    </message>
    <message>
        <source>● CATCHING UP · numbers {age} old</source>
        <translation>● ATUALIZANDO · números de {age} atrás</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● AO VIVO</translation>
    </message>
    <message>
        <source>● RECONNECTING {s} s</source>
        <translation>● RECONECTANDO {s} s</translation>
    </message>
    <message>
        <source>● STALE {s} s</source>
        <translation>● DESATUALIZADO {s} s</translation>
    </message>
    <message>
        <source>● STOPPED: {reason}</source>
        <translation>● PARADO: {reason}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sem motivo informado</translation>
    </message>
    <message>
        <source>● ENDED</source>
        <translation>● ENCERRADA</translation>
    </message>
    <message>
        <source>● REPLAY {how}</source>
        <translation>● REPLAY {how}</translation>
    </message>
    <message>
        <source>● CONNECTING</source>
        <translation>● CONECTANDO</translation>
    </message>
    <message>
        <source>time since the start of the live</source>
        <translation>tempo desde o início da live</translation>
    </message>
    <message>
        <source>The live has ended — open the post-live report</source>
        <translation>A live terminou — abrir o relatório pós-live</translation>
    </message>
    <message>
        <source>{reason} — next attempt in {s} s, {n} reconnects so far</source>
        <translation>{reason} — nova tentativa em {s} s, {n} reconexões até agora</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <source>{r} events/s</source>
        <translation>{r} eventos/s</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>lag {s}</source>
        <translation>atraso {s}</translation>
    </message>
    <message>
        <source>seq {n}</source>
        <translation>seq {n}</translation>
    </message>
    <message>
        <source>rejected {n}</source>
        <translation>rejeitados {n}</translation>
    </message>
    <message>
        <source>⚠ NOT RECORDING: disk refuses writes (kept in memory)</source>
        <translation>⚠ NÃO ESTÁ GRAVANDO: o disco recusa gravações (mantido na memória)</translation>
    </message>
    <message>
        <source>gaps {n}</source>
        <translation>lacunas {n}</translation>
    </message>
    <message>
        <source>seq {a}–{b}: {cause}</source>
        <translation>seq {a}–{b}: {cause}</translation>
    </message>
</context>
<context>
    <name>CustomOfferDialog</name>
    <message>
        <source>Custom flash offer</source>
        <translation>Oferta relâmpago avulsa</translation>
    </message>
    <message>
        <source>mm:ss, or plain seconds; 00:10 to 60:00</source>
        <translation>mm:ss ou só segundos; de 00:10 a 60:00</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Discount: a whole number from 1 to 90 %</source>
        <translation>Desconto: um número inteiro de 1 a 90 %</translation>
    </message>
    <message>
        <source>Duration: seconds or mm:ss, from 00:10 to 60:00</source>
        <translation>Duração: segundos ou mm:ss, de 00:10 a 60:00</translation>
    </message>
    <message>
        <source>Product: none can take an offer now</source>
        <translation>Produto: nenhum pode receber oferta agora</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>At -{d}% {name} sells for {price}, below its cost {cost}</source>
        <translation>Com -{d}%, {name} sai por {price}, abaixo do custo de {cost}</translation>
    </message>
    <message>
        <source>Fires: {label}</source>
        <translation>Dispara: {label}</translation>
    </message>
</context>
<context>
    <name>KpiTilesPanel</name>
    <message>
        <source>engagement {rate}</source>
        <translation>engajamento {rate}</translation>
    </message>
    <message numerus="yes">
        <source>last 60 s · %n buyers in all</source>
        <translation>
            <numerusform>últ. 60 s · %n comprador</numerusform>
            <numerusform>últ. 60 s · %n compradores</numerusform>
        </translation>
    </message>
    <message>
        <source>VIEWERS NOW</source>
        <translation>ESPECTADORES</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>ORDERS</source>
        <translation>PEDIDOS</translation>
    </message>
    <message>
        <source>ORDERS / MIN</source>
        <translation>PEDIDOS / MIN</translation>
    </message>
    <message>
        <source>CONVERSION</source>
        <translation>CONVERSÃO</translation>
    </message>
    <message>
        <source>buyers per unique viewer</source>
        <translation>compradores por espectador único</translation>
    </message>
    <message>
        <source>ROAS (PAID)</source>
        <translation>ROAS (PAGO)</translation>
    </message>
    <message>
        <source>SALES / MIN</source>
        <translation>VENDAS / MIN</translation>
    </message>
    <message>
        <source>last 60 s</source>
        <translation>últimos 60 s</translation>
    </message>
    <message>
        <source>CART ABANDONMENT</source>
        <translation>TAXA DE ABANDONO</translation>
    </message>
    <message>
        <source>CHAT / MIN</source>
        <translation>CHAT / MIN</translation>
    </message>
    <message>
        <source>GPM</source>
        <translation>GPM</translation>
    </message>
    <message>
        <source>GMV per 1,000 views</source>
        <translation>GMV por mil exibições</translation>
    </message>
    <message>
        <source>UV VALUE</source>
        <translation>VALOR POR UV</translation>
    </message>
    <message>
        <source>GMV per unique viewer</source>
        <translation>GMV por espectador único</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>TICKET MÉDIO</translation>
    </message>
    <message>
        <source>GMV per buyer</source>
        <translation>GMV por comprador</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>no ritmo</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>em risco</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>fora do ritmo</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>ceiling {t}</source>
        <translation>teto {t}</translation>
    </message>
    <message>
        <source>peak {p} / {t}</source>
        <translation>pico {p} / {t}</translation>
    </message>
    <message>
        <source>final · target {t}</source>
        <translation>final · meta {t}</translation>
    </message>
    <message>
        <source>proj. {p} / {t}</source>
        <translation>≈ {p} / {t}</translation>
    </message>
    <message>
        <source>target {t}</source>
        <translation>meta {t}</translation>
    </message>
    <message>
        <source>peak {p} · target {t}</source>
        <translation>pico {p} · meta {t}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>projected {p}</source>
        <translation>projeção {p}</translation>
    </message>
    <message>
        <source>too early to judge</source>
        <translation>cedo demais para avaliar</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ainda sem dados</translation>
    </message>
    <message>
        <source>{goal} · {state}</source>
        <translation>{goal} · {state}</translation>
    </message>
    <message>
        <source>Goal {name}: {status}</source>
        <translation>Meta {name}: {status}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system: {language}</source>
        <translation>Seguir o sistema: {language}</translation>
    </message>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>Não foi possível salvar o idioma: {error}</translation>
    </message>
    <message>
        <source>{language} applies from the next start of the console</source>
        <translation>{language} vale a partir da próxima vez que você abrir o console</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>no plan</source>
        <translation>sem plano</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Audience vs conversion</source>
        <translation>Audiência x conversão</translation>
    </message>
    <message>
        <source>Entry channels</source>
        <translation>Origem do tráfego</translation>
    </message>
    <message>
        <source>Chat map</source>
        <translation>Mapa do chat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Redefinir layout</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Maior</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisão</translation>
    </message>
    <message>
        <source>Post-live report</source>
        <translation>Relatório pós-live</translation>
    </message>
    <message>
        <source>Text size “{name}” does not fit this screen ({w}×{h}): “{used}” instead</source>
        <translation>O tamanho de texto “{name}” não cabe nesta tela ({w}×{h}): usando “{used}”</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>End the console while the live is on air?</source>
        <translation>Fechar o console com a live no ar?</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Fechar o console</translation>
    </message>
</context>
<context>
    <name>ProductPanels</name>
    <message>
        <source>On screen: {title} — not in the plan (platform id {id})</source>
        <translation>Em destaque: {title} — fora do plano (id na plataforma {id})</translation>
    </message>
    <message>
        <source>a product</source>
        <translation>um produto</translation>
    </message>
    <message>
        <source>The host pinned a product the plan does not map: add its id to the product&apos;s platform_ids (docs/plan.md) to see its figures here</source>
        <translation>O apresentador fixou um produto que o plano não mapeia: adicione o id dele aos platform_ids do produto (docs/plan.md) para ver os números aqui</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>restam {n}</translation>
    </message>
    <message>
        <source>stock {n}</source>
        <translation>estoque {n}</translation>
    </message>
    <message>
        <source>sales {na}</source>
        <translation>vendas {na}</translation>
    </message>
    <message>
        <source>conv {conv} · CTR {ctr} · {stock}</source>
        <translation>conv {conv} · CTR {ctr} · {stock}</translation>
    </message>
    <message numerus="yes">
        <source>%n sold</source>
        <translation>
            <numerusform>%n vendido</numerusform>
            <numerusform>%n vendidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{sku}: {i} impressions, {c} clicks, {k} carts ({a} abandoned), {o} orders, {m} chat mentions</source>
        <translation>{sku}: {i} impressões, {c} cliques, {k} adições ao carrinho ({a} abandonados), {o} pedidos, {m} menções no chat</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>The report has not been written yet.</source>
        <translation>O relatório ainda não foi gerado.</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Gerar relatório</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <source>Write it again</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <source>The report could not be written: {e}</source>
        <translation>Não foi possível gerar o relatório: {e}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>▶ Play  (Space)</source>
        <translation>▶ Reproduzir  (Space)</translation>
    </message>
    <message>
        <source>◀ action  (PgUp)</source>
        <translation>◀ ação  (PgUp)</translation>
    </message>
    <message>
        <source>action ▶  (PgDn)</source>
        <translation>ação ▶  (PgDn)</translation>
    </message>
    <message>
        <source>+ note  (N)</source>
        <translation>+ nota  (N)</translation>
    </message>
    <message>
        <source>No later action or note</source>
        <translation>Nenhuma ação ou nota depois daqui</translation>
    </message>
    <message>
        <source>No earlier action or note</source>
        <translation>Nenhuma ação ou nota antes daqui</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisão</translation>
    </message>
    <message>
        <source>Note at this moment:</source>
        <translation>Nota neste momento:</translation>
    </message>
    <message>
        <source>loading {p}</source>
        <translation>carregando {p}</translation>
    </message>
    <message>
        <source>❚❚ Pause  (Space)</source>
        <translation>❚❚ Pausar  (Space)</translation>
    </message>
</context>
</TS>
