/**
 * The embedded responder: no API key, no network beyond the shop. Four steps (ADR 0019):
 * analysis (analysis.ts: language, entities, signals) → retrieval (products and page
 * passages, in parallel) → the question type decided from the signals AND what was found
 * (a product named in the question beats a policy word in its name; "how much does X
 * weigh" is a specification) → an answer composed from the shop's own data (evidence.ts,
 * cards.ts), framed in the shopper's language (messages.ts). It never states a price or
 * stock level the data does not hold; when the evidence is missing or weak it says so and
 * offers a person.
 */
import {
	createMemoryLimiterFactory,
	type LimiterFactory,
} from '../../platform/rate-limit';
import type { ProductMatch } from '../commerce/service';
import { analyze, type Analysis } from './analysis';
import { noProducts, text } from './embedded-actions';
import {
	createCatalogRetrieval,
	limitsQuantity,
	productQuery,
} from './embedded-catalog';
import { createComparisons } from './embedded-compare';
import {
	createConversationTurns,
	topicOfConversation,
	withEarlierIntent,
} from './embedded-conversation';
import {
	askedForEmail,
	askedForOrder,
	createOrderFlow,
} from './embedded-orders';
import { createPageAnswers } from './embedded-pages';
import { BROWSING_NAME_SHARE, createProductNaming } from './embedded-naming';
import { createProductAnswers } from './embedded-products';
import { passageNamesMore, type RankedPassage } from './evidence';
import { serviceOnPage, topicWordsInName } from './page-or-product';
import { missingFromCatalog, nameTheShopLacks } from './product-absence';
import { MESSAGES, messages } from './messages';
import {
	bestNamed,
	contradictsName,
	nameStrength,
	nameVariations,
	namesOnlyAKind,
	topicOnlyInProductWords,
} from './product-naming';
import {
	byQualities,
	holdsMostOf,
	qualified,
	withoutRuledOut,
} from './product-qualities';
import type {
	AssistantTools,
	Responder,
	ResponderChunk,
	ResponderInput,
} from './responder';

export { ORDER_LOOKUP_LIMITS, orderLookupLimiters } from './embedded-orders';
export { contactDetails, searchPages } from './embedded-pages';

/** A passage must cover at least this share of the question's meaning-bearing words to be quoted. */
export const MIN_COVERAGE = 0.5;

/** A passage holding this much of the question answers it even when it looked like a product search. */
const STRONG_COVERAGE = 0.8;

/** The English catalog, kept under its old name for callers and tests that compare replies. */
export const EMBEDDED_REPLIES = MESSAGES.en;

export interface EmbeddedResponderOptions {
	/** Rate limits (order lookups); in memory when absent. */
	limits?: LimiterFactory;
}

