#!/usr/bin/env bash
# Debian's Chromium for the real-browser tests (tests/ContactCenter.E2E drives /usr/bin/chromium with Playwright).
# Installs only when missing, so a second run costs nothing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing and installing it needs root: apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
