//! Read aloud with the browser's own speech engine (Web Speech API):
//! the page, from where the reader is, the selected text, or a clicked
//! paragraph; with pause, resume, stop, speed and voice; and a highlight on
//! the word being spoken, or on the piece being spoken when the voice does
//! not report word positions.
//!
//! Engines differ and fail quietly, so the player relies on none of their
//! quirks:
//! - pieces take at most about 10 s at the chosen speed (`chunk.rs`);
//! - `speak()` is never called in the same task as `cancel()` (speech-
//!   dispatcher drops it), but after [`SPEAK_AFTER_CANCEL`];
//! - Pause cancels and remembers the piece and its last word boundary, and
//!   Resume speaks from there (on Android `pause()` ends the utterance or
//!   reports it interrupted);
//! - a watchdog notices an engine that goes quiet (no start, word or end
//!   for longer than the rest of the piece can take), tries the piece once
//!   more, then stops and says so.

pub mod chunk;
pub mod engine;
mod highlight;
mod listenable;
pub mod safe_text;
mod segments;
pub mod source;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Node, SpeechSynthesisUtterance};

use self::chunk::{chunk_text, max_chars_for_rate, seconds_to_say};
use self::safe_text::spoken_parts;
use self::source::{block_around, block_from, read_blocks, ReadBlock, Symbols};
use super::ruler::RulerPosition;
use super::{use_reading_settings, ReadingSettings};
pub use engine::VoiceOption;

/// Why reading stopped early.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeechProblem {
    /// The browser could not make an utterance.
    CouldNotPrepare,
    /// The engine reported an error, named by the engine.
    Engine(String),
    /// The engine went quiet part-way and did not answer a second try.
    Stalled,
}

/// How long after `cancel()` the next `speak()` waits, so it is never in
/// the same task (speech-dispatcher drops an utterance spoken in the same
/// task as a cancel).
pub const SPEAK_AFTER_CANCEL: std::time::Duration = std::time::Duration::from_millis(60);

/// Added to the time the rest of a piece should take before the watchdog
/// decides the engine has gone quiet (engines take a moment to start).
pub const QUIET_MARGIN: std::time::Duration = std::time::Duration::from_secs(3);

/// What the speech engine is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechState {
    /// Not reading.
    Idle,
    /// Reading.
    Speaking,
    /// Paused part-way.
    Paused,
}

/// Whether this browser can read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechSupport {
    /// Still asking the browser for its voices.
    Checking,
    /// Ready, with at least one voice for the page's language.
    Ready,
    /// The browser has no speech engine.
    NoEngine,
    /// The engine has no voice for the page's language.
    NoVoices,
}

/// Read aloud, shared by the panel and click-to-listen.
#[derive(Clone, Copy)]
pub struct Speech {
    /// Whether reading aloud is possible here.
    pub support: RwSignal<SpeechSupport>,
    /// What the engine is doing.
    pub state: RwSignal<SpeechState>,
    /// Voices for the page's language.
    pub voices: RwSignal<Vec<VoiceOption>>,
    /// Why reading stopped early, if it did.
    pub problem: RwSignal<Option<SpeechProblem>>,
    /// Click (or Enter/Space on) a paragraph to hear it.
    pub click_to_listen: RwSignal<bool>,
    settings: ReadingSettings,
    ruler: RulerPosition,
    player: StoredValue<Rc<RefCell<Player>>, LocalStorage>,
    support_checked: StoredValue<bool>,
    last_place: StoredValue<Option<Node>, LocalStorage>,
}

#[derive(Default)]
struct Player {
    queue: VecDeque<Piece>,
    current: Option<engine::Speaking>,
    /// The piece being said, and where in it (UTF-16, from its start) the
    /// last word the engine reported begins: where Resume and a retry start.
    said: Option<(Piece, u32)>,
    /// Whether the piece being said has been tried again after a stall.
    retried: bool,
    /// Fires if the engine goes quiet; replaced at every sign of life.
    watchdog: Option<gloo_timers::callback::Timeout>,
    /// Bumped whenever the utterance in hand is given up (Stop, Pause, a new
    /// read, a retry), so its late events are ignored.
    generation: u32,
}

