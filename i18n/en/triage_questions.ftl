# The triage's questions after the warning signs: the choices as the wizard
# shows them (-label), the whole phrase each answer becomes after "because
# you said" (-said), and why each question is asked (triage-why-...).
# A -said phrase is a whole phrase: never build it from a label.

## Where it hurts

triage-region-front-thigh-label = Front of the thigh
triage-region-front-thigh-said = it hurts in the front of your thigh

triage-region-front-hip-groin-label = Front of the hip or groin
triage-region-front-hip-groin-said = it hurts in the front of your hip or groin

triage-region-low-back-label = Low back, beside the spine
triage-region-low-back-said = it hurts in your low back beside the spine

triage-region-buttock-label = Buttock
triage-region-buttock-said = it hurts in your buttock

triage-region-back-thigh-label = Back of the thigh
triage-region-back-thigh-said = it hurts in the back of your thigh

triage-region-inner-thigh-label = Inner thigh
triage-region-inner-thigh-said = it hurts in your inner thigh

triage-region-knee-label = Knee
triage-region-knee-said = it hurts in your knee

triage-region-lower-leg-foot-label = Lower leg or foot
triage-region-lower-leg-foot-said = it hurts in your lower leg or foot

## What it feels like

triage-feeling-tight-label = Tight
triage-feeling-tight-said = it feels tight

triage-feeling-aching-label = Aching
triage-feeling-aching-said = it aches

triage-feeling-sharp-label = Sharp
triage-feeling-sharp-said = the pain is sharp

triage-feeling-burning-label = Burning
triage-feeling-burning-said = it burns

triage-feeling-numb-tingling-label = Numb or tingling
triage-feeling-numb-tingling-said = it feels numb or tingling

triage-feeling-weakness-label = Weak
triage-feeling-weakness-said = the leg feels weak

## How long it has lasted

triage-duration-under-two-weeks-label = Less than 2 weeks
triage-duration-under-two-weeks-said = it started less than 2 weeks ago

triage-duration-two-to-six-weeks-label = 2 to 6 weeks
triage-duration-two-to-six-weeks-said = it has lasted 2 to 6 weeks

triage-duration-over-six-weeks-label = More than 6 weeks
triage-duration-over-six-weeks-said = it has lasted more than 6 weeks

## What has not helped

triage-not-helping-stretching-quads-label = Stretching the quads
triage-not-helping-stretching-quads-said = stretching your quads does not help

triage-not-helping-rolling-quads-label = Foam rolling the quads
triage-not-helping-rolling-quads-said = rolling your quads does not help

triage-not-helping-rest-label = Rest
triage-not-helping-rest-said = rest does not help

## What the days look like

triage-habit-knees-above-hips-label = I sit with my knees higher than my hips
triage-habit-knees-above-hips-said = you sit with knees above hips

triage-habit-leaning-forward-label = I lean forward when I sit
triage-habit-leaning-forward-said = you lean forward when you sit

triage-habit-long-drives-label = I drive for long stretches
triage-habit-long-drives-said = you drive for long stretches

triage-habit-sleep-curled-up-label = I sleep curled up
triage-habit-sleep-curled-up-said = you sleep curled up

triage-habit-training-jump-label = My training went up sharply lately
triage-habit-training-jump-said = your training went up sharply

triage-habit-running-label = I run regularly
triage-habit-running-said = you run

## Answers the rules read from numbers

# $hours is 6 or more.
triage-said-long-sitting = you sit about { $hours } hours a day
triage-said-quad-work-not-tried = you have not found quad work useless yet

## Why each question is asked

triage-why-region = Where it hurts points to where the knot may sit: each muscle sends pain to its own typical area.

triage-why-side = Usually one side is worse; the routine starts there.

triage-why-feeling = A dull ache or tightness fits a muscle knot; numbness, burning or weakness suggests a nerve.

triage-why-duration = Pain that has outlasted weeks of stretching often comes from somewhere else.

triage-why-severity = Above 7 out of 10 is too much to work on alone.

triage-why-not-helping = When quad work does not help, the quads are probably not the source.

triage-why-day = Long hours with the hip bent keep hip-flexor knots going.
