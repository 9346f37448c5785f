#!/usr/bin/env bash
# tools.sh — makes sure the PHP tools of the plugin's checks are installed: PHP itself,
# PHPUnit and PHP_CodeSniffer, all from Debian (phpunit 9.6, php-codesniffer 3.7). Installs
# what is missing with apt-get when run as root (as CI is); otherwise says what to install.
#
#   bash tests/php/tools.sh            (quiet when everything is there)
set -euo pipefail
PACKAGES="php8.2-cli php8.2-xml php8.2-mbstring phpunit php-codesniffer"
missing=""
for pkg in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "tests/php: missing Debian packages:$missing — install them (apt-get install$missing) or run as root" >&2
	exit 1
fi
log=/tmp/omniops-php-tools.apt.log
echo "tests/php: installing$missing" >&2
apt-get -o DPkg::Lock::Timeout=600 update -qq >"$log" 2>&1 \
	|| { echo "tests/php: apt-get update failed (see $log)" >&2; exit 1; }
# shellcheck disable=SC2086 # word splitting of the package list is intended
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >>"$log" 2>&1 \
	|| { echo "tests/php: apt-get install$missing failed (see $log)" >&2; exit 1; }
