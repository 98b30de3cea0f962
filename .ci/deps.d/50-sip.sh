#!/usr/bin/env bash
# SIPp (Debian's sip-tester package) for the voice channel's real-peer tests: the tests start our SIP server on
# loopback ephemeral ports and drive it with SIPp scenarios (tests/ContactCenter.Plugins.Channels.Voice.Tests/Sipp/).
# Installs only when missing; refreshes the package lists only when the package is not known yet.
set -euo pipefail
if command -v sipp >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "SIPp is missing and installing it needs root: apt-get install sip-tester" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show sip-tester >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
fi
apt-get install -y -qq --no-install-recommends sip-tester >/dev/null
command -v sipp >/dev/null
echo "SIPp installed: $(command -v sipp)"
