/**
 * The Twilio double the browser journeys run against (playwright.config.ts starts it as a
 * second web server and points the sidecar at it). Journeys read the codes the sidecar
 * texted through Twilio's own message list API, as an operator would in Twilio's console.
 * Test-only credentials: the double accepts nothing else.
 */
import { expect } from '@playwright/test';

export const TWILIO_E2E = {
	port: 3109,
	url: 'http://127.0.0.1:3109',
	accountSid: 'AC0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e',
	authToken: 'e2e-twilio-double-token-0000',
	from: '+15005550006',
};

/** The newest texts to `to`, newest first, from the double's message list. */
async function messagesTo( to: string ): Promise< Array< { body: string } > > {
	const response = await fetch(
		`${ TWILIO_E2E.url }/2010-04-01/Accounts/${ TWILIO_E2E.accountSid }/Messages.json?To=${ encodeURIComponent( to ) }`,
		{
			headers: {
				authorization: `Basic ${ Buffer.from(
					`${ TWILIO_E2E.accountSid }:${ TWILIO_E2E.authToken }`
				).toString( 'base64' ) }`,
			},
		}
	);
	expect( response.status ).toBe( 200 );
	return (
		( await response.json() ) as { messages: Array< { body: string } > }
	 ).messages;
}

/** How many texts `to` has received so far. */
export async function smsCount( to: string ): Promise< number > {
	return ( await messagesTo( to ) ).length;
}

/**
 * The code in the first text to `to` after `before` texts, waiting for it to arrive.
 * @param to
 * @param before
 */
export async function nextSmsCode(
	to: string,
	before: number
): Promise< string > {
	let body = '';
	await expect
		.poll( async () => {
			const messages = await messagesTo( to );
			body = messages.length > before ? messages[ 0 ]!.body : '';
			return body;
		} )
		.toMatch( /^\d{6} is your OmniOps verification code/ );
	return body.slice( 0, 6 );
}
