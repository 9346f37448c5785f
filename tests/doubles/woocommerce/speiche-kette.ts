/**
 * Speiche & Kette, the fifth eval shop and the first built for an OUTSIDE test: a
 * GERMAN-language bicycle shop in Graz (parts, accessories, clothing, e-bike batteries,
 * workshop), priced in euro the way WooCommerce formats them for German ("1.234,50 €").
 * Built ONCE from seed 2417 by `npx tsx tests/doubles/woocommerce/speiche-kette.ts --write`
 * and stored in speiche-kette.json, which the WooCommerce double serves; its dev questions
 * (tests/eval/dev5/) were written from that JSON before the responder was asked any, by
 * someone who has not read the responder's code. Never rebuild the JSON to pass a question.
 *
 * What it holds, on purpose:
 * - 15 families of bicycle parts, accessories and clothing with units (Zoll and ETRTO,
 *   Lux and Lumen, Liter, Wh/V/Ah, Nm, g, bar/psi), one fact per product stated only in
 *   the long description, attribute names that are not the shopper's words
 *   ("Reifenbreite", "Beleuchtungsstärke", "Nennkapazität"), SKUs, categories and tags;
 * - variable products (Rahmengröße/Größe, Reifengröße 28"/29", Farbe, Kettenglieder,
 *   Paketgröße "2er-Set", gift voucher amounts) with their own prices, sale prices, stock;
 * - sale prices, out of stock, backorder, managed and unmanaged stock;
 * - products named with policy and contact words (Garantie-Flickset, Versand-Karton für
 *   Räder, Rückgabe-Set für E-Bike-Akkus, Kontaktspray, Telefonhalter, Sperrgut-Tasche);
 * - umlauts, ß, € and inch marks written as real characters in some places and as HTML
 *   entities in others (descriptions of odd product ids, most pages);
 * - 8 pages in the shop's own voice (Versand, Widerruf & Rückgabe, Garantie, Zahlung,
 *   Kontakt, Werkstatt mit Preisen, FAQ, Impressum);
 * - 10 orders numbered 1..10 in six statuses, shoppers whose e-mail domains look like
 *   products or model names (…@kettenblatt.at, …@schoeckl.example).
 */
