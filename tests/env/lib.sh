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

# WooCommerce: the pinned release the suite runs against (see woocommerce_source).
WC_VERSION=7.8.2
# The vendor folder sits beside the checkout (../shared/vendor); a clone made elsewhere on the
# same machine (a CI checkout) finds it at the workspace's fixed place, /work/shared/vendor.
_wc_default_vendor_dir() {
	local candidate
	for candidate in "$(cd "$REPO_ROOT/.." && pwd)/shared/vendor" /work/shared/vendor; do
		[ -f "$candidate/woocommerce-$WC_VERSION.tar.gz" ] && { echo "$candidate"; return; }
	done
	echo "$(cd "$REPO_ROOT/.." && pwd)/shared/vendor"
}
WC_VENDOR_DIR=${WC_VENDOR_DIR:-$(_wc_default_vendor_dir)}
WC_DOWNLOAD_URL="https://downloads.wordpress.org/plugin/woocommerce.$WC_VERSION.zip"

# woocommerce_source — prints a folder holding a built WooCommerce (woocommerce.php inside):
# $WC_SRC when set (a folder, or a .tar.gz/.zip of one), else the vendor archive after its
# .sha256 matched, else the pinned release downloaded from WordPress.org. Archives are
# unpacked once into $BASE/woocommerce-src-<name>. Returns 1, saying why, when none works.
woocommerce_source() {
	if [ -n "${WC_SRC:-}" ]; then
		if [ -f "$WC_SRC/woocommerce.php" ]; then echo "$WC_SRC"; return 0; fi
		[ -f "$WC_SRC" ] || { echo "wp-env: WC_SRC=$WC_SRC is neither a WooCommerce folder nor an archive" >&2; return 1; }
		_wc_unpack "$WC_SRC"
		return
	fi
	local archive="$WC_VENDOR_DIR/woocommerce-$WC_VERSION.tar.gz"
	if [ -f "$archive" ]; then
		if [ -f "$archive.sha256" ] && (cd "$WC_VENDOR_DIR" && sha256sum --quiet -c "$archive.sha256" >/dev/null 2>&1); then
			_wc_unpack "$archive"
			return
		fi
		echo "wp-env: $archive does not match its .sha256; not used" >&2
	fi
	local zip="$BASE/woocommerce.$WC_VERSION.zip"
	if [ ! -s "$zip" ]; then
		curl -fsSL --max-time 300 -o "$zip.part" "$WC_DOWNLOAD_URL" \
			|| { rm -f "$zip.part"; echo "wp-env: could not download $WC_DOWNLOAD_URL" >&2; return 1; }
		mv "$zip.part" "$zip"
	fi
	_wc_unpack "$zip"
}

# _wc_unpack ARCHIVE — unpacks a WooCommerce archive (top folder woocommerce/) once, prints
# the woocommerce/ folder.
_wc_unpack() {
	local archive=$1 dest
	dest="$BASE/woocommerce-src-$(basename "$archive" | tr -c 'A-Za-z0-9.\n-' '_')"
	if [ ! -f "$dest/woocommerce/woocommerce.php" ]; then
		rm -rf "$dest" && mkdir -p "$dest"
		case "$archive" in
			*.zip) unzip -q "$archive" -d "$dest" ;;
			*) tar -xzf "$archive" -C "$dest" ;;
		esac || { echo "wp-env: could not unpack $archive" >&2; rm -rf "$dest"; return 1; }
		[ -f "$dest/woocommerce/woocommerce.php" ] \
			|| { echo "wp-env: $archive holds no woocommerce/woocommerce.php" >&2; rm -rf "$dest"; return 1; }
	fi
	echo "$dest/woocommerce"
}
