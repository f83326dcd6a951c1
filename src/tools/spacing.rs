//! Wider text spacing: at least the WCAG 1.4.12 values (line height 1.5,
//! paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em),
//! switched on by `data-spacing="wide"` on `<html>`.

/// The `data-spacing` value when wider spacing is on.
pub const WIDE: &str = "wide";
