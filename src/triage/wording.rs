//! Every question and answer label, and why we ask it, in our own words.
//! Kept beside the enums so a reviewer can check each line against the
//! domain notes.

use super::answers::*;

pub struct Wording {
    pub question: &'static str,
    /// How the answer reads in "because you said ...".
    pub said: &'static str,
    pub why: &'static str,
}

pub fn emergency(f: EmergencyFlag) -> Wording {
    match f {
        EmergencyFlag::SaddleNumbness => Wording {
            question: "Is there new numbness in your groin, buttocks or inner thighs (where you would sit on a saddle)?",
            said: "numbness in the saddle area",
            why: "Saddle numbness can mean the nerves at the base of the spine are squeezed, which needs care within hours.",
        },
        EmergencyFlag::BladderBowelSexual => Wording {
            question: "Any new trouble controlling your bladder or bowel, or new sexual problems?",
            said: "new bladder, bowel or sexual problems",
            why: "Together with back or leg symptoms these point to nerve compression that needs urgent treatment.",
        },
        EmergencyFlag::SuddenWeakness => Wording {
            question: "Has a leg suddenly become weak, or is weakness getting worse fast (foot slapping, leg giving way)?",
            said: "sudden or fast-worsening leg weakness",
            why: "Rapid loss of strength means a nerve is in trouble now; waiting can make it permanent.",
        },
        EmergencyFlag::AfterFallOrAccident => Wording {
            question: "Did the pain start after a hard fall or an accident?",
            said: "the pain began after a fall or accident",
            why: "A fracture or other injury has to be ruled out before anyone presses on the area.",
        },
        EmergencyFlag::SwollenWarmLeg => Wording {
            question: "Is your thigh or calf swollen, warm, red or tender to touch?",
            said: "a swollen, warm or red thigh or calf",
            why: "This can be a blood clot. Pressing on it is dangerous, and it needs checking today.",
        },
        EmergencyFlag::FeverOrPulsingBelly => Wording {
            question: "Do you have back or belly pain with fever or chills, or a pulsing feeling in your belly?",
            said: "back or belly pain with fever, chills or a pulsing feeling",
            why: "Infection or a problem with the main artery in the belly can feel like muscle pain and is an emergency.",
        },
    }
}

pub fn clinician(f: ClinicianFlag) -> Wording {
    match f {
        ClinicianFlag::NerveSymptoms => Wording {
            question: "Do you have numbness, tingling or weakness anywhere in the leg?",
            said: "numbness, tingling or weakness in the leg",
            why: "Nerve signs deserve a proper examination before you press near the nerves of the hip.",
        },
        ClinicianFlag::StressFractureSigns => Wording {
            question: "Is there deep groin or front-of-hip pain that gets worse when you run or hop, or aches at night, maybe after a jump in training?",
            said: "deep groin pain that worsens with running or hopping, or aches at night",
            why: "That pattern fits a stress fracture of the hip. Stop running and get it checked.",
        },
        ClinicianFlag::CancerOrWeightLossOrConstant => Wording {
            question: "Have you had cancer, lost weight without trying, or is the pain constant whatever position you are in?",
            said: "a history of cancer, unexplained weight loss, or constant pain",
            why: "Muscle knots change with position and pressure; pain that does not needs a clinician to look for other causes.",
        },
        ClinicianFlag::NoImprovementAfterWeeks => Wording {
            question: "Have you already done regular self-release for 2 to 4 weeks without any improvement?",
            said: "no improvement after weeks of regular self-care",
            why: "If a few weeks of regular release changed nothing, the source is probably elsewhere.",
        },
    }
}

pub fn contra(c: Contra) -> Wording {
    match c {
        Contra::Pregnancy => Wording { question: "Are you pregnant, or could you be?", said: "you may be pregnant", why: "Deep pressure into the belly is not safe during pregnancy." },
        Contra::RecentSurgery => Wording { question: "Have you had belly or hip surgery in the last few months?", said: "recent belly or hip surgery", why: "Healing tissue must not take deep pressure." },
        Contra::Hernia => Wording { question: "Do you have a hernia?", said: "a hernia", why: "Pressing into the belly can push a hernia further." },
        Contra::AorticAneurysm => Wording { question: "Have you been told you have an aortic aneurysm (a widened main artery in the belly)?", said: "an aortic aneurysm", why: "The psoas lies right beside the main artery; deep pressure there is dangerous." },
        Contra::BloodThinners => Wording { question: "Do you take blood thinners?", said: "you take blood thinners", why: "Deep pressure can cause bleeding inside the belly." },
        Contra::InflammatoryBowel => Wording { question: "Do you have an active inflammatory bowel condition (Crohn's, colitis)?", said: "an active inflammatory bowel condition", why: "Inflamed bowel should not be pressed on." },
    }
}

