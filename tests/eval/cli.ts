/**
 * `npm run eval`: every eval set on SQLite (EVAL_DIALECT=postgres for PostgreSQL), printed
 * per set, per class and per language:
 * - Lumen Outfitters, the original English clothing set;
 * - Kaffeewerk (German coffee equipment): the dev set and the FROZEN set, separately;
 * - Cairn & Crest (English outdoor gear shop in US dollars): its dev set (tests/eval/dev2),
 *   about a third of it asked in German;
 * - Beet & Spaten (German garden and tool shop in euro): its dev set (tests/eval/dev3),
 *   about a third of it asked in English;
 * - Whisker & Wag (English pet supplies shop in pounds, Harrogate): its dev set
 *   (tests/eval/dev4), about a third of it asked in German;
 * - Speiche & Kette (German bicycle shop in Graz, euro): its dev set (tests/eval/dev5),
 *   about a third of it asked in English;
 * - generated paraphrases over 5 seeds (new seeds each run; OMNIOPS_EVAL_SEED=<n> repeats
 *   a run), as min / median / max per class.
 * `--verbose` lists every miss of the Lumen, dev, dev2, dev3, dev4, dev5 and generated sets; frozen
 * misses are only counted (the frozen questions are not for the eyes of whoever tunes the
 * responder), unless `--show-frozen` is given. `--set <name>` (repeatable: lumen,
 * kaffeewerk, cairncrest, beetspaten, whiskerwag, speichekette, generated) runs only the named shops.
 */
import { loadApertureGrain } from '../doubles/woocommerce/aperture-grain';
import { loadBeetSpaten } from '../doubles/woocommerce/beetspaten';
import { loadBlattwerk } from '../doubles/woocommerce/blattwerk';
import { loadCairnCrest } from '../doubles/woocommerce/cairncrest';
import { loadCopperCast } from '../doubles/woocommerce/copper-cast';
import { loadFermentary } from '../doubles/woocommerce/fermentary';
import { loadInkwellQuire } from '../doubles/woocommerce/inkwell-quire';
import { loadKaffeewerk } from '../doubles/woocommerce/kaffeewerk';
import type { CoffeeShop } from '../doubles/woocommerce/coffee-shop';
import { loadKlangraum } from '../doubles/woocommerce/klangraum';
import { loadLoomLantern } from '../doubles/woocommerce/loom-lantern';
import { loadSaltmarsh } from '../doubles/woocommerce/saltmarsh';
import { loadSchaerfwerk } from '../doubles/woocommerce/schaerfwerk';
import { loadSpeicheKette } from '../doubles/woocommerce/speiche-kette';
import { loadSpielwerk } from '../doubles/woocommerce/spielwerk';
import { loadTeekontor } from '../doubles/woocommerce/teekontor';
import { loadWhiskerWag } from '../doubles/woocommerce/whiskerwag';
import { loadWollknaeuel } from '../doubles/woocommerce/wollknaeuel';
import type { TestDialect } from '../support/sidecar-harness';
import { KAFFEEWERK_DEV } from './dev/kaffeewerk-dev';
import { CAIRNCREST_DEV } from './dev2/cairncrest-dev';
import { BEETSPATEN_DEV } from './dev3/beetspaten-dev';
import { WHISKERWAG_DEV } from './dev4/whiskerwag-dev';
import { SPEICHE_KETTE_DEV } from './dev5/speiche-kette-dev';
import { COPPER_CAST_DEV } from './dev6/copper-cast-dev';
import { KLANGRAUM_DEV } from './dev7/klangraum-dev';
import { BLATTWERK_DEV } from './dev8/blattwerk-dev';
import { LOOM_LANTERN_DEV } from './dev9/loom-lantern-dev';
import { INKWELL_QUIRE_DEV } from './dev10/inkwell-quire-dev';
import { WOLLKNAEUEL_DEV } from './dev11/wollknaeuel-dev';
import { SPIELWERK_DEV } from './dev12/spielwerk-dev';
import { SALTMARSH_DEV } from './dev13/saltmarsh-dev';
import { TEEKONTOR_DEV } from './dev14/teekontor-dev';
import { APERTURE_DEV } from './dev15/aperture-dev';
import { SCHAERFWERK_DEV } from './dev16/schaerfwerk-dev';
import { FERMENTARY_DEV } from './dev17/fermentary-dev';
import { KAFFEEWERK_FROZEN } from './frozen/kaffeewerk-frozen';
import { baseSeed, seedsFrom } from './generated/paraphrases';
import { printGeneratedSeeds } from './generated/spread';
import { formatReport, runCoffeeShopEval, runEval } from './run-eval';
import type { EvalQuestion } from './types';

