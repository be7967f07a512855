# The two-to-four-week release check (habit/release_check.rs decides; these
# are its words): what it found, the numbers behind it, what to tell the
# clinician, and the referral card.

## What the check found

check-not-enough-ratings = Not enough ratings yet to tell whether release is working.
check-too-early = Too early to tell whether release is working: { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} more of regular release first.
check-regularity-first = Regular release first: last week had { $days } release { $days ->
    [one] day
   *[other] days
}, and a regular week has at least { $regular }. The check starts after { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} in a row.
check-improving = Release is working: your ratings are clearly lower.
check-no-change-yet = No clear change yet. Keep going: it can take a few weeks.
check-see-clinician-rising = Time to see a clinician: your ratings are going up despite regular release.
check-see-clinician = Time to see a clinician: { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} of regular release and no clear improvement.

## The numbers behind it

check-since = { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} of regular release in a row since the week of { $since }, about { $perweek } days a week.
# $moved: lower, higher or same.
check-tightness = Tightness, weekly average: { $from } → { $to } out of 10 (week of { $first } to week of { $latest }): { $moved ->
    [lower] clearly lower
    [higher] clearly higher
   *[same] within the day-to-day wobble
}; a clear change here is { $margin } points or more.
check-tenderness = Tenderness, weekly average: { $from } → { $to } out of 10 (week of { $first } to week of { $latest }): { $moved ->
    [lower] clearly lower
    [higher] clearly higher
   *[same] within the day-to-day wobble
}; a clear change here is { $margin } points or more.
check-rate-please = Rate tightness and tenderness after your sessions (0 to 10): the check compares weekly averages, and more ratings make it surer.
check-looks-again = The check looks again on { $day }, after { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} of regular release.

## What to tell the clinician, in the person's own numbers

tell-release = I have done iliacus and psoas trigger point self-release { $perweek } days a week for { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}.
tell-tightness = My tightness went from { $from } → { $to } out of 10 (weekly averages of my own 0-10 ratings).
tell-tenderness = My tenderness went from { $from } → { $to } out of 10 (weekly averages of my own 0-10 ratings).
tell-triage = Where it hurts, what it feels like and what makes it worse: my last triage result in the app has it.

## The summary to print or send

summary-title = Release check, { $day }:
summary-in-my-words = In my words:
summary-footer = From my own ratings in the Quads app: self-care tracking, not a diagnosis.

## The referral card (Home, Habit) and the check's line on the progress screen

referral-title = Time to see a clinician
referral-why-now = Regular release that brings no change after two to four weeks is the sign to have it looked at: a physiotherapist or doctor can find what self-care cannot.
referral-anything-new = Anything new as well, such as numbness, tingling, weakness, or pain at night? The app asks the warning-sign questions again before your next session.
referral-check-signs = Check the warning signs now
referral-what-to-tell = What to tell them
referral-summary = Summary to print or send
referral-seen = I have seen someone
referral-not-now = Not now
referral-either = Either answer hides this for four weeks; then the check looks again.
check-title = The two-to-four-week check
check-numbers = The numbers behind it
# $answer: seen or not-now; $headline is check-see-clinician's sentence.
check-quiet = { $headline } You said “{ $answer ->
    [seen] I have seen someone
   *[not-now] not now
}”, so this stays quiet until { $until }.
