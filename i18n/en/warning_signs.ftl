# The warning signs, asked before any routine (triage/answers.rs names them).
# For each sign: -question (asked as yes / no / not sure), -said (how it reads
# after "because you said ..."), -why (why it matters, said when it stops the app).
# Keep the clinical meaning of every sign intact: these are safety questions.

## Seek emergency care now: a yes (or "not sure") stops the app and sends the person to urgent care.

warning-emergency-saddle-numbness-question = Is there new numbness in your groin, buttocks or inner thighs (where you would sit on a saddle)?
warning-emergency-saddle-numbness-said = numbness in the saddle area
warning-emergency-saddle-numbness-why = Saddle numbness can mean the nerves at the base of the spine are squeezed, which needs care within hours.

warning-emergency-bladder-bowel-sexual-question = Any new trouble controlling your bladder or bowel, or new sexual problems?
warning-emergency-bladder-bowel-sexual-said = new bladder, bowel or sexual problems
warning-emergency-bladder-bowel-sexual-why = Together with back or leg symptoms these point to nerve compression that needs urgent treatment.

warning-emergency-sudden-weakness-question = Has a leg suddenly become weak, or is weakness getting worse fast (foot slapping, leg giving way)?
warning-emergency-sudden-weakness-said = sudden or fast-worsening leg weakness
warning-emergency-sudden-weakness-why = Rapid loss of strength means a nerve is in trouble now; waiting can make it permanent.

warning-emergency-after-fall-or-accident-question = Did the pain start after a hard fall or an accident?
warning-emergency-after-fall-or-accident-said = the pain began after a fall or accident
warning-emergency-after-fall-or-accident-why = A fracture or other injury has to be ruled out before anyone presses on the area.

warning-emergency-swollen-warm-leg-question = Is your thigh or calf swollen, warm, red or tender to touch?
warning-emergency-swollen-warm-leg-said = a swollen, warm or red thigh or calf
warning-emergency-swollen-warm-leg-why = This can be a blood clot. Pressing on it is dangerous, and it needs checking today.

warning-emergency-fever-or-pulsing-belly-question = Do you have back or belly pain with fever or chills, or a pulsing feeling in your belly?
warning-emergency-fever-or-pulsing-belly-said = back or belly pain with fever, chills or a pulsing feeling
warning-emergency-fever-or-pulsing-belly-why = Infection or a problem with the main artery in the belly can feel like muscle pain and is an emergency.

## See a clinician first, within days: a yes (or "not sure") holds back self-release.

warning-clinician-nerve-symptoms-question = Do you have numbness, tingling or weakness anywhere in the leg?
warning-clinician-nerve-symptoms-said = numbness, tingling or weakness in the leg
warning-clinician-nerve-symptoms-why = Nerve signs deserve a proper examination before you press near the nerves of the hip.

warning-clinician-stress-fracture-signs-question = Is there deep groin or front-of-hip pain that gets worse when you run or hop, or aches at night, maybe after a jump in training?
warning-clinician-stress-fracture-signs-said = deep groin pain that worsens with running or hopping, or aches at night
warning-clinician-stress-fracture-signs-why = That pattern fits a stress fracture of the hip. Stop running and get it checked.

warning-clinician-cancer-or-weight-loss-or-constant-question = Have you had cancer, lost weight without trying, or is the pain constant whatever position you are in?
warning-clinician-cancer-or-weight-loss-or-constant-said = a history of cancer, unexplained weight loss, or constant pain
warning-clinician-cancer-or-weight-loss-or-constant-why = Muscle knots change with position and pressure; pain that does not needs a clinician to look for other causes.

warning-clinician-no-improvement-after-weeks-question = Have you already done regular self-release for 2 to 4 weeks without any improvement?
warning-clinician-no-improvement-after-weeks-said = no improvement after weeks of regular self-care
warning-clinician-no-improvement-after-weeks-why = If a few weeks of regular release changed nothing, the source is probably elsewhere.

## No deep pressure into the belly with these; glute, hamstring and adductor release are still offered.

warning-contra-pregnancy-question = Are you pregnant, or could you be?
warning-contra-pregnancy-said = you may be pregnant
warning-contra-pregnancy-why = Deep pressure into the belly is not safe during pregnancy.

warning-contra-recent-surgery-question = Have you had belly or hip surgery in the last few months?
warning-contra-recent-surgery-said = recent belly or hip surgery
warning-contra-recent-surgery-why = Healing tissue must not take deep pressure.

warning-contra-hernia-question = Do you have a hernia?
warning-contra-hernia-said = a hernia
warning-contra-hernia-why = Pressing into the belly can push a hernia further.

warning-contra-aortic-aneurysm-question = Have you been told you have an aortic aneurysm (a widened main artery in the belly)?
warning-contra-aortic-aneurysm-said = an aortic aneurysm
warning-contra-aortic-aneurysm-why = The psoas lies right beside the main artery; deep pressure there is dangerous.

warning-contra-blood-thinners-question = Do you take blood thinners?
warning-contra-blood-thinners-said = you take blood thinners
warning-contra-blood-thinners-why = Deep pressure can cause bleeding inside the belly.

warning-contra-inflammatory-bowel-question = Do you have an active inflammatory bowel condition (Crohn's, colitis)?
warning-contra-inflammatory-bowel-said = an active inflammatory bowel condition
warning-contra-inflammatory-bowel-why = Inflamed bowel should not be pressed on.
