# Signpost: `make demo` and `make test` install what is missing, then work.
# Every install step is skipped when already done (see scripts/setup.sh).
SHELL := bash
.DEFAULT_GOAL := help
PORT ?= 8080
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: help setup dist demo test test-native test-web test-e2e size l10n-check bench screenshots fuzz

help:
	@echo "make demo    install what is missing, build dist/ and serve the demo on 127.0.0.1:$(PORT)"
	@echo "make test    install what is missing and run every test layer (native, browser, end-to-end)"
	@echo "make dist    build the release dist/ only"
	@echo "make size    raw, gzip -9 and brotli bytes of every file in dist/, and the wasm by crate and function"
	@echo "make l10n-check   report missing, obsolete and broken messages in locales/, and in the demo's FAQ translations"
	@echo "make screenshots   the main states, wide and narrow, light and dark, en-US and ar, into docs/screenshots/"
	@echo "make bench   measure sizes, load and open times, search and advice speed (table + bench-results/latest.json)"
	@echo "make fuzz    fuzz the config, Markdown, FAQ search and Fluent variables (FUZZ_SECONDS=30 each; not part of make test)"

setup:
	@scripts/setup.sh

dist: setup
	@scripts/build-dist.sh

demo: dist
	node scripts/serve.mjs dist $(PORT)

test: test-native test-web test-e2e

test-native: setup
	cargo test --all-targets
	@$(MAKE) --no-print-directory l10n-check

# For translators: every locales/<tag>/signpost.ftl against en-US, and the
# demo's FAQ translation files against its FAQ.
l10n-check:
	cargo run --quiet --bin l10n-check
	cargo run --quiet --bin l10n-check -- --faq demo/signpost.json

# wasm-bindgen-test components in headless Chromium (webdriver.json has its flags).
test-web: setup
	CHROMEDRIVER=/usr/bin/chromedriver \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	scripts/wasm-env cargo test --target wasm32-unknown-unknown --test web

# Playwright (playwright-core + /usr/bin/chromium) against dist/ on loopback.
test-e2e: dist
	node --test --test-concurrency=1 tests/e2e/

size: dist
	@scripts/setup.sh --size-tools
	node scripts/size.mjs dist

# The main states, wide and narrow, light and dark, en-US and ar, into docs/screenshots/.
screenshots: dist
	node scripts/screenshots.mjs

# Performance figures: native (cargo bench) and in headless Chromium against dist/.
bench: dist
	@scripts/setup.sh --size-tools
	node scripts/bench.mjs

# libFuzzer targets in fuzz/ (cargo-fuzz, installed if missing), FUZZ_SECONDS each, over a copy of fuzz/corpus/.
fuzz:
	@scripts/fuzz.sh
