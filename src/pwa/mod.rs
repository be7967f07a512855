//! Installability and updates: the service worker, the install prompt and
//! the iPhone "Add to Home Screen" hint.
pub mod install;
pub mod update;
pub mod words;
