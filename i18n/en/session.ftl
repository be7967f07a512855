# A hold session and the routines: what the player shows, what the screen
# reader hears, what the voice says and what the lock screen reads
# (session/words.rs decides which), the routine pages, the rating after a
# session, and the spot guide for each muscle.

## The phases. $spot and $spots count the spots of a hold.

phase-prepare = Get into position
phase-hold = Hold · spot { $spot } of { $spots }
phase-move = Move the tool a couple of inches
phase-switch = Switch to the { $side ->
    [left] left
   *[right] right
} side
# The spot now: "Left iliacus · massage ball".
spot-line = { muscle-on-side } · { tool-in-sentence }
# The lock screen's second line.
lock-hold = { muscle-on-side } · spot { $spot } of { $spots }
lock-other = { $title } · { muscle-on-side }
# What the voice says as a spot begins.
announce = { muscle-on-side }, { tool-in-sentence }, { $seconds } seconds
spoken-next = { $title }. { $announce }
spoken-move = Move the tool a couple of inches.
spoken-done = Session done. Well done.
# For the screen reader's live region.
live-done = Session done.
live-paused = Paused.
live-hold = Hold: { $line }, spot { $spot } of { $spots }, { $seconds } seconds.
live-next = { $title }. Next: { $next }.
live-ten-left = 10 seconds left.
about-minutes = about { $minutes } min

## The player

player-none = No session running
player-none-why = Pick a routine to start one.
player-routines = Routines
player-resume-title = Resume your session?
player-interrupted = { $name } was interrupted.
player-left-in-part = { $time } left in this part
player-resume = Resume where I was
player-end-stored = End it and save what I did
player-track-failed = The sound track could not start here, so the cues play from the page: keep the screen on.
player-time-left = Time left in this part
player-next = Next: { $title } · { $line }
player-last = Last one
player-back = Back
player-resume-button = Resume
player-pause = Pause
player-skip = Skip
player-add-time = 15 s
player-end-group = End session
player-end-question = End now? What you held so far is saved.
player-end = End session
player-keep-going = Keep going
player-end-ask = End session…
player-done = Session done
player-ended = Session ended
player-time-held = Time held
player-spots = Spots
player-sides = Sides
player-counted = Counted for { $day } in your habit.
player-feel-now = Optional: how do things feel now?
player-see-habit = See my habit
player-home = Home
player-make-usual = Make this my usual routine

## Rating a day

rating-tightness = Quad tightness (0 none, 10 worst)
rating-tenderness = Tenderness of the worst spot
rating-note = Note
rating-save = Save rating
rating-saved = Saved.

## The routines

routines-title = Routines
routines-new = New routine
routines-open-link = Open a shared link
routines-belly = presses into the belly
routines-start = Start
routines-start-named = Start { $name }
routine-steps = { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}
routine-belly-warning = presses into the belly (not for pregnancy, hernia, recent surgery, aneurysm, blood thinners or bowel inflammation)
routine-start = Start
routine-send-plan = Send as a plan
routine-print = Print
routine-duplicate = Duplicate
routine-copy-name = { $name } (copy)
routine-edit = Edit
routine-delete = Delete
routine-delete-group = Delete routine
routine-delete-question = Delete this routine? Sessions you did with it stay in your history.
routine-keep = Keep it
routine-not-found = Routine not found
routine-maybe-deleted = It may have been deleted.
routine-all = All routines

## A routine's steps, as a sheet

sheet-title = { muscle-on-side }
sheet-detail = { tool-in-sentence } · { $hold } s per spot × { $spots ->
    [one] { $spots } spot
   *[other] { $spots } spots
}
sheet-deeper = To go deeper: { $deepen ->
    [knee-falls-out] let the knee fall out to the side
    [slow-breaths] slow belly breaths, let it melt
   *[straighten-leg] slowly straighten the leg
}
sheet-both-sides = Left side first, then the right: the spots mirror across.
sheet-guide = Spot guide, with a figure
sheet-where = Where
sheet-find = Find it
sheet-place = Place the tool
sheet-feel = What you should feel
sheet-stop = Stop if

## The spot guide. Where each spot is, how to find it, how to place the tool,
## what it should feel like, and when to stop.

