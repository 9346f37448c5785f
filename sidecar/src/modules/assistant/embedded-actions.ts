/**
 * The embedded responder's quick actions: Add to cart (a variation or a choice of them),
 * check stock, talk to a person, and the greeting's actions per page type. Also the text
 * chunk helper every part of the embedded responder yields, and the "no such product" reply.
 */
import type { ProductMatch } from '../commerce/service';
import { variantLabel } from './cards';
import { messages, type Lang, type Messages } from './messages';
import type { QuickAction, ResponderChunk } from './responder';

/** A product or variation row, as commerce's service hands it out (its repo is private to it). */
type ProductRecord = ProductMatch[ 'product' ];

/** Choices offered in the variation picker at most. */
const MAX_CHOICES = 24;

export function text( delta: string ): ResponderChunk {
	return { type: 'text', delta };
}

/**
 * "No such product here", with a person to ask.
 * @param lang
 */
export function* noProducts( lang: Lang ): Generator< ResponderChunk > {
	const m = messages( lang );
	yield text( m.noProducts );
	yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
}

export function handoffAction( m: Messages ): QuickAction {
	return { id: 'handoff', label: m.actionTalkToPerson, kind: 'handoff' };
}

/** Quick actions offered with the greeting on pages other than product pages. */
export function pageActions(
	pageType: string,
	m: Messages
): QuickAction[] | null {
	switch ( pageType ) {
		case 'contact':
			return [
				{
					id: 'schedule-call',
					label: m.actionScheduleCall,
					kind: 'handoff',
				},
				{ id: 'email-us', label: m.actionEmailUs, kind: 'handoff' },
			];
		case 'faq':
			return [
				{
					id: 'search-help',
					label: m.actionSearchHelp,
					kind: 'message',
					message: m.actionSearchHelpMessage,
				},
			];
		case 'cart':
			return [
				{
					id: 'shipping-costs',
					label: m.actionShippingCosts,
					kind: 'message',
					message: m.actionShippingCostsMessage,
				},
			];
		default:
			return null;
	}
}

export const sellable = ( item: ProductRecord ) =>
	item.stockStatus !== 'outofstock';

/**
 * Add to cart for what the answer is about: the named variation when one is determined,
 * else a choice of the in-stock variations; never for an item that is out of stock.
 * @param match
 * @param variation
 * @param m
 */
export function cartAction(
	match: ProductMatch,
	variation: ProductRecord | null,
	m: Messages
): QuickAction | null {
	const id = match.product.externalId;
	const base = {
		id: `cart-${ id }`,
		label: m.actionAddToCart,
		kind: 'addToCart' as const,
		productId: id,
	};
	if ( match.product.kind !== 'variable' ) {
		return sellable( match.product ) ? base : null;
	}
	if ( variation ) {
		return sellable( variation )
			? { ...base, variationId: variation.externalId }
			: null;
	}
	const candidates = (
		match.namedVariations.length > 0
			? match.namedVariations
			: match.variations
	).filter( sellable );
	if ( candidates.length === 0 ) {
		return null;
	}
	if ( candidates.length === 1 ) {
		return { ...base, variationId: candidates[ 0 ]!.externalId };
	}
	return {
		...base,
		choices: candidates.slice( 0, MAX_CHOICES ).map( ( v ) => ( {
			variationId: v.externalId,
			label: variantLabel( v ),
		} ) ),
	};
}

export function productActions(
	match: ProductMatch,
	variation: ProductRecord | null,
	m: Messages
): QuickAction[] {
	const cart = cartAction( match, variation, m );
	return [
		...( cart ? [ cart ] : [] ),
		{
			id: `stock-${ match.product.externalId }`,
			label: m.actionCheckStock,
			kind: 'message',
			message: m.actionCheckStockMessage( match.product.name ),
		},
		handoffAction( m ),
	];
}
