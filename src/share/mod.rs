//! Links that carry what they share: a routine, a plan, a progress report.
pub mod base64url;
pub mod bytes;
pub mod check_summary;
pub mod link_codec;
pub mod plan;
pub mod report;
