//! What only the browser knows: whether the app is running at all, and
//! whether the page is inside a frame. The pre-rendered HTML is written
//! without them, and hydration must find exactly that HTML, so each starts
//! as the build saw it and changes once the app has taken over the page.

use leptos::prelude::*;

use crate::embedding::frame_height::in_frame;

/// The attribute on the app's root while the app is running. Controls that
/// need the app stay out of sight (and out of the tab order) until then:
/// without JavaScript, or with the WebAssembly blocked, they would do
/// nothing. See `style/static-first.css`.
pub const RUNNING_ATTRIBUTE: &str = "data-app-running";

/// Browser facts, set after mount.
#[derive(Clone, Copy)]
pub struct BrowserFacts {
    /// The app has taken over the page.
    pub running: RwSignal<bool>,
    /// The page is shown in a frame of another page.
    pub framed: RwSignal<bool>,
}

/// Shares [`BrowserFacts`]; they become true once the app is mounted or
/// has hydrated the page (effects never run while pre-rendering).
pub fn provide_browser_facts() -> BrowserFacts {
    let facts = BrowserFacts {
        running: RwSignal::new(false),
        framed: RwSignal::new(false),
    };
    Effect::new(move || {
        facts.framed.set(in_frame());
        facts.running.set(true);
        let _ = crate::embedding::host::host()
            .root()
            .set_attribute(RUNNING_ATTRIBUTE, "");
    });
    provide_context(facts);
    facts
}

/// The shared facts (all false outside the app, as in component tests).
pub fn use_browser_facts() -> BrowserFacts {
    use_context::<BrowserFacts>().unwrap_or(BrowserFacts {
        running: RwSignal::new(false),
        framed: RwSignal::new(false),
    })
}
