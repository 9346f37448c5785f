/**
 * Question analysis, entities: e-mail addresses, order numbers of any length, SKUs,
 * quantities with units, price limits, and whether the message points at the page.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
export const EMAIL_GLOBAL = new RegExp( EMAIL.source, 'g' );

export function findEmail( text: string ): string | null {
	return EMAIL.exec( text )?.[ 0 ] ?? null;
}

/** The text with e-mail addresses removed: an address is never a search term. */
export function withoutEmails( text: string ): string {
	return text.replace( EMAIL_GLOBAL, ' ' );
}

const ORDER_WORD =
	'(?:order|orders|bestellung|bestellungen|bestell|auftrag|auftrags)';
const NUMBER_WORD = '(?:number|no|nr|num|nummer|#|id)';
export const LABELLED_ORDER = new RegExp(
	`(?:\\b${ ORDER_WORD }\\s*-?\\s*(?:${ NUMBER_WORD }\\.?\\s*)?|(?<!\\b(?:in|im|mit|with|size|grit|körnung|größe|grösse)\\s*)#\\s*)[:.]?\\s*#?(\\d{1,10})(?![.,]\\d|\\d)(?!\\s*(?:%|x\\b|stk|stück|pcs|pieces|items|artikel|mal\\b|times))`,
	'iu'
);

/** An order word, then within the message a number word and digits ("Bestellung … Nummer 5"). */
const ORDER_THEN_NUMBER = new RegExp(
	`\\b${ ORDER_WORD }\\b[^\\d@]{0,60}?\\b(?:number|no|nr|nummer)\\.?(?:\\s+(?:is|ist|lautet|wäre))?:?\\s*#?(\\d{1,10})(?![.,]\\d|\\d)`,
	'iu'
);

/**
 * An order number, of any length: after an order word ("order 12", "Bestellung 7",
 * "Bestellnummer 3", "order no. 7") or a "#" ("#12"); a bare number ("12", "it's 12")
 * only when the assistant has just asked for it.
 * @param text
 * @param askedForNumber
 */
