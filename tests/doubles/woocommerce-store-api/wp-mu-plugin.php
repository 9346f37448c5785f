<?php
/**
 * Test double of the WooCommerce pieces the widget's "Add to cart" touches, for the test
 * WordPress of tests/env/wp-up.sh (installed as a must-use plugin; WooCommerce itself cannot
 * be installed from the registries these machines reach). Never shipped: the OmniOps plugin
 * only sees WooCommerce's own functions and routes, and does not know this file exists.
 *
 * Built to WooCommerce's contract (woocommerce/woocommerce, plugins/woocommerce/src/StoreApi):
 * - the `product` post type and `is_product()` (`is_singular( array( 'product' ) )`), plus
 *   `wc_get_cart_url()`, as WooCommerce defines them;
 * - `POST /wp-json/wc/store/v1/cart/add-item` `{ id, quantity, variation? }` (AbstractCartRoute,
 *   CartAddItem): a `Nonce` header checked with wp_verify_nonce( …, 'wc_store_api' ) — missing:
 *   401 `woocommerce_rest_missing_nonce`, wrong: 403 `woocommerce_rest_invalid_nonce`; an id
 *   that is no product: 400; success: 201 with the cart;
 * - `GET /wp-json/wc/store/v1/cart`: the cart;
 * - every answer carries `Nonce` (a fresh wp_create_nonce( 'wc_store_api' )),
 *   `Nonce-Timestamp` and `User-ID`, errors as `{ code, message, data: { status } }`;
 * - the Store API answers with cookie authentication but without the `X-WP-Nonce` REST nonce
 *   (WooCommerce's StoreApi\Authentication), so a signed-in shopper keeps their identity.
 * The cart is kept per browser in a cookie-keyed option (WooCommerce keeps it in its session
 * table, keyed by the `wp_woocommerce_session_*` cookie).
 *
 * @package OmniOps\Tests
 */

defined( 'ABSPATH' ) || exit;

const OMNIOPS_DOUBLE_STORE_NAMESPACE = 'wc/store/v1';

if ( ! function_exists( 'is_product' ) ) {
	/**
	 * As WooCommerce: a single product page.
	 */
	function is_product() {
		return is_singular( array( 'product' ) );
	}
}

if ( ! function_exists( 'wc_get_cart_url' ) ) {
	/**
	 * As WooCommerce: the cart page's permalink (the test site has no cart page: /cart/).
	 */
	function wc_get_cart_url() {
		return apply_filters( 'woocommerce_get_cart_url', home_url( '/cart/' ) );
	}
}

add_action(
	'init',
	static function () {
		if ( ! post_type_exists( 'product' ) ) {
			register_post_type(
				'product',
				array(
					'label'        => 'Products',
					'public'       => true,
					'show_in_rest' => false,
					'rewrite'      => array( 'slug' => 'product' ),
				)
			);
		}
	}
);

/**
 * The session cookie's name, as WooCommerce's session handler names it.
 */
function omniops_double_session_cookie(): string {
	return 'wp_woocommerce_session_' . COOKIEHASH;
}

/**
 * This browser's customer key, from the session cookie; a new one (and the cookie) if none.
 */
function omniops_double_customer_key(): string {
	$cookie = omniops_double_session_cookie();
	if ( isset( $_COOKIE[ $cookie ] ) && preg_match( '/^t_[a-f0-9]{30}$/', (string) $_COOKIE[ $cookie ] ) ) {
		return (string) $_COOKIE[ $cookie ];
	}
	$key                = 't_' . substr( md5( wp_generate_password( 32, true, true ) ), 0, 30 );
	$_COOKIE[ $cookie ] = $key;
	if ( ! headers_sent() ) {
		setcookie( $cookie, $key, time() + 2 * DAY_IN_SECONDS, COOKIEPATH ? COOKIEPATH : '/', COOKIE_DOMAIN, is_ssl(), true );
	}
	return $key;
}

/**
 * The cart of this browser: items keyed like WooCommerce's cart item keys.
 *
 * @return array<string, array{id: int, quantity: int}>
 */
function omniops_double_cart_items(): array {
	$items = get_option( 'omniops_double_cart_' . omniops_double_customer_key(), array() );
	return is_array( $items ) ? $items : array();
}

/**
 * The cart as the Store API's CartSchema shapes it (the fields a client reads).
 *
 * @return array<string, mixed>
 */
