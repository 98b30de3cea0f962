#!/usr/bin/env bash
# The .NET SDK named in global.json must be on PATH; everything else comes from NuGet at restore.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net)." >&2
  exit 1
fi
dotnet --version
