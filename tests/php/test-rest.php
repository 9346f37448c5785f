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

/**
 * The rest cases.
 *
 * @testdox Rest
 */
final class Test_Rest extends OmniOps_TestCase {

	/**
	 * Rest: subscribers and visitors are refused on every route.
	 */
	public function test_subscribers_and_visitors_are_refused_on_every_route(): void {
		$log    = &omniops_mock_http( omniops_test_sidecar() );
		$routes = array(
			array( 'GET', '/omniops/v1/connection', array() ),
			array( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) ),
			array( 'DELETE', '/omniops/v1/connection', array() ),
			array( 'POST', '/omniops/v1/sync', array() ),
		);
		foreach ( $routes as list( $method, $route, $body ) ) {
			wp_set_current_user( 0 );
			list( $status ) = omniops_rest( $method, $route, $body );
			self::assertSame( 401, $status, "visitor $method $route" );
		}
		wp_set_current_user( omniops_create_user( 'subscriber' ) );
		foreach ( $routes as list( $method, $route, $body ) ) {
			list( $status, $data ) = omniops_rest( $method, $route, $body );
			self::assertSame( 403, $status, "subscriber $method $route" );
			self::assertSame( 'omniops_forbidden', $data['code'], "error code of $method $route" );
		}
		self::assertSame( 0, count( $log ), 'requests sent to the sidecar' );
	}

	/**
	 * Rest: a user with manage_woocommerce only (shop manager) is allowed.
	 */
	public function test_a_user_with_manage_woocommerce_only_shop_manager_is_allowed(): void {
		$id = omniops_create_user( 'subscriber' );
		( new WP_User( $id ) )->add_cap( 'manage_woocommerce' );
		wp_set_current_user( $id );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/connection' );
		self::assertSame( 200, $status, 'status' );
		self::assertSame( false, $data['connected'], 'connected' );
	}

	/**
	 * Rest: POST connection rejects a non-URL sidecarUrl and a malformed token with 400, without calling out.
	 */
	public function test_post_connection_rejects_a_non_url_sidecarurl_and_a_malformed_token_with_400_without_calling_out(): void {
		omniops_test_as_admin();
		$log = &omniops_mock_http( omniops_test_sidecar() );
		foreach ( array( 'not a url', 'ftp://chat.example.com', 'javascript:alert(1)', 'http://', 'https://chat.example.com/?x=1', '' ) as $bad ) {
			list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => $bad, 'token' => 'oct_valid_token_123' ) );
			self::assertSame( 400, $status, "status for sidecarUrl '$bad'" );
			self::assertSame( 'rest_invalid_param', $data['code'], "code for sidecarUrl '$bad'" );
			self::assertTrue( isset( $data['data']['params']['sidecarUrl'] ), "sidecarUrl named as the bad parameter for '$bad'" );
		}
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'https://chat.example.com', 'token' => 'abc' ) );
		self::assertSame( 400, $status, 'status for a malformed token' );
		self::assertSame( 'omniops_invalid_token', $data['data']['details']['token']['code'], 'token error code' );
		list( $status ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'https://chat.example.com' ) );
		self::assertSame( 400, $status, 'status for a missing token' );
		self::assertSame( 0, count( $log ), 'requests sent to the sidecar' );
	}

	/**
	 * Rest: connect stores the credentials and answers with the connection and its status.
	 */
	public function test_connect_stores_the_credentials_and_answers_with_the_connection_and_its_status(): void {
		omniops_test_as_admin();
		$log                   = &omniops_mock_http( omniops_test_sidecar() );
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => ' http://127.0.0.1:3100/ ', 'token' => 'oct_valid_token_123' ) );
		self::assertSame( 201, $status, 'status' );
		self::assertSame( true, $data['connected'], 'connected' );
		self::assertSame( 'http://127.0.0.1:3100', $data['sidecarUrl'], 'normalized sidecar URL' );
		self::assertSame( 'pk_issued_key_1234', $data['siteKey'], 'site key' );
		self::assertSame( 14, $data['status']['documents'], 'documents from the signed status call' );
		self::assertSame( 'idle', $data['status']['state'], 'index state' );
		self::assertTrue( ! isset( $data['error'] ), 'no error' );

		self::assertSame( 'http://127.0.0.1:3100/api/site/connect', $log[0]['url'], 'connect URL' );
		$sent = json_decode( $log[0]['body'], true );
		self::assertSame( 'oct_valid_token_123', $sent['token'], 'token sent' );
		self::assertSame( home_url(), $sent['siteUrl'], 'siteUrl' );
		self::assertSame( rest_url(), $sent['restUrl'], 'restUrl' );
		self::assertSame( get_bloginfo( 'name' ), $sent['siteName'], 'siteName' );
		$origin = wp_parse_url( home_url(), PHP_URL_SCHEME ) . '://' . wp_parse_url( home_url(), PHP_URL_HOST ) . ( wp_parse_url( home_url(), PHP_URL_PORT ) ? ':' . wp_parse_url( home_url(), PHP_URL_PORT ) : '' );
		self::assertSame( array( $origin ), $sent['allowedOrigins'], 'allowedOrigins' );
		self::assertSame( get_bloginfo( 'version' ), $sent['platform']['wordpress'], 'platform.wordpress' );
		self::assertTrue( ! isset( $log[0]['headers']['X-OmniOps-Signature'] ), 'connect is not signed' );

		$settings = new Settings();
		self::assertSame( 'sk_issued_secret_5678', $settings->secret(), 'stored secret' );
		self::assertTrue( false === strpos( (string) wp_json_encode( get_option( Settings::OPTION ) ), 'sk_issued_secret_5678' ), 'secret encrypted in the option' );

		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/connection' );
		self::assertSame( 200, $status, 'GET status' );
		self::assertSame( array( 'connected', 'sidecarUrl', 'siteKey', 'connectedAt', 'status' ), array_keys( $data ), 'GET shape' );

		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/sync' );
		self::assertSame( 202, $status, 'sync status' );
		self::assertSame( array( 'queued' => true ), $data, 'sync answer' );
	}

	/**
	 * Rest: an unreachable sidecar gives a clear 502.
	 */
	public function test_an_unreachable_sidecar_gives_a_clear_502(): void {
		omniops_test_as_admin();
		// A real request to a closed local port: no mock.
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:1', 'token' => 'oct_valid_token_123' ) );
		self::assertSame( 502, $status, 'status' );
		self::assertSame( 'omniops_sidecar_unreachable', $data['code'], 'code' );
		self::assertStringContainsString( 'Could not reach the OmniOps service at http://127.0.0.1:1', $data['message'], 'message' );
		self::assertSame( false, ( new Settings() )->is_connected(), 'nothing stored' );
	}

	/**
	 * Rest: sidecar refusals are relayed with their message and a 4xx or 502.
	 */
	public function test_sidecar_refusals_are_relayed_with_their_message_and_a_4xx_or_502(): void {
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
			self::assertSame( $want_status, $status, "status for sidecar answer {$answer[0]}" );
			self::assertSame( $want_code, $data['code'], "code for sidecar answer {$answer[0]}" );
			self::assertStringContainsString( $want_text, $data['message'], "message for sidecar answer {$answer[0]}" );
		}
		self::assertSame( false, ( new Settings() )->is_connected(), 'nothing stored' );
	}

	/**
	 * Rest: a failing status call keeps connected=true and reports the error.
	 */
	public function test_a_failing_status_call_keeps_connected_true_and_reports_the_error(): void {
		omniops_test_as_admin();
		omniops_mock_http( omniops_test_sidecar() );
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		omniops_reset_http();
		omniops_mock_http( omniops_test_sidecar( array( '/api/site/status' => new WP_Error( 'http_request_failed', 'cURL error 7: Connection refused' ) ) ) );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/connection' );
		self::assertSame( 200, $status, 'status' );
		self::assertSame( true, $data['connected'], 'connected' );
		self::assertStringContainsString( 'Could not reach the OmniOps service', $data['error'], 'error' );
		self::assertTrue( ! isset( $data['status'] ), 'no status' );
	}

	/**
	 * Rest: DELETE connection tells the sidecar (signed) and clears the credentials, even when the sidecar is gone.
	 */
	public function test_delete_connection_tells_the_sidecar_signed_and_clears_the_credentials_even_when_the_sidecar_is_gone(): void {
		omniops_test_as_admin();
		omniops_mock_http( omniops_test_sidecar() );
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		$log                   = &omniops_mock_http( omniops_test_sidecar() );
		list( $status, $data ) = omniops_rest( 'DELETE', '/omniops/v1/connection' );
		self::assertSame( 200, $status, 'status' );
		self::assertSame( false, $data['connected'], 'connected' );
		self::assertSame( null, $data['siteKey'], 'siteKey' );
		$disconnects = array_filter(
			$log,
			static function ( $request ) {
				return '/api/site/disconnect' === wp_parse_url( $request['url'], PHP_URL_PATH );
			}
		);
		self::assertSame( 1, count( $disconnects ), 'disconnect calls' );
		self::assertSame( false, ( new Settings() )->is_connected(), 'credentials cleared' );

		// Again, with the sidecar unreachable: the owner still gets out.
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		omniops_reset_http();
		omniops_mock_http( omniops_test_sidecar( array( '/api/site/disconnect' => new WP_Error( 'http_request_failed', 'down' ) ) ) );
		list( $status ) = omniops_rest( 'DELETE', '/omniops/v1/connection' );
		self::assertSame( 200, $status, 'status with the sidecar down' );
		self::assertSame( false, ( new Settings() )->is_connected(), 'credentials cleared with the sidecar down' );
	}

	/**
	 * Rest: sync without a connection is a 409.
	 */
	public function test_sync_without_a_connection_is_a_409(): void {
		omniops_test_as_admin();
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/sync' );
		self::assertSame( 409, $status, 'status' );
		self::assertSame( 'omniops_not_connected', $data['code'], 'code' );
	}

	/**
	 * Rest: a revoked site key on sync is reported as a 409 asking to reconnect.
	 */
	public function test_a_revoked_site_key_on_sync_is_reported_as_a_409_asking_to_reconnect(): void {
		omniops_test_as_admin();
		omniops_mock_http( omniops_test_sidecar() );
		omniops_rest( 'POST', '/omniops/v1/connection', array( 'sidecarUrl' => 'http://127.0.0.1:3100', 'token' => 'oct_valid_token_123' ) );
		omniops_reset_http();
		omniops_mock_http( omniops_test_sidecar( array( '/api/site/sync' => array( 401, array( 'error' => array( 'code' => 'invalid_signature', 'message' => 'Unknown key' ) ) ) ) ) );
		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/sync' );
		self::assertSame( 409, $status, 'status' );
		self::assertSame( 'omniops_site_key_rejected', $data['code'], 'code' );
	}

	/**
	 * Rest: an empty site title is sent as the host name (the sidecar requires a name).
	 */
	public function test_an_empty_site_title_is_sent_as_the_host_name_the_sidecar_requires_a_name(): void {
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
		self::assertSame( wp_parse_url( home_url(), PHP_URL_HOST ), $sent['siteName'], 'siteName' );
	}
}
