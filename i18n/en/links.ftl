# Links: what a shared link opens, "Open a shared link", and why a link
# cannot be opened. $detail is the decoder's own reason, in English: for
# whoever checks the link.

link-empty = This link holds nothing to open.
link-newer = This link was made with a newer version of the app. Update the app (reload it while online) to open it.
link-damaged = This link is damaged or incomplete ({ $detail }). Ask the sender to share it again.
link-invalid = This link holds something the app cannot use ({ $detail }).
link-cannot-open = This link cannot be opened
link-paste-another = Paste another link
link-home = Home
open-title = Open a shared link
open-why = An app installed on iPhone does not open links from Safari. Paste the link (or just its code) here instead.
open-field = Link or code
open-button = Open

## A shared routine

shared-title = A shared routine
shared-have = You already have this routine.
shared-exists-group = Routine exists
shared-exists = You have a routine with this name. Keep both, or replace yours?
shared-keep-both = Keep both
shared-replace = Replace mine
shared-open-copy = Open my copy
shared-save = Save to my routines
shared-start = Start now
shared-check = Check that it suits you: see the safety notes in About.

## A plan someone sent

plan-title = A plan for you
plan-lead = Do “{ $routine }” { $plan }.
plan-start-day = Week 1 starts on { $day }.
plan-start-any = Week 1 starts the day you start the plan.
plan-counts = The app counts your sessions against this target and shows which week you are in.
plan-note-caption = The sender's note
plan-note = Note
plan-made = Made on { $day }
plan-following = This is the plan you are following. Nothing has changed.
plan-go-home = Go to Home
plan-before-group = Before you start
plan-newer = This is a newer plan for “{ $routine }” (made on { $made }). It replaces the one you follow (made on { $current }).
plan-replaces = You are following a plan for “{ $routine }”, { $plan }. This one replaces it.
plan-target = Your habit target ({ $own }) becomes { $target } for the plan's weeks. Yours comes back when the plan ends.
plan-start = Start this plan
plan-not-now = Not now
plan-save-only = Save the routine only
plan-safety = Before your first session the app asks its safety questions, as for any routine. Self-care guidance, not a diagnosis: see About.
report-their-words = Their words

## Progress sent back: the message and the summary its link opens

report-heading = My progress on “{ $routine }”, { $where }:
report-link = Summary: { $link }
report-week = week { $week } of { $weeks }
report-all-done = all { $weeks } weeks done
report-done-on = Done on { $done } of { $planned } planned { $planned ->
    [one] day
   *[other] days
} ({ $target }).
report-streak = Current streak: { $streak } { $unit }.
# $trend: better, little-better, same, little-worse, worse (lower is better).
report-tightness = Tightness: { $from } → { $to } out of 10 ({ $trend ->
    [better] better
    [little-better] a little better
    [same] no change
    [little-worse] a little worse
   *[worse] worse
}).
report-tenderness = Tenderness: { $from } → { $to } out of 10 ({ $trend ->
    [better] better
    [little-better] a little better
    [same] no change
    [little-worse] a little worse
   *[worse] worse
}).
# $finding: too-early, regularity-first, improving, no-change, see-no-fall, see-rising.
checksum-finding = Release check: { $finding ->
    [too-early] too early to tell
    [regularity-first] release not regular yet, so the 2-4 week rule has not started
    [improving] improving
    [no-change] no clear change yet
    [see-no-fall] no clear improvement after { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of regular release: time to see a clinician
   *[see-rising] ratings rising despite regular release: time to see a clinician
}.
checksum-regular = Regular release: { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} in a row, about { $perweek } days a week.
checksum-tightness = Tightness, weekly average over those weeks: { $from } → { $to } out of 10.
checksum-tenderness = Tenderness, weekly average over those weeks: { $from } → { $to } out of 10.

## Sending progress, the summary for a clinician, and the report page

sendprog-title = Send my progress
sendprog-lead = A short message for the person who sent your plan. You choose what is in it; nothing leaves the phone until you send it yourself.
sendprog-put-in = Put in
sendprog-counts = Days done and my streak
sendprog-ratings = Tightness and tenderness, from my ratings
sendprog-check = Is release working? (the app's check)
sendprog-words = A few words (optional)
sendprog-message = The message
sendprog-share-title = My progress
sendprog-send = Send…
sendprog-copy = Copy
sendprog-see = See the summary it opens
clinsum-title = Summary for a clinician
clinsum-lead = What the app has seen, in numbers, for a physiotherapist or doctor. Print it or send it; nothing leaves the phone until you do.
clinsum-print = Print
clinsum-share-title = My release check
clinsum-plan-hint = Following a plan someone sent you? Start it, and this page sends them your progress instead, with this check in it.
clinsum-back = Back to my habit
reportpage-title = Progress report
reportpage-lead = “{ $routine }”: { $where }.
reportpage-sent = Sent on { $day } · plan: { $target }
reportpage-readonly = Read-only. This is what they chose to send, carried in the link itself: nothing else from their phone is in it, and nothing is saved here.
reportpage-home = Home

## Sending a routine as a plan

planmaker-title = Send as a plan
planmaker-lead = For someone you guide. They open the link, start the plan, and their phone counts their sessions against it, week by week. No account, no server.
planmaker-weeks = For how many weeks
planmaker-start = Start on (optional)
planmaker-start-hint = Left empty, week 1 starts the day they start the plan.
planmaker-note = A note for them (optional)
planmaker-note-count = { $count } of { $max } characters. Shown to them as plain text.
planmaker-sheet = The plan as they will get it
planmaker-how = Open the link on the phone, or scan the code with its camera, then tap “Start this plan”.
planmaker-share = Share the plan
planmaker-share-title = Plan: { $routine }
planmaker-copy = Copy link
planmaker-print = Print
planmaker-routine = The routine
# Added to the name of a routine kept beside one of the same name.
shared-suffix = { " " }(shared)
