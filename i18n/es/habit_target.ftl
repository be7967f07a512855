# Con qué frecuencia quiere hacer la persona el automasaje, como lo dicen Inicio, el hábito
# y un plan, y cómo se llama una unidad de su racha. $n es un número entero: días por
# semana (1-7) o días entre sesiones (2-30); una racha cuenta desde 0.

target-daily = todos los días
target-per-week = { $n ->
    [one] { $n } día a la semana
   *[other] { $n } días a la semana
}
target-every-n-days = cada { $n } días

## La unidad de la racha, tras su número

target-unit-week = { $n ->
    [one] semana
   *[other] semanas
}
target-unit-day = { $n ->
    [one] día
   *[other] días
}
target-unit-session = { $n ->
    [one] sesión
   *[other] sesiones
}