impl Player {
    /// Gives up the utterance in hand: its events are ignored from now on
    /// and its handlers detached (cancelling makes the engine fire an
    /// "interrupted" error at it). The caller cancels the engine.
    fn let_go(&mut self) {
        self.generation += 1;
        self.watchdog = None;
        self.current = None;
    }
}

/// One utterance: a chunk of a block.
#[derive(Clone)]
struct Piece {
    block: Rc<ReadBlock>,
    start: u32,
    end: u32,
    text: String,
}

impl Piece {
    /// The rest of the piece from `offset` (UTF-16, from its start).
    fn from(&self, offset: u32) -> Piece {
        let units: Vec<u16> = self.text.encode_utf16().collect();
        let offset = offset.min(units.len() as u32);
        Piece {
            block: Rc::clone(&self.block),
            start: self.start + offset,
            end: self.end,
            text: String::from_utf16_lossy(&units[offset as usize..]),
        }
    }
}

impl Speech {
    /// Asks the browser for its speech engine and voices, once. Done when
    /// the reader first opens the tools, not on every page load: some
    /// systems start a speech service just to list voices.
    pub fn check_support(self) {
        if !self.support_checked.get_value() {
            self.support_checked.set_value(true);
            engine::watch_voices(self.support, self.voices);
        }
    }

    /// Looks again for voices once the page's language has changed (only if
    /// the engine has been asked before).
    pub fn language_changed(self) {
        if self.support_checked.get_value() {
            self.stop();
            engine::reload_voices(self.support, self.voices);
        }
    }

    /// Reads the main content from the top.
    pub fn read_page(self) {
        self.read(main_blocks(), 0);
    }

    /// Reads from the block the reader last clicked or focused in the main
    /// content onwards (from the top if there is none).
    pub fn read_from_here(self) {
        let blocks = main_blocks();
        let from = self
            .last_place
            .get_value()
            .and_then(|node| {
                blocks
                    .iter()
                    .position(|block| block.element.contains(Some(&node)))
            })
            .unwrap_or(0);
        self.read(blocks, from);
    }

    /// Reads the text the reader has selected. Returns `false` if none is.
    pub fn read_selection(self) -> bool {
        let Some(selection) = window().get_selection().ok().flatten() else {
            return false;
        };
        let text = String::from(selection.to_string());
        if selection.is_collapsed() || text.trim().is_empty() {
            return false;
        }
        let container = selection.anchor_node().and_then(|node| block_around(&node));
        let Some(element) = container else {
            return false;
        };
        let block = ReadBlock {
            element,
            text: spoken_parts(&text, &symbols().and)
                .into_iter()
                .map(|part| part.spoken)
                .collect(),
            pieces: Vec::new(),
        };
        self.read(vec![block], 0);
        true
    }

    /// Reads one element, as when it is clicked in click-to-listen mode.
    pub fn read_element(self, node: &Node) {
        if let Some(block) = block_around(node).and_then(|element| block_from(element, &symbols()))
        {
            self.read(vec![block], 0);
        }
    }

    /// Pauses reading: cancels the utterance and remembers where it was
    /// (the piece and its last word), keeping the highlight there.
    pub fn pause(self) {
        if self.state.get_untracked() != SpeechState::Speaking {
            return;
        }
        {
            let player = self.player.get_value();
            let mut player = player.borrow_mut();
            if let Some((piece, offset)) = player.said.take() {
                player.queue.push_front(piece.from(offset));
            }
            player.let_go();
        }
        if let Some(engine) = engine::engine() {
            engine.cancel();
        }
        self.state.set(SpeechState::Paused);
    }

