/**
 * The catalog of an eval shop built from product families, drawn in the one order all of
 * them use: product after product from the families (a unique name, its specs, a sentence
 * only the long description states, a shelf price, on sale or not, its axes, then its stock
 * or its variations), then the hand-written specials (simple, or sold in options such as a
 * gift card's amounts). The shop says how it names, prices, writes and varies its products;
 * the order of the seeded draws is this kit's, so a shop's `--write` stays byte-identical
 * only as long as this order does.
 */
import {
	catalogOf,
	categoriesOf,
	priceFields,
	productHead,
	productRecord,
	uniqueName,
	type Built,
	optionGrid,
	optionVariation,
	type OptionPrices,
	type ProductStyle,
	taxonomy,
} from './catalog-kit';
import type { WcProduct, WcVariation } from './server';
import {
	between,
	combosOf,
	pickOf,
	specAttribute,
	variationFor,
	type Axis,
	type Random,
	type Spec,
	type StockFields,
} from './shop-kit';

/** What the kit reads of a family; each shop's family adds its own words. */
export interface FamilyBase {
	key: string;
	category: string;
	tags: string[];
	price: [ number, number ];
	blurb: string;
	specs: ( r: Random, noun: string ) => Spec[];
	/** A sentence only the long description states. */
	detail: ( r: Random, noun: string ) => string;
	/** Its products' variation axes, fixed or drawn (none: simple products). */
	axes?: Axis[] | ( ( r: Random ) => Axis[] );
}

/** Writes a drawn decimal number to `places` decimals, as the shop writes numbers. */
export type DecimalWriter = ( value: number, places: number ) => string;

const DRAWN_PART = /\{([^{}]*)\}/g;
const NUMBER_RANGE = /^(\d+(?:\.(\d+))?)-(\d+(?:\.\d+)?)(?:\/(\d+))?$/;

/**
 * A family's specs and detail sentences as the shop writes them, with the parts drawn for each
 * product in braces, so a family reads as its table of rows rather than as draw calls:
 * "{a|b|c}" is one of the texts; "{20-60}" or "{20-60/5}" a whole number from 20 to 60 (in
 * steps of 5); "{0.5-2.2}" a number to as many decimals as the bounds have, written by
 * `decimal` (a Swiss shop writes 1,4). The parts are drawn left to right, the very draws the
 * written-out calls made (pickOf, between), so the shops' stored JSON does not change.
 * @param decimal how the shop writes a drawn decimal number
 */
export function drawnTexts(
	decimal: DecimalWriter = ( value, places ) => value.toFixed( places )
) {
	const part = ( r: Random, inside: string ): string => {
		const numbers = inside.includes( '|' )
			? null
			: NUMBER_RANGE.exec( inside );
		if ( ! numbers ) {
			return pickOf( r, inside.split( '|' ) );
		}
		const [ , low, fraction, high, step ] = numbers;
		if ( ! fraction ) {
			return String(
				between( r, Number( low ), Number( high ), Number( step ?? 1 ) )
			);
		}
		const scale = 10 ** fraction.length;
		const drawn = between(
			r,
			parseFloat( low! ) * scale,
			parseFloat( high! ) * scale
		);
		return decimal( drawn / scale, fraction.length );
	};
	const fill = ( r: Random, text: string ) =>
		text.replace( DRAWN_PART, ( _, inside: string ) => part( r, inside ) );
	return {
		/**
		 * A family's specs, a row "Name: value" each (a row too odd to write so, a function
		 * of the draw).
		 * @param rows the spec rows, in the order the product lists them
		 */
		specTable:
			( ...rows: Array< string | ( ( r: Random ) => Spec ) > ) =>
			( r: Random ): Spec[] =>
				rows.map( ( row ) => {
					if ( typeof row !== 'string' ) {
						return row( r );
					}
					const colon = row.indexOf( ': ' );
					return [
						row.slice( 0, colon ),
						fill( r, row.slice( colon + 2 ) ),
					];
				} ),
		/**
		 * One of the sentences, their drawn parts all drawn first (as an array of written-out
		 * sentences is), then the sentence.
		 * @param options the sentences
		 */
		oneOf:
			( ...options: string[] ) =>
			( r: Random ): string =>
				pickOf(
					r,
					options.map( ( option ) => fill( r, option ) )
				),
	};
}

/** Spec rows and detail sentences with their drawn parts in braces, decimals as JavaScript writes them. */
export const { specTable, oneOf } = drawnTexts();

/** A family whose products all carry its one noun (Beet & Spaten, Cairn & Crest). */
export interface OneNounFamily extends FamilyBase {
	noun: string;
}

/** A family whose products are named after one of its nouns. */
export interface NounFamily extends FamilyBase {
	nouns: string[];
	axes?: Axis[];
}

