/**
 * A variable product's options as an answer: whether the question asks which options there
 * are (a word for options, or the product's own attribute name in either language), and the
 * options one a line with their prices and stock. Split from embedded-products.ts.
 */
import type { ProductMatch } from '../commerce/service';
import { contentWords } from './analysis';
import { priceText, stockText, variantLabel, type MoneyStyle } from './cards';
import { messages, type Lang } from './messages';

/** A variable product's options are listed one a line up to this many; more get a price span. */
const MAX_OPTION_LINES = 10;

/** Words asking which options there are, whatever the shop calls its attributes. */
const OPTION_WORDS =
	/\b(options?|variants?|variations?|versions?|ausführung\w*|variante\w*|version\w*|optionen|come in|comes in|gibt es (den|die|das|ihn|sie|es) in|in welchen)\b/iu;

/** What shops call their variation attributes, in the other language too. */
const ATTRIBUTE_WORDS: string[][] = [
	[ 'size', 'sizes', 'größe', 'größen', 'grösse', 'grössen', 'groesse' ],
	[ 'colour', 'colours', 'color', 'colors', 'farbe', 'farben' ],
	[ 'length', 'lengths', 'länge', 'längen' ],
	[
		'amount',
		'amounts',
		'value',
		'values',
		'betrag',
		'beträge',
		'wert',
		'werte',
	],
	[ 'scent', 'scents', 'duft', 'düfte', 'duftrichtung', 'duftrichtungen' ],
	[
		'flavour',
		'flavours',
		'flavor',
		'flavors',
		'sorte',
		'sorten',
		'geschmack',
		'geschmacksrichtungen',
	],
	[ 'width', 'widths', 'breite', 'breiten' ],
	[ 'weight', 'weights', 'gewicht', 'gewichte', 'inhalt' ],
	[ 'capacity', 'capacities', 'kapazität', 'kapazitäten', 'speicher' ],
	[
		'pack',
		'packs',
		'packung',
		'packungen',
		'packungsgröße',
		'packungsgrößen',
	],
];

/** Sizes asked for in the plural: the options a product comes in. */
const SIZES = new Set( [ 'sizes', 'größen', 'grössen' ] );

/**
 * Whether the question asks which options a variable product has: "which sizes …", "welche
 * Farben gibt es …", "what options …" — a word for options, or a word for one of the product's
 * own variation attributes ("Betrag" for a gift card's amounts) in either language.
 * @param question
 * @param match
 */
export function asksForOptions(
	question: string,
	match: ProductMatch
): boolean {
	if ( OPTION_WORDS.test( question ) ) {
		return true;
	}
	// The product's own name words are not asked options ("Reifen" names the tyre, not its
	// "Reifengröße").
	const inName = new Set(
		contentWords( match.product.name ).map( ( w ) => w.toLowerCase() )
	);
	const asked = contentWords( question )
		.map( ( w ) => w.toLowerCase() )
		.filter( ( w ) => ! inName.has( w ) );
	const attributeNames = new Set(
		match.variations.flatMap( ( v ) =>
			v.attributes.flatMap( ( a ) =>
				contentWords( a.name ).map( ( w ) => w.toLowerCase() )
			)
		)
	);
	// A product sold in one dimension ("Gewicht: 50 g, 100 g …") comes in sizes, whatever
	// the shop calls them ("what size is it?" asks its size, "which sizes" its options).
	const oneAttribute =
		new Set(
			match.variations.flatMap( ( v ) =>
				v.attributes.map( ( a ) => a.name.toLowerCase() )
			)
		).size === 1;
	return asked.some(
		( word ) =>
			attributeNames.has( word ) ||
			( oneAttribute && SIZES.has( word ) ) ||
			ATTRIBUTE_WORDS.some(
				( forms ) =>
					forms.includes( word ) &&
					forms.some( ( form ) => attributeNames.has( form ) )
			)
	);
}

/** The options an answer lists: those the question names when it names several, else all. */
function optionRows( match: ProductMatch ): ProductMatch[ 'variations' ] {
	return match.namedVariations.length > 1
		? match.namedVariations
		: match.variations;
}

/**
 * A variable product's options one a line, each with its price and stock: the answer to
 * "which sizes are there and what do they cost?", and better than a price span when a
 * price is asked without naming the option.
 * @param match
 * @param money
 * @param lang
 */
export function optionLines(
	match: ProductMatch,
	money: MoneyStyle,
	lang: Lang
): string {
	return `${ messages( lang ).optionsOf( match.product.name ) }\n${ optionRows(
		match
	)
		.map( ( v ) => {
			const price = priceText( v, money, lang );
			return `• ${ variantLabel( v ) }${ price ? ` — ${ price }` : '' }, ${ stockText( v, lang ) }`;
		} )
		.join( '\n' ) }`;
}

/**
 * Whether the answer lists the product's options: it has a few and none is chosen, and
 * the question asks which there are, or asks a price the options do not share.
 * @param match
 * @param question
 * @param wantsPrice
 */
export function listsOptions(
	match: ProductMatch,
	question: string,
	wantsPrice: boolean
): boolean {
	const rows = optionRows( match );
	if (
		match.product.kind !== 'variable' ||
		match.namedVariations.length === 1 ||
		rows.length < 2 ||
		rows.length > MAX_OPTION_LINES
	) {
		return false;
	}
	const prices = new Set( rows.map( ( v ) => v.priceMinor ) );
	return (
		asksForOptions( question, match ) || ( wantsPrice && prices.size > 1 )
	);
}
