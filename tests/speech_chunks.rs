//! Text is split into pieces a speech engine reads without cutting off.
#![cfg(not(target_arch = "wasm32"))]

use send_hub::tools::prefs::SPEECH_RATES;
use send_hub::tools::speech::chunk::{
    chunk_text, max_chars_for_rate, seconds_to_say, Breaks, PIECE_SECONDS,
};

const MAX_CHUNK_CHARS: usize = 180;

fn pieces(text: &str, max: usize) -> Vec<&str> {
    chunk_text(text, max, &Breaks::by_punctuation(text))
        .into_iter()
        .map(|(a, b)| &text[a..b])
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn short_text_is_one_piece() {
    assert_eq!(pieces("Hello there.", 50), vec!["Hello there."]);
}

#[test]
fn long_text_breaks_after_sentences() {
    let text = "The board met in May. It agreed a plan. Parents were there too.";
    assert_eq!(
        pieces(text, 45),
        vec![
            "The board met in May. It agreed a plan.",
            "Parents were there too."
        ]
    );
}

#[test]
fn a_long_sentence_breaks_at_a_comma_then_at_a_space() {
    let text = "Services moved online quickly, with crisis helplines across the whole county and more besides";
    let result = pieces(text, 40);
    assert_eq!(result[0], "Services moved online quickly,");
    assert!(result.iter().all(|p| p.chars().count() <= 40), "{result:?}");
}

#[test]
fn no_word_is_lost_or_split_and_no_piece_is_too_long() {
    let text = "SEND services in Cumbria, including EHCP checks, the Local Offer and CAMHS waiting times, are changing. \
        ".repeat(12);
    let result = pieces(&text, MAX_CHUNK_CHARS);
    assert!(result.len() > 5);
    assert!(result.iter().all(|p| p.chars().count() <= MAX_CHUNK_CHARS));
    let rejoined: Vec<&str> = result.iter().flat_map(|p| p.split_whitespace()).collect();
    assert_eq!(rejoined, words(&text));
}

#[test]
fn non_ascii_text_is_split_on_character_boundaries() {
    let text = "Rodzice i opiekunowie – ważne informacje. ".repeat(10);
    let result = pieces(&text, 30);
    let rejoined: Vec<&str> = result.iter().flat_map(|p| p.split_whitespace()).collect();
    assert_eq!(rejoined, words(&text));
}

#[test]
fn a_single_huge_word_is_kept_whole() {
    let word = "x".repeat(300);
    let text = format!("Start {word} end.");
    assert_eq!(pieces(&text, 50), ["Start", word.as_str(), "end."]);
}

#[test]
fn no_piece_takes_longer_than_about_ten_seconds_at_any_speed() {
    // Chrome's voices stop an utterance after about 14 s with no end event:
    // at half speed the old 180-character pieces took about 24 s.
    for rate in SPEECH_RATES.map(|percent| f32::from(percent) / 100.0) {
        let max = max_chars_for_rate(rate);
        assert!(
            seconds_to_say(max, rate) <= PIECE_SECONDS,
            "{rate}× allows {max} characters"
        );
        assert!(
            max >= 40,
            "pieces stay long enough to sound natural at {rate}×"
        );
    }
    assert!(max_chars_for_rate(0.5) < max_chars_for_rate(1.0));
    assert!(max_chars_for_rate(1.0) < max_chars_for_rate(2.0));
    let text = "Parents and carers told us, in meetings and in the survey, that waiting for help is hard. "
        .repeat(6);
    let slow = pieces(&text, max_chars_for_rate(0.5));
    assert!(
        slow.iter()
            .all(|p| seconds_to_say(p.chars().count(), 0.5) <= PIECE_SECONDS),
        "{slow:?}"
    );
}

#[test]
fn pieces_end_at_the_best_break_the_segmenter_gives() {
    // As the browser's Intl.Segmenter finds them: "e.g. the" is not the end
    // of a sentence, and Arabic clause marks end clauses.
    let text = "Some help, e.g. the short breaks, is for everyone. More is coming.";
    let at = |needle: &str| text.find(needle).unwrap() + needle.len();
    let breaks = Breaks {
        sentences: vec![at("everyone. ")],
        clauses: vec![at("help,"), at("breaks,")],
        words: text.match_indices(' ').map(|(i, _)| i).collect(),
    };
    let result: Vec<&str> = chunk_text(text, 60, &breaks)
        .into_iter()
        .map(|(a, b)| &text[a..b])
        .collect();
    assert_eq!(
        result,
        [
            "Some help, e.g. the short breaks, is for everyone.",
            "More is coming."
        ]
    );
    let result: Vec<&str> = chunk_text(text, 40, &breaks)
        .into_iter()
        .map(|(a, b)| &text[a..b])
        .collect();
    assert_eq!(result[0], "Some help, e.g. the short breaks,");

    let arabic = "يحتاج الأطفال إلى الدعم، ويحتاج الآباء إلى المعلومات؛ وهذا مهم للجميع";
    let clause = arabic.find('،').unwrap() + '،'.len_utf8();
    let breaks = Breaks {
        clauses: vec![clause, arabic.find('؛').unwrap() + '؛'.len_utf8()],
        words: arabic.match_indices(' ').map(|(i, _)| i).collect(),
        ..Breaks::default()
    };
    let first = chunk_text(arabic, 40, &breaks)[0];
    assert_eq!(&arabic[first.0..first.1], "يحتاج الأطفال إلى الدعم،");
}

#[test]
fn the_fallback_rules_find_sentences_clauses_and_spaces() {
    let text = "One. Two, three; four";
    let breaks = Breaks::by_punctuation(text);
    assert_eq!(breaks.sentences, [4]);
    assert_eq!(breaks.clauses, [9, 16]);
    assert_eq!(breaks.words, [4, 9, 16]);
}

#[test]
fn the_time_to_say_a_piece_follows_its_length_and_the_speed() {
    // 15 characters a second at normal speed (Chrome's UK English voice).
    assert_eq!(seconds_to_say(150, 1.0), 10.0);
    assert_eq!(seconds_to_say(75, 0.5), 10.0);
    assert_eq!(seconds_to_say(30, 2.0), 1.0);
    assert_eq!(max_chars_for_rate(1.0), 150);
    assert_eq!(max_chars_for_rate(0.5), 75);
}

#[test]
fn a_sentence_boundary_at_the_start_of_a_piece_is_not_a_place_to_end_it() {
    // Intl.Segmenter puts a sentence boundary where the next sentence
    // starts, which is where the next piece starts.
    let text = "One. Parents, carers and young people told us, in many ways, what works";
    let second = text.find("Parents").unwrap();
    let breaks = Breaks {
        sentences: vec![second],
        words: text.match_indices(' ').map(|(i, _)| i).collect(),
        ..Breaks::by_punctuation(text)
    };
    let result: Vec<&str> = chunk_text(text, 40, &breaks)
        .into_iter()
        .map(|(a, b)| &text[a..b])
        .collect();
    assert_eq!(
        result,
        [
            "One.",
            "Parents,",
            "carers and young people told us,",
            "in many ways, what works"
        ]
    );
}
