//! Browser APIs, one small module each, so the rest of the shell never
//! touches `web-sys` directly and a missing API degrades in one place.
//! Optional APIs are looked up and called through `feature`, so a browser
//! without one (Safari has no vibration) only loses that feature.
pub mod audio;
pub mod audio_session;
pub mod bench;
pub mod clock;
pub mod debug;
pub mod download;
pub mod feature;
pub mod file;
pub mod intl;
pub mod local_store;
pub mod media;
pub mod media_session;
pub mod page;
pub mod share;
pub mod speech;
pub mod vibration;
pub mod wake_lock;
pub mod words_file;
