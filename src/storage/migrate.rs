//! Migrations between stored versions. Each works on raw JSON, takes
//! version N to N+1, and has a test with a sample of real version-N data.

use serde_json::{json, Map, Value};

/// Upgrades `raw` (any supported version) to the current version's envelope.
pub fn to_current(mut raw: Value, mut version: u32) -> Result<Value, String> {
    while version < super::schema::CURRENT_VERSION {
        raw = match version {
            1 => v1_to_v2(raw)?,
            v => return Err(format!("no migration from version {v}")),
        };
        version += 1;
    }
    Ok(raw)
}

/// Version 1 (the first prototype) stored a flat object: `theme`, `sound`,
/// `voice` and `sessions` at the top level, and no habit settings.
/// Version 2 wraps everything in `{app, version, data}` and groups settings.
fn v1_to_v2(v1: Value) -> Result<Value, String> {
    let Value::Object(mut top) = v1 else {
        return Err("version 1 data is not an object".into());
    };
    let mut settings = Map::new();
    for key in ["theme", "sound", "voice"] {
        if let Some(v) = top.remove(key) {
            settings.insert(key.into(), v);
        }
    }
    top.remove("version");
    let sessions = top.remove("sessions").unwrap_or_else(|| json!([]));
    let mut data = Map::new();
    data.insert("settings".into(), Value::Object(settings));
    data.insert("sessions".into(), sessions);
    // Anything else the prototype stored is kept where a backup will find it.
    if !top.is_empty() {
        data.insert("quarantine".into(), json!([Value::Object(top)]));
    }
    Ok(json!({ "app": super::schema::APP, "version": 2, "data": Value::Object(data) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_sample_migrates() {
        let v1 = json!({
            "version": 1, "theme": "dark", "sound": false, "voice": true,
            "sessions": [{"id": "s1", "routine_id": "builtin-floss", "routine_name": "Daily floss", "day": "2026-10-02",
                          "started_at_ms": 1.0, "held_s": 240, "spots_done": 4, "sides": 2, "completed": true}],
            "scratch": 42
        });
        let v2 = to_current(v1, 1).unwrap();
        assert_eq!(v2["version"], 2);
        assert_eq!(v2["data"]["settings"]["theme"], "dark");
        assert_eq!(v2["data"]["settings"]["sound"], false);
        assert_eq!(v2["data"]["sessions"][0]["id"], "s1");
        assert_eq!(v2["data"]["quarantine"][0]["scratch"], 42);
    }

    #[test]
    fn v1_must_be_an_object() {
        assert!(to_current(json!([1, 2]), 1).is_err());
    }
}
