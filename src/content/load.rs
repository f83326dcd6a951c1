//! Fetches content files from the server and hands them to the parser.
//! Requests time out, refuse oversized files before reading them, and are
//! aborted when the page that asked for them goes away.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::Request;
use gloo_timers::callback::Timeout;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

use super::error::ContentError;
use super::parse::{parse_content, ContentFile, MAX_CONTENT_BYTES};
use crate::embedding::content_url::{ContentUrl, DEFAULT_CONTENT_BASE};
use crate::embedding::host::host;

/// How long we wait for a content file before giving up.
pub const TIMEOUT_SECONDS: u32 = 20;

/// A time limit on a request: after `seconds` the request is aborted and
/// `timed_out` says that was why. Dropping it cancels the timer.
pub struct Deadline {
    /// Aborts the request.
    pub controller: Option<web_sys::AbortController>,
    /// Set when the time ran out.
    pub timed_out: Rc<Cell<bool>>,
    _timer: Option<Timeout>,
}

impl Deadline {
    /// Starts the clock.
    pub fn new(seconds: u32) -> Self {
        let controller = web_sys::AbortController::new().ok();
        let timed_out = Rc::new(Cell::new(false));
        let _timer = controller.clone().map(|controller| {
            let timed_out = Rc::clone(&timed_out);
            Timeout::new(seconds * 1000, move || {
                timed_out.set(true);
                controller.abort();
            })
        });
        Self {
            controller,
            timed_out,
            _timer,
        }
    }

    /// The signal to hand to the request.
    pub fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.controller.as_ref().map(|c| c.signal())
    }
}

/// Fetches `file` from the content folder and parses it as `T`.
pub async fn fetch_content<T: ContentFile>(file: String) -> Result<T, ContentError> {
    fetch_content_from(&content_base(), file).await
}

/// Fetches `file` from the content folder at `base` and parses it as `T`.
pub async fn fetch_content_from<T: ContentFile>(
    base: &str,
    file: String,
) -> Result<T, ContentError> {
    let text = fetch_text(&format!("{base}/{file}"), &file).await?;
    parse_content(&file, &text)
}

/// The content folder in use: this site's, or the one the embed named once
/// it has been accepted.
fn content_base() -> String {
    match host().content {
        ContentUrl::Accepted(base) => base,
        _ => DEFAULT_CONTENT_BASE.to_string(),
    }
}

/// Fetches the text at `url`; errors name it `file`.
pub async fn fetch_text(url: &str, file: &str) -> Result<String, ContentError> {
    let deadline = Deadline::new(TIMEOUT_SECONDS);
    let signal = deadline.signal();
    let timed_out = deadline.timed_out.clone();
    let on_leave = SendWrapper::new(deadline.controller.clone());
    on_cleanup(move || {
        if let Some(controller) = on_leave.take() {
            controller.abort();
        }
    });

    let network_error = || {
        if timed_out.get() {
            ContentError::Timeout {
                file: file.to_string(),
                seconds: TIMEOUT_SECONDS,
            }
        } else {
            ContentError::Network {
                file: file.to_string(),
            }
        }
    };
    let response = Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|_| network_error())?;
    if !response.ok() {
        return Err(ContentError::Http {
            file: file.to_string(),
            status: response.status(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|length| length.parse::<u64>().ok());
    if let Some(bytes) = declared.filter(|bytes| *bytes > MAX_CONTENT_BYTES) {
        return Err(ContentError::TooLarge {
            file: file.to_string(),
            bytes,
            limit: MAX_CONTENT_BYTES,
        });
    }
    response.text().await.map_err(|_| network_error())
}
