#!/usr/bin/env bash
# Kamailio (Debian's package) for the voice benchmark's registrar comparison only: not a CI dependency.
#   bash tests/ContactCenter.Benchmarks/kamailio/install.sh
# Installs only when missing. The benchmark starts its own kamailio (loopback, ephemeral port, kamailio.cfg beside
# this script) and stops it; the package's system-wide service is kept from starting and left disabled.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../../../.ci/lib/apt.sh"
if packages_present kamailio || packages_present /usr/sbin/kamailio; then
  exit 0
fi
# Keep the package's service from starting during installation, unless the machine already has its own policy.
if [ "$(id -u)" -eq 0 ]; then
  forbid_service_starts
fi
ensure_packages /usr/sbin/kamailio -- kamailio
# Never leave the system-wide registrar running or enabled.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  systemctl disable --now kamailio >/dev/null 2>&1 || true
elif command -v invoke-rc.d >/dev/null 2>&1; then
  allow_service_starts
  invoke-rc.d kamailio stop >/dev/null 2>&1 || true
fi
echo "kamailio installed: $(/usr/sbin/kamailio -v | head -1)"
