/**
 * Runs the Twilio double as its own process for the browser journeys (playwright.config.ts
 * starts it beside the sidecar). Port and credentials come from the environment so the
 * sidecar and the journeys agree on them; journeys read sent codes through Twilio's list API.
 */
import { startTwilioDouble } from './server';

async function main(): Promise< void > {
	const double = await startTwilioDouble( {
		port: Number( process.env.TWILIO_DOUBLE_PORT ?? 0 ),
		accountSid: process.env.TWILIO_DOUBLE_ACCOUNT_SID,
		authToken: process.env.TWILIO_DOUBLE_AUTH_TOKEN,
	} );
	process.stdout.write( `Twilio double on ${ double.url }\n` );
	const stop = () => {
		double.close().then( () => process.exit( 0 ) );
	};
	process.on( 'SIGTERM', stop );
	process.on( 'SIGINT', stop );
}

main().catch( ( error: unknown ) => {
	process.stderr.write( `${ String( error ) }\n` );
	process.exit( 1 );
} );
