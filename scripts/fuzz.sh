#!/usr/bin/env bash
# Fuzzes the pure modules with cargo-fuzz (libFuzzer): each target of fuzz/
# runs for FUZZ_SECONDS (default 30) over a scratch copy of its committed
# corpus fuzz/corpus/<target>, so that the committed corpus changes only on
# purpose. Fails if any target crashes (a panic, a broken assert!, a
# sanitizer report or a timeout) and says where the input was saved.
#
#   scripts/fuzz.sh                      every target
#   scripts/fuzz.sh markdown faq_query   some of them
#   FUZZ_SECONDS=300 scripts/fuzz.sh     longer
#   FUZZ_TIMEOUT=10                      seconds one input may take (default 10)
#   FUZZ_SANITIZER=none                  skip AddressSanitizer (default: address when it can be had)
#   FUZZ_KEEP=1                          keep the scratch corpus (its path is printed)
#   FUZZ_TOOLCHAIN=stable                a rustup toolchain (not nightly: with RUSTC_BOOTSTRAP=1)
#
# Installs cargo-fuzz if it is missing. Uses rustup's nightly when there is
# one, else the default toolchain with RUSTC_BOOTSTRAP=1 (libFuzzer's
# instrumentation needs nightly flags).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

FUZZ_SECONDS=${FUZZ_SECONDS:-30}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}

say() { printf 'fuzz: %s\n' "$*"; }

# --- toolchain ------------------------------------------------------------------
TOOLCHAIN=()
if [ -n "${FUZZ_TOOLCHAIN:-}" ]; then
  TOOLCHAIN=(+"$FUZZ_TOOLCHAIN")
  case "$FUZZ_TOOLCHAIN" in nightly*) ;; *) export RUSTC_BOOTSTRAP=1 ;; esac
  say "toolchain: $FUZZ_TOOLCHAIN${RUSTC_BOOTSTRAP:+ with RUSTC_BOOTSTRAP=1}"
elif command -v rustup >/dev/null && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  TOOLCHAIN=(+nightly)
  say "toolchain: rustup nightly"
else
  export RUSTC_BOOTSTRAP=1
  say "toolchain: $(rustc --version) with RUSTC_BOOTSTRAP=1 (no nightly installed)"
fi

# --- cargo-fuzz -----------------------------------------------------------------
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "cargo install cargo-fuzz --locked"
  cargo install cargo-fuzz --locked
fi

# --- targets --------------------------------------------------------------------
ALL_TARGETS=($(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -vx signpost-fuzz))
if [ $# -gt 0 ]; then
  TARGETS=("$@")
  for t in "${TARGETS[@]}"; do
    printf '%s\n' "${ALL_TARGETS[@]}" | grep -qx "$t" || { say "no target $t (there are: ${ALL_TARGETS[*]})" >&2; exit 2; }
  done
else
  TARGETS=("${ALL_TARGETS[@]}")
fi

# --- sanitizer ------------------------------------------------------------------
# AddressSanitizer needs the runtime that rustup ships in rust-std; without it,
# libFuzzer still finds panics, assertion failures and timeouts.
SANITIZER=${FUZZ_SANITIZER:-}
if [ -z "$SANITIZER" ]; then
  sysroot=$(rustc "${TOOLCHAIN[@]}" --print sysroot)
  host=$(rustc "${TOOLCHAIN[@]}" -vV | sed -n 's/^host: //p')
  if compgen -G "$sysroot/lib/rustlib/$host/lib/librustc-*_rt.asan.a" >/dev/null; then
    SANITIZER=address
  else
    SANITIZER=none
    say "no AddressSanitizer runtime in $sysroot: fuzzing without a sanitizer"
  fi
fi

# -O (release) and -a (debug assertions, and with them overflow checks): the
# same flags for build and run, so that run does not build again.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/signpost-fuzz.XXXXXX")
if [ -z "${FUZZ_KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; fi

build() {
  say "building every target (sanitizer: $SANITIZER)"
  nice -n 10 cargo "${TOOLCHAIN[@]}" fuzz build -O -a --sanitizer "$SANITIZER" >"$WORK/build.log" 2>&1
}
if ! build; then
  if [ "$SANITIZER" = address ] && [ -z "${FUZZ_SANITIZER:-}" ]; then
    tail -n 15 "$WORK/build.log" >&2
    say "the build with AddressSanitizer failed; again without a sanitizer"
    SANITIZER=none
    build || { tail -n 40 "$WORK/build.log" >&2; exit 1; }
  else
    tail -n 40 "$WORK/build.log" >&2
    exit 1
  fi
fi

# --- run ------------------------------------------------------------------------
FAILED=()
SUMMARY=()
for t in "${TARGETS[@]}"; do
  corpus="$WORK/corpus/$t"
  mkdir -p "$corpus" "fuzz/artifacts/$t"
  if [ -d "fuzz/corpus/$t" ]; then cp -R "fuzz/corpus/$t/." "$corpus/"; fi
  seeds=$(find "$corpus" -type f | wc -l)
  say "$t: ${FUZZ_SECONDS}s over $seeds seed inputs"
  log="$WORK/$t.log"
  start=$(date +%s)
  status=0
  nice -n 10 cargo "${TOOLCHAIN[@]}" fuzz run -O -a --sanitizer "$SANITIZER" "$t" "$corpus" -- \
    -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  took=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ -z "$execs" ]; then
    execs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
  fi
  found=$(( $(find "$corpus" -type f | wc -l) - seeds ))
  line="$t: ${took}s, ${execs:-?} execs, $found new corpus inputs"
  if [ "$status" -ne 0 ]; then
    FAILED+=("$t")
    line="$line, FAILED (exit $status)"
    grep -E 'panicked at|ERROR: libFuzzer|ERROR: AddressSanitizer|==ERROR|Test unit written to|^Failing input|timeout after' "$log" | head -n 12 >&2 || true
    say "$t: full log kept at fuzz/artifacts/$t/last-run.log"
    cp "$log" "fuzz/artifacts/$t/last-run.log"
  fi
  say "$line"
  SUMMARY+=("$line")
done

say "summary (sanitizer: $SANITIZER, ${FUZZ_SECONDS}s each):"
printf '  %s\n' "${SUMMARY[@]}"
if [ -n "${FUZZ_KEEP:-}" ]; then say "scratch corpus kept in $WORK/corpus"; fi
if [ ${#FAILED[@]} -gt 0 ]; then
  say "crashed: ${FAILED[*]}. The input is in fuzz/artifacts/<target>/ (see 'Test unit written to' above);"
  repro="cargo ${TOOLCHAIN[*]:+${TOOLCHAIN[*]} }fuzz run -O -a --sanitizer $SANITIZER <target> fuzz/artifacts/<target>/<file>"
  if [ -n "${RUSTC_BOOTSTRAP:-}" ]; then repro="RUSTC_BOOTSTRAP=1 $repro"; fi
  say "reproduce with: $repro"
  say "then fix the bug and add the input as a native regression test (README.md, Tests)"
  exit 1
fi
