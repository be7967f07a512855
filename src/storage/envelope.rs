//! Reading and writing the stored envelope `{app, version, data}`. Loading
//! never fails silently: it yields data, or a problem the user is shown
//! together with the raw text so nothing is reset before they can save it.

use super::migrate;
use super::schema::{Data, APP, CURRENT_VERSION};
use serde::de::DeserializeOwned;
use serde_json::Value;

#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Fresh(Data),
    Ok {
        data: Data,
        migrated_from: Option<u32>,
        quarantined: usize,
    },
    /// Unreadable, foreign or from a newer app: show `message`, offer `raw`.
    Problem { message: String, raw: String },
}

#[derive(serde::Serialize)]
struct EnvelopeOut<'a> {
    app: &'a str,
    version: u32,
    data: &'a Data,
}

/// Written straight to text (not through `serde_json::Value`), which keeps a
/// second serializer for every type out of the browser bundle.
pub fn save(data: &Data) -> String {
    serde_json::to_string(&EnvelopeOut {
        app: APP,
        version: CURRENT_VERSION,
        data,
    })
    .unwrap_or_default()
}

pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Fresh(Data::default());
    };
    match parse(raw) {
        Ok((data, migrated_from, quarantined)) => Loaded::Ok {
            data,
            migrated_from,
            quarantined,
        },
        Err(message) => Loaded::Problem {
            message,
            raw: raw.to_string(),
        },
    }
}

/// Parses an envelope (stored data or a backup file), migrating and
/// validating it. Invalid items go to `quarantine` instead of vanishing.
pub fn parse(raw: &str) -> Result<(Data, Option<u32>, usize), String> {
    let value: Value = serde_json::from_str(raw)
        .map_err(|e| format!("The saved data is not valid JSON ({e})."))?;
    let version = match value.get("version").and_then(Value::as_u64) {
        Some(v) => v as u32,
        None => return Err("This is not data from this app: it has no version.".into()),
    };
    if version == 1 {
        // v1 had no `app` tag; recognise it by its fields.
        if value.get("sessions").is_none() && value.get("theme").is_none() {
            return Err("This is not data from this app.".into());
        }
    } else if value.get("app").and_then(Value::as_str) != Some(APP) {
        return Err("This is not data from this app.".into());
    }
    if version == 0 {
        return Err("The saved data has an impossible version (0).".into());
    }
    if version > CURRENT_VERSION {
        return Err(format!("This data was saved by a newer version of the app (format {version}; this app reads up to {CURRENT_VERSION}). Update the app to open it."));
    }
    let value = migrate::to_current(value, version)?;
    let mut data_v = value
        .get("data")
        .cloned()
        .ok_or("The saved data has no content.")?;
    let Value::Object(ref mut obj) = data_v else {
        return Err("The saved data has the wrong shape.".into());
    };

    let mut quarantine: Vec<Value> = match obj.remove("quarantine") {
        Some(Value::Array(a)) => a,
        Some(other) => vec![other],
        None => Vec::new(),
    };
    let before = quarantine.len();
    let routines = items(
        obj.remove("routines"),
        "routine",
        &mut quarantine,
        |r: &super::schema::SavedRoutine| r.routine.validate(),
    );
    let sessions = items(
        obj.remove("sessions"),
        "session",
        &mut quarantine,
        |s: &crate::session::event::SessionEvent| s.validate(),
    );
    let entries = items(
        obj.remove("entries"),
        "entry",
        &mut quarantine,
        |e: &crate::habit::entry::Entry| e.validate(),
    );
    let triage_results = items(
        obj.remove("triage_results"),
        "triage result",
        &mut quarantine,
        |_: &crate::triage::saved::SavedResult| Ok(()),
    );
    // A resume record that does not match its routine is not trusted.
    let active = match obj.remove("active") {
        None | Some(Value::Null) => None,
        Some(v) => match serde_json::from_value::<super::schema::ActiveSession>(v.clone()) {
            Ok(a) if a.routine.validate().is_ok() && a.engine.is_consistent_with(&a.routine) => {
                Some(a)
            }
            _ => {
                quarantine.push(serde_json::json!({ "kind": "active session", "value": v }));
                None
            }
        },
    };
    let settings = match obj.remove("settings") {
        None => Default::default(),
        Some(v) => match serde_json::from_value::<super::schema::Settings>(v.clone()) {
            Ok(s)
                if s.target.is_valid()
                    && s.day_start_min < 24 * 60
                    && s.reminder_min.is_none_or(|m| m < 24 * 60) =>
            {
                s
            }
            _ => {
                quarantine.push(serde_json::json!({ "kind": "settings", "value": v }));
                Default::default()
            }
        },
    };
    let triage_draft = obj
        .remove("triage_draft")
        .and_then(|v| serde_json::from_value::<crate::triage::saved::Draft>(v).ok())
        .map(|mut d| {
            d.answers = d.answers.sanitized();
            d
        });
    let mut data = Data {
        settings,
        routines,
        sessions,
        entries,
        triage_results,
        triage_draft,
        active,
        quarantine: Vec::new(),
    };
    for r in &mut data.triage_results {
        r.answers = std::mem::take(&mut r.answers).sanitized();
    }
    let added = quarantine.len() - before;
    data.quarantine = quarantine;
    Ok((data, (version != CURRENT_VERSION).then_some(version), added))
}

