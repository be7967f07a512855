# A revisão de duas a quatro semanas (habit/release_check.rs decide; estas são
# as palavras dela): o que encontrou, os números por trás, o que dizer ao
# profissional de saúde e o cartão de encaminhamento.

## O que a revisão encontrou

check-not-enough-ratings = Ainda não há notas suficientes para saber se a automassagem está funcionando.
check-too-early = Ainda é cedo para saber se a automassagem está funcionando: primeiro { $weeks ->
    [one] mais { $weeks } semana
   *[other] mais { $weeks } semanas
} de automassagem regular.
check-regularity-first = Primeiro, regularidade: na semana passada você fez automassagem em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}, e uma semana regular tem pelo menos { $regular }. A revisão começa depois de { $weeks ->
    [one] { $weeks } semana seguida
   *[other] { $weeks } semanas seguidas
}.
check-improving = A automassagem está funcionando: suas notas estão claramente mais baixas.
check-no-change-yet = Ainda não há mudança clara. Continue: pode levar algumas semanas.
check-see-clinician-rising = Hora de procurar um profissional de saúde: suas notas estão subindo apesar da automassagem regular.
check-see-clinician = Hora de procurar um profissional de saúde: { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} de automassagem regular sem melhora clara.

## Os números por trás

check-since = { $weeks ->
    [one] { $weeks } semana seguida
   *[other] { $weeks } semanas seguidas
} de automassagem regular desde a semana de { $since }, cerca de { $perweek } dias por semana.
# $moved: lower, higher ou same.
check-tightness = Tensão, média semanal: { $from } → { $to } de 10 (da semana de { $first } à semana de { $latest }): { $moved ->
    [lower] claramente mais baixa
    [higher] claramente mais alta
   *[same] dentro da variação normal de um dia para outro
}; aqui, uma mudança clara é de { $margin } pontos ou mais.
check-tenderness = Dor à pressão, média semanal: { $from } → { $to } de 10 (da semana de { $first } à semana de { $latest }): { $moved ->
    [lower] claramente mais baixa
    [higher] claramente mais alta
   *[same] dentro da variação normal de um dia para outro
}; aqui, uma mudança clara é de { $margin } pontos ou mais.
check-rate-please = Dê notas para a tensão e a dor à pressão depois das sessões (de 0 a 10): a revisão compara médias semanais, e mais notas a deixam mais segura.
check-looks-again = A revisão olha de novo em { $day }, depois de { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
} de automassagem regular.

## O que dizer ao profissional de saúde, com os seus próprios números

tell-release = Fiz automassagem dos pontos-gatilho do ilíaco e do psoas { $perweek } dias por semana durante { $weeks ->
    [one] { $weeks } semana
   *[other] { $weeks } semanas
}.
tell-tightness = Minha tensão foi de { $from } → { $to } de 10 (médias semanais das minhas próprias notas de 0 a 10).
tell-tenderness = Minha dor à pressão foi de { $from } → { $to } de 10 (médias semanais das minhas próprias notas de 0 a 10).
tell-triage = Onde dói, como é a dor e o que piora: está no meu último resultado da triagem no app.

## O resumo para imprimir ou enviar

summary-title = Revisão da automassagem, { $day }:
summary-in-my-words = Com as minhas palavras:
summary-footer = A partir das minhas próprias notas no app Quads: acompanhamento de autocuidado, não um diagnóstico.

## O cartão de encaminhamento (Início, Hábito) e a linha da revisão na tela de progresso

referral-title = Hora de procurar um profissional de saúde
referral-why-now = Quando a automassagem regular não muda nada depois de duas a quatro semanas, é sinal de que alguém precisa avaliar: um fisioterapeuta ou um médico pode encontrar o que o autocuidado não encontra.
referral-anything-new = Apareceu também algo novo, como dormência, formigamento, fraqueza ou dor à noite? O app faz de novo as perguntas sobre os sinais de alerta antes da sua próxima sessão.
referral-check-signs = Verificar os sinais de alerta agora
referral-what-to-tell = O que dizer
referral-summary = Resumo para imprimir ou enviar
referral-seen = Já passei por consulta
referral-not-now = Agora não
referral-either = Qualquer uma das respostas esconde este aviso por quatro semanas; depois, a revisão olha de novo.
check-title = A revisão de duas a quatro semanas
check-numbers = Os números por trás
# $answer: seen ou not-now; $headline é a frase de check-see-clinician.
check-quiet = { $headline } Você disse “{ $answer ->
    [seen] Já passei por consulta
   *[not-now] Agora não
}”, então este aviso fica em silêncio até { $until }.
