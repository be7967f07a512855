//! Reading and writing the stored envelope `{app, version, data}`. Loading
//! never fails silently: it yields data, or a problem the user is shown
//! together with the raw text so nothing is reset before they can save it.

use super::codec::{FromJson, ToJson};
use super::json::Json;
use super::migrate;
use super::schema::{ActiveSession, Data, Settings, APP, CURRENT_VERSION};
use crate::triage::saved::Draft;

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

pub fn save(data: &Data) -> String {
    Json::Obj(vec![
        ("app".into(), Json::Str(APP.into())),
        ("version".into(), CURRENT_VERSION.to_json()),
        ("data".into(), data.to_json()),
    ])
    .to_text()
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

/// A quarantine record: what it was, the value as found, and why it was set aside.
fn set_aside(kind: &str, value: Json, why: String) -> Json {
    Json::Obj(vec![
        ("kind".into(), Json::Str(kind.into())),
        ("value".into(), value),
        ("why".into(), Json::Str(why)),
    ])
}

/// Parses an envelope (stored data or a backup file), migrating and
/// validating it. Invalid items go to `quarantine` instead of vanishing.
pub fn parse(raw: &str) -> Result<(Data, Option<u32>, usize), String> {
    let value = Json::parse(raw).map_err(|e| format!("The saved data is not valid JSON ({e})."))?;
    let version = match value
        .get("version")
        .and_then(|v| v.as_uint(u64::from(u32::MAX)))
    {
        Some(v) => v as u32,
        None => return Err("This is not data from this app: it has no version.".into()),
    };
    if version == 1 {
        // v1 had no `app` tag; recognise it by its fields.
        if value.get("sessions").is_none() && value.get("theme").is_none() {
            return Err("This is not data from this app.".into());
        }
    } else if value.get("app").and_then(Json::as_str) != Some(APP) {
        return Err("This is not data from this app.".into());
    }
    if version == 0 {
        return Err("The saved data has an impossible version (0).".into());
    }
    if version > CURRENT_VERSION {
        return Err(format!("This data was saved by a newer version of the app (format {version}; this app reads up to {CURRENT_VERSION}). Update the app to open it."));
    }
    let mut value = migrate::to_current(value, version)?;
    let mut obj = value.take("data").ok_or("The saved data has no content.")?;
    if !matches!(obj, Json::Obj(_)) {
        return Err("The saved data has the wrong shape.".into());
    }

    let mut quarantine: Vec<Json> = match obj.take("quarantine") {
        Some(Json::Arr(a)) => a,
        None | Some(Json::Null) => Vec::new(),
        Some(other) => vec![other],
    };
    let before = quarantine.len();
    let routines = items(
        obj.take("routines"),
        "routine",
        &mut quarantine,
        |r: &super::schema::SavedRoutine| r.routine.validate(),
    );
    let sessions = items(
        obj.take("sessions"),
        "session",
        &mut quarantine,
        |s: &crate::session::event::SessionEvent| s.validate(),
    );
    let entries = items(
        obj.take("entries"),
        "entry",
        &mut quarantine,
        |e: &crate::habit::entry::Entry| e.validate(),
    );
    let triage_results = items(
        obj.take("triage_results"),
        "triage result",
        &mut quarantine,
        |_: &crate::triage::saved::SavedResult| Ok(()),
    );
    // A resume record that does not match its routine is not trusted.
    let active = one(
        obj.take("active"),
        "active session",
        &mut quarantine,
        |a: &ActiveSession| {
            a.routine.validate()?;
            if a.engine.is_consistent_with(&a.routine) {
                Ok(())
            } else {
                Err("the session does not match its routine".into())
            }
        },
    );
    let settings = one(
        obj.take("settings"),
        "settings",
        &mut quarantine,
        |s: &Settings| {
            if s.target.is_valid()
                && s.day_start_min < 24 * 60
                && s.reminder_min.is_none_or(|m| m < 24 * 60)
            {
                Ok(())
            } else {
                Err("a setting is out of range".into())
            }
        },
    )
    .unwrap_or_default();
    let triage_draft = one(
        obj.take("triage_draft"),
        "triage draft",
        &mut quarantine,
        |_: &Draft| Ok(()),
    )
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

/// One optional record; a bad one is set aside and reads as absent.
fn one<T: FromJson>(
    v: Option<Json>,
    kind: &str,
    quarantine: &mut Vec<Json>,
    check: impl Fn(&T) -> Result<(), String>,
) -> Option<T> {
    checked(v.filter(|v| *v != Json::Null)?, kind, quarantine, &check)
}

/// Reads and checks one record; a bad one goes to `quarantine` with why.
fn checked<T: FromJson>(
    v: Json,
    kind: &str,
    quarantine: &mut Vec<Json>,
    check: &impl Fn(&T) -> Result<(), String>,
) -> Option<T> {
    match T::from_json(&v).and_then(|t| check(&t).map(|()| t)) {
        Ok(t) => Some(t),
        Err(why) => {
            quarantine.push(set_aside(kind, v, why));
            None
        }
    }
}

fn items<T: FromJson>(
    v: Option<Json>,
    kind: &str,
    quarantine: &mut Vec<Json>,
    check: impl Fn(&T) -> Result<(), String>,
) -> Vec<T> {
    let list = match v {
        None | Some(Json::Null) => return Vec::new(),
        Some(Json::Arr(a)) => a,
        Some(other) => {
            quarantine.push(set_aside(kind, other, "not a list".into()));
            return Vec::new();
        }
    };
    list.into_iter()
        .filter_map(|item| checked(item, kind, quarantine, &check))
        .collect()
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
        let text = save(&d).replacen("\"sessions\":[", "\"sessions\":[{\"id\":\"bad\",\"routine_id\":\"r\",\"routine_name\":\"R\",\"day\":\"2026-02-30\",\"started_at_ms\":1,\"held_s\":60,\"spots_done\":1,\"sides\":1,\"completed\":true},", 1);
        let Loaded::Ok {
            data, quarantined, ..
        } = load(Some(&text))
        else {
            panic!()
        };
        assert_eq!(data.sessions.len(), 1);
        assert_eq!(quarantined, 1);
        let q = &data.quarantine[0];
        assert_eq!(
            q.get("value").and_then(|v| v.get("id")),
            Some(&Json::Str("bad".into()))
        );
        assert_eq!(
            q.get("why").and_then(Json::as_str),
            Some("`day`: \"2026-02-30\" is not a calendar date")
        );
        // ...and it survives the next save.
        assert!(save(&data).contains("2026-02-30"));
    }

    /// A full envelope as the earlier, serde-based build wrote it: it must
    /// load with nothing set aside, and saving it again must give the same
    /// JSON (member order included).
    #[test]
    fn data_from_the_serde_build_loads_and_saves_unchanged() {
        let old = include_str!("../../tests/fixtures/v2-written-by-serde-build.json");
        let Loaded::Ok {
            data,
            migrated_from,
            quarantined,
        } = load(Some(old))
        else {
            panic!("not loaded")
        };
        assert_eq!((migrated_from, quarantined), (None, 0));
        assert_eq!(
            (
                data.routines.len(),
                data.sessions.len(),
                data.entries.len(),
                data.triage_results.len(),
                data.quarantine.len()
            ),
            (1, 1, 1, 1, 1)
        );
        assert!(data.active.is_some() && data.triage_draft.is_some());
        assert_eq!(data.routines[0].routine.name, "My \"hip\" routine ✓");
        assert_eq!(
            Json::parse(&save(&data)).unwrap(),
            Json::parse(old).unwrap()
        );
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
