<?php
/**
 * WooCommerce for the test WordPress, set up as a shop owner would without the onboarding
 * wizard (run by tests/env/wp-up.sh through bin/wp.php, twice):
 * - `$omniops_wc_phase = 'activate'`: activates WooCommerce (its installer creates the
 *   tables and the shop, cart, checkout and account pages);
 * - `$omniops_wc_phase = 'configure'`: store address and money format, HPOS (custom order
 *   tables, sync off), cash on delivery, free shipping everywhere, guest checkout, and the
 *   catalog the journeys ask about. Looked up by SKU, so re-runs create nothing twice and
 *   put back prices and stock that a journey changed.
 *
 * Test environment only: nothing here is shipped or known to the plugin.
 *
 * @package OmniOps\Tests
 */

defined( 'ABSPATH' ) || exit;

/**
 * Stops the run with a message on stderr (wp-up.sh names the step).
 *
 * @param string $message What went wrong.
 */
function omniops_env_fail( string $message ): void {
	fwrite( STDERR, "woocommerce-setup: $message\n" );
	exit( 1 );
}

/**
 * Activates WooCommerce once, without its first-run redirect and wizard.
 */
function omniops_env_activate_woocommerce(): void {
	if ( is_plugin_active( 'woocommerce/woocommerce.php' ) ) {
		return;
	}
	$result = activate_plugin( 'woocommerce/woocommerce.php' );
	if ( is_wp_error( $result ) ) {
		omniops_env_fail( $result->get_error_message() );
	}
	delete_transient( '_wc_activation_redirect' );
	echo "activated\n";
}

/**
 * Store settings: an address, euros formatted as "1.234,50 €", guest checkout, no wizard,
 * no tracking, no marketplace suggestions.
 */
function omniops_env_store_settings(): void {
	$options = array(
		'woocommerce_store_address'                    => 'Rua das Flores 12',
		'woocommerce_store_city'                       => 'Porto',
		'woocommerce_store_postcode'                   => '4050-265',
		'woocommerce_default_country'                  => 'PT',
		'woocommerce_allowed_countries'                => 'all',
		'woocommerce_currency'                         => 'EUR',
		'woocommerce_currency_pos'                     => 'right_space',
		'woocommerce_price_thousand_sep'               => '.',
		'woocommerce_price_decimal_sep'                => ',',
		'woocommerce_price_num_decimals'               => '2',
		'woocommerce_calc_taxes'                       => 'no',
		'woocommerce_manage_stock'                     => 'yes',
		'woocommerce_enable_guest_checkout'            => 'yes',
		'woocommerce_enable_checkout_login_reminder'   => 'no',
		'woocommerce_enable_signup_and_login_from_checkout' => 'no',
		'woocommerce_allow_tracking'                   => 'no',
		'woocommerce_show_marketplace_suggestions'     => 'no',
		'woocommerce_task_list_hidden'                 => 'yes',
		'woocommerce_extended_task_list_hidden'        => 'yes',
		'woocommerce_task_list_complete'               => 'yes',
		'woocommerce_admin_install_timestamp'          => time() - WEEK_IN_SECONDS,
		'woocommerce_coming_soon'                      => 'no',
		'woocommerce_onboarding_profile'               => array( 'skipped' => true ),
		'woocommerce_cod_settings'                     => array(
			'enabled'            => 'yes',
			'title'              => 'Cash on delivery',
			'description'        => 'Pay with cash upon delivery.',
			'instructions'       => 'Pay with cash upon delivery.',
			'enable_for_methods' => array(),
			'enable_for_virtual' => 'yes',
		),
	);
	foreach ( $options as $name => $value ) {
		update_option( $name, $value );
	}
	// Free shipping in the "everywhere else" zone, so a physical cart can check out.
	$zone = new WC_Shipping_Zone( 0 );
	$has  = array_filter(
		$zone->get_shipping_methods(),
		static function ( $method ) {
			return 'free_shipping' === $method->id;
		}
	);
	if ( ! $has ) {
		$zone->add_shipping_method( 'free_shipping' );
	}
}

/**
 * High-performance order storage: the custom order tables are authoritative, posts are not
 * kept in sync (the set-up a new 8.x shop has, available as a toggle in 7.8).
 */
function omniops_env_enable_hpos(): void {
	$container = wc_get_container();
	$sync      = $container->get( Automattic\WooCommerce\Internal\DataStores\Orders\DataSynchronizer::class );
	if ( ! $sync->check_orders_table_exists() ) {
		$sync->create_database_tables();
	}
	$features = $container->get( Automattic\WooCommerce\Internal\Features\FeaturesController::class );
	$features->change_feature_enable( 'custom_order_tables', true );
	update_option( Automattic\WooCommerce\Internal\DataStores\Orders\DataSynchronizer::ORDERS_DATA_SYNC_ENABLED_OPTION, 'no' );
	update_option( Automattic\WooCommerce\Internal\DataStores\Orders\CustomOrdersTableController::CUSTOM_ORDERS_TABLE_USAGE_ENABLED_OPTION, 'yes' );
}

