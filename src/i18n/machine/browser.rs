//! The browser's built-in translator (the `Translator` API), used where the
//! browser offers one. It runs on the device, so the text never leaves it.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{LocalFuture, MachineError, ProviderKind, TranslationProvider};

/// `true` when the browser has a `Translator`.
pub fn browser_has_translator() -> bool {
    // Never while pre-rendering: there is no browser.
    cfg!(target_arch = "wasm32") && translator_api().is_some()
}

fn translator_api() -> Option<Object> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("Translator"))
        .ok()
        .filter(|api| api.is_function() || api.is_object())
        .map(JsCast::unchecked_into)
}

/// Calls `target.method(arg)` and awaits the promise it returns.
async fn call(target: &JsValue, method: &str, arg: &JsValue) -> Result<JsValue, MachineError> {
    let function: js_sys::Function = Reflect::get(target, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(MachineError::Unavailable)?;
    let promise: Promise = function
        .call1(target, arg)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(MachineError::Unavailable)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| MachineError::Unavailable)
}

/// The browser's translator.
pub struct BrowserTranslator;

impl TranslationProvider for BrowserTranslator {
    fn kind(&self) -> ProviderKind {
        ProviderKind::Browser
    }

    fn translate<'a>(
        &'a self,
        texts: &'a [String],
        from: &'a str,
        to: &'a str,
    ) -> LocalFuture<'a, Result<Vec<String>, MachineError>> {
        Box::pin(async move {
            let api = translator_api().ok_or(MachineError::Unavailable)?;
            let options = Object::new();
            let _ = Reflect::set(&options, &"sourceLanguage".into(), &from.into());
            let _ = Reflect::set(&options, &"targetLanguage".into(), &to.into());
            let availability = call(&api, "availability", &options).await?;
            if availability.as_string().as_deref() == Some("unavailable") {
                return Err(MachineError::Unavailable);
            }
            let translator = call(&api, "create", &options).await?;
            let mut out = Vec::with_capacity(texts.len());
            for text in texts {
                let translated = call(&translator, "translate", &JsValue::from_str(text)).await?;
                out.push(translated.as_string().ok_or(MachineError::BadAnswer)?);
            }
            Ok(out)
        })
    }
}
