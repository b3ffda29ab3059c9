#!/usr/bin/env bash
# Builds the release dist/: Trunk (cargo + wasm-bindgen), then wasm-opt from
# the npm binaryen package (Debian's is too old), then the shipped schema.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/wasm-env trunk build --release --offline --locked 2>&1 | grep -vE '^\s*$' | sed 's/^/trunk: /'
wasm=dist/signpost-app_bg.wasm
[ -f "$wasm" ] || { echo "build-dist: $wasm was not produced" >&2; exit 1; }
# The features rustc enables by default for wasm32; wasm-opt must know them.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
# Trunk leaves its directive in the page when it injects nothing; a platform's
# page would not have it.
perl -0pi -e 's/<link[^>]*data-trunk[^>]*>//g' dist/index.html
echo "dist/ built: $(du -sh dist | cut -f1)"
