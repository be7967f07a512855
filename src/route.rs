//! Screens are addressed by the URL fragment (`#/habit`), so every screen
//! survives a reload on any static host, at any path, with no rewrite rules.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Routines,
    Routine(String),
    Edit(Option<String>),
    Session,
    Triage,
    TriageResult(String),
    TriageHistory,
    RedFlagCheck(String),
    Learn(Option<String>),
    Habit,
    Settings,
    About,
    /// A shared routine, plan or progress report, carried in the link itself.
    Shared(String),
    /// Making a plan from a routine, to send.
    SendPlan(String),
    /// "Send my progress" on the running plan.
    SendProgress,
    OpenLink,
    NotFound(String),
}

/// Parses a `location.hash` (with or without the leading `#`).
pub fn route(hash: &str) -> Route {
    let path = hash.trim_start_matches('#').trim_start_matches('/');
    let (head, rest) = match path.split_once('/') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let arg = rest.filter(|r| !r.is_empty()).map(str::to_string);
    match (head, arg) {
        ("", None) => Route::Home,
        ("routines", None) => Route::Routines,
        ("routine", Some(id)) => Route::Routine(id),
        ("edit", Some(id)) if id == "new" => Route::Edit(None),
        ("edit", id) => Route::Edit(id),
        ("session", None) => Route::Session,
        ("triage", None) => Route::Triage,
        ("triage", Some(r)) if r == "history" => Route::TriageHistory,
        ("result", Some(id)) => Route::TriageResult(id),
        ("check", Some(id)) => Route::RedFlagCheck(id),
        ("learn", topic) => Route::Learn(topic),
        ("habit", None) => Route::Habit,
        ("settings", None) => Route::Settings,
        ("about", None) => Route::About,
        ("r", Some(code)) => Route::Shared(code),
        ("plan", Some(id)) => Route::SendPlan(id),
        ("progress", None) => Route::SendProgress,
        ("open", None) => Route::OpenLink,
        _ => Route::NotFound(path.to_string()),
    }
}

pub fn href(r: &Route) -> String {
    match r {
        Route::Home => "#/".into(),
        Route::Routines => "#/routines".into(),
        Route::Routine(id) => format!("#/routine/{id}"),
        Route::Edit(None) => "#/edit/new".into(),
        Route::Edit(Some(id)) => format!("#/edit/{id}"),
        Route::Session => "#/session".into(),
        Route::Triage => "#/triage".into(),
        Route::TriageResult(id) => format!("#/result/{id}"),
        Route::TriageHistory => "#/triage/history".into(),
        Route::RedFlagCheck(id) => format!("#/check/{id}"),
        Route::Learn(None) => "#/learn".into(),
        Route::Learn(Some(t)) => format!("#/learn/{t}"),
        Route::Habit => "#/habit".into(),
        Route::Settings => "#/settings".into(),
        Route::About => "#/about".into(),
        Route::Shared(code) => format!("#/r/{code}"),
        Route::SendPlan(id) => format!("#/plan/{id}"),
        Route::SendProgress => "#/progress".into(),
        Route::OpenLink => "#/open".into(),
        Route::NotFound(p) => format!("#/{p}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for r in [
            Route::Home,
            Route::Routines,
            Route::Routine("builtin-floss".into()),
            Route::Edit(None),
            Route::Edit(Some("u1".into())),
            Route::Session,
            Route::Triage,
            Route::TriageResult("t1".into()),
            Route::TriageHistory,
            Route::RedFlagCheck("builtin-front".into()),
            Route::Learn(None),
            Route::Learn(Some("trigger-points".into())),
            Route::Habit,
            Route::Settings,
            Route::About,
            Route::Shared("1AbC-_".into()),
            Route::SendPlan("builtin-floss".into()),
            Route::SendProgress,
            Route::OpenLink,
        ] {
            assert_eq!(route(&href(&r)), r);
        }
    }

    #[test]
    fn oddities() {
        assert_eq!(route(""), Route::Home);
        assert_eq!(route("#"), Route::Home);
        assert_eq!(route("#/nope"), Route::NotFound("nope".into()));
        assert_eq!(route("#/routine/"), Route::NotFound("routine/".into()));
    }
}
