/**
 * Question analysis: what a shopper's message holds before anything is searched. The
 * language to answer in, the entities (order numbers of any length, e-mail addresses,
 * SKUs, quantities with units, price limits) and the signals of what is asked (price,
 * stock, a specification, a policy, contact details, an order …), in English and German.
 * Signals are not the decision: the responder weighs them against what retrieval finds
 * (a product named in the question beats a policy word in its name).
 */
import type { Lang } from './messages';
import {
	findEmail,
	withoutEmails,
	LABELLED_ORDER,
	findOrderNumber,
	findSkus,
	type Quantity,
	quantities,
	measures,
	findPriceLimit,
	refersToPage,
} from './analysis-entities';
import { answerLanguage, separatedVerbs } from './analysis-words';
import { textMemo } from './memo';

export {
	words,
	isStopWord,
	contentWords,
	sameWord,
	isCompoundOf,
	isHeadOfCompound,
	beginsCompound,
	anotherHead,
	guessLanguage,
	answerLanguage,
} from './analysis-words';
export {
	CONCEPTS,
	conceptForms,
	conceptsOf,
	expandForSearch,
	searchQueries,
} from './analysis-concepts';
export {
	findEmail,
	withoutEmails,
	findOrderNumber,
	findSkus,
	type Dimension,
	type Quantity,
	unitOf,
	AMOUNT,
	parseAmount,
	quantities,
	findPriceLimit,
	refersToPage,
} from './analysis-entities';

export type Signal =
	| 'greeting'
	| 'thanks'
	| 'handoff'
	| 'order'
	| 'contact'
	| 'policy'
	| 'price'
	| 'stock'
	| 'spec'
	| 'search';

