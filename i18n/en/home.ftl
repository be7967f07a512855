# Home, the tab bar, today's card and the built-in routines' names.

## Home

home-tagline = Tight thighs that rolling will not fix often start in the hip. Release them a few minutes at a time.
home-resume = Resume your session
home-resume-why = You stopped part-way through. Pick up where you were.
home-triage = Where does my pain come from?
home-triage-why = A few questions, safety first, then the likely source and a routine to start with.
home-last-result = See your last result
home-ios-install = Add to your Home Screen
home-ios-install-how = In Safari, tap the Share button, then “Add to Home Screen”. The app then opens full screen and works offline.
home-safari-note = Safari may erase this site's data if you do not open it for a few weeks. Installing it to the Home Screen protects your history; exporting a backup from Settings does too.
home-got-it = Got it
home-more = More
home-all-routines = All routines
home-learn = Learn how it works
home-open-link = Open a shared link
home-about = About and safety
home-fineprint = Self-care guidance, not a diagnosis. Everything stays on this phone.
home-install = Install the app
home-install-why = Open it from your home screen, even in airplane mode.
home-install-button = Install

splash-loading = Loading…

## The tab bar

nav-main = Main
nav-home = Home
nav-routines = Routines
nav-habit = Habit
nav-learn = Learn
nav-settings = Settings

## Today's card

today-start = Start { $name }
today-habit-details = Habit details
today-send-progress = Send my progress
today-close-plan = Close the plan
today-plan-before = Your plan ({ $what }) starts on { $day }.
today-plan-finished = Your plan is done: { $what }. Tell the person who sent it how it went.

## Built-in routines: each phone names them in its own language

routine-builtin-floss-name = Daily floss
routine-builtin-floss-purpose = Five minutes a day on both iliacus muscles, to keep knots from coming back.
routine-builtin-front-name = Front of hip
routine-builtin-front-purpose = Iliacus then psoas on both sides, for thigh-front tightness that rolling does not fix.
routine-builtin-back-name = Back of hip
routine-builtin-back-purpose = Glute, hamstrings and inner thigh: no pressure on the belly.
routine-builtin-reset-name = Sitting reset
routine-builtin-reset-purpose = A short release after a long day in a chair or a long drive.

## Lines with numbers

today-status = { $done ->
    [yes] Done today.
   *[no] Not done yet today.
} Streak: { $streak } { $unit }.
today-plan-week = Week { $n } of { $of } of your plan: { $what }.
plan-describe = { $target } for { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}

## The app around its screens

app-skip = Skip to content
app-update = Update available.
app-reload = Reload to update
app-not-found = Page not found
app-not-found-why = This link points to a screen the app does not have.
app-go-home = Go to Home
app-title = Quads: release tight hips
app-chunk-failed = This screen could not be loaded. The connection may have dropped, or the app was updated since this page opened.
app-chunk-reload = Reload
