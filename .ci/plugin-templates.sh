#!/usr/bin/env bash
# Shows the plugin authoring kit working from the outside, as a third party sees it: packs the SDK, the kernel (the
# test kit runs on it) and the test kit into a local folder feed, installs the template pack into a private template
# hive, generates each plugin kind, and runs the generated tests against the packed packages. It uses a private NuGet
# packages folder, so locally packed ContactCenter.* versions never reach the machine's cache; the machine's cache is
# only read, as a fallback folder, so that third-party packages need no download.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
configuration=${CONFIGURATION:-Release}
work=$(mktemp -d "${TMPDIR:-/tmp}/cc-templates.XXXXXX")
trap 'rm -rf "$work"' EXIT
feed="$work/feed" hive="$work/hive"
machine_cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}

# The template's default SDK version must be the SDK this repository packs, or generated plugins cannot restore.
sdk_version=$(sed -n 's:.*<SdkVersion>\(.*\)</SdkVersion>.*:\1:p' sdk/Directory.Build.props)
template_version=$(grep -A5 '"sdkVersion": {' sdk/ContactCenter.Templates/content/cc-plugin/.template.config/template.json | sed -n 's/.*"defaultValue": "\(.*\)".*/\1/p')
if [ "$sdk_version" != "$template_version" ]; then
  echo "template.json's sdk-version default is $template_version but the SDK is $sdk_version: update the template" >&2
  exit 1
fi

echo "==> pack into $feed"
for project in sdk/ContactCenter.Sdk core/ContactCenter.Kernel sdk/ContactCenter.Sdk.Testing sdk/ContactCenter.Templates; do
  dotnet pack "$project" -c "$configuration" -o "$feed" -nologo -v quiet -p:IncludeSymbols=false
done

export NUGET_PACKAGES="$work/packages"
fallback=()
if [ -d "$machine_cache" ] && ! ls -d "$machine_cache"/contactcenter.* >/dev/null 2>&1; then
  fallback=("-p:RestoreAdditionalProjectFallbackFolders=$machine_cache")
fi

dotnet new install "$(ls "$feed"/ContactCenter.Templates.*.nupkg)" --debug:custom-hive "$hive" >/dev/null
kinds=$(sed -n '/"kind"/,/defaultValue/p' sdk/ContactCenter.Templates/content/cc-plugin/.template.config/template.json | grep -o '"choice": "[a-z]*"' | cut -d'"' -f4)
for kind in $kinds; do
  name="Acme.Sample${kind^}"
  out="$work/generated/$kind"
  echo "==> dotnet new cc-plugin --kind $kind"
  dotnet new cc-plugin -n "$name" --kind "$kind" --feed "$feed" -o "$out" --debug:custom-hive "$hive" >/dev/null
  grep -q "\"id\": \"acme.sample$kind\"" "$out/src/$name/plugin.json" || { echo "plugin.json id not derived from the name" >&2; exit 1; }
  dotnet test "$out/tests/$name.Tests" -c "$configuration" -nologo "${fallback[@]}" --logger "console;verbosity=minimal"
  dotnet publish "$out/src/$name" -c "$configuration" -nologo -v quiet "${fallback[@]}"
  test -f "$out/artifacts/plugins/$name-1.0.0.zip" || { echo "no plugin package for $kind" >&2; exit 1; }
done
echo "plugin templates: every kind generated, tested and packaged"
