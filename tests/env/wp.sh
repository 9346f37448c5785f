#!/usr/bin/env bash
# wp.sh 'php code' — runs PHP with the test WordPress loaded (the environment of wp-up.sh),
# e.g.  tests/env/wp.sh 'var_export( get_option( "omniops_settings" ) );'
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ $# -ge 1 ] || { echo "usage: $0 'php code'" >&2; exit 2; }
[ -f "$BASE/bin/wp.php" ] || fail "wp.sh" "no test WordPress under $BASE: run tests/env/wp-up.sh first"
wp_php "$1"
