#!/usr/bin/env bash
# tests/env/services.sh — makes sure PostgreSQL answers on 127.0.0.1:5432 for the sidecar's
# PostgreSQL suite: starts the machine's cluster if it is stopped, installs Debian's
# postgresql package (as root) if it is missing. Prints `export TEST_DATABASE_URL=…`.
#   eval "$(bash tests/env/services.sh)"
set -euo pipefail
say() { echo "[services] $*" >&2; }
fail() { echo "[services] FAILED: $*" >&2; exit 1; }

PGURL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}

pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "PostgreSQL is not installed and this is not root: install the postgresql package"
  say "installing PostgreSQL (Debian package)"
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends postgresql >&2 \
    || fail "apt-get install postgresql"
fi
if ! pg_ready; then
  say "starting PostgreSQL"
  version=$(ls /etc/postgresql | sort -V | tail -1)
  [ -n "$version" ] || fail "no PostgreSQL cluster under /etc/postgresql"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || fail "pg_ctlcluster $version main start"
  # Fresh clusters use peer auth on the socket; the tests connect over TCP as postgres.
  for _ in $(seq 1 50); do pg_ready && break; sleep 0.2; done
fi
pg_ready || fail "PostgreSQL does not answer on 127.0.0.1:5432"
if ! psql "$PGURL" -qAtc 'select 1' >/dev/null 2>&1; then
  # A freshly installed cluster wants a password over TCP: allow local trust for the test role.
  hba=$(su postgres -c "psql -qAtc 'show hba_file'" 2>/dev/null || true)
  if [ -n "$hba" ] && [ "$(id -u)" = 0 ]; then
    say "allowing trust auth for 127.0.0.1 in $hba"
    sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    su postgres -c "psql -qAtc 'select pg_reload_conf()'" >/dev/null
  fi
  psql "$PGURL" -qAtc 'select 1' >/dev/null 2>&1 || fail "cannot connect to $PGURL"
fi
say "PostgreSQL ready"
echo "export TEST_DATABASE_URL=$PGURL"

# Redis for the event-bus tests (two sidecar instances sharing Redis pub/sub).
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  if ! command -v redis-server >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || fail "Redis is not installed and this is not root: install the redis-server package"
    say "installing Redis (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends redis-server >&2 \
      || fail "apt-get install redis-server"
  fi
  say "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >&2
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || fail "Redis does not answer on 127.0.0.1:6379"
say "Redis ready"
echo "export TEST_REDIS_URL=redis://127.0.0.1:6379"
