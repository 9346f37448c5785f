/**
 * The embedded responder's conversation turns: the page-aware greeting, the handoff to a
 * person (asking for an e-mail, then passing the question on), the reply when nothing
 * answers, and the topic a follow-up goes on with.
 */
import { productCard } from './cards';
import type { CatalogRetrieval } from './embedded-catalog';
import {
	handoffAction,
	pageActions,
	productActions,
	text,
} from './embedded-actions';
import {
	analyze,
	conceptsOf,
	contentWords,
	findEmail,
	signalsOf,
	type Analysis,
} from './analysis';
import { askedFigure, ASKING_WORDS, type FigureKind } from './evidence';
import { countriesNamed } from './places';
import { topicOnlyInProductWords } from './product-naming';
import type { Lang, Messages } from './messages';
import type {
	AssistantTools,
	ResponderChunk,
	ResponderInput,
} from './responder';

/** A message of at most this many meaning-bearing words may be a follow-up about the last product. */
export const FOLLOW_UP_WORDS = 5;

/** A message going on with the last one: "and to the UK?", "und wenn …", "what about …". */
const FOLLOW_UP_START =
	/^\s*(and|und|also|what about|how about|und was ist mit|was ist mit|und wenn|and if|or|oder|auch)\b/i;

/**
 * The shopper's last message, when this one goes on from it: it starts with "and", "und",
 * "what about" … or is short. Null otherwise.
 * @param input
 * @param analysis
 */
function followedUpMessage(
	input: ResponderInput,
	analysis: Analysis
): string | null {
	const goesOn =
		FOLLOW_UP_START.test( analysis.searchText ) ||
		contentWords( analysis.searchText ).length <= FOLLOW_UP_WORDS;
	const last = input.history.filter( ( x ) => x.role === 'shopper' ).at( -1 );
	return goesOn && last ? last.text : null;
}

/**
 * The question a signal-less follow-up carries on from the shopper's last message: "how
 * much is the Rupelrath set with the black handle?" … "and in olive wood?" asks the price
 * again, of the option it names. The analysis with the earlier price or stock question
 * added; the analysis itself when the message asks something of its own, is no follow-up,
 * or the earlier message asked neither.
 * @param input
 * @param analysis
 */
export function withEarlierIntent(
	input: ResponderInput,
	analysis: Analysis
): Analysis {
	const last = followedUpMessage( input, analysis );
	if ( analysis.signals.size > 0 || last === null ) {
		return analysis;
	}
	const earlier = [
		...analyze( last, { locale: input.locale } ).signals,
	].filter( ( signal ) => signal === 'price' || signal === 'stock' );
	return earlier.length > 0
		? { ...analysis, signals: new Set( earlier ) }
		: analysis;
}

/**
 * The topic words of the shopper's last message ("delivery"), when it asked about a topic
 * of the shop's pages (shipping, returns, contact) and this message goes on with it: "How
 * much is delivery in Ireland?" … "and to the UK?". A follow-up starts with "and", "und",
 * "what about" … or is short. Null otherwise.
 * @param input
 * @param analysis
 */
