#!/usr/bin/env bash
# run.sh — the plugin's PHP tests against the test WordPress of tests/env/wp-up.sh.
# Brings the environment up (or reuses it) so the tests see the current plugin/ copy, then
# runs tests/php/run.php inside WordPress. Exits non-zero when a test fails.
set -euo pipefail
# shellcheck source=../env/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../env/lib.sh"
up_log=$(mktemp)
if ! bash "$REPO_ROOT/tests/env/wp-up.sh" >"$up_log" 2>&1; then
	cat "$up_log" >&2
	echo "tests/php: the test WordPress did not come up" >&2
	exit 1
fi
rm -f "$up_log"
wp_php "require '$REPO_ROOT/tests/php/run.php';"
