//! Splits text into pieces a speech engine reads reliably. Chrome's own
//! voices stop an utterance after about 14 seconds with no `end` and no
//! error, so no piece may take longer than about [`PIECE_SECONDS`] at the
//! chosen speed. Pieces end after a sentence where they can, else after a
//! clause, else between words; where those boundaries are comes from the
//! browser's `Intl.Segmenter` for the text's language (see
//! `segments.rs`), or from [`Breaks::by_punctuation`] where it has none.

/// The longest a piece should take to say, in seconds (Chrome cuts off at
/// about 14 s; the margin covers slower voices).
pub const PIECE_SECONDS: f32 = 10.0;

/// How many characters (spaces included) a voice says per second at
/// normal speed. Chrome's UK English voice, cut off after 14 s at half
/// speed, had said 108 characters: about 15.4 a second at normal speed
/// (about 170 words a minute). Rounded down, so pieces err short.
pub const CHARACTERS_PER_SECOND: f32 = 15.0;

/// The longest piece for any speed, in characters: a limit on the text
/// handed over at once, whatever the speed.
pub const MAX_PIECE_CHARS: usize = 240;

/// The longest piece, in characters, for a speed given as a multiple of
/// normal (0.5 to 2): about [`PIECE_SECONDS`] of speech, at least 40.
pub fn max_chars_for_rate(rate: f32) -> usize {
    let chars = (PIECE_SECONDS * CHARACTERS_PER_SECOND * rate.max(0.1)).floor() as usize;
    chars.clamp(40, MAX_PIECE_CHARS)
}

/// How long a piece of `chars` characters takes to say at `rate`, in
/// seconds, by the same measure.
pub fn seconds_to_say(chars: usize, rate: f32) -> f32 {
    chars as f32 / (CHARACTERS_PER_SECOND * rate.max(0.1))
}

/// Where a piece may end, as byte offsets into the text (each on a
/// character boundary, in any order).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Breaks {
    /// After a sentence.
    pub sentences: Vec<usize>,
    /// After a clause: a comma, semicolon, colon or the like.
    pub clauses: Vec<usize>,
    /// Between words.
    pub words: Vec<usize>,
}

impl Breaks {
    /// Boundaries found by punctuation followed by a space (`.`, `!`, `?`
    /// end sentences; `,`, `;`, `:` clauses) and by spaces, for browsers
    /// without `Intl.Segmenter`. It knows no other script's punctuation and
    /// takes "e.g. the" for two sentences.
    pub fn by_punctuation(text: &str) -> Self {
        let mut breaks = Self::default();
        let mut chars = text.char_indices().peekable();
        while let Some((index, c)) = chars.next() {
            let next_is_space = chars.peek().is_some_and(|(_, next)| next.is_whitespace());
            let after = index + c.len_utf8();
            if c.is_whitespace() {
                breaks.words.push(index);
            } else if next_is_space && matches!(c, '.' | '!' | '?') {
                breaks.sentences.push(after);
            } else if next_is_space && matches!(c, ',' | ';' | ':') {
                breaks.clauses.push(after);
            }
        }
        breaks
    }
}

/// Byte ranges of `text` to speak in turn. Together they cover every word
/// of `text`, in order, with no leading or trailing space; each is at most
/// `max_chars` characters unless one word is longer. Each ends at the last
/// sentence break that fits, else the last clause break, else the last word
/// break, else the first word break after the limit.
pub fn chunk_text(text: &str, max_chars: usize, breaks: &Breaks) -> Vec<(usize, usize)> {
    let mut chunks = Vec::new();
    let mut start = skip_space(text, 0);
    while start < text.len() {
        let rest = &text[start..];
        let end = if rest.chars().count() <= max_chars {
            text.len()
        } else {
            let limit = start + byte_len_of_chars(rest, max_chars);
            let last_within = |offsets: &[usize]| {
                offsets
                    .iter()
                    .copied()
                    // `start` is at a word: any later break leaves it a piece.
                    .filter(|&at| at > start && at <= limit)
                    .max()
            };
            last_within(&breaks.sentences)
                .or_else(|| last_within(&breaks.clauses))
                .or_else(|| last_within(&breaks.words))
                .or_else(|| breaks.words.iter().copied().filter(|&at| at > limit).min())
                .unwrap_or(text.len())
        };
        // `start` is at a word, so the piece is never empty.
        chunks.push((start, start + text[start..end].trim_end().len()));
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
