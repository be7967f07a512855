//! A routine's name and purpose as a person reads them: a built-in routine
//! is named by each phone's catalogue, in its language (links carry only
//! its id); a routine someone made or composed keeps the words it has.

use crate::runtime::words::Words;
use crate::session::builtin;
use crate::session::routine::Routine;

pub fn name(w: Words, r: &Routine) -> String {
    if builtin::is_builtin(&r.id) {
        w.t(&format!("routine-{}-name", r.id))
    } else {
        r.name.clone()
    }
}

pub fn purpose(w: Words, r: &Routine) -> String {
    if builtin::is_builtin(&r.id) {
        w.t(&format!("routine-{}-purpose", r.id))
    } else {
        r.purpose.clone()
    }
}
