#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already
# present at the right version. Usage: scripts/install.sh build|browser
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '==> %s\n' "$*"; }

toolchain() {
  local channel
  channel=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
  if ! rustup toolchain list | grep -q "^$channel"; then
    say "installing Rust $channel"
    rustup toolchain install "$channel" --profile minimal
  fi
  if ! rustup +"$channel" target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32 target"
    rustup +"$channel" target add wasm32-unknown-unknown
  fi
  local c
  for c in rustfmt clippy; do
    if ! rustup +"$channel" component list --installed | grep -q "^$c"; then
      say "adding $c"
      rustup +"$channel" component add "$c"
    fi
  done
}

trunk_tool() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes a few minutes the first time)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

wasm_bindgen_tool() {
  # The CLI must match the wasm-bindgen crate in Cargo.lock exactly. It is
  # installed without --locked: a locked dependency of it is not on crates.io.
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    say "installing wasm-bindgen-cli $want"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

npm_packages() {
  # node_modules/.stamp records the package-lock.json it was installed from.
  if [ ! -f node_modules/.stamp ] || ! cmp -s package-lock.json node_modules/.stamp; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.stamp
  fi
}

crates() {
  # Trunk builds offline, so every crate must be fetched first.
  cargo fetch --locked --quiet
}

GECKODRIVER_VERSION=0.37.1

apt_packages() {
  # Installs Debian packages, refreshing the package lists only if needed.
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "$@" >/dev/null 2>&1 || {
    apt-get update -q >/dev/null
    apt-get install -y -q "$@" >/dev/null
  }
}

browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver"
    apt_packages chromium chromium-driver
  fi
  # The cross-engine suite (tests/cross) also drives Firefox ESR and WebKitGTK,
  # whose MiniBrowser needs an X server (Xvfb).
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null; then
    say "installing Firefox ESR, the WebKitGTK WebDriver and Xvfb"
    apt_packages firefox-esr webkit2gtk-driver xvfb xauth
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d ' ' -f 2)" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
}

case "${1:-build}" in
  build) toolchain; trunk_tool; wasm_bindgen_tool; npm_packages; crates ;;
  browser) browser ;;
  *) echo "usage: $0 build|browser" >&2; exit 2 ;;
esac