guide-iliacus-where = Lining the inside of the pelvic bowl, just inside the bony ridge at the front of your hip.
guide-iliacus-find = Find the hip bone that sticks out at the front, then slide a finger inward and down, over the rim into the soft bowl.
guide-iliacus-place = Lie face down with the tool just inside that rim, angled toward the hip bone. Let your weight sink onto it slowly.
guide-iliacus-feel = A deep, dull ache that may echo into the front of the thigh. That echo is the point.
guide-psoas-where = Deep in the belly beside the spine, running diagonally down toward the inner hip.
guide-psoas-find = From the belly button go about two fingers out to the side and a little down. Tighten the muscle by lifting the knee slightly to feel it.
guide-psoas-place = Lie face down with the tool there, then let your belly relax around it. Go in gradually, never with a jab.
guide-psoas-feel = Deep pressure, sometimes a familiar ache in the low back or groin.
guide-glute-max-where = The big muscle of the buttock.
guide-glute-max-find = Lie on your back with knees bent and feel for a tender spot in the meat of the buttock.
guide-glute-max-place = Put the ball under that spot. Let the knee on that side fall out to the side for more pressure.
guide-glute-max-feel = A strong but bearable ache that fades as you breathe.
guide-hamstrings-where = The back of the thigh, from the sit bone to behind the knee.
guide-hamstrings-find = Sit on the floor with the leg straight and feel along the back of the thigh for a tender band.
guide-hamstrings-place = Put the roller or ball under that spot and let the leg's weight rest on it.
guide-hamstrings-feel = A spreading ache under the tool, easing over the hold.
guide-adductor-magnus-where = The inner thigh, from the top near the groin down to the inner knee.
guide-adductor-magnus-find = Lie face down with one knee bent out to the side and feel along the inner thigh.
guide-adductor-magnus-place = Rest the inner thigh on the roller or ball and let it sink in.
guide-adductor-magnus-feel = Tender, sometimes surprisingly so; it should soften with each breath.
guide-quads-where = The front of the thigh.
guide-quads-find = Lie face down and feel along the front of the thigh for a tight or tender patch.
guide-quads-place = Rest the thigh on the roller or ball. Quads work helps, but alone it rarely fixes pain sent from the hip.
guide-quads-feel = A firm ache that eases.
guide-stop-belly = Ease off at once if you feel a pulse under the tool, sharp or electric pain, or pain that spreads; never press through it.
guide-stop-leg = Ease off if the pain turns sharp, burning or electric, or if the leg goes numb or tingles.
# The figure's text alternative.
guide-figure-alt = Where to work the { $side ->
    [left] left { muscle-name }
    [right] right { muscle-name }
   *[both] left (then right) { muscle-name }
}: { $where } { $find }

## A routine that arrives by a link, in brief

share-belly-yes = presses into the belly (iliacus or psoas)
share-belly-no = no pressure on the belly

## Sharing

share-done = Shared.
share-failed = Could not share or copy. Long-press the link below to copy it.
share-link-copied = Link copied. Paste it into a message.
share-message-copied = Message copied. Paste it into a chat or an email.
share-routine = Share
share-routine-hint = The link carries the routine itself: no account, no server. It holds no health data.

## Building a routine of one's own

builder-new = New routine
builder-edit = Edit routine
builder-builtin = Built-in routines cannot be edited; duplicate one to make it your own.
builder-name = Name
builder-purpose = Purpose (optional)
builder-rest = Rest when switching sides (seconds)
builder-add-step = Add a step
builder-save = Save routine
builder-cancel = Cancel
builder-step = Step { $step }
builder-muscle = Muscle
builder-side = Side
builder-tool = Tool
builder-hold = Hold per spot (seconds)
builder-spots = Spots
builder-deepen = Go deeper
builder-reposition = Time to get in position (seconds)
builder-move-up = Move up
builder-move-up-step = Move up: step { $step }
builder-move-down = Move down
builder-move-down-step = Move down: step { $step }
builder-remove = Remove
builder-remove-step = Remove: step { $step }
routine-invalid-no-name = Give the routine a name.
routine-invalid-name-long = The name is longer than { $max } characters.
routine-invalid-purpose-long = The purpose is longer than { $max } characters.
routine-invalid-control = The name or purpose contains control characters.
routine-invalid-no-steps = Add at least one step.
routine-invalid-too-many-steps = A routine has at most { $max } steps.
routine-invalid-rest = Rest between sides is at most { $max } s.
routine-invalid-hold = Step { $step }: hold between { $min } and { $max } s.
routine-invalid-spots = Step { $step }: between { $min } and { $max } spots.
routine-invalid-reposition = Step { $step }: time to get in position is at most { $max } s.
link-detail = { $detail }
# $value: the stored name of the muscle, side, tool or way to go deeper.
builder-muscle-option = { $value ->
    [iliacus] iliacus
    [psoas] psoas
    [glute-max] glute max
    [hamstrings] hamstrings
    [adductor-magnus] adductor magnus
   *[quads] quads
}
builder-side-option = { $value ->
    [left] left
    [right] right
   *[both] both sides
}
builder-tool-option = { $value ->
    [hands] hands
    [massage-ball] massage ball
    [lacrosse-ball] lacrosse or tennis ball
    [kettlebell-handle] kettlebell handle
    [foam-roller] foam roller
    [hip-hook] Hip Hook
   *[pso-rite] Pso-Rite
}
builder-deepen-option = { $value ->
    [none] none
    [knee-falls-out] let the knee fall out to the side
    [slow-breaths] slow belly breaths, let it melt
   *[straighten-leg] slowly straighten the leg
}
