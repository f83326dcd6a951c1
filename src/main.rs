fn main() {
    send_hub::start();
}
