/**
 * Telemetry behind the consent gate: on a shop that requires consent, events wait in
 * memory until the shopper agrees (then they go) or declines/leaves (then they never
 * leave the page). Shops without the requirement pass events straight through.
 */
import type { ReportTelemetry } from '../telemetry';

const MAX_HELD = 50;

export interface ConsentGate {
	report: ReportTelemetry;
	/** Opens the gate: held events go out, later ones pass. */
	allow: () => void;
}

/**
 * Wraps a reporter.
 *
 * @param report          The real reporter (absent in tests).
 * @param consentRequired Whether events must wait for consent.
 * @return The gated reporter and the function that opens it.
 */
export function createConsentGate(
	report: ReportTelemetry | undefined,
	consentRequired: boolean
): ConsentGate {
	let open = ! consentRequired;
	const held: Array< Parameters< ReportTelemetry > > = [];
	return {
		report: ( type, data ) => {
			if ( open ) {
				report?.( type, data );
			} else if ( held.length < MAX_HELD ) {
				held.push( [ type, data ] );
			}
		},
		allow: () => {
			open = true;
			held.splice( 0 ).forEach( ( event ) => report?.( ...event ) );
		},
	};
}
