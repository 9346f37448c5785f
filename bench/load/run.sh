#!/usr/bin/env bash
# `npm run bench:load` (issue 13 item 4): chat load through the TLS proxy at 1 and 2 sidecar
# instances on the topology of `npm run test:cluster` (tests/cluster/topology.sh: a test CA,
# its own PostgreSQL cluster and redis-server, two compiled instances with NODE_ENV=production,
# nginx), on other ports than the cluster test so both can run at once; torn down on exit.
# bench/load/drive.mjs drives it and prints throughput, latency, error rate and the CPU time
# per message of every part. Options (environment): LOAD_ROUNDS (3), LOAD_SECONDS (10),
# LOAD_SHOPPERS (16), LOAD_RATE (5 msg/s paced), LOAD_MESSAGES (4 per conversation),
# LOAD_IDLE_SECONDS (10), LOAD_TIMEOUT (600 s for the driver); ports
# LOAD_HTTPS_PORT, LOAD_PORT_A, LOAD_PORT_B, LOAD_PG_PORT, LOAD_REDIS_PORT.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
BASE=${LOAD_BASE:-$(mktemp -d /tmp/omniops-load.XXXXXX)}
HTTPS_PORT=${LOAD_HTTPS_PORT:-8743}
PORT_A=${LOAD_PORT_A:-3311}
PORT_B=${LOAD_PORT_B:-3312}
PG_PORT=${LOAD_PG_PORT:-5644}
REDIS_PORT=${LOAD_REDIS_PORT:-6491}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
TOPOLOGY_NAME=load
# shellcheck source=tests/cluster/topology.sh
. tests/cluster/topology.sh
trap topology_cleanup EXIT

topology_packages
topology_up
# The two proxy configurations the driver switches between (nginx -s reload).
topology_nginx_conf "$BASE/nginx-1.conf" "$PORT_A" "$PORT_A"
topology_nginx_conf "$BASE/nginx-2.conf" "$PORT_A" "$PORT_B"
nginx -t -q -c "$BASE/nginx-1.conf" -p "$BASE"

log "chat load (bench/load/drive.mjs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
LOAD_BASE=$BASE LOAD_URL="https://localhost:$HTTPS_PORT" LOAD_PORT_A=$PORT_A LOAD_PORT_B=$PORT_B \
  NODE_EXTRA_CA_CERTS="$BASE/ca.pem" timeout "${LOAD_TIMEOUT:-600}" node bench/load/drive.mjs