import * as kit from './catalog-kit';
import path from 'node:path';
import { seededRandom } from './catalog';
import { GERMAN_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';
import {
	expandVariations,
	makeVariable,
	money,
	shopPrice,
	slugify,
	specAttribute,
	stockFields,
	withEntities,
	type Random,
	type Spec,
} from './shop-builder-de';
import { shopFrom, storedShop } from './shop-kit';
import {
	FAMILIES,
	MODELS,
	SPECIALS,
	type Family,
} from './speiche-kette-catalog';
import {
	buildOrders,
	buildPages,
	EMAIL,
	PHONE,
	STORE_URL,
} from './speiche-kette-pages';

const SNAPSHOT = path.join( __dirname, 'speiche-kette.json' );
export const SPEICHE_KETTE_SEED = 2417;
const PER_FAMILY = 8;
const MODIFIED = '2026-12-01T10:00:00';

function describe(
	family: Family,
	specs: Spec[],
	detail: string,
	entities: boolean
): string {
	const rows = specs
		.map(
			( [ name, value ] ) =>
				`<li><strong>${ name }:</strong> ${ value.replace( / /g, '&nbsp;' ) }</li>`
		)
		.join( '' );
	const html = `<p>${ family.blurb } ${ detail }</p><h4>Technische Details</h4><ul>${ rows }</ul>`;
	return entities ? withEntities( html ) : html;
}

function buildCatalog( r: Random ): kit.Built {
	const products: WcProduct[] = [];
	const variations = new Map< number, WcVariation[] >();
	const details = new Map< number, string >();
	const used = new Set< string >();
	let variationId = 7000;
	const nextId = () => variationId++;
	const { category, tags } = kit.taxonomy(
		kit.categoriesOf( FAMILIES, SPECIALS ),
		{ category: 40, tag: 700 },
		slugify
	);
	const base = ( id: number, name: string, sku: string ) => {
		const slug = slugify( name );
		return {
			id,
			name,
			slug,
			permalink: `${ STORE_URL }/produkt/${ slug }/`,
			type: 'simple',
			status: 'publish',
			sku,
			images: [
				{
					id: id * 10,
					src: `${ STORE_URL }/wp-content/uploads/2026/10/${ slug }.jpg`,
					name: slug,
					alt: name,
				},
			],
			variations: [] as number[],
			date_modified_gmt: MODIFIED,
		};
	};

	FAMILIES.forEach( ( family, f ) => {
		for ( let n = 0; n < PER_FAMILY; n++ ) {
			const id = 1001 + f * PER_FAMILY + n;
			const name = kit.uniqueName(
				used,
				( a ) =>
					`${ family.noun } ${ MODELS[ Math.floor( r() * MODELS.length ) ]! }${ a > 4 ? ` ${ id }` : '' }`
			);
			const specs = family.specs( r );
			const detail = family.detail( r );
			const regular = shopPrice(
				r,
				family.price[ 0 ],
				family.price[ 1 ]
			);
			const onSale = r() < 0.22;
			const sale = onSale ? Math.round( regular * 0.85 ) - 0.01 : null;
			const product: WcProduct = {
				...base( id, name, `SK-${ family.key.toUpperCase() }-${ id }` ),
				description: describe( family, specs, detail, id % 2 === 1 ),
				short_description: `<p>${ family.blurb }</p>`,
				categories: [ category( family.category ) ],
				tags: tags( family.tags ),
				attributes: specs.map( specAttribute ),
			};
			details.set( id, detail );
			const axes = family.axes?.( r ) ?? [];
			if ( ! axes.length ) {
				Object.assign( product, {
					...kit.priceFields( regular, sale ),
					...stockFields( r ),
				} );
			} else {
				const list = expandVariations(
					r,
					product,
					axes,
					regular,
					onSale,
					nextId
				);
				makeVariable( product, axes, list );
				variations.set( id, list );
			}
			products.push( product );
		}
	} );

	SPECIALS.forEach( ( special, i ) => {
		const id = 1001 + FAMILIES.length * PER_FAMILY + i;
		const product: WcProduct = {
			...base( id, special.name, `SK-SPZ-${ id }` ),
			description:
				i % 2 === 0
					? withEntities( special.description )
					: special.description,
			short_description: '',
			categories: [ category( special.category ) ],
			tags: tags( special.tags ),
			attributes: special.specs.map( specAttribute ),
		};
		if ( ! special.axis ) {
			Object.assign( product, {
				...kit.priceFields( special.price, special.sale ?? null ),
				...special.stock,
			} );
			products.push( product );
			return;
		}
		const axis = special.axis;
		const list: WcVariation[] = axis.prices.map(
			( [ label, amount, stock ] ) => ( {
				id: nextId(),
				sku: `SK-SPZ-${ id }-${ slugify( label ) }`.toUpperCase(),
				permalink: `${ STORE_URL }/produkt/${ product.slug as string }/?attribute_${ slugify( axis.name ) }=${ encodeURIComponent( label ) }`,
				description: '',
				price: money( amount ),
				regular_price: money( amount ),
				sale_price: '',
				on_sale: false,
				...( stock ?? special.stock ),
				attributes: [ { id: 0, name: axis.name, option: label } ],
				date_modified_gmt: MODIFIED,
			} )
		);
		makeVariable(
			product,
			[
				kit.flatAxis(
					axis.name,
					axis.prices.map( ( [ label ] ) => label )
				),
			],
			list
		);
		variations.set( id, list );
		products.push( product );
	} );
	return { products, variations, details };
}

export function buildSpeicheKette(): CoffeeShop {
	const r = seededRandom( SPEICHE_KETTE_SEED );
	const built = buildCatalog( r );
	return shopFrom(
		{ name: 'Speiche & Kette', storeUrl: STORE_URL, lang: 'de' },
		built,
		buildOrders( r, built ),
		{
			currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
			priceFormat: GERMAN_PRICE_FORMAT,
			pages: buildPages(),
			facts: {
				returnDays: 30,
				shippingCost: '4,90 €',
				freeShippingFrom: '59,00 €',
				deliveryDays: '1–2',
				expressCost: '12,90 €',
				phone: PHONE,
				email: EMAIL,
				street: 'Annenstraße 41',
				city: '8020 Graz',
				weekdayHours: '9:30 bis 18:00 Uhr',
				saturdayHours: '9:00 bis 13:00 Uhr',
				warrantyYears: 2,
				descalingPrice: '89,00 €',
				paymentMethods: [
					'PayPal',
					'Visa',
					'Mastercard',
					'eps-Überweisung',
					'Klarna',
					'Vorkasse',
				],
			},
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadSpeicheKette = storedShop(
	SNAPSHOT,
	buildSpeicheKette,
	module
);
