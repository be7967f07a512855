# The triage's result: the level and why, the likely sources with the
# person's own answers, what else helps, and the routine made for them with
# the reason for each step. triage/assess.rs and triage/compose decide; these
# are the words.

## The level

result-level-emergency = Get emergency care now
result-level-see-clinician = See a clinician before self-release
result-level-caution = Self-care, with care
result-level-self-care = Self-care looks reasonable

## Why this level. $said and $why are a warning sign's -said and -why.

result-you-said = You said: { $said }. { $why }
result-you-said-unsure = You said: { $said } (you were not sure, and with this sign it is safer to treat not sure as yes). { $why }
result-not-sure-about = You were not sure about: { $said }. { $why } If it turns out to be yes, see a clinician first.
result-contra = You said: { $said }. { $why } Belly pressure is left out.
result-severity = You rated the pain { $severity } out of 10. { $why }
result-nerve = You described numbness, tingling or weakness. Nerve signs should be examined before self-release.
result-sharp = Sharp or burning pain is not typical of a muscle knot: go gently and stop if it flares.
result-no-warning = You reported no warning signs and nothing that rules out self-release.

## What else helps

advice-sitting = Sit with your hips a little higher than your knees, sit back rather than leaning forward, and stand up for a minute every half hour.
advice-driving = On long drives, stop every hour or so and walk for a few minutes; raise the seat so your knees sit lower.
advice-sleep = Try sleeping with your legs straighter, on your back or on your side with a pillow between the knees.
advice-training = Bring your training load back to where it was before the jump, then build again slowly.
advice-no-belly = Work the glute, hamstrings and inner thigh only: no pressure into the belly until a clinician says it is fine.
advice-habit = Make release a short, regular habit, like flossing: a few minutes most days beats a long session now and then.
advice-come-back = See a clinician if nothing improves after 2 to 4 weeks of regular release, and at once if any warning sign appears.

## Answers said back when no pattern fits

result-said-no-pain = you have no pain right now and want to keep it that way
result-said-no-region = you did not mark where it hurts

## Why each step of the routine is there

compose-because-one = Because you said { $first }.
compose-because-two = Because you said { $first }, and { $second }.
compose-because-three = Because you said { $first }, { $second }, and { $third }.
compose-hip-flexors-usual = Nearly every runner's hip flexors hold some tightness; they are the usual hidden source.
compose-prevention = No pain now: a regular release of the hip flexors keeps knots from forming. Runners load them every stride.
# $first: iliacus or psoas, the one worked first.
compose-one-tendon = The { $first ->
    [psoas] psoas and the iliacus
   *[iliacus] iliacus and the psoas
} are two muscles with one tendon: both need release, not just one.
compose-quads = Because the front of your thigh is involved: rolling it eases the tissue, but it is part of the answer, never all of it.
compose-inner-thigh = Because you said it reaches the inside of the thigh or the knee: the adductor magnus runs from the top of the inner thigh to the inner knee.
compose-antagonist = Works against the hip flexors and collects knots of its own, so it is part of the chain.
compose-also-antagonist = { $muscle ->
    [hamstrings] The hamstrings also work against the hip flexors.
    [adductor-magnus] The adductor magnus also works against the hip flexors.
   *[glute-max] The glute max also works against the hip flexors.
}
compose-sore-first-more = { $reason } Sore side first, with more spots.
compose-sore-first = { $reason } Sore side first.
compose-other-side-first = Then the other side: one side is usually worse, but both hold knots.
compose-other-side = Then the { muscle-name } on the other side.
compose-note-no-belly = Belly pressure is left out because of what you told us; its time goes to the back of the hip and the thighs.
compose-note-no-pain = No pain now: keep it that way. A few minutes most days keeps knots from coming back.

## The routine's name and purpose

compose-name-floss = My daily floss
compose-name = My release: { muscle-name }{ $side ->
    [left] , left first
    [right] , right first
   *[both] { "" }
}
compose-purpose = Made from your answers: { $minutes } minutes, { $sore ->
    [yes] sore side first
   *[no] both sides alike
}.

## The result screen

result-title = Your result
result-not-found = Result not found
result-start-questions = Start the questions
result-from = From { $date }
result-side = { $side ->
    [left] Left side
    [right] Right side
   *[both] Both sides
}
result-emergency-now = Contact emergency services or your local emergency number now. Do no pressure release.
result-book-visit = Book a visit with a doctor or physical therapist within the next few days, before any self-release.
result-why = Why we think this
result-because = Because you said: { $said }
result-what-else = What else helps
result-not-diagnosis = Self-care guidance, not a diagnosis.
result-learn-more = Learn more
result-answer-again = Answer again
result-past = Past results
result-your-routine = Your routine
result-start = Start
result-save = Save as my routine
result-saved = Saved. Home's Start now opens it.
result-change-in-builder = Change it in the builder
result-step-detail = { tool-in-sentence } · { $spots } × { $hold } s.
result-about-minutes = about { $minutes } min

## Where the pain shows up against where the knot sits

figure-iliacus = The knot sits inside the front of the pelvis; the pain shows up on the front of the thigh.
figure-psoas = The knot sits deep beside the spine; the pain shows up as a band along the low back.
figure-nerve = A tight hip flexor can press on nerves; symptoms run down the leg.
figure-glute-max = Knot and pain are both in the buttock.
figure-hamstrings = Knot and pain sit in the back of the thigh.
figure-adductor-magnus = The knot sits high in the inner thigh; it can ache down to the inner knee.
figure-in-place = The pain sits where the muscle is.

## Past results

history-none = No results yet.
history-again = Answer the questions again
