/**
 * Kaffeewerk, the fixed German eval shop (coffee and espresso equipment): built ONCE from
 * seed 1907 by `npx tsx tests/doubles/woocommerce/kaffeewerk.ts --write` and stored in
 * kaffeewerk.json, so the frozen questions (tests/eval/frozen/) keep matching it even when
 * the generator in coffee-shop.ts changes. Never rebuild the JSON to make a question pass.
 */
import path from 'node:path';
import { storedShop } from './shop-kit';
import { buildCoffeeShop, type CoffeeShop } from './coffee-shop';

const SNAPSHOT = path.join( __dirname, 'kaffeewerk.json' );
export const KAFFEEWERK_SEED = 1907;

/** Builds the shop from its seed (only `--write` stores it). */
export function buildKaffeewerk(): CoffeeShop {
	return buildCoffeeShop( {
		seed: KAFFEEWERK_SEED,
		lang: 'de',
		products: 132,
		orders: 14,
		name: 'Kaffeewerk',
		storeUrl: 'https://kaffeewerk.example',
	} );
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadKaffeewerk = storedShop( SNAPSHOT, buildKaffeewerk, module );
