/**
 * Helpers for the Wollknäuel dev set (wollknaeuel-dev.ts): one call a question, and the
 * matchers that many questions share (amounts in both number formats, "sold out", restock
 * dates in Austrian, German and English month names, "please give your e-mail", "I don't
 * know"). Written blind: from the shop's data, not from the responder's answers.
 */
import { question } from '../question-kit';
import type { EvalQuestion, Matcher } from '../types';

type Rest =
	Parameters< typeof question > extends [ string, ...infer R ] ? R : never;

/** A question of this set (question-kit.ts), its id prefixed "wk-". */
export const q = ( id: string, ...rest: Rest ): EvalQuestion =>
	question( `wk-${ id }`, ...rest );

/** An amount as the Austrian shop writes it ("1.249,00") or in English ("1,249.00"). */
export function eur( amount: string ): Matcher {
	const en = amount
		.replace( /\./g, '#' )
		.replace( ',', '.' )
		.replace( /#/g, ',' );
	const plain = amount.replace( /\./g, '' );
	return [ amount, en, plain ];
}

export const SOLD_OUT =
	/ausverkauft|nicht (mehr )?(auf lager|vorrätig|lagernd|lieferbar|verfügbar)|derzeit nicht|out of stock|sold out|not (currently )?(in stock|available)|unavailable/i;

/** A restock date: day and month in any of the shop's or the shopper's words. */
export function restock( day: number, month: 'jan' | 'feb' ): RegExp {
	const names =
		month === 'jan'
			? 'jänner|januar|january|jan\\.?'
			: 'februar|feber|february|feb\\.?';
	return new RegExp(
		`${ day }(\\.|th|st|rd|nd)? ?(${ names })|(${ names }) ${ day }\\b|${ day }\\.0?${ month === 'jan' ? 1 : 2 }\\.`,
		'i'
	);
}

export const ASK_EMAIL = /e-?mail/i;

export const DONT_KNOW =
	/weiß ich (leider )?nicht|kann ich (leider )?nicht (sagen|beantworten)|keine (genauen )?(angaben|informationen|info)|nicht (bekannt|angegeben)|nicht gefunden|finde ich (leider )?(nichts|keine)|don'?t know|do not know|no information|not sure|can'?t (say|tell)|cannot (say|tell)|not (listed|stated|mentioned)|couldn'?t find|could not find|kontaktier|contact|\+43 316|servus@/i;

export const NOT_SOLD =
	/nicht im (sortiment|angebot)|führen (wir )?(keine|leider keine|nicht)|haben (wir )?(leider )?(keine|nicht)|leider nicht|leider kein|nicht gefunden|don'?t (sell|carry|stock|have|offer)|do not (sell|carry|stock|have|offer)|not (sell|carry|stock|offer)|couldn'?t find|could not find|no .{0,40}(in our|in the) (range|shop|catalog|store)|unfortunately/i;

/** The internal order note the shopper must never see. */
export const INTERNAL = [ 'Garnhandel Linz', 'Rohertrag' ];
