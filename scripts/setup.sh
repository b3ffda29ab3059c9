#!/usr/bin/env bash
# Installs what building and testing Signpost needs, skipping what is there.
# Every step checks first, so a second run takes seconds.
#
#   wasm32 standard library  rustup's target if it can be had, built from its
#                            rust-src with cargo's build-std when that can be
#                            had too; otherwise Debian's rustc-web +
#                            rust-web-src, built with build-std
#                            (see docs/ARCHITECTURE.md)
#   trunk                    the pinned version below
#   wasm-bindgen-cli         exactly the wasm-bindgen version in Cargo.lock
#   wasm-split-cli           the pinned version below (code splitting in build-dist.sh)
#   chromium, chromedriver   for the browser test layers
#   node packages            from package-lock.json (Playwright, axe, wasm-opt)
#   twiggy                   with --size-tools (make size, make bench)
#
# It writes .tools/wasm-env.sh, which scripts/wasm-env sources to build for wasm32.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Reads what wasm_split_helpers (Cargo.lock) marks in the wasm.
WASM_SPLIT_VERSION=0.2.4
TOOLS=.tools
mkdir -p "$TOOLS"

say() { printf 'setup: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=
apt_install() {
  if ! command -v apt-get >/dev/null; then
    say "cannot install $* automatically (no apt-get); install it and run make again" >&2
    exit 1
  fi
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# --- wasm32 toolchain ---------------------------------------------------------
rustup_has_wasm() {
  command -v rustup >/dev/null && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

debian_has_wasm() {
  [ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustdoc ] \
    && [ -d /usr/lib/rustlib/src/rust/library ] \
    && { [ -x /usr/bin/rust-lld ] || command -v rust-lld >/dev/null; } \
    && /usr/bin/rustc --print target-list 2>/dev/null | grep -qx wasm32-unknown-unknown
}

# Both routes: panic locations name crates by their path in the registry or
# the standard library's source ("tachys-0.2.19/src/...", "rust/library/..."),
# not by directories of the build machine (shorter, and nothing of that
# machine in what platforms serve). Symbols are mangled the v0 way, which
# keeps generic arguments in the names `make size` reads (which crate's code,
# instantiated for which Signpost type); the shipped wasm has no names, so its
# bytes are the same. Computed when sourced: the registry may be fetched after
# setup.
env_common() {
  cat <<'EOF'
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} -Csymbol-mangling-version=v0"
for dir in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  [ -d "$dir" ] && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} --remap-path-prefix=$dir="
done
std_src="$(rustc --print sysroot)/lib/rustlib/src/rust"
[ -d "$std_src" ] && CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} --remap-path-prefix=$std_src/=rust/"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
EOF
}

# The standard library built from source with the release profile (opt-level
# "z", LTO with Signpost) and its smaller variants of its algorithms (sorting,
# formatting), where a prebuilt one is built for speed: 8.4 KB less main wasm,
# brotli, with rustup's 1.95; the same results. Cargo's build-std is unstable,
# hence RUSTC_BOOTSTRAP on a stable toolchain.
env_build_std() {
  cat <<'EOF'
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
EOF
}

# rustup's rust-src for build-std, with the standard library's own
# dependencies fetched (builds are --offline); whether it could be had.
rustup_std_source() {
  if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src' \
    && [ ! -e "$TOOLS/rustup-src-failed" ]; then
    timeout "${SIGNPOST_RUSTUP_TIMEOUT:-90}" rustup component add rust-src || touch "$TOOLS/rustup-src-failed"
  fi
  local library stamp
  library="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
  stamp="$TOOLS/std-deps-$(rustc -V | tr -cd '[:alnum:].-')"
  [ -f "$library/Cargo.lock" ] && { [ -e "$stamp" ] \
    || { RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$library/Cargo.toml" && touch "$stamp"; }; }
}

# rustup's target, with the standard library built from its source when
# that can be had. SIGNPOST_STD=prebuilt keeps rustup's prebuilt library:
# build-std is unstable, and a future toolchain could break it.
write_env_rustup() {
  if [ "${SIGNPOST_STD:-}" != prebuilt ] && rustup_std_source; then
    { echo "# wasm32 through rustup, the standard library built from its rust-src."; env_build_std; env_common; } > "$TOOLS/wasm-env.sh"
    say "wasm32: rustup target, standard library from rust-src (normal route)"
  else
    { echo "# wasm32 through rustup, its prebuilt standard library."; env_common; } > "$TOOLS/wasm-env.sh"
    say "wasm32: rustup target, prebuilt standard library (normal route)"
  fi
}

write_env_debian() {
  # rustup's ~/.cargo/bin comes first on PATH, so wasm builds get a directory
  # of links to Debian's cargo, rustc and rustdoc (doctests need rustdoc) in front.
  local bin="$PWD/$TOOLS/debian-rust/bin"
  mkdir -p "$bin"
  for t in cargo rustc rustdoc; do ln -sfn "/usr/bin/$t" "$bin/$t"; done
  cat > "$TOOLS/wasm-env.sh" <<EOF
# wasm32 through Debian's rustc-web: build the standard library from source.
export PATH="$bin:\$PATH"
EOF
  { env_build_std; env_common; } >> "$TOOLS/wasm-env.sh"
  say "wasm32: Debian rustc-web with build-std (rustup target unavailable)"
}

if rustup_has_wasm; then
  write_env_rustup
elif debian_has_wasm; then
  write_env_debian
elif command -v rustup >/dev/null && [ ! -e "$TOOLS/rustup-target-failed" ] \
  && timeout "${SIGNPOST_RUSTUP_TIMEOUT:-90}" rustup target add wasm32-unknown-unknown; then
  write_env_rustup
else
  # rustup could not download the target (it hangs on closed networks, hence
  # the timeout); remember that so the next run does not wait again.
  touch "$TOOLS/rustup-target-failed"
  apt_install rustc-web cargo-web rust-web-src lld-22
  [ -x /usr/bin/rust-lld ] || as_root ln -sfn "$(command -v wasm-ld-22 || echo /usr/bin/wasm-ld-22)" /usr/bin/rust-lld
  debian_has_wasm || { say "the Debian wasm32 toolchain is incomplete" >&2; exit 1; }
  write_env_debian
fi

# --- browsers -----------------------------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver
fi

# --- node ---------------------------------------------------------------------
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# --- cargo-installed tools ----------------------------------------------------
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$cargo_bin:$PATH"

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (several minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (a minute, once)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked --quiet --force
fi

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  say "no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  say "cargo install wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Not --locked: the registry may lack one of its locked dependency versions.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --quiet --force
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  say "Trunk.toml's [tools] wasm_bindgen must be $bindgen_version (the version in Cargo.lock)" >&2
  exit 1
fi

# twiggy, for the wasm breakdown of `make size` and `make bench` only.
TWIGGY_VERSION=0.8.0
if [ "${1:-}" = "--size-tools" ] && ! { twiggy --version 2>/dev/null || true; } | grep -q " $TWIGGY_VERSION$"; then
  say "cargo install twiggy $TWIGGY_VERSION (a minute or two, once)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked --quiet
fi

say "ready"
