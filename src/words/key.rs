//! A catalogue key from a value the core decided: its stored name (the
//! serde name the data already uses), in the catalogue's kebab case.
//! `key("triage-region", Region::FrontThigh, "label")` is
//! `triage-region-front-thigh-label`. The native tests check that every
//! value of every such enum has its key in every language.

use super::catalogue::Arg;
use serde::Serialize;

pub fn key(prefix: &str, value: impl Serialize, suffix: &str) -> String {
    let name = serde_json::to_string(&value).unwrap_or_default();
    let name = name.trim_matches('"').replace('_', "-");
    match suffix {
        "" => format!("{prefix}-{name}"),
        s => format!("{prefix}-{name}-{s}"),
    }
}

/// A value's stored name as a catalogue chooses words by it
/// (`{ $muscle -> [glute-max] ... }`).
pub fn name_arg(value: impl Serialize) -> Arg {
    Arg::Text(key("", value, "").trim_start_matches('-').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::routine::Tool;
    use crate::triage::answers::{EmergencyFlag, Region};

    #[test]
    fn a_value_s_stored_name_in_kebab_case() {
        assert_eq!(
            key("triage-region", Region::FrontThigh, "label"),
            "triage-region-front-thigh-label"
        );
        assert_eq!(
            key("warning-emergency", EmergencyFlag::SaddleNumbness, "why"),
            "warning-emergency-saddle-numbness-why"
        );
        assert_eq!(key("tool", Tool::MassageBall, ""), "tool-massage-ball");
        assert_eq!(
            name_arg(Tool::MassageBall),
            Arg::Text("massage-ball".into())
        );
    }
}
