//! A routine that came from someone else (a shared link, a plan) meeting the
//! person's own: is it one they have, a different one under a name they
//! use, or new? Decided once, here; each screen offers what fits it.

use super::schema::Data;
use crate::session::routine::Routine;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// The same routine (`Routine::same_as`) is here already, with this id:
    /// saving it again would make a duplicate.
    Have(String),
    /// A different routine of the person's goes by this name (its id).
    NameTaken(String),
    /// Nothing like it here.
    New,
}

/// Where an arriving routine goes when it is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    /// As a routine of its own; renamed with a suffix if its name is taken.
    Both,
    /// Over the person's routine with this id.
    Replace(String),
}

impl Data {
    /// What `r` meets among the person's live routines (built-in routines
    /// travel by id and never arrive as copies).
    pub fn arrival(&self, r: &Routine) -> Arrival {
        // Everyone has the built-in routines.
        if crate::session::builtin::is_builtin(&r.id) {
            return Arrival::Have(r.id.clone());
        }
        if let Some(x) = self.live_routines().find(|x| x.same_as(r)) {
            return Arrival::Have(x.id.clone());
        }
        match self.live_routines().find(|x| x.name == r.name) {
            Some(x) => Arrival::NameTaken(x.id.clone()),
            None => Arrival::New,
        }
    }

    /// Saves an arriving routine and returns its id here: the routine it
    /// already is, when it is one the person has; else under `fresh_id`
    /// (named with `suffix` when another routine has its name), or over the
    /// routine `keep` names.
    pub fn save_arrival(
        &mut self,
        mut r: Routine,
        keep: Keep,
        fresh_id: String,
        suffix: &str,
        now_ms: f64,
    ) -> String {
        match (self.arrival(&r), keep) {
            (Arrival::Have(id), _) => id,
            (_, Keep::Replace(id)) => {
                r.id = id.clone();
                self.save_routine(r, now_ms);
                id
            }
            (taken, Keep::Both) => {
                if matches!(taken, Arrival::NameTaken(_)) {
                    r.name = r.name_with_suffix(suffix);
                }
                r.id = fresh_id.clone();
                self.save_routine(r, now_ms);
                fresh_id
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::builtin;

    fn mine(name: &str) -> Routine {
        let mut r = builtin::all().remove(0);
        r.id = format!("r-{name}");
        r.name = name.into();
        r
    }

    #[test]
    fn the_same_routine_is_had_not_copied() {
        let mut d = Data::default();
        d.save_routine(mine("Evening"), 1.0);
        let mut sent = mine("Evening");
        sent.id = "from-link".into();
        assert_eq!(d.arrival(&sent), Arrival::Have("r-Evening".into()));
        let id = d.save_arrival(sent, Keep::Both, "new".into(), " (shared)", 2.0);
        assert_eq!(id, "r-Evening");
        assert_eq!(d.live_routines().count(), 1, "no duplicate");
    }

    #[test]
    fn a_different_routine_of_the_same_name_keeps_both_or_replaces() {
        let mut d = Data::default();
        d.save_routine(mine("Evening"), 1.0);
        let mut sent = mine("Evening");
        sent.purpose = "Other words".into();
        assert_eq!(d.arrival(&sent), Arrival::NameTaken("r-Evening".into()));

        let mut both = d.clone();
        let id = both.save_arrival(sent.clone(), Keep::Both, "new".into(), " (shared)", 2.0);
        assert_eq!(id, "new");
        let names: Vec<_> = both.live_routines().map(|r| r.name.clone()).collect();
        assert_eq!(names, ["Evening", "Evening (shared)"]);

        let id = d.save_arrival(
            sent,
            Keep::Replace("r-Evening".into()),
            "new".into(),
            " (shared)",
            2.0,
        );
        assert_eq!(id, "r-Evening");
        assert_eq!(d.live_routines().count(), 1);
        assert_eq!(d.live_routines().next().unwrap().purpose, "Other words");
    }

    #[test]
    fn a_new_routine_keeps_its_name_and_a_deleted_one_does_not_count() {
        let mut d = Data::default();
        d.save_routine(mine("Evening"), 1.0);
        d.delete_routine("r-Evening", 2.0);
        let sent = mine("Evening");
        assert_eq!(d.arrival(&sent), Arrival::New);
        let id = d.save_arrival(sent, Keep::Both, "new".into(), " (shared)", 3.0);
        assert_eq!(id, "new");
        assert_eq!(d.find_routine("new").unwrap().name, "Evening");
    }
}
