//! Reading and writing the stored envelope `{app, version, data}`. Loading
//! never fails silently: it yields data, or a problem the user is shown
//! together with the raw text so nothing is reset before they can save it.

use super::migrate;
use super::schema::{ActiveSession, Data, Settings, APP, CURRENT_VERSION};
use crate::triage::saved::Draft;
use crate::words::catalogue::{Arg, Message};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

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
    Problem { message: Message, raw: String },
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    app: &'a str,
    version: u32,
    data: &'a Data,
}

/// Written straight to text in field order (not through a `Value`, whose
/// members would come out sorted), so a load and a save change nothing.
pub fn save(data: &Data) -> String {
    serde_json::to_string(&EnvelopeOut {
        app: APP,
        version: CURRENT_VERSION,
        data,
    })
    // Only a map with non-text keys could fail, and Data has none.
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

/// The language chosen in stored data, even data this version cannot
/// otherwise read: the recovery screen speaks it.
pub fn stored_language(raw: &str) -> Option<crate::words::language::Language> {
    let v: Value = serde_json::from_str(raw).ok()?;
    crate::words::language::Language::from_tag(v.pointer("/data/settings/language")?.as_str()?)
}

/// A quarantine record: what it was, the value as found, and why it was set aside.
fn set_aside(kind: &str, value: Value, why: String) -> Value {
    json!({ "kind": kind, "value": value, "why": why })
}

/// Parses an envelope (stored data or a backup file), migrating and
/// validating it. Invalid items go to `quarantine` instead of vanishing.
pub fn parse(raw: &str) -> Result<(Data, Option<u32>, usize), Message> {
    let value: Value = serde_json::from_str(raw)
        .map_err(|e| Message::new("stored-not-json").with("detail", Arg::Text(e.to_string())))?;
    let version = match value
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
    {
        Some(v) => v,
        None => return Err(Message::new("stored-no-version")),
    };
    if version == 1 {
        // v1 had no `app` tag; recognise it by its fields.
        if value.get("sessions").is_none() && value.get("theme").is_none() {
            return Err(Message::new("stored-not-ours"));
        }
    } else if value.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(Message::new("stored-not-ours"));
    }
    if version == 0 {
        return Err(Message::new("stored-version-zero"));
    }
    if version > CURRENT_VERSION {
        return Err(Message::new("stored-newer")
            .with("version", Arg::count(version))
            .with("current", Arg::count(CURRENT_VERSION)));
    }
    let mut value = migrate::to_current(value, version)
        .map_err(|e| Message::new("stored-cannot-upgrade").with("detail", Arg::Text(e)))?;
    let data = value
        .as_object_mut()
        .and_then(|o| o.remove("data"))
        .ok_or_else(|| Message::new("stored-no-content"))?;
    let Value::Object(mut obj) = data else {
        return Err(Message::new("stored-wrong-shape"));
    };

    let mut quarantine: Vec<Value> = match obj.remove("quarantine") {
        Some(Value::Array(a)) => a,
        None | Some(Value::Null) => Vec::new(),
        Some(other) => vec![other],
    };
    let before = quarantine.len();
    let routines = items(
        obj.remove("routines"),
        "routine",
        &mut quarantine,
        // Kept with the item set aside: for whoever checks the data.
        |r: &super::schema::SavedRoutine| r.routine.validate().map_err(|m| m.detail()),
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
    let active = one(
        obj.remove("active"),
        "active session",
        &mut quarantine,
        |a: &ActiveSession| {
            a.routine.validate().map_err(|m| m.detail())?;
            if a.engine.is_consistent_with(&a.routine) {
                Ok(())
            } else {
                Err("the session does not match its routine".into())
            }
        },
    );
    let settings = one(
        obj.remove("settings"),
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
        obj.remove("triage_draft"),
        "triage draft",
        &mut quarantine,
        |_: &Draft| Ok(()),
    )
    .map(|mut d| {
        d.answers = d.answers.sanitized();
        d
    });
    let plan = one(
        obj.remove("plan"),
        "plan",
        &mut quarantine,
        super::started_plan::StartedPlan::validate,
    );
    let check_quiet = one(
        obj.remove("check_quiet"),
        "release check answer",
        &mut quarantine,
        crate::habit::release_check::Quiet::validate,
    );
    let mut data = Data {
        settings,
        routines,
        sessions,
        entries,
        triage_results,
        triage_draft,
        active,
        plan,
        check_quiet,
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
fn one<T: DeserializeOwned>(
    v: Option<Value>,
    kind: &str,
    quarantine: &mut Vec<Value>,
    check: impl Fn(&T) -> Result<(), String>,
) -> Option<T> {
    checked(v.filter(|v| !v.is_null())?, kind, quarantine, &check)
}

/// Reads and checks one record; a bad one goes to `quarantine` with why.
fn checked<T: DeserializeOwned>(
    v: Value,
    kind: &str,
    quarantine: &mut Vec<Value>,
    check: &impl Fn(&T) -> Result<(), String>,
) -> Option<T> {
    // Read from a reference, so the value is still there to set aside.
    let read = T::deserialize(&v).map_err(|e| e.to_string());
    match read.and_then(|t| check(&t).map(|()| t)) {
        Ok(t) => Some(t),
        Err(why) => {
            quarantine.push(set_aside(kind, v, why));
            None
        }
    }
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
    fn a_check_answer_round_trips_and_a_bad_one_is_set_aside() {
        let d = Data {
            check_quiet: Some(crate::habit::release_check::Quiet::new(
                CivilDay(20_000),
                true,
                5.0,
            )),
            ..Data::default()
        };
        let s = save(&d);
        assert!(
            s.contains("\"check_quiet\":{\"until\":\"2024-11-01\",\"seen\":true"),
            "{s}"
        );
        assert!(matches!(load(Some(&s)), Loaded::Ok { data, .. } if data == d));
        let bad = s.replace("\"seen\":true", "\"seen\":\"yes\"");
        let Loaded::Ok {
            data, quarantined, ..
        } = load(Some(&bad))
        else {
            panic!()
        };
        assert_eq!((data.check_quiet, quarantined), (None, 1));
        assert!(!save(&Data::default()).contains("check_quiet"));
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
        let message = message.to_string();
        assert!(message.contains("not valid JSON"));
        assert!(message.contains("line 1 column"), "says where: {message}");
        assert_eq!(raw, "{\"app\":\"quads\",\"vers");
    }

    #[test]
    fn the_language_is_found_in_data_that_cannot_be_read() {
        use crate::words::language::Language;
        let newer = r#"{"app":"quads","version":9,"data":{"settings":{"language":"fr"}}}"#;
        assert!(matches!(load(Some(newer)), Loaded::Problem { .. }));
        assert_eq!(stored_language(newer), Some(Language::French));
        assert_eq!(stored_language("{not json"), None);
        assert_eq!(
            stored_language(r#"{"data":{"settings":{"language":"xx"}}}"#),
            None
        );
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
        assert!(message.to_string().contains("newer version"), "{message}");
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
        assert_eq!(q["value"]["id"], "bad");
        assert_eq!(q["why"], "not a calendar date: \"2026-02-30\"");
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
        assert_eq!(save(&data), old.trim_end());
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

    /// The same data as the hand-written codec of November 2026 wrote it
    /// (whole numbers without ".0"): it loads as the same data, and saving
    /// it gives the same values, spelled as serde_json spells floats.
    #[test]
    fn data_from_the_hand_written_codec_loads_and_saves_the_same_values() {
        let hw = include_str!("../../tests/fixtures/v2-written-by-handwritten-build.json");
        let (
            Loaded::Ok {
                data,
                migrated_from: None,
                quarantined: 0,
            },
            Loaded::Ok {
                data: serde_data, ..
            },
        ) = (load(Some(hw)), load(Some(FIXTURE)))
        else {
            panic!("not loaded cleanly")
        };
        assert_eq!(data, serde_data);
        // Numbers compared as numbers: 1790000000123 and 1790000000123.0 are one value.
        fn numeric(v: Value) -> Value {
            match v {
                Value::Number(n) => json!(n.as_f64()),
                Value::Array(a) => Value::Array(a.into_iter().map(numeric).collect()),
                Value::Object(o) => {
                    Value::Object(o.into_iter().map(|(k, v)| (k, numeric(v))).collect())
                }
                other => other,
            }
        }
        let again: Value = serde_json::from_str(&save(&data)).unwrap();
        assert_eq!(numeric(again), numeric(serde_json::from_str(hw).unwrap()));
    }

    const FIXTURE: &str = include_str!("../../tests/fixtures/v2-written-by-serde-build.json");

    proptest::proptest! {
        #[test]
        fn any_text_is_read_or_refused_without_a_panic(s in "\\PC{0,300}") {
            let _ = load(Some(&s));
        }

        /// Every cut and every changed byte of real stored data is either
        /// read (with bad items set aside) or refused with a message.
        #[test]
        fn damaged_stored_data_is_read_or_refused(at in 0usize..FIXTURE.len(), byte in 0u8..128, cut in proptest::bool::ANY) {
            let mut bytes = FIXTURE.as_bytes().to_vec();
            if cut { bytes.truncate(at) } else { bytes[at] = byte }
            let text = String::from_utf8_lossy(&bytes);
            match load(Some(&text)) {
                Loaded::Problem { message, raw } => {
                    let said = message.to_string();
                    proptest::prop_assert!(!said.is_empty() && said != message.key, "{}", said);
                    proptest::prop_assert_eq!(raw, text.to_string());
                }
                Loaded::Ok { data, .. } => {
                    // Whatever was read saves and reads back the same.
                    let again = save(&data);
                    let same = matches!(load(Some(&again)), Loaded::Ok { data: d2, quarantined: 0, .. } if d2 == data);
                    proptest::prop_assert!(same, "a second load changed the data");
                }
                Loaded::Fresh(_) => proptest::prop_assert!(false, "text is never fresh"),
            }
        }
    }
}
