//! Highlights what is being read with the CSS Custom Highlight API, which
//! paints ranges without changing the page's DOM (so screen readers and
//! the page's own structure are undisturbed).

use wasm_bindgen::prelude::*;
use web_sys::Range;

use super::source::{Piece, ReadBlock};

/// Highlight names used in style/components/speech.css.
pub const WORD: &str = "app-speech-word";
/// The chunk being read, shown when the voice reports no word positions.
pub const CHUNK: &str = "app-speech-chunk";

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;

    #[wasm_bindgen(constructor, js_class = "Highlight", catch)]
    fn new(range: &Range) -> Result<JsHighlight, JsValue>;

    #[wasm_bindgen(js_namespace = ["CSS", "highlights"], js_name = set, catch)]
    fn registry_set(name: &str, highlight: &JsHighlight) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = ["CSS", "highlights"], js_name = delete, catch)]
    fn registry_delete(name: &str) -> Result<JsValue, JsValue>;
}

/// Highlights `start..end` (UTF-16 offsets in the block's spoken text) under
/// `name`, and gives that text's range (`None` only if the offsets are not
/// in the block). Browsers without the highlight API show no highlight.
pub fn show(name: &str, block: &ReadBlock, start: u32, end: u32) -> Option<Range> {
    let range = range_for(&block.pieces, start, end)?;
    if let Ok(highlight) = JsHighlight::new(&range) {
        let _ = registry_set(name, &highlight);
    }
    Some(range)
}

/// Removes a highlight.
pub fn clear(name: &str) {
    let _ = registry_delete(name);
}

fn range_for(pieces: &[Piece], start: u32, end: u32) -> Option<Range> {
    let first = pieces.iter().find(|piece| piece.end > start)?;
    let last = pieces
        .iter()
        .rev()
        .find(|piece| piece.start < end.max(start + 1))?;
    let range = web_sys::window()?.document()?.create_range().ok()?;
    let offset_in = |piece: &Piece, at: u32, is_end: bool| {
        let node_end = piece.node_end.min(piece.node.length());
        if piece.replaced {
            if is_end {
                node_end
            } else {
                piece.node_start
            }
        } else {
            (piece.node_start + at.saturating_sub(piece.start)).min(node_end)
        }
    };
    range
        .set_start(&first.node, offset_in(first, start, false))
        .ok()?;
    range.set_end(&last.node, offset_in(last, end, true)).ok()?;
    Some(range)
}
