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

/**
 * The signing cases.
 *
 * @testdox Signing
 */
final class Test_Signing extends OmniOps_TestCase {

	/**
	 * Signing: canonical string and signature match the contract for a fixed input.
	 */
	public function test_canonical_string_and_signature_match_the_contract_for_a_fixed_input(): void {
		$secret = 'sk_test_secret_0123456789';
		$nonce  = 'abcdefghijklmnop0123';
		$body   = '{"hello":"world"}';

		$expected_canonical = "POST\n/api/site/sync\n1700000000\nabcdefghijklmnop0123\n" . hash( 'sha256', $body );
		self::assertSame( $expected_canonical, RequestSigner::canonical_string( 'post', '/api/site/sync', 1700000000, $nonce, $body ), 'canonical string' );
		self::assertSame(
			hash_hmac( 'sha256', $expected_canonical, $secret ),
			RequestSigner::signature( $secret, 'POST', '/api/site/sync', 1700000000, $nonce, $body ),
			'signature'
		);

		// An empty body is hashed as the empty string (SHA-256 of "" written out).
		$empty = RequestSigner::canonical_string( 'GET', '/api/site/status?x=1', 1700000000, $nonce, '' );
		self::assertSame( "GET\n/api/site/status?x=1\n1700000000\nabcdefghijklmnop0123\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", $empty, 'canonical string, empty body' );

		$headers = RequestSigner::headers( 'pk_test', $secret, 'POST', '/api/site/sync', $body, 1700000000, $nonce );
		self::assertSame( array( 'X-OmniOps-Key', 'X-OmniOps-Timestamp', 'X-OmniOps-Nonce', 'X-OmniOps-Signature' ), array_keys( $headers ), 'header names' );
		self::assertSame( '1700000000', $headers['X-OmniOps-Timestamp'], 'timestamp header' );
		self::assertTrue( 1 === preg_match( '/^[0-9a-f]{64}$/', $headers['X-OmniOps-Signature'] ), 'signature is 64 lowercase hex characters' );
	}

	/**
	 * Signing: nonces follow the contract and are not repeated.
	 */
	public function test_nonces_follow_the_contract_and_are_not_repeated(): void {
		$seen = array();
		for ( $i = 0; $i < 50; $i++ ) {
			$nonce = RequestSigner::new_nonce();
			self::assertTrue( 1 === preg_match( '/^[A-Za-z0-9_-]{16,64}$/', $nonce ), "nonce $nonce has 16-64 [A-Za-z0-9_-]" );
			$seen[ $nonce ] = true;
		}
		self::assertSame( 50, count( $seen ), 'distinct nonces' );
	}

	/**
	 * Signing: a signed request carries headers that verify against the body and path actually sent.
	 */
	public function test_a_signed_request_carries_headers_that_verify_against_the_body_and_path_actually_sent(): void {
		$log    = &omniops_mock_http(
			static function () {
				return omniops_http_response( 202, array( 'queued' => true ) );
			}
		);
		$client = new Client( 'http://127.0.0.1:3100/', 'pk_fixed_key_123', 'sk_fixed_secret_456' );
		$answer = $client->sync();
		self::assertSame( array( 'queued' => true ), $answer, 'sync answer' );
		self::assertSame( 1, count( $log ), 'requests sent' );

		$sent = $log[0];
		self::assertSame( 'http://127.0.0.1:3100/api/site/sync', $sent['url'], 'URL' );
		self::assertSame( 'POST', $sent['method'], 'method' );
		self::assertSame( '{}', $sent['body'], 'body' );
		$h         = $sent['headers'];
		$canonical = implode( "\n", array( 'POST', '/api/site/sync', $h['X-OmniOps-Timestamp'], $h['X-OmniOps-Nonce'], hash( 'sha256', '{}' ) ) );
		self::assertSame( 'pk_fixed_key_123', $h['X-OmniOps-Key'], 'key header' );
		self::assertSame( hash_hmac( 'sha256', $canonical, 'sk_fixed_secret_456' ), $h['X-OmniOps-Signature'], 'signature of the sent request' );
		self::assertTrue( abs( time() - (int) $h['X-OmniOps-Timestamp'] ) < 5, 'timestamp is now, in seconds' );
	}

	/**
	 * Signing: a sidecar under a path prefix signs the full path as sent.
	 */
	public function test_a_sidecar_under_a_path_prefix_signs_the_full_path_as_sent(): void {
		self::assertSame( '/omniops/api/site/status', Client::request_target( 'https://chat.example.com/omniops/api/site/status' ), 'request target' );
		self::assertSame( '/api/site/status?a=1&b=2', Client::request_target( 'https://chat.example.com/api/site/status?a=1&b=2' ), 'request target with query' );
	}
}
