# shellcheck shell=bash
# Shared settings and helpers of the WordPress test environment (wp-up.sh, wp-down.sh, wp.sh).
# Everything lives under $BASE; nothing outside it is touched except Debian packages and,
# when missing, the unpacked WordPress copy in $WP_SRC.

BASE=${BASE:-/tmp/omniops-wp}
WP_PORT=${WP_PORT:-8088}
DB_PORT=${DB_PORT:-3307}
WP_SRC=${WP_SRC:-/opt/wordpress-6.8}
WP_ADMIN_USER=${WP_ADMIN_USER:-admin}
# Test-only credentials for a WordPress that listens on 127.0.0.1 alone.
WP_ADMIN_PASSWORD=${WP_ADMIN_PASSWORD:-password}
WP_URL="http://127.0.0.1:$WP_PORT"
SITE_DIR="$BASE/site"
DB_DIR="$BASE/db"
DB_SOCKET="$DB_DIR/mysqld.sock"
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# log MESSAGE — progress line with the seconds since the script started.
_omniops_t0=$(date +%s.%N)
log() { printf '[wp-env %6.2fs] %s\n' "$(awk "BEGIN{print $(date +%s.%N) - $_omniops_t0}")" "$*"; }

# fail STEP MESSAGE — the one way these scripts give up: names the step that failed.
fail() {
	printf 'wp-env: FAILED at step "%s": %s\n' "$1" "$2" >&2
	exit 1
}

# db_sql ARGS... — the private MariaDB's client, as root over its own socket.
db_sql() { mariadb --no-defaults --socket="$DB_SOCKET" -uroot "$@"; }

db_running() { db_sql -e 'SELECT 1' >/dev/null 2>&1; }

# http_up — whether the PHP server answers at all.
http_up() { curl -s -o /dev/null --max-time 5 "$WP_URL/wp-login.php"; }

# wp_php 'php code' — runs PHP with WordPress (and its admin includes) loaded.
wp_php() { php "$BASE/bin/wp.php" "$SITE_DIR" "$@"; }
