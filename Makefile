# The two commands of the quick start are `make serve` and `make test`; both
# install whatever is missing first (scripts/install.sh skips what is there).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

# The size budget `make size` (and so `make test`) enforces, in bytes of
# gzip -9 over the hosted build. It only ever moves down; see README.
SIZE_BUDGET_GZIP ?= 174300

.PHONY: setup setup-browser setup-lint serve dist test lint test-native test-wasm test-e2e test-cross lighthouse size bench fuzz clean

setup:
	@bash scripts/install.sh build

setup-browser:
	@bash scripts/install.sh browser

setup-lint:
	@bash scripts/install.sh lint

## Build and serve the widget at http://127.0.0.1:8080/
serve: setup
	trunk serve

## The release build in dist/, with relative URLs.
dist: setup
	trunk build --release
	@test -s dist/index.html

## Every check, in order; stops at the first failure.
test: setup setup-browser lint test-native test-wasm dist test-e2e test-cross lighthouse size

lint: setup-lint
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --bin rls-check --tests -- -D warnings
	PATH="$$HOME/.cargo/bin:$$PATH" cargo machete
	node scripts/check-classes.mjs

test-native:
	cargo test --workspace --locked

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --bin rls-check

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## The same person-like paths in Chromium, Firefox ESR and WebKitGTK (ENGINES=firefox,webkit narrows it).
test-cross:
	node --test --test-concurrency=1 tests/cross/

## Fails when the hosted build's gzip -9 total is over SIZE_BUDGET_GZIP bytes.
size:
	@BUDGET_GZIP=$(SIZE_BUDGET_GZIP) bash scripts/size-report.sh dist

## Lighthouse figures for the hosted build (reported, not judged).
lighthouse:
	node scripts/lighthouse.mjs

## The widget beside the same questions in SurveyJS: bytes, start-up, step times, memory (LOADS=10 cold loads each).
bench: setup setup-browser dist
	node bench/bench.mjs

## 1,000,000 random and mutated share links through the decoder (make test runs 50,000).
fuzz:
	SHARE_FUZZ_COUNT=1000000 cargo test --release --locked -p screening decode_never_panics -- --nocapture

clean:
	rm -rf dist target/bench
