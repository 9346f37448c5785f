<?php
/**
 * The page the shopper is on, from WooCommerce's own conditional tags (is_product(),
 * is_cart(), …), printed into the loader's configuration so every chat message carries
 * it. Without WooCommerce every page is "other".
 *
 * @package OmniOps
 */

namespace OmniOps\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Adds `pageContext` { pageType, productId?, title } to window.omniopsConfig.
 */
final class PageContext {

	/**
	 * Hooks the loader configuration filter.
	 */
	public function init(): void {
		add_filter( 'omniops_loader_config', array( $this, 'add_to_config' ) );
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
	 * One of product, category, cart, checkout, other.
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
		return 'other';
	}
}
