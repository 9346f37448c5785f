/**
 * Evidence of the shop's contact details: which detail a question asks for (phone, e-mail,
 * opening hours, address, in both languages) and the page sentences that state it,
 * verbatim. Split from evidence-passages.ts.
 */
import { unicodeBoundaries, contentWords } from './analysis';
import { overlap, sentences } from './evidence-words';
import type { Passage } from './evidence-passages';

export type ContactKind = 'phone' | 'email' | 'hours' | 'address';

const CONTACT_PATTERNS: Record< ContactKind, RegExp > = {
	// International, national with a leading 0, or North American ("(503) 555-0142").
	phone: /(?:\+|\b0)\d[\d ()/.-]{5,}\d|\(\d{3}\)\s?\d{3}[ .-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b/,
	email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/,
	// A time of day ("9:00", "18 Uhr", "9 am"), or a weekday said to be closed.
	hours: /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(uhr|am|pm)\b|\b(closed|geschlossen)\b/i,
	// German ("Hafenstraße 47", "80331 München") and English notation ("1127 SE Alder
	// Street", "Portland, OR 97214", "London SW1A 1AA").
	address:
		/\b\d{4,5}\s+\p{Lu}\p{L}+|\b[\p{L}-]+(straße|strasse|str\.|weg|platz|allee|gasse|street|st\.|road|avenue|lane|-Straße|-Strasse|-Str\.|-Weg|-Platz|-Allee|-Gasse)\s*\d+|\b\p{Lu}\p{L}+\s(Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse)\s*\d+|\b\d{1,5}\s+(?:[\p{Lu}][\p{L}.]*\s+){1,4}(?:[Ss]treet|[Ss]t\.|[Rr]oad|[Rr]d\.|[Aa]venue|[Aa]ve\.|[Ll]ane|[Bb]oulevard|[Bb]lvd\.?|[Dd]rive|[Ww]ay|[Pp]lace|[Ss]quare|[Qq]uay|[Rr]ow|[Tt]errace)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b[A-Z]\d{2}\s?[A-Z\d]{4}\b/u,
};

/** Which contact detail a question asks for, if any (both languages). */
export function askedContactKinds( question: string ): ContactKind[] {
	const kinds: ContactKind[] = [];
	const q = question.toLowerCase();
	if (
		unicodeBoundaries(
			/\b(phone|call|telephone|ring|number|telefon\w*|anrufen|nummer|hotline|whatsapp|sms|text message|signal|telegram)\b/
		).test( q )
	) {
		kinds.push( 'phone' );
	}
	if (
		unicodeBoundaries(
			/\b(e-?mails?|mails?|write to you|schreiben)\b/
		).test( q )
	) {
		kinds.push( 'email' );
	}
	if (
		unicodeBoundaries(
			/\b(hours|open|opening|closed|times|öffnungszeiten|geöffnet|offen|geschlossen|wann|when (can|could|do|should) (i|we) (call|phone|ring|reach|visit|come)|when are you)\b/
		).test( q )
	) {
		kinds.push( 'hours' );
	}
	if (
		unicodeBoundaries(
			/\b(address|where are you|located|location|visit|find you|where('s| is) (your|the) (store|shop|showroom|office|workshop)|adresse|anschrift|wo (seid|sind|finde|ist|is)|besuchen|standort|laden|geschäft)\b/
		).test( q )
	) {
		kinds.push( 'address' );
	}
	return kinds;
}

/**
 * Sentences of the passages that state a contact detail of this kind, verbatim, with their
 * page; the sentences naming one of the question's words (a weekday) first.
 */
export function contactSentences(
	kind: ContactKind,
	passages: Passage[],
	question = ''
): Array< { sentence: string; passage: Passage } > {
	const found: Array< { sentence: string; passage: Passage } > = [];
	for ( const passage of passages ) {
		const lines = sentences( passage.body );
		for ( let i = 0; i < lines.length; i++ ) {
			if ( ! CONTACT_PATTERNS[ kind ].test( lines[ i ]! ) ) {
				continue;
			}
			// An address is written over lines ("Neckarauer Straße 112" / "68199
			// Mannheim"): the lines that continue it belong to the one quote.
			let sentence = lines[ i ]!;
			while (
				kind === 'address' &&
				i + 1 < lines.length &&
				CONTACT_PATTERNS.address.test( lines[ i + 1 ]! )
			) {
				sentence = `${ sentence }, ${ lines[ ++i ] }`;
			}
			found.push( { sentence, passage } );
		}
	}
	const asked = contentWords( question );
	return found
		.map( ( entry, index ) => ( {
			entry,
			index,
			named:
				overlap( asked, entry.sentence ) +
				detailEvidence( kind, entry ),
		} ) )
		.sort( ( a, b ) => b.named - a.named || a.index - b.index )
		.map( ( x ) => x.entry );
}

/** Weekdays, their short forms in a range ("Mo–Fr", "Mon-Sat"), in both languages. */
const WEEKDAY = unicodeBoundaries(
	/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend|werktags|(mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\.?\s*[–-]\s*(mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\b)/i
);

/** A page about the shop itself: contact, opening hours, a visit. */
const ABOUT_THE_SHOP = unicodeBoundaries(
	/\b(contact|kontakt|opening|öffnungszeit\w*|hours|visit|besuch\w*|laden|store|shop|showroom|impressum|about|über uns)\b/i
);

/**
 * What marks a line as the detail itself beyond its kind's pattern: opening hours name a
 * weekday ("bis 15 Uhr bestellt" on the shipping page is a cut-off, "Dienstag bis Freitag
 * 10–18:30 Uhr" the hours); an address holds a house number or postcode ("2218 SE Division
 * Street, Portland, OR 97202", not "Street parking on Division").
 */
const DETAIL_MARKS: Partial< Record< ContactKind, RegExp > > = {
	hours: WEEKDAY,
	address: /\d{3,}/,
};

/**
 * How much a line looks like the asked detail beyond its pattern: its kind's mark, and a
 * page about the shop (contact, opening hours, a visit). 0 for kinds without a mark.
 * @param kind
 * @param entry
 * @param entry.sentence
 * @param entry.passage
 */
function detailEvidence(
	kind: ContactKind,
	entry: { sentence: string; passage: Passage }
): number {
	const mark = DETAIL_MARKS[ kind ];
	if ( ! mark ) {
		return 0;
	}
	const onShopPage = ABOUT_THE_SHOP.test(
		`${ entry.passage.title } ${ entry.passage.heading }`
	);
	return ( mark.test( entry.sentence ) ? 1 : 0 ) + ( onShopPage ? 1 : 0 );
}
