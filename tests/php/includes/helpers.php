<?php
/**
 * Helpers the plugin's tests share: HTTP doubles for the sidecar (the only outside service),
 * in-process REST requests, test users and the state every case starts from.
 *
 * @package OmniOps
 */

use PHPUnit\Framework\Assert;

defined( 'ABSPATH' ) || exit;

/**
 * Replaces outgoing HTTP with a responder for the rest of the case; returns the log of
 * requests (url, method, headers, body) by reference.
 *
 * @param callable $responder function ( string $url, array $args ): array|WP_Error — use omniops_http_response().
 * @return array<int, array{url: string, method: string, headers: array, body: string}>
 */
function &omniops_mock_http( callable $responder ): array {
	omniops_reset_http();
	$GLOBALS['omniops_http_log']  = array();
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
		Assert::fail( 'could not create a ' . $role . ': ' . $id->get_error_message() );
	}
	$GLOBALS['omniops_test_users'][] = $id;  // Deleted by OmniOps_TestCase::tear_down().
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
