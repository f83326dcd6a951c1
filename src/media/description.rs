//! When a text audio description is due: the cue whose start playback has
//! reached, or crossed between two of the player's position reports, and
//! that has not been given since playback last moved back before it.

use std::collections::BTreeSet;

use super::webvtt::Cue;

/// The longest step between two position reports taken as playing on
/// rather than a jump, in seconds. Browsers report the position (the
/// `timeupdate` event) every 15 to 250 ms (HTML standard, "current
/// playback position"); a busy old phone may take longer.
pub const MAX_STEP_SECONDS: f64 = 1.5;

/// Where playback was last seen and which descriptions have been given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reached {
    last: Option<f64>,
    given: BTreeSet<usize>,
}

/// The index of the description due now that playback is at `position`
/// (seconds), if any, noting it as given:
/// - playing on (a step forward of at most [`MAX_STEP_SECONDS`]): the
///   first cue not yet given that starts after the last position and by
///   this one, or that is showing now;
/// - after a jump (the first report, or a longer step forward): only a cue
///   showing now, so cues jumped over are not read out late;
/// - after moving back: cues starting after the new position may be given
///   again.
pub fn due_description(cues: &[Cue], reached: &mut Reached, position: f64) -> Option<usize> {
    let from = reached.last.replace(position);
    if from.is_some_and(|from| position < from) {
        reached.given.retain(|&index| cues[index].start <= position);
    }
    let playing_on = from.filter(|from| position >= *from && position - from <= MAX_STEP_SECONDS);
    let due = cues.iter().enumerate().find(|(index, cue)| {
        let showing = cue.start <= position && position < cue.end;
        let crossed = playing_on.is_some_and(|from| from < cue.start && cue.start <= position);
        !reached.given.contains(index) && (showing || crossed)
    });
    let index = due.map(|(index, _)| index)?;
    reached.given.insert(index);
    Some(index)
}
