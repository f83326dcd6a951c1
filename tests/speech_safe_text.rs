//! What a speech engine is given for a page's text: no character some voices
//! treat as markup, and every part traceable to the text the reader sees.
#![cfg(not(target_arch = "wasm32"))]

use send_hub::tools::speech::safe_text::{spoken_parts, SpokenPart};

fn spoken(data: &str, and: &str) -> String {
    spoken_parts(data, and)
        .iter()
        .map(|part| part.spoken.as_str())
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// The page text a part stands for, from its UTF-16 offsets.
fn source(data: &str, part: &SpokenPart) -> String {
    let units: Vec<u16> = data.encode_utf16().collect();
    String::from_utf16(&units[part.node_start as usize..part.node_end as usize]).unwrap()
}

#[test]
fn an_ampersand_is_said_as_the_languages_and() {
    let data = "Education, Health & Care Plan (EHCP) checks & reviews.";
    assert_eq!(
        words(&spoken(data, "and")),
        words("Education, Health and Care Plan (EHCP) checks and reviews.")
    );
    assert_eq!(
        words(&spoken("Zdrowie & opieka", "i")),
        ["Zdrowie", "i", "opieka"]
    );
    assert_eq!(words(&spoken("A&B", "și")), ["A", "și", "B"]);
}

#[test]
fn angle_brackets_are_left_out_and_nothing_markup_like_is_sent() {
    let data = "Ages <5 and >16, <b>not bold</b> & more";
    let said = spoken(data, "and");
    assert!(!said.contains(['&', '<', '>']), "{said}");
    assert_eq!(
        words(&said),
        ["Ages", "5", "and", "16,", "b", "not", "bold", "/b", "and", "more"]
    );
}

#[test]
fn every_part_points_at_the_page_text_it_stands_for() {
    let data = "Cumbria’s SEND & 💬 <families>";
    let parts = spoken_parts(data, "and");
    // Parts tile the node's text with no gap or overlap.
    let mut at = 0;
    for part in &parts {
        assert_eq!(part.node_start, at, "{parts:?}");
        at = part.node_end;
    }
    assert_eq!(at as usize, data.encode_utf16().count());
    for part in &parts {
        let shown = source(data, part);
        if part.replaced {
            assert!(["&", "<", ">"].contains(&shown.as_str()), "{shown}");
        } else {
            assert_eq!(shown, part.spoken, "plain text is spoken as shown");
        }
    }
}

#[test]
fn text_without_symbols_is_one_part_unchanged() {
    let data = "Parents and carers told us what works.";
    assert_eq!(
        spoken_parts(data, "and"),
        [SpokenPart {
            spoken: data.to_string(),
            node_start: 0,
            node_end: data.len() as u32,
            replaced: false
        }]
    );
    assert!(spoken_parts("", "and").is_empty());
}