export function findOrderNumber(
	text: string,
	askedForNumber = false
): string | null {
	const clean = withoutEmails( text );
	const labelled = LABELLED_ORDER.exec( clean );
	// "order 2 kg of coffee" orders a quantity, it names no order.
	if (
		labelled &&
		quantities(
			clean.slice(
				labelled.index + labelled[ 0 ].length - labelled[ 1 ]!.length
			)
		)[ 0 ]?.value !== Number( labelled[ 1 ] )
	) {
		return labelled[ 1 ]!;
	}
	// "… was mit meiner Bestellung ist. Nummer 5": a number word after an order word,
	// further on in the message.
	const later = ORDER_THEN_NUMBER.exec( clean );
	if ( later ) {
		return later[ 1 ]!;
	}
	if ( ! askedForNumber ) {
		return null;
	}
	const bare = clean.match( /(?:^|[\s,:(])#?(\d{1,10})(?=$|[\s.,!?)])/g );
	if ( bare && bare.length === 1 && quantities( clean ).length === 0 ) {
		return bare[ 0 ]!.replace( /\D/g, '' );
	}
	return null;
}

/** Product codes: letters and digits mixed, often with dashes ("WM-2044", "AB123X"). */
export function findSkus( text: string ): string[] {
	return (
		withoutEmails( text ).match(
			/\b(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b|\b(?=[A-Z]*\d)[A-Z]{2,}\d{2,}[A-Z0-9]*\b/g
		) ?? []
	).filter( ( sku ) => quantities( sku.replace( /-/g, ' ' ) ).length === 0 );
}

export type Dimension =
	| 'length'
	| 'area'
	| 'volume'
	| 'weight'
	| 'pressure'
	| 'power'
	| 'energy'
	| 'charge'
	| 'voltage'
	| 'torque'
	| 'speed'
	| 'flow'
	| 'sound'
	| 'time'
	| 'luminous'
	| 'illuminance'
	| 'temperature';

export interface Quantity {
	value: number;
	unit: string;
	dimension: Dimension;
	/** In the base unit of its dimension: m, l, kg, bar, W, Wh, h. */
	base: number;
}

/** Unit spellings -> dimension and factor to the base unit. */
const UNITS: Array< [ RegExp, Dimension, number ] > = [
	[ /^(m²|m2|qm|sq ?m|square met(?:er|re)s?|quadratmeter)$/, 'area', 1 ],
	[ /^(cm²|cm2)$/, 'area', 0.0001 ],
	[ /^(sq ?ft|square f(?:ee|oo)t|ft²)$/, 'area', 0.0929 ],
	[ /^(l\/h|l\/std|liter\/h|litres? per hour|liters? per hour)$/, 'flow', 1 ],
	[ /^(l\/min)$/, 'flow', 60 ],
	[ /^(u\/min|rpm|umdrehungen)$/, 'speed', 1 ],
	[ /^(km\/h|kmh)$/, 'speed', 1 ],
	[ /^(mm|millimet(?:er|re)s?)$/, 'length', 0.001 ],
	[ /^(cm|zentimeter|centimet(?:er|re)s?)$/, 'length', 0.01 ],
	[ /^(m|meter|metre|meters|metres)$/, 'length', 1 ],
	[ /^(km|kilomet(?:er|re)s?)$/, 'length', 1000 ],
	[ /^(in|inch|inches|zoll|")$/, 'length', 0.0254 ],
	[ /^(ft|foot|feet|fuß)$/, 'length', 0.3048 ],
	[ /^(ml|milliliter|millilitres?|milliliters)$/, 'volume', 0.001 ],
	[ /^(cl)$/, 'volume', 0.01 ],
	[ /^(l|liter|litre|liters|litres)$/, 'volume', 1 ],
	[ /^(gal|gallons?)$/, 'volume', 3.785 ],
	[ /^(qts?|quarts?)$/, 'volume', 0.9464 ],
	[ /^(fl\.? ?oz)$/, 'volume', 0.0296 ],
	[ /^(mg)$/, 'weight', 0.000001 ],
	[ /^(g|gr|gramm|grams?|grammes?)$/, 'weight', 0.001 ],
	[ /^(kg|kilo|kilos|kilogramm|kilograms?)$/, 'weight', 1 ],
	[ /^(lb|lbs|pounds?|pfund)$/, 'weight', 0.4536 ],
	[ /^(oz|ounces?|unzen?)$/, 'weight', 0.02835 ],
	[ /^(bar)$/, 'pressure', 1 ],
	[ /^(mbar)$/, 'pressure', 0.001 ],
	[ /^(psi)$/, 'pressure', 0.06895 ],
	[ /^(kpa)$/, 'pressure', 0.01 ],
	[ /^(w|watt|watts)$/, 'power', 1 ],
	[ /^(kw|kilowatt)$/, 'power', 1000 ],
	[ /^(ps|hp|horsepower)$/, 'power', 735.5 ],
	[ /^(wh)$/, 'energy', 1 ],
	[ /^(kwh)$/, 'energy', 1000 ],
	[ /^(mah)$/, 'charge', 0.001 ],
	[ /^(ah|amperestunden?|amp ?hours?)$/, 'charge', 1 ],
	[ /^(v|volt|volts)$/, 'voltage', 1 ],
	[ /^(nm|newtonmeter|newton ?metres?)$/, 'torque', 1 ],
	[ /^(db|db\(a\)|dba|dezibel|decibels?)$/, 'sound', 1 ],
	[ /^(h|hrs?|hours?|std|stunden?)$/, 'time', 1 ],
	[ /^(min|mins|minutes?|minuten?)$/, 'time', 1 / 60 ],
	[ /^(lm|lumens?)$/, 'luminous', 1 ],
	[ /^(lx|lux)$/, 'illuminance', 1 ],
	[ /^(°\s?c|℃|grad)$/, 'temperature', 1 ],
	[ /^(°\s?f|℉)$/, 'temperature', 1 ],
];

export function unitOf( raw: string ): [ Dimension, number ] | null {
	const unit = raw.toLowerCase().replace( /\s+/g, ' ' );
	for ( const [ pattern, dimension, factor ] of UNITS ) {
		if ( pattern.test( unit ) ) {
			return [ dimension, factor ];
		}
	}
	return null;
}

/**
 * A number as shoppers write it: "1.000" and "1,500" are thousands (a group of exactly three
 * digits after the separator), "19,90" and "1.5" are decimals, "1.299,50" and "1,299.50" both.
 */
export const AMOUNT = String.raw`\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?`;

export function parseAmount( raw: string ): number {
	const decimals = /[.,](\d{1,2})$/.exec( raw );
	const whole = decimals ? raw.slice( 0, decimals.index ) : raw;
	const integer = whole.replace( /[.,](?=\d{3}(?:[.,]|$))/g, '' );
	if ( /[.,]/.test( integer ) ) {
		// Not thousands groups after all ("1.2345"): a plain decimal number.
		return Number( raw.replace( ',', '.' ) );
	}
	return Number( decimals ? `${ integer }.${ decimals[ 1 ] }` : integer );
}

/** Numbers with units in a text: "15 bar", "1,5 l", "2kg", "12 inch", "12\"", "1200 W". */
export function quantities( text: string ): Quantity[] {
	const found: Quantity[] = [];
	const pattern = new RegExp(
		`(${ AMOUNT })\\s*(fl\\.? ?oz|°\\s?[cCfF]|℃|℉|[a-zA-ZäöüßÄÖÜ]+(?:\\([aA]\\)|[²³2]|\\/[a-zA-Z]+[²³]?)?|")(?![\\p{L}\\p{N}²³])`,
		'gu'
	);
	for ( const m of text.matchAll( pattern ) ) {
		const unit = unitOf( m[ 2 ]! );
		if ( ! unit ) {
			continue;
		}
		const value = parseAmount( m[ 1 ]! );
		// Fahrenheit is the one unit with an offset: "500 °F" is 260 °C.
		const fahrenheit = /^(°\s?f|℉)$/i.test( m[ 2 ]! );
		found.push( {
			value,
			unit: m[ 2 ]!,
			dimension: unit[ 0 ],
			base: fahrenheit ? ( ( value - 32 ) * 5 ) / 9 : value * unit[ 1 ],
		} );
	}
	return found;
}

/** The unit right after a figure ("2kg", "30 cm", "5 °C", "1,5 Liter"), if it is one. */
function unitAfter( after: string ): boolean {
	const unit = /^\s?(°\s?[CF]|[\p{L}"″]+)/u.exec( after )?.[ 1 ];
	return (
		unit !== undefined &&
		// "100 Pfund", "50 pounds": money after "unter", though a pound also weighs.
		! /^(?:pfund|pounds?|quid|franken|fr|dollars?|euros?|bucks)$/i.test(
			unit
		) &&
		unitOf( unit ) !== null
	);
}

/** "under €100", "unter 50 €", "bis 30 Euro", "less than $30" -> the limit in major units. */
export function findPriceLimit( text: string ): number | null {
	const match = new RegExp(
		`\\b(?:under|below|less than|cheaper than|max(?:imum|imal)?\\.?|up to|at most|within|(?:not|no) (?:more than|over|above)|(?:my )?budget(?: is| of)?|unter|bis(?: zu)?|höchstens|weniger als|günstiger als|billiger als|nicht (?:mehr als|über|teurer als)|(?:mein )?budget(?: ist| von| liegt bei)?)\\s*(?:[€$£]|eur|euro|usd|gbp)?\\s*(${ AMOUNT })\\s*(?:[€$£]|eur\\b|euro\\b|dollars?\\b|pounds?\\b)?`,
		'i'
	).exec( text );
	if ( ! match ) {
		return null;
	}
	// "under 2kg", "bis 30 cm": a quantity's limit, not a price's.
	const amountEnd =
		text.indexOf( match[ 1 ]!, match.index ) + match[ 1 ]!.length;
	const after = text.slice( amountEnd );
	if ( unitAfter( after ) ) {
		return null;
	}
	// "bis 30" without any money sign could be a size ("bis Größe 30"): require money around it.
	const money =
		/[€$£]|eur|euro|dollar|pound|pfund|quid|bucks|chf|franken|\bfr\.|price|preis|cost|kost|budget/i.test(
			text
		);
	return money || ! /^bis/i.test( match[ 0 ] )
		? parseAmount( match[ 1 ]! )
		: null;
}

/** Whether the shopper points at the product on the page ("this", "it", "dieses", "das hier"). */
export function refersToPage( text: string ): boolean {
	return /\b(this|it|that one|this one|this item|this product|dies|diese|dieser|dieses|diesen|das hier|der hier|die hier|den hier|es)\b/i.test(
		text
	);
}

export interface Measure {
	/** length, volume, weight, pressure, power, energy, time, temperature, light. */
	dimension: string;
	/** In the base unit of the dimension (m, l, kg, bar, W, Wh, h, °C, lm). */
	base: number;
}

/** Units quantities() does not read: temperatures (with their offset), light, German plurals. */
function extraUnit(
	raw: string
): [ string, ( value: number ) => number ] | null {
	const unit = raw.toLowerCase().replace( /\s+/g, '' );
	if (
		/^(°c|℃|gradcelsius|degreescelsius|degreesc|°celsius|celsius)$/.test(
			unit
		)
	) {
		return [ 'temperature', ( v ) => v ];
	}
	if ( /^(°f|℉|degreesfahrenheit|degreesf|fahrenheit)$/.test( unit ) ) {
		return [ 'temperature', ( v ) => ( ( v - 32 ) * 5 ) / 9 ];
	}
	if ( /^(lm|lumens?)$/.test( unit ) ) {
		return [ 'light', ( v ) => v ];
	}
	if ( /^(litern|litres?n?)$/.test( unit ) ) {
		return [ 'volume', ( v ) => v ];
	}
	return null;
}

const MEASURE = new RegExp(
	String.raw`(?<![\p{L}\p{N}.,])([-−–]\s?)?(${ AMOUNT })\s*(°\s?[CF]|℃|℉|(?:grad|degrees?)\s+(?:celsius|fahrenheit|[CF])\b|fl\.? ?oz|[a-zA-ZäöüßÄÖÜ]+|")(?![\p{L}])`,
	'gu'
);

/** Every number with a unit in a text, with its position, in the base unit of its dimension. */
export function measures(
	text: string
): Array< Measure & { index: number; end: number } > {
	const found: Array< Measure & { index: number; end: number } > = [];
	for ( const m of text.matchAll( MEASURE ) ) {
		const sign = m[ 1 ] ? -1 : 1;
		const value = sign * parseAmount( m[ 2 ]! );
		const raw = m[ 3 ]!;
		const extra = extraUnit( raw );
		let measure: Measure | null = null;
		if ( extra ) {
			measure = { dimension: extra[ 0 ], base: extra[ 1 ]( value ) };
		} else {
			const unit = unitOf( raw );
			if ( unit ) {
				measure = { dimension: unit[ 0 ], base: value * unit[ 1 ] };
			}
		}
		if ( measure ) {
			found.push( {
				...measure,
				index: m.index,
				end: m.index + m[ 0 ].length,
			} );
		}
	}
	return found;
}
