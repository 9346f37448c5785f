/**
 * Klangraum's loudspeakers and amplifiers (klangraum.ts): the families of the categories
 * Lautsprecher and Verstärker with their specifications, the one fact each product states
 * only in its long description, and their variations (colour, pair or single speaker),
 * stored as data in klangraum-speakers-families.json (read by familiesFrom).
 */
import path from 'node:path';
import { between, chNumber, familiesFrom } from './klangraum-kit';

export const { SPEAKERS, AMPLIFIERS } = familiesFrom(
	path.join( __dirname, 'klangraum-speakers-families.json' ),
	[ 'SPEAKERS', 'AMPLIFIERS' ],
	{
		// The headphone amplifier's power: milliwatts from 1'000 up are grouped the Swiss way.
		kva: ( r ) => [
			'Leistung',
			`${ chNumber( between( r, 300, 2000, 100 ) ) } mW an 32 Ohm`,
		],
	}
);
