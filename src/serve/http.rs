//! The workbench's HTTP side: routes, the limits every request is held to, and the headers every
//! answer carries. The work itself is in [`super::api`].
//!
//! Limits: a request body of at most two inputs' worth ([`MAX_BODY_BYTES`]), each text at most the
//! command line's input cap; at most [`WORKERS`] computations at a time, each on a blocking thread
//! and answered with 503 once it takes longer than [`Limits::work`] (a request that waits longer
//! than that for a worker is refused the same way); a panic in the engine is a 500 answer, and the
//! server goes on. Requests whose `Host` is not this machine are refused (a page elsewhere cannot
//! reach the workbench through DNS rebinding).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Semaphore;

use super::api::{self, ApiError};
use super::assets;
use crate::io::MAX_INPUT_BYTES;

/// The largest request body: two texts at the input cap, and room for JSON's escapes.
pub const MAX_BODY_BYTES: usize = 2 * MAX_INPUT_BYTES as usize + (1 << 20);

/// Computations at a time (this is a workbench for one drafter; two keep a runaway request from
/// stopping the next).
pub const WORKERS: usize = 2;

/// How long a request may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub work: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { work: Duration::from_secs(20) }
    }
}

#[derive(Clone)]
struct Shared {
    workers: Arc<Semaphore>,
    limits: Limits,
    /// Whether the server answers only requests addressed to this machine (bound to loopback).
    loopback_only: bool,
}

/// The workbench's routes. `loopback_only`: refuse requests whose `Host` is not localhost.
pub fn router(limits: Limits, loopback_only: bool) -> Router {
    let shared = Shared { workers: Arc::new(Semaphore::new(WORKERS)), limits, loopback_only };
    Router::new()
        .route("/", get(assets::index))
        .route("/app.js", get(assets::script))
        .route("/app.css", get(assets::style))
        .route("/api/apply", post(apply))
        .route("/api/derive", post(derive))
        .route("/api/read", post(read))
        .route("/api/docx/comparison", post(comparison_docx))
        .route("/api/docx/text", post(text_docx))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(shared.clone(), guard))
        .with_state(shared)
}

/// Every answer: no sniffing, no referrer, not cached; and the request must be for this machine.
async fn guard(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    if shared.loopback_only && !host_is_local(request.headers().get(header::HOST)) {
        return failure(ApiError {
            status: 421,
            error: "这个工作台只接受本机的请求 (the workbench answers requests for localhost only)".into(),
        });
    }
    if let Some(refusal) = cross_site(&request, shared.loopback_only) {
        return failure(refusal);
    }
    let mut response = next.run(request).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE
        && response.headers().get(header::CONTENT_TYPE).is_none_or(|t| t != "application/json")
    {
        // axum's own refusal of a body over the limit, said as the page shows errors
        response = failure(ApiError {
            status: 413,
            error: format!("请求超过上限 {MAX_BODY_BYTES} 字节 (the request is larger than {MAX_BODY_BYTES} bytes)"),
        });
    }
    let h = response.headers_mut();
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    response
}

/// Refuses what a page of another site could send: a POST that is not JSON or bytes (a form or a
/// `text/plain` request, which a browser sends cross-site without asking), and any request whose
/// `Origin` is not this machine (when serving loopback only).
fn cross_site(request: &Request, loopback_only: bool) -> Option<ApiError> {
    if request.method() == axum::http::Method::POST {
        let kind = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let kind = kind.split(';').next().unwrap_or("").trim();
        if !kind.eq_ignore_ascii_case("application/json") && !kind.eq_ignore_ascii_case("application/octet-stream") {
            return Some(ApiError {
                status: 415,
                error: format!(
                    "请求须为 JSON 或文件内容 (a request body is application/json or application/octet-stream, not “{kind}”)"
                ),
            });
        }
    }
    let origin = request.headers().get(header::ORIGIN)?;
    let host = origin.to_str().ok().and_then(|o| o.split_once("://")).map(|(_, h)| h);
    let local = host.is_some_and(is_local);
    (loopback_only && !local).then(|| ApiError {
        status: 403,
        error: "这个工作台只接受它自己页面的请求 (the workbench answers its own page only)".into(),
    })
}

