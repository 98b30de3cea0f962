#!/usr/bin/env bash
# espeak-ng and sox regenerate the voice plugin's prompts (plugins/Channels.Voice/prompts/generate.sh). The generated
# WAVs are committed, so neither the product nor the tests need them; installed for the developer who changes a text.
# Installs only when missing; refreshes the package lists only when a package is not known yet.
set -euo pipefail
if command -v espeak-ng >/dev/null 2>&1 && command -v sox >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "espeak-ng/sox are missing and installing them needs root: apt-get install espeak-ng sox" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show espeak-ng >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
fi
apt-get install -y -qq --no-install-recommends espeak-ng sox >/dev/null
echo "espeak-ng and sox installed"
