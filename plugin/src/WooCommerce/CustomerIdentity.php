<?php
/**
 * Vouches for the signed-in WooCommerce customer to the sidecar, so the chat can show the
 * customer's own orders without asking for the billing e-mail. The storefront config gets a
 * short-lived token the shopper's browser carries but cannot forge or alter:
 *
 *     payload = base64url( JSON { v: 1, site, customer, email, exp } )
 *     token   = payload . "." . hex( HMAC-SHA256( site secret, "omniops-customer-v1." . payload ) )
 *
 * `site` is the sidecar's site id, `customer` the user id (WooCommerce's order customer_id),
 * `exp` Unix seconds. The sidecar checks the signature with the same secret, the site and
 * the expiry (docs/contracts.md, sidecar/src/modules/sites/customer-token.ts).
 *
 * @package OmniOps
 */

namespace OmniOps\WooCommerce;

use OmniOps\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * Adds `customerToken` to window.omniopsConfig for logged-in customers.
 */
final class CustomerIdentity {

	/** Short: a copied token stops working soon; the widget then asks for the e-mail again. */
	const TTL_SECONDS = 2 * HOUR_IN_SECONDS;

	/** Keeps these signatures apart from signed requests made with the same secret. */
	const CONTEXT = 'omniops-customer-v1.';

	/**
	 * Connection settings (site id and secret).
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Dependencies.
	 *
	 * @param Settings $settings Plugin settings.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * Hooked to omniops_loader_config.
	 *
	 * @param array<string, mixed> $config The storefront config.
	 * @return array<string, mixed>
	 */
	public function add_to_config( $config ) {
		$config = (array) $config;
		$token  = $this->current_token();
		if ( null !== $token ) {
			$config['customerToken'] = $token;
		}
		return $config;
	}

	/**
	 * The token for the user signed in now, or null: nobody signed in, not connected, or
	 * the shop turned it off (filter `omniops_vouch_for_customers`, on with WooCommerce).
	 */
	public function current_token(): ?string {
		if ( ! is_user_logged_in() || ! apply_filters( 'omniops_vouch_for_customers', class_exists( 'WooCommerce' ) ) ) {
			return null;
		}
		$user = wp_get_current_user();
		return $this->token_for( (int) $user->ID, (string) $user->user_email, time() + self::TTL_SECONDS );
	}

	/**
	 * A token for one customer, or null when the site is not connected.
	 *
	 * @param int    $customer_id WordPress user id.
	 * @param string $email       The customer's e-mail.
	 * @param int    $expires     Unix seconds.
	 */
	public function token_for( int $customer_id, string $email, int $expires ): ?string {
		$secret  = $this->settings->secret();
		$site_id = $this->settings->site_id();
		if ( $customer_id <= 0 || null === $secret || '' === $site_id || ! $this->settings->is_connected() ) {
			return null;
		}
		$claims  = array(
			'v'        => 1,
			'site'     => $site_id,
			'customer' => (string) $customer_id,
			'email'    => $email,
			'exp'      => $expires,
		);
		$payload = rtrim( strtr( base64_encode( (string) wp_json_encode( $claims ) ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- base64url, the token format.
		return $payload . '.' . hash_hmac( 'sha256', self::CONTEXT . $payload, $secret );
	}
}
