<?php
/**
 * The wp-admin AI provider routes (Rest\AiProviderController): administrators only, each
 * forwarded to the sidecar's signed /api/site/assistant/llm-settings* and /api/site/usage
 * routes with only the fields the sidecar knows; the sidecar's answers (and refusals) come
 * back as they were.
 *
 * @package OmniOps
 */

use OmniOps\Admin\SettingsPage;
use OmniOps\Settings;

defined( 'ABSPATH' ) || exit;

/**
 * A sidecar answering the AI provider routes the way it does (docs/contracts.md).
 *
 * @param string $url  Request URL.
 * @param array  $args Request arguments.
 * @return array
 */
function omniops_test_ai_sidecar( $url, $args ) {
	$path   = wp_parse_url( $url, PHP_URL_PATH );
	$method = $args['method'] ?? 'GET';
	if ( empty( $args['headers']['X-OmniOps-Signature'] ) ) {
		return omniops_http_response( 401, array( 'error' => array( 'code' => 'invalid_signature', 'message' => 'The request signature is not valid.' ) ) );
	}
	$settings = array(
		'provider'         => 'openai-compatible',
		'baseUrl'          => 'http://127.0.0.1:11434/v1',
		'model'            => 'llama3',
		'hasApiKey'        => true,
		'enabled'          => true,
		'monthlyBudgetUsd' => 20,
		'timeoutMs'        => 15000,
	);
	if ( '/api/site/assistant/llm-settings' === $path && 'GET' === $method ) {
		return omniops_http_response( 200, array( 'settings' => $settings ) );
	}
	if ( '/api/site/assistant/llm-settings' === $path && 'PUT' === $method ) {
		$body = json_decode( $args['body'], true );
		if ( empty( $body['model'] ) ) {
			return omniops_http_response( 400, array( 'error' => array( 'code' => 'validation_failed', 'message' => 'Invalid input.' ) ) );
		}
		return omniops_http_response( 200, array( 'settings' => array_merge( $settings, array( 'model' => $body['model'] ) ) ) );
	}
	if ( '/api/site/assistant/llm-settings/test' === $path && 'POST' === $method ) {
		return omniops_http_response( 200, array( 'ok' => true, 'model' => 'llama3', 'reply' => 'OK', 'latencyMs' => 12 ) );
	}
	if ( '/api/site/usage' === $path ) {
		return omniops_http_response( 200, array( 'since' => '2026-11-01T00:00:00.000Z', 'spentUsd' => 1.25, 'inputTokens' => 1000, 'outputTokens' => 50, 'fallbacks' => 1 ) );
	}
	return omniops_http_response( 404, array( 'error' => array( 'code' => 'not_found', 'message' => 'Not found' ) ) );
}

/**
 * The ai provider cases.
 *
 * @testdox Ai provider
 */
final class Test_Ai_Provider extends OmniOps_TestCase {

	/**
	 * Ai provider: administrators only; reads settings and usage over the signed channel.
	 */
	public function test_administrators_only_reads_settings_and_usage_over_the_signed_channel(): void {
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$log = &omniops_mock_http( 'omniops_test_ai_sidecar' );

		wp_set_current_user( omniops_create_user( 'editor' ) );
		list( $status ) = omniops_rest( 'GET', '/omniops/v1/ai-provider' );
		self::assertSame( 403, $status, 'non-administrator refused' );
		self::assertSame( 0, count( $log ), 'nothing forwarded for a non-administrator' );

		wp_set_current_user( omniops_create_user( 'administrator' ) );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/ai-provider' );
		self::assertSame( 200, $status, 'status' );
		self::assertSame( 'llama3', $data['settings']['model'], 'settings forwarded' );
		self::assertSame( true, $data['settings']['hasApiKey'], 'key state forwarded' );
		self::assertSame( 1000, $data['usage']['inputTokens'], 'usage forwarded' );
		self::assertSame(
			array( '/api/site/assistant/llm-settings', '/api/site/usage' ),
			array_map(
				static function ( $entry ) {
					return wp_parse_url( $entry['url'], PHP_URL_PATH );
				},
				$log
			),
			'sidecar calls'
		);
	}

