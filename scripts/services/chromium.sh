#!/usr/bin/env bash
# scripts/services/chromium.sh — install headless-capable Chromium + Thai fonts for browser tests.
#
# Usage (as root, Debian 12):
#   scripts/services/chromium.sh
#
# Idempotent: installs Debian's `chromium` and `fonts-thai-tlwg` only if missing
# (runs `apt-get update` only then) and prints `/usr/bin/chromium --version`.
#
# Running Chromium as root (CI) needs `--headless --no-sandbox`; e.g.
#   chromium --headless --no-sandbox --disable-gpu --dump-dom 'data:text/html,<p>สวัสดี</p>'
# NB: Debian's /etc/chromium.d/dev-shm prints "[: ...: unexpected operator" on
# stderr when /dev/shm is mounted twice (common in containers); it is harmless.
set -euo pipefail

PACKAGES=(chromium fonts-thai-tlwg)
CHROMIUM=/usr/bin/chromium

log() { echo "[chromium] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root"

pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing=()
for p in "${PACKAGES[@]}"; do
    pkg_installed "$p" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
    log "already installed: ${PACKAGES[*]}"
else
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[ -x "$CHROMIUM" ] || die "${CHROMIUM} not found"
# stderr is dropped on success because of the harmless dev-shm warning (see header).
err=$(mktemp)
trap 'rm -f "$err"' EXIT
if ! version=$("$CHROMIUM" --version 2>"$err"); then
    cat "$err" >&2
    die "${CHROMIUM} --version failed"
fi
echo "$version"
