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
		searchQueries( question ).map( ( query ) =>
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
		contactSentences( kind, passages, question )
			.slice( 0, kind === 'hours' ? 3 : 1 )
			.map( ( { sentence, passage } ) => ( {
				kind,
				sentence,
				page: passage.title,
				url: passage.url,
			} ) )
	);
}

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
		const frame =
			quoteLang && quoteLang !== lang
				? m.fromPageOtherLanguage( passage.title )
				: m.fromPage( passage.title );
		yield text( `${ frame }\n\n${ passage.quote }` );
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
		yield text( `${ frame }\n\n${ quoted.join( '\n' ) }` );
		for ( const [ url, title ] of sources ) {
			yield { type: 'source', source: { title, url } };
		}
		return true;
	}

	return { pagePassages, quotePassage, contactAnswer };
}
