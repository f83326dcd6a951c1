use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::choice_group::{CheckboxChoice, ChoiceGroup};
use super::read_aloud::ReadAloud;
use super::{ReadingToolsState, PANEL_ID};
use crate::components::announcer::use_announcer;
use crate::tools::font::Font;
use crate::tools::text_size::TEXT_SIZES;
use crate::tools::theme::Theme;
use crate::tools::use_reading_settings;

const FOLLOW_DEVICE: &str = "Follow my device";

/// The reading tools. Every change applies at once, is confirmed through
/// the live region and is remembered in this browser.
#[component]
pub fn ReadingToolsPanel() -> impl IntoView {
    let state = expect_context::<ReadingToolsState>();
    let settings = use_reading_settings();
    let announcer = use_announcer();

    let theme_options = std::iter::once((None, FOLLOW_DEVICE.to_string()))
        .chain(
            Theme::ALL
                .into_iter()
                .map(|theme| (Some(theme), theme.label().to_string())),
        )
        .collect();
    let choose_theme = Callback::new(move |theme: Option<Theme>| {
        settings.theme.set(theme);
        announcer.say(format!(
            "Colours: {}",
            theme.map_or(FOLLOW_DEVICE, Theme::label)
        ));
    });
    let size_options = TEXT_SIZES
        .into_iter()
        .map(|size| (size, format!("{size}%")))
        .collect();
    let choose_size = Callback::new(move |size: u16| {
        settings.text_size.set(size);
        announcer.say(format!("Text size {size}%"));
    });
    let font_options = Font::ALL
        .into_iter()
        .map(|font| (font, font.label().to_string()))
        .collect();
    let choose_font = Callback::new(move |font: Font| {
        settings.font.set(font);
        announcer.say(format!("Font: {}", font.label()));
    });
    let motion_options = vec![
        (None, FOLLOW_DEVICE.to_string()),
        (Some(true), "Reduce motion".to_string()),
        (Some(false), "Allow motion".to_string()),
    ];
    let choose_motion = Callback::new(move |reduce: Option<bool>| {
        settings.reduce_motion.set(reduce);
        announcer.say(match reduce {
            None => "Motion: follow my device",
            Some(true) => "Motion reduced",
            Some(false) => "Motion allowed",
        });
    });
    let reset = move |_| {
        settings.reset();
        announcer.say("All reading tools reset: following your device settings");
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
                <h2 id="reading-tools-title" class="app-tools__title">"Reading tools"</h2>
                <p class="app-tools__intro">
                    "Change how this site looks on this device. Your choices are saved in this browser only."
                </p>
                {move || (!settings.can_save.get()).then(|| view! {
                    <p class="app-tools__notice">
                        "This browser is not letting the site save settings, so your choices will last until you close this page."
                    </p>
                })}
                <ReadAloud/>
                <div class="app-tools__groups">
                    <ChoiceGroup legend="Colours" name="tools-theme" options=theme_options
                        chosen=Signal::derive(move || settings.theme.get()) on_choose=choose_theme/>
                    <ChoiceGroup legend="Text size" name="tools-text-size" options=size_options
                        chosen=Signal::derive(move || settings.text_size.get()) on_choose=choose_size/>
                    <ChoiceGroup legend="Font" name="tools-font" options=font_options
                        chosen=Signal::derive(move || settings.font.get()) on_choose=choose_font/>
                    <ChoiceGroup legend="Motion" name="tools-motion" options=motion_options
                        chosen=Signal::derive(move || settings.reduce_motion.get()) on_choose=choose_motion/>
                    <fieldset class="app-tools__group">
                        <legend class="app-tools__legend">"Spacing"</legend>
                        <CheckboxChoice id="tools-spacing" label="Wider spacing between lines, letters and words" value=settings.spacing
                            on_text="Wider spacing on" off_text="Wider spacing off"/>
                    </fieldset>
                    <fieldset class="app-tools__group">
                        <legend class="app-tools__legend">"Reading guide"</legend>
                        <CheckboxChoice id="tools-ruler" label="Reading ruler: a band that follows your pointer or keyboard" value=settings.ruler
                            on_text="Reading ruler on" off_text="Reading ruler off"/>
                        <CheckboxChoice id="tools-mask" label="Screen mask: dim everything except the band" value=settings.mask
                            on_text="Screen mask on" off_text="Screen mask off"/>
                    </fieldset>
                </div>
                <div class="app-tools__actions">
                    <button type="button" class="app-button app-button--secondary" on:click=reset>
                        "Reset all to follow my device"
                    </button>
                    <button type="button" class="app-button app-button--secondary" on:click=move |_| state.close_and_return_focus()>
                        "Close reading tools"
                    </button>
                </div>
            </div>
        </section>
    }
}
