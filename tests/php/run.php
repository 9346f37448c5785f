<?php
/**
 * A minimal test runner for the plugin (PHPUnit is not available offline). Runs inside the
 * test WordPress of tests/env/wp-up.sh, with WordPress and the active plugin loaded:
 *
 *     bash tests/php/run.sh            (or: tests/env/wp.sh "require 'tests/php/run.php';")
 *
 * Each tests/php/test-*.php registers cases with omniops_test(); every case starts from a
 * clean state (no user, front end, no HTTP mocks, fresh script registry) and the site's
 * OmniOps option is restored at the end. Prints one line per case and "N passed, M failed".
 *
 * @package OmniOps
 */

defined( 'ABSPATH' ) || exit;

/**
 * Thrown by the assertions; carries where the failed assertion was written.
 */
final class OmniOps_Test_Failure extends Exception {
}

/**
 * Registered cases: name => callable.
 *
 * @var array<string, callable>
 */
$GLOBALS['omniops_tests'] = array();

/**
 * Registers a test case.
 *
 * @param string   $name Description.
 * @param callable $test The case.
 */
function omniops_test( string $name, callable $test ): void {
	$GLOBALS['omniops_tests'][ $name ] = $test;
}

/**
 * Fails the current case.
 *
 * @param string $message What went wrong.
 * @throws OmniOps_Test_Failure Always.
 */
function omniops_fail( string $message ): void {
	throw new OmniOps_Test_Failure( $message );
}

/**
 * Asserts strict equality.
 *
 * @param mixed  $expected Expected value.
 * @param mixed  $actual   Actual value.
 * @param string $what     What is compared.
 */
function omniops_assert_same( $expected, $actual, string $what = 'value' ): void {
	if ( $expected !== $actual ) {
		omniops_fail( sprintf( "%s: expected %s, got %s", $what, var_export( $expected, true ), var_export( $actual, true ) ) );
	}
}

/**
 * Asserts a condition.
 *
 * @param bool   $condition Must be true.
 * @param string $what      What should hold.
 */
function omniops_assert_true( $condition, string $what ): void {
	if ( true !== $condition ) {
		omniops_fail( $what );
	}
}

/**
 * Asserts that a string contains another.
 *
 * @param string $needle   Expected part.
 * @param string $haystack Actual text.
 * @param string $what     What is searched.
 */
function omniops_assert_contains( string $needle, string $haystack, string $what = 'text' ): void {
	if ( false === strpos( $haystack, $needle ) ) {
		omniops_fail( sprintf( '%s: %s not found in %s', $what, var_export( $needle, true ), var_export( $haystack, true ) ) );
	}
}

/**
 * Replaces outgoing HTTP with a responder for the rest of the case; returns the log of
 * requests (url, method, headers, body) by reference.
 *
 * @param callable $responder function ( string $url, array $args ): array|WP_Error — use omniops_http_response().
 * @return array<int, array{url: string, method: string, headers: array, body: string}>
 */
function &omniops_mock_http( callable $responder ): array {
	omniops_reset_http();
	$GLOBALS['omniops_http_log'] = array();
	$GLOBALS['omniops_http_mock'] = static function ( $pre, $args, $url ) use ( $responder ) {
		$GLOBALS['omniops_http_log'][] = array(
			'url'     => $url,
			'method'  => isset( $args['method'] ) ? $args['method'] : 'GET',
			'headers' => isset( $args['headers'] ) ? (array) $args['headers'] : array(),
			'body'    => isset( $args['body'] ) ? (string) $args['body'] : '',
		);
		return $responder( $url, $args );
	};
	add_filter( 'pre_http_request', $GLOBALS['omniops_http_mock'], 10, 3 );
	return $GLOBALS['omniops_http_log'];
}

/**
 * A response in the shape the WordPress HTTP API returns.
 *
 * @param int   $status HTTP status.
 * @param mixed $body   Encoded as JSON unless a string.
 * @return array<string, mixed>
 */
function omniops_http_response( int $status, $body ): array {
	return array(
		'headers'  => array( 'content-type' => 'application/json' ),
		'body'     => is_string( $body ) ? $body : (string) wp_json_encode( $body ),
		'response' => array(
			'code'    => $status,
			'message' => '',
		),
		'cookies'  => array(),
		'filename' => null,
	);
}

