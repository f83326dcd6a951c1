fn main() {
    #[cfg(target_arch = "wasm32")]
    send_hub::start();
}
