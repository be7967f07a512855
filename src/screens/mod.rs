//! Every screen, a folder or file per capability. Screens render state and
//! forward events: the rules they show live in the core, the actions several
//! screens share in `shell`, and only the router (`app`) knows them all.
pub mod about;
pub mod habit;
pub mod home;
pub mod recovery;
pub mod session;
pub mod settings;
pub mod share;
pub mod triage;
