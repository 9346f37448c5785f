/**
 * Matchers and a compact question builder for the Inkwell & Quire dev set: amounts in
 * pounds in English or German notation, dates in either language, and the words a reply
 * uses for a stock state, a refusal, an absence or an honest "I don't know".
 */
import type { Matcher } from '../types';

/** An amount as either language writes it: 1249 → "1,249" / "1.249" / 1249; 49.5 → "49.50" / "49,50". */
export function gbp( amount: number ): Matcher {
	if ( Number.isInteger( amount ) ) {
		const grouped = String( amount ).replace(
			/\B(?=(\d{3})+(?!\d))/g,
			','
		);
		return amount >= 1000
			? [ grouped, grouped.replace( ',', '.' ), String( amount ) ]
			: String( amount );
	}
	const fixed = amount.toFixed( 2 );
	return [ fixed, fixed.replace( '.', ',' ) ];
}

const MONTHS: Array< [ string, string ] > = [
	[ 'January', 'Januar' ],
	[ 'February', 'Februar' ],
	[ 'March', 'März' ],
	[ 'April', 'April' ],
	[ 'May', 'Mai' ],
	[ 'June', 'Juni' ],
	[ 'July', 'Juli' ],
	[ 'August', 'August' ],
	[ 'September', 'September' ],
	[ 'October', 'Oktober' ],
	[ 'November', 'November' ],
	[ 'December', 'Dezember' ],
];

/** A day as "3 March", "March 3", "3. März" or "03.03.". */
export function day( d: number, month: number ): Matcher {
	const [ en, de ] = MONTHS[ month - 1 ]!;
	const two = ( n: number ) => String( n ).padStart( 2, '0' );
	return [
		`${ d } ${ en }`,
		`${ en } ${ d }`,
		`${ d }. ${ de }`,
		`${ d } ${ de }`,
		`${ two( d ) }.${ two( month ) }.`,
		`${ d }.${ month }.`,
	];
}

export const SOLD_OUT =
	/out of stock|sold out|not in stock|not available|unavailable|ausverkauft|vergriffen|nicht (auf lager|vorrätig|verfügbar|lieferbar|erhältlich)|nicht mehr|derzeit nicht|momentan nicht|leider nicht/;
export const BACKORDER =
	/back-?order|pre-?order|nachbestell|vorbestell|rückstand|nachlieferung|bestellbar|on order|can (still )?be ordered|kann (aber )?bestellt|nachgeliefert/;
export const IN_STOCK =
	/in stock|available|auf lager|vorrätig|verfügbar|lieferbar|erhältlich|\d+ (left|übrig)|noch \d+/;
export const NOT =
	/\b(no|not|don't|do not|doesn't|does not|isn't|can't|cannot|nicht|nein|kein|keine|keinen|leider)\b/;
export const ABSENT =
	/(don't|do not|doesn't|does not) (sell|stock|carry|have|offer)|not (sell|stock|carry|offer|something we|part of)|couldn't find|could not find|no (such|matching)|nothing (like|matching)|(führen|verkaufen|haben|finde|fanden|gibt es) (wir |ich )?(leider )?(kein|nicht)|nicht (im|in unserem) (sortiment|angebot)|kein(e|en)? .*(im sortiment|gefunden)/;
export const HONEST =
	/(don't|do not|doesn't|does not) (know|have|say|list|mention|state)|not sure|no information|not (stated|listed|mentioned|given|specified)|(can't|cannot|unable to) (say|tell|find|confirm)|get in touch|contact|ask (us|the shop|our|a)|hello@inkwellandquire|1225 480 317|weiß (ich )?(leider )?nicht|keine (angabe|information|daten)|nicht (angegeben|bekannt|sicher)|kontakt|wenden sie sich|fragen sie/;
export const ASK_EMAIL = /e-?mail/;

// One way to write a question down for every dev set (question-kit.ts), short-named here.
export { question as q } from '../question-kit';
