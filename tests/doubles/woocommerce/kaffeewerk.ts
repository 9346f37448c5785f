/**
 * Kaffeewerk, the fixed German eval shop (coffee and espresso equipment): built ONCE from
 * seed 1907 by `npx tsx tests/doubles/woocommerce/kaffeewerk.ts --write` and stored in
 * kaffeewerk.json, so the frozen questions (tests/eval/frozen/) keep matching it even when
 * the generator in coffee-shop.ts changes. Never rebuild the JSON to make a question pass.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCoffeeShop, type CoffeeShop } from './coffee-shop';

const SNAPSHOT = path.join( __dirname, 'kaffeewerk.json' );
export const KAFFEEWERK_SEED = 1907;

type Stored = Omit< CoffeeShop, 'variations' | 'notes' | 'details' > & {
	variations: Array< [ number, unknown[] ] >;
	notes: Array< [ number, unknown[] ] >;
	details: Array< [ number, string ] >;
};

export function loadKaffeewerk(): CoffeeShop {
	const stored = JSON.parse( readFileSync( SNAPSHOT, 'utf8' ) ) as Stored;
	return {
		...stored,
		variations: new Map( stored.variations ) as CoffeeShop[ 'variations' ],
		notes: new Map( stored.notes ) as CoffeeShop[ 'notes' ],
		details: new Map( stored.details ),
	};
}

function writeSnapshot(): void {
	const shop = buildCoffeeShop( {
		seed: KAFFEEWERK_SEED,
		lang: 'de',
		products: 132,
		orders: 14,
		name: 'Kaffeewerk',
		storeUrl: 'https://kaffeewerk.example',
	} );
	const stored: Stored = {
		...shop,
		variations: [ ...shop.variations.entries() ],
		notes: [ ...shop.notes.entries() ],
		details: [ ...shop.details.entries() ],
	};
	writeFileSync( SNAPSHOT, `${ JSON.stringify( stored, null, 1 ) }\n` );
}

if ( require.main === module && process.argv.includes( '--write' ) ) {
	writeSnapshot();
}
