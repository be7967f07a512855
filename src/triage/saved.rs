//! Triage results and the half-finished wizard, as stored on the device.

use super::answers::Answers;
use serde::{Deserialize, Serialize};

/// The red-flag questions are asked again before a saved routine is started
/// after this long.
pub const RECHECK_AFTER_MS: f64 = 14.0 * 24.0 * 3600.0 * 1000.0;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedResult {
    pub id: String,
    pub at_ms: f64,
    pub answers: Answers,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub step: u8,
    pub answers: Answers,
}

/// True when the emergency questions should be asked again before a
/// session: never checked, or the last check is older than 14 days.
pub fn needs_recheck(last_check_ms: Option<f64>, now_ms: f64) -> bool {
    match last_check_ms {
        None => true,
        Some(t) => !t.is_finite() || now_ms - t > RECHECK_AFTER_MS || now_ms < t - 86_400_000.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn recheck_after_14_days() {
        let day = 86_400_000.0;
        assert!(needs_recheck(None, 0.0));
        assert!(!needs_recheck(Some(0.0), 13.0 * day));
        assert!(needs_recheck(Some(0.0), 15.0 * day));
        // A clock set far back also asks again.
        assert!(needs_recheck(Some(10.0 * day), 8.0 * day));
    }
}
