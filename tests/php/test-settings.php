<?php
/**
 * Settings storage: the site secret is encrypted at rest and reads back unchanged.
 *
 * @package OmniOps
 */

use OmniOps\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * The settings cases.
 *
 * @testdox Settings
 */
final class Test_Settings extends OmniOps_TestCase {

	/**
	 * Settings: encryption round-trip with AES-256-GCM.
	 */
	public function test_encryption_round_trip_with_aes_256_gcm(): void {
		$settings = new Settings();
		$secret   = 'sk_' . wp_generate_password( 40, false );
		$stored   = $settings->encrypt( $secret );
		self::assertSame( Settings::SCHEME_GCM, substr( $stored, 0, 5 ), 'scheme (OpenSSL has aes-256-gcm here)' );
		self::assertTrue( false === strpos( $stored, $secret ), 'ciphertext does not contain the secret' );
		self::assertSame( $secret, $settings->decrypt( $stored ), 'decrypted secret' );
		self::assertTrue( $stored !== $settings->encrypt( $secret ), 'a fresh IV every time' );
	}

	/**
	 * Settings: tampered or foreign ciphertexts are refused.
	 */
	public function test_tampered_or_foreign_ciphertexts_are_refused(): void {
		$settings = new Settings();
		$stored   = $settings->encrypt( 'sk_value' );
		$payload  = base64_decode( substr( $stored, 5 ) );

		$payload[ strlen( $payload ) - 1 ] = chr( ord( $payload[ strlen( $payload ) - 1 ] ) ^ 1 );
		self::assertSame( null, $settings->decrypt( Settings::SCHEME_GCM . base64_encode( $payload ) ), 'flipped bit' );
		self::assertSame( null, $settings->decrypt( 'sk_plain_value' ), 'unknown scheme' );
		self::assertSame( null, $settings->decrypt( Settings::SCHEME_GCM . '!!!' ), 'not base64' );

		// A key derived from other salts (another site, or rotated salts) cannot read it.
		$other_key = hash_hmac( 'sha256', 'omniops-settings-encryption-v1', 'some other salt', true );
		$raw       = base64_decode( substr( $stored, 5 ) );
		self::assertSame( false, openssl_decrypt( substr( $raw, 28 ), 'aes-256-gcm', $other_key, OPENSSL_RAW_DATA, substr( $raw, 0, 12 ), substr( $raw, 12, 16 ) ), 'decryption with another key' );
	}

	/**
	 * Settings: a saved connection stores the secret encrypted and clears cleanly.
	 */
	public function test_a_saved_connection_stores_the_secret_encrypted_and_clears_cleanly(): void {
		$settings = new Settings();
		self::assertSame( false, $settings->is_connected(), 'connected before saving' );
		$settings->save_connection( 'https://chat.example.com', 'pk_saved_key_1234', 'sk_saved_secret_5678', 'site-1' );

		$raw = get_option( Settings::OPTION );
		self::assertTrue( is_array( $raw ), 'option is an array' );
		self::assertTrue( false === strpos( (string) wp_json_encode( $raw ), 'sk_saved_secret_5678' ), 'option does not contain the plaintext secret' );
		self::assertSame( true, $settings->is_connected(), 'connected after saving' );
		self::assertSame( 'sk_saved_secret_5678', $settings->secret(), 'secret' );
		self::assertSame( 'pk_saved_key_1234', $settings->site_key(), 'site key' );
		self::assertTrue( 1 === preg_match( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $settings->connected_at() ), 'connectedAt is UTC ISO-8601' );

		$settings->clear_connection();
		self::assertSame( false, $settings->is_connected(), 'connected after clearing' );
		self::assertSame( null, $settings->secret(), 'secret after clearing' );
		self::assertSame( 'https://chat.example.com', $settings->sidecar_url(), 'sidecar URL kept for the form' );
	}
}
