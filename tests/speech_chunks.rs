//! Text is split into pieces a speech engine reads without cutting off.
#![cfg(not(target_arch = "wasm32"))]

use send_hub::tools::speech::chunk::{chunk_text, MAX_CHUNK_CHARS};

fn pieces(text: &str, max: usize) -> Vec<&str> {
    chunk_text(text, max)
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
    let text = format!("Start {} end.", "x".repeat(300));
    let result = pieces(&text, 50);
    assert!(result.iter().any(|p| p.contains(&"x".repeat(300))));
}
