/**
 * Needs a shopper names instead of a product: "got anything to keep my leopard gecko
 * warm?", "something to raise the humidity for my calathea?", "Womit poliere ich meine
 * Kupfertöpfe?". The question says what the product must do, not what it is called; the
 * products that do it say so in their own data (a "Heat Mat" tagged "Heating", a
 * "Sprühflasche" tagged "Luftfeuchtigkeit", a "Copper Polish Cream"). Each need lists the
 * words that state it (either language) and the words of a product serving it (either
 * language) in its name, categories, tags or attributes. Generic on purpose: what a product does,
 * never the names of one shop's products. A need no product serves changes nothing.
 */
import { fold, formLines } from '../../platform/text';
import type { ProductMatch } from '../commerce/service';
import { beginsCompound, contentWords, sameWord } from './analysis';
import { askedWords, foldedWords } from './product-naming';

interface Need {
	/** Words (or phrases, matched as written) that state the need. */
	says: string[];
	/** Words of a product serving it, in its name, categories, tags or attributes. */
	serving: string[];
	/** The same as the search index spells them (not folded: "wärme"). */
	searched: string[];
}

/**
 * One need per line: the words stating it " = " the words of a serving product. Lower
 * case; folded forms are derived.
 */
const NEEDS_TEXT = `
warm, warmth, keep warm, warm up, heat up, wärmen, warmhalten, aufwärmen, erwärmen, beheizen = heat, heating, heater, heated, wärme, heizung, heizen, heizmatte, wärmematte, wärmelampe, heizlüfter, heizstab
cooling, chill, kühlen, kühlung, abkühlen = cooling, cooler, kühlung, kühler, kühlbox, kühlakku, ventilator
humidity, humid, air moisture, luftfeuchtigkeit, luftfeuchte, feuchtigkeit = humidity, humidifier, mister, luftfeuchtigkeit, luftbefeuchter, befeuchter, sprühflasche, sprüher, zerstäuber
sharpen, sharpening, blunt, schärfen, nachschärfen, schleifen, stumpf = sharpening, sharpener, whetstone, honing, schleifstein, wetzstein, wetzstahl, messerschärfer, schärfer
polish, polishing, shine, polieren, aufpolieren = polish, polishing, politur, polierpaste, poliermittel
descale, descaling, limescale, entkalken, verkalkt = descaler, descaling, entkalker, entkalkung
repair, mend, puncture, reparieren, flicken = repair, patch, flickzeug, reparatur, reparaturset, flicken
brew, brewing, steep, steeping, aufbrühen, aufgießen = infuser, strainer, teesieb, teefilter, teenetz, dripper, handfilter, french press, stempelkanne
filming, vlog, vlogging, youtube, filmen, videos drehen = video, videolicht, videoleuchte
digitise, digitize, digitising, digitizing, digitalisieren, einscannen, scannen = scanning, scanner, scan, scanadapter, filmscanner
`;

const NEEDS: Need[] = formLines( NEEDS_TEXT ).map( ( [ says, serving ] ) => ( {
	says: says.map( fold ),
	serving: serving.map( fold ),
	searched: serving,
} ) );

/**
 * A question that asks for a thing to do something with ("something to …", "got anything
 * to …", "Womit …", "a good tea for …"), not how to do it or what a named product does.
 */
const WANTS_A_THING =
	/\b(?:something|anything|stuff|what (?:do|should|can|could|would) (?:i|we) (?:use|need|get|buy)|what do you (?:recommend|suggest)|recommend|suggest|good \p{L}+ (?:for|when)|womit|etwas|irgendwas|was (?:für|zum|gegen|bei)|was (?:brauche|nehme|benutze|empfehlt|empfehlen)|habt ihr (?:da )?was|gibt es (?:da )?was|gut\p{L}* \p{L}+ (?:für|bei|gegen))\b/iu;

