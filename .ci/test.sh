#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need (each capability's installer lives in
# .ci/deps.d/), builds, and runs every test project. Fuzzing and long benchmarks are not part of it.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Host").
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

for installer in .ci/deps.d/*.sh; do
  [ -e "$installer" ] || continue
  echo "==> $(basename "$installer")"
  bash "$installer"
done

echo "==> build"
dotnet build ContactCenter.sln -c Release -nologo

echo "==> plugin templates (packed SDK, kernel and kit; each generated kind built and tested)"
bash .ci/plugin-templates.sh

echo "==> test"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test ContactCenter.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test projects' own summaries.
awk '/(Passed|Failed)! +- Failed: /{
  for (i = 1; i <= NF; i++) {
    if ($i == "Failed:") failed += $(i + 1) + 0
    if ($i == "Passed:") passed += $(i + 1) + 0
    if ($i == "Skipped:") skipped += $(i + 1) + 0
  }
} END { printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
exit "$status"