/**
 * A product attribute (taxonomy pa_<slug>) with the given terms.
 *
 * @param string   $name  Label, e.g. "Size".
 * @param string[] $terms Term names.
 * @return int Attribute id.
 */
function omniops_env_attribute( string $name, array $terms ): int {
	$slug = sanitize_title( $name );
	$id   = wc_attribute_taxonomy_id_by_name( $slug );
	if ( ! $id ) {
		$id = wc_create_attribute(
			array(
				'name' => $name,
				'slug' => $slug,
			)
		);
		if ( is_wp_error( $id ) ) {
			omniops_env_fail( $id->get_error_message() );
		}
	}
	$taxonomy = wc_attribute_taxonomy_name( $slug );
	if ( ! taxonomy_exists( $taxonomy ) ) {
		// Registered on init normally; this run started before the attribute existed.
		register_taxonomy( $taxonomy, array( 'product', 'product_variation' ), array( 'hierarchical' => false ) );
	}
	foreach ( $terms as $term ) {
		if ( ! term_exists( $term, $taxonomy ) ) {
			wp_insert_term( $term, $taxonomy );
		}
	}
	return (int) $id;
}

/**
 * A product found by SKU, or a new one of the given class.
 *
 * @param string $sku   SKU.
 * @param string $class WC_Product_Simple or WC_Product_Variable.
 * @return WC_Product
 */
function omniops_env_product( string $sku, string $class ): WC_Product {
	$id = wc_get_product_id_by_sku( $sku );
	return $id ? wc_get_product( $id ) : new $class();
}

/**
 * A simple product with its facts (saved; price and stock put back on every run).
 *
 * @param array<string, mixed> $p sku, name, slug, price, stock (int or 'out'), short, description,
 *                                attributes (label => value), category.
 */
function omniops_env_simple_product( array $p ): int {
	$product = omniops_env_product( $p['sku'], 'WC_Product_Simple' );
	$product->set_props(
		omniops_env_listing_props( $p )
		+ array(
			'regular_price' => $p['price'],
			'sale_price'    => '',
		)
		+ omniops_env_stock_props( $p['stock'] )
	);
	$attributes = array();
	foreach ( $p['attributes'] as $label => $value ) {
		$attributes[] = omniops_env_shown_attribute( $label, $value );
	}
	$product->set_attributes( $attributes );
	return $product->save();
}

/**
 * What a product page shows of a simple or variable product, published.
 *
 * @param array<string, mixed> $p sku, name, slug, short, description, category.
 * @return array<string, mixed> WC_Product props.
 */
function omniops_env_listing_props( array $p ): array {
	return array(
		'name'              => $p['name'],
		'slug'              => $p['slug'],
		'status'            => 'publish',
		'sku'               => $p['sku'],
		'short_description' => $p['short'],
		'description'       => $p['description'],
		'category_ids'      => array( omniops_env_category( $p['category'] ) ),
	);
}

/**
 * Managed stock of a product or variation.
 *
 * @param int|string $stock How many, or 'out'.
 * @return array<string, mixed> WC_Product props.
 */
function omniops_env_stock_props( $stock ): array {
	return array(
		'manage_stock'   => true,
		'stock_quantity' => 'out' === $stock ? 0 : $stock,
		'stock_status'   => 'out' === $stock ? 'outofstock' : 'instock',
	);
}

/**
 * A product attribute with one value, shown on the product page and not used for variations.
 *
 * @param string $label Attribute name.
 * @param string $value Its value.
 */
function omniops_env_shown_attribute( string $label, string $value ): WC_Product_Attribute {
	$attribute = new WC_Product_Attribute();
	$attribute->set_name( $label );
	$attribute->set_options( array( $value ) );
	$attribute->set_visible( true );
	$attribute->set_variation( false );
	return $attribute;
}

/**
 * A product category by name.
 *
 * @param string $name Category name.
 */
function omniops_env_category( string $name ): int {
	$term = term_exists( $name, 'product_cat' );
	if ( ! $term ) {
		$term = wp_insert_term( $name, 'product_cat' );
	}
	return (int) $term['term_id'];
}

/**
 * A variable product over the global "Size" attribute, one variation per size.
 *
 * @param array<string, mixed> $p sku, name, slug, short, description, category, material,
 *                                sizes (size => [price, stock (int or 'out')]).
 */