    /// Carries on after a pause, from the word where it paused.
    pub fn resume(self) {
        if self.state.get_untracked() == SpeechState::Paused {
            self.state.set(SpeechState::Speaking);
            self.speak_soon();
        }
    }

    /// Stops reading and clears the highlight.
    pub fn stop(self) {
        {
            let player = self.player.get_value();
            let mut player = player.borrow_mut();
            player.let_go();
            player.queue.clear();
            player.said = None;
        }
        if let Some(engine) = engine::engine() {
            engine.cancel();
        }
        self.finish();
    }

    fn read(self, blocks: Vec<ReadBlock>, from: usize) {
        self.stop();
        self.problem.set(None);
        if self.support.get_untracked() != SpeechSupport::Ready {
            return;
        }
        let lang = engine::page_language();
        let max_chars = max_chars_for_rate(self.rate());
        let mut queue = VecDeque::new();
        for block in blocks.into_iter().skip(from).map(Rc::new) {
            let breaks = segments::breaks(&block.text, &lang);
            for (start, end) in chunk_text(&block.text, max_chars, &breaks) {
                queue.push_back(Piece {
                    block: Rc::clone(&block),
                    start: utf16_offset(&block.text, start),
                    end: utf16_offset(&block.text, end),
                    text: block.text[start..end].to_string(),
                });
            }
        }
        self.player.get_value().borrow_mut().queue = queue;
        self.state.set(SpeechState::Speaking);
        self.speak_soon();
    }

    /// The chosen speed as a multiple of normal.
    fn rate(self) -> f32 {
        f32::from(self.settings.speech_rate.get_untracked()) / 100.0
    }

    /// Speaks the next piece in a later task (see [`SPEAK_AFTER_CANCEL`]),
    /// unless the reader has stopped, paused or started something else by
    /// then.
    fn speak_soon(self) {
        let player = self.player.get_value();
        let generation = player.borrow().generation;
        let later = move || {
            let still = player.borrow().generation == generation;
            if still && self.state.get_untracked() == SpeechState::Speaking {
                self.speak_next();
            }
        };
        gloo_timers::callback::Timeout::new(SPEAK_AFTER_CANCEL.as_millis() as u32, later).forget();
    }

    fn speak_next(self) {
        let next = self.player.get_value().borrow_mut().queue.pop_front();
        match next {
            Some(piece) => self.speak(piece),
            None => self.finish(),
        }
    }

    /// Hands `piece` to the engine, with a watchdog on it.
    fn speak(self, piece: Piece) {
        let player = self.player.get_value();
        let generation = {
            let mut player = player.borrow_mut();
            player.said = Some((piece.clone(), 0));
            player.generation
        };
        let Some(engine) = engine::engine() else {
            self.finish();
            return;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&piece.text) else {
            self.fail(SpeechProblem::CouldNotPrepare);
            return;
        };
        utterance.set_rate(self.rate());
        utterance.set_lang(&engine::page_language());
        let chosen = self.settings.voice.get_untracked();
        if let Some(voice) = engine::find_voice(&engine, chosen.as_deref()) {
            utterance.set_voice(Some(&voice));
        }
        let current = self.is_current(generation);
        let speaking = engine::Speaking::new(
            utterance,
            {
                let piece = piece.clone();
                let current = current.clone();
                move || {
                    if current() {
                        self.watch(&piece, 0);
                        self.state.set(SpeechState::Speaking);
                        if let Some(range) = show_piece(&piece) {
                            self.ruler.follow(&range);
                        }
                    }
                }
            },
            {
                let piece = piece.clone();
                let current = current.clone();
                move |char_index, char_length| {
                    if current() {
                        self.watch(&piece, char_index);
                        let start = piece.start + char_index;
                        let length = if char_length > 0 {
                            char_length
                        } else {
                            word_length(&piece.text, char_index)
                        };
                        if let Some(word) =
                            highlight::show(highlight::WORD, &piece.block, start, start + length)
                        {
                            self.ruler.follow(&word);
                        }
                    }
                }
            },
            {
                let current = current.clone();
                move || {
                    if current() {
                        self.piece_done();
                        highlight::clear(highlight::WORD);
                        self.speak_next();
                    }
                }
            },
            move |error: String| {
                if current() && error != "interrupted" && error != "canceled" {
                    self.fail(SpeechProblem::Engine(error));
                }
            },
        );
        let utterance = speaking.utterance.clone();
        player.borrow_mut().current = Some(speaking);
        engine.speak(&utterance);
        self.watch(&piece, 0);
    }

