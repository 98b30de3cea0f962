#!/usr/bin/env bash
# Adds every new public SDK symbol the PublicApiAnalyzers report (RS0016) to PublicAPI.Unshipped.txt.
# A project's build also reports its referenced SDK projects' warnings: only lines naming the project itself count.
# Run after a deliberate change to the SDK's public surface, then review the diff: it is the contract.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in sdk/*/; do
  name=$(basename "$project")
  [ -f "$project/PublicAPI.Unshipped.txt" ] || continue
  found=$(dotnet build "$project/$name.csproj" --no-incremental 2>&1 \
    | grep RS0016 | grep -F "/$name.csproj]" | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
  if [ -n "$found" ]; then
    printf '%s\n' "$found" >> "$project/PublicAPI.Unshipped.txt"
    { head -n1 "$project/PublicAPI.Unshipped.txt"; tail -n +2 "$project/PublicAPI.Unshipped.txt" | sort -u; } > "$project/PublicAPI.tmp"
    mv "$project/PublicAPI.tmp" "$project/PublicAPI.Unshipped.txt"
    echo "$name: $(printf '%s\n' "$found" | wc -l) symbol(s) added"
  fi
done
