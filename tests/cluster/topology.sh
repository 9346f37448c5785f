# shellcheck shell=bash
# The production topology on this machine, without Docker (ADR 0028): sourced by
# tests/cluster/run.sh (`npm run test:cluster`) and bench/load/run.sh (`npm run bench:load`).
# Everything is private to the caller's run and torn down by topology_cleanup:
#   - a test CA and a server certificate for localhost (openssl),
#   - PostgreSQL: its own cluster (initdb) on its own port and data directory,
#   - Redis: its own redis-server on its own port (never the machine's shared ones),
#   - sidecar instances from the compiled build (node dist/sidecar/main.js, NODE_ENV=production),
#   - nginx (Debian package) terminating TLS in front of them, no sticky sessions.
# The caller sets, before calling the functions: ROOT (the repository, current directory),
# BASE (a fresh directory), HTTPS_PORT, PORT_A, PORT_B, PG_PORT, REDIS_PORT, PG_BIN, and
# optionally TOPOLOGY_NAME (the log prefix, default "cluster") and CLUSTER_KEEP (keep BASE).

log() { printf '[%s %s] %s\n' "${TOPOLOGY_NAME:-cluster}" "$(date +%H:%M:%S)" "$*"; }

PIDS=()
# topology_cleanup: stops whatever of the topology was started (trap it on EXIT).
topology_cleanup() {
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

# topology_packages [extra…]: nginx, redis-server and PostgreSQL from Debian when missing (apt
# with a lock timeout), plus the extra packages' commands (e.g. sqlite3). Sets PG_BIN again.
topology_packages() {
  local need=() extra
  command -v nginx >/dev/null || need+=(nginx-light)
  command -v redis-server >/dev/null || need+=(redis-server)
  for extra in "$@"; do command -v "$extra" >/dev/null || need+=("$extra"); done
  [ -x "$PG_BIN/initdb" ] || need+=(postgresql)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y --no-install-recommends "${need[@]}" >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
}

# topology_build: the browser bundles (built when missing) and the compiled sidecar, always
# compiled again from the sources as they are (a few seconds): a dist/ left from an earlier
# checkout would otherwise test old code.
topology_build() {
  node scripts/build-if-missing.mjs
  node scripts/build-sidecar.mjs
  [ -f dist/sidecar/main.js ] || { echo "dist/sidecar/main.js missing after the build"; exit 1; }
}

# topology_base: creates BASE.
topology_base() {
  mkdir -p "$BASE"
  chmod 755 "$BASE"
  log "base $BASE"
}

# topology_certs: a test CA ($BASE/ca.pem) and a certificate for localhost signed by it.
topology_certs() {
  log "test CA and a certificate for localhost"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=OmniOps cluster test CA" \
    -keyout "$BASE/ca.key" -out "$BASE/ca.pem" >/dev/null 2>&1
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$BASE/server.key" -out "$BASE/server.csr" >/dev/null 2>&1
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$BASE/san.ext"
  openssl x509 -req -in "$BASE/server.csr" -CA "$BASE/ca.pem" -CAkey "$BASE/ca.key" -CAcreateserial \
    -days 2 -extfile "$BASE/san.ext" -out "$BASE/server.pem" >/dev/null 2>&1
}

# topology_postgres: an own cluster in $BASE/pg on PG_PORT with a database "omniops".
topology_postgres() {
  log "PostgreSQL: own cluster on port $PG_PORT"
  mkdir -p "$BASE/pg" "$BASE/pgsock"
  chown postgres:postgres "$BASE/pg" "$BASE/pgsock"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$BASE/pg" -U postgres --auth=trust >/dev/null
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$BASE/pg" -l "$BASE/pgsock/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $BASE/pgsock -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
  runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database omniops" >/dev/null
}

# topology_redis: an own redis-server on REDIS_PORT (AOF on, pid in $BASE/redis.pid).
topology_redis() {
  log "Redis: own server on port $REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly yes \
    --dir "$BASE" --pidfile "$BASE/redis.pid" --logfile "$BASE/redis.log"
  for _ in $(seq 1 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
}

# topology_env: $BASE/sidecar.env, the environment every instance starts with; sets
# MASTER_KEY, OWNER_PASSWORD and METRICS_TOKEN.
topology_env() {
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
}

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

# topology_nginx_conf <file> <first upstream port> <second upstream port>: nginx.conf.in filled
# in (the same port twice: one instance behind the proxy).
topology_nginx_conf() {
  sed -e "s#@BASE@#$BASE#g" -e "s#@HTTPS_PORT@#$HTTPS_PORT#g" \
    -e "s#@PORT_A@#$2#g" -e "s#@PORT_B@#$3#g" "$ROOT/tests/cluster/nginx.conf.in" > "$1"
}

# topology_nginx: nginx on TLS (HTTPS_PORT) in front of instances A and B ($BASE/nginx.conf),
# waiting until /readyz answers through it.
topology_nginx() {
  log "nginx: TLS on $HTTPS_PORT in front of both"
  topology_nginx_conf "$BASE/nginx.conf" "$PORT_A" "$PORT_B"
  nginx -t -q -c "$BASE/nginx.conf" -p "$BASE"
  nginx -c "$BASE/nginx.conf" -p "$BASE"
  for _ in $(seq 1 50); do
    curl -sf --cacert "$BASE/ca.pem" -o /dev/null "https://localhost:$HTTPS_PORT/readyz" && break
    sleep 0.1
  done
}

# topology_up: the whole topology, in the order it depends on: the build, BASE, certificates,
# PostgreSQL, Redis and the instances' environment; then A, which migrates the database, before
# B; then nginx in front of both. Packages come first (topology_packages, caller's extras).
topology_up() {
  topology_build
  topology_base
  topology_certs
  topology_postgres
  topology_redis
  topology_env
  log "sidecar A on $PORT_A (migrates), then B on $PORT_B"
  start_instance a "$PORT_A"
  start_instance b "$PORT_B"
  topology_nginx
}
