<?php
/**
 * The base of every plugin test case.
 *
 * @package OmniOps
 */

use PHPUnit\Framework\TestCase;

defined( 'ABSPATH' ) || exit;

/**
 * Every case starts from a clean state (no user, front end, no HTTP doubles, a fresh script
 * registry, no OmniOps connection) and the users it created are deleted after it. The
 * site's own OmniOps option is put back when the run ends (bootstrap.php).
 *
 * WordPress's own WP_UnitTestCase (wordpress-develop's tests/phpunit/includes) is not
 * packaged in Debian, and the site is shared with the browser journeys, so nothing here
 * depends on it: the cases run against the installed site as it is (ADR 0029).
 */
abstract class OmniOps_TestCase extends TestCase {

	/**
	 * PHPUnit's global-state backup would copy WordPress's globals (closures included)
	 * around every case; the reset below is what the cases rely on instead.
	 *
	 * @var bool
	 */
	protected $backupGlobals = false; // phpcs:ignore Squiz.NamingConventions.ValidVariableName -- PHPUnit's name.

	/**
	 * Before each case.
	 */
	protected function setUp(): void {
		parent::setUp();
		$GLOBALS['omniops_test_users'] = array();
		omniops_reset_state();
	}

	/**
	 * After each case: the state of the next one, and no test users left behind.
	 */
	protected function tearDown(): void {
		omniops_reset_state();
		foreach ( $GLOBALS['omniops_test_users'] as $user_id ) {
			wp_delete_user( $user_id );
		}
		$GLOBALS['omniops_test_users'] = array();
		parent::tearDown();
	}
}
