//! Components rendered in headless Chromium (wasm-bindgen-test), asserted
//! on roles, names and text.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use send_hub::components::abbreviations::provide_page_abbreviations;
use send_hub::components::blocks::{ActionList, BlockView};
use send_hub::components::page_view::PageMedia;
use send_hub::components::{ErrorPanel, PageLoader, RichText};
use send_hub::content::*;
use send_hub::media::tracks::read_track;
use send_hub::site_content::provide_site_content;
use send_hub::tools::provide_reading_settings;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh element and returns that element.
fn mount<F, N>(view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    std::mem::forget(leptos::mount::mount_to(root.clone(), view));
    root
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().unchecked_into())
        .collect()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    all(root, selector)
        .first()
        .and_then(|el| el.text_content())
        .unwrap_or_default()
}

fn glossary() -> Glossary {
    Glossary {
        schema_version: 1,
        entries: vec![GlossaryEntry {
            term: "EHCP".into(),
            expansion: "Education, Health and Care Plan".into(),
            meaning: "A plan.".into(),
            say: Some("E H C P".into()),
        }],
    }
}

#[wasm_bindgen_test]
async fn html_in_text_is_shown_as_text_not_elements() {
    let root =
        mount(|| view! { <p><RichText text="<b>bold</b> <img src=x onerror=alert(1)>"/></p> });
    tick().await;
    assert_eq!(all(&root, "b, img").len(), 0);
    assert_eq!(text(&root, "p"), "<b>bold</b> <img src=x onerror=alert(1)>");
}

#[wasm_bindgen_test]
async fn abbreviations_get_a_title_and_are_written_out_once() {
    let root = mount(|| {
        provide_page_abbreviations(Some(&glossary()));
        view! {
            <p class="first"><RichText text="Ask about an EHCP."/></p>
            <p class="second"><RichText text="Each EHCP is checked."/></p>
        }
    });
    tick().await;
    let abbrs = all(&root, "abbr");
    assert_eq!(abbrs.len(), 2);
    assert_eq!(abbrs[0].title(), "Education, Health and Care Plan");
    assert_eq!(
        abbrs[0].get_attribute("data-say").as_deref(),
        Some("E H C P")
    );
    assert_eq!(
        text(&root, ".first"),
        "Ask about an EHCP (Education, Health and Care Plan)."
    );
    assert_eq!(text(&root, ".second"), "Each EHCP is checked.");
}

#[wasm_bindgen_test]
async fn links_in_text_become_real_links() {
    let root = mount(
        || view! { <p><RichText text="See [the plan](/written-statement-of-action) now."/></p> },
    );
    tick().await;
    let links = all(&root, "a");
    assert_eq!(links.len(), 1);
    assert_eq!(
        links[0].get_attribute("href").as_deref(),
        Some("/written-statement-of-action")
    );
    assert_eq!(links[0].text_content().as_deref(), Some("the plan"));
}

#[wasm_bindgen_test]
async fn numbered_list_block_renders_an_ordered_list() {
    let block = Block::List(ListBlock {
        ordered: true,
        items: vec!["One".into(), "Two".into()],
    });
    let root = mount(move || view! { <BlockView block=block index=0/> });
    tick().await;
    assert_eq!(all(&root, "ol > li").len(), 2);
    assert_eq!(text(&root, "ol > li"), "One");
}

#[wasm_bindgen_test]
async fn table_block_has_a_caption_column_headers_and_a_named_scroll_region() {
    let block = Block::Table(TableBlock {
        caption: "Key dates".into(),
        columns: vec!["When".into(), "What".into()],
        rows: vec![vec!["March 2019".into(), "Inspection".into()]],
        row_headers: true,
    });
    let root = mount(move || view! { <BlockView block=block index=0/> });
    tick().await;
    assert_eq!(text(&root, "caption"), "Key dates");
    assert_eq!(all(&root, "th[scope=col]").len(), 2);
    assert_eq!(text(&root, "th[scope=row]"), "March 2019");
    let region = &all(&root, "[role=region]")[0];
    assert_eq!(
        region.get_attribute("aria-label").as_deref(),
        Some("Key dates")
    );
    assert_eq!(region.tab_index(), 0);
}

