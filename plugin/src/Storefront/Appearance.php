<?php
/**
 * The widget's appearance, language and privacy settings, edited on the OmniOps page in
 * wp-admin (Rest\AppearanceController, omniops/v1/appearance) and stored on the sidecar.
 *
 * @package OmniOps
 */

namespace OmniOps\Storefront;

defined( 'ABSPATH' ) || exit;

/**
 * The sidecar owns the settings (GET/PUT /api/site/widget-settings) and validates them;
 * a copy is kept in the `omniops_widget_settings` option so the storefront loader can
 * print the launcher's look and the consent requirement without a request per page view.
 */
final class Appearance {

	const OPTION = 'omniops_widget_settings';

	/**
	 * What the loader prints: the launcher's look and whether consent comes first. Only
	 * known values pass, whatever the option holds.
	 *
	 * @return array{consentRequired: bool, appearance: array<string, string>}
	 */
	public function loader_fields(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$color  = (string) ( $stored['primaryColor'] ?? '' );
		$look   = array(
			'position'     => 'left' === ( $stored['position'] ?? '' ) ? 'left' : 'right',
			'launcherIcon' => in_array( $stored['launcherIcon'] ?? '', array( 'chat', 'help', 'sparkle' ), true ) ? (string) $stored['launcherIcon'] : 'chat',
		);
		if ( preg_match( '/^#[0-9a-fA-F]{6}$/', $color ) ) {
			$look['primaryColor'] = $color;
		}
		return array(
			'consentRequired' => ! empty( $stored['consentRequired'] ),
			'appearance'      => $look,
		);
	}

	/**
	 * Keeps the copy the loader reads (Rest\AppearanceController calls it with every answer).
	 *
	 * @param array<string, mixed> $settings Settings as the sidecar answered them.
	 */
	public function remember( array $settings ): void {
		if ( $settings ) {
			update_option( self::OPTION, $settings, true );
		}
	}
}