fn items<T: DeserializeOwned>(
    v: Option<Value>,
    kind: &str,
    quarantine: &mut Vec<Value>,
    check: impl Fn(&T) -> Result<(), String>,
) -> Vec<T> {
    let list = match v {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(a)) => a,
        Some(other) => {
            quarantine
                .push(serde_json::json!({ "kind": kind, "value": other, "why": "not a list" }));
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(list.len());
    for item in list {
        match serde_json::from_value::<T>(item.clone()) {
            Ok(t) => match check(&t) {
                Ok(()) => out.push(t),
                Err(why) => {
                    quarantine.push(serde_json::json!({ "kind": kind, "value": item, "why": why }))
                }
            },
            Err(e) => quarantine
                .push(serde_json::json!({ "kind": kind, "value": item, "why": e.to_string() })),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::civil_day::CivilDay;
    use crate::session::event::SessionEvent;

    fn event(id: &str) -> SessionEvent {
        SessionEvent {
            id: id.into(),
            routine_id: "builtin-floss".into(),
            routine_name: "Daily floss".into(),
            day: CivilDay(20_000),
            started_at_ms: 1.0,
            held_s: 240,
            spots_done: 4,
            sides: 2,
            completed: true,
        }
    }

    #[test]
    fn round_trip() {
        let mut d = Data::default();
        d.sessions.push(event("a"));
        d.settings.voice = false;
        let s = save(&d);
        assert_eq!(
            load(Some(&s)),
            Loaded::Ok {
                data: d,
                migrated_from: None,
                quarantined: 0
            }
        );
    }

    #[test]
    fn nothing_stored_is_fresh() {
        assert!(matches!(load(None), Loaded::Fresh(_)));
    }

    #[test]
    fn corrupt_json_is_a_problem_with_the_raw_text_kept() {
        let Loaded::Problem { message, raw } = load(Some("{\"app\":\"quads\",\"vers")) else {
            panic!()
        };
        assert!(message.contains("not valid JSON"));
        assert_eq!(raw, "{\"app\":\"quads\",\"vers");
    }

    #[test]
    fn foreign_and_newer_data_are_refused() {
        assert!(matches!(
            load(Some("{\"app\":\"other\",\"version\":2,\"data\":{}}")),
            Loaded::Problem { .. }
        ));
        assert!(matches!(load(Some("[1,2,3]")), Loaded::Problem { .. }));
        let Loaded::Problem { message, .. } =
            load(Some("{\"app\":\"quads\",\"version\":9,\"data\":{}}"))
        else {
            panic!()
        };
        assert!(message.contains("newer version"));
    }

    #[test]
    fn one_bad_item_is_quarantined_not_dropped() {
        let mut d = Data::default();
        d.sessions.push(event("good"));
        let mut v: Value = serde_json::from_str(&save(&d)).unwrap();
        v["data"]["sessions"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": "bad", "day": "2026-02-30"}));
        let Loaded::Ok {
            data, quarantined, ..
        } = load(Some(&v.to_string()))
        else {
            panic!()
        };
        assert_eq!(data.sessions.len(), 1);
        assert_eq!(quarantined, 1);
        assert_eq!(data.quarantine[0]["value"]["id"], "bad");
        // ...and it survives the next save.
        assert!(save(&data).contains("2026-02-30"));
    }

    #[test]
    fn v1_loads_through_the_migration() {
        let Loaded::Ok {
            data,
            migrated_from,
            ..
        } = load(Some(
            r#"{"version":1,"theme":"light","sound":true,"sessions":[]}"#,
        ))
        else {
            panic!()
        };
        assert_eq!(migrated_from, Some(1));
        assert_eq!(data.settings.theme, super::super::schema::Theme::Light);
    }

    #[test]
    fn bad_settings_fall_back_but_are_kept() {
        let raw = r#"{"app":"quads","version":2,"data":{"settings":{"day_start_min":99999}}}"#;
        let Loaded::Ok {
            data, quarantined, ..
        } = load(Some(raw))
        else {
            panic!()
        };
        assert_eq!(data.settings.day_start_min, 180);
        assert_eq!(quarantined, 1);
    }
}
