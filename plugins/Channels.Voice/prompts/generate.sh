#!/usr/bin/env bash
# Regenerates the voice plugin's shipped prompts (prompts/es/*.wav, prompts/en/*.wav) with espeak-ng and sox
# (Debian packages espeak-ng and sox: .ci/deps.d/55-prompts.sh installs them). The generated files are committed, so
# the product never needs espeak-ng at run time: run this only when a text below changes, then commit the WAVs.
# Format: 8 kHz mono G.711 mu-law WAV (what the calls carry; PromptCatalog also reads 16-bit PCM and A-law).
set -euo pipefail
cd "$(dirname "$0")"
for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: bash .ci/deps.d/55-prompts.sh" >&2; exit 1; }
done

say() { # language voice name text
  local language=$1 voice=$2 name=$3 text=$4 raw
  raw=$(mktemp --suffix=.wav)
  espeak-ng -v "$voice" -s 150 -w "$raw" "$text"
  mkdir -p "$language"
  sox "$raw" -r 8000 -c 1 -e u-law -b 8 "$language/$name.wav" norm -3
  rm -f "$raw"
}

say es es greeting "Bienvenido a Seguros Contact Center."
say es es menu "Para siniestros, pulse 1. Para pólizas, pulse 2."
say es es invalid "Opción no válida."
say es es hold "Por favor, espere. En breve le atenderemos."
say es es position "Es usted el número"
say es es in-queue "en la cola."
say es es wait "El tiempo de espera estimado es de unos"
say es es minutes "minutos."
say es es minute "minuto."
for n in $(seq 1 20); do say es es "$n" "$n"; done

say en en-us greeting "Welcome to Insurance Contact Center."
say en en-us menu "For claims, press 1. For policies, press 2."
say en en-us invalid "That is not a valid option."
say en en-us hold "Please hold. We will be with you shortly."
say en en-us position "You are number"
say en en-us in-queue "in the queue."
say en en-us wait "The estimated wait is about"
say en en-us minutes "minutes."
say en en-us minute "minute."
for n in $(seq 1 20); do say en en-us "$n" "$n"; done
echo "prompts generated: $(find es en -name '*.wav' | wc -l) files, $(du -sh . | cut -f1)"