async function main(): Promise< void > {
	const verbose = process.argv.includes( '--verbose' );
	const showFrozen = process.argv.includes( '--show-frozen' );
	const dialect: TestDialect =
		process.env.EVAL_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
	const sets = process.argv.flatMap( ( arg, i ) =>
		arg === '--set' ? [ process.argv[ i + 1 ] ?? '' ] : []
	);
	const unknownSet = sets.find( ( name ) => ! SETS.includes( name ) );
	if ( unknownSet !== undefined ) {
		throw new Error(
			`unknown --set ${ unknownSet }; one of ${ SETS.join( ', ' ) }`
		);
	}
	const wanted = ( name: string ) => ! sets.length || sets.includes( name );
	console.log( `dialect ${ dialect }\n` );
	if ( wanted( 'lumen' ) ) {
		console.log( formatReport( await runEval( dialect ), verbose ), '\n' );
	}
	if ( wanted( 'kaffeewerk' ) ) {
		await kaffeewerk( dialect, verbose, showFrozen );
	}
	for ( const shop of DEV_SHOPS.filter( ( entry ) =>
		wanted( entry.name )
	) ) {
		const [ report ] = await runCoffeeShopEval(
			shop.load(),
			[ { label: shop.label, questions: shop.questions } ],
			dialect
		);
		console.log( formatReport( report!, verbose && ! shop.blind ), '\n' );
	}
	if ( wanted( 'generated' ) ) {
		await generated( dialect, verbose );
	}
}

/** The shops written after the responder (one dev set each), in the order they were added. */
const DEV_SHOPS: Array< {
	name: string;
	label: string;
	load: () => CoffeeShop;
	questions: readonly EvalQuestion[];
	/** Not yet read by whoever tunes the responder: figures only, even with --verbose. */
	blind?: boolean;
} > = [
	{
		name: 'cairncrest',
		label: 'Cairn & Crest DEV set',
		load: loadCairnCrest,
		questions: CAIRNCREST_DEV,
	},
	{
		name: 'beetspaten',
		label: 'Beet & Spaten DEV set',
		load: loadBeetSpaten,
		questions: BEETSPATEN_DEV,
	},
	{
		name: 'whiskerwag',
		label: 'Whisker & Wag DEV set',
		load: loadWhiskerWag,
		questions: WHISKERWAG_DEV,
	},
	{
		name: 'speichekette',
		label: 'Speiche & Kette DEV set',
		load: loadSpeicheKette,
		questions: SPEICHE_KETTE_DEV,
	},
	{
		name: 'coppercast',
		label: 'Copper & Cast DEV set',
		load: loadCopperCast,
		questions: COPPER_CAST_DEV,
	},
	{
		name: 'klangraum',
		label: 'Klangraum DEV set',
		load: loadKlangraum,
		questions: KLANGRAUM_DEV,
	},
	{
		name: 'blattwerk',
		label: 'Blattwerk DEV set',
		load: loadBlattwerk,
		questions: BLATTWERK_DEV,
	},
	{
		name: 'loomlantern',
		label: 'Loom & Lantern DEV set',
		load: loadLoomLantern,
		questions: LOOM_LANTERN_DEV,
	},
	{
		name: 'wollknaeuel',
		label: 'Wollknäuel DEV set',
		load: loadWollknaeuel,
		questions: WOLLKNAEUEL_DEV,
		blind: true,
	},
	{
		name: 'inkwell',
		label: 'Inkwell & Quire DEV set',
		load: loadInkwellQuire,
		questions: INKWELL_QUIRE_DEV,
		blind: true,
	},
	{
		name: 'spielwerk',
		label: 'Spielwerk DEV set',
		load: loadSpielwerk,
		questions: SPIELWERK_DEV,
		blind: true,
	},
	{
		name: 'saltmarsh',
		label: 'Saltmarsh Apothecary DEV set',
		load: loadSaltmarsh,
		questions: SALTMARSH_DEV,
		blind: true,
	},
	{
		name: 'teekontor',
		label: 'Teekontor Alster DEV set',
		load: loadTeekontor,
		questions: TEEKONTOR_DEV,
	},
	{
		name: 'aperture',
		label: 'Aperture & Grain DEV set',
		load: loadApertureGrain,
		questions: APERTURE_DEV,
	},
	{
		name: 'schaerfwerk',
		label: 'Schärfwerk Solingen DEV set',
		load: loadSchaerfwerk,
		questions: SCHAERFWERK_DEV,
	},
	{
		name: 'fermentary',
		label: 'Fermentary Supply Co. DEV set',
		load: loadFermentary,
		questions: FERMENTARY_DEV,
		blind: true,
	},
];

const SETS = [
	'lumen',
	'kaffeewerk',
	...DEV_SHOPS.map( ( shop ) => shop.name ),
	'generated',
];

async function kaffeewerk(
	dialect: TestDialect,
	verbose: boolean,
	showFrozen: boolean
): Promise< void > {
	const [ dev, frozen ] = await runCoffeeShopEval(
		loadKaffeewerk(),
		[
			{ label: 'Kaffeewerk DEV set', questions: KAFFEEWERK_DEV },
			{ label: 'Kaffeewerk FROZEN set', questions: KAFFEEWERK_FROZEN },
		],
		dialect
	);
	console.log( formatReport( dev!, verbose ), '\n' );
	console.log( formatReport( frozen!, showFrozen ), '\n' );
}

async function generated(
	dialect: TestDialect,
	verbose: boolean
): Promise< void > {
	const base = baseSeed();
	console.log(
		`paraphrase base seed ${ base } (repeat with OMNIOPS_EVAL_SEED=${ base })`
	);
	await printGeneratedSeeds( seedsFrom( base ), verbose, dialect );
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
