#!/usr/bin/env bash
# baresip (Debian's baresip package) as a real agent softphone for the voice channel's TLS and SRTP tests: the tests
# start it headless with their own config dir (aufile audio, no sound card) against our SIP server on loopback.
# Installs only when missing; refreshes the package lists only when the package is not known yet.
set -euo pipefail
if command -v baresip >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "baresip is missing and installing it needs root: apt-get install baresip" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show baresip >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
fi
apt-get install -y -qq --no-install-recommends baresip >/dev/null
command -v baresip >/dev/null
echo "baresip installed: $(command -v baresip)"
