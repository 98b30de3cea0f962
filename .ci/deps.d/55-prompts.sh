#!/usr/bin/env bash
# espeak-ng and sox regenerate the voice plugin's prompts (plugins/Channels.Voice/prompts/generate.sh). The generated
# WAVs are committed, so neither the product nor the tests need them; installed for the developer who changes a text.
# Installs only when missing; refreshes the package lists only when a package is not known yet.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
if packages_present espeak-ng sox; then
  exit 0
fi
ensure_packages espeak-ng sox -- espeak-ng sox
echo "espeak-ng and sox installed"
