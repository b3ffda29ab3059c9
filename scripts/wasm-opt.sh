#!/usr/bin/env bash
# wasm-opt -Oz from the npm binaryen package (Debian's is too old), with the
# features rustc enables by default for wasm32. Used by build-dist.sh, and by
# size.mjs with -g to keep function names for the breakdown.
#   scripts/wasm-opt.sh IN OUT [extra wasm-opt flags]
set -euo pipefail
cd "$(dirname "$0")/.."
in=$1 out=$2
shift 2
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$@" "$in" -o "$out"
