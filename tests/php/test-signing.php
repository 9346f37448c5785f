<?php
/**
 * Request signing matches docs/contracts.md ("Server to server"). Expected values are
 * computed here with hash()/hash_hmac() from the contract's description, not by the plugin.
 *
 * @package OmniOps
 */

use OmniOps\Sidecar\Client;
use OmniOps\Sidecar\RequestSigner;

defined( 'ABSPATH' ) || exit;

omniops_test(
	'signing: canonical string and signature match the contract for a fixed input',
	static function () {
		$secret = 'sk_test_secret_0123456789';
		$nonce  = 'abcdefghijklmnop0123';
		$body   = '{"hello":"world"}';

		$expected_canonical = "POST\n/api/site/sync\n1700000000\nabcdefghijklmnop0123\n" . hash( 'sha256', $body );
		omniops_assert_same( $expected_canonical, RequestSigner::canonical_string( 'post', '/api/site/sync', 1700000000, $nonce, $body ), 'canonical string' );
		omniops_assert_same(
			hash_hmac( 'sha256', $expected_canonical, $secret ),
			RequestSigner::signature( $secret, 'POST', '/api/site/sync', 1700000000, $nonce, $body ),
			'signature'
		);

		// An empty body is hashed as the empty string (SHA-256 of "" written out).
		$empty = RequestSigner::canonical_string( 'GET', '/api/site/status?x=1', 1700000000, $nonce, '' );
		omniops_assert_same( "GET\n/api/site/status?x=1\n1700000000\nabcdefghijklmnop0123\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", $empty, 'canonical string, empty body' );

		$headers = RequestSigner::headers( 'pk_test', $secret, 'POST', '/api/site/sync', $body, 1700000000, $nonce );
		omniops_assert_same( array( 'X-OmniOps-Key', 'X-OmniOps-Timestamp', 'X-OmniOps-Nonce', 'X-OmniOps-Signature' ), array_keys( $headers ), 'header names' );
		omniops_assert_same( '1700000000', $headers['X-OmniOps-Timestamp'], 'timestamp header' );
		omniops_assert_true( 1 === preg_match( '/^[0-9a-f]{64}$/', $headers['X-OmniOps-Signature'] ), 'signature is 64 lowercase hex characters' );
	}
);

omniops_test(
	'signing: nonces follow the contract and are not repeated',
	static function () {
		$seen = array();
		for ( $i = 0; $i < 50; $i++ ) {
			$nonce = RequestSigner::new_nonce();
			omniops_assert_true( 1 === preg_match( '/^[A-Za-z0-9_-]{16,64}$/', $nonce ), "nonce $nonce has 16-64 [A-Za-z0-9_-]" );
			$seen[ $nonce ] = true;
		}
		omniops_assert_same( 50, count( $seen ), 'distinct nonces' );
	}
);

omniops_test(
	'signing: a signed request carries headers that verify against the body and path actually sent',
	static function () {
		$log    = &omniops_mock_http(
			static function () {
				return omniops_http_response( 202, array( 'queued' => true ) );
			}
		);
		$client = new Client( 'http://127.0.0.1:3100/', 'pk_fixed_key_123', 'sk_fixed_secret_456' );
		$answer = $client->sync();
		omniops_assert_same( array( 'queued' => true ), $answer, 'sync answer' );
		omniops_assert_same( 1, count( $log ), 'requests sent' );

		$sent = $log[0];
		omniops_assert_same( 'http://127.0.0.1:3100/api/site/sync', $sent['url'], 'URL' );
		omniops_assert_same( 'POST', $sent['method'], 'method' );
		omniops_assert_same( '{}', $sent['body'], 'body' );
		$h         = $sent['headers'];
		$canonical = implode( "\n", array( 'POST', '/api/site/sync', $h['X-OmniOps-Timestamp'], $h['X-OmniOps-Nonce'], hash( 'sha256', '{}' ) ) );
		omniops_assert_same( 'pk_fixed_key_123', $h['X-OmniOps-Key'], 'key header' );
		omniops_assert_same( hash_hmac( 'sha256', $canonical, 'sk_fixed_secret_456' ), $h['X-OmniOps-Signature'], 'signature of the sent request' );
		omniops_assert_true( abs( time() - (int) $h['X-OmniOps-Timestamp'] ) < 5, 'timestamp is now, in seconds' );
	}
);

omniops_test(
	'signing: a sidecar under a path prefix signs the full path as sent',
	static function () {
		omniops_assert_same( '/omniops/api/site/status', Client::request_target( 'https://chat.example.com/omniops/api/site/status' ), 'request target' );
		omniops_assert_same( '/api/site/status?a=1&b=2', Client::request_target( 'https://chat.example.com/api/site/status?a=1&b=2' ), 'request target with query' );
	}
);
