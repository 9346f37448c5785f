<?php
/**
 * The page the shopper is on, from WooCommerce's own conditional tags (is_product(),
 * is_cart(), …) and the shop's contact and FAQ page choices, printed into the loader's
 * configuration so every chat message carries it. Without WooCommerce every page that is
 * not a contact or FAQ page is "other".
 *
 * @package OmniOps
 */

namespace OmniOps\WooCommerce;

use OmniOps\Storefront\PageTypes;

defined( 'ABSPATH' ) || exit;

/**
 * Adds `pageContext` { pageType, productId?, title } to window.omniopsConfig, and gives the
 * loader what the widget's "Add to cart" needs on product pages (store_api()).
 */
final class PageContext {

	/**
	 * The shop's contact and FAQ pages.
	 *
	 * @var PageTypes
	 */
	private $page_types;

	/**
	 * Page context over the shop's page-type choices.
	 *
	 * @param PageTypes|null $page_types Contact/FAQ page choices; the stored ones by default.
	 */
	public function __construct( ?PageTypes $page_types = null ) {
		$this->page_types = $page_types ?? new PageTypes();
	}

	/**
	 * Filter callback for omniops_loader_config.
	 *
	 * @param array<string, mixed> $config Loader configuration.
	 * @return array<string, mixed>
	 */
	public function add_to_config( $config ): array {
		$config                = is_array( $config ) ? $config : array();
		$config['pageContext'] = $this->current();
		return $config;
	}

	/**
	 * The current page's type and product id.
	 *
	 * @return array{pageType: string, productId?: string, title?: string}
	 */
	public function current(): array {
		$type = $this->page_type();
		$page = array( 'pageType' => $type );
		if ( 'product' === $type ) {
			$id = (int) get_queried_object_id();
			if ( $id > 0 ) {
				$page['productId'] = (string) $id;
				$page['title']     = wp_strip_all_tags( get_the_title( $id ) );
			}
		}
		return $page;
	}

	/**
	 * What cart.js needs to add to the shopper's cart through WooCommerce's Store API, on
	 * product pages only: the Store API base URL, a nonce for the `Nonce` header (the one
	 * WooCommerce's own blocks use, action `wc_store_api`) and the cart page to link to.
	 *
	 * @return array{url: string, nonce: string, cartUrl: string}|null Null elsewhere or without WooCommerce.
	 */
	public function store_api(): ?array {
		if ( ! function_exists( 'wc_get_cart_url' ) || 'product' !== $this->page_type() ) {
			return null;
		}
		return array(
			'url'     => rest_url( 'wc/store/v1/' ),
			'nonce'   => wp_create_nonce( 'wc_store_api' ),
			'cartUrl' => (string) wc_get_cart_url(),
		);
	}

	/**
	 * One of product, category, cart, checkout, contact, faq, other.
	 */
	private function page_type(): string {
		if ( function_exists( 'is_product' ) && is_product() ) {
			return 'product';
		}
		if ( function_exists( 'is_cart' ) && is_cart() ) {
			return 'cart';
		}
		if ( function_exists( 'is_checkout' ) && is_checkout() ) {
			return 'checkout';
		}
		if ( ( function_exists( 'is_product_category' ) && is_product_category() ) || ( function_exists( 'is_shop' ) && is_shop() ) || ( function_exists( 'is_product_tag' ) && is_product_tag() ) ) {
			return 'category';
		}
		if ( is_page() ) {
			return $this->page_types->kind_of( (int) get_queried_object_id() ) ?? 'other';
		}
		return 'other';
	}
}
