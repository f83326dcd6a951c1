//! What "read the page" reads: the main content's text blocks in reading
//! order, skipping anything hidden, with abbreviations said the way a
//! person says them. Each block keeps a map from its spoken text back to
//! the page's text nodes, for highlighting.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node, Text};

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

/// A run of spoken text and the text node it came from. Offsets are in
/// UTF-16 code units, as both the DOM and speech events count them.
#[derive(Clone)]
pub struct Piece {
    /// Start in the spoken text.
    pub start: u32,
    /// End in the spoken text.
    pub end: u32,
    /// The text node on the page.
    pub node: Text,
    /// `true` when the spoken words differ from the node's (an abbreviation
    /// said in full), so highlights cover the whole node.
    pub replaced: bool,
}

/// The readable blocks inside `root`, in document order.
pub fn read_blocks(root: &Element) -> Vec<ReadBlock> {
    let Ok(list) = root.query_selector_all(BLOCKS) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.get(index)?.dyn_into::<HtmlElement>().ok())
        .filter(|element| is_leaf_block(element) && is_shown(element))
        .filter_map(block_from)
        .collect()
}

/// A single block, such as the paragraph a reader clicked.
pub fn block_from(element: HtmlElement) -> Option<ReadBlock> {
    let mut block = ReadBlock {
        element: element.clone(),
        text: String::new(),
        pieces: Vec::new(),
    };
    collect(&element, &mut block);
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
}

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

fn collect(node: &Node, block: &mut ReadBlock) {
    let children = node.child_nodes();
    for index in 0..children.length() {
        let Some(child) = children.get(index) else {
            continue;
        };
        if let Some(text) = child.dyn_ref::<Text>() {
            let data = text.data();
            push(block, &data, text.clone(), false);
        } else if let Some(element) = child.dyn_ref::<Element>() {
            if element.get_attribute("aria-hidden").as_deref() == Some("true") {
                continue;
            }
            let said = element.get_attribute("data-say");
            let first_text = element
                .first_child()
                .and_then(|n| n.dyn_into::<Text>().ok());
            match (said, first_text) {
                (Some(said), Some(text)) => push(block, &said, text, true),
                _ => collect(&child, block),
            }
        }
    }
}

fn push(block: &mut ReadBlock, spoken: &str, node: Text, replaced: bool) {
    let start = utf16_len(&block.text);
    block.text.push_str(spoken);
    block.pieces.push(Piece {
        start,
        end: start + utf16_len(spoken),
        node,
        replaced,
    });
}