    /// (Re)starts the watchdog for `piece`, said up to `offset` (UTF-16):
    /// it fires if nothing more is heard for half as long again as the rest
    /// of the piece takes at the chosen speed, plus [`QUIET_MARGIN`]; then
    /// the rest is tried once more, and a second silence stops reading with
    /// [`SpeechProblem::Stalled`].
    fn watch(self, piece: &Piece, offset: u32) {
        let player = self.player.get_value();
        let generation = {
            let mut player = player.borrow_mut();
            if let Some((_, at)) = player.said.as_mut() {
                *at = offset;
            }
            player.generation
        };
        let rest = piece
            .text
            .encode_utf16()
            .count()
            .saturating_sub(offset as usize);
        let allowed = seconds_to_say(rest, self.rate()) * 1.5 + QUIET_MARGIN.as_secs_f32();
        let on_silence = {
            let player = Rc::clone(&player);
            move || {
                let (retry, piece) = {
                    let mut player = player.borrow_mut();
                    if player.generation != generation {
                        return;
                    }
                    let retry = !player.retried;
                    player.retried = true;
                    let piece = player.said.take().map(|(piece, at)| piece.from(at));
                    player.let_go();
                    (retry, piece)
                };
                if let Some(engine) = engine::engine() {
                    engine.cancel();
                }
                match piece {
                    Some(piece) if retry => {
                        self.player.get_value().borrow_mut().queue.push_front(piece);
                        self.speak_soon();
                    }
                    _ => self.fail(SpeechProblem::Stalled),
                }
            }
        };
        let timer = gloo_timers::callback::Timeout::new((allowed * 1000.0) as u32, on_silence);
        player.borrow_mut().watchdog = Some(timer);
    }

    fn is_current(self, generation: u32) -> impl Fn() -> bool + Clone + 'static {
        let player = self.player.get_value();
        move || player.borrow().generation == generation
    }

    fn fail(self, problem: SpeechProblem) {
        self.stop();
        self.problem.set(Some(problem));
    }

    /// The piece in hand was said to the end: nothing to watch or retry.
    fn piece_done(self) {
        let player = self.player.get_value();
        let mut player = player.borrow_mut();
        player.said = None;
        player.retried = false;
        player.watchdog = None;
    }

    fn finish(self) {
        self.piece_done();
        highlight::clear(highlight::WORD);
        highlight::clear(highlight::CHUNK);
        clear_block_marks();
        self.ruler.release();
        self.state.set(SpeechState::Idle);
    }
}

/// Marks the block being read, highlights the piece and brings it into view.
/// Gives the piece's range.
fn show_piece(piece: &Piece) -> Option<web_sys::Range> {
    clear_block_marks();
    let _ = piece.block.element.class_list().add_1(BLOCK_CLASS);
    highlight::clear(highlight::WORD);
    let range = highlight::show(highlight::CHUNK, &piece.block, piece.start, piece.end);
    let smooth = crate::embedding::host::host()
        .root()
        .get_attribute("data-motion")
        .as_deref()
        != Some("reduce");
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_behavior(if smooth {
        web_sys::ScrollBehavior::Smooth
    } else {
        web_sys::ScrollBehavior::Instant
    });
    piece
        .block
        .element
        .scroll_into_view_with_scroll_into_view_options(&options);
    range
}

const BLOCK_CLASS: &str = "app-speech-block";