/** One product drawn from its family, for the shop to write as a record. */
export interface Drawn< F, S > {
	id: number;
	family: F;
	name: string;
	/** The word the name was built around (a noun, a brand), handed to specs and detail. */
	noun: string;
	specs: Spec[];
	detail: string;
	/** The stock drawn for a simple product; undefined for a variable one. */
	stock?: S;
}

/** How a variable product's variations are drawn: `variations` in FamilyPlan. */
export type DrawVariations = (
	r: Random,
	base: WcProduct,
	axes: Axis[],
	regular: number,
	onSale: boolean,
	nextId: () => number
) => WcVariation[];

/** What the kit reads of a hand-written special. */
export interface SpecialBase {
	name: string;
	category: string;
	tags: string[];
	specs: Spec[];
	price?: number;
	sale?: number;
	stock?: StockFields;
	description: string;
}

/** A hand-written special: simple, or sold in options at their own prices (a gift card). */
export interface Special extends SpecialBase {
	name: string;
	category: string;
	tags: string[];
	price: number;
	sale?: number;
	description: string;
	specs: Spec[];
	axis?: OptionPrices;
}

/** A special with its own short description. */
export interface ShortSpecial extends Special {
	short: string;
}

/** A special's options, each with its label, its own price and its stock. */
export type SpecialOptions = Array< [ string, number, StockFields ] >;

/**
 * A hand-written special in a shop's few words: its texts and specs, and either one price
 * (with a sale price and its stock) or an axis of options at their own prices, the first
 * option's price standing as the product's.
 */
export function shortSpecial(
	name: string,
	category: string,
	tags: string[],
	short: string,
	description: string,
	specs: Spec[],
	sold:
		| { price: number; sale?: number; stock: StockFields }
		| { axis: string; options: SpecialOptions }
): ShortSpecial {
	const base = { name, category, tags, short, description, specs };
	if ( 'axis' in sold ) {
		return {
			...base,
			price: sold.options[ 0 ]![ 1 ],
			axis: { name: sold.axis, prices: sold.options },
		};
	}
	return { ...base, ...sold };
}

/** What a shop writes about one product. */
export interface Texts {
	sku: string;
	description: string;
	short: string;
	/** Its tags, where not its family's or the special's own. */
	tags?: string[];
	/** Its name as the catalog shows it, where not as drawn or written. */
	name?: string;
}

export interface FamilyPlan< F extends FamilyBase, Sp extends SpecialBase, S > {
	/** The first product id and the first variation id. */
	ids: { product: number; variation: number };
	/** Each family product's family, in id order (roundRobin, perFamily). */
	slots: readonly F[];
	/** The name at the given attempt and its noun; the kit retries until the name is new. */
	name: (
		r: Random,
		family: F,
		id: number,
		attempt: number
	) => { name: string; noun: string };
	/** A shelf price between the family's bounds. */
	price: ( r: Random, min: number, max: number ) => number;
	/** How often a product is on sale, and its sale price. */
	sale: { odds: number; price: ( regular: number ) => number };
	/** A simple product's stock, and its stock fields. */
	stock: ( r: Random ) => S;
	stockFields?: ( stock: S ) => StockFields;
	/** How the shop writes its records (its slugs are also its categories' and tags'). */
	style: ProductStyle;
	/**
	 * How it files them: the first category id and the first tag id, the categories being
	 * those its families and specials use in order of first use (catalog-kit's taxonomy);
	 * `escape` false where its names already hold their entities.
	 */
	terms: { category: number; tag: number; escape?: boolean };
	/** Whether a record lists photo, variations and date before the texts (productHead). */
	headFirst?: boolean;
	/** A family product's SKU and texts. */
	texts: ( drawn: Drawn< F, S > ) => Texts;
	variations: DrawVariations;
	specials: readonly Sp[];
	/** How the specials' records differ from the others (Cairn & Crest's have no photo). */
	specialStyle?: ProductStyle;
	specialTexts: ( special: Sp, id: number, index: number ) => Texts;
	/** A variable special's axes and variations; undefined for a simple one. */
	specialGrid: (
		base: WcProduct,
		special: Sp,
		nextId: () => number
	) => { axes: Axis[]; list: WcVariation[] } | undefined;
	/** Whether a special's description counts as its long-description detail. */
	specialDetails?: boolean;
}

type SpecialGrid = FamilyPlan< FamilyBase, Special, unknown >[ 'specialGrid' ];

/**
 * The variations of a special sold in options at their own prices (a gift card's amounts, an
 * apron's colours), each option's stock and SKU as the shop gives them.
 * @param shop          how the shop makes slugs, and its catalog's date
 * @param shop.slug
 * @param shop.modified
 * @param stock         an option's stock fields: drawn, fixed, its own or the special's
 * @param override      what the shop writes over the variation: its own SKU, an option's stock
 * @param override.sku
 * @param override.own  whether an option's own stock is written over the variation's last
 */
