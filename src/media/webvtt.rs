//! Reading WebVTT text tracks (captions, descriptions, chapters) into cues,
//! and checking them for editors.
//!
//! The player itself reads each `<track>` with the browser's own WebVTT
//! parser. This one reads the same files for what the browser's does not
//! give: the transcript and chapter list on the page (pre-rendered at build
//! time, so they read without JavaScript), text audio description, and the
//! content check, which must name the file, the cue number and the line of
//! each problem. The syntax is the W3C's "WebVTT: The Web Video Text Tracks
//! Format" (<https://www.w3.org/TR/webvtt1/>): a `WEBVTT` header, then
//! blocks separated by blank lines; a cue is an optional identifier line, a
//! timing line `00:01.000 --> 00:04.500`, and one or more lines of text.
//! `NOTE`, `STYLE` and `REGION` blocks are skipped.
//!
//! Rules stricter than the format, because a transcript is built from the
//! cues and read in order: cues must start in order, not overlap, and have
//! text; tags must be WebVTT's own (`<v Name>`, `<c>`, `<i>`, `<b>`, `<u>`,
//! `<lang>`, `<ruby>`, `<rt>` and timestamps) and a voice span must name
//! its speaker.

use std::fmt;

/// One cue: a stretch of time and what is said or shown in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    /// Its position in the file, from 1.
    pub number: usize,
    /// The line of its timing line, from 1.
    pub line: usize,
    /// The identifier line before the timing, if any.
    pub id: Option<String>,
    /// When it starts, in seconds from the start of the video.
    pub start: f64,
    /// When it ends, in seconds.
    pub end: f64,
    /// The speaker: the first `<v Name>` voice span, or failing that a
    /// short `Name:` at the start of the text.
    pub speaker: Option<String>,
    /// The text as plain text: tags removed, character references decoded,
    /// the speaker's `Name:` prefix removed, lines joined with a space.
    pub text: String,
}

/// Machine translation changes what is said; the speaker is a name.
impl crate::content::text::VisitText for Cue {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        visit(&mut self.text);
    }
}

/// A track's cues, for machine translation.
impl crate::content::text::VisitText for Vec<Cue> {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        for cue in self {
            cue.visit_text(visit);
        }
    }
}

/// Something wrong in a WebVTT file, where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct VttProblem {
    /// The line, from 1.
    pub line: usize,
    /// The cue's number, from 1, when the problem is in a cue.
    pub cue: Option<usize>,
    /// What is wrong, in plain words.
    pub detail: String,
}

impl fmt::Display for VttProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.cue {
            Some(cue) => write!(f, "cue {cue} (line {}): {}", self.line, self.detail),
            None => write!(f, "line {}: {}", self.line, self.detail),
        }
    }
}

/// A WebVTT file read as far as it could be: every cue that could be read,
/// and every problem found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedTrack {
    /// The cues, in file order.
    pub cues: Vec<Cue>,
    /// The problems, in file order. Empty for a good file.
    pub problems: Vec<VttProblem>,
}

/// Tags a cue's text may use (WebVTT cue components).
const TAGS: [&str; 8] = ["c", "i", "b", "u", "v", "lang", "ruby", "rt"];

/// The longest `Name:` prefix taken as a speaker, in characters.
const MAX_SPEAKER_CHARS: usize = 40;

/// Reads `text`, a whole WebVTT file.
pub fn parse(text: &str) -> ParsedTrack {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text
        .split('\n')
        .map(|line| line.trim_end_matches('\r'))
        .collect();
    let mut track = ParsedTrack::default();
    let header_ok = lines.first().is_some_and(|first| {
        first
            .strip_prefix("WEBVTT")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
    });
    if !header_ok {
        track.problems.push(VttProblem {
            line: 1,
            cue: None,
            detail: "a WebVTT file must start with the line WEBVTT".to_string(),
        });
        return track;
    }
    let blocks = blocks(&lines);
    let mut number = 0;
    // The header block is the first; it ends at the first blank line.
    for block in blocks.into_iter().skip(1) {
        let first = block.lines[0];
        if first.starts_with("NOTE") && (first.len() == 4 || first[4..].starts_with([' ', '\t'])) {
            continue;
        }
        if (first == "STYLE" || first == "REGION") && number == 0 {
            continue;
        }
        number += 1;
        read_cue(&block, number, &mut track);
    }
    check_order(&mut track);
    track
}

