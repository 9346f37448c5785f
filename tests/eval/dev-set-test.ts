/**
 * The test every hand-written dev set's shop runs (tests/eval/<shop>.test.ts): the set, asked
 * of the embedded responder on SQLite — or PostgreSQL with EVAL_DIALECT=postgres — must
 * invent no price and no stock level, cause no server error, and keep at least the floor.
 * Each shop's test file keeps its own floor and the history of how it was measured.
 */
import type { CoffeeShop } from '../doubles/woocommerce/coffee-shop';
import { formatReport, runCoffeeShopEval, type EvalReport } from './run-eval';
import type { EvalQuestion } from './types';

export interface DevSetTest {
	/** The shop's name as the report and the test title print it ('Beet & Spaten'). */
	name: string;
	load: () => CoffeeShop;
	questions: readonly EvalQuestion[];
	/** At least this many questions in the set. */
	minQuestions: number;
	/** The accuracy the set must keep (the first run's figure minus a small margin). */
	floor: number;
	timeoutMs?: number;
	/**
	 * Not yet read by whoever tunes the responder: the report prints figures only, never the
	 * questions it failed, so CI logs keep the set unseen.
	 */
	blind?: boolean;
	/**
	 * What this shop alone checks in the report besides the shared checks (Klangraum's franc
	 * amounts, which the shared scoring does not read as money).
	 */
	alsoExpect?: ( shop: CoffeeShop, report: EvalReport ) => void;
}

/** The dialect the eval runs on: EVAL_DIALECT=postgres, else SQLite. */
export const evalDialect =
	process.env.EVAL_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/**
 * The answers that state a price or a stock level the shop does not, as "id: prices …
 * stock …" (question ids and amounts only, so a frozen set's texts stay out of the log).
 * @param report
 */
export function inventedFacts( report: EvalReport ): string[] {
	return report.results
		.filter( ( r ) => r.inventedPrices.length || r.inventedStock.length )
		.map(
			( r ) =>
				`${ r.question.id }: prices ${ r.inventedPrices.join( ' ' ) } stock ${ r.inventedStock.join( ' ' ) }`
		);
}

export function devSetTest( set: DevSetTest ): void {
	it(
		`${ set.name } dev set on ${ evalDialect }: no invented prices or stock, accuracy at least the floor`,
		async () => {
			const shop = set.load();
			expect( shop.products.length ).toBeGreaterThanOrEqual( 120 );
			expect( set.questions.length ).toBeGreaterThanOrEqual(
				set.minQuestions
			);

			const [ dev ] = await runCoffeeShopEval(
				shop,
				[
					{
						label: `${ set.name } DEV set`,
						questions: set.questions,
					},
				],
				evalDialect
			);
			console.log( formatReport( dev!, ! set.blind ) );

			// The runner knows prices, order totals and the amounts that pages and product
			// descriptions state (knownFacts, which reads £ and &pound;); anything else is
			// invented.
			expect( inventedFacts( dev! ) ).toEqual( [] );
			set.alsoExpect?.( shop, dev! );
			expect( dev!.errors ).toBe( 0 );
			expect( dev!.accuracy ).toBeGreaterThanOrEqual( set.floor );
		},
		set.timeoutMs ?? 180_000
	);
}
