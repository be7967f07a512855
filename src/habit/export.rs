//! Files the user can take away: a CSV of days and an `.ics` reminder.

use super::civil_day::CivilDay;
use super::entry::DayStatus;
use super::target::Target;
use std::collections::BTreeMap;

/// One row per day with anything logged, oldest first, under `headings`
/// (the six column names in the person's language; commas in a name
/// become spaces so the columns stay six).
pub fn days_csv(days: &BTreeMap<CivilDay, DayStatus>, headings: &str) -> String {
    let names: Vec<String> = headings
        .split(',')
        .map(|h| h.trim().replace(['\r', '\n'], " "))
        .chain(std::iter::repeat(String::new()))
        .take(6)
        .collect();
    let mut out = names.join(",") + "\r\n";
    for (d, s) in days {
        let opt = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_default();
        out.push_str(&format!(
            "{d},{},{},{},{},{}\r\n",
            u8::from(s.done),
            u8::from(s.skipped),
            opt(s.tightness),
            opt(s.tenderness),
            csv_field(&s.note)
        ));
    }
    out
}

fn csv_field(s: &str) -> String {
    // Quote always, and defuse spreadsheet formulas in user text.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// What a reminder says, in the person's language.
pub struct ReminderWords {
    pub summary: String,
    /// With the app's address in it.
    pub description: String,
    pub alarm: String,
}

/// A repeating calendar event at `hour:minute` local (floating) time, that
/// opens the app at `app_url`. Web push needs a server, this does not.
pub fn reminder_ics(
    target: Target,
    start: CivilDay,
    hour: u32,
    minute: u32,
    app_url: &str,
    stamp_utc: &str,
    words: &ReminderWords,
) -> String {
    let (y, m, d) = start.ymd();
    let rrule = match target {
        Target::Daily => "FREQ=DAILY".to_string(),
        Target::PerWeek(n) => {
            const SPREAD: [&[&str]; 7] = [
                &["MO"],
                &["MO", "TH"],
                &["MO", "WE", "FR"],
                &["MO", "TU", "TH", "SA"],
                &["MO", "TU", "WE", "FR", "SA"],
                &["MO", "TU", "WE", "TH", "FR", "SA"],
                &["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
            ];
            format!(
                "FREQ=WEEKLY;BYDAY={}",
                SPREAD[usize::from(n.clamp(1, 7)) - 1].join(",")
            )
        }
        Target::EveryNDays(n) => format!("FREQ=DAILY;INTERVAL={n}"),
    };
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//quads//hip flexor release//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:quads-reminder-{y:04}{m:02}{d:02}@quads.local"),
        format!("DTSTAMP:{stamp_utc}"),
        format!("DTSTART:{y:04}{m:02}{d:02}T{hour:02}{minute:02}00"),
        "DURATION:PT10M".into(),
        format!("RRULE:{rrule}"),
        format!("SUMMARY:{}", ics_escape(&words.summary)),
        format!("DESCRIPTION:{}", ics_escape(&words.description)),
        format!("URL:{app_url}"),
        "BEGIN:VALARM".into(),
        "ACTION:DISPLAY".into(),
        format!("DESCRIPTION:{}", ics_escape(&words.alarm)),
        "TRIGGER:PT0M".into(),
        "END:VALARM".into(),
        "END:VEVENT".into(),
        "END:VCALENDAR".into(),
    ];
    lines.join("\r\n") + "\r\n"
}

fn ics_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::entry::{day_statuses, Entry, EntryKind};

    #[test]
    fn csv_quotes_and_defuses_notes() {
        let e = Entry {
            id: "a".into(),
            day: CivilDay(0),
            kind: EntryKind::Note,
            tightness: Some(4),
            tenderness: None,
            note: "=cmd \"x\"".into(),
            at_ms: 0.0,
            deleted: false,
        };
        let csv = days_csv(
            &day_statuses([], &[e]),
            "date,done,skipped,tightness,tenderness,note",
        );
        assert!(
            csv.ends_with("1970-01-01,0,0,4,,\"'=cmd \"\"x\"\"\"\r\n"),
            "{csv}"
        );
        assert!(csv.starts_with("date,done,skipped,tightness,tenderness,note\r\n"));
        // Headings in any language keep six columns.
        let odd = days_csv(&day_statuses([], &[]), "fecha,hecho\n");
        assert_eq!(odd, "fecha,hecho,,,,\r\n");
    }

    #[test]
    fn ics_repeats_with_the_target() {
        let s = reminder_ics(
            Target::PerWeek(3),
            CivilDay::parse("2026-11-26").unwrap(),
            7,
            30,
            "https://x.example/quads/",
            "20261126T000000Z",
            &ReminderWords {
                summary: "Liberación, hoy".into(),
                description: "Abre la app: https://x.example/quads/".into(),
                alarm: "Hora de liberar".into(),
            },
        );
        assert!(s.contains("SUMMARY:Liberación\\, hoy\r\n"), "{s}");
        assert!(s.contains("DESCRIPTION:Abre la app: https://x.example/quads/\r\n"));
        assert!(s.contains("DTSTART:20261126T073000\r\n"));
        assert!(s.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"));
        assert!(s.starts_with("BEGIN:VCALENDAR\r\n") && s.ends_with("END:VCALENDAR\r\n"));
    }
}
