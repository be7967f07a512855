# Com que frequência a pessoa quer fazer a automassagem, como dizem o Início, o hábito e
# um plano, e como se chama uma unidade da sua sequência. $n é um número inteiro: dias
# por semana (1-7) ou dias de intervalo (2-30); uma sequência conta a partir de 0.

target-daily = todos os dias
target-per-week = { $n ->
    [one] { $n } dia por semana
   *[other] { $n } dias por semana
}
target-every-n-days = a cada { $n } dias

## A unidade da sequência, depois do número

target-unit-week = { $n ->
    [one] semana
   *[other] semanas
}
target-unit-day = { $n ->
    [one] dia
   *[other] dias
}
target-unit-session = { $n ->
    [one] sessão
   *[other] sessões
}
