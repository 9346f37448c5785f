/**
 * Numeric constraints on product attributes ("a sleeping bag rated -7 °C or colder",
 * "headlamps with at least 350 lumens", "Campingstühle, die mindestens 140 kg tragen"):
 * a quantity with its unit and a comparison, read from the question, compared against the
 * attribute values of the listed products in the same dimension, metric or imperial.
 * A constraint filters only when the catalog states the attribute; a product that does not
 * state it is never claimed to meet it.
 */

import {
	AMOUNT,
	parseAmount,
	signalsOf,
	unitOf,
	type Signal,
} from './analysis';
import type { ProductMatch } from '../commerce/service';

export interface Measure {
	/** length, volume, weight, pressure, power, energy, time, temperature, light. */
	dimension: string;
	/** In the base unit of the dimension (m, l, kg, bar, W, Wh, h, °C, lm). */
	base: number;
}

export interface QuantityConstraint extends Measure {
	/** min: the attribute must be at least this; max: at most. */
	op: 'min' | 'max';
}

/** Units quantities() does not read: temperatures (with their offset), light, German plurals. */
function extraUnit(
	raw: string
): [ string, ( value: number ) => number ] | null {
	const unit = raw.toLowerCase().replace( /\s+/g, '' );
	if (
		/^(°c|℃|gradcelsius|degreescelsius|degreesc|°celsius|celsius)$/.test(
			unit
		)
	) {
		return [ 'temperature', ( v ) => v ];
	}
	if ( /^(°f|℉|degreesfahrenheit|degreesf|fahrenheit)$/.test( unit ) ) {
		return [ 'temperature', ( v ) => ( ( v - 32 ) * 5 ) / 9 ];
	}
	if ( /^(lm|lumens?)$/.test( unit ) ) {
		return [ 'light', ( v ) => v ];
	}
	if ( /^(litern|litres?n?)$/.test( unit ) ) {
		return [ 'volume', ( v ) => v ];
	}
	return null;
}

const MEASURE = new RegExp(
	String.raw`(?<![\p{L}\p{N}.,])([-−–]\s?)?(${ AMOUNT })\s*(°\s?[CF]|℃|℉|(?:grad|degrees?)\s+(?:celsius|fahrenheit|[CF])\b|fl\.? ?oz|[a-zA-ZäöüßÄÖÜ]+|")(?![\p{L}])`,
	'gu'
);

/** Every number with a unit in a text, with its position, in the base unit of its dimension. */
export function measures(
	text: string
): Array< Measure & { index: number; end: number } > {
	const found: Array< Measure & { index: number; end: number } > = [];
	for ( const m of text.matchAll( MEASURE ) ) {
		const sign = m[ 1 ] ? -1 : 1;
		const value = sign * parseAmount( m[ 2 ]! );
		const raw = m[ 3 ]!;
		const extra = extraUnit( raw );
		let measure: Measure | null = null;
		if ( extra ) {
			measure = { dimension: extra[ 0 ], base: extra[ 1 ]( value ) };
		} else {
			const unit = unitOf( raw );
			if ( unit ) {
				measure = { dimension: unit[ 0 ], base: value * unit[ 1 ] };
			}
		}
		if ( measure ) {
			found.push( {
				...measure,
				index: m.index,
				end: m.index + m[ 0 ].length,
			} );
		}
	}
	return found;
}

const AT_LEAST_BEFORE =
	/\b(at least|min(?:imum|\.)?|mind\.?|more than|over|above|greater than|no less than|not less than|mindestens|wenigstens|über|mehr als|ab|nicht weniger als)\s*$/i;
const AT_MOST_BEFORE =
	/\b(at most|max(?:imum|imal|\.)?|up to|under|below|less than|no more than|not more than|höchstens|bis(?: zu)?|unter|weniger als|nicht mehr als)\s*$/i;
const AT_LEAST_AFTER =
	/^\s*(\+|or (more|higher|above|greater|bigger|larger|longer|warmer|brighter)\b|oder (mehr|höher|größer|länger|wärmer|heller|darüber)\b|(und|and) (mehr|more|above|darüber)\b)/i;
const AT_MOST_AFTER =
	/^\s*(or (less|lower|below|under|smaller|shorter|colder|lighter)\b|oder (weniger|niedriger|kleiner|kürzer|kälter|leichter|darunter)\b|(und|and) (less|below|weniger|darunter)\b)/i;

/**
 * The quantity limits a question sets: a number with a unit and a comparison before it
 * ("at least 350 lumens", "mindestens 140 kg", "bis 1 kg") or after it ("-7 °C or colder",
 * "65 L oder mehr"). A quantity without a comparison sets no limit.
 */
export function quantityConstraints( text: string ): QuantityConstraint[] {
	const found: QuantityConstraint[] = [];
	for ( const measure of measures( text ) ) {
		const before = text.slice(
			Math.max( 0, measure.index - 30 ),
			measure.index
		);
		const after = text.slice( measure.end, measure.end + 30 );
		let op: QuantityConstraint[ 'op' ] | null = null;
		if ( AT_LEAST_AFTER.test( after ) || AT_LEAST_BEFORE.test( before ) ) {
			op = 'min';
		} else if (
			AT_MOST_AFTER.test( after ) ||
			AT_MOST_BEFORE.test( before )
		) {
			op = 'max';
		}
		if ( op ) {
			found.push( {
				dimension: measure.dimension,
				base: measure.base,
				op,
			} );
		}
	}
	return found;
}

