/**
 * Helpers for the Saltmarsh Apothecary dev set (saltmarsh-dev.ts): one call a question, and
 * the matchers that many questions share (euro amounts in English and German number
 * formats, "sold out" and "on backorder", restock dates in English and German month names,
 * "please give your e-mail", "I don't know", "we don't sell that"). Written blind: from the
 * shop's data, not from the responder's answers.
 */
import { question } from '../question-kit';
import type { EvalQuestion, Matcher } from '../types';

type Rest =
	Parameters< typeof question > extends [ string, ...infer R ] ? R : never;

/** A question of this set (question-kit.ts), its id prefixed "sm-". */
export const q = ( id: string, ...rest: Rest ): EvalQuestion =>
	question( `sm-${ id }`, ...rest );

/**
 * A euro amount as the Irish shop writes it ("24.50", "1,249.00") or a German shopper
 * reads it ("24,50", "1.249,00"); a whole amount also as "€24" or "24 €" / "24 euro".
 * @param amount the amount as WooCommerce stores it, "24.50"
 */
export function eur( amount: string ): RegExp {
	const [ whole, cents ] = amount.replace( /,/g, '' ).split( '.' );
	const grouped = ( sep: string ) =>
		whole!.replace( /\B(?=(\d{3})+(?!\d))/g, sep );
	const wholes = [
		...new Set( [ whole!, grouped( ',' ), grouped( '\\.' ) ] ),
	].join( '|' );
	const exact = `(?<![\\d.,])(${ wholes })[.,]${ cents }(?!\\d)`;
	if ( cents !== '00' ) {
		return new RegExp( exact, 'i' );
	}
	const bare = `€\\s?(${ wholes })(?!\\d|[.,]\\d)|(?<![\\d.,])(${ wholes })\\s?(€|euro\\b|eur\\b)`;
	return new RegExp( `${ exact }|${ bare }`, 'i' );
}

export const SOLD_OUT =
	/sold out|out of stock|not (currently )?(in stock|available)|unavailable|no longer available|ausverkauft|vergriffen|nicht (mehr )?(auf lager|vorrätig|lieferbar|verfügbar|erhältlich)|derzeit nicht|momentan nicht|aktuell nicht|fully booked|booked out|ausgebucht|no (places|spots|seats) left|keine (freien )?plätze/i;

export const BACKORDER =
	/back ?-?order|pre-?order|order (it )?(now|already|today)|can (still )?order|nachbestell|vorbestell|(jetzt|schon|bereits) (schon )?bestell|bestellen können|kann .{0,20}bestellt werden|lieferrückstand/i;

export const IN_STOCK =
	/in stock|available|auf lager|vorrätig|verfügbar|lieferbar|erhältlich|\bja\b|\byes\b/i;

/** A restock or event date: day and month in English or German, or as 14.01. / 14/01. */
export function dated(
	day: number,
	month: 'jan' | 'feb' | 'mar' | 'dec'
): RegExp {
	const names = {
		jan: 'january|januar|jänner|jan\\.?',
		feb: 'february|februar|feb\\.?',
		mar: 'march|märz|maerz|mar\\.?|mär\\.?',
		dec: 'december|dezember|dec\\.?|dez\\.?',
	}[ month ];
	const m = { jan: 1, feb: 2, mar: 3, dec: 12 }[ month ];
	return new RegExp(
		`\\b${ day }(st|nd|rd|th|\\.)?\\s?(of\\s)?(${ names })|(${ names })\\s${ day }(st|nd|rd|th)?\\b|\\b0?${ day }[./]0?${ m }\\b`,
		'i'
	);
}

/** A restock date that the shop did not state ("back from 3 February"). */
export const INVENTED_DATE =
	/(back|again|wieder|restock|ab|from|on|am)\b.{0,30}\b\d{1,2}(st|nd|rd|th|\.)?\s?(of\s)?(jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)/i;

export const ASK_EMAIL = /e-?mail/i;

export const DONT_KNOW =
	/don'?t (know|have)|do not (know|have)|no (information|details|info|data)|not (listed|stated|mentioned|specified|given|sure|able)|isn'?t (listed|stated|mentioned|specified|given)|can'?t (say|tell|confirm)|cannot (say|tell|confirm)|couldn'?t find|could not find|unable to|weiß ich (leider )?nicht|kann ich (leider )?nicht|keine (genauen |weiteren )?(angaben|informationen|info|daten)|nicht (bekannt|angegeben|vermerkt|aufgeführt|genannt)|nicht gefunden|finde ich (leider )?(nichts|keine)|liegen (mir |uns )?keine|(sagen|steht|stehen) (dazu|darüber|hierzu) nichts|nicht raten|contact|kontakt|hello@saltmarsh|563 ?218/i;

export const NOT_SOLD =
	/don'?t (sell|carry|stock|have|offer)|do not (sell|carry|stock|have|offer)|not (sell|carry|stock|offer|something we|part of)|isn'?t (something|part)|no .{0,40}(in our|in the) (range|shop|catalog|catalogue|store)|couldn'?t find|could not find|unfortunately|sorry|nicht im (sortiment|angebot|programm)|führen (wir )?(leider )?(keine|nicht|kein)|haben (wir )?(leider )?(keine|nicht|kein)|leider (nicht|kein)|nicht gefunden|kein passendes|bieten (wir )?(leider )?(keine|nicht|kein)|gibt es (bei uns )?(leider )?(nicht|kein)/i;

/** The internal order note the shopper must never see. */
export const INTERNAL: Matcher[] = [
	/hebridean/i,
	/cost price/i,
	/margin/i,
	/einkaufspreis/i,
	/do not share/i,
];
