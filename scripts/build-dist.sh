#!/usr/bin/env bash
# Builds the release dist/: Trunk (cargo + wasm-bindgen), then wasm-opt
# (scripts/wasm-opt.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/wasm-env trunk build --release --offline --locked 2>&1 | grep -vE '^\s*$' | sed 's/^/trunk: /'
wasm=dist/signpost-app_bg.wasm
[ -f "$wasm" ] || { echo "build-dist: $wasm was not produced" >&2; exit 1; }
# Kept with its function names for the size breakdown (scripts/size.mjs).
mkdir -p target/size-report
cp "$wasm" target/size-report/signpost-app_bg.wasm
scripts/wasm-opt.sh "$wasm" "$wasm.opt" --strip-debug --strip-producers
mv "$wasm.opt" "$wasm"
# A panic's trap must not reach the host page (see the script).
node scripts/guard-glue.mjs dist/signpost-app.js
# The loader is what every page pays for: minified (its budget is 2 KB brotli).
node_modules/.bin/terser loader/signpost.js --compress --mangle --comments false -o dist/signpost.js
# Trunk leaves its directive in the page when it injects nothing; a platform's
# page would not have it.
perl -0pi -e 's/<link[^>]*data-trunk[^>]*>//g' dist/index.html
echo "dist/ built: $(du -sh dist | cut -f1)"
