/**
 * Contact facts read from a shop's pages: phone numbers, e-mail addresses, postal addresses
 * and opening-hours lines, in German and English notation. Stored per site with the page
 * they came from, so "what is your phone number?" is answered with the number itself and
 * its source rather than with whichever passage happens to rank first.
 */
import type { Passage } from './text';

export type ContactFactKind = 'phone' | 'email' | 'address' | 'hours';

export interface ContactFact {
	kind: ContactFactKind;
	/** The fact itself: "+49 30 123456", "info@example.com", "Hauptstraße 5, 10115 Berlin", "Mo–Fr 9–18 Uhr". */
	value: string;
	/** The passage heading it was found under (for context and the answer's wording). */
	heading: string;
	/** The passage's anchor on its page. */
	anchor: string | null;
}

const EMAIL =
	/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}])(?:\+|\()?\d[\d\s/().–-]{4,}\d/gu;
const PHONE_WORDS =
	/\b(?:tel|telefon|telephone|phone|fon|hotline|call|anrufen|mobil|mobile|handy|whatsapp|rufnummer)\b/i;
const FAX_WORDS = /\b(?:fax|telefax)\b/i;

function digitCount( text: string ): number {
	return ( text.match( /\d/g ) ?? [] ).length;
}

/** Headings of contact sections: there a national number ("030 1234567") needs no "Tel:". */
const CONTACT_HEADING =
	/\b(?:kontakt\w*|contact|erreichen|reach|hotline|kundenservice|kundendienst|customer service|support|get in touch)\b/i;

/** A national number as written on contact pages: leading 0 or area code in brackets. */
const NATIONAL_NUMBER = /^(?:0|\(0?\d)/;

function phonesIn( line: string, underContactHeading: boolean ): string[] {
	const found: string[] = [];
	for ( const match of line.matchAll( PHONE_CANDIDATE ) ) {
		const number = match[ 0 ].trim().replace( /[\s(/.–-]+$/, '' );
		const digits = digitCount( number );
		if ( digits < 6 || digits > 15 ) {
			continue;
		}
		const before = line.slice(
			Math.max( 0, ( match.index ?? 0 ) - 30 ),
			match.index
		);
		if (
			FAX_WORDS.test( before ) &&
			! PHONE_WORDS.test( before.replace( /.*\bfax\b/i, '' ) )
		) {
			continue;
		}
		const international = /^(?:\+|00)/.test( number );
		const nationalInContactSection =
			underContactHeading &&
			NATIONAL_NUMBER.test( number ) &&
			! /[€$£%]/.test( line );
		if (
			international ||
			nationalInContactSection ||
			PHONE_WORDS.test( before ) ||
			PHONE_WORDS.test( line )
		) {
			found.push( number );
		}
	}
	return found;
}

const DAY =
	'(?:mo(?:ntag)?|di(?:enstag)?|mi(?:ttwoch)?|do(?:nnerstag)?|fr(?:eitag)?|sa(?:mstag)?|so(?:nntag)?|sonnabend|werktags|feiertags?|' +
	'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekdays?|weekends?|holidays?)';
/** A day name, full or abbreviated; an abbreviation must be followed by punctuation or a range dash. */
const DAY_IN_LINE = new RegExp(
	`(?:^|[\\s(,;])${ DAY }(?:\\.|:|,|\\s*[–-]|\\s+(?:bis|to|through|und|and|&)\\s|\\s*$|\\s+\\d)`,
	'iu'
);
const FULL_DAY =
	/\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays|werktags)\b/i;
/** A time or a range of hours; a bare range ("9-5") only counts beside a day name (isHoursLine). */
const TIME =
	/\b\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:[–-]|bis|to|until)\s*\d{1,2}\b/i;
const CLOSED = /\b(?:geschlossen|closed|ruhetag)\b/i;

function isHoursLine( line: string ): boolean {
	if ( line.length > 160 ) {
		return false;
	}
	const day = DAY_IN_LINE.test( ` ${ line }` ) || FULL_DAY.test( line );
	return day && ( TIME.test( line ) || CLOSED.test( line ) );
}

const STREET =
	/(?:\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|markt)\s*\d+\s*\p{L}?\b|\b(?:straße|strasse|weg|platz|allee)\s+\d+|\b\d+[a-z]?\s+(?:[\p{L}'.-]+\s+){1,4}(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|way|drive|dr\.?|square|place|boulevard|blvd\.?)(?=\W|$))/iu;
const POSTCODE_CITY =
	/(?:\b(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b)/u;
const ADDRESS_WORDS =
	/\b(?:adresse|anschrift|address|standort|besuchen sie uns|visit us|location)\b/i;

/** Drops a short leading label ("Our store:", "Anschrift:") from a line. */
function withoutLabel( line: string ): string {
	return line.replace( /^\s*[\p{L}\s]{1,30}:\s+(?=\S)/u, '' );
}

function clean( line: string ): string {
	return line
		.replace( /^[\s*•·-]+/, '' )
		.replace( /\s+/g, ' ' )
		.trim();
}

/** Postal addresses: a street line followed by (or holding) a postcode and town. */
function addressesIn( lines: string[] ): string[] {
	const found: string[] = [];
	lines.forEach( ( line, index ) => {
		if ( ! POSTCODE_CITY.test( line ) ) {
			return;
		}
		if ( STREET.test( line ) ) {
			found.push(
				clean(
					withoutLabel( line ).replace(
						/^.*?(?:adresse|anschrift|address|visit us|besuchen sie uns)\s*:\s*/i,
						''
					)
				)
			);
			return;
		}
		const previous = lines[ index - 1 ];
		if (
			previous &&
			( STREET.test( previous ) || ADDRESS_WORDS.test( previous ) ) &&
			previous.length < 120
		) {
			const street = clean(
				withoutLabel( previous ).replace(
					/^.*?(?:adresse|anschrift|address)\s*:?\s*/i,
					''
				)
			);
			found.push(
				street ? `${ street }, ${ clean( line ) }` : clean( line )
			);
		}
	} );
	return found;
}

/** Every contact fact of a page's passages, each once per kind and value. */
export function extractContactFacts( passages: Passage[] ): ContactFact[] {
	const facts: ContactFact[] = [];
	const seen = new Set< string >();
	const add = ( kind: ContactFactKind, value: string, passage: Passage ) => {
		const key = `${ kind }:${ value.toLowerCase() }`;
		if ( value && ! seen.has( key ) ) {
			seen.add( key );
			facts.push( {
				kind,
				value,
				heading: passage.heading,
				anchor: passage.anchor,
			} );
		}
	};
	for ( const passage of passages ) {
		const lines = passage.body
			.split( '\n' )
			.map( ( line ) => line.trim() )
			.filter( Boolean );
		for ( const line of lines ) {
			for ( const email of line.match( EMAIL ) ?? [] ) {
				add( 'email', email, passage );
			}
			for ( const phone of phonesIn(
				line.replace( EMAIL, ' ' ),
				CONTACT_HEADING.test( passage.heading )
			) ) {
				add( 'phone', phone, passage );
			}
			if ( isHoursLine( line ) ) {
				add( 'hours', clean( line ), passage );
			}
		}
		for ( const address of addressesIn( lines ) ) {
			add( 'address', address, passage );
		}
	}
	return facts;
}
