//! `amend serve`: the drafter's workbench, a local web page over the library. The drafter pastes or
//! opens a document, writes the draft notice, and sees as they type what it does: the consolidated
//! text with each change linked to its instruction, every problem marked in the draft at its
//! line:column, and the 新旧对照表; or edits the document and sees the notice `derive` writes.
//!
//! - [`api`]: what each request computes (no HTTP);
//! - [`http`]: routes, limits, headers;
//! - [`assets`]: the page's files (`assets/workbench/`), embedded in the binary.

pub mod api;
mod assets;
pub mod http;

pub use http::{Limits, router};

/// Serves the workbench on `listener` until Ctrl-C. Bound to a loopback address, it answers only
/// requests addressed to this machine.
pub async fn serve(listener: tokio::net::TcpListener, limits: Limits) -> std::io::Result<()> {
    let loopback_only = listener.local_addr()?.ip().is_loopback();
    axum::serve(listener, router(limits, loopback_only))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
