# Learn: the topics, one page each, and the About page. Written from the domain
# notes in our own words; self-care guidance, not a diagnosis.

learn-title = Learn
learn-lead = Understand before you press.
learn-find-source = Find your likely source
learn-routine-fits = A routine that fits:
learn-start = Start
learn-all-topics = All topics

## The iliopsoas in one picture

topic-iliopsoas-title = The iliopsoas in one picture
topic-iliopsoas-p1 = Two muscles share one tendon on the top of the thigh bone. The psoas starts on the sides of the low spine and runs diagonally down across the front of the pelvis. The iliacus lines the inside of the pelvic bowl and runs over the front of the hip joint.
topic-iliopsoas-p2 = Together they lift your leg and steady your pelvis and spine. Running uses them on every stride: they pull the leg forward, then lengthen as it trails behind, all while holding the trunk steady. That is why almost every runner has some tightness here.

## Why the pain shows up somewhere else

topic-trigger-points-title = Why the pain shows up somewhere else
topic-trigger-points-p1 = A trigger point is a small knot in a muscle that sends pain to another place. It can be quiet (a tender knot and nothing more) or active (it sends pain without being touched). Rough rubbing or hard stretching can wake a quiet one up.
topic-trigger-points-p2 = An iliacus knot sends an ache or tightness to the front and top of the thigh. A psoas knot tends to show as a vertical band beside the low spine. A tight iliopsoas can also crowd the nerves of the low back and give weakness, numbness, tingling or pain down the leg: that needs a clinician. Some runners even found glute, knee or foot pain eased after iliacus release.
topic-trigger-points-p3 = One side is usually worse than the other, but both can be involved.

## What starts and feeds the knots

topic-causes-title = What starts and feeds the knots
topic-causes-p1 = Asking too much of a muscle that is not ready, or a sudden overload such as catching yourself in a fall.
topic-causes-p2 = Long hours with the hip bent: desk chairs, long drives, and worse when the knees sit higher than the hips or you lean forward. Sleeping curled up with the knees drawn in does the same at night.
topic-causes-p3 = A short, tight front-of-thigh muscle keeps the iliopsoas short too. Whatever posture or activity sets a knot off keeps feeding it until it changes.

## Why stretching the quads alone often fails

topic-stretching-title = Why stretching the quads alone often fails
topic-stretching-p1 = Rolling and stretching the front of the thigh helps blood flow and softens the tissue, but when the pain is sent from the hip, the knot is not in the thigh at all. The thigh feels better for an hour, then the ache returns.
topic-stretching-p2 = Direct, patient pressure on the knot itself works better: 30 to 90 seconds on one spot while you breathe and let the muscle melt over the tool, then a couple of inches further on to the next spot. Work the opposing muscles too: glute, hamstrings and the inner thigh.

## Flossing for your core

topic-flossing-title = Flossing for your core
topic-flossing-p1 = Knots come back when the habits that made them stay. The fix is small and regular: a few minutes of release most days, like flossing, and fewer long stretches of bent-hip sitting.
topic-flossing-p2 = Regular beats intense. The habit tracker counts every session and shows whether your tightness is going down as the habit grows.
## About

about-title = About Quads
about-what = Quads helps runners whose thighs stay tight however much they roll and stretch them. Often that pain is sent from knots (trigger points) in two deep hip flexors, the iliacus and the psoas. The app helps you find out whether that fits you, guides slow pressure holds on those muscles and their opposites, and helps you keep it up as a short, regular habit.
about-not-title = What it is not
about-not = This is self-care guidance, not a diagnosis or treatment. It does not replace a physical therapist or doctor. If a warning sign appears, or nothing improves after 2 to 4 weeks of regular release, see a clinician.
about-safety-title = Safety
about-safety-emergency = Get emergency care for numbness in the groin or inner thighs, new bladder or bowel trouble, sudden leg weakness, pain after a fall, a swollen warm calf or thigh, or belly pain with fever or a pulsing feeling.
about-safety-belly = Do not press into the belly if you are pregnant, had recent belly or hip surgery, have a hernia or an aortic aneurysm, take blood thinners, or have an active inflammatory bowel condition.
about-safety-press = Press slowly and stop if you feel a pulse under the tool or sharp, electric or spreading pain.
about-source-title = Source
# The article's title stays in English: it is the name of the source.
about-source = The ideas here come from the article “Chronically tight quads? It might be an iliacus trigger point” by Christine Koth, physical therapist, restated in our own words. The warning signs are standard clinical screening questions.
about-data-title = Your data
about-data = Everything stays on this phone. The app makes no requests to any other server: no accounts, no analytics, no fonts from elsewhere. Export a backup from Settings whenever you like.
about-version-title = Version
about-version = Version { $version }, built { $date }.
about-development = development build
about-back = Back to Settings
