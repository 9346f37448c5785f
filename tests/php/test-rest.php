<?php
/**
 * REST routes omniops/v1/connection and omniops/v1/sync: permissions, argument validation,
 * and the connect / status / sync / disconnect conversations with a sidecar double.
 *
 * @package OmniOps
 */

use OmniOps\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * A sidecar double answering per docs/contracts.md; verifies each signed request.
 *
 * @param array<string, mixed> $overrides path => [status, body] to answer instead.
 * @return callable
 */
function omniops_test_sidecar( array $overrides = array() ): callable {
	return static function ( $url, $args ) use ( $overrides ) {
		$path = (string) wp_parse_url( $url, PHP_URL_PATH );
		if ( isset( $overrides[ $path ] ) ) {
			return $overrides[ $path ] instanceof WP_Error ? $overrides[ $path ] : omniops_http_response( $overrides[ $path ][0], $overrides[ $path ][1] );
		}
		if ( '/api/site/connect' === $path ) {
			$body = json_decode( $args['body'], true );
			return omniops_http_response(
				201,
				array(
					'site'   => array(
						'id'             => 'site-1',
						'organizationId' => 'org-1',
						'name'           => $body['siteName'],
						'url'            => $body['siteUrl'],
						'publicKey'      => 'pk_issued_key_1234',
						'allowedOrigins' => $body['allowedOrigins'],
					),
					'secret' => 'sk_issued_secret_5678',
				)
			);
		}
		$h        = $args['headers'];
		$body     = isset( $args['body'] ) ? (string) $args['body'] : '';
		$expected = hash_hmac( 'sha256', implode( "\n", array( $args['method'], $path, $h['X-OmniOps-Timestamp'], $h['X-OmniOps-Nonce'], hash( 'sha256', $body ) ) ), 'sk_issued_secret_5678' );
		if ( 'pk_issued_key_1234' !== $h['X-OmniOps-Key'] || ! hash_equals( $expected, $h['X-OmniOps-Signature'] ) ) {
			return omniops_http_response( 401, array( 'error' => array( 'code' => 'invalid_signature', 'message' => 'Invalid signature' ) ) );
		}
		switch ( $path ) {
			case '/api/site/status':
				return omniops_http_response( 200, array( 'site' => array(), 'knowledge' => array( 'documents' => 14, 'passages' => 40, 'state' => 'idle', 'lastSyncedAt' => '2026-01-01T00:00:00.000Z', 'lastError' => null ) ) );
			case '/api/site/sync':
				return omniops_http_response( 202, array( 'queued' => true ) );
			case '/api/site/disconnect':
				return omniops_http_response( 200, array( 'disconnected' => true ) );
		}
		return omniops_http_response( 404, array( 'error' => array( 'code' => 'not_found', 'message' => 'Not found' ) ) );
	};
}

/**
 * Logs in as a new administrator.
 */
function omniops_test_as_admin(): void {
	wp_set_current_user( omniops_create_user( 'administrator' ) );
}

omniops_test(
	'rest: subscribers and visitors are refused on every route',
	static function () {
		$log = &omniops_mock_http( omniops_test_sidecar() );
		$routes = array(
			array( 'GET', '/omniops/v1/connection', array() ),
			array( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) ),
			array( 'DELETE', '/omniops/v1/connection', array() ),
			array( 'POST', '/omniops/v1/sync', array() ),
		);
		foreach ( $routes as list( $method, $route, $body ) ) {
			wp_set_current_user( 0 );
			list( $status ) = omniops_rest( $method, $route, $body );
			omniops_assert_same( 401, $status, "visitor $method $route" );
		}
		wp_set_current_user( omniops_create_user( 'subscriber' ) );
		foreach ( $routes as list( $method, $route, $body ) ) {
			list( $status, $data ) = omniops_rest( $method, $route, $body );
			omniops_assert_same( 403, $status, "subscriber $method $route" );
			omniops_assert_same( 'omniops_forbidden', $data['code'], "error code of $method $route" );
		}
		omniops_assert_same( 0, count( $log ), 'requests sent to the sidecar' );
	}
);

omniops_test(
	'rest: a user with manage_woocommerce only (shop manager) is allowed',
	static function () {
		$id = omniops_create_user( 'subscriber' );
		( new WP_User( $id ) )->add_cap( 'manage_woocommerce' );
		wp_set_current_user( $id );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/connection' );
		omniops_assert_same( 200, $status, 'status' );
		omniops_assert_same( false, $data['connected'], 'connected' );
	}
);