#[wasm_bindgen_test]
async fn video_block_has_controls_tracks_and_a_transcript_from_the_captions_without_autoplay() {
    let track = |kind: TrackKind, srclang: &str| TextTrack {
        kind,
        src: format!("/media/v.{srclang}.{}.vtt", kind.as_str()),
        srclang: srclang.into(),
        label: srclang.into(),
    };
    let captions_pl = track(TrackKind::Captions, "pl");
    let block = Block::Video(VideoBlock {
        title: "Conversation".into(),
        src: "/media/v.webm".into(),
        mime_type: "video/webm".into(),
        tracks: vec![
            track(TrackKind::Captions, "en"),
            captions_pl.clone(),
            track(TrackKind::Chapters, "en"),
        ],
        duration_label: "1 minute".into(),
        sample_notice: Some("This is a sample.".into()),
        sign_language: None,
    });
    let cues = read_track(
        "v.pl.vtt",
        "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Rodzic>Dzień dobry.\n\n00:02.500 --> 00:03.000\nKoniec.\n",
    );
    let media = PageMedia {
        language: "pl".into(),
        source: "en".into(),
        tracks: [(captions_pl.src.clone(), cues)].into_iter().collect(),
        language_name: "Polski".into(),
        machine_tracks: Vec::new(),
    };
    let root = mount(move || {
        provide_context(media.clone());
        view! { <BlockView block=block.clone() index=3/> }
    });
    tick().await;
    let video: web_sys::HtmlVideoElement = all(&root, "video")[0].clone().unchecked_into();
    assert!(video.controls());
    assert!(!video.autoplay());
    assert_eq!(all(&root, "track").len(), 3);
    // The page's language is the default captions track.
    assert_eq!(all(&root, "track[default]").len(), 1);
    assert_eq!(all(&root, "track[default][srclang=pl]").len(), 1);
    let lines = all(&root, ".app-transcript__line");
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0].text_content().unwrap().trim(),
        "Play from 0:01 Rodzic: Dzień dobry."
    );
    assert_eq!(
        lines[1].text_content().unwrap().trim(),
        "Play from 0:02 Koniec."
    );
    assert_eq!(
        all(&root, ".app-transcript__time")[0]
            .get_attribute("href")
            .as_deref(),
        Some("/media/v.webm#t=1.001")
    );
    // The chapters track was not read with the page: no chapter list.
    assert!(all(&root, ".app-chapters").is_empty());
    assert_eq!(text(&root, ".app-video__notice"), "This is a sample.");
}

fn action(id: &str, group: Option<&str>, status: ActionStatus) -> PlanAction {
    PlanAction {
        id: id.into(),
        title: format!("Action {id}"),
        detail: "Detail".into(),
        group: group.map(Into::into),
        group_chosen_by_site: false,
        status,
        source: "Source".into(),
    }
}

#[wasm_bindgen_test]
async fn action_list_filters_by_status_and_announces_the_count() {
    let block = ActionListBlock {
        actions: vec![
            action("a", None, ActionStatus::Done),
            action("b", None, ActionStatus::Slipped),
            action("c", None, ActionStatus::Slipped),
        ],
    };
    let root = mount(move || view! { <ActionList block=block index=0/> });
    tick().await;
    assert_eq!(text(&root, "[role=status]"), "Showing all 3 actions.");
    let status: web_sys::HtmlSelectElement = all(&root, "select")[1].clone().unchecked_into();
    status.set_value("slipped");
    status
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(all(&root, ".app-action:not([hidden])").len(), 2);
    assert_eq!(text(&root, "[role=status]"), "Showing 2 of 3 actions.");
}

#[wasm_bindgen_test]
async fn error_panel_is_an_alert_naming_the_file_with_a_working_retry() {
    let retries = RwSignal::new(0);
    let error = ContentError::Http {
        file: "pages/x.json".into(),
        status: 500,
    };
    let root = mount(move || {
        view! { <ErrorPanel error=error on_retry=Callback::new(move |_| retries.update(|n| *n += 1))/> }
    });
    tick().await;
    let alert = text(&root, "[role=alert]");
    assert!(
        alert.contains("pages/x.json") && alert.contains("500"),
        "{alert}"
    );
    all(&root, "button")[0].click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn page_loader_shows_an_alert_when_the_file_cannot_be_fetched() {
    let root = mount(|| {
        provide_site_content(provide_reading_settings(false), None);
        view! { <PageLoader file="pages/does-not-exist.json"/> }
    });
    for _ in 0..100 {
        if !all(&root, "[role=alert]").is_empty() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(50).await;
    }
    let alert = text(&root, "[role=alert]");
    assert!(alert.contains("pages/does-not-exist.json"), "{alert}");
    assert!(alert.contains("HTTP error 404"), "{alert}");
    assert_eq!(text(&root, "h1"), "Sorry, this page could not be shown");
}