fn clear_block_marks() {
    if let Ok(list) = document().query_selector_all(&format!(".{BLOCK_CLASS}")) {
        for index in 0..list.length() {
            if let Some(element) = list
                .get(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let _ = element.class_list().remove_1(BLOCK_CLASS);
            }
        }
    }
}

fn main_blocks() -> Vec<ReadBlock> {
    document()
        .get_element_by_id(crate::embedding::host::host().main_id())
        .map(|main| read_blocks(&main, &symbols()))
        .unwrap_or_default()
}

/// How the page's language says symbols some voices take as markup.
fn symbols() -> Symbols {
    Symbols::for_language(&engine::page_language())
}

fn utf16_offset(text: &str, byte: usize) -> u32 {
    text[..byte].encode_utf16().count() as u32
}

/// Length of the word starting at `char_index` (UTF-16), for engines that
/// report a word's start but not its length.
fn word_length(text: &str, char_index: u32) -> u32 {
    let units: Vec<u16> = text.encode_utf16().collect();
    let start = (char_index as usize).min(units.len());
    let rest = String::from_utf16_lossy(&units[start..]);
    let word = rest.split(char::is_whitespace).next().unwrap_or("");
    word.encode_utf16().count().max(1) as u32
}

/// Shares read aloud with the page, checks what the browser supports, and
/// tracks where the reader last clicked or focused in the main content.
pub fn provide_speech() -> Speech {
    let speech = Speech {
        support: RwSignal::new(SpeechSupport::Checking),
        state: RwSignal::new(SpeechState::Idle),
        voices: RwSignal::new(Vec::new()),
        problem: RwSignal::new(None),
        click_to_listen: RwSignal::new(false),
        settings: use_reading_settings(),
        ruler: expect_context::<RulerPosition>(),
        player: StoredValue::new_local(Rc::default()),
        support_checked: StoredValue::new(false),
        last_place: StoredValue::new_local(None),
    };
    let remember = move |target: Option<web_sys::EventTarget>| {
        let node = target.and_then(|target| target.dyn_into::<Node>().ok());
        let in_main = document().get_element_by_id(crate::embedding::host::host().main_id());
        if let (Some(node), Some(main)) = (node, in_main) {
            if main.contains(Some(&node)) {
                speech.last_place.set_value(Some(node));
            }
        }
    };
    // Listening starts once the app runs in the browser.
    Effect::new(move |_| {
        let clicks = window_event_listener(leptos::ev::click, move |event| {
            remember(event.target());
            if speech.click_to_listen.get_untracked() {
                listen_to(speech, event.target());
            }
        });
        let focus =
            window_event_listener(leptos::ev::focusin, move |event| remember(event.target()));
        let keys = window_event_listener(leptos::ev::keydown, move |event| {
            // Enter or Space on a paragraph made focusable by click-to-listen.
            let on_block = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|element| element.has_attribute(LISTEN_ATTRIBUTE));
            if speech.click_to_listen.get_untracked()
                && on_block
                && (event.key() == "Enter" || event.key() == " ")
            {
                event.prevent_default();
                listen_to(speech, event.target());
            }
        });
        on_cleanup(move || {
            clicks.remove();
            focus.remove();
            keys.remove();
        });
    });

    listenable::keep_blocks_focusable(speech.click_to_listen);
    provide_context(speech);
    speech
}

/// Marks readable blocks that click-to-listen has made focusable.
pub const LISTEN_ATTRIBUTE: &str = "data-listen";

fn listen_to(speech: Speech, target: Option<web_sys::EventTarget>) {
    let Some(element) = target.and_then(|target| target.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    // Links, buttons and form controls keep doing what they do.
    if element
        .closest("a, button, input, select, textarea, video, summary")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let in_main = document()
        .get_element_by_id(crate::embedding::host::host().main_id())
        .is_some_and(|main| main.contains(Some(&element)));
    if in_main {
        speech.read_element(&element);
    }
}

/// The shared read-aloud controls.
pub fn use_speech() -> Speech {
    expect_context::<Speech>()
}