/** The needs a question states, when it asks for a thing to meet them. */
export function needsOf( question: string ): Need[] {
	if ( ! WANTS_A_THING.test( question ) ) {
		return [];
	}
	const asked = foldedWords( question );
	const folded = ` ${ asked.join( ' ' ) } `;
	const phrase = ` ${ contentWords( question ).map( fold ).join( ' ' ) } `;
	const whole = ` ${ question.toLowerCase().replace( /[^\p{L}\p{N}]+/gu, ' ' ) } `;
	return NEEDS.filter( ( need ) =>
		need.says.some( ( form ) =>
			form.includes( ' ' )
				? whole.includes( ` ${ form } ` ) ||
					folded.includes( ` ${ form } ` ) ||
					phrase.includes( ` ${ form } ` )
				: asked.some( ( word ) => sameWord( word, form ) )
		)
	);
}

/** Whether a product word is a serving word or a compound of it ("Wärmematte", "Heizmatte"). */
function holdsForm( productWords: string[], forms: string[] ): boolean {
	return productWords.some( ( word ) =>
		forms.some(
			( form ) =>
				sameWord( word, form ) ||
				( form.length >= 5 &&
					word.length > form.length &&
					beginsCompound( word, form ) )
		)
	);
}

/**
 * How plainly the product does what one of the needs asks: 3 when its name holds a
 * serving word (a "Heat Mat"), 2 when its categories or tags do (a film tagged
 * "scanning"), 1 when only its attributes do (an aquarium kit with a "Heater: 150 W"), 0
 * when nothing of it does.
 * @param match
 * @param needs
 */
export function servingStrength( match: ProductMatch, needs: Need[] ): number {
	const { product } = match;
	const forms = needs.flatMap( ( need ) => need.serving );
	if ( holdsForm( foldedWords( product.name ), forms ) ) {
		return 3;
	}
	const own = foldedWords(
		[ ...product.categories, ...product.tags ].join( ' ' )
	);
	if ( holdsForm( own, forms ) ) {
		return 2;
	}
	const attributes = foldedWords(
		product.attributes
			.flatMap( ( a ) => [ a.name, ...a.options ] )
			.join( ' ' )
	);
	return holdsForm( attributes, forms ) ? 1 : 0;
}

/** The search words for the products serving the needs. */
export function needQuery( needs: Need[] ): string {
	return [ ...new Set( needs.flatMap( ( need ) => need.searched ) ) ].join(
		' '
	);
}

/**
 * The products serving the question's needs, only those serving them most plainly (a heat
 * mat, not an aquarium kit with a heater in it) and, among them, those whose name,
 * categories or tags hold most of the question's other words ("lights"); those holding
 * more of them in their description too first ("for my calathea": the mister whose text names calathea before the
 * humidifier).
 * @param found    products the need's words found
 * @param needs
 * @param question
 */
export function servingProducts(
	found: ProductMatch[],
	needs: Need[],
	question: string
): ProductMatch[] {
	const asked = askedWords( question );
	const holding = ( match: ProductMatch, description: boolean ) => {
		const text = foldedWords(
			[
				match.product.name,
				...match.product.categories,
				...match.product.tags,
				description ? match.product.description : '',
			].join( ' ' )
		);
		return asked.filter( ( word ) =>
			text.some( ( w ) => sameWord( w, word ) )
		).length;
	};
	const scored = found.map( ( match, index ) => ( {
		match,
		index,
		strength: servingStrength( match, needs ),
		named: holding( match, false ),
		score: holding( match, true ),
	} ) );
	const plainest = Math.max( 0, ...scored.map( ( s ) => s.strength ) );
	const serving = scored.filter(
		( s ) => plainest > 0 && s.strength === plainest
	);
	// "what lights … for filming": the lights among the products for video, not a tripod.
	const mostNamed = Math.max( 0, ...serving.map( ( s ) => s.named ) );
	return serving
		.filter( ( s ) => s.named === mostNamed )
		.sort( ( a, b ) => b.score - a.score || a.index - b.index )
		.map( ( { match } ) => match );
}

export type { Need };