pub fn region(r: Region) -> (&'static str, &'static str) {
    // (label, how it reads in a reason)
    match r {
        Region::FrontThigh => ("Front of the thigh", "the front of your thigh"),
        Region::FrontHipGroin => (
            "Front of the hip or groin",
            "the front of your hip or groin",
        ),
        Region::LowBack => (
            "Low back, beside the spine",
            "your low back beside the spine",
        ),
        Region::Buttock => ("Buttock", "your buttock"),
        Region::BackThigh => ("Back of the thigh", "the back of your thigh"),
        Region::InnerThigh => ("Inner thigh", "your inner thigh"),
        Region::Knee => ("Knee", "your knee"),
        Region::LowerLegFoot => ("Lower leg or foot", "your lower leg or foot"),
    }
}

pub fn feeling(f: Feeling) -> &'static str {
    match f {
        Feeling::Tight => "Tight",
        Feeling::Aching => "Aching",
        Feeling::Sharp => "Sharp",
        Feeling::Burning => "Burning",
        Feeling::NumbTingling => "Numb or tingling",
        Feeling::Weakness => "Weak",
    }
}

/// How a feeling reads after "because you said": a whole phrase, not the
/// label glued into "it feels ..." ("it feels aching" is not English).
pub fn feeling_said(f: Feeling) -> &'static str {
    match f {
        Feeling::Tight => "it feels tight",
        Feeling::Aching => "it aches",
        Feeling::Sharp => "the pain is sharp",
        Feeling::Burning => "it burns",
        Feeling::NumbTingling => "it feels numb or tingling",
        Feeling::Weakness => "the leg feels weak",
    }
}

pub fn duration(d: Duration) -> (&'static str, &'static str) {
    match d {
        Duration::UnderTwoWeeks => ("Less than 2 weeks", "it started less than 2 weeks ago"),
        Duration::TwoToSixWeeks => ("2 to 6 weeks", "it has lasted 2 to 6 weeks"),
        Duration::OverSixWeeks => ("More than 6 weeks", "it has lasted more than 6 weeks"),
    }
}

pub fn not_helping(n: NotHelping) -> (&'static str, &'static str) {
    match n {
        NotHelping::StretchingQuads => (
            "Stretching the quads",
            "stretching your quads does not help",
        ),
        NotHelping::RollingQuads => ("Foam rolling the quads", "rolling your quads does not help"),
        NotHelping::Rest => ("Rest", "rest does not help"),
    }
}

pub fn habit(h: DayHabit) -> (&'static str, &'static str) {
    match h {
        DayHabit::KneesAboveHips => (
            "I sit with my knees higher than my hips",
            "you sit with knees above hips",
        ),
        DayHabit::LeaningForward => ("I lean forward when I sit", "you lean forward when you sit"),
        DayHabit::LongDrives => ("I drive for long stretches", "you drive for long stretches"),
        DayHabit::SleepCurledUp => ("I sleep curled up", "you sleep curled up"),
        DayHabit::TrainingJump => (
            "My training went up sharply lately",
            "your training went up sharply",
        ),
        DayHabit::Running => ("I run regularly", "you run"),
    }
}

pub const WHY_REGION: &str = "Where it hurts points to where the knot may sit: each muscle sends pain to its own typical area.";
pub const WHY_SIDE: &str = "Usually one side is worse; the routine starts there.";
pub const WHY_FEELING: &str =
    "A dull ache or tightness fits a muscle knot; numbness, burning or weakness suggests a nerve.";
pub const WHY_DURATION: &str =
    "Pain that has outlasted weeks of stretching often comes from somewhere else.";
pub const WHY_SEVERITY: &str = "Above 7 out of 10 is too much to work on alone.";
pub const WHY_NOT_HELPING: &str =
    "When quad work does not help, the quads are probably not the source.";
pub const WHY_DAY: &str = "Long hours with the hip bent keep hip-flexor knots going.";
