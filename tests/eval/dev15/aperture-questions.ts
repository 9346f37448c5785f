/**
 * Shared pieces of the Aperture & Grain dev set (tests/eval/dev15): pound amounts in the
 * shop's form and the German one (the same forms as Loom & Lantern's euro, "1,249.00" /
 * "1.249,00"), what a stock reply must say, what a reply about a missing product or an
 * unanswered question must say, and grams, centimetres and kilograms as a reply may write
 * them.
 */
export {
	backorder,
	delivered,
	eur as gbp,
	inStock,
	NOT_KNOWN,
	NOT_SOLD,
	soldOut,
} from '../dev9/loom-lantern-questions';
export { numberedQuestions } from '../question-kit';

/**
 * A measure with its unit as the shop writes it ("1.6 kg"), without the space, and with a
 * decimal comma as a German reply writes it ("1,6 kg").
 * @param value the number as the shop writes it
 * @param unit  its unit
 */
export function measure( value: string, unit: string ): string[] {
	const german = value.replace( '.', ',' );
	return [
		...new Set( [
			`${ value } ${ unit }`,
			`${ value }${ unit }`,
			`${ german } ${ unit }`,
			`${ german }${ unit }`,
		] ),
	];
}
