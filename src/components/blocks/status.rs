use crate::content::ActionStatus;
use crate::i18n::text::ActionText;

/// What a status is called on screen.
pub fn status_label(status: ActionStatus, words: &ActionText) -> String {
    match status {
        ActionStatus::Progressing => &words.progressing,
        ActionStatus::Slipped => &words.slipped,
        ActionStatus::DelayedByCovid => &words.delayed_by_covid,
        ActionStatus::Done => &words.done,
        ActionStatus::Planned => &words.planned,
    }
    .clone()
}
