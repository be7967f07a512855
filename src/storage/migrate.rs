//! Migrations between stored versions. Each works on raw JSON, takes
//! version N to N+1, and has a test with a sample of real version-N data.

use super::json::Json;

/// Upgrades `raw` (any supported version) to the current version's envelope.
pub fn to_current(mut raw: Json, mut version: u32) -> Result<Json, String> {
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
fn v1_to_v2(mut top: Json) -> Result<Json, String> {
    if !matches!(top, Json::Obj(_)) {
        return Err("version 1 data is not an object".into());
    }
    let mut settings = Vec::new();
    for key in ["theme", "sound", "voice"] {
        if let Some(v) = top.take(key) {
            settings.push((key.to_string(), v));
        }
    }
    top.take("version");
    let sessions = top.take("sessions").unwrap_or(Json::Arr(Vec::new()));
    let mut data = vec![
        ("settings".to_string(), Json::Obj(settings)),
        ("sessions".to_string(), sessions),
    ];
    // Anything else the prototype stored is kept where a backup will find it.
    if top != Json::Obj(Vec::new()) {
        data.push(("quarantine".to_string(), Json::Arr(vec![top])));
    }
    Ok(Json::Obj(vec![
        ("app".to_string(), Json::Str(super::schema::APP.into())),
        ("version".to_string(), Json::Num(2.0)),
        ("data".to_string(), Json::Obj(data)),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'a>(v: &'a Json, path: &[&str]) -> &'a Json {
        path.iter().fold(v, |v, k| match (v, k.parse::<usize>()) {
            (Json::Arr(a), Ok(i)) => &a[i],
            _ => v.get(k).unwrap_or_else(|| panic!("no {k}")),
        })
    }

    #[test]
    fn v1_sample_migrates() {
        let v1 = Json::parse(
            r#"{
            "version": 1, "theme": "dark", "sound": false, "voice": true,
            "sessions": [{"id": "s1", "routine_id": "builtin-floss", "routine_name": "Daily floss", "day": "2026-10-02",
                          "started_at_ms": 1.0, "held_s": 240, "spots_done": 4, "sides": 2, "completed": true}],
            "scratch": 42
        }"#,
        )
        .unwrap();
        let v2 = to_current(v1, 1).unwrap();
        assert_eq!(at(&v2, &["version"]), &Json::Num(2.0));
        assert_eq!(
            at(&v2, &["data", "settings", "theme"]),
            &Json::Str("dark".into())
        );
        assert_eq!(at(&v2, &["data", "settings", "sound"]), &Json::Bool(false));
        assert_eq!(
            at(&v2, &["data", "sessions", "0", "id"]),
            &Json::Str("s1".into())
        );
        assert_eq!(
            at(&v2, &["data", "quarantine", "0", "scratch"]),
            &Json::Num(42.0)
        );
    }

    #[test]
    fn v1_must_be_an_object() {
        assert!(to_current(Json::Arr(vec![Json::Num(1.0)]), 1).is_err());
    }
}
