//! Reduced motion: no animation or smooth scrolling when the reader or their
//! device asks for it.

/// Whether to reduce motion: the reader's choice, or else the device's
/// `prefers-reduced-motion`.
pub fn effective_reduce_motion(chosen: Option<bool>, device_reduces: bool) -> bool {
    chosen.unwrap_or(device_reduces)
}
