//! Hold sessions: routines, the timestamp-driven engine and its cue schedule.
pub mod audio_clock;
pub mod builtin;
pub mod cue;
pub mod cue_queue;
pub mod driver;
pub mod engine;
pub mod event;
pub mod routine;
pub mod spot_guide;
pub mod timeline;
pub mod track;
pub mod words;
