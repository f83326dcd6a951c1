use crate::content::ActionStatus;

/// What a status is called on screen.
pub fn status_label(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Progressing => "Progressing",
        ActionStatus::Slipped => "Slipped (behind plan)",
        ActionStatus::DelayedByCovid => "Delayed by Covid",
        ActionStatus::Done => "Done",
        ActionStatus::Planned => "Planned",
    }
}