export function createEmbeddedResponder(
	tools: AssistantTools,
	options: EmbeddedResponderOptions = {}
): Responder {
	const catalog = createCatalogRetrieval( tools );
	const { searchCatalog, searchWordAlone } = catalog;
	const { productAnswer, listAnswer, needAnswer } =
		createProductAnswers( catalog );
	const { compareAnswer } = createComparisons( catalog );
	const { pagePassages, quotePassage, contactAnswer } =
		createPageAnswers( tools );
	const { orderFlow } = createOrderFlow(
		tools,
		options.limits ?? createMemoryLimiterFactory()
	);
	const { handoffFlow, welcome, unknown } = createConversationTurns(
		tools,
		catalog
	);
	const { productAskedAbout, handoffWordsNameAProduct, otherOfSameKind } =
		createProductNaming( catalog );

	/**
	 * A page passage instead of "the product information doesn't say": "do your gift cards
	 * expire?" names the gift card, and the gift-card page answers. Only a passage that
	 * covers the question and names something of it the product's own text does not ("how
	 * long does the battery of the X last?" asks the X's runtime, not the battery warranty).
	 * @param analysis
	 * @param passages the pages' passages for the question
	 * @param match    the product the question seemed to be about
	 */
	async function* pageAnswerInstead(
		analysis: Analysis,
		passages: Promise< RankedPassage[] >,
		match: ProductMatch
	): AsyncGenerator< ResponderChunk, boolean > {
		const [ best ] = await passages;
		const { product } = match;
		const ownText = [
			product.name,
			product.description,
			...product.attributes.flatMap( ( a ) => [ a.name, ...a.options ] ),
		];
		if (
			! best ||
			best.coverage < MIN_COVERAGE ||
			! passageNamesMore( analysis.searchText, best, ownText )
		) {
			return false;
		}
		yield* quotePassage( best, analysis.lang, analysis.searchText, [
			product.name,
		] );
		return true;
	}

	async function* answerFromEvidence(
		input: ResponderInput,
		analysis: Analysis
	): AsyncGenerator< ResponderChunk > {
		const { signals } = analysis;
		// "something to keep my gecko warm": the products serving the need it states.
		if (
			( yield* compareAnswer( input, analysis ) ) ||
			( yield* needAnswer( input, analysis ) )
		) {
			return;
		}
		// "… and to the UK?" after a delivery question: pages searched with both messages.
		const earlierTopic = topicOfConversation( input, analysis );
		const pageQuestion = earlierTopic
			? `${ earlierTopic } ${ analysis.searchText }`
			: analysis.searchText;
		const topic =
			( ( signals.has( 'policy' ) || signals.has( 'contact' ) ) &&
				! topicOnlyInProductWords( analysis.searchText ) ) ||
			earlierTopic !== null;
		// Pages are searched alongside the catalog only when the question names a topic;
		// otherwise only when no product answers (saves a search on most product questions).
		const topicPassages = topic
			? pagePassages( input, pageQuestion )
			: null;
		topicPassages?.catch( () => undefined );
		// "… aber keinen Kräutertee": what the shopper rules out is never offered.
		const found = withoutRuledOut(
			await searchCatalog( input, analysis ),
			analysis.searchText
		);
		let questionPassages = topicPassages;
		const passagesOfQuestion = () =>
			( questionPassages ??= pagePassages( input, pageQuestion ) );
		const orFromPages = ( match: ProductMatch ) => () =>
			pageAnswerInstead( analysis, passagesOfQuestion(), match );
		// "… and the Stockport one?": the earlier question, asked of that product.
		const switched = topic
			? null
			: await otherOfSameKind( input, analysis, found );
		if ( switched ) {
			const asked = analyze( switched.question, {
				locale: input.locale,
			} );
			nameVariations( switched.match, asked.searchText );
			yield* productAnswer( input, asked, switched.match );
			return;
		}
		const product = await productAskedAbout(
			input,
			analysis,
			found,
			topic
		);
		const productAsk =
			signals.has( 'price' ) ||
			signals.has( 'stock' ) ||
			signals.has( 'spec' );
		if ( product ) {
			nameVariations( product, analysis.searchText );
		}
		// "Was kostet es, die Gartenschere schleifen zu lassen?" names a product and asks
		// the price of a job done to it: the page's price list answers.
		const [ topicPassage ] = topicPassages ? await topicPassages : [];
		const job =
			product && topicPassage && topicPassage.coverage >= MIN_COVERAGE
				? serviceOnPage( analysis, [ product ], topicPassage )
				: false;
		if (
			product &&
			! job &&
			( ! topic ||
				productAsk ||
				topicWordsInName( analysis.searchText, product ) )
		) {
			yield* productAnswer(
				input,
				// "… and in olive wood?" after a price question asks the price again.
				withEarlierIntent( input, analysis ),
				product,
				orFromPages( product )
			);
			return;
		}
		const passages = await passagesOfQuestion();
		const [ bestPassage ] = passages;
		const goodPassage =
			bestPassage && bestPassage.coverage >= MIN_COVERAGE
				? bestPassage
				: null;
		// A named product wins unless the question is about a topic a page answers.
		if ( product && ! goodPassage ) {
			yield* productAnswer( input, analysis, product );
			return;
		}
		if (
			signals.has( 'contact' ) &&
			( yield* contactAnswer( input, analysis ) )
		) {
			return;
		}
		if ( topic && goodPassage ) {
			yield* quotePassage(
				goodPassage,
				analysis.lang,
				analysis.searchText,
				found.map( ( match ) => match.product.name )
			);
			return;
		}
		// An arrangement the pages do not describe ("Do you price match?", "Was kostet der
		// Versand?" on a shop without a shipping page) gets no list of the products its
		// other words found, unless it browses for them or names one by a word that is no
		// topic word ("How much is the Guarantee Chew?").
		const namesOne = found.some( ( match ) => {
			const strength = nameStrength( match, analysis.searchText );
			return strength.share > 0 && strength.distinctive;
		} );
		if (
			topic &&
			! namesOne &&
			! signals.has( 'search' ) &&
			analysis.priceLimit === null &&
			! analysis.choosing
		) {
			yield* unknown( messages( analysis.lang ) );
			return;
		}
		const listy =
			signals.has( 'search' ) ||
			analysis.choosing ||
			analysis.onSale ||
			analysis.priceLimit !== null ||
			limitsQuantity( analysis ) ||
			productAsk;
		if ( found.length > 0 && ( listy || ! goodPassage ) ) {
			const fitting = bestNamed( found, analysis.searchText );
			// "a nonstick pan" found pans, none of them nonstick: the shop has no such thing.
			if (
				! (
					fitting &&
					nameStrength( fitting, analysis.searchText ).share >=
						BROWSING_NAME_SHARE
				) &&
				( missingFromCatalog( analysis.searchText, found ) ||
					// A word in the shop's own language only: the catalog may name the
					// thing in its language ("Hundeboxen" are the "Dog Crates").
					( input.locale.slice( 0, 2 ) === analysis.lang &&
						( await nameTheShopLacks(
							analysis.searchText,
							found,
							( word ) => searchWordAlone( input, word )
						) ) ) )
			) {
				yield* noProducts( analysis.lang );
				return;
			}
			// "Welche Wasserkocher sind reduziert?" lists what is on sale, unless it names one.
			const browsesSale =
				analysis.onSale &&
				! (
					fitting &&
					nameStrength( fitting, analysis.searchText ).share >=
						BROWSING_NAME_SHARE
				);
			if (
				productAsk &&
				! signals.has( 'search' ) &&
				! browsesSale &&
				analysis.priceLimit === null &&
				! limitsQuantity( analysis )
			) {
				const withQualities = qualified(
					found.filter(
						( match ) =>
							! contradictsName( match, analysis.searchText )
					),
					productQuery( analysis )
				);
				// "the cheapest black tea" chooses among a kind by price: a list, cheapest first.
				const namedOne =
					fitting &&
					analysis.priceOrder === null &&
					! namesOnlyAKind( fitting, found, analysis.searchText );
				// "Wie viel Rabatt bekomme ich im Tee-Abo?" finds teas, names none of them,
				// and the subscription page holds the question: the page answers.
				const holdsQuestion =
					goodPassage !== null &&
					goodPassage.coverage >= STRONG_COVERAGE &&
					passageNamesMore(
						analysis.searchText,
						goodPassage,
						found.map( ( match ) => match.product.name )
					);
				const pageHoldsIt =
					serviceOnPage( analysis, found, goodPassage ) ||
					holdsQuestion;
				if ( ! namedOne && goodPassage && pageHoldsIt ) {
					yield* quotePassage(
						goodPassage,
						analysis.lang,
						analysis.searchText,
						found.map( ( match ) => match.product.name )
					);
				} else if ( namedOne ) {
					nameVariations( fitting, analysis.searchText );
					yield* productAnswer(
						input,
						analysis,
						fitting,
						orFromPages( fitting )
					);
				} else if ( withQualities.length > 0 ) {
					// No product named, but some have what is asked ("something for
					// espresso made of steel"): those are the answer.
					yield* listAnswer( input, analysis, withQualities );
				} else if ( fitting ) {
					// A kind several products share ("How much is a tent?"): all of them.
					yield* listAnswer(
						input,
						analysis,
						found.filter(
							( match ) =>
								! contradictsName(
									match,
									analysis.searchText
								) &&
								nameStrength( match, analysis.searchText )
									.share > 0
						)
					);
				} else {
					yield* noProducts( analysis.lang );
				}
				return;
			}
			// Never list a product whose name the question contradicts; a question that
			// hunts no product lists only products holding most of what it asks ("coffee
			// tasting courses" are not coffee beans).
			const listed = found.filter(
				( match ) =>
					! contradictsName( match, analysis.searchText ) &&
					( listy || holdsMostOf( match, productQuery( analysis ) ) )
			);
			if ( listed.length === 0 ) {
				yield* noProducts( analysis.lang );
				return;
			}
			yield* listAnswer(
				input,
				analysis,
				byQualities( listed, productQuery( analysis ) )
			);
			return;
		}
		// A shopper looking for a product gets "no such product", not a page that shares a
		// word; a page that holds nearly all of the question answers it ("Gibt es
		// Parkplätze beim Laden?" asks for no product), and so does one that holds most of it
		// when the catalog has nothing of it and the question asks more than whether the shop
		// sells something ("Gibt es Rabatt, wenn ich per Vorkasse zahle?"; "Do you sell
		// spaceships?" is no shipping question).
		const asksMoreThanSearch = [ ...signals ].some(
			( signal ) => signal !== 'search'
		);
		if (
			goodPassage &&
			( ! signals.has( 'search' ) ||
				( found.length === 0 && asksMoreThanSearch ) ||
				goodPassage.coverage >= STRONG_COVERAGE )
		) {
			yield* quotePassage(
				goodPassage,
				analysis.lang,
				analysis.searchText,
				found.map( ( match ) => match.product.name )
			);
			return;
		}
		if ( signals.has( 'search' ) ) {
			yield* noProducts( analysis.lang );
			return;
		}
		yield* unknown( messages( analysis.lang ) );
	}

	/** What the assistant said last: a question for an e-mail or order details makes the next message its answer. */
	function lastAssistantText( input: ResponderInput ): string | undefined {
		return [ ...input.history ]
			.reverse()
			.find( ( x ) => x.role === 'assistant' )?.text;
	}

	return {
		name: 'embedded',
		async *respond(
			input: ResponderInput
		): AsyncGenerator< ResponderChunk > {
			const previous = lastAssistantText( input );
			const askedNow = askedForOrder( previous );
			const analysis = analyze( input.text, {
				locale: input.locale,
				earlier: input.history
					.filter( ( x ) => x.role === 'shopper' )
					.map( ( x ) => x.text ),
				askedForOrderNumber: askedNow,
			} );
			const m = messages( analysis.lang );
			const { signals } = analysis;
			if ( askedForEmail( previous ) && analysis.email ) {
				yield* handoffFlow( input, m );
				return;
			}
			if ( askedNow && ( analysis.email || analysis.orderNumber ) ) {
				yield* orderFlow( input, analysis, askedNow );
				return;
			}
			if ( signals.has( 'greeting' ) ) {
				yield* welcome( input, m, analysis.lang );
				return;
			}
			if ( signals.has( 'thanks' ) ) {
				yield text( m.thanks );
				return;
			}
			if (
				signals.has( 'handoff' ) &&
				! ( await handoffWordsNameAProduct( input, analysis ) )
			) {
				yield* handoffFlow( input, m );
				return;
			}
			signals.delete( 'handoff' );
			if ( signals.has( 'order' ) ) {
				yield* orderFlow( input, analysis, askedNow );
				return;
			}
			yield* answerFromEvidence( input, analysis );
		},
	};
}
