import { analyze } from './analysis';
import { topicOfConversation } from './embedded-conversation';
import type { ResponderInput } from './responder';

/** A follow-up after one earlier shopper message. */
function followUp( earlier: string, text: string ): string | null {
	const input: ResponderInput = {
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
	return topicOfConversation(
		input,
		analyze( text, { locale: input.locale, earlier: [ earlier ] } )
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
