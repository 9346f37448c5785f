/**
 * How the Aperture & Grain dev questions (aperture-*-set.json) write a measure: the shop's
 * form and the ways a reply may write it. The questions themselves hold the forms written
 * out; aperture-consistency.test.ts keeps this helper as their reference.
 */

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
