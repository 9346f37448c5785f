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
	measures,
	parseAmount,
	unitOf,
	type Measure,
} from './analysis-entities';
import type { ProductMatch } from '../commerce/service';

export interface QuantityConstraint extends Measure {
	/** min: the attribute must be at least this; max: at most. */
	op: 'min' | 'max';
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
 * A figure with its unit as written ("700 gsm", "77 mm", "2,5 l"). Any word counts as the
 * unit, not only those quantities() knows: a shop's "700 gsm" or "4-ply" is compared as
 * written, a known unit by its measure ("77 mm" states "7,7 cm").
 */
const FIGURE = new RegExp(
	String.raw`(?<![\p{L}\p{N}.,])(${ AMOUNT })\s*([\p{L}"°]+)`,
	'gu'
);

/** The figures of a text as comparable keys: "length 0.077", or "700 gsm" for other units. */
function figureKeys( text: string ): string[] {
	return [ ...text.matchAll( FIGURE ) ].map( ( m ) => {
		const value = parseAmount( m[ 1 ]! );
		const unit = unitOf( m[ 2 ]! );
		return unit
			? `${ unit[ 0 ] } ${ Number( ( value * unit[ 1 ] ).toPrecision( 6 ) ) }`
			: `${ value } ${ m[ 2 ]!.toLowerCase() }`;
	} );
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
