<?php
/**
 * WooCommerce webhooks that tell the sidecar about catalog and order changes, signed by
 * WooCommerce with a secret the sidecar holds (X-WC-Webhook-Signature).
 *
 * @package OmniOps
 */

namespace OmniOps\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Registers and removes the plugin's webhooks.
 */
final class Webhooks {

	// order.created and order.updated carry the order's meta_data: conversion attribution.
	const TOPICS = array( 'product.created', 'product.updated', 'product.deleted', 'order.created', 'order.updated' );

	/**
	 * Creates one active webhook per topic (REST API v3 payloads).
	 *
	 * @param string $delivery_url The sidecar's /webhooks/woocommerce/<site key> URL.
	 * @param string $secret       Secret WooCommerce signs deliveries with.
	 * @param int    $user_id      User whose permissions build the payloads.
	 * @return int[] Webhook ids.
	 */
	public function register( string $delivery_url, string $secret, int $user_id ): array {
		$ids = array();
		if ( ! class_exists( 'WC_Webhook' ) ) {
			return $ids;
		}
		foreach ( self::TOPICS as $topic ) {
			$webhook = new \WC_Webhook();
			/* translators: %s: a WooCommerce webhook topic such as product.updated */
			$webhook->set_name( sprintf( __( 'OmniOps: %s', 'omniops' ), $topic ) );
			$webhook->set_user_id( $user_id );
			$webhook->set_topic( $topic );
			$webhook->set_secret( $secret );
			$webhook->set_delivery_url( $delivery_url );
			$webhook->set_api_version( 'wp_api_v3' );
			$webhook->set_status( 'active' );
			$id = $webhook->save();
			if ( $id ) {
				$ids[] = (int) $id;
			}
		}
		return $ids;
	}

	/**
	 * Deletes webhooks this plugin created: through WooCommerce (WC_Webhook::delete, which
	 * also clears its caches) when it is loaded; otherwise - WooCommerce deactivated before
	 * OmniOps is uninstalled - the rows of its wc_webhooks table, so they cannot come back
	 * to life when WooCommerce is activated again.
	 *
	 * @param int[] $ids Webhook ids.
	 */
	public function remove( array $ids ): void {
		global $wpdb;
		$ids = array_filter( array_map( 'intval', $ids ) );
		if ( function_exists( 'wc_get_webhook' ) ) {
			foreach ( $ids as $id ) {
				$webhook = wc_get_webhook( $id );
				if ( $webhook ) {
					$webhook->delete( true );
				}
			}
			return;
		}
		$table = $wpdb->prefix . 'wc_webhooks';
		if ( ! $ids || ! RestKeys::table_exists( $table ) ) {
			return;
		}
		foreach ( $ids as $id ) {
			$wpdb->delete( $table, array( 'webhook_id' => $id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery
		}
	}
}
