//! Text size: the root font size, so everything sized in rem scales and the
//! layout reflows.

/// The steps offered, in percent of the browser's own text size.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

/// A stored size, if it is one of the steps.
pub fn valid_text_size(percent: u64) -> Option<u16> {
    TEXT_SIZES
        .into_iter()
        .find(|size| u64::from(*size) == percent)
}
