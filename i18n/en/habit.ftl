# The habit screen: streaks and strength, this week, the calendar and its
# day editor, "is it working?", the target, reminders and the days as a
# file.

day-only = { $day }

## Streaks and strength

habit-title = Your habit
habit-lead = Like flossing for your core: a few minutes, often, before the pain comes back.
habit-current-streak = current streak ({ $unit })
habit-best-streak = best streak
habit-strength = habit strength
habit-percent = { $percent }%
habit-this-week = This week: { $done } of { $goal ->
    [one] { $goal } day
   *[other] { $goal } days
}
habit-how-strength = How habit strength moves
habit-how-strength-text = Each day you meet your target nudges the score up; each missed day nudges it down. Recent days count most, and it takes about two weeks of daily release to reach half strength, so one missed day never wipes it out. Skipped days (rest, illness, travel) leave it unchanged.
habit-today-done = Today is done.
habit-undo-today = Undo today's mark
habit-did-it = I did it today (without the app)
habit-undo-skip = Undo skip
habit-skip-today = Skip today (rest, sick, travel)

## The calendar

cal-previous = Previous month
cal-next = Next month
# $state: done, skipped or none. Starts with the day, so voice control finds it.
cal-day = { $day }: { $state ->
    [done] done
    [skipped] skipped
   *[none] not done
}
cal-done = done
cal-skipped = skipped
day-edit = Edit { $day }
day-status = { $state ->
    [done] Done
    [skipped] Skipped
   *[none] Not done
} · { $sessions ->
    [one] { $sessions } session with the app
   *[other] { $sessions } sessions with the app
}
day-tightness = tightness { $tightness }/10
day-remove-mark = Remove manual mark
day-mark-done = Mark done
day-remove-skip = Remove skip
day-mark-skipped = Mark skipped
day-close = Close

## Is it working?

progress-title = Is it working?
progress-summary = Since the week of { $since }, with about { $perweek } release days a week, tightness { $trend ->
    [down] went down from { $from } to { $to }
    [up] went up from { $from } to { $to }
   *[same] stayed at { $from }
} out of 10.
progress-hint = Rate your tightness after sessions (0 to 10). After two weeks with ratings, this shows how it changes beside how regular you were.
progress-chart = Weekly chart: bars show release days per week, the solid line tightness and the dashed line tenderness, each 0 to 10.
progress-legend-days = days done per week
progress-legend-tightness = tightness
progress-legend-tenderness = tenderness
progress-table = The numbers as a table
progress-week-of = Week of
progress-days-done = Days done
progress-tightness = Tightness
progress-tenderness = Tenderness

## Target and reminders

target-title = Target and reminders
target-plan = Your plan for “{ $routine }” sets this target until it ends. Ending it gives you back the target you had before.
target-end-plan = End the plan now
target-how-often = How often
target-every-day = Every day
target-some-days = Some days each week
target-every-few = Every few days
target-days-per-week = Days per week
target-every-how-many = Every how many days
target-day-starts = A new day starts at
target-day-starts-why = A session after midnight but before this time counts for the evening before.
target-reminder = Reminder time
target-ics = Add reminder to my calendar (.ics)
target-ics-why = Reminders come from your own calendar app. Push notifications would need a server, and this app has none: nothing about you leaves the phone.
target-csv = Export days (CSV)

## The reminder in a calendar app, and the days as a spreadsheet

ics-summary = Hip flexor release (floss your core)
ics-description = A few minutes of release. Open the app: { $url }
ics-alarm = Time to release your hip flexors
# The CSV's six column headings, comma-separated, in this order: date, done,
# skipped, tightness, tenderness, note. No commas inside a heading.
csv-headings = date,done,skipped,tightness,tenderness,note
