/**
 * How the Copper & Cast dev questions (copper-cast-*-set.json) write a dollar amount: the
 * shop's form and the German one. The questions themselves hold the forms written out;
 * copper-cast-consistency.test.ts keeps this helper as their reference.
 */

/** "46.95" → the shop's form and the German one ("46,95"); thousands in both orders. */
export function usd( amount: string ): string[] {
	const [ whole, cents ] = amount.split( '.' );
	const grouped = Number( whole ) >= 1000;
	const plain = grouped
		? whole!.replace( /\B(?=(\d{3})+(?!\d))/g, ',' )
		: whole!;
	return [
		`${ plain }.${ cents }`,
		`${ plain.replace( /,/g, '.' ) },${ cents }`,
		...( grouped ? [ plain, plain.replace( /,/g, '.' ) ] : [] ),
	];
}
