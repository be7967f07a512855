//! The app's data as a reactive store over `localStorage`. Every change is a
//! read-modify-write of the latest stored copy, so two open tabs never
//! overwrite each other's entries; a tab hears the other's writes through
//! the `storage` event.

use crate::platform::local_store;
use crate::storage::envelope::{self, Loaded};
use crate::storage::schema::Data;
use crate::words::catalogue::{Arg, Message};
use leptos::prelude::*;

/// Stored data that could not be read: shown on the recovery screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub message: Message,
    pub raw: String,
}

/// What a storage failure means for the person.
fn failure(f: local_store::Failure) -> Message {
    Message::new(match f {
        local_store::Failure::Unavailable => "stored-storage-unavailable",
        local_store::Failure::Unreadable => "stored-storage-unreadable",
        local_store::Failure::Full => "stored-storage-full",
    })
}

#[derive(Clone, Copy)]
pub struct Store {
    pub data: RwSignal<Data>,
    /// Set while stored data is unreadable; nothing is written meanwhile.
    pub problem: RwSignal<Option<Problem>>,
    /// The last save failure, shown to the user (never only logged).
    pub save_error: RwSignal<Option<Message>>,
    /// One-off information after load (migration, quarantined items).
    pub notice: RwSignal<Option<Message>>,
}

impl Store {
    pub fn open() -> Store {
        let store = Store {
            data: RwSignal::new(Data::default()),
            problem: RwSignal::new(None),
            save_error: RwSignal::new(None),
            notice: RwSignal::new(None),
        };
        store.reload();
        local_store::on_other_tab_change(move || store.reload());
        store
    }

    /// Reads the stored copy into the signal.
    pub fn reload(&self) {
        let raw = match local_store::read() {
            Ok(r) => r,
            Err(e) => {
                self.save_error.set(Some(failure(e)));
                return;
            }
        };
        match envelope::load(raw.as_deref()) {
            Loaded::Fresh(d) => self.data.set(d),
            Loaded::Ok {
                data,
                migrated_from,
                quarantined,
            } => {
                if let Some(v) = migrated_from {
                    // Keep the old copy next to the new one until the user exports.
                    if let Some(raw) = &raw {
                        local_store::keep_beside(&format!("v{v}-backup"), raw);
                    }
                    self.notice.set(Some(
                        Message::new("stored-upgraded").with("version", Arg::count(v)),
                    ));
                    let _ = local_store::write(&envelope::save(&data));
                }
                if quarantined > 0 {
                    self.notice.set(Some(
                        Message::new("stored-set-aside").with("n", Arg::count(quarantined as u32)),
                    ));
                }
                self.data.set(data);
            }
            Loaded::Problem { message, raw } => self.problem.set(Some(Problem { message, raw })),
        }
    }

    /// Applies `f` to the latest stored data and saves it. Refused while the
    /// stored data is unreadable, so nothing overwrites it unseen.
    pub fn update(&self, f: impl FnOnce(&mut Data)) {
        if self.problem.get_untracked().is_some() {
            return;
        }
        let mut data = match local_store::read().map(|r| envelope::load(r.as_deref())) {
            Ok(Loaded::Ok { data, .. }) | Ok(Loaded::Fresh(data)) => data,
            // Unreadable now (another tab?): work on what this tab has.
            _ => self.data.get_untracked(),
        };
        f(&mut data);
        match local_store::write(&envelope::save(&data)) {
            Ok(()) => self.save_error.set(None),
            Err(e) => self.save_error.set(Some(failure(e))),
        }
        self.data.set(data);
    }

    /// After the user saw (and could download) the unreadable data.
    pub fn start_fresh(&self) {
        local_store::remove();
        self.problem.set(None);
        self.data.set(Data::default());
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// A short unique id: time plus randomness, enough for one person's data.
pub fn new_id(prefix: &str) -> String {
    let r = (crate::platform::page::random() * 1e9) as u64;
    format!("{prefix}{}{r:x}", crate::platform::clock::wall_ms() as u64)
}