	/**
	 * Ai provider: saving forwards only the known fields (an explicit null key removes it); refusals come back.
	 */
	public function test_saving_forwards_only_the_known_fields_an_explicit_null_key_removes_it_refusals_come_back(): void {
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$log = &omniops_mock_http( 'omniops_test_ai_sidecar' );
		wp_set_current_user( omniops_create_user( 'administrator' ) );

		$body = array(
			'provider'         => 'openai-compatible',
			'baseUrl'          => 'http://127.0.0.1:11434/v1',
			'model'            => 'qwen2',
			'apiKey'           => null,
			'enabled'          => true,
			'monthlyBudgetUsd' => null,
			'timeoutMs'        => 20000,
			'sidecarUrl'       => 'https://evil.example',
		);

		list( $status, $data ) = omniops_rest( 'PUT', '/omniops/v1/ai-provider', $body );
		self::assertSame( 200, $status, 'status' );
		self::assertSame( 'qwen2', $data['settings']['model'], 'answer' );
		$sent = json_decode( $log[0]['body'], true );
		unset( $body['sidecarUrl'] );
		self::assertSame( $body, $sent, 'forwarded body' );
		self::assertSame( 'PUT', $log[0]['method'], 'method' );

		// A refusal of a signed call is reported as the plugin and the sidecar disagreeing
		// (Sidecar\Client: 502), with the sidecar's reason.
		list( $status, $data ) = omniops_rest( 'PUT', '/omniops/v1/ai-provider', array( 'model' => '' ) );
		self::assertSame( 502, $status, 'refused save' );
		self::assertSame( 'omniops_sidecar_rejected', $data['code'], 'refusal code' );
		self::assertStringContainsString( 'Invalid input', $data['message'], 'the sidecar\'s reason' );

		list( $status, $data ) = omniops_rest( 'POST', '/omniops/v1/ai-provider/test' );
		self::assertSame( 200, $status, 'test status' );
		self::assertSame( true, $data['ok'], 'test result' );
		$last = end( $log );
		self::assertSame( '/api/site/assistant/llm-settings/test', wp_parse_url( $last['url'], PHP_URL_PATH ), 'test path' );
		self::assertSame( '', $last['body'], 'test sends no body' );
	}

	/**
	 * Ai provider: not connected answers 409 and calls nobody.
	 */
	public function test_not_connected_answers_409_and_calls_nobody(): void {
		( new Settings() )->clear_connection();
		$log = &omniops_mock_http( 'omniops_test_ai_sidecar' );
		wp_set_current_user( omniops_create_user( 'administrator' ) );
		list( $status, $data ) = omniops_rest( 'GET', '/omniops/v1/ai-provider' );
		self::assertSame( 409, $status, 'status' );
		self::assertSame( 'omniops_not_connected', $data['code'], 'code' );
		self::assertSame( 0, count( $log ), 'no sidecar call' );
	}

	/**
	 * Ai provider: the settings page is told who may use the panel, and the routes agree (shop managers: no).
	 */
	public function test_the_settings_page_is_told_who_may_use_the_panel_and_the_routes_agree_shop_managers_no(): void {
		omniops_test_require_build( 'admin.js' );
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		( new Settings() )->save_connection( 'http://127.0.0.1:3100', 'pk_front_key_1234', 'sk_front_secret', 'site-1' );
		$log = &omniops_mock_http( 'omniops_test_ai_sidecar' );

		// A shop manager as WooCommerce defines one: manage_woocommerce, not manage_options.
		$manager = omniops_create_user( 'editor' );
		( new WP_User( $manager ) )->add_cap( 'manage_woocommerce' );
		$cases = array(
			'shop manager'  => array( $manager, false, 403 ),
			'administrator' => array( omniops_create_user( 'administrator' ), true, 200 ),
		);
		foreach ( $cases as $who => list( $user, $may, $status ) ) {
			wp_set_current_user( $user );
			$GLOBALS['wp_scripts'] = null;
			set_current_screen( 'dashboard' );
			$page = new SettingsPage( WP_PLUGIN_DIR . '/omniops/omniops.php' );
			$page->add_menu();
			$page->enqueue( get_plugin_page_hookname( SettingsPage::SLUG, SettingsPage::woocommerce_active() ? 'woocommerce' : 'options-general.php' ) );
			$bootstrap = implode( '', (array) wp_scripts()->get_data( SettingsPage::SCRIPT_HANDLE, 'before' ) );
			self::assertStringContainsString( '"canManageAiProvider":' . ( $may ? 'true' : 'false' ), $bootstrap, "$who: flag in the page data" );
			list( $answered ) = omniops_rest( 'GET', '/omniops/v1/ai-provider' );
			self::assertSame( $status, $answered, "$who: the route agrees" );
		}
		self::assertSame( 2, count( $log ), 'only the administrator reached the sidecar' );
	}
}
