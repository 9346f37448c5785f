import { analyze } from './analysis';
import {
	topicOfConversation,
	withEarlierIntent,
} from './embedded-conversation';
import type { ResponderInput } from './responder';

/** The responder's input for a message after one earlier shopper message. */
function inputAfter( earlier: string, text: string ): ResponderInput {
	return {
		organizationId: 'org',
		siteId: 'site',
		conversationId: 'conversation',
		text,
		locale: 'en_US',
		pageContext: null,
		history: [
			{ role: 'shopper', text: earlier },
			{ role: 'assistant', text: 'DHL Paket: 4,90 €.' },
		],
	};
}

/** The message analysed as the responder does, with the earlier one. */
const analysisAfter = ( earlier: string, text: string ) =>
	analyze( text, { locale: 'en_US', earlier: [ earlier ] } );

/** A follow-up after one earlier shopper message. */
function followUp( earlier: string, text: string ): string | null {
	return topicOfConversation(
		inputAfter( earlier, text ),
		analysisAfter( earlier, text )
	);
}

describe( 'topicOfConversation', () => {
	it( 'goes on with the topic of the last question', () => {
		expect(
			followUp( 'How much is delivery to Germany?', 'and to the UK?' )
		).toContain( 'delivery' );
		expect(
			followUp( 'Is the Vela Sarnen in stock?', 'and to the UK?' )
		).toBeNull();
	} );

	it( 'asks the same kind of figure again when the follow-up only names another place', () => {
		const topic = followUp(
			'What does shipping within Germany cost?',
			'and to Switzerland?'
		);
		expect( topic ).toContain( 'shipping' );
		expect( topic ).toContain( 'how much' );
		expect(
			followUp(
				'Wie lange dauert der Versand nach Österreich?',
				'und in die Schweiz?'
			)
		).toContain( 'wie lange' );
	} );

	it( 'does not carry the figure into a follow-up that asks something of its own', () => {
		expect(
			followUp(
				'Wie lange dauert der Versand in die Schweiz?',
				'und gibt es Zoll?'
			)
		).not.toContain( 'wie lange' );
		expect(
			followUp(
				'What does shipping to Austria cost?',
				'and how long does it take?'
			)
		).not.toContain( 'how much' );
	} );
} );

describe( 'withEarlierIntent', () => {
	const signalsAfter = ( earlier: string, text: string ) => [
		...withEarlierIntent(
			inputAfter( earlier, text ),
			analysisAfter( earlier, text )
		).signals,
	];

	it( 'asks the price again when a follow-up only names an option', () => {
		expect(
			signalsAfter(
				'how much is the Rupelrath knife set with the black handle?',
				'and in olive wood?'
			)
		).toEqual( [ 'price' ] );
	} );

	it( 'keeps a follow-up that asks something of its own, or follows no price or stock question', () => {
		expect(
			signalsAfter(
				'how much is the Rupelrath knife set?',
				'is it in stock?'
			)
		).toEqual( [ 'stock' ] );
		expect(
			signalsAfter(
				'Tell me about the Rupelrath knife set',
				'and in olive wood?'
			)
		).toEqual( [] );
	} );
} );