export const optionVariations =
	(
		shop: { slug: ( value: string ) => string; modified: string },
		stock: (
			own: StockFields | undefined,
			special: Special
		) => StockFields,
		override: { sku?: ( price: number ) => string; own?: boolean } = {}
	): SpecialGrid =>
	( base, special, nextId ) =>
		special.axis &&
		optionGrid( special.axis, ( label, price, own ) => ( {
			...optionVariation(
				base,
				{ axis: special.axis!.name, label, price },
				nextId(),
				stock( own, special ),
				shop
			),
			...( override.sku ? { sku: override.sku( price ) } : {} ),
			...( override.own ? own : {} ),
		} ) );

/**
 * Names a product "<model word> <one of the family's nouns>", adding its id once `plain`
 * attempts have all been taken (the noun is drawn first, then the model word).
 */
export const modelThenNoun =
	( models: readonly string[], plain: number ) =>
	( draw: Random, family: NounFamily, id: number, attempt: number ) => {
		const noun = pickOf( draw, family.nouns );
		return {
			name: `${ pickOf( draw, models ) } ${ noun }${ attempt > plain ? ` ${ id }` : '' }`,
			noun,
		};
	};

/**
 * Names a product "<the family's noun> <model word>", adding its id once `plain` attempts
 * have all been taken.
 */
export const nounThenModel =
	( models: readonly string[], plain: number ) =>
	( draw: Random, family: OneNounFamily, id: number, attempt: number ) => ( {
		name: `${ family.noun } ${ pickOf( draw, models ) }${ attempt > plain ? ` ${ id }` : '' }`,
		noun: family.noun,
	} );

/** `count` products that take the families in turn. */
export const roundRobin = < F >( families: readonly F[], count: number ) =>
	Array.from(
		{ length: count },
		( _, i ) => families[ i % families.length ]!
	);

/** Each family's products one after another, `count` of each (or the family's own count). */
export const perFamily = < F >(
	families: readonly F[],
	count: number | ( ( family: F ) => number )
) =>
	families.flatMap( ( family ) =>
		Array< F >( typeof count === 'number' ? count : count( family ) ).fill(
			family
		)
	);

/** The shop's whole catalog: its family products, then its specials. */
export function buildFamilyCatalog<
	F extends FamilyBase,
	Sp extends SpecialBase,
	S,
>( r: Random, plan: FamilyPlan< F, Sp, S > ): Built {
	const shop = catalogOf();
	const terms = taxonomy(
		categoriesOf( plan.slots, plan.specials ),
		plan.terms,
		plan.style.slug,
		plan.terms.escape
	);
	const used = new Set< string >();
	let variationId = plan.ids.variation;
	const nextId = () => variationId++;
	const fieldsOf =
		plan.stockFields ?? ( ( stock: S ) => stock as StockFields );
	const record = (
		style: ProductStyle,
		id: number,
		name: string,
		texts: Texts,
		filed: { category: string; tags: string[]; specs: Spec[] }
	): WcProduct => {
		const text = {
			description: texts.description,
			short_description: texts.short,
			categories: [ terms.category( filed.category ) ],
			tags: terms.tags( texts.tags ?? filed.tags ),
			attributes: filed.specs.map( specAttribute ),
		};
		return plan.headFirst
			? {
					...productHead( style, id, texts.name ?? name, texts.sku ),
					...text,
				}
			: productRecord( style, id, texts.name ?? name, texts.sku, text );
	};

	plan.slots.forEach( ( family, index ) => {
		const id = plan.ids.product + index;
		let noun = '';
		const name = uniqueName( used, ( attempt ) => {
			const made = plan.name( r, family, id, attempt );
			noun = made.noun;
			return made.name;
		} );
		const specs = family.specs( r, noun );
		const detail = family.detail( r, noun );
		const regular = plan.price( r, family.price[ 0 ], family.price[ 1 ] );
		const onSale = r() < plan.sale.odds;
		const sale = onSale ? plan.sale.price( regular ) : null;
		const axes =
			typeof family.axes === 'function'
				? family.axes( r )
				: ( family.axes ?? [] );
		const stock = axes.length ? undefined : plan.stock( r );
		const texts = plan.texts( {
			id,
			family,
			name,
			noun,
			specs,
			detail,
			stock,
		} );
		const base = record( plan.style, id, name, texts, {
			category: family.category,
			tags: family.tags,
			specs,
		} );
		shop.built.details.set( id, detail );
		if ( stock !== undefined ) {
			shop.simple(
				base,
				priceFields( regular, sale ),
				fieldsOf( stock )
			);
			return;
		}
		const list = plan.variations( r, base, axes, regular, onSale, nextId );
		shop.variable( base, axes, list );
	} );

	plan.specials.forEach( ( special, index ) => {
		const id = plan.ids.product + plan.slots.length + index;
		const base = record(
			plan.specialStyle ?? plan.style,
			id,
			special.name,
			plan.specialTexts( special, id, index ),
			special
		);
		if ( plan.specialDetails ) {
			shop.built.details.set( id, special.description );
		}
		const grid = plan.specialGrid( base, special, nextId );
		if ( ! grid ) {
			shop.simple(
				base,
				priceFields( special.price!, special.sale ?? null ),
				special.stock
			);
			return;
		}
		shop.variable( base, grid.axes, grid.list );
	} );
	return shop.built;
}

