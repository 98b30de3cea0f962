#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs and starts what the tests need
# (each capability's installer lives in .ci/deps.d/), builds, and runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

for installer in .ci/deps.d/*.sh; do
  [ -e "$installer" ] || continue
  echo "==> $(basename "$installer")"
  bash "$installer"
done

echo "==> build"
dotnet build ContactCenter.sln -c Release -nologo

echo "==> test"
dotnet test ContactCenter.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@"