function omniops_env_variable_product( array $p ): int {
	$attribute_id = omniops_env_attribute( 'Size', array_keys( $p['sizes'] ) );
	$taxonomy     = wc_attribute_taxonomy_name( 'size' );
	$product      = omniops_env_product( $p['sku'], 'WC_Product_Variable' );
	$size         = new WC_Product_Attribute();
	$size->set_id( $attribute_id );
	$size->set_name( $taxonomy );
	$size->set_options(
		array_map(
			static function ( $name ) use ( $taxonomy ) {
				return (int) get_term_by( 'name', $name, $taxonomy )->term_id;
			},
			array_keys( $p['sizes'] )
		)
	);
	$size->set_visible( true );
	$size->set_variation( true );
	$material = omniops_env_shown_attribute( 'Material', $p['material'] );
	$product->set_props(
		omniops_env_listing_props( $p )
		+ array( 'attributes' => array( $size, $material ) )
	);
	$parent_id = $product->save();
	foreach ( $p['sizes'] as $name => list( $price, $stock ) ) {
		$slug        = get_term_by( 'name', $name, $taxonomy )->slug;
		$variation_sku = $p['sku'] . '-' . strtoupper( $slug );
		$variation   = omniops_env_product( $variation_sku, 'WC_Product_Variation' );
		$variation->set_props(
			array(
				'parent_id'      => $parent_id,
				'sku'            => $variation_sku,
				'status'         => 'publish',
				'attributes'     => array( $taxonomy => $slug ),
				'regular_price'  => $price,
				'sale_price'     => '',
			) + omniops_env_stock_props( $stock )
		);
		$variation->save();
	}
	WC_Product_Variable::sync( $parent_id );
	wc_delete_product_transients( $parent_id );
	return $parent_id;
}

/**
 * The catalog the journeys ask about: simple products with spec facts in their attributes
 * and descriptions (one out of stock), and a variable product with one size sold out.
 */
function omniops_env_catalog(): void {
	omniops_env_simple_product(
		array(
			'sku'         => 'OO-TOTE',
			'name'        => 'Canvas Tote Bag',
			'slug'        => 'canvas-tote-bag',
			'price'       => '24.90',
			'stock'       => 40,
			'category'    => 'Bags',
			'short'       => 'A sturdy everyday tote in organic cotton canvas.',
			'description' => 'Our tote holds 18 litres and carries up to 12 kg. It measures 38 x 42 cm with 60 cm handles and is washable at 30 degrees.',
			'attributes'  => array(
				'Material' => 'Organic cotton canvas',
				'Capacity' => '18 litres',
			),
		)
	);
	omniops_env_simple_product(
		array(
			'sku'         => 'OO-RAIN',
			'name'        => 'Rain Jacket',
			'slug'        => 'rain-jacket',
			'price'       => '89.00',
			'stock'       => 7,
			'category'    => 'Jackets',
			'short'       => 'A light waterproof jacket that packs into its own pocket.',
			'description' => 'Taped seams and a waterproof rating of 10,000 mm keep you dry. It weighs 320 g.',
			'attributes'  => array(
				'Material'         => 'Recycled polyester',
				'Waterproof rating' => '10,000 mm',
			),
		)
	);
	omniops_env_simple_product(
		array(
			'sku'         => 'OO-WOOL',
			'name'        => 'Wool Jumper',
			'slug'        => 'wool-jumper',
			'price'       => '79.00',
			'stock'       => 'out',
			'category'    => 'Knitwear',
			'short'       => 'A warm merino jumper.',
			'description' => 'Knitted from 100% merino wool. Hand wash cold, dry flat.',
			'attributes'  => array( 'Material' => 'Merino wool' ),
		)
	);
	omniops_env_variable_product(
		array(
			'sku'         => 'OO-LINEN',
			'name'        => 'Linen Shirt',
			'slug'        => 'linen-shirt',
			'category'    => 'Shirts',
			'material'    => 'Linen',
			'short'       => 'A breathable linen shirt for warm days.',
			'description' => 'Cut from washed European linen with mother-of-pearl buttons.',
			'sizes'       => array(
				'S' => array( '39.90', 'out' ),
				'M' => array( '39.90', 12 ),
				'L' => array( '44.90', 5 ),
			),
		)
	);
}

$omniops_wc_phase = $omniops_wc_phase ?? 'configure';
if ( 'activate' === $omniops_wc_phase ) {
	omniops_env_activate_woocommerce();
	return;
}
if ( ! function_exists( 'WC' ) ) {
	omniops_env_fail( 'WooCommerce is not loaded after activation' );
}
add_filter( 'pre_wp_mail', '__return_true' );  // Order e-mails: no mail server here.
omniops_env_store_settings();
omniops_env_enable_hpos();
omniops_env_catalog();
if ( 'yes' !== get_option( 'omniops_env_rewrites_flushed' ) ) {
	// WooCommerce's product and cart rewrite rules, once.
	flush_rewrite_rules( false );
	update_option( 'omniops_env_rewrites_flushed', 'yes' );
}
