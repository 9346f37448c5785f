#!/usr/bin/env bash
# wp-up.sh — a real WordPress 6.8 with WooCommerce 7.8.2 and the OmniOps plugin active, on
# Debian without Docker.
#
#   bash tests/env/wp-up.sh            (env: BASE=/tmp/omniops-wp WP_PORT=8088 DB_PORT=3307
#                                       WP_SRC=/opt/wordpress-6.8 WP_ADMIN_PASSWORD=password
#                                       WC_SRC=/path/to/built/woocommerce or its archive —
#                                       optional: else $WC_VENDOR_DIR (../shared/vendor),
#                                       else WordPress.org)
#   . "$BASE/env.sh"                   exports WP_URL, WP_ADMIN_USER, WP_ADMIN_PASSWORD, …
#   bash tests/env/wp-down.sh [--purge]
#
# Leaves running a private MariaDB (127.0.0.1:$DB_PORT, data in $BASE/db) and PHP's built-in
# server on $WP_URL. Idempotent: a second run reuses what is there (and running), refreshes
# the plugin copy and makes sure the test content exists.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STEP="start"
trap 'fail "$STEP" "command failed (exit $?): $BASH_COMMAND"' ERR

# --- 1. Debian packages ---------------------------------------------------------------------
STEP="package install"
PACKAGES="php8.2-cli php8.2-mysql php8.2-xml php8.2-mbstring php8.2-curl php8.2-gd php8.2-zip php8.2-intl mariadb-server curl unzip"
missing=""
for pkg in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
	[ "$(id -u)" = 0 ] || fail "$STEP" "missing Debian packages:$missing (run as root, or install them first)"
	log "installing:$missing"
	apt-get -o DPkg::Lock::Timeout=600 update -qq >"$BASE.apt.log" 2>&1 \
		|| fail "$STEP" "apt-get update failed (see $BASE.apt.log)"
	# shellcheck disable=SC2086 # word splitting of the package list is intended
	DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing \
		>>"$BASE.apt.log" 2>&1 || fail "$STEP" "apt-get install$missing failed (see $BASE.apt.log)"
fi
log "packages ready"

