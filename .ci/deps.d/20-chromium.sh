#!/usr/bin/env bash
# Debian's Chromium for the real-browser tests (tests/ContactCenter.E2E drives /usr/bin/chromium with Playwright).
# Installs only when missing, so a second run costs nothing.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
if packages_present /usr/bin/chromium; then
  exit 0
fi
ensure_packages /usr/bin/chromium -- chromium
/usr/bin/chromium --version
