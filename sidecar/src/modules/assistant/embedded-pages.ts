/**
 * The embedded responder's page answers: page passages for a question (shared with the LLM
 * responders' search_pages tool), the shop's contact details verbatim, and a passage quoted
 * in the answer's language with its page as the source.
 */
import { guessLanguage, searchQueries, type Analysis } from './analysis';
import { handoffAction, text } from './embedded-actions';
import { countriesNotIn } from './places';
import {
	askedContactKinds,
	conceptPhrases,
	figuresInShort,
	contactSentences,
	rankPassages,
	wordsNotIn,
	type ContactKind,
	type RankedPassage,
} from './evidence';
import { messages, type Lang } from './messages';
import type {
	AssistantTools,
	ResponderChunk,
	ResponderInput,
} from './responder';

/** What a contact detail is searched by, in both languages (a page need not say "contact"). */
/** Passages searched per contact kind. */
const CONTACT_PASSAGES = 12;

const CONTACT_QUERIES: Record< ContactKind, string > = {
	phone: 'telefon phone call anrufen hotline kontakt contact kundenservice',
	email: 'email mail schreiben write kontakt contact kundenservice',
	hours: 'öffnungszeiten opening hours geöffnet open montag monday samstag saturday uhr geschlossen closed',
	address:
		'adresse address anschrift ladengeschäft laden store shop workshop werkstatt filiale standort impressum imprint besuchen visit',
};

/**
 * Page passages for a question: one content search per concept it names (so a question in
 * one language reaches pages in the other), merged and ranked by evidence.ts. Shared with
 * the LLM responders' search_pages tool.
 * @param tools
 * @param input
 * @param question
 */
export async function searchPages(
	tools: Pick< AssistantTools, 'searchContent' >,
	input: Pick< ResponderInput, 'organizationId' | 'siteId' >,
	question: string
): Promise< RankedPassage[] > {
	const results = await Promise.all(
		// "pick it up" searches for collection too, as "send it back" for returns.
		searchQueries(
			question,
			conceptPhrases( question ).map( ( [ form ] ) => form )
		).map( ( query ) =>
			tools.searchContent( input.organizationId, input.siteId, query, 8 )
		)
	);
	const seen = new Set< string >();
	const hits = results.flat().filter( ( hit ) => {
		const key = `${ hit.url }#${ hit.heading }#${ hit.body.length }`;
		if ( seen.has( key ) ) {
			return false;
		}
		seen.add( key );
		return true;
	} );
	return rankPassages( question, hits );
}

/**
 * The shop's sentences stating each asked contact detail, verbatim with their page: one
 * focused search per kind with both languages' words (a page need not say "contact").
 * Opening hours take several lines (weekdays, Saturday, closed days), the rest one.
 * @param tools
 * @param input
 * @param kinds
 * @param question
 */
export async function contactDetails(
	tools: Pick< AssistantTools, 'searchContent' >,
	input: Pick< ResponderInput, 'organizationId' | 'siteId' >,
	kinds: ContactKind[],
	question = ''
): Promise<
	Array< { kind: ContactKind; sentence: string; page: string; url: string } >
> {
	const results = await Promise.all(
		kinds.map( ( kind ) =>
			tools.searchContent(
				input.organizationId,
				input.siteId,
				CONTACT_QUERIES[ kind ],
				// Generous: on a shop's pages "shop" or "open" is everywhere, and the
				// passage that holds the address may rank below many that say it.
				CONTACT_PASSAGES
			)
		)
	);
	const passages = results.flat();
	return kinds.flatMap( ( kind ) =>
		openingHoursOrFirst(
			kind,
			contactSentences( kind, passages, question ),
			question
		).map( ( { sentence, passage } ) => ( {
			kind,
			sentence,
			page: passage.title,
			url: passage.url,
		} ) )
	);
}

/** A week of opening hours: the most lines quoted for them. */
const HOURS_LINES = 8;

/**
 * The sentences to quote of a contact kind: for opening hours, every hours line of the page
 * section that states them best (a week's list, so Saturday is not cut off), else the first.
 * @param kind
 * @param found contactSentences' result, best first
 */
function openingHoursOrFirst<
	T extends { sentence: string; passage: { url: string; heading: string } },
>( kind: ContactKind, found: T[], question: string ): T[] {
	if ( kind !== 'hours' || found.length === 0 ) {
		return found.slice( 0, 1 );
	}
	const [ best ] = found;
	const sameSection = found.filter(
		( entry ) =>
			entry.passage.url === best!.passage.url &&
			entry.passage.heading === best!.passage.heading
	);
	if ( sameSection.length < 2 ) {
		return found.slice( 0, 3 );
	}
	// "am Samstag", "on Saturday": the lines naming that day, in either language.
	const days = WEEKDAYS.filter( ( forms ) => namesDay( question, forms ) );
	const onThatDay = sameSection.filter( ( entry ) =>
		days.some( ( forms ) => namesDay( entry.sentence, forms ) )
	);
	return ( onThatDay.length > 0 ? onThatDay : sameSection ).slice(
		0,
		HOURS_LINES
	);
}

/** The weekdays in both languages, with their short forms. */
const WEEKDAYS: string[][] = [
	[ 'monday', 'montag', 'mon', 'mo' ],
	[ 'tuesday', 'dienstag', 'tue', 'di' ],
	[ 'wednesday', 'mittwoch', 'wed', 'mi' ],
	[ 'thursday', 'donnerstag', 'thu', 'do' ],
	[ 'friday', 'freitag', 'fri', 'fr' ],
	[
		'saturday',
		'samstag',
		'sonnabend',
		'samstags',
		'saturdays',
		'sat',
		'sa',
	],
	[ 'sunday', 'sonntag', 'sonntags', 'sundays', 'sun', 'so' ],
];

