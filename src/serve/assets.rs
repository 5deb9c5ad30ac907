//! The page's own files, embedded in the binary (the workbench loads nothing from the network), and
//! the Content-Security-Policy that holds the page to them.

use std::sync::LazyLock;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::Digest;

const INDEX: &str = include_str!("../../assets/workbench/index.html");
const SCRIPT: &str = include_str!("../../assets/workbench/app.js");
const STYLE: &str = include_str!("../../assets/workbench/app.css");

/// Scripts, styles and requests from this server only; no plugins, forms, frames of other sites,
/// nor anyone framing the page. The 新旧对照表 is shown in a sandboxed frame whose document is the
/// page `amend diff --format html` writes: its one inline style sheet is allowed by its hash, and
/// nothing else inline is.
pub static POLICY: LazyLock<String> = LazyLock::new(|| {
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(crate::render::html::STYLE));
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-{hash}'; img-src 'self' data:; \
         connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
});

pub async fn index() -> Response {
    let policy = HeaderValue::from_str(&POLICY).expect("the policy is ASCII");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (header::CONTENT_SECURITY_POLICY, policy),
        ],
        INDEX,
    )
        .into_response()
}

pub async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], SCRIPT).into_response()
}

pub async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}
