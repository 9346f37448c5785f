<?php
/**
 * Which of the shop's pages are its contact pages and its FAQ/help pages, so the widget
 * can offer the quick actions that fit (Schedule a call, Email us; Search help articles).
 *
 * The shop picks them on the OmniOps page in wp-admin (Rest\PageTypesController); until
 * it picks any of a kind, pages are recognised by their slug or title, or, for contact
 * pages, by a contact-form shortcode or block in their content.
 *
 * @package OmniOps
 */

namespace OmniOps\Storefront;

use WP_Error;
use WP_Post;

defined( 'ABSPATH' ) || exit;

/**
 * Page-type choices (option `omniops_page_types`) and their detection.
 */
final class PageTypes {

	const OPTION = 'omniops_page_types';

	/** The kinds of page the shop can choose, as the widget names them. */
	const KINDS = array( 'contact', 'faq' );

	/**
	 * Slugs and titles (lower case) that name a kind of page in the languages we ship.
	 *
	 * @var array<string, string[]>
	 */
	const NAMES = array(
		'contact' => array( 'contact', 'contact-us', 'contact us', 'kontakt', 'get-in-touch', 'get in touch' ),
		'faq'     => array( 'faq', 'faqs', 'help', 'hilfe', 'help-center', 'help center', 'frequently-asked-questions', 'frequently asked questions', 'häufige fragen', 'haeufige-fragen' ),
	);

	/**
	 * Markers of contact forms of the common form plugins (shortcodes and block names).
	 *
	 * @var string[]
	 */
	const CONTACT_FORM_MARKERS = array( '[contact-form-7', '[contact-form', '[wpforms', '[gravityform', '[ninja_form', '[formidable', 'wp:contact-form-7/', 'wp:jetpack/contact-form', 'wp:wpforms/', 'wp:gravityforms/', 'wp:ninja-forms/' );

	/**
	 * The kind of the given page: `contact`, `faq`, or null for neither.
	 *
	 * @param int $page_id A page id (the queried object on a page view).
	 */
	public function kind_of( int $page_id ): ?string {
		$post = get_post( $page_id );
		if ( ! $post instanceof WP_Post || 'page' !== $post->post_type ) {
			return null;
		}
		$chosen = $this->chosen();
		foreach ( self::KINDS as $kind ) {
			$is_kind = $chosen[ $kind ]
				? in_array( $page_id, $chosen[ $kind ], true )
				: $this->looks_like( $kind, $post );
			if ( $is_kind ) {
				return $kind;
			}
		}
		return null;
	}

	/**
	 * The pages the shop chose, by kind (empty lists until it chooses).
	 *
	 * @return array{contact: int[], faq: int[]}
	 */
	public function chosen(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$chosen = array();
		foreach ( self::KINDS as $kind ) {
			$ids             = isset( $stored[ $kind ] ) && is_array( $stored[ $kind ] ) ? $stored[ $kind ] : array();
			$chosen[ $kind ] = array_values( array_filter( array_map( 'intval', $ids ) ) );
		}
		return $chosen;
	}

	/**
	 * The default detection: slug or title names the kind; a contact form makes a contact page.
	 *
	 * @param string  $kind `contact` or `faq`.
	 * @param WP_Post $post The page.
	 */
	private function looks_like( string $kind, WP_Post $post ): bool {
		$names = self::NAMES[ $kind ];
		if ( in_array( strtolower( $post->post_name ), $names, true ) || in_array( mb_strtolower( trim( wp_strip_all_tags( $post->post_title ) ) ), $names, true ) ) {
			return true;
		}
		if ( 'contact' !== $kind ) {
			return false;
		}
		foreach ( self::CONTACT_FORM_MARKERS as $marker ) {
			if ( false !== strpos( $post->post_content, $marker ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Replaces the choices; every id must be a published page (else an error, and nothing
	 * changes).
	 *
	 * @param array<string, int[]> $choice Page ids by kind.
	 * @return true|WP_Error
	 */
	public function choose( array $choice ) {
		$chosen = array();
		foreach ( self::KINDS as $kind ) {
			$ids = array_values( array_unique( array_map( 'intval', (array) ( $choice[ $kind ] ?? array() ) ) ) );
			foreach ( $ids as $id ) {
				$post = get_post( $id );
				if ( ! $post instanceof WP_Post || 'page' !== $post->post_type || 'publish' !== $post->post_status ) {
					return new WP_Error(
						'omniops_not_a_page',
						/* translators: %d: the id that was sent. */
						sprintf( __( '%d is not a published page.', 'omniops' ), $id ),
						array( 'status' => 400 )
					);
				}
			}
			$chosen[ $kind ] = $ids;
		}
		update_option( self::OPTION, $chosen, true );
		return true;
	}

	/**
	 * The choices, what the detection finds, and the published pages to choose from (the
	 * answer of both omniops/v1/page-types routes).
	 *
	 * @return array<string, mixed>
	 */
	public function describe(): array {
		$pages    = get_pages(
			array(
				'post_status' => 'publish',
				'sort_column' => 'menu_order,post_title',
				'number'      => 500,
			)
		);
		$detected = array_fill_keys( self::KINDS, array() );
		$list     = array();
		foreach ( $pages as $page ) {
			$list[] = array(
				'id'    => (int) $page->ID,
				'title' => wp_strip_all_tags( get_the_title( $page ) ),
			);
			foreach ( self::KINDS as $kind ) {
				if ( $this->looks_like( $kind, $page ) ) {
					$detected[ $kind ][] = (int) $page->ID;
				}
			}
		}
		return array(
			'chosen'   => $this->chosen(),
			'detected' => $detected,
			'pages'    => $list,
		);
	}
}
