# Shared by the installers in .ci/deps.d/ and tests/ContactCenter.Benchmarks/kamailio/install.sh. Source it, do not
# run it:   . "$(dirname "$0")/../lib/apt.sh"
#
#   ensure_packages [--with-recommends] CHECK... -- PACKAGE...
#       Does nothing when every CHECK is present. Otherwise, as root, installs the Debian packages quietly
#       (DEBIAN_FRONTEND=noninteractive, --no-install-recommends unless --with-recommends), refreshing the package lists
#       only when a package is not known yet (or when an install from the known lists fails), then checks again.
#       Not root, or no apt-get: says what to install and exits 1.
#   packages_present CHECK...
#       True when every CHECK is present.
#   forbid_service_starts / allow_service_starts
#       Keep packages' maintainer scripts from starting their services (policy-rc.d answering 101, "action
#       forbidden"), unless the machine has its own policy-rc.d; allow_service_starts removes only the one added here
#       (it also runs on exit).
#
# A CHECK containing a slash is a path (shell patterns allowed, e.g. /usr/lib/postgresql/*/bin/initdb) that must exist
# and be executable; otherwise it is a command that must be on PATH.

packages_present() {
  local check path found
  for check in "$@"; do
    if [[ "$check" == */* ]]; then
      found=false
      for path in $check; do
        if [ -x "$path" ]; then found=true; break; fi
      done
      [ "$found" = true ] || return 1
    else
      command -v "$check" >/dev/null 2>&1 || return 1
    fi
  done
}

ensure_packages() {
  local recommends=--no-install-recommends checks=() packages=() package
  if [ "${1:-}" = --with-recommends ]; then
    recommends=
    shift
  fi
  while [ "$#" -gt 0 ] && [ "$1" != -- ]; do
    checks+=("$1")
    shift
  done
  if [ "$#" -eq 0 ] || [ "${#checks[@]}" -eq 0 ]; then
    echo "usage: ensure_packages [--with-recommends] CHECK... -- PACKAGE..." >&2
    return 2
  fi
  shift
  packages=("$@")
  if [ "${#packages[@]}" -eq 0 ]; then
    echo "usage: ensure_packages [--with-recommends] CHECK... -- PACKAGE..." >&2
    return 2
  fi

  if packages_present "${checks[@]}"; then
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "${checks[*]}: missing; install ${packages[*]} with your package manager." >&2
    exit 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "${checks[*]}: missing, and installing it needs root: apt-get install ${packages[*]}" >&2
    exit 1
  fi

  export DEBIAN_FRONTEND=noninteractive
  local updated=false
  for package in "${packages[@]}"; do
    if ! apt-cache show "$package" >/dev/null 2>&1; then
      apt-get update -qq >/dev/null
      updated=true
      break
    fi
  done
  # shellcheck disable=SC2086 # $recommends is one option or nothing
  if ! apt-get install -y -qq $recommends "${packages[@]}" >/dev/null; then
    if [ "$updated" = true ]; then
      echo "apt-get install ${packages[*]} failed." >&2
      exit 1
    fi
    # Known but stale lists (a version the mirror no longer has): refresh once and try again.
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq $recommends "${packages[@]}" >/dev/null
  fi

  if ! packages_present "${checks[@]}"; then
    echo "${packages[*]} installed, but ${checks[*]} still missing." >&2
    exit 1
  fi
}

_cc_policy=/usr/sbin/policy-rc.d
_cc_own_policy=false

forbid_service_starts() {
  if [ ! -e "$_cc_policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$_cc_policy"
    chmod +x "$_cc_policy"
    _cc_own_policy=true
    trap allow_service_starts EXIT
  fi
}

allow_service_starts() {
  if [ "$_cc_own_policy" = true ]; then
    rm -f "$_cc_policy"
    _cc_own_policy=false
  fi
}