const SIGNALS: Record< Signal, RegExp > = {
	greeting:
		/^\s*(hi|hello|hey|good (morning|afternoon|evening)|hiya|howdy|hallo|moin|servus|guten (morgen|tag|abend)|grüß gott|hi zusammen)( there| zusammen)?\b[\s!.,?]*$/i,
	thanks: /^\s*(thanks?( you)?( so much| a lot)?|thx|cheers|great,? thanks?|perfect,? thanks?|ok(ay)?,? thanks?|danke( schön| sehr)?|vielen dank|super,? danke|ok,? danke)\b[\s!.,]*$/i,
	handoff:
		/\b(human|real person|live agent|an agent|an operator|representative|staff member|(talk|speak|chat) (to|with) (a |an |the |your )?(person|someone|somebody|agent|operator|staff|team|human|you|people)|mit (einem|einer) (menschen|mitarbeiter(in)?|person)|(einen|einem) menschen|echten menschen|mitarbeiter sprechen|jemandem sprechen|connect me (with|to)|put me through|verbinde(n sie)? mich|someone (i|we) (can|could) (talk|speak|chat) (to|with)|(talk|speak) to someone|jemand(en)?,? (mit dem|der|die) ich (reden|sprechen)|(reden|sprechen) (kann|könnte)|ansprechpartner\w*|echten? (menschen|person|mitarbeiter)|(call|ring|phone) me( back)?|call-?back|rückruf\w*|(ruft|rufen sie|ruf) mich( bitte)? (zurück|an)|complain\w*|beschwer\w*|manager|supervisor|vorgesetzt\w*|escalate|(ein|eine|einen|einem) (mitarbeiter(in)?|berater(in)?|kundenberater(in)?)|(talk|speak|chat) (to|with) (customer service|support|sales|your team|the team)|(kundenservice|kundendienst|support|team) (sprechen|reden)|persönlich\w* (beratung|sprechen|reden)|not (a|with a|to a) (bot|robot|machine)|kein(en|e)? (bot|roboter|maschine))\b/i,
	order: /\b(my order|my orders|order (number|no\.?|#|status|nr)|order\s*#?\s*\d+|where('?s| is) my (order|parcel|package|delivery)|track(ing)? (my )?(order|parcel|package)|has my order|bestellung|bestellnummer|bestellstatus|meine lieferung|mein paket|wo bleibt|sendungsverfolgung|auftragsnummer)\b/i,
	contact:
		/\b(contact|phone( number)?|telephone|call you|e-?mail (address|you)|your e-?mail|opening hours|open(ing)? (on|at|times)|are you open|business hours|hours|address|visit your (shop|store)|customer service|reach you|get in touch|kontakt|telefon\w*|anrufen|erreiche\w*|öffnungszeiten|geöffnet|offen|adresse|anschrift|e-?mail-adresse|kundenservice|kundendienst|located|location|where are you|find you|wo seid ihr|wo (finde|findet) (ich|man) (euch|euren|eure|den|das|ihren|ihr)|standort|sonntags?|samstags?|where('?s| is| are) (exactly |actually )?(your|the|ur) (store|shop|showroom|office|workshop|warehouse)|wo (genau |eigentlich |denn )?(ist|is|sind|seid|liegt|befindet sich) (euer|eure|ihr|der|die|das)? ?(laden|geschäft|shop|filiale|werkstatt|büro|lager)|whatsapp)\b/i,
	policy: /\b(ship\w*|deliver\w*|return\w*|refund\w*|exchange\w*|privacy|personal data|terms|conditions|warranty|guarantee|payment( methods?)?|pay with|pay by|paypal|klarna|customs|international\w*|abroad|gift wrap\w*|versand\w*|versend\w*|liefer\w*|rückgabe\w*|zurück\w*|retoure\w*|umtausch\w*|erstatt\w*|widerruf\w*|datenschutz|agb|garantie\w*|gewährleistung\w*|zahlung\w*|bezahl\w*|(?<!\d\s?)zoll|ausland|geschenk\w*|porto|service\w*|dienstleistung\w*|montage|installation|reparatur\w*|rent|rental\w*|hire|mieten|miete|leihen|verleih\w*|vermietung|ratenzahlung|finanzierung|financing|installments?|werkstatt\w*|workshop|groom\w*|salon|inspektion\w*|inspection|wartung|maintenance|tune-?up|set ?up|setup|einrichten|aufbau\w*|aufbauen|schleifen|schärfen|sharpen\w*|\w+ (zu )?lassen|send\w* (it |them |stuff |things |items? |something |this |that )?back|bring\w* (it |them |this |that )?back|take (it |them |this |that )?back|price ?match\w*|bulk|wholesale|großhandel|mengenrabatt|rabatt\w*|discounts?|discount codes?|voucher codes?|coupons?|abo|abonnement\w*|subscription\w*|kündig\w*|nachnahme|cash on delivery|beschädigt\w*|zerbrochen\w*|transportschaden\w*|damaged|arrived broken|kam kaputt|surcharge\w*|zuschlag\w*|aufpreis)\b/i,
	price: /\b(price|prices|priced|cost|costs|how much (is|are|r|re|for|would|will|does|do)\b(?!.*\b(weigh|hold|fit|last|take|contain|draw|use)\w*)|expensive|cheap(er|est)?|on sale|discount(ed)?|was kostet|kostet|kostet'?s|kosten|preis\w*|zahlen|zahle|zahlt|zahl (?:ich|man)|kostenpunkt|(pay|paying) for|wie teuer|teuer|günstig\w*|billig\w*|im angebot|reduziert|(do|would|will) you charge|you charge|charges? (for|per)|verrechne\w*|(berechnet|berechnen) (ihr|sie))\b/i,
	stock: new RegExp(
		String.raw`\b(in stock|stock|available|availability|sold out|do you have .* in|left|back ?order|(habt|haben) (ihr|sie) .*\bda|can i (buy|order|get) .*(now|today|right now)|(can|could) i (still )?(buy|order)|kann ich .*(kaufen|bestellen)|gibt es .* noch|noch (zu haben|erhältlich|lieferbar)|(noch )?zu haben|bestellbar|vorrätig|lagernd|lieferbar|verfügbar\w*|auf lager|lager|ausverkauft|noch da|vorhanden|erhältlich|nachbestell\w*|` +
			// Colloquial: "how many … do you have", "wie viele … habt ihr noch", "gibts … noch",
			// "ist der da", "sofort bekommen", "still have"; "gibts den (in 29 Zoll)?", Austrian
			// "hamma die?" ("haben wir die?").
			String.raw`gibt'?s (den|die|das|ihn)(?=\s*[?!.]*$)|gibt'?s (den|die|das|ihn) .*\b(grad|grade|gerade|noch|momentan|aktuell|derzeit|jetzt)|hamma|wann (kann|könnte|kriege?|bekomme?) (ich|man|ihn|sie|es|das|den|die) .*\b(haben|bekommen|kriegen)|when (can|could|will|would) (i|we) (get|have|receive)\b|how many .*\b(do you have|have you got|are there|(are )?left)|wie viele? .*\b(habt ihr|haben sie|gibt es|gibts)|gibt'?s .*\bnoch|(ist|sind) (der|die|das|er|sie|es) (noch )?da|(sofort|gleich|direkt|heute|morgen) (bekommen|haben|kaufen|mitnehmen|liefern|lieferbar)|still (have|got|available|sell)|(have you |you )?got any\b|(have you|you|ya) got (one|it|them)\b|can i (get|have) (one|it|them)\b|kann ich (einen|eine|eins|ihn|sie|es) (bekommen|haben|kriegen)\b|any (left|in stock)|` +
			// A course or an event: places and seats are its stock ("noch Plätze frei?",
			// "ausgebucht", "any spots left?", "is it full?", "fully booked").
			String.raw`(plätze|platz|plaetze) (frei|verfügbar)|noch (ein )?(platz|plätze)|freie plätze|ausgebucht|(spots?|places?|seats?|spaces?) (left|available|open|free)|(is|it's|is it) (still )?full\b|\bfull(?=\s*[?!.]*$)|fully booked|booked (up|out))\b`,
		'i'
	),
	spec: /\b(weigh\w*|heavy|weight|how (big|large|long|wide|tall|high|heavy|loud|strong|powerful|fast)|dimensions?|size of|measure\w*|capacity|volume|hold|holds|material|made (of|from)|fabric|battery|wattage|watts?|power|pressure|voltage|does it (have|come|fit|work|include)|is it (made|waterproof|compatible|suitable|dishwasher)|compatible|suitable|feature\w*|specs?|specification\w*|how (much|many) (?!is\b|are\b|r\b|re\b|does\b|do\b|for\b|would\b|will\b|it\b|that\b|this\b)\w+|wiegt|gewicht|wie (schwer|groß|lang|breit|hoch|laut|stark)|wie viele? (?!kostet|kosten|fr\b|franken|euro|chf|eur\b|dollar|pfund)\w+|maße|abmessung\w*|fassungsvermögen|fasst|inhalt|material\w*|aus welchem|woraus|akku\w*|leistung|druck|spannung|passt|geeignet|kompatibel|passen|diameter|durchmesser|hat (es|er|sie) |woher|herkunft|origin|where (is|are|does|do|was|were) (it|they|the|this|that)\b.*\b(from|made|produced|grown|sourced)|\w{3,}-?(geeignet|fest|dicht|fähig|tauglich|sicher|proof|safe|resistant|compatible|ready))\b/i,
	search: /\b(recommend\w*|suggest\w*|looking for|show me|something (for|made|from|with|under|in)|anything (for|made|from|with|under|in)|etwas (für|aus|mit|unter)|irgendwas|was für|do you( guys| all| folks)? (still )?(sell|have|carry|stock|do)|what .* do you have|gift for|need an?|want an?|searching for|any .*\?|what (have|'ve) you got|(have you )?got anything|habt ihr|haben sie|gibt es|führt ihr|führen sie|verkauft ihr|verkaufen sie|ich suche|suche (ein|eine|einen|nach)|(ich )?(brauch|brauche|bräuchte|benötige) (ne|nen|ein|eine|einen|was|etwas)|empfehl\w*|zeig\w*|welche \w+ habt)\b/i,
};

export interface Analysis {
	text: string;
	/** The message without e-mail addresses: what retrieval sees. */
	searchText: string;
	lang: Lang;
	email: string | null;
	orderNumber: string | null;
	skus: string[];
	quantities: Quantity[];
	priceLimit: number | null;
	/** "the cheapest …": list by lowest price first; "the most expensive …": highest first. */
	priceOrder: 'lowest' | 'highest' | null;
	refersToPage: boolean;
	/**
	 * The question chooses products by what they have or do ("Which gravel bikes have a
	 * carbon frame?", "Welcher Vollverstärker hat Bluetooth?"): a list of those that do,
	 * unless it names one product.
	 */
	choosing: boolean;
	/** The question asks for what is on sale ("Welche Wasserkocher sind reduziert?", "any shells on sale?"). */
	onSale: boolean;
	signals: Set< Signal >;
}

/** Words asking for products on sale; the product search leaves them out. */
export const ON_SALE = unicodeBoundaries(
	/\b(on sale|in the sale|sale items?|reduced|discounted|on offer|special offers?|deals?|gerade im angebot|im angebot|sonderangebot\w*|reduziert\w*|rabattiert\w*|preisreduziert\w*|im sale)\b/giu
);

/** "Which X have / fit / are …", "Welche Xs haben / passen …": products chosen by a quality. */
const CHOOSING = unicodeBoundaries(
	/\b(which (of (your|the) )?\w+(-\w+)*( \w+(-\w+)*)? (have|has|are|come|comes|fit|fits|work|works|support|supports|play|plays|run|runs|suit|suits|hold|holds|take|takes|can)|welche[rsn]? \w+(-\w+)* (hat|haben|passt|passen|unterstützt|unterstützen|spielt|spielen|eignet|eignen|sind|gehen|geht|taugen|taugt|funktionieren|funktioniert|halten|hält))\b/i
);

export interface AnalysisContext {
	locale: string;
	/** Earlier shopper messages, oldest first. */
	earlier?: string[];
	/** The assistant's last message asked for an order number. */
	askedForOrderNumber?: boolean;
	detectLanguage?: ( text: string ) => Lang | null;
}

/**
 * A pattern whose \b word boundaries and \w letters also know letters beyond ASCII:
 * JavaScript's \b sees no boundary before "öffnungszeiten", \w stops at the "ü" of
 * "versandgebühr".
 * @param pattern
 */
export function unicodeBoundaries( pattern: RegExp ): RegExp {
	return new RegExp(
		pattern.source
			.replace( /\\w/g, '[\\p{L}\\p{N}_]' )
			.replace(
				/\\b/g,
				'(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))'
			),
		pattern.flags.includes( 'u' ) ? pattern.flags : `${ pattern.flags }u`
	);
}

const LOWEST_PRICE = unicodeBoundaries(
	/\b(cheapest|least expensive|lowest price[ds]?|most affordable|günstigste\w*|billigste\w*|preiswerteste\w*|preisgünstigste\w*)\b/i
);
const HIGHEST_PRICE = unicodeBoundaries(
	/\b(most expensive|priciest|dearest|highest price[ds]?|teuerste\w*)\b/i
);

/** Whether a question asks for the cheapest or the dearest of a kind. */
export function findPriceOrder( text: string ): Analysis[ 'priceOrder' ] {
	if ( LOWEST_PRICE.test( text ) ) {
		return 'lowest';
	}
	return HIGHEST_PRICE.test( text ) ? 'highest' : null;
}

/** The words of a message that made it carry a signal ("contact me"), or null. */
export function signalPhrase( text: string, signal: Signal ): string | null {
	const pattern = UNICODE_SIGNALS.find(
		( [ name ] ) => name === signal
	)?.[ 1 ];
	return pattern?.exec( text )?.[ 0 ] ?? null;
}

const UNICODE_SIGNALS = Object.entries( SIGNALS ).map(
	( [ signal, pattern ] ) =>
		[ signal as Signal, unicodeBoundaries( pattern ) ] as const
);

/**
 * Someone of the shop's people ("someone", "a human", "ein Mitarbeiter", "der Chef") next to
 * a verb that asks them to act ("talk to", "contact me", "anrufen", "weiterleiten"): a
 * request for a person however it is worded. "Can I call you?" names no person: contact.
 */
const PERSON_WORDS = unicodeBoundaries(
	/\b(someone|somebody|anyone|anybody|a person|real person|human|humans|employee|employees|staff|agent|team|colleague|manager|boss|owner|customer (service|support|care)|support team|jemand\w*|mensch\w*|mitarbeiter\w*|kolleg\w*|chef\w*|inhaber\w*|berater\w*|kundenservice|kundendienst|servicemitarbeiter\w*)\b/i
);
const PERSON_VERBS = unicodeBoundaries(
	/\b(talk|speak|chat|contact|call|ring|phone|email|e-mail|write|reach|help|assist|answer|get|connect|forward|pass|transfer|escalate|sprechen|reden|anrufen|zurückrufen|melden|kontaktieren|schreiben|helfen|weiterleiten|weitergeben|verbinden|erreichen|kümmern)\b/i
);
/** The shopper asks to be contacted: "contact me", "get back to me", "melden Sie sich bei mir". */
const CONTACT_ME = unicodeBoundaries(
	/\b((contact|call|ring|phone|email|e-mail|text) me|get back to me|reach out to me|melde[nt]?( sie| du)? (sich|dich) (bitte )?bei mir|kontaktieren sie mich|schreiben sie mir|ruft mich|mich( [\p{L}-]+){0,5} (an|zurück)rufen)\b/iu
);
/** A person asked for in a word or two: "agent please", "Mitarbeiter bitte!". */
const PERSON_ONLY = unicodeBoundaries(
	/^\s*(an? |the |einen? )?(agent|human|person|operator|representative|staff|support|mitarbeiter(in)?|mensch(en)?|berater(in)?|kundenservice|kundendienst)( please| pls| bitte| now| jetzt| sofort)*[\s!.?]*$/i
);
/** A complaint or anger whatever else is said: a person should take it over. */
const COMPLAINT = unicodeBoundaries(
	/\b(complain\w*|ridiculous|unacceptable|outrageous|useless|scam|rip-?off|fed up|nobody (helps|answers|cares)|no one (helps|answers|cares)|reklamation\w*|reklamier\w*|beschwer\w*|frechheit|unverschämt\w*|unzumutbar|inakzeptabel|nutzlos|abzocke|skandal\w*|niemand (hilft|antwortet|meldet))\b/i
);
/** Collecting in person instead of a delivery: a question about how, not about an order. */
const COLLECTING = unicodeBoundaries(
	/\b(abholen|abholung|selbstabholung|abhol\w*|pick(ing)?[- ]?up|collect|collecting|collection in|click (and|&) collect)\b/i
);

/** Displeasure: a person when the message asks nothing else (no product, order or policy). */
const DISPLEASURE = unicodeBoundaries(
	/\b(angry|furious|annoyed|upset|unhappy|disappointed|frustrat\w*|terrible|awful|horrible|disgusted|sauer|wütend|verärgert|ärgerlich|enttäuscht|frustriert|schrecklich|furchtbar|katastrophal|unmöglich)\b/i
);

/** Whether the message asks for a person (or complains), in words the handoff pattern misses. */
function asksForPerson( text: string, found: Set< Signal > ): boolean {
	if (
		COMPLAINT.test( text ) ||
		CONTACT_ME.test( text ) ||
		PERSON_ONLY.test( text )
	) {
		return true;
	}
	// "Does someone answer the phone on Saturdays?" asks a contact detail; "can someone
	// help me with order 12" is the order flow.
	if (
		PERSON_WORDS.test( text ) &&
		PERSON_VERBS.test( text ) &&
		! found.has( 'contact' ) &&
		! found.has( 'order' )
	) {
		return true;
	}
	const asksSomething = [
		'order',
		'policy',
		'price',
		'stock',
		'spec',
		'search',
		'contact',
	].some( ( s ) => found.has( s as Signal ) );
	return DISPLEASURE.test( text ) && ! asksSomething;
}

const signalMemo = textMemo< ReadonlySet< Signal > >();

/** The question signals a text holds (a fresh Set: callers add to it). */
export function signalsOf( text: string ): Set< Signal > {
	return new Set( signalMemo( text, signalsOfText ) );
}

/**
 * The question signals a text holds, the kept set itself (read-only): for checks that ask
 * of many words per message and need no Set of their own (issue 12).
 */
export function signalsIn( text: string ): ReadonlySet< Signal > {
	return signalMemo( text, signalsOfText );
}

function signalsOfText( text: string ): Set< Signal > {
	const found = new Set< Signal >();
	for ( const [ signal, pattern ] of UNICODE_SIGNALS ) {
		if ( pattern.test( text ) ) {
			found.add( signal );
		}
	}
	if ( ! found.has( 'handoff' ) && asksForPerson( text, found ) ) {
		found.add( 'handoff' );
	}
	return found;
}

/** Chat spellings of English words: "do u have", "r u open", "ur shop", "pls". */
const CHAT_SPELLINGS: Record< string, string > = {
	u: 'you',
	ur: 'your',
	r: 'are',
	pls: 'please',
	plz: 'please',
	thx: 'thanks',
	abt: 'about',
};

/**
 * The message with chat spellings written out, in lower case only ("R" may be a size).
 * @param text
 */
function spelledOut( text: string ): string {
	return text.replace(
		/(?<![\p{L}\p{N}-])(u|ur|r|pls|plz|thx|abt)(?![\p{L}\p{N}-])/gu,
		( word ) => CHAT_SPELLINGS[ word ] ?? word
	);
}

export function analyze( text: string, context: AnalysisContext ): Analysis {
	const searchText = spelledOut( withoutEmails( text ) )
		.replace( /\s+/g, ' ' )
		.trim();
	// "Baut ihr … auf?" asks for "aufbauen" (a service) though neither word says it.
	const signals = signalsOf(
		[ searchText, ...separatedVerbs( searchText ) ].join( ' ' )
	);
	// "burns for more than 80 hours" measures a time: no opening hours are asked.
	if ( signalOnlyInQuantities( searchText, 'contact' ) ) {
		signals.delete( 'contact' );
	}
	const orderNumber = findOrderNumber(
		text,
		context.askedForOrderNumber ?? false
	);
	if ( orderNumber && LABELLED_ORDER.test( withoutEmails( text ) ) ) {
		signals.add( 'order' );
	}
	const email = findEmail( text );
	// "Kann ich meine Bestellung im Laden abholen?" asks how collection works, not where
	// an order is; with a number or an address it is that order.
	if ( ! orderNumber && ! email && COLLECTING.test( searchText ) ) {
		signals.delete( 'order' );
		signals.add( 'policy' );
	}
	return {
		text,
		searchText,
		lang: answerLanguage(
			text,
			context.locale,
			context.earlier ?? [],
			context.detectLanguage
		),
		email,
		orderNumber,
		skus: findSkus( text ),
		quantities: quantities( searchText ),
		priceLimit: findPriceLimit( searchText ),
		priceOrder: findPriceOrder( searchText ),
		refersToPage: refersToPage( searchText ),
		choosing: CHOOSING.test( searchText ),
		onSale: new RegExp( ON_SALE.source, 'iu' ).test( searchText ),
		signals,
	};
}

/**
 * Whether the text carries a signal only through the unit of a quantity: "a candle that
 * burns for more than 80 hours" measures a time, it asks no opening hours.
 * @param text
 * @param signal
 */
export function signalOnlyInQuantities(
	text: string,
	signal: Signal
): boolean {
	const found = measures( text );
	if ( found.length === 0 || ! signalsOf( text ).has( signal ) ) {
		return false;
	}
	let rest = text;
	for ( const measure of [ ...found ].reverse() ) {
		rest = `${ rest.slice( 0, measure.index ) } ${ rest.slice( measure.end ) }`;
	}
	return ! signalsOf( rest ).has( signal );
}