export function topicOfConversation(
	input: ResponderInput,
	analysis: Analysis
): string | null {
	const last = followedUpMessage( input, analysis );
	if ( last === null ) {
		return null;
	}
	const before = analyze( last, { locale: input.locale } );
	if ( topicOnlyInProductWords( before.searchText ) ) {
		return null;
	}
	// What it was about, not what it asked: "und was kostet das?" asks a price, whatever
	// the last message asked ("Wie lange dauert die Lieferung?").
	const names = ( word: string ) => {
		const wordSignals = signalsOf( word );
		return wordSignals.has( 'policy' ) || wordSignals.has( 'contact' );
	};
	// "… to Germany?" … "and to the US?": the new country stands in for the old one.
	const newPlace = countriesNamed( analysis.searchText ).length > 0;
	const about = contentWords( before.searchText ).filter(
		( word ) =>
			! ASKING_WORDS.has( word ) &&
			! ( newPlace && countriesNamed( word ).length > 0 ) &&
			( names( word ) || signalsOf( word ).size === 0 ) &&
			! askedFigure( word )
	);
	if ( ! about.some( names ) ) {
		return null;
	}
	// "What does shipping to Germany cost?" … "and to Switzerland?" asks the cost again; "…
	// und gibt es Zoll?" asks something of its own.
	const figure = askedFigure( before.searchText );
	const onlyElsewhere = contentWords( analysis.searchText ).every(
		( word ) =>
			ASKING_WORDS.has( word ) ||
			countriesNamed( word ).length > 0 ||
			( signalsOf( word ).size === 0 && conceptsOf( word ).length === 0 )
	);
	return figure && onlyElsewhere && ! askedFigure( analysis.searchText )
		? [ ...about, ASKED_AGAIN[ figure ][ before.lang ] ].join( ' ' )
		: about.join( ' ' );
}

/**
 * Words that ask for a kind of figure and name nothing ("how much", not "cost"), for a
 * follow-up that asks it again by leaving it out: the passage is still chosen by its topic.
 */
const ASKED_AGAIN: Record< FigureKind, Record< Lang, string > > = {
	money: { en: 'how much', de: 'wie viel' },
	duration: { en: 'how long', de: 'wie lange' },
	time: { en: 'what time', de: 'uhrzeit' },
};

/**
 * Conversation turns over the shop's tools, one per embedded responder.
 * @param tools
 * @param catalog
 * @param catalog.moneyStyle
 */
export function createConversationTurns(
	tools: AssistantTools,
	{ moneyStyle }: Pick< CatalogRetrieval, 'moneyStyle' >
) {
	async function* handoffFlow(
		input: ResponderInput,
		m: Messages
	): AsyncGenerator< ResponderChunk > {
		const email = findEmail( input.text );
		if ( ! email || ! tools.requestHandoff ) {
			yield text( m.handoffAsk );
			yield { type: 'handoff', handoff: { state: 'collectingEmail' } };
			return;
		}
		const question =
			[ ...input.history ]
				.reverse()
				.find( ( x ) => x.role === 'shopper' && ! findEmail( x.text ) )
				?.text ?? input.text;
		await tools.requestHandoff( {
			organizationId: input.organizationId,
			siteId: input.siteId,
			conversationId: input.conversationId,
			email,
			question,
		} );
		yield text( m.handoffDone( email ) );
		yield { type: 'handoff', handoff: { state: 'requested' } };
	}

	/** The greeting, aware of the page: on a product page it names the product and offers its actions. */
	async function* welcome(
		input: ResponderInput,
		m: Messages,
		lang: Lang
	): AsyncGenerator< ResponderChunk > {
		const page = input.pageContext;
		const onPage =
			page?.productId && tools.getProduct
				? await tools.getProduct(
						input.organizationId,
						input.siteId,
						page.productId
					)
				: null;
		if ( onPage ) {
			yield text( m.greetingOnProduct( onPage.product.name ) );
			yield {
				type: 'products',
				products: [
					productCard(
						onPage,
						await moneyStyle( input ),
						null,
						lang
					),
				],
			};
			yield {
				type: 'quickActions',
				actions: [
					...productActions( onPage, null, m ).filter(
						( a ) => a.kind !== 'handoff'
					),
					{
						id: `compare-${ onPage.product.externalId }`,
						label: m.actionCompare,
						kind: 'message',
						message: m.actionCompareMessage( onPage.product.name ),
					},
				],
			};
			return;
		}
		yield text( m.greeting );
		const actions = pageActions( page?.pageType ?? 'other', m );
		if ( actions ) {
			yield { type: 'quickActions', actions };
		}
	}

	function* unknown( m: Messages ): Generator< ResponderChunk > {
		yield text( m.unknown );
		yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
	}

	return { handoffFlow, welcome, unknown };
}
