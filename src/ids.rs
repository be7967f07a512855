//! Every kind of id the app makes, in one place. An id is its kind's prefix
//! then the time and a random part (`new_id` in the store), so ids from two
//! phones never collide and a glance at stored data says what each thing is.

/// A session record: then the engine's start instant in ms, so one session
/// is one record however often it is saved.
pub const SESSION: &str = "s";
/// A manual habit entry: "done" or "skipped" by hand.
pub const ENTRY: &str = "e";
/// A rating (tightness, tenderness) or a note for a day.
pub const RATING: &str = "n";
/// A routine the person made, copied, opened from a link or a plan.
pub const ROUTINE: &str = "u";
/// A routine the triage composed, saved so the safety questions can hand it
/// back by id.
pub const COMPOSED_SAVED: &str = "r";
/// A saved triage result.
pub const TRIAGE_RESULT: &str = "t";
/// A shared routine kept beside one of the person's own with the same name.
pub const SHARED_COPY: &str = "shared-";
/// The triage's routine while it is only shown, never stored under this id.
pub const COMPOSED: &str = "composed";
/// Built-in routines: `builtin-floss`, `builtin-front`, ... (`session::builtin`).
pub const BUILTIN: &str = "builtin-";