function omniops_double_cart_response(): array {
	$items = array();
	$count = 0;
	foreach ( omniops_double_cart_items() as $key => $item ) {
		$items[] = array(
			'key'       => $key,
			'id'        => $item['id'],
			'type'      => 'simple',
			'quantity'  => $item['quantity'],
			'name'      => get_the_title( $item['id'] ),
			'permalink' => get_permalink( $item['id'] ),
		);
		$count  += $item['quantity'];
	}
	return array(
		'items'          => $items,
		'coupons'        => array(),
		'fees'           => array(),
		'items_count'    => $count,
		'items_weight'   => 0,
		'needs_payment'  => $count > 0,
		'needs_shipping' => $count > 0,
		'totals'         => array(
			'currency_code'       => 'EUR',
			'currency_minor_unit' => 2,
		),
		'errors'         => array(),
		'extensions'     => new stdClass(),
	);
}

/**
 * An answer with the headers every Store API cart route adds.
 *
 * @param array<string, mixed> $body   JSON body.
 * @param int                  $status HTTP status.
 */
function omniops_double_store_response( array $body, int $status ): WP_REST_Response {
	$response = new WP_REST_Response( $body, $status );
	$response->header( 'Nonce', wp_create_nonce( 'wc_store_api' ) );
	$response->header( 'Nonce-Timestamp', (string) time() );
	$response->header( 'User-ID', (string) get_current_user_id() );
	return $response;
}

/**
 * An error as WooCommerce's AbstractRoute::error_to_response shapes it.
 *
 * @param string $code    Error code.
 * @param string $message Message.
 * @param int    $status  HTTP status.
 */
function omniops_double_store_error( string $code, string $message, int $status ): WP_REST_Response {
	return omniops_double_store_response(
		array(
			'code'    => $code,
			'message' => $message,
			'data'    => array( 'status' => $status ),
		),
		$status
	);
}

add_filter(
	'rest_authentication_errors',
	static function ( $result ) {
		// As StoreApi\Authentication: Store API requests need no REST nonce (they have their own).
		$route = isset( $GLOBALS['wp']->query_vars['rest_route'] ) ? (string) $GLOBALS['wp']->query_vars['rest_route'] : '';
		return 0 === strpos( ltrim( $route, '/' ), OMNIOPS_DOUBLE_STORE_NAMESPACE . '/' ) ? true : $result;
	},
	9
);

add_action(
	'rest_api_init',
	static function () {
		register_rest_route(
			OMNIOPS_DOUBLE_STORE_NAMESPACE,
			'/cart',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => static function () {
					return omniops_double_store_response( omniops_double_cart_response(), 200 );
				},
			)
		);
		register_rest_route(
			OMNIOPS_DOUBLE_STORE_NAMESPACE,
			'/cart/add-item',
			array(
				'methods'             => 'POST',
				'permission_callback' => '__return_true',
				'args'                => array(
					'id'        => array(
						'type'              => 'integer',
						'sanitize_callback' => 'absint',
					),
					'quantity'  => array( 'type' => 'integer' ),
					'variation' => array( 'type' => 'array' ),
				),
				'callback'            => static function ( WP_REST_Request $request ) {
					$nonce = $request->get_header( 'Nonce' );
					if ( null === $nonce ) {
						return omniops_double_store_error( 'woocommerce_rest_missing_nonce', 'Missing the Nonce header. This endpoint requires a valid nonce.', 401 );
					}
					if ( ! wp_verify_nonce( $nonce, 'wc_store_api' ) ) {
						return omniops_double_store_error( 'woocommerce_rest_invalid_nonce', 'Nonce is invalid.', 403 );
					}
					$id      = (int) $request['id'];
					$product = get_post( $id );
					if ( ! $product || 'product' !== $product->post_type || 'publish' !== $product->post_status ) {
						return omniops_double_store_error( 'woocommerce_rest_cart_invalid_product', 'This product cannot be added to the cart.', 400 );
					}
					$quantity = null === $request['quantity'] ? 1 : (int) $request['quantity'];
					if ( $quantity < 1 ) {
						return omniops_double_store_error( 'woocommerce_rest_cart_invalid_quantity', 'Quantity must be at least 1.', 400 );
					}
					$items = omniops_double_cart_items();
					$key   = md5( (string) $id );
					$items[ $key ] = array(
						'id'       => $id,
						'quantity' => $quantity + ( $items[ $key ]['quantity'] ?? 0 ),
					);
					update_option( 'omniops_double_cart_' . omniops_double_customer_key(), $items, false );
					return omniops_double_store_response( omniops_double_cart_response(), 201 );
				},
			)
		);
	}
);
