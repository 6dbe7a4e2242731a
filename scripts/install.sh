#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already
# present at the right version. Usage: scripts/install.sh build|browser|lint
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
MACHETE_VERSION=0.9.1
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

machete_tool() {
  # Finds dependencies a crate declares and never uses (make lint).
  if [ "$(cargo machete --version 2>/dev/null)" != "$MACHETE_VERSION" ]; then
    say "installing cargo-machete $MACHETE_VERSION"
    cargo install cargo-machete --version "$MACHETE_VERSION" --locked
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

# LHC-Forms, the FHIR form renderer tests/e2e/fhir.test.mjs loads our
# Questionnaire into. Test-only, never in dist/. Its tarball is fetched
# with `npm pack` and checked against this integrity (`npm view
# lforms@40.1.3 dist.integrity`); `npm install lforms` would resolve
# Angular peer dependencies its prebuilt bundles do not need, and hangs.
LFORMS_VERSION=40.1.3
LFORMS_INTEGRITY=sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==
LFORMS_DIR=target/lforms

apt_packages() {
  # Installs Debian packages, refreshing the package lists only if needed.
  # Waits up to 5 minutes for another apt or dpkg run to finish.
  export DEBIAN_FRONTEND=noninteractive
  local wait=(-o DPkg::Lock::Timeout=300)
  apt-get install "${wait[@]}" -y -q "$@" >/dev/null 2>&1 || {
    apt-get update "${wait[@]}" -q >/dev/null
    apt-get install "${wait[@]}" -y -q "$@" >/dev/null
  }
}

nginx_server() {
  # tests/e2e/headers.test.mjs starts Debian's nginx itself, on a free
  # loopback port, with examples/nginx.conf. /usr/sbin is not always on PATH.
  if [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null; then
    return
  fi
  say "installing nginx"
  # The package would also start, and enable at boot, a system nginx with
  # its default site on port 80, and its install fails when that start
  # fails. So starts are denied while it installs (by a policy-rc.d, unless
  # the machine has its own, as Docker images do) and the service is
  # disabled after.
  local policy=/usr/sbin/policy-rc.d made='' status=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# Left by scripts/install.sh while it installs nginx.\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    made=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt_packages nginx || status=$?
  if [ -n "$made" ]; then
    rm -f "$policy"
    trap - EXIT
  fi
  [ "$status" = 0 ] || return "$status"
  if command -v systemctl >/dev/null; then
    systemctl disable --quiet nginx >/dev/null 2>&1 || true
  else
    update-rc.d nginx disable >/dev/null 2>&1 || true
  fi
}

lforms_bundle() {
  local stamp="$LFORMS_DIR/.installed"
  if [ "$(cat "$stamp" 2>/dev/null)" = "$LFORMS_VERSION $LFORMS_INTEGRITY" ]; then
    return
  fi
  say "fetching LHC-Forms $LFORMS_VERSION for the FHIR tests"
  local tmp tarball actual
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack "lforms@$LFORMS_VERSION" --silent >/dev/null)
  tarball="$tmp/lforms-$LFORMS_VERSION.tgz"
  actual="sha512-$(node -e 'process.stdout.write(require("crypto").createHash("sha512").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
  if [ "$actual" != "$LFORMS_INTEGRITY" ]; then
    echo "lforms $LFORMS_VERSION: the tarball's integrity is $actual, not $LFORMS_INTEGRITY" >&2
    rm -rf "$tmp"
    return 1
  fi
  rm -rf "$LFORMS_DIR"
  mkdir -p "$LFORMS_DIR"
  tar xzf "$tarball" -C "$LFORMS_DIR"
  rm -rf "$tmp"
  echo "$LFORMS_VERSION $LFORMS_INTEGRITY" >"$stamp"
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
  nginx_server
  lforms_bundle
}

case "${1:-build}" in
  build) toolchain; trunk_tool; wasm_bindgen_tool; npm_packages; crates ;;
  lint) machete_tool ;;
  browser) browser ;;
  *) echo "usage: $0 build|browser|lint" >&2; exit 2 ;;
esac
