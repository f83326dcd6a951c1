//! The "Reading tools" button and panel: native controls for every tool,
//! in the page flow (not a dialog), closed with the button or Escape.

mod choice_group;
mod panel;
mod read_aloud;
mod ruler;
mod toggle;

pub use panel::ReadingToolsPanel;
pub use ruler::ReadingRuler;
pub use toggle::ReadingToolsToggle;

use leptos::html::Button;
use leptos::prelude::*;

/// Whether the panel is open, and the button that opens it (focus returns
/// there when the panel closes).
#[derive(Clone, Copy)]
pub struct ReadingToolsState {
    open: RwSignal<bool>,
    button: NodeRef<Button>,
}

impl ReadingToolsState {
    fn close_and_return_focus(self) {
        self.open.set(false);
        if let Some(button) = self.button.get_untracked() {
            let _ = button.focus();
        }
    }
}

/// Shares the panel's state between the button and the panel.
pub fn provide_reading_tools_state() {
    provide_context(ReadingToolsState {
        open: RwSignal::new(false),
        button: NodeRef::new(),
    });
}

/// The id the button's `aria-controls` points at.
pub const PANEL_ID: &str = "reading-tools";
