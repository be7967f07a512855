//! Above the browser APIs, below the screens: the one store of the app's
//! data (with its persistence), which day it is, and what a running session
//! needs beside its engine (its clock source and its cue output).
pub mod clock_source;
pub mod cue_output;
pub mod day;
pub mod store;