/**
 * A family shop's texts: the SKU "<prefix>-<FAMILY KEY>-<id>" ("<prefix>-SP-<id>" for a
 * special), the long description as the shop writes it, and the short one the blurb in a
 * paragraph; a special's name, description and short one with the characters its editor
 * leaves as entities (`entities`) written so.
 * @param prefix   the shop's SKU prefix ("LL")
 * @param describe a family product's long description from its blurb, specs and detail
 * @param entities writes the characters the shop's editor leaves as entities
 */
export function skuTexts(
	prefix: string,
	describe: ( blurb: string, specs: Spec[], detail: string ) => string,
	entities: ( text: string ) => string
) {
	return {
		texts: ( {
			id,
			family,
			specs,
			detail,
		}: Drawn< FamilyBase, unknown > ): Texts => ( {
			sku: `${ prefix }-${ family.key.toUpperCase() }-${ id }`,
			description: describe( family.blurb, specs, detail ),
			short: `<p>${ entities( family.blurb ) }</p>`,
		} ),
		specialTexts: (
			special: { name: string; description: string; short: string },
			id: number
		): Texts => ( {
			name: entities( special.name ),
			sku: `${ prefix }-SP-${ id }`,
			description: entities( special.description ),
			short: `<p>${ entities( special.short ) }</p>`,
		} ),
	};
}

/**
 * A sale price as the shop's own sale rounding gives it, or, where that rounding would not
 * make a (cheap) price any lower, `percent` % of the regular price floored to the cent and
 * one cent less, so that a product on sale is always cheaper than its regular price.
 * @param rounded the shop's sale price of a regular price
 * @param percent what share of the regular price is left, in percent (85: 15 % off)
 */
export const saleBelow =
	( rounded: ( regular: number ) => number, percent: number ) =>
	( regular: number ) =>
		rounded( regular ) < regular
			? rounded( regular )
			: Math.floor( regular * percent ) / 100 - 0.01;

/**
 * Shelf prices as whole amounts less `cents` (49.95, 1248.99): a product's sale price at
 * `saleFactor` of its regular one, and a variation's regular price at its options' factor of
 * the product's (`sale` and `scale` as VariationPricing takes them).
 * @param cents      what every price is short of a whole amount
 * @param saleFactor the sale price's share of the regular price
 */
export function wholeLessCents( cents: number, saleFactor: number ) {
	const less = ( amount: number ) => Math.round( amount ) - cents;
	return {
		sale: ( regular: number ) => less( regular * saleFactor ),
		scale: ( regular: number, factor: number ) => less( regular * factor ),
	};
}

/** How a shop prices a variation from its product's regular price. */
export interface VariationPricing {
	/** The regular price at a combined option factor other than 1. */
	scale: ( regular: number, factor: number ) => number;
	/** The sale price of a variation whose product is on sale. */
	sale: ( regular: number ) => number;
	/** Where only some variations of a product on sale are on sale: how many. */
	saleOdds?: number;
	stock: ( r: Random ) => StockFields;
	/** How the shop makes slugs, and its catalog's date (by default the product's). */
	shop: { slug: ( value: string ) => string; modified?: string };
}

/**
 * One variation per combination of the axes' options, priced by the shop's rules and stocked
 * at its odds (the seeded draws: the sale odds where given, then the stock).
 */
export const gridVariations =
	( pricing: VariationPricing ): DrawVariations =>
	( r, base, axes, regular, onSale, nextId ) =>
		combosOf( axes ).map( ( combo ) => {
			const factor = combo.reduce( ( n, c ) => n * c.factor, 1 );
			const vRegular =
				factor === 1 ? regular : pricing.scale( regular, factor );
			const vSale =
				onSale &&
				( pricing.saleOdds === undefined || r() < pricing.saleOdds )
					? pricing.sale( vRegular )
					: null;
			return variationFor(
				base,
				combo,
				{ regular: vRegular, sale: vSale },
				nextId(),
				pricing.stock( r ),
				{
					slug: pricing.shop.slug,
					modified:
						pricing.shop.modified ??
						String( base.date_modified_gmt ),
				}
			);
		} );
