//! Splits text into pieces a speech engine reads reliably: whole sentences
//! where possible, never longer than a limit (some engines stop part-way
//! through long utterances).

/// The longest piece we hand to a speech engine, in characters.
pub const MAX_CHUNK_CHARS: usize = 180;

/// Byte ranges of `text` to speak in turn. Together they cover every word
/// of `text`, in order; each is at most `max_chars` characters unless a
/// single word is longer. Pieces end after a sentence where they can, else
/// after a comma or semicolon, else between words.
pub fn chunk_text(text: &str, max_chars: usize) -> Vec<(usize, usize)> {
    let mut chunks = Vec::new();
    let mut start = skip_space(text, 0);
    while start < text.len() {
        let rest = &text[start..];
        let end = if rest.chars().count() <= max_chars {
            text.len()
        } else {
            let limit = start + byte_len_of_chars(rest, max_chars);
            best_break(text, start, limit).unwrap_or_else(|| next_space_after(text, limit))
        };
        let trimmed_end = start + text[start..end].trim_end().len();
        if trimmed_end > start {
            chunks.push((start, trimmed_end));
        }
        start = skip_space(text, end);
    }
    chunks
}

fn byte_len_of_chars(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(index, _)| index)
}

fn skip_space(text: &str, from: usize) -> usize {
    from + text[from..].len() - text[from..].trim_start().len()
}

/// The last good break at or before `limit`: after sentence punctuation,
/// else after a comma, semicolon or colon, else at a space.
fn best_break(text: &str, start: usize, limit: usize) -> Option<usize> {
    let window = &text[start..limit];
    let after = |marks: &[char]| {
        window
            .char_indices()
            .filter(|(index, c)| {
                marks.contains(c) && window[index + c.len_utf8()..].starts_with(char::is_whitespace)
            })
            .map(|(index, c)| start + index + c.len_utf8())
            .next_back()
    };
    after(&['.', '!', '?'])
        .or_else(|| after(&[',', ';', ':']))
        .or_else(|| {
            window
                .rfind(char::is_whitespace)
                .filter(|&i| i > 0)
                .map(|i| start + i)
        })
}

fn next_space_after(text: &str, from: usize) -> usize {
    text[from..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| from + i)
}
