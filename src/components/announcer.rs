//! A polite live region for short confirmations ("Text size 150%"), so
//! screen reader users hear what a control did without losing their place.

use leptos::prelude::*;

/// Says things through the page's live region.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
}

impl Announcer {
    /// Announces `text` politely, after whatever is being read now.
    pub fn say(self, text: impl Into<String>) {
        // Clearing first makes a repeated message count as a change.
        self.message.set(String::new());
        let message = self.message;
        let text = text.into();
        request_animation_frame(move || message.set(text));
    }
}

/// Shares an [`Announcer`]; render [`LiveRegion`] once in the page.
pub fn provide_announcer() -> Announcer {
    let announcer = Announcer {
        message: RwSignal::new(String::new()),
    };
    provide_context(announcer);
    announcer
}

/// The shared announcer.
pub fn use_announcer() -> Announcer {
    expect_context::<Announcer>()
}

/// The live region itself: present from the start (so screen readers watch
/// it), visually hidden.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let announcer = use_announcer();
    // The message stays shown (so spoken) under a page translator.
    let node = NodeRef::new();
    crate::components::live_text::keep_text_shown(node, move || announcer.message.get());
    view! {
        <div class="app-visually-hidden" role="status" aria-live="polite" aria-atomic="true" node_ref=node>
            {move || announcer.message.get()}
        </div>
    }
}
