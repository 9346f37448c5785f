/**
 * Klangraum dev questions about how to reach the shop: phone, e-mail, address, opening
 * hours of the Hörraum, parking and the way from the station.
 */
import { NOT_FOUND } from '../phrases';
import type { EvalQuestion } from '../types';
import { q } from './klangraum-kit';

export const CONTACT: EvalQuestion[] = [
	q(
		'kr-contact-01',
		'contact',
		'de',
		'Wie ist eure Telefonnummer? Ich ruf vom Natel aus an',
		[ [ '214 37 80', '2143780', '+41 52 214' ] ],
		NOT_FOUND
	),
	q(
		'kr-contact-02',
		'contact',
		'en',
		'What are your opening hours on Saturday?',
		[
			[ '9:00', '9 am', '9am', '9.00', '9 uhr' ],
			[ '16:00', '4 pm', '4pm', '16.00', '16 uhr' ],
		],
		NOT_FOUND
	),
	q(
		'kr-contact-03',
		'contact',
		'de',
		'Habt ihr am Montag offen?',
		[ [ 'geschlossen', 'nicht geöffnet', 'ruhetag' ] ],
		NOT_FOUND
	),
	q(
		'kr-contact-04',
		'contact',
		'en',
		'where is your shop? address pls',
		[ [ 'Technikumstrasse 38' ], [ '8400' ] ],
		NOT_FOUND
	),
	q(
		'kr-contact-05',
		'contact',
		'de',
		'Bis wann habt ihr am Donnerstag offen?',
		[ [ '20:00', '20 uhr', '20.00' ] ],
		NOT_FOUND
	),
	q(
		'kr-contact-06',
		'contact',
		'en',
		"what's your email address?",
		[ 'hallo@klangraum.example' ],
		NOT_FOUND
	),
	q(
		'kr-contact-07',
		'contact',
		'de',
		'Kann ich euch am Montag anrufen?',
		[ [ 'dienstag', 'di–fr', 'di-fr' ] ],
		NOT_FOUND
	),
	q(
		'kr-contact-08',
		'contact',
		'en',
		'Is there parking at the store?',
		[ [ 'courtyard', 'hof' ] ],
		NOT_FOUND
	),
	q(
		'kr-contact-09',
		'contact',
		'de',
		'merci! und wie weit ist es vom Bahnhof Winterthur zu euch?',
		[ [ 'fünf minuten', '5 minuten', 'zu fuss' ] ],
		NOT_FOUND
	),
	q(
		'kr-contact-10',
		'contact',
		'de',
		'Wann kann ich euch telefonisch erreichen?',
		[ /\b17\b|5\s?pm/i ],
		NOT_FOUND
	),
	q(
		'kr-contact-11',
		'contact',
		'de',
		'grüezi, wie lange habt ihr unter der Woche offen?',
		[ [ '18:30', '18.30' ] ],
		NOT_FOUND
	),
];
