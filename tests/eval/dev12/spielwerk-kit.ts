/**
 * Helpers for the Spielwerk dev set (spielwerk-dev.ts): the matchers that many questions
 * share — franc amounts in every way a Swiss, German or English reply may write them,
 * "sold out", "on backorder", restock dates in German and English month names, "please give
 * your e-mail", "I don't know", "we don't sell that", the internal order note. Written
 * blind: from the shop's data, not from the responder's answers.
 */
import { NOT_FOUND } from '../phrases';
import type { Matcher } from '../types';

export { numberedQuestions } from '../question-kit';

/**
 * A franc amount however a reply writes it: "CHF 1’249.00", "1'249.00", "1249.00",
 * "1,249.00", "1.249,00", "1 249.–", "49.90", "49,90"; whole francs also without cents
 * next to the currency ("CHF 1249", "80 Franken") — but never as part of another amount or
 * a time (49 is not found in 49.90, 149.00 or 9:30).
 * @param amount the amount in francs
 */
export function chf( amount: number ): RegExp {
	const [ whole, cents ] = amount.toFixed( 2 ).split( '.' );
	const g = whole!.replace( /\B(?=(\d{3})+(?!\d))/g, "[’'., ]?" );
	const start = String.raw`(?<![\d’'.,])`;
	const end = String.raw`(?![.,:]?\d)`;
	if ( cents !== '00' ) {
		return new RegExp( `${ start }${ g }[.,]${ cents }${ end }`, 'i' );
	}
	const withCents = String.raw`${ g }[.,](?:00|–|-{1,2})${ end }`;
	const before = String.raw`(?<=(?:chf|sfr\.?|fr\.)\s?)${ g }${ end }`;
	const after = String.raw`${ g }${ end }(?=\s?(?:chf|franken|francs?|fr\.))`;
	return new RegExp(
		`${ start }(?:${ withCents }|${ before }|${ after })`,
		'i'
	);
}

export const SOLD_OUT =
	/ausverkauft|vergriffen|nicht (mehr )?(an lager|auf lager|vorrätig|lieferbar|verfügbar|erhältlich)|zurzeit nicht|derzeit nicht|momentan nicht|out of stock|sold out|not (currently |presently )?(in stock|available)|unavailable|currently out/i;

export const BACKORDER =
	/nachbestellt|vorbestell|bestellbar|schon (jetzt )?bestellen|jetzt schon bestellen|bereits bestellen|lieferbar ab|erhältlich ab|verfügbar ab|rückstand|backorder|back order|back-order|pre-?order|can (already |still )?(be )?order|order (it )?now|available (to order|from|again)|expected/i;

/** "in stock", with or without a count. */
export const IN_STOCK =
	/an lager|auf lager|vorrätig|verfügbar|lieferbar|erhältlich|in stock|available/i;

const MONTHS = {
	jan: [ 'januar', 'january', 'jan\\.?', 'jänner' ],
	feb: [ 'februar', 'february', 'feb\\.?' ],
};

/** A date in January or February: "15. Januar", "January 15th", "15 Jan", "15.1.", "15.01.". */
export function date( day: number, month: 'jan' | 'feb' ): RegExp {
	const names = MONTHS[ month ].join( '|' );
	const number = month === 'jan' ? 1 : 2;
	return new RegExp(
		String.raw`(?<!\d)${ day }(\.|th|st|rd|nd)? ?(of )?(${ names })|(${ names }) ${ day }(?!\d)|(?<!\d)${ day }\.0?${ number }\.|(?<!\d)0?${ number }/${ day }(?!\d)`,
		'i'
	);
}

export const ASK_EMAIL = /e-?mail/i;

export const CANNOT_VERIFY =
	/(nicht|keine?).{0,50}(finden|verifizieren|überprüfen|prüfen|bestätigen|zuordnen|übereinstimm)|stimmt nicht|passt nicht|(couldn'?t|could not|can'?t|cannot|unable to|wasn'?t able to).{0,50}(find|verify|match|confirm|locate)|does ?n[o']t match|do not match|don'?t match|no order|keine bestellung/i;

export const DONT_KNOW =
	/weiss ich (leider )?nicht|kann ich (leider )?nicht (sagen|beantworten)|keine (genauen |weiteren |näheren )?(angaben|informationen|info|details|daten)|nicht (bekannt|angegeben|erwähnt|aufgeführt|vermerkt|ersichtlich|beschrieben)|steht (leider )?nicht|habe ich (leider )?keine|liegen (mir |uns )?(leider )?keine|nicht gefunden|finde ich (leider )?(nichts|keine)|nichts gefunden|konnte ich nicht finden|don'?t know|do not know|no (information|details|data|info)|not sure|can'?t (say|tell|confirm)|cannot (say|tell|confirm)|not (listed|stated|mentioned|specified|given|included in)|doesn'?t (say|mention|state|specify|list)|does not (say|mention|state|specify|list)|couldn'?t find|could not find|unable to find|kontaktier|contact|melden sie sich|rufen sie|schreiben sie|fragen sie|212 48 30|hallo@spielwerk/i;

export const NOT_SOLD =
	/nicht im (sortiment|angebot)|führen (wir )?(leider )?(keine?n?|nicht)|haben (wir )?(leider )?(keine?n?|nicht)|verkaufen (wir )?(leider )?(keine?n?|nicht)|gibt es (bei uns )?(leider )?(keine?n?|nicht)|leider (nicht|kein)|kein(e|en)? .{0,50}(im sortiment|im angebot|gefunden)|nicht gefunden|nichts gefunden|konnte ich nicht finden|(don'?t|do not|doesn'?t|does not) (sell|carry|stock|have|offer)|not (sell|carry|stock|offer)|no .{0,50}(in our|in the) (range|shop|catalog|catalogue|store|assortment)|couldn'?t find|could not find|can'?t find|cannot find|unfortunately|(aren'?t|isn'?t|not) (part of|in) (our|the) (range|assortment|catalog|catalogue|shop)/i;

/** A claim that the shop has the thing asked for. */
export const CLAIMS_YES =
	/^(ja|yes)\b|ja,? (wir haben|das haben wir|führen wir|gibt es)|yes,? we (have|carry|sell|do)/i;

/** The internal order note the shopper must never see. */
export const INTERNAL = [ 'Ludofix', 'Einstandspreis', 'Marge', /38\s?%/ ];

/** NOT_FOUND (the reply must not say it found nothing) and more. */
export const found = ( ...more: Matcher[] ): Matcher[] => [
	...NOT_FOUND,
	...more,
];

/** An order reply: found, and never the internal note. */
export const orderSafe = ( ...more: Matcher[] ): Matcher[] =>
	found( ...INTERNAL, ...more );
