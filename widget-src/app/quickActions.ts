/**
 * Which quick-action chips the widget offers on the shopper's page: the page type comes
 * from the plugin (WooCommerce's conditional tags, the shop's contact/FAQ pages), the
 * choice of actions and their labels from the shop's widget settings (wp-admin).
 */
import type { QuickActionSettings } from '../../contracts/widget-settings';
import type { PageContext } from '../protocol';
import type { Translate } from './i18n';

/** `quickActions` of `GET /api/widget/config` (contracts/widget-settings.ts, types only). */
export type { QuickActionSettings };

/** One action's setting: on or off, and its label ('' = the widget's own, in the shopper's language). */
type ActionSetting = QuickActionSettings[ 'faq' ][ 'searchHelp' ];

/** One chip: what it says and what it does. */
export type QuickAction =
	| { id: 'addToCart'; label: string; productId: string }
	| { id: 'checkStock' | 'compare'; label: string; message: string }
	| { id: 'scheduleCall' | 'emailUs'; label: string; href: string }
	| { id: 'searchHelp'; label: string };

/**
 * The chips for a page, in the order the settings list them.
 *
 * @param page     Where the shopper is (from the bridge); null before the host spoke.
 * @param settings The shop's quick-action settings; absent from older sidecars.
 * @param t        Translations, for default labels and the messages chips send.
 * @return The enabled chips of the page's type; none on other pages.
 */
export function quickActionsFor(
	page: PageContext | null,
	settings: QuickActionSettings | undefined,
	t: Translate
): QuickAction[] {
	if ( ! page || ! settings ) {
		return [];
	}
	const label = ( setting: ActionSetting, fallback: string ) =>
		setting.label.trim() || fallback;
	const actions: QuickAction[] = [];
	if ( page.pageType === 'product' && page.productId ) {
		const { addToCart, checkStock, compare } = settings.product;
		if ( addToCart.enabled ) {
			actions.push( {
				id: 'addToCart',
				label: label( addToCart, t( 'addToCart' ) ),
				productId: page.productId,
			} );
		}
		if ( checkStock.enabled ) {
			actions.push( {
				id: 'checkStock',
				label: label( checkStock, t( 'checkStock' ) ),
				message: t( 'checkStockMessage' ),
			} );
		}
		if ( compare.enabled ) {
			actions.push( {
				id: 'compare',
				label: label( compare, t( 'compare' ) ),
				message: t( 'compareMessage' ),
			} );
		}
	} else if ( page.pageType === 'contact' ) {
		const { scheduleCall, emailUs } = settings.contact;
		// The sidecar only stores http(s) links and e-mail addresses; checked again here
		// because these become hrefs.
		if (
			scheduleCall.enabled &&
			/^https?:\/\//i.test( scheduleCall.url )
		) {
			actions.push( {
				id: 'scheduleCall',
				label: label( scheduleCall, t( 'scheduleCall' ) ),
				href: scheduleCall.url,
			} );
		}
		if (
			emailUs.enabled &&
			/^[^\s@:/?]+@[^\s@:/?]+$/.test( emailUs.email )
		) {
			actions.push( {
				id: 'emailUs',
				label: label( emailUs, t( 'emailUs' ) ),
				href: 'mailto:' + emailUs.email,
			} );
		}
	} else if ( page.pageType === 'faq' && settings.faq.searchHelp.enabled ) {
		actions.push( {
			id: 'searchHelp',
			label: label( settings.faq.searchHelp, t( 'searchHelp' ) ),
		} );
	}
	return actions;
}
