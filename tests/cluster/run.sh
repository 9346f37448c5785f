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
log() { printf '[cluster %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

PIDS=()
cleanup() {
  set +e
  log "teardown"
  [ -f "$BASE/nginx.pid" ] && kill "$(cat "$BASE/nginx.pid")" 2>/dev/null
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [ -f "$BASE/sidecar-a.pid" ] && kill "$(cat "$BASE/sidecar-a.pid")" 2>/dev/null
  [ -f "$BASE/sidecar-b.pid" ] && kill "$(cat "$BASE/sidecar-b.pid")" 2>/dev/null
  [ -f "$BASE/sidecar-c.pid" ] && kill "$(cat "$BASE/sidecar-c.pid")" 2>/dev/null
  [ -f "$BASE/redis.pid" ] && kill "$(cat "$BASE/redis.pid")" 2>/dev/null
  [ -d "$BASE/pg" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$BASE/pg" -m immediate stop >/dev/null 2>&1
  sleep 0.5
  [ -z "${CLUSTER_KEEP:-}" ] && rm -rf "$BASE"
}
trap cleanup EXIT

# Packages: nginx, redis-server, sqlite3 (the SQLite drill) and PostgreSQL from Debian when
# missing (apt with a lock timeout).
need=()
command -v nginx >/dev/null || need+=(nginx-light)
command -v redis-server >/dev/null || need+=(redis-server)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -x "$PG_BIN/initdb" ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y --no-install-recommends "${need[@]}" >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# Debian's Chromium for the journey (installed when missing, as root).
bash tests/env/chromium.sh

# The compiled sidecar and the bundles.
node scripts/build-if-missing.mjs
[ -f dist/sidecar/main.js ] || { echo "dist/sidecar/main.js missing after the build"; exit 1; }

mkdir -p "$BASE"
chmod 755 "$BASE"
log "base $BASE"

log "test CA and a certificate for localhost"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=OmniOps cluster test CA" \
  -keyout "$BASE/ca.key" -out "$BASE/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
  -keyout "$BASE/server.key" -out "$BASE/server.csr" >/dev/null 2>&1
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$BASE/san.ext"
openssl x509 -req -in "$BASE/server.csr" -CA "$BASE/ca.pem" -CAkey "$BASE/ca.key" -CAcreateserial \
  -days 2 -extfile "$BASE/san.ext" -out "$BASE/server.pem" >/dev/null 2>&1

log "PostgreSQL: own cluster on port $PG_PORT"
mkdir -p "$BASE/pg" "$BASE/pgsock"
chown postgres:postgres "$BASE/pg" "$BASE/pgsock"
runuser -u postgres -- "$PG_BIN/initdb" -D "$BASE/pg" -U postgres --auth=trust >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$BASE/pg" -l "$BASE/pgsock/postgres.log" -w -t 60 \
  -o "-p $PG_PORT -k $BASE/pgsock -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database omniops" >/dev/null

log "Redis: own server on port $REDIS_PORT"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly yes \
  --dir "$BASE" --pidfile "$BASE/redis.pid" --logfile "$BASE/redis.log"
for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done

MASTER_KEY=$(openssl rand -base64 32)
OWNER_PASSWORD=$(openssl rand -hex 16)
METRICS_TOKEN=$(openssl rand -hex 16)
cat > "$BASE/sidecar.env" <<ENV
NODE_ENV=production
HOST=127.0.0.1
OMNIOPS_PUBLIC_URL=https://localhost:$HTTPS_PORT
OMNIOPS_MASTER_KEY=$MASTER_KEY
DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/omniops
REDIS_URL=redis://127.0.0.1:$REDIS_PORT
OMNIOPS_TRUST_PROXY=true
OMNIOPS_DEMO=true
LOG_LEVEL=warn
OMNIOPS_OWNER_EMAIL=owner@cluster.test
OMNIOPS_METRICS_TOKEN=$METRICS_TOKEN
OMNIOPS_ALERT_INTERVAL_SECONDS=10
OMNIOPS_OWNER_PASSWORD=$OWNER_PASSWORD
OMNIOPS_AUDIT_CHECKPOINT_FILE=$BASE/audit-checkpoints.jsonl
OMNIOPS_LIMIT_MESSAGES_PER_IP=100000/60
OMNIOPS_LIMIT_CONVERSATIONS_PER_IP=100000/60
OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION=100000/60
OMNIOPS_LIMIT_MESSAGES_PER_SITE=100000/60
OMNIOPS_LIMIT_CONVERSATIONS_PER_SITE=100000/60
ENV

# start_instance <a|b> <port>: the compiled sidecar in production mode, pid in $BASE/sidecar-<x>.pid.
start_instance() {
  local name=$1 port=$2
  ( set -a; . "$BASE/sidecar.env"; set +a; PORT=$port exec node "$ROOT/dist/sidecar/main.js" ) \
    >>"$BASE/sidecar-$name.log" 2>&1 &
  echo $! > "$BASE/sidecar-$name.pid"
  local deadline=$(( $(date +%s) + 90 ))
  until curl -sf -o /dev/null "http://127.0.0.1:$port/readyz"; do
    if ! kill -0 "$(cat "$BASE/sidecar-$name.pid")" 2>/dev/null; then
      cat "$BASE/sidecar-$name.log"; echo "sidecar $name exited"; return 1
    fi
    [ "$(date +%s)" -lt "$deadline" ] || { echo "sidecar $name not ready in 90 s"; return 1; }
    sleep 0.2
  done
}
export -f start_instance
log "sidecar A on $PORT_A (migrates), then B on $PORT_B"
start_instance a "$PORT_A"
start_instance b "$PORT_B"

log "nginx: TLS on $HTTPS_PORT in front of both"
sed -e "s#@BASE@#$BASE#g" -e "s#@HTTPS_PORT@#$HTTPS_PORT#g" \
  -e "s#@PORT_A@#$PORT_A#g" -e "s#@PORT_B@#$PORT_B#g" tests/cluster/nginx.conf.in > "$BASE/nginx.conf"
nginx -t -q -c "$BASE/nginx.conf" -p "$BASE"
nginx -c "$BASE/nginx.conf" -p "$BASE"
for _ in $(seq 1 50); do
  curl -sf --cacert "$BASE/ca.pem" -o /dev/null "https://localhost:$HTTPS_PORT/readyz" && break
  sleep 0.1
done

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
