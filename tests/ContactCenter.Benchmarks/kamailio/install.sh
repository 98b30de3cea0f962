#!/usr/bin/env bash
# Kamailio (Debian's package) for the voice benchmark's registrar comparison only: not a CI dependency.
#   bash tests/ContactCenter.Benchmarks/kamailio/install.sh
# Installs only when missing. The benchmark starts its own kamailio (loopback, ephemeral port, kamailio.cfg beside
# this script) and stops it; the package's system-wide service is kept from starting and left disabled.
set -euo pipefail
if command -v kamailio >/dev/null 2>&1 || [ -x /usr/sbin/kamailio ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "kamailio is missing and installing it needs root: apt-get install kamailio" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show kamailio >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
fi
# Keep the package's service from starting during installation (policy-rc.d 101 = action forbidden), unless the
# machine already has its own policy.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod +x "$policy"
  own_policy=1
fi
trap '[ "$own_policy" = 1 ] && rm -f "$policy"' EXIT
apt-get install -y -qq --no-install-recommends kamailio >/dev/null
# Never leave the system-wide registrar running or enabled.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  systemctl disable --now kamailio >/dev/null 2>&1 || true
elif command -v invoke-rc.d >/dev/null 2>&1; then
  rm -f "$policy"; own_policy=0
  invoke-rc.d kamailio stop >/dev/null 2>&1 || true
fi
test -x /usr/sbin/kamailio
echo "kamailio installed: $(/usr/sbin/kamailio -v | head -1)"
