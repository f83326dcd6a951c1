//! Reading ruler and screen mask: a horizontal band that follows the
//! pointer or the focused element, and an optional mask that dims the rest
//! of the screen. Both are `aria-hidden` decorations that never take clicks.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::use_reading_settings;

/// Where the ruler is and whether it shows.
pub struct UseRulerReturn {
    /// The band's centre, in CSS pixels from the top of the viewport.
    pub y: Signal<f64>,
    /// Whether the ruler band shows (it also shows under the mask).
    pub visible: Signal<bool>,
    /// Whether the mask shows.
    pub masked: Signal<bool>,
    /// The part of the viewport the ruler and mask cover: all of it on the
    /// site itself, only the app's own area when it is embedded in a page.
    pub area: Signal<Area>,
}

/// A box in viewport pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    /// Top edge.
    pub top: f64,
    /// Left edge.
    pub left: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Area {
    /// As CSS `top`, `left`, `width` and `height` values.
    pub fn css(&self) -> [String; 4] {
        [self.top, self.left, self.width, self.height].map(|value| format!("{value}px"))
    }
}

/// The viewport, or in an embed the visible part of the app's root.
fn covered_area() -> Area {
    let (width, height) = (window_width(), window_height());
    let host = crate::embedding::host::host();
    if !host.embedded {
        return Area {
            top: 0.0,
            left: 0.0,
            width,
            height,
        };
    }
    let rect = host.root().get_bounding_client_rect();
    let (top, left) = (rect.top().max(0.0), rect.left().max(0.0));
    Area {
        top,
        left,
        width: (rect.right().min(width) - left).max(0.0),
        height: (rect.bottom().min(height) - top).max(0.0),
    }
}

/// Where the ruler's band is centred, shared so read aloud can move it to
/// the line being spoken.
///
/// Read aloud hands it a DOM `Range` (the piece, then each word) and the
/// band stays on that text as the page scrolls it into view; the pointer
/// or keyboard focus takes the band back.
#[derive(Clone, Copy)]
pub struct RulerPosition {
    /// The band's centre, in CSS pixels from the top of the viewport.
    y: RwSignal<f64>,
    /// The text the band follows, if read aloud gave it one.
    followed: StoredValue<Option<web_sys::Range>, LocalStorage>,
}

impl RulerPosition {
    /// Keeps the band on `range`'s first line (or the top quarter of the
    /// window, for a range taller than that), now and as the page scrolls.
    pub fn follow(self, range: &web_sys::Range) {
        self.followed.set_value(Some(range.clone()));
        self.refresh();
    }

    /// Stops following text; the band stays where it is.
    pub fn release(self) {
        self.followed.set_value(None);
    }

    /// Moves the band to `y` (viewport pixels), no longer following text.
    fn place(self, y: f64) {
        self.release();
        self.y.set(y);
    }

    /// Centres the band on `element`'s first line, no longer following text.
    fn place_on(self, element: &web_sys::Element) {
        self.place(first_line_centre(&element.get_bounding_client_rect()));
    }

    /// Moves the band to the followed text where it is now.
    fn refresh(self) {
        let rect = self
            .followed
            .with_value(|range| range.as_ref().map(|range| range.get_bounding_client_rect()));
        if let Some(rect) = rect {
            self.y.set(first_line_centre(&rect));
        }
    }
}

/// The centre of a box's first line or so: its middle, for a box no taller
/// than a quarter of the window.
fn first_line_centre(rect: &web_sys::DomRect) -> f64 {
    rect.top() + rect.height().min(window_height() / 4.0) / 2.0
}

/// Shares the ruler's position.
pub fn provide_ruler_position() -> RulerPosition {
    let position = RulerPosition {
        y: RwSignal::new(window_height() / 3.0),
        followed: StoredValue::new_local(None),
    };
    provide_context(position);
    position
}

/// Follows the pointer, keyboard focus and the line being read aloud while
/// the ruler or mask is on.
pub fn use_ruler() -> UseRulerReturn {
    let settings = use_reading_settings();
    let position = expect_context::<RulerPosition>();
    let on = move || settings.ruler.get() || settings.mask.get();
    let area = RwSignal::new(Area {
        top: 0.0,
        left: 0.0,
        width: window_width(),
        height: window_height(),
    });
    let measure = move || {
        if on() {
            area.set(covered_area());
        }
    };
    Effect::new(move || {
        if on() {
            area.set(covered_area());
        }
    });
    // Listening starts once the app runs in the browser.
    Effect::new(move |_| {
        let pointer = window_event_listener(ev::pointermove, move |event| {
            if on() {
                measure();
                position.place(f64::from(event.client_y()));
            }
        });
        let moved = move || {
            measure();
            if on() {
                position.refresh();
            }
        };
        let scroll = window_event_listener(ev::scroll, move |_| moved());
        let resize = window_event_listener(ev::resize, move |_| moved());
        let focus = window_event_listener(ev::focusin, move |event| {
            if !on() {
                return;
            }
            if let Some(element) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            {
                measure();
                position.place_on(&element);
            }
        });
        on_cleanup(move || {
            pointer.remove();
            focus.remove();
            scroll.remove();
            resize.remove();
        });
    });
    UseRulerReturn {
        y: position.y.into(),
        visible: Signal::derive(on),
        masked: Signal::derive(move || settings.mask.get()),
        area: area.into(),
    }
}

fn window_height() -> f64 {
    if !cfg!(target_arch = "wasm32") {
        return 800.0;
    }
    pixels(window().inner_height(), 800.0)
}

fn window_width() -> f64 {
    if !cfg!(target_arch = "wasm32") {
        return 360.0;
    }
    pixels(window().inner_width(), 360.0)
}

/// A window dimension as a number, or `fallback` if the browser gives none.
fn pixels(value: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>, fallback: f64) -> f64 {
    value.ok().and_then(|v| v.as_f64()).unwrap_or(fallback)
}
