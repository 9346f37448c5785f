#!/usr/bin/env bash
# `npm run test:cluster` (issue 13 items 2-3, ADR 0028): the production topology on this machine,
# without Docker, and faults against it. Everything is private to this run and torn down after:
#   - a test CA and a server certificate for localhost (made here with openssl),
#   - PostgreSQL: its own cluster (initdb) on its own port and data directory,
#   - Redis: its own redis-server on its own port (never the machine's shared ones),
#   - two sidecar instances from the compiled build (node dist/sidecar/main.js, NODE_ENV=production),
#   - nginx (Debian package) terminating TLS in front of both, no sticky sessions.
# Then tests/cluster/journey.spec.ts walks it in Chromium over https (dashboard on one instance,
# shopper on the other), and tests/cluster/faults.mjs runs chat load through the proxy, the
# faults (kill -9 of an instance, Redis restart, PostgreSQL restart) and the restore drill
# (pg_dump -> pg_restore).
# Bounded: every wait has a deadline; the whole run is capped by CLUSTER_TIMEOUT (s).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
BASE=${CLUSTER_BASE:-$(mktemp -d /tmp/omniops-cluster.XXXXXX)}
HTTPS_PORT=${CLUSTER_HTTPS_PORT:-8643}
PORT_A=${CLUSTER_PORT_A:-3211}
PORT_B=${CLUSTER_PORT_B:-3212}
PG_PORT=${CLUSTER_PG_PORT:-5544}
REDIS_PORT=${CLUSTER_REDIS_PORT:-6391}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
export CLUSTER_TIMEOUT=${CLUSTER_TIMEOUT:-300}
# The set-up steps are shared with bench/load/run.sh (tests/cluster/topology.sh).
# shellcheck source=tests/cluster/topology.sh
. tests/cluster/topology.sh
trap topology_cleanup EXIT

# Packages: nginx, redis-server, sqlite3 (the SQLite drill) and PostgreSQL from Debian when
# missing (apt with a lock timeout).
topology_packages sqlite3

# Debian's Chromium for the journey (installed when missing, as root).
bash tests/env/chromium.sh

# The compiled sidecar and the bundles, its database and Redis, both instances, nginx.
export -f start_instance
topology_up

# The journey's Chromium trusts exactly this server key (the hash of its public key).
SPKI=$(openssl x509 -in "$BASE/server.pem" -pubkey -noout | openssl pkey -pubin -outform der \
  | openssl dgst -sha256 -binary | base64)
log "topology journey in Chromium (tests/cluster/journey.spec.ts)"
CLUSTER_BASE=$BASE CLUSTER_URL="https://localhost:$HTTPS_PORT" CLUSTER_SPKI=$SPKI \
  CLUSTER_PORT_A=$PORT_A CLUSTER_PORT_B=$PORT_B \
  CLUSTER_OWNER_EMAIL=owner@cluster.test CLUSTER_OWNER_PASSWORD=$OWNER_PASSWORD \
  NODE_EXTRA_CA_CERTS="$BASE/ca.pem" \
  timeout 300 npx playwright test -c tests/cluster/playwright.config.ts

log "faults and load (tests/cluster/faults.mjs)"
CLUSTER_BASE=$BASE CLUSTER_URL="https://localhost:$HTTPS_PORT" \
  CLUSTER_PORT_A=$PORT_A CLUSTER_PORT_B=$PORT_B CLUSTER_REDIS_PORT=$REDIS_PORT \
  CLUSTER_PG_PORT=$PG_PORT PG_BIN=$PG_BIN CLUSTER_METRICS_TOKEN=$METRICS_TOKEN \
  CLUSTER_ALERT_INTERVAL_SECONDS=10 \
  NODE_EXTRA_CA_CERTS="$BASE/ca.pem" \
  timeout "$CLUSTER_TIMEOUT" node tests/cluster/faults.mjs
CLUSTER_BASE=$BASE timeout 120 node tests/cluster/restore-sqlite.mjs