struct Block<'a> {
    /// Line number of the first line, from 1.
    start: usize,
    lines: Vec<&'a str>,
}

fn blocks<'a>(lines: &[&'a str]) -> Vec<Block<'a>> {
    let mut blocks = Vec::new();
    let mut current: Option<Block<'a>> = None;
    for (index, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            blocks.extend(current.take());
        } else {
            current
                .get_or_insert_with(|| Block {
                    start: index + 1,
                    lines: Vec::new(),
                })
                .lines
                .push(line);
        }
    }
    blocks.extend(current);
    blocks
}

fn read_cue(block: &Block<'_>, number: usize, track: &mut ParsedTrack) {
    let problem = |line: usize, detail: String| VttProblem {
        line,
        cue: Some(number),
        detail,
    };
    let (id, timing_at) = if block.lines[0].contains("-->") {
        (None, 0)
    } else if block.lines.get(1).is_some_and(|line| line.contains("-->")) {
        (Some(block.lines[0].to_string()), 1)
    } else {
        track.problems.push(problem(
            block.start,
            format!(
                "“{}” is not a cue: a cue needs a timing line such as 00:00:01.000 --> 00:00:04.000",
                block.lines[0]
            ),
        ));
        return;
    };
    let line = block.start + timing_at;
    let (start, end) = match read_timing(block.lines[timing_at]) {
        Ok(times) => times,
        Err(detail) => {
            track.problems.push(problem(line, detail));
            return;
        }
    };
    let text_lines = &block.lines[timing_at + 1..];
    if let Some(offset) = text_lines.iter().position(|line| line.contains("-->")) {
        track.problems.push(problem(
            line + 1 + offset,
            "a cue's text cannot hold “-->”; put a blank line before the next cue".to_string(),
        ));
        return;
    }
    if end <= start {
        track.problems.push(problem(
            line,
            format!(
                "the cue ends ({}) before it starts ({})",
                clock(end),
                clock(start)
            ),
        ));
    }
    let raw = text_lines.join("\n");
    let (plain, voice) = match read_text(&raw) {
        Ok(read) => read,
        Err(detail) => {
            track.problems.push(problem(line + 1, detail));
            return;
        }
    };
    let (speaker, text) = match voice {
        Some(voice) => (Some(voice), plain),
        None => split_speaker(&plain),
    };
    if text.trim().is_empty() {
        track
            .problems
            .push(problem(line, "the cue has no text".to_string()));
        return;
    }
    track.cues.push(Cue {
        number,
        line,
        id,
        start,
        end,
        speaker,
        text,
    });
}

/// `00:00:01.000 --> 00:00:04.000 line:90%` to its start and end.
fn read_timing(line: &str) -> Result<(f64, f64), String> {
    let (start, rest) = line
        .split_once("-->")
        .ok_or_else(|| "the timing line needs “-->”".to_string())?;
    let end = rest.split_whitespace().next().unwrap_or("");
    let start = timestamp(start.trim()).ok_or_else(|| {
        format!(
            "“{}” is not a time such as 00:01.000 or 01:02:03.000",
            start.trim()
        )
    })?;
    let end = timestamp(end)
        .ok_or_else(|| format!("“{end}” is not a time such as 00:01.000 or 01:02:03.000"))?;
    Ok((start, end))
}

/// A WebVTT timestamp, `[hh:]mm:ss.ttt`, in seconds: hours at least two
/// digits, minutes and seconds two digits under 60, milliseconds three.
pub fn timestamp(text: &str) -> Option<f64> {
    let (clock, millis) = text.split_once('.')?;
    let parts: Vec<&str> = clock.split(':').collect();
    let digits = |part: &str, exactly: Option<usize>| {
        (!part.is_empty()
            && part.bytes().all(|b| b.is_ascii_digit())
            && exactly.is_none_or(|n| part.len() == n))
        .then(|| part.parse::<u64>().ok())
        .flatten()
    };
    let (hours, minutes, seconds) = match parts.as_slice() {
        [m, s] => (0, digits(m, Some(2))?, digits(s, Some(2))?),
        [h, m, s] if h.len() >= 2 => (digits(h, None)?, digits(m, Some(2))?, digits(s, Some(2))?),
        _ => return None,
    };
    let millis = digits(millis, Some(3))?;
    if minutes >= 60 || seconds >= 60 {
        return None;
    }
    Some((hours * 3600 + minutes * 60 + seconds) as f64 + millis as f64 / 1000.0)
}