omniops_test(
	'rest: POST connection rejects a non-URL sidecarUrl and a malformed token with 400, without calling out',
	static function () {
		omniops_test_as_admin();
		$log = &omniops_mock_http( omniops_test_sidecar() );
		foreach ( array( 'not a url', 'ftp://chat.example.com', 'javascript:alert(1)', 'http://', 'https://chat.example.com/?x=1', '' ) as $bad ) {
			list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => $bad, 'token' => 'oct_valid_token_123' ) );
			omniops_assert_same( 400, $status, "status for sidecarUrl '$bad'" );
			omniops_assert_same( 'rest_invalid_param', $data['code'], "code for sidecarUrl '$bad'" );
			omniops_assert_true( isset( $data['data']['params']['sidecarUrl'] ), "sidecarUrl named as the bad parameter for '$bad'" );
		}
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'https://chat.example.com', 'token' => 'abc' ) );
		omniops_assert_same( 400, $status, 'status for a malformed token' );
		omniops_assert_same( 'omniops_invalid_token', $data['data']['details']['token']['code'], 'token error code' );
		list( $status ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'https://chat.example.com' ) );
		omniops_assert_same( 400, $status, 'status for a missing token' );
		omniops_assert_same( 0, count( $log ), 'requests sent to the sidecar' );
	}
);

omniops_test(
	'rest: connect stores the credentials and answers with the connection and its status',
	static function () {
		omniops_test_as_admin();
		$log = &omniops_mock_http( omniops_test_sidecar() );
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => ' http://127.0.0.1:3100/ ', 'token' => 'oct_valid_token_123' ) );
		omniops_assert_same( 201, $status, 'status' );
		omniops_assert_same( true, $data['connected'], 'connected' );
		omniops_assert_same( 'http://127.0.0.1:3100', $data['sidecarUrl'], 'normalized sidecar URL' );
		omniops_assert_same( 'pk_issued_key_1234', $data['siteKey'], 'site key' );
		omniops_assert_same( 14, $data['status']['documents'], 'documents from the signed status call' );
		omniops_assert_same( 'idle', $data['status']['state'], 'index state' );
		omniops_assert_true( ! isset( $data['error'] ), 'no error' );

		omniops_assert_same( 'http://127.0.0.1:3100/api/site/connect', $log[0]['url'], 'connect URL' );
		$sent = json_decode( $log[0]['body'], true );
		omniops_assert_same( 'oct_valid_token_123', $sent['token'], 'token sent' );
		omniops_assert_same( home_url(), $sent['siteUrl'], 'siteUrl' );
		omniops_assert_same( rest_url(), $sent['restUrl'], 'restUrl' );
		omniops_assert_same( get_bloginfo( 'name' ), $sent['siteName'], 'siteName' );
		$origin = wp_parse_url( home_url(), PHP_URL_SCHEME ) . '://' . wp_parse_url( home_url(), PHP_URL_HOST ) . ( wp_parse_url( home_url(), PHP_URL_PORT ) ? ':' . wp_parse_url( home_url(), PHP_URL_PORT ) : '' );
		omniops_assert_same( array( $origin ), $sent['allowedOrigins'], 'allowedOrigins' );
		omniops_assert_same( get_bloginfo( 'version' ), $sent['platform']['wordpress'], 'platform.wordpress' );
		omniops_assert_true( ! isset( $log[0]['headers']['X-OmniOps-Signature'] ), 'connect is not signed' );

		$settings = new Settings();
		omniops_assert_same( 'sk_issued_secret_5678', $settings->secret(), 'stored secret' );
		omniops_assert_true( false === strpos( (string) wp_json_encode( get_option( Settings::OPTION ) ), 'sk_issued_secret_5678' ), 'secret encrypted in the option' );

		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/connection' );
		omniops_assert_same( 200, $status, 'GET status' );
		omniops_assert_same( array( 'connected', 'sidecarUrl', 'siteKey', 'connectedAt', 'status' ), array_keys( $data ), 'GET shape' );

		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/sync' );
		omniops_assert_same( 202, $status, 'sync status' );
		omniops_assert_same( array( 'queued' => true ), $data, 'sync answer' );
	}
);

omniops_test(
	'rest: an unreachable sidecar gives a clear 502',
	static function () {
		omniops_test_as_admin();
		// A real request to a closed local port: no mock.
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:1', 'token' => 'oct_valid_token_123' ) );
		omniops_assert_same( 502, $status, 'status' );
		omniops_assert_same( 'omniops_sidecar_unreachable', $data['code'], 'code' );
		omniops_assert_contains( 'Could not reach the OmniOps service at http://127.0.0.1:1', $data['message'], 'message' );
		omniops_assert_same( false, ( new Settings() )->is_connected(), 'nothing stored' );
	}
);

