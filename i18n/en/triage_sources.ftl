# The likely sources the triage names: what each is called (-label) and what it means
# for the person (-explain). Each is a finding of self-care guidance, not a diagnosis.

triage-source-iliacus-label = Iliacus trigger point
triage-source-iliacus-explain = A knot in the iliacus, inside the pelvic bowl, sends an ache to the front and top of the thigh that quad work does not reach.

triage-source-psoas-label = Psoas trigger point
triage-source-psoas-explain = Knots in the psoas tend to show up as a vertical band of pain beside the low spine.

triage-source-nerve-involvement-label = A nerve being irritated
triage-source-nerve-involvement-explain = A tight iliopsoas can squeeze the lumbar nerves, giving numbness, tingling, weakness or pain down the leg.

triage-source-glute-max-label = Glute max trigger point
triage-source-glute-max-explain = The glute works against the hip flexors and collects knots of its own.

triage-source-hamstrings-label = Hamstring trigger point
triage-source-hamstrings-explain = The hamstrings oppose the hip flexors and get knots too.

triage-source-adductor-magnus-label = Adductor magnus trigger point
triage-source-adductor-magnus-explain = The adductor magnus runs from the top of the inner thigh to the inner knee and often holds knots.

triage-source-quads-label = The quads themselves
triage-source-quads-explain = A recent overload of the thigh itself; if rolling and stretching help, that fits.

triage-source-prevention-label = No pain now: keep it that way
triage-source-prevention-explain = Runners load the hip flexors with every stride, so knots build up quietly. A few minutes of release most days keeps them from forming.

triage-source-not-typical-label = Not a typical pattern
triage-source-not-typical-explain = Your answers do not match a typical trigger-point pattern.
