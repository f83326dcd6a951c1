//! A polite live region for short confirmations ("Text size 150%"), so
//! screen reader users hear what a control did without losing their place.

use leptos::prelude::*;

/// Says things through the page's live region.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
    /// The last announcement and when it was made, in ms since the epoch
    /// (`Date.now()`); it may not be in the region yet.
    last: StoredValue<(String, f64)>,
}

/// Messages this close together (ms) are said together: a screen reader
/// may read only the last change of a region that changes twice at once.
pub const TOGETHER_MS: f64 = 1000.0;

impl Announcer {
    /// Announces `text` politely, after whatever is being read now. A
    /// message that follows another within [`TOGETHER_MS`] is added to it
    /// (the region is atomic, so both are read); the same message again is
    /// still announced.
    pub fn say(self, text: impl Into<String>) {
        let now = js_sys::Date::now();
        let text = text.into();
        let (earlier, at) = self.last.get_value();
        let recent = now - at < TOGETHER_MS;
        let text = if recent && !earlier.is_empty() && !earlier.ends_with(&text) {
            format!("{earlier} {text}")
        } else {
            text
        };
        self.last.set_value((text.clone(), now));
        // Clearing first makes a repeated message count as a change.
        self.message.set(String::new());
        let message = self.message;
        request_animation_frame(move || message.set(text));
    }
}

/// Shares an [`Announcer`]; render [`LiveRegion`] once in the page.
pub fn provide_announcer() -> Announcer {
    let announcer = Announcer {
        message: RwSignal::new(String::new()),
        last: StoredValue::new((String::new(), 0.0)),
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
