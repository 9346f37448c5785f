/**
 * The frozen set and the shop it was written for must stay byte for byte as they were frozen
 * (commit 3b92658). If this fails, someone edited them: revert the edit. Only a factually
 * wrong expectation may be corrected, in its own commit that explains it and updates the
 * digest here (docs/eval.md, "The frozen rule").
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FROZEN: Record< string, string > = {
	'tests/eval/frozen/kaffeewerk-frozen.ts':
		'1ec6223ca311b1fd4443073b3e7a7ca0cf4f958f37cfb8a4fb11100c9023005c',
	'tests/doubles/woocommerce/kaffeewerk.json':
		'a2315529c9b9f197cde3df36daf6859a2ebc6bf4cbaa07effd4ee77e3acdd57a',
};

it.each( Object.entries( FROZEN ) )(
	'%s is unchanged since it was frozen',
	( file, digest ) => {
		const bytes = readFileSync(
			path.join( __dirname, '..', '..', '..', file )
		);
		expect( createHash( 'sha256' ).update( bytes ).digest( 'hex' ) ).toBe(
			digest
		);
	}
);
