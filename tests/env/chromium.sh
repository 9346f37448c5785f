#!/usr/bin/env bash
# tests/env/chromium.sh — Debian's Chromium for Playwright (Playwright cannot download its own here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
[ "$(id -u)" = 0 ] || { echo "[chromium] FAILED: /usr/bin/chromium missing and not root: apt-get install chromium" >&2; exit 1; }
echo "[chromium] installing Debian's chromium" >&2
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2 \
  || { echo "[chromium] FAILED: apt-get install chromium" >&2; exit 1; }
