#!/usr/bin/env bash
# wp-down.sh [--purge] — stops the PHP server and the private MariaDB started by wp-up.sh;
# --purge also deletes $BASE (database, site copy, logs).
set -uo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The PHP server runs in its own process group (setsid): stop the group, workers included.
if [ -f "$BASE/php.pid" ]; then
	pid=$(cat "$BASE/php.pid")
	kill -- "-$pid" 2>/dev/null && log "stopped PHP server (group $pid)"
	rm -f "$BASE/php.pid"
fi
if [ -f "$DB_DIR/mariadbd.pid" ]; then
	pid=$(cat "$DB_DIR/mariadbd.pid")
	if kill "$pid" 2>/dev/null; then
		for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		log "stopped MariaDB ($pid)"
	fi
	rm -f "$DB_DIR/mariadbd.pid"
fi
if [ "${1:-}" = "--purge" ]; then
	rm -rf "$BASE"
	log "removed $BASE"
fi
exit 0
