#[cfg(target_arch = "wasm32")]
fn main() {
    quads::app::bench_hooks::install();
    leptos::mount::mount_to_body(quads::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("quads is a web app: run ./scripts/serve and open http://localhost:8080/");
}
