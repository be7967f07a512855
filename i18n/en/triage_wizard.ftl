# The triage wizard around its questions: step titles, buttons, the yes / no / not
# sure answers, the minutes and tools, and the emergency stop.

## Step titles

wizard-title-intro = Where does it come from?
wizard-title-warning-signs = First, warning signs
wizard-title-clinician-signs = Signs to check with a clinician
wizard-title-belly-pressure = Is belly pressure safe for you?
wizard-title-where-it-hurts = Where does it hurt?
wizard-title-what-it-is-like = What is it like?
wizard-title-your-days = Your days
wizard-title-time-and-tools = Your time and tools
wizard-title-emergency-stop = Get emergency care now

## Around the questions

wizard-step = Step { $step } of { $steps }
wizard-intro = A few plain questions: first about warning signs that need a doctor, then about your pain and your days. At the end you get the likely source, why we think so, and a routine to start with.
wizard-not-a-diagnosis = This is self-care guidance, not a diagnosis. Your answers stay on this phone.
wizard-resumed = You have a half-finished triage; your answers are kept.
wizard-warning-signs-intro = Answer each one. If you are not sure, say so: for these, not sure counts as yes.
wizard-answer-all = Answer all six to continue.
wizard-belly-intro = The iliacus and psoas are reached by pressing into the belly. These conditions rule that out (glute and thigh work stays possible).
wizard-why-we-ask = Why we ask: { $why }
wizard-where-legend = Where it hurts (choose all that apply)
wizard-no-pain = No pain right now: I want to keep it that way
wizard-side-legend = Which side?
wizard-side-left = Left
wizard-side-right = Right
wizard-side-both = Both
wizard-body-front = front
wizard-body-back = back
wizard-feeling-legend = What does it feel like?
wizard-duration-legend = How long has it lasted?
wizard-severity-legend = How bad is it right now? (0 none, 10 worst)
wizard-not-helping-legend = What has not helped?
wizard-sitting-hours = Hours sitting on a typical day
wizard-habits-legend = Which of these fit you?
wizard-time-why = Why we ask: the routine is fitted to your time, and you can change it on the result.
wizard-tools-legend = Which release tools do you have?
wizard-tools-none = None yet? Leave them all empty: your hands and a ball from any sports shop will do. Your answer is kept for next time.

## Buttons

wizard-start = Start
wizard-continue = Continue
wizard-next = Next
wizard-see-result = See my result
wizard-back = Back
wizard-skip = Skip
wizard-change-answers = Change my answers

## Yes / no / not sure, and the minutes

answer-yes = Yes
answer-no = No
answer-not-sure = Not sure
minutes-legend = How long do you have for a routine?
minutes-choice = { $minutes } min

## The emergency stop

emergency-now = ⚠ Contact emergency services or your local emergency number now.
emergency-no-release = Do not do any pressure release. Your answers include a sign that needs a doctor today:
emergency-unsure = (you were not sure; with this sign, not sure is treated as yes)
emergency-mistake = If you answered by mistake, you can change your answers.

## Release tools

tool-hands = Hands
tool-massage-ball = Massage ball
tool-lacrosse-ball = Lacrosse or tennis ball
tool-kettlebell-handle = Kettlebell
tool-foam-roller = Foam roller
tool-hip-hook = Hip Hook
tool-pso-rite = Pso-Rite

## The safety check before a session

safety-check-title = A quick safety check
safety-check-why = Before you start, six questions about warning signs. They come back every two weeks, and every day while your ratings are rising.
safety-check-start = None of these: start { $name }
