<?php
/**
 * The signed-in customer token the storefront config carries (WooCommerce\CustomerIdentity):
 * its exact bytes for a fixed input (the same vector the sidecar's jest test verifies), who
 * gets one, and that it is signed with the site secret over the claims it shows.
 *
 * @package OmniOps
 */

use OmniOps\Settings;
use OmniOps\Storefront\Loader;
use OmniOps\WooCommerce\CustomerIdentity;

defined( 'ABSPATH' ) || exit;

const OMNIOPS_TEST_VECTOR_SITE  = '0b5f7a4e-1111-4222-8333-444455556666';
const OMNIOPS_TEST_VECTOR_TOKEN = 'eyJ2IjoxLCJzaXRlIjoiMGI1ZjdhNGUtMTExMS00MjIyLTgzMzMtNDQ0NDU1NTU2NjY2IiwiY3VzdG9tZXIiOiIxNyIsImVtYWlsIjoiYW5hQGV4YW1wbGUuY29tIiwiZXhwIjoxOTAwMDAwMDAwfQ.b7ee261a9eec8d94cb680e9411cb55d75f8d9f6277cef3746ec5bd3d06acc01e';

/**
 * The storefront config as the loader prints it.
 *
 * @return array<string, mixed>
 */
function omniops_test_storefront_config(): array {
	return ( new Loader( new Settings(), WP_PLUGIN_DIR . '/omniops/omniops.php' ) )->config();
}

/**
 * Vouching on (the default with WooCommerce active; explicit so the tests say what they rely on).
 */
function omniops_test_vouch_on(): bool {
	return true;
}

/**
 * The customer identity cases.
 *
 * @testdox Customer identity
 */
final class Test_Customer_Identity extends OmniOps_TestCase {

	/**
	 * Customer identity: the token for a fixed input is the shared test vector.
	 */
	public function test_the_token_for_a_fixed_input_is_the_shared_test_vector(): void {
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_vector_key_1234', 'sk_vector_secret', OMNIOPS_TEST_VECTOR_SITE );
		$token = ( new CustomerIdentity( new Settings() ) )->token_for( 17, 'ana@example.com', 1900000000 );
		self::assertSame( OMNIOPS_TEST_VECTOR_TOKEN, $token, 'token' );
	}

	/**
	 * Customer identity: a signed-in customer gets a two-hour token signed over their id and e-mail.
	 */
	public function test_a_signed_in_customer_gets_a_two_hour_token_signed_over_their_id_and_e_mail(): void {
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-uuid-1' );
		add_filter( 'omniops_vouch_for_customers', 'omniops_test_vouch_on' );
		try {
			self::assertTrue( ! isset( omniops_test_storefront_config()['customerToken'] ), 'no token for a visitor' );

			$user_id = omniops_create_user( 'customer' );
			wp_set_current_user( $user_id );
			$token = omniops_test_storefront_config()['customerToken'] ?? '';
			self::assertSame( 1, preg_match( '/^([A-Za-z0-9_-]+)\.([0-9a-f]{64})$/', $token, $parts ), 'token shape' );
			self::assertSame( hash_hmac( 'sha256', 'omniops-customer-v1.' . $parts[1], 'sk_front_secret' ), $parts[2], 'signature with the site secret' );
			$claims = json_decode( base64_decode( strtr( $parts[1], '-_', '+/' ) ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode
			self::assertSame( 1, $claims['v'], 'version' );
			self::assertSame( 'site-uuid-1', $claims['site'], 'site id' );
			self::assertSame( (string) $user_id, $claims['customer'], 'customer id' );
			self::assertSame( get_userdata( $user_id )->user_email, $claims['email'], 'e-mail' );
			self::assertTrue( abs( $claims['exp'] - ( time() + 2 * HOUR_IN_SECONDS ) ) <= 5, 'expires in two hours' );
		} finally {
			remove_filter( 'omniops_vouch_for_customers', 'omniops_test_vouch_on' );
		}
	}

	/**
	 * Customer identity: a token by default with WooCommerce, none when the shop turns it off or when not connected.
	 */
	public function test_a_token_by_default_with_woocommerce_none_when_the_shop_turns_it_off_or_when_not_connected(): void {
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-uuid-1' );
		wp_set_current_user( omniops_create_user( 'customer' ) );
		self::assertSame( class_exists( 'WooCommerce' ), isset( omniops_test_storefront_config()['customerToken'] ), 'a token by default exactly when WooCommerce is active' );
		add_filter( 'omniops_vouch_for_customers', '__return_false' );
		try {
			self::assertTrue( ! isset( omniops_test_storefront_config()['customerToken'] ), 'no token when the shop turns it off' );
		} finally {
			remove_filter( 'omniops_vouch_for_customers', '__return_false' );
		}

		add_filter( 'omniops_vouch_for_customers', 'omniops_test_vouch_on' );
		try {
			( new Settings() )->clear_connection();
			self::assertTrue( ! isset( omniops_test_storefront_config()['customerToken'] ), 'no token when not connected' );
			self::assertSame( null, ( new CustomerIdentity( new Settings() ) )->token_for( 5, 'x@example.com', time() + 60 ), 'token_for when not connected' );
		} finally {
			remove_filter( 'omniops_vouch_for_customers', 'omniops_test_vouch_on' );
		}
	}
}
