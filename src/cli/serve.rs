//! `amend serve [--port N] [--bind ADDR] [--open]`: the drafter's workbench in the browser.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// The port to listen on (0: any free port; the address is printed).
    #[arg(long, default_value_t = 4747)]
    port: u16,
    /// The address to listen on. Only this machine can reach the default; another address makes
    /// the workbench reachable from the network (a warning says so).
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    bind: IpAddr,
    /// Open the workbench in the default browser.
    #[arg(long)]
    open: bool,
}

pub fn run(args: Args) -> amend::Result<Outcome> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| amend::Error::Message(format!("cannot start the server: {e}")))?;
    runtime.block_on(async {
        let addr = SocketAddr::new(args.bind, args.port);
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
            let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
                " (another program uses it: give another with --port, or --port 0 for any free one)"
            } else {
                ""
            };
            amend::Error::Message(format!("cannot listen on {addr}: {e}{hint}"))
        })?;
        let local = listener.local_addr().map_err(|e| amend::Error::Message(e.to_string()))?;
        let url = format!("http://{local}/");
        if !args.bind.is_loopback() {
            super::print_warning(&format!(
                "listening on {local}: anyone who can reach this machine on the network can use the workbench (the default, --bind 127.0.0.1, keeps it to this machine)"
            ));
        }
        // the first line of stdout is the address (tests and scripts read it)
        println!("amend workbench: {url}");
        eprintln!("Ctrl-C stops it.");
        if args.open
            && let Err(e) = webbrowser::open(&url)
        {
            super::print_warning(&format!("could not open a browser ({e}); open {url} yourself"));
        }
        amend::serve::serve(listener, amend::serve::Limits::default())
            .await
            .map_err(|e| amend::Error::Message(format!("the server stopped: {e}")))
    })?;
    Ok(Outcome::Ok)
}
