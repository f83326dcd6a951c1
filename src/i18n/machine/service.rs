//! A LibreTranslate-compatible service: `POST <endpoint>/translate` with
//! `{"q": [...], "source": "en", "target": "pl", "format": "text"}`,
//! answering `{"translatedText": [...]}`.

use gloo_net::http::Request;
use serde::{Deserialize, Serialize};

use crate::content::load::Deadline;

use super::{LocalFuture, MachineError, ProviderKind, TranslationProvider};

/// How long one request may take.
pub const SERVICE_TIMEOUT_SECONDS: u32 = 10;

/// The biggest answer we read.
const MAX_ANSWER_BYTES: usize = 2 * 1024 * 1024;

/// The site's translation service.
pub struct ServiceTranslator {
    url: String,
}

impl ServiceTranslator {
    /// A service at `endpoint` (already checked against the allow-list when
    /// the manifest was read).
    pub fn new(endpoint: &str) -> Self {
        Self {
            url: format!("{}/translate", endpoint.trim_end_matches('/')),
        }
    }
}

#[derive(Serialize)]
struct Ask<'a> {
    q: &'a [String],
    source: &'a str,
    target: &'a str,
    format: &'static str,
}

#[derive(Deserialize)]
struct Answer {
    #[serde(rename = "translatedText")]
    translated_text: Vec<String>,
}

impl TranslationProvider for ServiceTranslator {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Service
    }

    fn translate<'a>(
        &'a self,
        texts: &'a [String],
        from: &'a str,
        to: &'a str,
    ) -> LocalFuture<'a, Result<Vec<String>, MachineError>> {
        Box::pin(async move {
            let body = serde_json::to_string(&Ask {
                q: texts,
                source: from,
                target: to,
                format: "text",
            })
            .map_err(|_| MachineError::BadAnswer)?;
            let deadline = Deadline::new(SERVICE_TIMEOUT_SECONDS);
            let signal = deadline.signal();
            let failed = || {
                if deadline.timed_out.get() {
                    MachineError::Timeout {
                        seconds: SERVICE_TIMEOUT_SECONDS,
                    }
                } else {
                    MachineError::Network
                }
            };
            let response = Request::post(&self.url)
                .header("content-type", "application/json")
                .abort_signal(signal.as_ref())
                .body(body)
                .map_err(|_| MachineError::BadAnswer)?
                .send()
                .await
                .map_err(|_| failed())?;
            if !response.ok() {
                return Err(MachineError::Http {
                    status: response.status(),
                });
            }
            let text = response.text().await.map_err(|_| failed())?;
            if text.len() > MAX_ANSWER_BYTES {
                return Err(MachineError::BadAnswer);
            }
            let answer: Answer =
                serde_json::from_str(&text).map_err(|_| MachineError::BadAnswer)?;
            Ok(answer.translated_text)
        })
    }
}