/// Cue text to plain text, and the first voice span's name.
fn read_text(raw: &str) -> Result<(String, Option<String>), String> {
    let mut plain = String::new();
    let mut voice = None;
    let mut rest = raw;
    while let Some(open) = rest.find('<') {
        plain.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('>').ok_or_else(|| {
            "a “<” with no “>” after it; write &lt; for a less-than sign".to_string()
        })?;
        let tag = &after[..close];
        rest = &after[close + 1..];
        if tag.starts_with(|c: char| c.is_ascii_digit()) {
            if timestamp(tag).is_none() {
                return Err(format!("<{tag}> is not a timestamp such as <00:01.000>"));
            }
            continue;
        }
        let closing = tag.starts_with('/');
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let (name, annotation) = match tag.split_once([' ', '\t']) {
            Some((name, annotation)) => (name, annotation.trim()),
            None => (tag, ""),
        };
        let name = name.split('.').next().unwrap_or("");
        if !TAGS.contains(&name) {
            return Err(format!(
                "<{tag}> is not a WebVTT tag (they are <v Name>, <c>, <i>, <b>, <u>, <lang>, <ruby> and <rt>)"
            ));
        }
        if name == "v" && !closing {
            if annotation.is_empty() {
                return Err("a voice span <v> must name its speaker: <v Name>".to_string());
            }
            voice.get_or_insert_with(|| decode(annotation));
        }
    }
    plain.push_str(rest);
    let plain = decode(&plain)
        .split('\n')
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Ok((plain, voice))
}

/// WebVTT's character references: `&amp;`, `&lt;`, `&gt;`, `&nbsp;`,
/// `&lrm;`, `&rlm;` and numeric ones (`&#233;`, `&#xE9;`). Others are left
/// as written.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let reference = rest[1..].find(';').map(|end| &rest[1..=end]);
        let decoded = reference.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "nbsp" => Some('\u{a0}'),
            "lrm" => Some('\u{200e}'),
            "rlm" => Some('\u{200f}'),
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (decoded, reference) {
            (Some(character), Some(name)) => {
                out.push(character);
                rest = &rest[name.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `Narrator: Hello` to `(Some("Narrator"), "Hello")`: a speaker prefix is
/// at most three words and [`MAX_SPEAKER_CHARS`] characters, starting with
/// a capital letter, before a colon and a space.
fn split_speaker(text: &str) -> (Option<String>, String) {
    if let Some((name, said)) = text.split_once(": ") {
        let looks_like_name = name.chars().count() <= MAX_SPEAKER_CHARS
            && name.split_whitespace().count() <= 3
            && name.starts_with(char::is_uppercase)
            && name
                .chars()
                .all(|c| c.is_alphabetic() || " .'-".contains(c));
        if looks_like_name && !said.trim().is_empty() {
            return (Some(name.to_string()), said.to_string());
        }
    }
    (None, text.to_string())
}

/// Cues must start in order and not overlap.
fn check_order(track: &mut ParsedTrack) {
    for pair in track.cues.windows(2) {
        let (before, cue) = (&pair[0], &pair[1]);
        let detail = if cue.start < before.start {
            format!(
                "the cue starts ({}) before cue {} ({}); cues must be in time order",
                clock(cue.start),
                before.number,
                clock(before.start)
            )
        } else if cue.start < before.end {
            format!(
                "the cue starts ({}) before cue {} ends ({}); cues must not overlap",
                clock(cue.start),
                before.number,
                clock(before.end)
            )
        } else {
            continue;
        };
        track.problems.push(VttProblem {
            line: cue.line,
            cue: Some(cue.number),
            detail,
        });
    }
    track.problems.sort_by_key(|problem| problem.line);
}

/// A time as WebVTT writes it: `00:01:02.500`.
pub fn clock(seconds: f64) -> String {
    let millis = (seconds * 1000.0).round() as u64;
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        millis / 3_600_000,
        millis / 60_000 % 60,
        millis / 1000 % 60,
        millis % 1000
    )
}

/// A time as readers see it beside a transcript line: `0:05`, `12:40`,
/// `1:02:03` (whole seconds, rounded down).
pub fn time_label(seconds: f64) -> String {
    let whole = seconds.max(0.0) as u64;
    let (hours, minutes, seconds) = (whole / 3600, whole / 60 % 60, whole % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}
