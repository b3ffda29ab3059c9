#!/usr/bin/env bash
# Builds the release dist/: Trunk (cargo, the page and the copied files), the
# code split and wasm-bindgen, then wasm-opt (scripts/wasm-opt.sh), the glue's
# patches and minification.
set -euo pipefail
cd "$(dirname "$0")/.."
# Trunk's own glue is replaced below (code splitting), so its failure to
# minify it (the wasm's imports are not linked yet) is not worth showing.
scripts/wasm-env trunk build --release --offline --locked 2>&1 | grep -vE '^\s*$|WARN Failed to minify JS' | sed 's/^/trunk: /'
wasm=dist/signpost-app_bg.wasm
[ -f "$wasm" ] || { echo "build-dist: $wasm was not produced" >&2; exit 1; }
# Code splitting, which Trunk cannot do (trunk-rs/trunk#1022): the wasm cargo
# built for Trunk (feature `split`) is cut by wasm-split-cli into the main
# module, a chunk per #[wasm_split] name (split_contact.wasm: the advisor and
# hand-off, src/ui/contact.rs; split_status.wasm: the status feed's reader and
# banners, src/host/status.rs), chunk_N.wasm for code two of them share, and
# their loader __wasm_split.js; wasm-bindgen
# then makes the glue for the main module, replacing what Trunk made.
split=target/split
rm -rf "$split"
wasm-split-cli "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/signpost-app.wasm" "$split" --out-name signpost-app --target web
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$split/bindgen" --out-name signpost-app "$split/signpost-app.wasm"
cp "$split/bindgen/signpost-app.js" dist/signpost-app.js
cp "$split/bindgen/signpost-app_bg.wasm" "$wasm"
cp "$split/__wasm_split.js" dist/__wasm_split.js
# Exports no code calls, which Leptos brings in (see the script).
node scripts/drop-stream-exports.mjs "$wasm" dist/signpost-app.js
for chunk in "$split"/*.wasm; do
  [ "$chunk" = "$split/signpost-app.wasm" ] && continue
  # wasm-opt does not know the chunk's name section's label names; they are stripped anyway.
  scripts/wasm-opt.sh "$chunk" "dist/$(basename "$chunk")" --strip-debug --strip-producers 2>&1 | { grep -v 'unknown name subsection' || true; } >&2
done
node scripts/split-glue.mjs dist/__wasm_split.js dist/signpost-app.js
# Kept with its function names for the size breakdown (scripts/size.mjs).
mkdir -p target/size-report
cp "$wasm" target/size-report/signpost-app_bg.wasm
scripts/wasm-opt.sh "$wasm" "$wasm.opt" --strip-debug --strip-producers
mv "$wasm.opt" "$wasm"
# A panic's trap must not reach the host page (see the script).
node scripts/guard-glue.mjs dist/signpost-app.js
# The loader is what every page pays for: minified (its budget is 2 KB brotli).
node_modules/.bin/terser loader/signpost.js --compress --mangle --comments false -o dist/signpost.js
# The glue and the chunk loader too, once patched (ES modules: exports keep their names).
for js in dist/signpost-app.js dist/__wasm_split.js; do
  node_modules/.bin/terser "$js" --module --compress --mangle --comments false -o "$js.min"
  mv "$js.min" "$js"
done
# Trunk leaves its directive in the page when it injects nothing; a platform's
# page would not have it.
perl -0pi -e 's/<link[^>]*data-trunk[^>]*>//g' dist/index.html
echo "dist/ built: $(du -sh dist | cut -f1)"