# --- 2. WordPress 6.8 files (Debian 13's package, unpacked without touching apt's config) ---
STEP="WordPress download"
fetch_wordpress_from_trixie() {
	local dest=$1 work
	work=$(mktemp -d)
	# A private apt state: only trixie's main archive is known to these apt calls.
	mkdir -p "$work/sources" "$work/lists/partial" "$work/unpacked"
	printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
		>"$work/sources/trixie.sources"
	local apt_opts=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$work/sources"
		-o Dir::State::Lists="$work/lists" -o APT::Sandbox::User=root)
	apt-get "${apt_opts[@]}" update -qq
	# Debian's wordpress package links its bundled JS/PHP libraries to other packages.
	(cd "$work" && apt-get "${apt_opts[@]}" download -qq wordpress wordpress-theme-twentytwentyfive \
		libjs-lodash libjs-underscore libjs-cropper php-getid3)
	for deb in "$work"/*.deb; do dpkg -x "$deb" "$work/unpacked"; done
	# Turn absolute symlinks (into /usr/share/javascript, /usr/share/php…) into real copies.
	(cd "$work/unpacked/usr/share/wordpress" && find . -type l | while read -r link; do
		target=$(readlink "$link")
		case "$target" in /*) [ -e "$work/unpacked$target" ] && { rm "$link"; cp -rL "$work/unpacked$target" "$link"; } ;; esac
	done)
	mkdir -p "$(dirname "$dest")"
	cp -rL "$work/unpacked/usr/share/wordpress" "$dest"
	rm -f "$dest/wp-config.php" "$dest/.htaccess"
	rm -rf "$work"
}
if [ ! -f "$WP_SRC/wp-settings.php" ]; then
	log "fetching WordPress from Debian trixie into $WP_SRC"
	fetch_wordpress_from_trixie "$WP_SRC" || fail "$STEP" "could not fetch Debian trixie's wordpress package into $WP_SRC"
fi
wp_version=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$WP_SRC/wp-includes/version.php")
log "WordPress $wp_version at $WP_SRC"

# --- 3. Private MariaDB ---------------------------------------------------------------------
STEP="MariaDB start"
mkdir -p "$DB_DIR" "$BASE/bin"
if [ ! -d "$DB_DIR/data/mysql" ]; then
	mariadb-install-db --no-defaults --datadir="$DB_DIR/data" --user=root \
		--auth-root-authentication-method=normal --skip-test-db --force >"$DB_DIR/install.log" 2>&1 \
		|| fail "$STEP" "mariadb-install-db failed (see $DB_DIR/install.log)"
fi
if ! db_running; then
	# --user=root: the datadir belongs to root; no systemd, no /var/lib/mysql.
	start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$DB_DIR/mariadbd.pid" \
		--exec /usr/sbin/mariadbd -- --no-defaults --user=root --datadir="$DB_DIR/data" \
		--socket="$DB_SOCKET" --port="$DB_PORT" --bind-address=127.0.0.1 --skip-log-bin \
		--log-error="$DB_DIR/error.log" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
	for _ in $(seq 1 150); do
		db_running && break
		# Stop waiting as soon as the server has died (port taken, bad datadir…).
		kill -0 "$(cat "$DB_DIR/mariadbd.pid" 2>/dev/null)" 2>/dev/null || { sleep 0.2; break; }
		sleep 0.1
	done
	db_running || fail "$STEP" "mariadbd is not answering on $DB_SOCKET (port $DB_PORT); last log lines: $(tail -n 5 "$DB_DIR/error.log" 2>/dev/null | tr '\n' ' ')"
fi
db_sql -e "CREATE DATABASE IF NOT EXISTS wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
	CREATE USER IF NOT EXISTS 'wp'@'127.0.0.1' IDENTIFIED BY 'wp';
	GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';" || fail "$STEP" "could not create the wp database and user"
log "MariaDB on 127.0.0.1:$DB_PORT"

# --- 4. Site files --------------------------------------------------------------------------
STEP="WordPress install"
if [ ! -f "$SITE_DIR/wp-settings.php" ]; then
	cp -a "$WP_SRC" "$SITE_DIR"
	rm -f "$SITE_DIR/wp-config.php" "$SITE_DIR/.htaccess"
fi
cat >"$SITE_DIR/wp-config.php" <<PHP
<?php
// Written by tests/env/wp-up.sh: a throwaway local test site.
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', '127.0.0.1:$DB_PORT' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
\$table_prefix = 'wp_';
define( 'WP_HOME', '$WP_URL' );
define( 'WP_SITEURL', '$WP_URL' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );  // application passwords over plain http
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );  // no internet here: outbound calls fail at once
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$omniops_key ) {
	define( \$omniops_key, 'omniops-test-only-' . \$omniops_key );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

# Router for php -S: real files are served as they are, everything else (pretty permalinks,
# /wp-json/) goes through index.php — what WP-CLI's `wp server` does.
cat >"$BASE/bin/router.php" <<'PHP'
<?php
$root = $_SERVER['DOCUMENT_ROOT'];
$path = '/' . ltrim( (string) parse_url( urldecode( $_SERVER['REQUEST_URI'] ), PHP_URL_PATH ), '/' );
if ( file_exists( $root . $path ) ) {
	if ( is_dir( $root . $path ) && '/' !== substr( $path, -1 ) ) {
		header( "Location: $path/" );
		exit;
	}
	if ( false !== strpos( $path, '.php' ) ) {
		chdir( dirname( $root . $path ) );
		require_once $root . $path;
		return;
	}
	return false;
}
chdir( $root );
require_once 'index.php';
PHP

# `php wp.php SITE_DIR 'code'`: WordPress loaded as for a front-end request to /.
cat >"$BASE/bin/wp.php" <<'PHP'
<?php
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
if ( getenv( 'WP_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
eval( $argv[2] );
PHP

WP_INSTALLING=1 wp_php "
	if ( is_blog_installed() ) { return; }
	add_filter( 'pre_wp_mail', '__return_true' );  // no mail server here
	\$r = wp_install( 'OmniOps Test Shop', '$WP_ADMIN_USER', 'admin@example.com', true, '', '$WP_ADMIN_PASSWORD' );
	if ( empty( \$r['user_id'] ) ) { fwrite( STDERR, 'wp_install() returned no user' ); exit( 1 ); }
	update_option( 'permalink_structure', '/%postname%/' );
	flush_rewrite_rules( false );
	echo \"installed\n\";" || fail "$STEP" "wp_install() failed (see $SITE_DIR/wp-content/debug.log)"
# The admin password follows WP_ADMIN_PASSWORD on every run.
wp_php "
	\$u = get_user_by( 'login', '$WP_ADMIN_USER' );
	if ( ! \$u ) { fwrite( STDERR, 'admin user $WP_ADMIN_USER missing' ); exit( 1 ); }
	if ( ! wp_check_password( '$WP_ADMIN_PASSWORD', \$u->user_pass, \$u->ID ) ) { wp_set_password( '$WP_ADMIN_PASSWORD', \$u->ID ); }" \
	|| fail "$STEP" "could not set the admin password"
log "WordPress installed ($WP_ADMIN_USER)"

# --- 5. Plugins -----------------------------------------------------------------------------
STEP="plugin activation"
# A copy, like a real install (the folder name must match omniops.php). build/ may be
# missing: the plugin then loads without its scripts.
rm -rf "$SITE_DIR/wp-content/plugins/omniops"
cp -a "$REPO_ROOT/plugin" "$SITE_DIR/wp-content/plugins/omniops"
# Must-use test doubles of earlier versions are gone: WooCommerce itself runs here now.
mkdir -p "$SITE_DIR/wp-content/mu-plugins"
rm -f "$SITE_DIR"/wp-content/mu-plugins/omniops-double-*.php
# WooCommerce: $WC_SRC (a built plugin folder or its .tar.gz/.zip), else the vendor archive
# next to the project (checked against its .sha256), else the same pinned release from
# WordPress.org. Unpacked once into $BASE/woocommerce-$WC_VERSION and copied from there.
STEP="WooCommerce files"
wc_dir=$(woocommerce_source) || fail "$STEP" "no WooCommerce $WC_VERSION: set WC_SRC to a built WooCommerce, put woocommerce-$WC_VERSION.tar.gz (+ .sha256) in $WC_VENDOR_DIR, or allow downloads from downloads.wordpress.org"
if [ ! -f "$SITE_DIR/wp-content/plugins/woocommerce/woocommerce.php" ] \
	|| ! grep -q "Version: $(sed -n 's/^ \* Version: //p' "$wc_dir/woocommerce.php")\$" "$SITE_DIR/wp-content/plugins/woocommerce/woocommerce.php"; then
	rm -rf "$SITE_DIR/wp-content/plugins/woocommerce"
	cp -a "$wc_dir" "$SITE_DIR/wp-content/plugins/woocommerce"
fi
STEP="WooCommerce setup"
# Two runs: activation first, then the configuration and content with WooCommerce loaded
# as on any request (its post types and data stores exist only from `init` on).
wp_php "\$omniops_wc_phase = 'activate'; require '$REPO_ROOT/tests/env/woocommerce-setup.php';" \
	&& wp_php "\$omniops_wc_phase = 'configure'; require '$REPO_ROOT/tests/env/woocommerce-setup.php';" \
	|| fail "$STEP" "WooCommerce did not activate or configure (see $SITE_DIR/wp-content/debug.log)"
log "WooCommerce $(sed -n 's/^ \* Version: //p' "$wc_dir/woocommerce.php") active (HPOS, COD, guest checkout)"
STEP="plugin activation"
wp_php "
	if ( ! is_plugin_active( 'omniops/omniops.php' ) ) {
		\$r = activate_plugin( 'omniops/omniops.php' );
		if ( is_wp_error( \$r ) ) { fwrite( STDERR, \$r->get_error_message() ); exit( 1 ); }
	}" || fail "$STEP" "the OmniOps plugin did not activate (see $SITE_DIR/wp-content/debug.log)"
log "OmniOps plugin active"

# --- 6. Test content ------------------------------------------------------------------------
STEP="test content"
# Pages the shopper journey asks about, one post, and filler pages so full-text ranking has
# a corpus to rank against. Looked up by slug, so re-runs create nothing twice.
wp_php "$(cat <<'PHP'
$items = array(
	array( 'page', 'shipping-policy', 'Shipping policy', 'We ship every order within 2 business days. Standard delivery takes 3 to 5 working days. Express delivery arrives the next working day when you order before noon.' ),
	array( 'page', 'returns', 'Returns', 'You can return any unworn item within 30 days for a full refund. Print the prepaid label from your account and drop the parcel at any post office.' ),
	array( 'post', 'spring-collection', 'Our spring collection is here', 'Light linen shirts, canvas sneakers and rain jackets in six colours arrived this week.' ),
	array( 'page', 'about-us', 'About us', 'We are a small family business from Porto selling clothing made from organic cotton and linen since 2009.' ),
	array( 'page', 'contact', 'Contact', 'Write to hello@example.com or call us Monday to Friday from 9:00 to 17:00. We answer emails within one day.' ),
	array( 'page', 'size-guide', 'Size guide', 'Our shirts run true to size. Measure your chest and compare it with the table: S fits 88 to 94 cm, M fits 95 to 101 cm, L fits 102 to 108 cm.' ),
	array( 'page', 'care-instructions', 'Care instructions', 'Wash linen at 30 degrees, inside out, and dry it flat. Do not tumble dry wool jumpers.' ),
	array( 'page', 'gift-cards', 'Gift cards', 'Gift cards are sent by email, never expire and can be spent on anything in the shop.' ),
	array( 'page', 'store-locations', 'Store locations', 'Visit our stores in Porto, Lisbon and Braga. Opening hours are 10:00 to 19:00 from Monday to Saturday.' ),
	array( 'page', 'loyalty-program', 'Loyalty program', 'Members collect one point per euro spent and get a birthday discount every year.' ),
	array( 'page', 'sustainability', 'Sustainability', 'Our fabrics are certified organic and our packaging is made from recycled paper.' ),
	array( 'page', 'payment-methods', 'Payment methods', 'We accept credit cards, PayPal and bank transfer. Prices include VAT.' ),
	array( 'page', 'careers', 'Careers', 'We are hiring a part-time shop assistant for our Lisbon store.' ),
);
$created = 0;
foreach ( $items as list( $type, $slug, $title, $text ) ) {
	if ( get_page_by_path( $slug, OBJECT, $type ) ) {
		continue;
	}
	$id = wp_insert_post(
		array(
			'post_type'    => $type,
			'post_status'  => 'publish',
			'post_name'    => $slug,
			'post_title'   => $title,
			'post_content' => "<!-- wp:paragraph -->\n<p>" . esc_html( $text ) . "</p>\n<!-- /wp:paragraph -->",
			'post_author'  => 1,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "$slug: " . $id->get_error_message() );
		exit( 1 );
	}
	$created++;
}
echo "$created new item(s)\n";
PHP
)" >/dev/null || fail "$STEP" "could not create the test pages and post"
[ -s "$BASE/app-password.txt" ] || wp_php "
	\$r = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'omniops-tests' ) );
	if ( is_wp_error( \$r ) ) { fwrite( STDERR, \$r->get_error_message() ); exit( 1 ); }
	echo \$r[0];" >"$BASE/app-password.txt" || fail "$STEP" "could not create an application password"
log "test content ready"

# --- 7. Serve -------------------------------------------------------------------------------
STEP="PHP server start"
if ! http_up; then
	# setsid: own process group, so wp-down.sh can stop the forked workers too.
	# Descriptors above stderr are closed first: callers run this under
	# `flock /tmp/omniops-e2e.lock`, and a server that inherited the lock's descriptor would
	# hold the lock for its whole life, blocking every later run.
	(
		for fd in /proc/self/fd/*; do
			fd=${fd##*/}
			if [ "$fd" -gt 2 ] && [ "$fd" -ne 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
		done
		PHP_CLI_SERVER_WORKERS=4 exec setsid php -S "127.0.0.1:$WP_PORT" -t "$SITE_DIR" "$BASE/bin/router.php"
	) >"$BASE/php.log" 2>&1 </dev/null &
	echo $! >"$BASE/php.pid"
	for _ in $(seq 1 100); do http_up && break; sleep 0.1; done
	http_up || fail "$STEP" "php -S did not answer on $WP_URL (port taken? see $BASE/php.log)"
fi
front=$(curl -s --max-time 10 -w '\n%{http_code}' "$WP_URL/") || true
[ "${front##*$'\n'}" = 200 ] || fail "$STEP" "GET $WP_URL/ answered ${front##*$'\n'} (see $SITE_DIR/wp-content/debug.log)"
index=$(curl -s --max-time 10 "$WP_URL/wp-json/") || true
grep -q '"omniops\\/v1"' <<<"$index" || fail "$STEP" "$WP_URL/wp-json/ does not list the omniops/v1 namespace"

cat >"$BASE/env.sh" <<ENV
# Written by tests/env/wp-up.sh — source it: . $BASE/env.sh
export WP_URL='$WP_URL'
export WP_ADMIN_USER='$WP_ADMIN_USER'
export WP_ADMIN_PASSWORD='$WP_ADMIN_PASSWORD'
export WP_APP_PASSWORD='$(cat "$BASE/app-password.txt")'
export WP_BASE='$BASE'
export WP_SITE_DIR='$SITE_DIR'
ENV
log "serving $WP_URL (admin: $WP_ADMIN_USER); environment in $BASE/env.sh"
