#!/usr/bin/env bash
# SIPp (Debian's sip-tester package) for the voice channel's real-peer tests: the tests start our SIP server on
# loopback ephemeral ports and drive it with SIPp scenarios (tests/ContactCenter.Plugins.Channels.Voice.Tests/Sipp/).
# Installs only when missing; refreshes the package lists only when the package is not known yet.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
if packages_present sipp; then
  exit 0
fi
ensure_packages sipp -- sip-tester
echo "SIPp installed: $(command -v sipp)"
