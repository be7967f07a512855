//! Merging two copies of the data (an imported backup into what is here):
//! a union by id that never drops an entry; for the same id, the later edit
//! wins, and a deletion is an edit like any other.

use super::schema::Data;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergePreview {
    pub new_sessions: usize,
    pub new_entries: usize,
    pub new_routines: usize,
    pub new_triage_results: usize,
    pub updated: usize,
}

impl MergePreview {
    pub fn is_empty(&self) -> bool {
        *self == MergePreview::default()
    }
}

/// `base` with everything from `incoming` added. Settings stay as in `base`.
pub fn merge(base: &Data, incoming: &Data) -> (Data, MergePreview) {
    let mut out = base.clone();
    let mut p = MergePreview::default();
    for s in &incoming.sessions {
        if !out.sessions.iter().any(|x| x.id == s.id) {
            out.sessions.push(s.clone());
            p.new_sessions += 1;
        }
    }
    for e in &incoming.entries {
        match out.entries.iter_mut().find(|x| x.id == e.id) {
            None => {
                out.entries.push(e.clone());
                p.new_entries += 1;
            }
            Some(x) if e.at_ms > x.at_ms => {
                *x = e.clone();
                p.updated += 1;
            }
            Some(_) => {}
        }
    }
    for r in &incoming.routines {
        match out
            .routines
            .iter_mut()
            .find(|x| x.routine.id == r.routine.id)
        {
            None => {
                out.routines.push(r.clone());
                p.new_routines += 1;
            }
            Some(x) if r.updated_at_ms > x.updated_at_ms => {
                *x = r.clone();
                p.updated += 1;
            }
            Some(_) => {}
        }
    }
    for t in &incoming.triage_results {
        if !out.triage_results.iter().any(|x| x.id == t.id) {
            out.triage_results.push(t.clone());
            p.new_triage_results += 1;
        }
    }
    // A backup brings its plan back only to a phone without one: the plan
    // running here is the one the person is following.
    if out.plan.is_none() && incoming.plan.is_some() {
        out.plan = incoming.plan.clone();
        p.updated += 1;
    }
    // The later answer to the release check's referral stands.
    if let Some(q) = &incoming.check_quiet {
        if out.check_quiet.as_ref().is_none_or(|x| q.at_ms > x.at_ms) {
            out.check_quiet = Some(q.clone());
            p.updated += 1;
        }
    }
    for q in &incoming.quarantine {
        if !out.quarantine.contains(q) {
            out.quarantine.push(q.clone());
        }
    }
    crate::sort::sort_by(&mut out.sessions, |a, b| a.started_at_ms < b.started_at_ms);
    (out, p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::habit::civil_day::CivilDay;
    use crate::habit::entry::{Entry, EntryKind};
    use proptest::prelude::*;

    fn entry(id: u8, at: f64, deleted: bool) -> Entry {
        Entry {
            id: format!("e{id}"),
            day: CivilDay(i32::from(id)),
            kind: EntryKind::Done,
            tightness: None,
            tenderness: None,
            note: String::new(),
            at_ms: at,
            deleted,
        }
    }

    #[test]
    fn deletion_wins_when_newer() {
        let mut a = Data::default();
        a.entries.push(entry(1, 10.0, true));
        let mut b = Data::default();
        b.entries.push(entry(1, 5.0, false));
        let (m, p) = merge(&a, &b);
        assert!(m.entries[0].deleted);
        assert!(p.is_empty());
    }

    #[test]
    fn the_later_check_answer_wins() {
        use crate::habit::release_check::Quiet;
        let a = Data {
            check_quiet: Some(Quiet::new(CivilDay(100), false, 10.0)),
            ..Data::default()
        };
        let b = Data {
            check_quiet: Some(Quiet::new(CivilDay(90), true, 5.0)),
            ..Data::default()
        };
        assert_eq!(merge(&a, &b).0.check_quiet, a.check_quiet);
        assert_eq!(merge(&b, &a).0.check_quiet, a.check_quiet);
        assert_eq!(merge(&Data::default(), &b).0.check_quiet, b.check_quiet);
    }

    proptest! {
        #[test]
        fn merge_never_drops_an_id(xs in prop::collection::vec((0u8..40, 0u32..100, any::<bool>()), 0..40), ys in prop::collection::vec((0u8..40, 0u32..100, any::<bool>()), 0..40)) {
            let mut a = Data::default();
            for (i, t, d) in &xs { if !a.entries.iter().any(|e| e.id == format!("e{i}")) { a.entries.push(entry(*i, f64::from(*t), *d)); } }
            let mut b = Data::default();
            for (i, t, d) in &ys { if !b.entries.iter().any(|e| e.id == format!("e{i}")) { b.entries.push(entry(*i, f64::from(*t), *d)); } }
            let (m, _) = merge(&a, &b);
            for e in a.entries.iter().chain(&b.entries) {
                prop_assert!(m.entries.iter().any(|x| x.id == e.id));
            }
            // Merging again changes nothing.
            let (m2, p2) = merge(&m, &b);
            prop_assert_eq!(m2, m);
            prop_assert!(p2.is_empty());
        }
    }
}
