//! What "read the page" reads: the main content's text blocks in reading
//! order, as a sighted reader sees them: text that is not on screen
//! (`hidden`, `display: none`, `visibility: hidden`, `aria-hidden`, or
//! visually hidden for screen readers only, such as the actions' "Status:")
//! is left out, a line break or a block inside a block parts words, and
//! abbreviations are said the way a person says them. Each block keeps a
//! map from its spoken text back to the page's text nodes, for highlighting.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, Node, Text};

use super::safe_text::spoken_parts;

/// Elements whose text is read as one block.
const BLOCKS: &str = "h1, h2, h3, h4, p, li, dt, dd, caption, th, td, figcaption, legend, label";

/// A block of the page to read.
#[derive(Clone)]
pub struct ReadBlock {
    /// The element, highlighted while it is read.
    pub element: HtmlElement,
    /// What the engine is given.
    pub text: String,
    /// Where each part of `text` is on the page.
    pub pieces: Vec<Piece>,
}

/// A run of spoken text and the part of a text node it came from. Offsets
/// are in UTF-16 code units, as both the DOM and speech events count them.
#[derive(Clone)]
pub struct Piece {
    /// Start in the spoken text.
    pub start: u32,
    /// End in the spoken text.
    pub end: u32,
    /// The text node on the page.
    pub node: Text,
    /// Where the run starts in the node's data.
    pub node_start: u32,
    /// Where it ends in the node's data.
    pub node_end: u32,
    /// `true` when the spoken words differ from the node's (an abbreviation
    /// said in full, `&` said as "and"), so highlights cover the whole run.
    pub replaced: bool,
}

/// How the text's language says what some voices would take as markup.
#[derive(Clone, Debug)]
pub struct Symbols {
    /// The word for `&`.
    pub and: String,
}

impl Symbols {
    /// For the language `lang` (a BCP 47 tag): the conjunction the browser's
    /// `Intl.ListFormat` puts between two items ("and", "i", "și", "و"),
    /// else the English "and".
    pub fn for_language(lang: &str) -> Self {
        let and = list_conjunction(lang).unwrap_or_else(|| "and".to_string());
        Self { and }
    }
}

fn list_conjunction(lang: &str) -> Option<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: js_sys::Function =
        js_sys::Reflect::get(&intl, &JsValue::from_str("ListFormat"))
            .ok()?
            .dyn_into()
            .ok()?;
    let format =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&JsValue::from_str(lang)))
            .ok()?;
    let method: js_sys::Function = js_sys::Reflect::get(&format, &JsValue::from_str("format"))
        .ok()?
        .dyn_into()
        .ok()?;
    let items = js_sys::Array::of2(&JsValue::from_str("\u{1}"), &JsValue::from_str("\u{2}"));
    let joined = method.call1(&format, &items).ok()?.as_string()?;
    let word = joined.trim_matches(['\u{1}', '\u{2}']).trim().to_string();
    (!word.is_empty()).then_some(word)
}

/// The readable blocks inside `root`, in document order.
pub fn read_blocks(root: &Element, symbols: &Symbols) -> Vec<ReadBlock> {
    shown_blocks(root)
        .into_iter()
        .filter_map(|element| block_from(element, symbols))
        .collect()
}

/// The elements inside `root` that are read as blocks and are on screen,
/// in document order (some may hold no words).
pub fn shown_blocks(root: &Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(BLOCKS) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.get(index)?.dyn_into::<HtmlElement>().ok())
        .filter(|element| is_leaf_block(element) && is_shown(element))
        .collect()
}

/// A single block, such as the paragraph a reader clicked.
pub fn block_from(element: HtmlElement, symbols: &Symbols) -> Option<ReadBlock> {
    let mut block = ReadBlock {
        element: element.clone(),
        text: String::new(),
        pieces: Vec::new(),
    };
    collect(&element, &mut block, symbols);
    let spoken = block.text.trim();
    (!spoken.is_empty() && spoken.chars().any(char::is_alphanumeric)).then_some(block)
}

/// The nearest readable block that contains `node`, if any.
pub fn block_around(node: &Node) -> Option<HtmlElement> {
    let element = match node.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    element.closest(BLOCKS).ok().flatten()?.dyn_into().ok()
}

fn is_leaf_block(element: &Element) -> bool {
    element.query_selector(BLOCKS).ok().flatten().is_none()
}

fn is_shown(element: &HtmlElement) -> bool {
    element
        .closest("[hidden], [aria-hidden='true']")
        .ok()
        .flatten()
        .is_none()
        && element.get_client_rects().length() > 0
        && is_seen(element)
}

/// Whether an element inside a shown block is on screen: not `hidden`,
/// `aria-hidden`, `display: none` or `visibility: hidden`, and not clipped
/// to a pixel for screen readers only.
fn is_seen(element: &Element) -> bool {
    if element.has_attribute("hidden")
        || element.get_attribute("aria-hidden").as_deref() == Some("true")
    {
        return false;
    }
    let Some(style) =
        web_sys::window().and_then(|window| window.get_computed_style(element).ok().flatten())
    else {
        return true;
    };
    let property = |name: &str| style.get_property_value(name).unwrap_or_default();
    let display = property("display");
    if display == "none" || matches!(property("visibility").as_str(), "hidden" | "collapse") {
        return false;
    }
    let rect = element.get_bounding_client_rect();
    display == "contents" || rect.width() > 1.0 || rect.height() > 1.0
}

/// Whether an element starts a new line of its own (`<br>`, or a box that
/// is not inline), so the words either side must not run together.
fn breaks_words(element: &Element) -> bool {
    if element.tag_name().eq_ignore_ascii_case("br") {
        return true;
    }
    web_sys::window()
        .and_then(|window| window.get_computed_style(element).ok().flatten())
        .and_then(|style| style.get_property_value("display").ok())
        .is_some_and(|display| !display.starts_with("inline") && display != "contents")
}

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

fn collect(node: &Node, block: &mut ReadBlock, symbols: &Symbols) {
    let children = node.child_nodes();
    for index in 0..children.length() {
        let Some(child) = children.get(index) else {
            continue;
        };
        if let Some(text) = child.dyn_ref::<Text>() {
            for part in spoken_parts(&text.data(), &symbols.and) {
                push(
                    block,
                    &part.spoken,
                    text.clone(),
                    (part.node_start, part.node_end),
                    part.replaced,
                );
            }
        } else if let Some(element) = child.dyn_ref::<Element>() {
            if !is_seen(element) {
                continue;
            }
            let separate = breaks_words(element);
            if separate {
                block.text.push(' ');
            }
            let said = element.get_attribute("data-say");
            let first_text = element
                .first_child()
                .and_then(|n| n.dyn_into::<Text>().ok());
            match (said, first_text) {
                (Some(said), Some(text)) => {
                    let whole = (0, text.length());
                    push(block, &said, text, whole, true);
                }
                _ => collect(&child, block, symbols),
            }
            if separate {
                block.text.push(' ');
            }
        }
    }
}

fn push(
    block: &mut ReadBlock,
    spoken: &str,
    node: Text,
    (node_start, node_end): (u32, u32),
    replaced: bool,
) {
    let start = utf16_len(&block.text);
    block.text.push_str(spoken);
    block.pieces.push(Piece {
        start,
        end: start + utf16_len(spoken),
        node,
        node_start,
        node_end,
        replaced,
    });
}
