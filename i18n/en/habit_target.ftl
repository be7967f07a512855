# How often a person means to release, as Home, the habit screen and a plan say it,
# and what one unit of their streak is called. $n is a whole number: days a week
# (1-7) or days apart (2-30); a streak counts from 0.

target-daily = every day
target-per-week = { $n ->
    [one] { $n } day a week
   *[other] { $n } days a week
}
target-every-n-days = every { $n } days

## The streak's unit, after its number

target-unit-week = { $n ->
    [one] week
   *[other] weeks
}
target-unit-day = { $n ->
    [one] day
   *[other] days
}
target-unit-session = { $n ->
    [one] session
   *[other] sessions
}