/**
 * Whether a text names a weekday by one of its forms; a short form only capitalised ("Sa",
 * "Do"), so "so" and "do" are not days.
 * @param said
 * @param forms
 */
function namesDay( said: string, forms: string[] ): boolean {
	return ( said.match( /\p{L}+/gu ) ?? [] ).some( ( word ) =>
		forms.some( ( form ) =>
			form.length <= 3
				? word === form[ 0 ]!.toUpperCase() + form.slice( 1 )
				: word.toLowerCase() === form
		)
	);
}

/** A particular day the shopper asks about: a date ("am 26. Dezember", "on 24 December") or a holiday. */
const PARTICULAR_DAY =
	/\b(\d{1,2}\.?\s*(jan\w*|jän\w*|feb\w*|mär\w*|mar\w*|apr\w*|mai|may|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|oct\w*|nov\w*|dez\w*|dec\w*)|(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s+\d{1,2}(st|nd|rd|th)?|\d{1,2}\.\d{1,2}\.|feiertag\w*|holiday\w*|bank holiday|heiligabend|weihnacht\w*|christmas|silvester|new year\w*|neujahr|ostern|easter|pfingst\w*|whitsun|stephanstag|boxing day)\b/iu;

/**
 * Page answers over the shop's content search, one per embedded responder.
 * @param tools
 */
export function createPageAnswers( tools: AssistantTools ) {
	const pagePassages = ( input: ResponderInput, question: string ) =>
		searchPages( tools, input, question );

	/**
	 * A page's sentences framed in the answer's language; the frame says when the page is in
	 * the other one, and when it does not name a country the question asks about ("Versand
	 * nach Polen?" on a page listing Germany and Austria): then a person is offered.
	 * @param passage
	 * @param lang
	 * @param question
	 * @param productNames the names of the products found for the question
	 */
	function* quotePassage(
		passage: RankedPassage,
		lang: Lang,
		question = '',
		productNames: string[] = []
	): Generator< ResponderChunk > {
		const m = messages( lang );
		const places = countriesNotIn(
			question,
			`${ passage.title } ${ passage.heading } ${ passage.body }`
		);
		const unnamed =
			places.length > 0
				? places
				: wordsNotIn( question, passage, productNames ).map( m.quoted );
		if ( unnamed.length > 0 ) {
			yield text(
				`${ m.pageNotNaming( passage.title, unnamed.join( ', ' ) ) }\n\n${ passage.quote }\n\n${ m.askPerson }`
			);
			yield {
				type: 'source',
				source: { title: passage.title, url: passage.url },
			};
			yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
			return;
		}
		const quoteLang = guessLanguage( passage.quote );
		const otherLanguage = quoteLang !== null && quoteLang !== lang;
		const frame = otherLanguage
			? m.fromPageOtherLanguage( passage.title )
			: m.fromPage( passage.title );
		// A quote in the other language: its figures said again in the shopper's ("30 days").
		const inShort = figuresInShort( passage.quote, question, lang );
		yield text(
			`${ frame }\n\n${ passage.quote }${ inShort ? `\n\n${ inShort }` : '' }`
		);
		yield {
			type: 'source',
			source: { title: passage.title, url: passage.url },
		};
	}

	/** Phone, e-mail, hours or address: the shop's sentence that states it, with its page. */
	async function* contactAnswer(
		input: ResponderInput,
		analysis: Analysis
	): AsyncGenerator< ResponderChunk, boolean > {
		const kinds = askedContactKinds( analysis.searchText );
		if ( kinds.length === 0 ) {
			return false;
		}
		const quoted: string[] = [];
		const sources = new Map< string, string >();
		for ( const detail of await contactDetails(
			tools,
			input,
			kinds,
			analysis.searchText
		) ) {
			if ( ! quoted.includes( detail.sentence ) ) {
				quoted.push( detail.sentence );
				sources.set( detail.url, detail.page );
			}
		}
		if ( quoted.length === 0 ) {
			return false;
		}
		const m = messages( analysis.lang );
		const [ firstTitle ] = [ ...sources.values() ];
		const quoteLang = guessLanguage( quoted.join( ' ' ) );
		const frame =
			quoteLang && quoteLang !== analysis.lang
				? m.fromPageOtherLanguage( firstTitle! )
				: m.fromPage( firstTitle! );
		// "Habt ihr am 26. Dezember offen?": the regular hours do not say whether a holiday
		// is one; unless a quoted line names that day, say so and offer a person.
		const day = PARTICULAR_DAY.exec( analysis.searchText )?.[ 0 ];
		const dayUnknown =
			kinds.includes( 'hours' ) &&
			day !== undefined &&
			! quoted.some( ( line ) => PARTICULAR_DAY.test( line ) );
		yield text(
			`${ frame }\n\n${ quoted.join( '\n' ) }${ dayUnknown ? `\n\n${ m.dayNotListed( day ) }` : '' }`
		);
		for ( const [ url, title ] of sources ) {
			yield { type: 'source', source: { title, url } };
		}
		if ( dayUnknown ) {
			yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
		}
		return true;
	}

	return { pagePassages, quotePassage, contactAnswer };
}
