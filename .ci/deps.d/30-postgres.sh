#!/usr/bin/env bash
# PostgreSQL server binaries for the PostgreSQL store tests (Debian's postgresql package). The tests start their own
# private server (initdb into /tmp, 127.0.0.1, an ephemeral port) and stop it; the distribution's own cluster is
# neither created nor started here. Quiet and idempotent: does nothing when a server is already installed.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/apt.sh"
initdb='/usr/lib/postgresql/*/bin/initdb'

if packages_present "$initdb"; then
  exit 0
fi

if [ "$(id -u)" = 0 ]; then
  # No main cluster: the package would otherwise create /var/lib/postgresql/NN/main and try to start it.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/50-contactcenter-no-main-cluster.conf
  # And no service start during the install, whether or not a main cluster exists.
  forbid_service_starts
fi
ensure_packages "$initdb" -- postgresql
allow_service_starts

echo "PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -n1) installed (no cluster started)."
