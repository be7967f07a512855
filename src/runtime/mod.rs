//! Above the browser APIs, below the screens: the one store of the app's
//! data (with its persistence), which day it is, and the running session's
//! one owner.
pub mod day;
pub mod session;
pub mod store;
pub mod words;
