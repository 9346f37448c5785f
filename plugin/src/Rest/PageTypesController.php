<?php
/**
 * REST route omniops/v1/page-types: which pages are the shop's contact and FAQ pages.
 *
 * @package OmniOps
 */

namespace OmniOps\Rest;

use OmniOps\Settings;
use OmniOps\Storefront\PageTypes;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

defined( 'ABSPATH' ) || exit;

/**
 * GET: the choices, the detection and the pages; PUT: replaces the choices.
 */
final class PageTypesController extends Controller {

	/**
	 * The page-type choices and their detection.
	 *
	 * @var PageTypes
	 */
	private $page_types;

	/**
	 * Dependencies.
	 *
	 * @param Settings  $settings   Plugin settings.
	 * @param PageTypes $page_types The page-type choices.
	 */
	public function __construct( Settings $settings, PageTypes $page_types ) {
		parent::__construct( $settings );
		$this->rest_base  = 'page-types';
		$this->page_types = $page_types;
	}

	/**
	 * Hooked to rest_api_init: GET/PUT omniops/v1/page-types.
	 */
	public function register_routes(): void {
		$ids = array(
			'type'     => 'array',
			'items'    => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'maxItems' => 50,
			'required' => true,
		);
		$this->route(
			'/' . $this->rest_base,
			array(
				$this->endpoint( WP_REST_Server::READABLE, 'get_page_types' ),
				$this->endpoint(
					WP_REST_Server::EDITABLE,
					'update_page_types',
					array(
						'contact' => self::arg( $ids + array( 'description' => __( 'Ids of the contact pages; empty: recognised by name or contact form.', 'omniops' ) ) ),
						'faq'     => self::arg( $ids + array( 'description' => __( 'Ids of the FAQ and help pages; empty: recognised by name.', 'omniops' ) ) ),
					)
				),
			),
			true
		);
	}

	/**
	 * JSON schema of the answer of both routes.
	 *
	 * @return array<string, mixed>
	 */
	public function get_item_schema(): array {
		if ( ! $this->schema ) {
			$ids_by_kind  = array(
				'type'       => 'object',
				'properties' => array_fill_keys(
					PageTypes::KINDS,
					array(
						'type'  => 'array',
						'items' => array( 'type' => 'integer' ),
					)
				),
			);
			$this->schema = array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'omniops-page-types',
				'type'       => 'object',
				'properties' => array(
					'chosen'   => array( 'description' => __( 'The pages the shop chose, by kind (empty until it chooses).', 'omniops' ) ) + $ids_by_kind,
					'detected' => array( 'description' => __( 'The pages recognised by name or contact form, by kind.', 'omniops' ) ) + $ids_by_kind,
					'pages'    => array(
						'description' => __( 'Published pages to choose from.', 'omniops' ),
						'type'        => 'array',
						'items'       => array(
							'type'       => 'object',
							'properties' => array(
								'id'    => array( 'type' => 'integer' ),
								'title' => array( 'type' => 'string' ),
							),
						),
					),
				),
			);
		}
		return $this->add_additional_fields_schema( $this->schema );
	}

	/**
	 * Shop managers and administrators; others get WordPress's own refusal.
	 *
	 * @return true|WP_Error
	 */
	public function can_manage() {
		return $this->authorize( self::SHOP_MANAGERS );
	}

	/**
	 * GET: the choices, what the detection finds, and the published pages to choose from.
	 */
	public function get_page_types(): WP_REST_Response {
		return new WP_REST_Response( $this->page_types->describe(), 200 );
	}

	/**
	 * PUT: replaces the choices; every id must be a published page (else 400, nothing changes).
	 *
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_page_types( WP_REST_Request $request ) {
		$choice = array();
		foreach ( PageTypes::KINDS as $kind ) {
			$choice[ $kind ] = (array) $request->get_param( $kind );
		}
		$result = $this->page_types->choose( $choice );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return new WP_REST_Response( $this->page_types->describe(), 200 );
	}
}
