#!/usr/bin/env bash
# curl and jq: the demo guide's commands use them, and a test runs those commands as printed.
set -euo pipefail
missing=()
for tool in curl jq; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Install ${missing[*]} with your package manager." >&2
    exit 1
  fi
fi
curl --version | head -n 1
jq --version
