# A tela do hábito: sequências e força, esta semana, o calendário e o editor de dias,
# "está funcionando?", a meta, os lembretes e os dias como arquivo.

day-only = { $day }

## Sequências e força

habit-title = Seu hábito
habit-lead = Como o fio dental para o seu core: alguns minutos, com frequência, antes que a dor volte.
habit-current-streak = sequência atual ({ $unit })
habit-best-streak = melhor sequência
habit-strength = força do hábito
habit-percent = { $percent }%
habit-this-week = Esta semana: { $done } de { $goal ->
    [one] { $goal } dia
   *[other] { $goal } dias
}
habit-how-strength = Como a força do hábito muda
habit-how-strength-text = Cada dia em que você cumpre a meta sobe um pouco a pontuação; cada dia perdido a baixa um pouco. Os dias recentes contam mais, e leva cerca de duas semanas de automassagem diária para chegar à metade, então um dia perdido nunca a apaga. Dias pulados (descanso, doença, viagem) não mudam nada.
habit-today-done = Hoje já está feito.
habit-undo-today = Desfazer a marca de hoje
habit-did-it = Fiz hoje (sem o app)
habit-undo-skip = Desfazer o pulo
habit-skip-today = Pular hoje (descanso, doença, viagem)

## O calendário

cal-previous = Mês anterior
cal-next = Próximo mês
cal-day = { $day }: { $state ->
    [done] feito
    [skipped] pulado
   *[none] não feito
}
cal-done = feito
cal-skipped = pulado
day-edit = Editar { $day }
day-status = { $state ->
    [done] Feito
    [skipped] Pulado
   *[none] Não feito
} · { $sessions ->
    [one] { $sessions } sessão com o app
   *[other] { $sessions } sessões com o app
}
day-tightness = tensão { $tightness }/10
day-remove-mark = Remover a marca manual
day-mark-done = Marcar como feito
day-remove-skip = Remover o pulo
day-mark-skipped = Marcar como pulado
day-close = Fechar

## Está funcionando?

progress-title = Está funcionando?
progress-summary = Desde a semana de { $since }, com cerca de { $perweek } dias de automassagem por semana, a tensão { $trend ->
    [down] caiu de { $from } para { $to }
    [up] subiu de { $from } para { $to }
   *[same] ficou em { $from }
} de 10.
progress-hint = Dê nota para a tensão depois das sessões (de 0 a 10). Depois de duas semanas com notas, aqui aparece como ela muda junto com a sua regularidade.
progress-chart = Gráfico semanal: as barras mostram os dias de automassagem por semana, a linha contínua a tensão e a tracejada a dor à pressão, de 0 a 10.
progress-legend-days = dias feitos por semana
progress-legend-tightness = tensão
progress-legend-tenderness = dor à pressão
progress-table = Os números em tabela
progress-week-of = Semana de
progress-days-done = Dias feitos
progress-tightness = Tensão
progress-tenderness = Dor à pressão

## Meta e lembretes

target-title = Meta e lembretes
target-plan = Seu plano para “{ $routine }” define esta meta até terminar. Ao encerrá-lo, você volta para a meta que tinha antes.
target-end-plan = Encerrar o plano agora
target-how-often = Com que frequência
target-every-day = Todos os dias
target-some-days = Alguns dias por semana
target-every-few = A cada poucos dias
target-days-per-week = Dias por semana
target-every-how-many = A cada quantos dias
target-day-starts = Um novo dia começa às
target-day-starts-why = Uma sessão depois da meia-noite, mas antes deste horário, conta para a noite anterior.
target-reminder = Horário do lembrete
target-ics = Adicionar lembrete ao meu calendário (.ics)
target-ics-why = Os lembretes vêm do seu próprio app de calendário. Notificações push precisariam de um servidor, e este app não tem nenhum: nada sobre você sai do celular.
target-csv = Exportar os dias (CSV)

## O lembrete num app de calendário, e os dias como planilha

ics-summary = Liberação dos flexores do quadril (fio dental para o core)
ics-description = Alguns minutos de automassagem. Abra o app: { $url }
ics-alarm = Hora de liberar os flexores do quadril
csv-headings = data,feito,pulado,tensão,dor à pressão,anotação
