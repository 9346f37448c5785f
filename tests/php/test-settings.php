<?php
/**
 * Settings storage: the site secret is encrypted at rest and reads back unchanged.
 *
 * @package OmniOps
 */

use OmniOps\Settings;

defined( 'ABSPATH' ) || exit;

omniops_test(
	'settings: encryption round-trip with AES-256-GCM',
	static function () {
		$settings = new Settings();
		$secret   = 'sk_' . wp_generate_password( 40, false );
		$stored   = $settings->encrypt( $secret );
		omniops_assert_same( Settings::SCHEME_GCM, substr( $stored, 0, 5 ), 'scheme (OpenSSL has aes-256-gcm here)' );
		omniops_assert_true( false === strpos( $stored, $secret ), 'ciphertext does not contain the secret' );
		omniops_assert_same( $secret, $settings->decrypt( $stored ), 'decrypted secret' );
		omniops_assert_true( $stored !== $settings->encrypt( $secret ), 'a fresh IV every time' );
	}
);

omniops_test(
	'settings: tampered or foreign ciphertexts are refused',
	static function () {
		$settings = new Settings();
		$stored   = $settings->encrypt( 'sk_value' );
		$payload  = base64_decode( substr( $stored, 5 ) );
		$payload[ strlen( $payload ) - 1 ] = chr( ord( $payload[ strlen( $payload ) - 1 ] ) ^ 1 );
		omniops_assert_same( null, $settings->decrypt( Settings::SCHEME_GCM . base64_encode( $payload ) ), 'flipped bit' );
		omniops_assert_same( null, $settings->decrypt( 'sk_plain_value' ), 'unknown scheme' );
		omniops_assert_same( null, $settings->decrypt( Settings::SCHEME_GCM . '!!!' ), 'not base64' );

		// A key derived from other salts (another site, or rotated salts) cannot read it.
		$other_key = hash_hmac( 'sha256', 'omniops-settings-encryption-v1', 'some other salt', true );
		$raw       = base64_decode( substr( $stored, 5 ) );
		omniops_assert_same( false, openssl_decrypt( substr( $raw, 28 ), 'aes-256-gcm', $other_key, OPENSSL_RAW_DATA, substr( $raw, 0, 12 ), substr( $raw, 12, 16 ) ), 'decryption with another key' );
	}
);

omniops_test(
	'settings: a saved connection stores the secret encrypted and clears cleanly',
	static function () {
		$settings = new Settings();
		omniops_assert_same( false, $settings->is_connected(), 'connected before saving' );
		$settings->save_connection( 'https://chat.example.com', 'pk_saved_key_1234', 'sk_saved_secret_5678', 'site-1' );

		$raw = get_option( Settings::OPTION );
		omniops_assert_true( is_array( $raw ), 'option is an array' );
		omniops_assert_true( false === strpos( (string) wp_json_encode( $raw ), 'sk_saved_secret_5678' ), 'option does not contain the plaintext secret' );
		omniops_assert_same( true, $settings->is_connected(), 'connected after saving' );
		omniops_assert_same( 'sk_saved_secret_5678', $settings->secret(), 'secret' );
		omniops_assert_same( 'pk_saved_key_1234', $settings->site_key(), 'site key' );
		omniops_assert_true( 1 === preg_match( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $settings->connected_at() ), 'connectedAt is UTC ISO-8601' );

		$settings->clear_connection();
		omniops_assert_same( false, $settings->is_connected(), 'connected after clearing' );
		omniops_assert_same( null, $settings->secret(), 'secret after clearing' );
		omniops_assert_same( 'https://chat.example.com', $settings->sidecar_url(), 'sidecar URL kept for the form' );
	}
);