omniops_test(
	'rest: sidecar refusals are relayed with their message and a 4xx or 502',
	static function () {
		omniops_test_as_admin();
		$cases = array(
			array( array( 401, array( 'error' => array( 'code' => 'unauthorized', 'message' => 'Connect token already used' ) ) ), 400, 'omniops_token_rejected', 'Connect token already used' ),
			array( array( 400, array( 'error' => array( 'code' => 'validation_failed', 'message' => 'siteUrl must be a URL' ) ) ), 400, 'omniops_sidecar_rejected', 'siteUrl must be a URL' ),
			array( array( 429, array( 'error' => array( 'code' => 'rate_limited', 'message' => 'Slow down' ) ) ), 429, 'omniops_sidecar_rate_limited', 'too many requests' ),
			array( array( 500, array( 'error' => array( 'code' => 'internal', 'message' => 'Boom' ) ) ), 502, 'omniops_sidecar_error', 'Boom' ),
			array( array( 404, '<html>Not Found</html>' ), 502, 'omniops_sidecar_error', 'HTTP 404' ),
			array( array( 201, 'OK' ), 502, 'omniops_sidecar_invalid_response', 'not like an OmniOps service' ),
			array( array( 201, array( 'site' => array() ) ), 502, 'omniops_sidecar_invalid_response', 'did not return a site key' ),
		);
		foreach ( $cases as list( $answer, $want_status, $want_code, $want_text ) ) {
			omniops_reset_http();
			omniops_mock_http( omniops_test_sidecar( array( '/api/site/connect' => $answer ) ) );
			list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
			omniops_assert_same( $want_status, $status, "status for sidecar answer {$answer[0]}" );
			omniops_assert_same( $want_code, $data['code'], "code for sidecar answer {$answer[0]}" );
			omniops_assert_contains( $want_text, $data['message'], "message for sidecar answer {$answer[0]}" );
		}
		omniops_assert_same( false, ( new Settings() )->is_connected(), 'nothing stored' );
	}
);

omniops_test(
	'rest: a failing status call keeps connected=true and reports the error',
	static function () {
		omniops_test_as_admin();
		omniops_mock_http( omniops_test_sidecar() );
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		omniops_reset_http();
		omniops_mock_http( omniops_test_sidecar( array( '/api/site/status' => new WP_Error( 'http_request_failed', 'cURL error 7: Connection refused' ) ) ) );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/connection' );
		omniops_assert_same( 200, $status, 'status' );
		omniops_assert_same( true, $data['connected'], 'connected' );
		omniops_assert_contains( 'Could not reach the OmniOps service', $data['error'], 'error' );
		omniops_assert_true( ! isset( $data['status'] ), 'no status' );
	}
);

omniops_test(
	'rest: DELETE connection tells the sidecar (signed) and clears the credentials, even when the sidecar is gone',
	static function () {
		omniops_test_as_admin();
		omniops_mock_http( omniops_test_sidecar() );
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		$log = &omniops_mock_http( omniops_test_sidecar() );
		list( $status, $data ) = omniops_rest( 'DELETE', '/omniops/v1/connection' );
		omniops_assert_same( 200, $status, 'status' );
		omniops_assert_same( false, $data['connected'], 'connected' );
		omniops_assert_same( null, $data['siteKey'], 'siteKey' );
		$disconnects = array_filter(
			$log,
			static function ( $request ) {
				return '/api/site/disconnect' === wp_parse_url( $request['url'], PHP_URL_PATH );
			}
		);
		omniops_assert_same( 1, count( $disconnects ), 'disconnect calls' );
		omniops_assert_same( false, ( new Settings() )->is_connected(), 'credentials cleared' );

		// Again, with the sidecar unreachable: the owner still gets out.
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		omniops_reset_http();
		omniops_mock_http( omniops_test_sidecar( array( '/api/site/disconnect' => new WP_Error( 'http_request_failed', 'down' ) ) ) );
		list( $status ) = omniops_rest( 'DELETE', '/omniops/v1/connection' );
		omniops_assert_same( 200, $status, 'status with the sidecar down' );
		omniops_assert_same( false, ( new Settings() )->is_connected(), 'credentials cleared with the sidecar down' );
	}
);

omniops_test(
	'rest: sync without a connection is a 409',
	static function () {
		omniops_test_as_admin();
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/sync' );
		omniops_assert_same( 409, $status, 'status' );
		omniops_assert_same( 'omniops_not_connected', $data['code'], 'code' );
	}
);

omniops_test(
	'rest: a revoked site key on sync is reported as a 409 asking to reconnect',
	static function () {
		omniops_test_as_admin();
		omniops_mock_http( omniops_test_sidecar() );
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		omniops_reset_http();
		omniops_mock_http( omniops_test_sidecar( array( '/api/site/sync' => array( 401, array( 'error' => array( 'code' => 'invalid_signature', 'message' => 'Unknown key' ) ) ) ) ) );
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/sync' );
		omniops_assert_same( 409, $status, 'status' );
		omniops_assert_same( 'omniops_site_key_rejected', $data['code'], 'code' );
	}
);

omniops_test(
	'rest: an empty site title is sent as the host name (the sidecar requires a name)',
	static function () {
		omniops_test_as_admin();
		$log      = &omniops_mock_http( omniops_test_sidecar() );
		$blogname = get_option( 'blogname' );
		update_option( 'blogname', '' );
		try {
			omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		} finally {
			update_option( 'blogname', $blogname );
		}
		$sent = json_decode( $log[0]['body'], true );
		omniops_assert_same( wp_parse_url( home_url(), PHP_URL_HOST ), $sent['siteName'], 'siteName' );
	}
);
