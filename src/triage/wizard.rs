//! The triage wizard's steps and how a person moves between them. Warning
//! signs come first, and a yes (or "not sure") to any of them stops the
//! wizard: nothing else is asked and no routine is offered.
//!
//! A step is stored in the half-finished draft as a number (0 the intro,
//! 1-7 the questions, 99 the emergency stop), as it always has been.

use super::answers::{Answers, EmergencyFlag};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Intro,
    WarningSigns,
    ClinicianSigns,
    BellyPressure,
    WhereItHurts,
    WhatItIsLike,
    YourDays,
    TimeAndTools,
    /// A warning sign was answered yes: see emergency care now.
    EmergencyStop,
}

/// What pressing Next (or Skip) does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    Go(Step),
    /// The warning signs were all answered no: remember when, then go on.
    Cleared(Step),
    /// The last question is behind: save the result and show it.
    Finish,
    /// Not every warning sign is answered yet.
    Wait,
}

/// The questions, in order: "step n of `QUESTIONS`".
pub const QUESTIONS: u8 = 7;

const ORDER: [Step; 8] = [
    Step::Intro,
    Step::WarningSigns,
    Step::ClinicianSigns,
    Step::BellyPressure,
    Step::WhereItHurts,
    Step::WhatItIsLike,
    Step::YourDays,
    Step::TimeAndTools,
];

const STOPPED: u8 = 99;

impl Step {
    /// The step a stored draft was on; an unknown number starts over.
    pub fn from_stored(n: u8) -> Step {
        match n {
            STOPPED => Step::EmergencyStop,
            n => ORDER.get(usize::from(n)).copied().unwrap_or(Step::Intro),
        }
    }

    pub fn stored(self) -> u8 {
        match self {
            Step::EmergencyStop => STOPPED,
            s => ORDER.iter().position(|x| *x == s).unwrap_or(0) as u8,
        }
    }

    /// Its number among the questions (1-7), `None` for the intro and the stop.
    pub fn question_number(self) -> Option<u8> {
        match self {
            Step::Intro | Step::EmergencyStop => None,
            s => Some(s.stored()),
        }
    }

    /// The catalogue key of the step's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Step::Intro => "wizard-title-intro",
            Step::WarningSigns => "wizard-title-warning-signs",
            Step::ClinicianSigns => "wizard-title-clinician-signs",
            Step::BellyPressure => "wizard-title-belly-pressure",
            Step::WhereItHurts => "wizard-title-where-it-hurts",
            Step::WhatItIsLike => "wizard-title-what-it-is-like",
            Step::YourDays => "wizard-title-your-days",
            Step::TimeAndTools => "wizard-title-time-and-tools",
            Step::EmergencyStop => "wizard-title-emergency-stop",
        }
    }

    fn after(self) -> Next {
        match self {
            Step::TimeAndTools => Next::Finish,
            Step::EmergencyStop => Next::Go(Step::EmergencyStop),
            s => Next::Go(Step::from_stored(s.stored() + 1)),
        }
    }

    /// Next: the warning signs must all be answered, and any yes stops.
    pub fn next(self, a: &Answers) -> Next {
        if self == Step::WarningSigns {
            if !all_warning_signs_answered(a) {
                return Next::Wait;
            }
            if !a.emergency_flags().is_empty() {
                return Next::Go(Step::EmergencyStop);
            }
            return match self.after() {
                Next::Go(s) => Next::Cleared(s),
                other => other,
            };
        }
        self.after()
    }

    /// Skip is offered on the questions after the warning signs only:
    /// safety is never skipped.
    pub fn can_skip(self) -> bool {
        matches!(self.question_number(), Some(n) if n >= 2)
    }

    pub fn skip(self) -> Next {
        if self.can_skip() {
            self.after()
        } else {
            Next::Wait
        }
    }

    /// Back: the stop goes back to the warning signs, to change an answer.
    pub fn back(self) -> Step {
        match self {
            Step::EmergencyStop => Step::WarningSigns,
            Step::Intro => Step::Intro,
            s => Step::from_stored(s.stored() - 1),
        }
    }

    /// The catalogue key of the main button's label.
    pub fn next_key(self, resumed: bool) -> &'static str {
        match self {
            Step::Intro if resumed => "wizard-continue",
            Step::Intro => "wizard-start",
            Step::TimeAndTools => "wizard-see-result",
            _ => "wizard-next",
        }
    }
}

pub fn all_warning_signs_answered(a: &Answers) -> bool {
    EmergencyFlag::ALL
        .iter()
        .all(|f| a.emergency.contains_key(f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::answers::Reply;

    fn answered(yes: Option<EmergencyFlag>) -> Answers {
        let mut a = Answers::default();
        for f in EmergencyFlag::ALL {
            a.emergency.insert(
                f,
                if Some(f) == yes {
                    Reply::Yes
                } else {
                    Reply::No
                },
            );
        }
        a
    }

    #[test]
    fn steps_round_trip_through_the_stored_number() {
        for s in ORDER.into_iter().chain([Step::EmergencyStop]) {
            assert_eq!(Step::from_stored(s.stored()), s);
        }
        assert_eq!(
            Step::from_stored(42),
            Step::Intro,
            "unknown numbers start over"
        );
        assert_eq!(Step::EmergencyStop.stored(), 99);
    }

    #[test]
    fn warning_signs_gate_everything() {
        let none = Answers::default();
        assert_eq!(Step::WarningSigns.next(&none), Next::Wait);
        assert_eq!(
            Step::WarningSigns.skip(),
            Next::Wait,
            "safety is never skipped"
        );
        assert_eq!(
            Step::WarningSigns.next(&answered(None)),
            Next::Cleared(Step::ClinicianSigns)
        );
        for f in EmergencyFlag::ALL {
            assert_eq!(
                Step::WarningSigns.next(&answered(Some(f))),
                Next::Go(Step::EmergencyStop),
                "{f:?}"
            );
        }
        assert_eq!(Step::EmergencyStop.back(), Step::WarningSigns);
        assert_eq!(
            Step::EmergencyStop.next(&none),
            Next::Go(Step::EmergencyStop)
        );
    }

    #[test]
    fn the_questions_run_in_order_to_the_result() {
        let a = answered(None);
        let mut s = Step::Intro;
        let mut seen = vec![s];
        loop {
            match s.next(&a) {
                Next::Go(n) | Next::Cleared(n) => s = n,
                Next::Finish => break,
                Next::Wait => panic!("stuck on {s:?}"),
            }
            seen.push(s);
        }
        assert_eq!(seen, ORDER.to_vec());
        assert_eq!(
            seen.iter().filter_map(|s| s.question_number()).max(),
            Some(QUESTIONS)
        );
        assert_eq!(Step::TimeAndTools.skip(), Next::Finish);
        assert_eq!(Step::YourDays.skip(), Next::Go(Step::TimeAndTools));
        assert_eq!(Step::ClinicianSigns.back(), Step::WarningSigns);
        assert_eq!(Step::Intro.back(), Step::Intro);
    }
}
