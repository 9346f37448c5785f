<?php
/**
 * WordPress personal-data exporter and eraser for OmniOps chat conversations.
 *
 * @package OmniOps
 */

namespace OmniOps\Privacy;

use OmniOps\Settings;
use OmniOps\Sidecar\Client;
use WP_Error;

defined( 'ABSPATH' ) || exit;

/**
 * Registers with Tools → Export/Erase Personal Data. Conversations live on the OmniOps
 * sidecar; those a shopper tied to their e-mail (in the chat's privacy settings) are
 * looked up there over the signed channel (POST /api/site/privacy/export and /erase).
 */
final class PersonalData {

	const GROUP_ID = 'omniops-chat';

	/**
	 * Stored settings (connection, key, secret).
	 *
	 * @var Settings
	 */
	private $settings;

	/**
	 * Builds the exporter/eraser over the plugin's settings.
	 *
	 * @param Settings $settings Stored settings.
	 */
	public function __construct( Settings $settings ) {
		$this->settings = $settings;
	}

	/**
	 * Hooked to wp_privacy_personal_data_exporters.
	 *
	 * @param array<string, array<string, mixed>> $exporters Registered exporters.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_exporter( $exporters ): array {
		$exporters            = is_array( $exporters ) ? $exporters : array();
		$exporters['omniops'] = array(
			'exporter_friendly_name' => __( 'OmniOps chat conversations', 'omniops' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Hooked to wp_privacy_personal_data_erasers.
	 *
	 * @param array<string, array<string, mixed>> $erasers Registered erasers.
	 * @return array<string, array<string, mixed>>
	 */
	public function register_eraser( $erasers ): array {
		$erasers            = is_array( $erasers ) ? $erasers : array();
		$erasers['omniops'] = array(
			'eraser_friendly_name' => __( 'OmniOps chat conversations', 'omniops' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * The exporter: one item per conversation, its messages as "role: text" lines.
	 * The sidecar answers everything at once, so there is one page.
	 *
	 * @param string $email_address The requester's e-mail.
	 * @param int    $page          Page number (unused: one page).
	 * @return array{data: array<int, array<string, mixed>>, done: bool}|WP_Error
	 */
	public function export( $email_address, $page = 1 ) {
		unset( $page );
		$client = $this->client();
		if ( null === $client ) {
			return array(
				'data' => array(),
				'done' => true,
			);
		}
		$answer = $client->signed( 'POST', '/api/site/privacy/export', array( 'email' => (string) $email_address ) );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		$items = array();
		foreach ( (array) ( $answer['conversations'] ?? array() ) as $conversation ) {
			$lines = array();
			foreach ( (array) ( $conversation['messages'] ?? array() ) as $message ) {
				$who     = 'shopper' === ( $message['role'] ?? '' ) ? __( 'You', 'omniops' ) : __( 'Assistant', 'omniops' );
				$lines[] = sprintf( '%s (%s): %s', $who, (string) ( $message['createdAt'] ?? '' ), (string) ( $message['text'] ?? '' ) );
			}
			$pages = array();
			foreach ( (array) ( $conversation['pagesViewed'] ?? array() ) as $view ) {
				$pages[] = sprintf( '%s: %s', (string) ( $view['viewedAt'] ?? '' ), (string) ( $view['url'] ?? '' ) );
			}
			$items[] = array(
				'group_id'    => self::GROUP_ID,
				'group_label' => __( 'Chat conversations', 'omniops' ),
				'item_id'     => 'omniops-conversation-' . sanitize_key( (string) ( $conversation['id'] ?? '' ) ),
				'data'        => array(
					array(
						'name'  => __( 'Started', 'omniops' ),
						'value' => (string) ( $conversation['createdAt'] ?? '' ),
					),
					array(
						'name'  => __( 'Kept for (days)', 'omniops' ),
						'value' => (string) ( $conversation['retentionDays'] ?? '' ),
					),
					array(
						'name'  => __( 'Messages', 'omniops' ),
						'value' => implode( "\n", $lines ),
					),
					array(
						'name'  => __( 'Pages viewed with the chat', 'omniops' ),
						'value' => implode( "\n", $pages ),
					),
				),
			);
		}
		return array(
			'data' => $items,
			'done' => true,
		);
	}

	/**
	 * The eraser: deletes every conversation tied to the e-mail on the sidecar.
	 *
	 * @param string $email_address The requester's e-mail.
	 * @param int    $page          Page number (unused: one page).
	 * @return array{items_removed: bool, items_retained: bool, messages: array<int, string>, done: bool}|WP_Error
	 */
	public function erase( $email_address, $page = 1 ) {
		unset( $page );
		$client = $this->client();
		if ( null === $client ) {
			return array(
				'items_removed'  => false,
				'items_retained' => false,
				'messages'       => array(),
				'done'           => true,
			);
		}
		$answer = $client->signed( 'POST', '/api/site/privacy/erase', array( 'email' => (string) $email_address ) );
		if ( is_wp_error( $answer ) ) {
			return $answer;
		}
		$erased = (int) ( $answer['erased'] ?? 0 );
		return array(
			'items_removed'  => $erased > 0,
			'items_retained' => false,
			'messages'       => $erased > 0
				/* translators: %d: number of chat conversations erased. */
				? array( sprintf( _n( '%d chat conversation erased.', '%d chat conversations erased.', $erased, 'omniops' ), $erased ) )
				: array(),
			'done'           => true,
		);
	}

	/**
	 * A signed client, or null when the site is not connected (nothing to export then).
	 */
	private function client(): ?Client {
		$secret = $this->settings->secret();
		if ( ! $this->settings->is_connected() || null === $secret ) {
			return null;
		}
		return new Client( $this->settings->sidecar_url(), $this->settings->site_key(), $secret );
	}
}
