#!/usr/bin/env bash
# curl and jq: the demo guide's commands use them, and a test runs those commands as printed.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
# Each only when missing (with the packages' recommendations, e.g. curl's CA certificates).
ensure_packages --with-recommends curl -- curl
ensure_packages --with-recommends jq -- jq
curl --version | head -n 1
jq --version
