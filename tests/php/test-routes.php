<?php
/**
 * The omniops/v1 route table as a whole: the URLs and methods the admin page, the browser
 * journeys and the sidecar rely on, and what every endpoint declares (ADR 0029).
 *
 * @package OmniOps
 */

use OmniOps\Rest\Controller;

defined( 'ABSPATH' ) || exit;

/**
 * The routes cases.
 *
 * @testdox Routes
 */
final class Test_Routes extends OmniOps_TestCase {

	/**
	 * Routes: the namespace serves exactly these URLs and methods.
	 */
	public function test_the_namespace_serves_exactly_these_urls_and_methods(): void {
		$served = array();
		foreach ( rest_get_server()->get_routes( Controller::REST_NAMESPACE ) as $route => $endpoints ) {
			foreach ( $endpoints as $endpoint ) {
				$served[] = $route . ' ' . implode( ',', array_keys( $endpoint['methods'] ) );
			}
		}
		self::assertSame(
			array(
				'/omniops/v1 GET',
				'/omniops/v1/connection GET',
				'/omniops/v1/connection POST',
				'/omniops/v1/connection DELETE',
				'/omniops/v1/sync POST',
				'/omniops/v1/appearance GET',
				'/omniops/v1/appearance POST,PUT,PATCH',
				'/omniops/v1/page-types GET',
				'/omniops/v1/page-types POST,PUT,PATCH',
				'/omniops/v1/ai-provider GET',
				'/omniops/v1/ai-provider POST,PUT,PATCH',
				'/omniops/v1/ai-provider/test POST',
				'/omniops/v1/commerce GET',
				'/omniops/v1/commerce/sync POST',
				'/omniops/v1/commerce/connect POST',
			),
			$served,
			'routes and methods'
		);
	}

	/**
	 * Routes: every endpoint checks a capability through the base controller and types every argument.
	 */
	public function test_every_endpoint_checks_a_capability_and_types_every_argument(): void {
		$endpoints = 0;
		foreach ( rest_get_server()->get_routes( Controller::REST_NAMESPACE ) as $route => $handlers ) {
			if ( '/' . Controller::REST_NAMESPACE === $route ) {
				continue; // WordPress's own namespace index.
			}
			foreach ( $handlers as $handler ) {
				++$endpoints;
				$what = $route . ' ' . implode( ',', array_keys( $handler['methods'] ) );
				self::assertTrue( is_array( $handler['permission_callback'] ) && $handler['permission_callback'][0] instanceof Controller, "$what: permission callback of a Rest\\Controller" );
				self::assertTrue( is_array( $handler['args'] ), "$what: args declared" );
				foreach ( $handler['args'] as $name => $arg ) {
					self::assertTrue( isset( $arg['type'] ), "$what: $name has a type" );
					self::assertTrue( isset( $arg['validate_callback'] ) && is_callable( $arg['validate_callback'] ), "$what: $name is validated" );
					self::assertTrue( isset( $arg['sanitize_callback'] ) && is_callable( $arg['sanitize_callback'] ), "$what: $name is sanitized" );
				}
			}
		}
		self::assertSame( 14, $endpoints, 'endpoints checked' );
	}

	/**
	 * Routes: a visitor is refused everywhere, with the code each route has always answered.
	 */
	public function test_a_visitor_is_refused_everywhere_with_the_code_each_route_has_always_answered(): void {
		$log   = &omniops_mock_http(
			static function () {
				return omniops_http_response( 500, array() );
			}
		);
		$codes = array();
		foreach ( array( 'connection', 'sync', 'appearance', 'page-types', 'ai-provider', 'ai-provider/test', 'commerce', 'commerce/sync', 'commerce/connect' ) as $path ) {
			$method                = in_array( $path, array( 'sync', 'ai-provider/test', 'commerce/sync', 'commerce/connect' ), true ) ? 'POST' : 'GET';
			list( $status, $data ) = omniops_rest( $method, '/omniops/v1/' . $path );
			$codes[ $path ]        = $status . ' ' . $data['code'];
		}
		self::assertSame(
			array(
				'connection'       => '401 omniops_forbidden',
				'sync'             => '401 omniops_forbidden',
				'appearance'       => '401 rest_forbidden',
				'page-types'       => '401 rest_forbidden',
				'ai-provider'      => '401 omniops_forbidden',
				'ai-provider/test' => '401 omniops_forbidden',
				'commerce'         => '401 omniops_forbidden',
				'commerce/sync'    => '401 omniops_forbidden',
				'commerce/connect' => '401 omniops_forbidden',
			),
			$codes,
			'refusals'
		);
		self::assertSame( 0, count( $log ), 'requests sent to the sidecar' );
	}

	/**
	 * Routes: the resources the plugin describes publish their schema.
	 */
	public function test_the_resources_the_plugin_describes_publish_their_schema(): void {
		foreach ( array( 'connection', 'page-types', 'appearance' ) as $path ) {
			$request  = new WP_REST_Request( 'OPTIONS', '/omniops/v1/' . $path );
			$response = rest_get_server()->dispatch( $request );
			$data     = $response->get_data();
			self::assertSame( 'omniops-' . $path, $data['schema']['title'] ?? null, "$path schema title" );
		}
	}
}