/**
 * Runs one REST request in-process and returns [status, data].
 *
 * @param string               $method HTTP method.
 * @param string               $route  Route, e.g. /omniops/v1/connection.
 * @param array<string, mixed> $body   JSON body.
 * @return array{0: int, 1: mixed}
 */
function omniops_rest( string $method, string $route, array $body = array() ): array {
	$request = new WP_REST_Request( $method, $route );
	if ( $body ) {
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $body ) );
	}
	$response = rest_get_server()->dispatch( $request );
	return array( $response->get_status(), rest_get_server()->response_to_data( $response, false ) );
}

/**
 * Creates a user for the case; deleted when the run ends.
 *
 * @param string $role Role name.
 * @return int User id.
 */
function omniops_create_user( string $role ): int {
	$id = wp_insert_user(
		array(
			'user_login' => 'omniops_test_' . $role . '_' . wp_generate_password( 6, false ),
			'user_pass'  => wp_generate_password(),
			'user_email' => 'omniops-test-' . wp_generate_password( 6, false ) . '@example.com',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		omniops_fail( 'could not create a ' . $role . ': ' . $id->get_error_message() );
	}
	$GLOBALS['omniops_test_users'][] = $id;
	return $id;
}

/**
 * Removes the HTTP mock of omniops_mock_http(), if any.
 */
function omniops_reset_http(): void {
	if ( isset( $GLOBALS['omniops_http_mock'] ) ) {
		remove_filter( 'pre_http_request', $GLOBALS['omniops_http_mock'], 10 );
		unset( $GLOBALS['omniops_http_mock'] );
	}
}

/**
 * Returns the site to the state every case starts from.
 */
function omniops_reset_state(): void {
	wp_set_current_user( 0 );
	omniops_reset_http();
	$GLOBALS['current_screen'] = null;  // is_admin() is false again.
	$GLOBALS['pagenow']        = 'index.php';
	$GLOBALS['wp_scripts']     = null;   // A fresh registry on the next wp_scripts() call.
	delete_option( OmniOps\Settings::OPTION );
}

require_once ABSPATH . 'wp-admin/includes/user.php';

if ( ! class_exists( 'OmniOps\Plugin' ) ) {
	fwrite( STDERR, "The OmniOps plugin is not active on this site: run tests/env/wp-up.sh first.\n" );
	exit( 1 );
}

foreach ( glob( __DIR__ . '/test-*.php' ) as $omniops_file ) {
	require $omniops_file;
}

$omniops_saved_option           = get_option( OmniOps\Settings::OPTION, null );
$GLOBALS['omniops_test_users'] = array();
$omniops_passed                 = 0;
$omniops_failed                 = 0;

foreach ( $GLOBALS['omniops_tests'] as $omniops_name => $omniops_case ) {
	omniops_reset_state();
	try {
		$omniops_case();
		++$omniops_passed;
		echo "ok   - $omniops_name\n";
	} catch ( Throwable $omniops_error ) {
		++$omniops_failed;
		// Report the line in the test file, not inside the assertion helpers.
		$omniops_where = array(
			'file' => $omniops_error->getFile(),
			'line' => $omniops_error->getLine(),
		);
		foreach ( $omniops_error->getTrace() as $omniops_frame ) {
			if ( isset( $omniops_frame['file'] ) && 0 === strpos( basename( $omniops_frame['file'] ), 'test-' ) ) {
				$omniops_where = $omniops_frame;
				break;
			}
		}
		printf(
			"FAIL - %s\n       %s%s\n",
			$omniops_name,
			( $omniops_error instanceof OmniOps_Test_Failure ? '' : get_class( $omniops_error ) . ': ' ) . $omniops_error->getMessage(),
			isset( $omniops_where['file'] ) ? ' (' . basename( $omniops_where['file'] ) . ':' . $omniops_where['line'] . ')' : ''
		);
	}
}

omniops_reset_state();
foreach ( $GLOBALS['omniops_test_users'] as $omniops_user_id ) {
	wp_delete_user( $omniops_user_id );
}
if ( null !== $omniops_saved_option ) {
	update_option( OmniOps\Settings::OPTION, $omniops_saved_option, true );
}

echo "$omniops_passed passed, $omniops_failed failed\n";
exit( $omniops_failed > 0 ? 1 : 0 );