/// `localhost`, `127.0.0.1` or `[::1]`, with any port.
fn host_is_local(host: Option<&HeaderValue>) -> bool {
    host.and_then(|h| h.to_str().ok()).is_some_and(is_local)
}

/// Whether a `host[:port]` names this machine.
fn is_local(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(n, _)| n),
    };
    matches!(name.to_ascii_lowercase().as_str(), "localhost" | "127.0.0.1" | "::1")
}

async fn not_found() -> Response {
    failure(ApiError { status: 404, error: "没有这个地址 (no such page)".into() })
}

/// An error answer: its status, and `{"error": "…"}`.
fn failure(e: ApiError) -> Response {
    let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST);
    (status, axum::Json(e)).into_response()
}

/// Reads a JSON body into `T`, with a sentence for the page when it is not one.
fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, ApiError> {
    serde_json::from_slice(bytes)
        .map_err(|e| ApiError::bad(format!("请求不是预期的 JSON (the request is not the JSON expected: {e})")))
}

/// Runs `work` on a blocking thread under the limits.
async fn run<T: Send + 'static>(
    shared: &Shared,
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let busy = || ApiError {
        status: 503,
        error: format!(
            "计算超过 {} 秒，已放弃 (the work took longer than {} s and was abandoned)",
            shared.limits.work.as_secs(),
            shared.limits.work.as_secs()
        ),
    };
    let permit = tokio::time::timeout(shared.limits.work, shared.workers.clone().acquire_owned())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    let task = tokio::task::spawn_blocking(move || {
        // the permit goes with the work: a computation past its time still holds its worker
        let _permit = permit;
        work()
    });
    match tokio::time::timeout(shared.limits.work, task).await {
        Err(_) => Err(busy()),
        Ok(Err(join)) => Err(ApiError {
            status: 500,
            error: format!(
                "内部错误，请连同输入一起报告 (amend failed on this input, which is a bug: {})",
                if join.is_panic() { "a panic" } else { "the task was cancelled" }
            ),
        }),
        Ok(Ok(result)) => result,
    }
}

fn json<T: Serialize>(result: Result<T, ApiError>) -> Response {
    match result {
        Ok(value) => axum::Json(value).into_response(),
        Err(e) => failure(e),
    }
}

fn docx(result: Result<Vec<u8>, ApiError>) -> Response {
    match result {
        Ok(bytes) => {
            ([(header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")], bytes)
                .into_response()
        }
        Err(e) => failure(e),
    }
}

async fn apply(State(shared): State<Shared>, bytes: Bytes) -> Response {
    json(run(&shared, move || api::apply(&body(&bytes)?)).await)
}

async fn derive(State(shared): State<Shared>, bytes: Bytes) -> Response {
    json(run(&shared, move || api::derive(&body(&bytes)?)).await)
}

#[derive(serde::Deserialize)]
struct ReadQuery {
    #[serde(default)]
    name: String,
}

async fn read(State(shared): State<Shared>, Query(q): Query<ReadQuery>, bytes: Bytes) -> Response {
    let name = if q.name.is_empty() { "文件".to_string() } else { q.name };
    json(run(&shared, move || api::read(&name, &bytes)).await)
}

async fn comparison_docx(State(shared): State<Shared>, bytes: Bytes) -> Response {
    docx(run(&shared, move || api::comparison_docx(&body(&bytes)?)).await)
}

async fn text_docx(State(shared): State<Shared>, bytes: Bytes) -> Response {
    docx(run(&shared, move || api::text_docx(&body(&bytes)?)).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_is_local() {
        let local = |h: &str| host_is_local(Some(&HeaderValue::from_str(h).unwrap()));
        assert!(local("127.0.0.1:4747"));
        assert!(local("localhost"));
        assert!(local("LOCALHOST:80"));
        assert!(local("[::1]:4747"));
        assert!(!local("evil.example:4747"));
        assert!(!local("127.0.0.1.evil.example"));
        assert!(!host_is_local(None));
    }
}
