//! Text made safe for speech engines. Some voices (Microsoft's natural
//! voices among them) treat the text they are given as markup, and stop at
//! the first `&` or `<`. So `&` is said as the language's own "and", and
//! angle brackets, which are never words, are left out. The page's text is
//! not changed: each part keeps where it came from in its text node, so the
//! word highlight stays on the words the reader sees.

/// A run of a text node's data as it is given to the engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpokenPart {
    /// What the engine is given.
    pub spoken: String,
    /// Where it came from in the node's data: start, in UTF-16 code units
    /// (as the DOM counts).
    pub node_start: u32,
    /// End, in UTF-16 code units.
    pub node_end: u32,
    /// `true` when the spoken words differ from the page's (a symbol said as
    /// a word), so a highlight covers the whole of `node_start..node_end`.
    pub replaced: bool,
}

/// Splits `data` (a text node's text) into the parts an engine is given,
/// saying `&` as `and` (a word in the text's language, such as "and", "i",
/// "și" or "و") and leaving out `<` and `>` (said as nothing, highlighted
/// as the symbol). Joined, the parts' `spoken` has no `&`, `<` or `>`.
pub fn spoken_parts(data: &str, and: &str) -> Vec<SpokenPart> {
    let mut parts = Vec::new();
    let mut plain = String::new();
    let mut plain_start = 0_u32;
    let mut at = 0_u32;
    for c in data.chars() {
        let width = c.len_utf16() as u32;
        let said = match c {
            '&' => Some(and),
            '<' | '>' => Some(""),
            _ => None,
        };
        match said {
            None => plain.push(c),
            Some(said) => {
                if !plain.is_empty() {
                    parts.push(SpokenPart {
                        spoken: std::mem::take(&mut plain),
                        node_start: plain_start,
                        node_end: at,
                        replaced: false,
                    });
                }
                // Spaces either side keep the word apart from its neighbours
                // ("A&B" is "A and B"); an engine reads extra spaces as none.
                parts.push(SpokenPart {
                    spoken: if said.is_empty() {
                        " ".to_string()
                    } else {
                        format!(" {said} ")
                    },
                    node_start: at,
                    node_end: at + width,
                    replaced: true,
                });
                plain_start = at + width;
            }
        }
        at += width;
    }
    if !plain.is_empty() {
        parts.push(SpokenPart {
            spoken: plain,
            node_start: plain_start,
            node_end: at,
            replaced: false,
        });
    }
    parts
}
