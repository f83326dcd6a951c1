use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::choice_group::{CheckboxChoice, ChoiceGroup};
use super::read_aloud::ReadAloud;
use super::{ReadingToolsState, PANEL_ID};
use crate::components::announcer::use_announcer;
use crate::i18n::format::{fill, number};
use crate::site_content::{use_words, words_lang};
use crate::tools::font::Font;
use crate::tools::text_size::TEXT_SIZES;
use crate::tools::theme::Theme;
use crate::tools::use_reading_settings;
use std::sync::Arc;

/// The reading tools. Every change applies at once, is confirmed through
/// the live region and is remembered in this browser.
#[component]
pub fn ReadingToolsPanel() -> impl IntoView {
    let state = expect_context::<ReadingToolsState>();
    let settings = use_reading_settings();
    let announcer = use_announcer();
    let words = use_words();
    let lang = words_lang();
    let text = Arc::new(words.tools.clone());

    let theme_options = std::iter::once((None, text.follow_device.clone()))
        .chain(
            Theme::ALL
                .into_iter()
                .map(|theme| (Some(theme), theme.label(&text).to_string())),
        )
        .collect();
    let choose_theme = Callback::new({
        let text = text.clone();
        move |theme: Option<Theme>| {
            settings.theme.set(theme);
            let name = theme.map_or(text.follow_device.as_str(), |theme| theme.label(&text));
            announcer.say(fill(&text.colours_changed, &[("theme", name)]));
        }
    });
    let size_text = move |template: &str, size: u16| {
        fill(template, &[("size", &number(&lang, f64::from(size)))])
    };
    let size_options = TEXT_SIZES
        .into_iter()
        .map(|size| (size, size_text(&text.text_size_value, size)))
        .collect();
    let choose_size = Callback::new({
        let text = text.clone();
        let size_text = size_text.clone();
        move |size: u16| {
            settings.text_size.set(size);
            announcer.say(size_text(&text.text_size_changed, size));
        }
    });
    let font_options = Font::ALL
        .into_iter()
        .map(|font| (font, font.label(&text).to_string()))
        .collect();
    let choose_font = Callback::new({
        let text = text.clone();
        move |font: Font| {
            settings.font.set(font);
            announcer.say(fill(&text.font_changed, &[("font", font.label(&text))]));
        }
    });
    let motion_options = vec![
        (None, text.follow_device.clone()),
        (Some(true), text.reduce_motion.clone()),
        (Some(false), text.allow_motion.clone()),
    ];
    let choose_motion = Callback::new({
        let text = text.clone();
        move |reduce: Option<bool>| {
            settings.reduce_motion.set(reduce);
            announcer.say(match reduce {
                None => text.motion_follow.clone(),
                Some(true) => text.motion_reduced.clone(),
                Some(false) => text.motion_allowed.clone(),
            });
        }
    });
    let reset = {
        let done = text.reset_done.clone();
        move |_| {
            settings.reset();
            announcer.say(done.clone());
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            state.close_and_return_focus();
        }
    };

    view! {
        <section
            id=PANEL_ID
            class="app-tools"
            aria-labelledby="reading-tools-title"
            hidden=move || !state.open.get()
            on:keydown=on_keydown
        >
            <div class="app-width">
                <h2 id="reading-tools-title" class="app-tools__title">{text.title.clone()}</h2>
                <p class="app-tools__intro">{text.intro.clone()}</p>
                {
                    let cannot_save = text.cannot_save.clone();
                    move || (!settings.can_save.get()).then(|| view! {
                        <p class="app-tools__notice">{cannot_save.clone()}</p>
                    })
                }
                <ReadAloud/>
                <div class="app-tools__groups">
                    <ChoiceGroup legend=text.colours.clone() name="tools-theme" options=theme_options
                        chosen=Signal::derive(move || settings.theme.get()) on_choose=choose_theme/>
                    <ChoiceGroup legend=text.text_size.clone() name="tools-text-size" options=size_options
                        chosen=Signal::derive(move || settings.text_size.get()) on_choose=choose_size/>
                    <ChoiceGroup legend=text.font.clone() name="tools-font" options=font_options
                        chosen=Signal::derive(move || settings.font.get()) on_choose=choose_font/>
                    <ChoiceGroup legend=text.motion.clone() name="tools-motion" options=motion_options
                        chosen=Signal::derive(move || settings.reduce_motion.get()) on_choose=choose_motion/>
                    <fieldset class="app-tools__group">
                        <legend class="app-tools__legend">{text.spacing.clone()}</legend>
                        <CheckboxChoice id="tools-spacing" label=text.spacing_label.clone() value=settings.spacing
                            on_text=text.spacing_on.clone() off_text=text.spacing_off.clone()/>
                    </fieldset>
                    <fieldset class="app-tools__group">
                        <legend class="app-tools__legend">{text.reading_guide.clone()}</legend>
                        <CheckboxChoice id="tools-ruler" label=text.ruler_label.clone() value=settings.ruler
                            on_text=text.ruler_on.clone() off_text=text.ruler_off.clone()/>
                        <CheckboxChoice id="tools-mask" label=text.mask_label.clone() value=settings.mask
                            on_text=text.mask_on.clone() off_text=text.mask_off.clone()/>
                    </fieldset>
                </div>
                <div class="app-tools__actions">
                    <button type="button" class="app-button app-button--secondary" on:click=reset>
                        {text.reset.clone()}
                    </button>
                    <button type="button" class="app-button app-button--secondary" on:click=move |_| state.close_and_return_focus()>
                        {text.close.clone()}
                    </button>
                </div>
            </div>
        </section>
    }
}
