/**
 * The kinds of page a shopper can be on, as the plugin prints them from WooCommerce's
 * conditional tags (plugin/src/WooCommerce/PageContext.php). The chat API's page context
 * (contracts/chat.ts) accepts these and the widget checks the host page's messages against
 * them (widget-src/protocol.ts). Plain TypeScript, no zod: browser apps may import it as a
 * value (ADR 0032).
 */
export const PAGE_TYPES = [
	'product',
	'category',
	'cart',
	'checkout',
	'contact',
	'faq',
	'other',
] as const;

export type PageType = ( typeof PAGE_TYPES )[ number ];
