/**
 * Saltmarsh Apothecary dev set: prices (sale prices included) and comparisons, in English
 * and German. Written blind from the shop's data.
 */
import type { EvalQuestion } from '../types';
import { eur, q } from './saltmarsh-kit';

export const PRICES: EvalQuestion[] = [
	q( 'price-1', 'price', 'en', 'how much is the turf fire soap', [
		eur( '7.50' ),
	] ),
	q( 'price-2', 'price', 'en', 'price of the Rosehip facial oil?', [
		eur( '21.00' ),
	] ),
	q( 'price-3', 'price', 'de', 'Was kostet die Carrageen Moss Day Cream?', [
		eur( '29.50' ),
	] ),
	q(
		'price-4',
		'price',
		'en',
		'whats the ultrasonic aroma diffuser cost',
		[ eur( '59.00' ) ],
		[ eur( '49.00' ) ]
	),
	q(
		'price-5',
		'price',
		'de',
		'Wie teuer ist der Pamper Hamper Deluxe? Ist der gerade reduziert?',
		[ eur( '75.00' ), /89|angebot|reduziert|statt|rabatt|sale|ja\b/i ]
	),
	q( 'price-6', 'price', 'en', 'How much is the hen party soap workshop', [
		eur( '420.00' ),
	] ),
	q( 'price-7', 'price', 'de', 'Preis für die Rose Clay Seife bitte', [
		eur( '5.95' ),
	] ),
	q( 'price-8', 'price', 'de', 'Was kostet der Bamboo Bath Caddy?', [
		eur( '39.00' ),
	] ),
	q( 'price-9', 'price', 'en', "how much for the men's grooming set?", [
		eur( '42.00' ),
	] ),
	q(
		'price-10',
		'price',
		'en',
		'How much is the 1 litre body wash refill?',
		[ eur( '29.00' ) ],
		[ eur( '34.00' ), eur( '32.00' ) ]
	),
	q( 'price-11', 'price', 'de', 'Preis vom Muddy Paws Hundeshampoo?', [
		eur( '9.00' ),
	] ),
	q( 'price-12', 'price', 'en', 'cost of the christmas spice wax melts', [
		eur( '6.00' ),
	] ),
	q(
		'price-13',
		'price',
		'en',
		'What does the Burren Bloom night cream cost?',
		[ eur( '34.00' ) ]
	),
	q( 'price-14', 'price', 'de', 'Wie viel kostet der Gentle Cleansing Balm', [
		eur( '27.00' ),
	] ),
	q( 'price-15', 'price', 'en', 'how much was the advent calendar', [
		eur( '79.00' ),
	] ),
	q( 'price-16', 'price', 'de', 'Was kostet das Room Service Pillow Mist?', [
		eur( '16.00' ),
	] ),
	// Comparisons
	q(
		'compare-1',
		'compare',
		'en',
		"difference between the wild nettle and the carrageen shampoo bars? I've curly hair",
		[ /oily|greasy|fettig/i, /dry|curl|trocken|lockig/i ]
	),
	q(
		'compare-2',
		'compare',
		'de',
		'Was ist der Unterschied zwischen der Pure Castile Soap und der Calendula Baby Soap?',
		[ /olive|oliven/i, /calendula|ringelblume/i ]
	),
	q(
		'compare-3',
		'compare',
		'en',
		'which is cheaper, the small shipping forecast candle or the turf fire candle',
		[ eur( '19.00' ), eur( '26.00' ) ]
	),
	q(
		'compare-4',
		'compare',
		'en',
		'seaweed serum 15ml vs 30ml - which is better value?',
		[ eur( '24.00' ), eur( '38.00' ) ]
	),
	q(
		'compare-5',
		'compare',
		'de',
		'Was ist besser für fettige Haut, die Carrageen Moss Day Cream oder das Hyaluronic Hydration Gel?',
		[ /hyaluronic|gel/i ]
	),
	q(
		'compare-6',
		'compare',
		'en',
		'night cream or day cream, which one has the bakuchiol in it',
		[ /burren|night cream/i, /bakuchiol/i ]
	),
	q(
		'compare-7',
		'compare',
		'en',
		'whats the difference between the lemongrass deodorant and the unscented sensitive one',
		[ /bicarb|natron|baking soda/i ]
	),
	q(
		'compare-8',
		'compare',
		'de',
		'Soap Sampler Box oder Candle & Soap Duo – was ist günstiger?',
		[ eur( '18.00' ), eur( '32.00' ) ]
	),
];
