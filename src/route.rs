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

/// The part of the app a screen's code is in. A first visit downloads the
/// entry module (Home, a shared routine or plan, the triage's first
/// questions); every other screen is in one of three large chunks, fetched
/// the first time it is needed (docs/decisions.md, "Screens that load when
/// needed"). Three, not one per screen: code two chunks share goes into a
/// small shared file of its own, and three chunks make at most four of
/// those. The page's inline route map (index.html) says the same, so a cold
/// deep link fetches its chunk beside the entry module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    /// The player, the builder, the routine list, the warning-sign check
    /// before a session, making a plan with its QR code, opening a pasted
    /// link.
    Session,
    /// The habit screen, the progress report made from it, Settings, About,
    /// and the stored-data recovery screen.
    Habit,
    /// The triage's later questions, its result and composer, its history,
    /// and Learn.
    Triage,
}

impl Chunk {
    pub const ALL: [Chunk; 3] = [Chunk::Session, Chunk::Habit, Chunk::Triage];

    /// The chunk's name in the build (the split points' first argument).
    pub fn name(self) -> &'static str {
        match self {
            Chunk::Session => "session",
            Chunk::Habit => "habit",
            Chunk::Triage => "triage",
        }
    }
}

impl Route {
    /// Where this screen's code is: `None` for the entry screens.
    pub fn chunk(&self) -> Option<Chunk> {
        match self {
            Route::Home | Route::Triage | Route::Shared(_) | Route::NotFound(_) => None,
            Route::Routines
            | Route::Routine(_)
            | Route::Edit(_)
            | Route::Session
            | Route::RedFlagCheck(_)
            | Route::SendPlan(_)
            | Route::OpenLink => Some(Chunk::Session),
            Route::Habit | Route::SendProgress | Route::Settings | Route::About => {
                Some(Chunk::Habit)
            }
            Route::TriageResult(_) | Route::TriageHistory | Route::Learn(_) => Some(Chunk::Triage),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A route of each kind, with the arguments a link may carry.
    fn every_kind() -> Vec<Route> {
        vec![
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
        ]
    }

    /// The page's inline map from a route's head to its chunk (index.html),
    /// as the page reads it.
    fn page_heads() -> Vec<(String, String)> {
        let html = include_str!("../index.html");
        let start = html
            .find("var heads = {")
            .expect("index.html has the route map")
            + 13;
        let body = &html[start..start + html[start..].find('}').unwrap()];
        body.split(',')
            .map(|pair| {
                let (k, v) = pair.split_once(':').expect("head: chunk");
                let unquote = |s: &str| s.trim().trim_matches('\'').to_string();
                (unquote(k), unquote(v))
            })
            .collect()
    }

    #[test]
    fn the_page_preloads_the_chunk_the_app_will_load() {
        let heads = page_heads();
        let lookup = |k: &str| heads.iter().find(|(h, _)| h == k).map(|(_, c)| c.as_str());
        for r in every_kind() {
            let hash = href(&r);
            // As the script in index.html: the whole path, else its head.
            let p = hash.trim_start_matches("#/");
            let page = lookup(p).or_else(|| lookup(p.split('/').next().unwrap()));
            assert_eq!(page, r.chunk().map(Chunk::name), "{hash}");
        }
        for (_, c) in &heads {
            assert!(Chunk::ALL.iter().any(|k| k.name() == c), "{c} is a chunk");
        }
    }

    #[test]
    fn round_trips() {
        for r in every_kind() {
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

    #[test]
    fn the_entry_screens_are_the_ones_a_first_visit_lands_on() {
        assert_eq!(route("#/").chunk(), None);
        assert_eq!(route("#/triage").chunk(), None);
        assert_eq!(route("#/r/1AbC").chunk(), None);
        assert_eq!(route("#/habit").chunk(), Some(Chunk::Habit));
        assert_eq!(route("#/learn/trigger-points").chunk(), Some(Chunk::Triage));
        assert_eq!(route("#/session").chunk(), Some(Chunk::Session));
        let names: Vec<_> = Chunk::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names, ["session", "habit", "triage"]);
    }
}
