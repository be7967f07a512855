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
