#!/usr/bin/env bash
# baresip (Debian's baresip package) as a real agent softphone for the voice channel's TLS and SRTP tests: the tests
# start it headless with their own config dir (aufile audio, no sound card) against our SIP server on loopback.
# Installs only when missing; refreshes the package lists only when the package is not known yet.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
if packages_present baresip; then
  exit 0
fi
ensure_packages baresip -- baresip
echo "baresip installed: $(command -v baresip)"
