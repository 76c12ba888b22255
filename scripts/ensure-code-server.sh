#!/usr/bin/env bash
# Installs what the integration and e2e tiers need on a machine without internet:
# Debian packages (as root) and code-server 4.100.3 in a cache folder outside the clone.
# Idempotent: a second run only checks.
set -euo pipefail

CS_VERSION="4.100.3"
CACHE_DIR="${MLPREP_CACHE_DIR:-$HOME/.cache/ml-interview-prep}"
CS_DIR="$CACHE_DIR/code-server-$CS_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
# The installed-VSIX tier lists the package's entries with unzip.
command -v unzip >/dev/null 2>&1 || need_apt+=(unzip)
# The live data problems require pandas: Debian's package for the system interpreter (no PyPI).
# The judge picks, among the interpreters it finds, one that imports the required modules.
if [ -x /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; then need_apt+=(python3-pandas); fi
if [ ! -x "$CS_BIN" ]; then
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
  command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
  dpkg -s libxkbfile-dev >/dev/null 2>&1 || need_apt+=(libxkbfile-dev)
  dpkg -s libsecret-1-dev >/dev/null 2>&1 || need_apt+=(libsecret-1-dev)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[setup] apt-get install ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "[setup] missing system packages: ${need_apt[*]} (install them, e.g. with apt-get as root)" >&2
    exit 1
  fi
fi

if [ -x "$CS_BIN" ]; then
  echo "[setup] code-server $CS_VERSION ready in $CS_DIR"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg; it first looks in this cache.
TMP="${TMPDIR:-/tmp}"
RG_CACHE="$TMP/vscode-ripgrep-cache-1.15.11"
RG_TAR="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_TAR" ]; then
  mkdir -p "$RG_CACHE"
  work="$(mktemp -d)"
  cp "$(command -v rg)" "$work/rg"
  tar -C "$work" -czf "$RG_TAR" rg
  rm -rf "$work"
fi

echo "[setup] installing code-server $CS_VERSION into $CS_DIR (takes a few minutes)"
mkdir -p "$CS_DIR.partial"
cd "$CS_DIR.partial"
[ -f package.json ] || echo '{"name":"mlprep-code-server-cache","private":true}' > package.json
npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >/dev/null
cd "$CACHE_DIR"
rm -rf "$CS_DIR"
mv "$CS_DIR.partial" "$CS_DIR"
echo "[setup] code-server $CS_VERSION installed"
