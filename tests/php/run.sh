#!/usr/bin/env bash
# run.sh — the plugin's PHPUnit tests (tests/php/test-*.php) inside the test WordPress of
# tests/env/wp-up.sh: real WordPress, MariaDB and WooCommerce. Installs PHPUnit (Debian's
# `phpunit`) when missing, brings the environment up (or reuses it) so the tests see the
# current plugin/ copy, then runs PHPUnit. Arguments go to PHPUnit (e.g. --filter rest,
# --testdox). Exits non-zero when a test fails.
set -euo pipefail
# shellcheck source=../env/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../env/lib.sh"
bash "$REPO_ROOT/tests/php/tools.sh"
up_log=$(mktemp)
if ! bash "$REPO_ROOT/tests/env/wp-up.sh" >"$up_log" 2>&1; then
	cat "$up_log" >&2
	echo "tests/php: the test WordPress did not come up" >&2
	exit 1
fi
rm -f "$up_log"
OMNIOPS_WP_SITE_DIR="$SITE_DIR" phpunit --configuration "$REPO_ROOT/tests/php/phpunit.xml.dist" "$@"
