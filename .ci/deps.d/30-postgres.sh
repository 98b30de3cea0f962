#!/usr/bin/env bash
# PostgreSQL server binaries for the PostgreSQL store tests (Debian's postgresql package). The tests start their own
# private server (initdb into /tmp, 127.0.0.1, an ephemeral port) and stop it; the distribution's own cluster is
# neither created nor started here. Quiet and idempotent: does nothing when a server is already installed.
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "PostgreSQL is not installed and installing it needs root: apt-get install postgresql" >&2
  exit 1
fi

# No main cluster: the package would otherwise create /var/lib/postgresql/NN/main and try to start it.
mkdir -p /etc/postgresql-common/createcluster.d
echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/50-contactcenter-no-main-cluster.conf

# And no service start during the install, whether or not a main cluster exists.
policy=/usr/sbin/policy-rc.d
added_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  added_policy=true
fi
trap 'if [ "$added_policy" = true ]; then rm -f "$policy"; fi' EXIT

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null

ls /usr/lib/postgresql/*/bin/initdb >/dev/null
echo "PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -n1) installed (no cluster started)."