/** The attribute values of a product (and its variations) in one dimension, by attribute name. */
function valuesByAttribute(
	match: ProductMatch,
	dimension: string
): Map< string, number[] > {
	const byName = new Map< string, number[] >();
	for ( const record of [ match.product, ...match.variations ] ) {
		for ( const attribute of record.attributes ) {
			for ( const option of attribute.options ) {
				// "20 × 32 cm" is two lengths in one value: no single figure to compare.
				if ( /[×x]\s*\d/.test( option ) ) {
					continue;
				}
				// The first figure is the value ("-9 °C (16 °F)", "100 kg (220 lb)").
				const first = measures( option )[ 0 ];
				if ( ! first || first.dimension !== dimension ) {
					continue;
				}
				const name = attribute.name.trim().toLowerCase();
				byName.set( name, [
					...( byName.get( name ) ?? [] ),
					first.base,
				] );
			}
		}
	}
	return byName;
}

function median( values: number[] ): number {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[ Math.floor( sorted.length / 2 ) ]!;
}

/**
 * Which attribute a constraint is about: the one whose name the question uses ("comfort
 * rating"); else, among attributes of the same dimension, the one whose values lie nearest the
 * asked figure ("140 kg" is a load, not a chair's own 1.5 kg weight).
 */
function chooseAttribute(
	byName: Map< string, number[] >,
	constraint: QuantityConstraint,
	question: string
): string | null {
	const names = [ ...byName.keys() ];
	if ( names.length <= 1 ) {
		return names[ 0 ] ?? null;
	}
	const folded = question.toLowerCase();
	// The attribute the question names most words of ("comfort rating" beats "limit rating").
	const said = ( name: string ): number =>
		name
			.split( /[^\p{L}\p{N}]+/u )
			.filter( ( word ) => word.length >= 4 && folded.includes( word ) )
			.length;
	const most = Math.max( ...names.map( said ) );
	const named =
		most > 0 ? names.filter( ( name ) => said( name ) === most ) : [];
	if ( named.length === 1 ) {
		return named[ 0 ]!;
	}
	const pool = named.length > 1 ? named : names;
	const distance = ( name: string ): number => {
		const middle = median( byName.get( name )! );
		if ( constraint.dimension === 'temperature' ) {
			return Math.abs( middle - constraint.base );
		}
		const a = Math.abs( middle ) || 1e-9;
		const b = Math.abs( constraint.base ) || 1e-9;
		return Math.abs( Math.log( a / b ) );
	};
	return [ ...pool ].sort( ( a, b ) => distance( a ) - distance( b ) )[ 0 ]!;
}

/**
 * The products that meet every constraint whose dimension the listed products state as an
 * attribute. A constraint no listed product states is left alone (nothing to compare); a
 * product that does not state the chosen attribute is dropped, never assumed to meet it.
 */
export function meetingConstraints(
	matches: ProductMatch[],
	constraints: QuantityConstraint[],
	question: string
): ProductMatch[] {
	let kept = matches;
	for ( const constraint of constraints ) {
		const perMatch = kept.map( ( match ) => ( {
			match,
			values: valuesByAttribute( match, constraint.dimension ),
		} ) );
		const all = new Map< string, number[] >();
		for ( const { values } of perMatch ) {
			for ( const [ name, list ] of values ) {
				all.set( name, [ ...( all.get( name ) ?? [] ), ...list ] );
			}
		}
		const attribute = chooseAttribute( all, constraint, question );
		if ( ! attribute ) {
			continue;
		}
		// Compare with a little tolerance for rounding between unit systems.
		const tolerance = Math.abs( constraint.base ) * 0.005 + 1e-9;
		kept = perMatch
			.filter( ( { values } ) =>
				( values.get( attribute ) ?? [] ).some( ( value ) =>
					constraint.op === 'min'
						? value >= constraint.base - tolerance
						: value <= constraint.base + tolerance
				)
			)
			.map( ( { match } ) => match );
	}
	return kept;
}

/**
 * Whether the text carries a signal only through the unit of a quantity: "a candle that
 * burns for more than 80 hours" measures a time, it asks no opening hours.
 * @param text
 * @param signal
 */
export function signalOnlyInQuantities(
	text: string,
	signal: Signal
): boolean {
	const found = measures( text );
	if ( found.length === 0 || ! signalsOf( text ).has( signal ) ) {
		return false;
	}
	let rest = text;
	for ( const measure of [ ...found ].reverse() ) {
		rest = `${ rest.slice( 0, measure.index ) } ${ rest.slice( measure.end ) }`;
	}
	return ! signalsOf( rest ).has( signal );
}

/** A figure with its unit as written ("700 gsm", "77 mm", "2,5 l"). */
const FIGURE = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)\s*([\p{L}"°]+)/gu;

/** The figures of a text with their units, as comparable keys ("700 gsm"). */
function figureKeys( text: string ): string[] {
	return [ ...text.matchAll( FIGURE ) ].map(
		( m ) =>
			`${ Number( m[ 1 ]!.replace( ',', '.' ) ) } ${ m[ 2 ]!.toLowerCase() }`
	);
}

/**
 * The products whose attributes (or their options') state a figure the question names with
 * its unit ("the heaviest towel, 700 gsm", "Polfilter in 77 mm") first, the others after,
 * each in their order. Without such a figure, the products as they are.
 * @param matches
 * @param question
 */
export function byStatedFigures(
	matches: ProductMatch[],
	question: string
): ProductMatch[] {
	const asked = new Set( figureKeys( question ) );
	if ( asked.size === 0 ) {
		return matches;
	}
	const states = ( match: ProductMatch ) =>
		[ match.product, ...match.variations ].some( ( record ) =>
			record.attributes.some( ( attribute ) =>
				attribute.options.some( ( option ) =>
					figureKeys( option ).some( ( key ) => asked.has( key ) )
				)
			)
		);
	return [
		...matches.filter( states ),
		...matches.filter( ( match ) => ! states( match ) ),
	];
}
