//! Share a routine as a link that carries the routine itself.
pub mod base64url;
pub mod link_codec;
#[cfg(target_arch = "wasm32")]
pub mod view;
