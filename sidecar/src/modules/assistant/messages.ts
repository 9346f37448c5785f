/**
 * Every fixed phrase the assistant says, in each language it answers in. Keys are the
 * same in every catalog (a test checks it); parameterised phrases are functions so word
 * order can differ per language. Shop text (product names, page quotes) is never
 * translated: it is framed by a sentence in the shopper's language.
 */
export type Lang = 'en' | 'de';

/** The units of time a page's figures are said in again ("30 Tage" → "30 days"). */
export type TimeUnit =
	'minute' | 'hour' | 'day' | 'workingDay' | 'week' | 'month' | 'year';

export const LANGS: Lang[] = [ 'en', 'de' ];

const en = {
	greeting:
		'Hello! Ask me anything about this shop — products, prices, stock, your order, shipping or returns.',
	greetingOnProduct: ( name: string ) =>
		`Hello! I see you're looking at the ${ name } — ask me anything about it.`,
	thanks: "You're welcome! Anything else I can help with?",
	unknown:
		"I'm sorry, I don't know: I couldn't find an answer to that in this shop's information, and I'd rather not guess. Could you rephrase it, or would you like me to pass your question to a person?",
	handoffAsk:
		"I'll pass this to the shop's team. What e-mail address should they reply to?",
	handoffDone: ( email: string ) =>
		`Thank you! The shop's team will reply to ${ email } as soon as they can.`,
	orderAsk:
		'I can look up your order. Please tell me the order number and the e-mail address used for billing.',
	orderAskEmail: ( number: string ) =>
		`I can look up order #${ number }. What is the e-mail address used for billing?`,
	orderAskNumber: 'Thank you. What is the order number?',
	orderNotFound:
		"I couldn't find an order with that number and e-mail address. Please check both — the e-mail is the one used for billing.",
	orderAskSignedIn: 'I can look up your order. What is the order number?',
	orderNotFoundSignedIn:
		"I couldn't find an order with that number in your account. Please check the number, or give me the e-mail address used for billing.",
	orderLimited:
		"I can't look up more orders right now. Please try again later, or ask me to pass your question to a person.",
	orderStatus: ( number: string, status: string ) =>
		`Order #${ number } is ${ status }.`,
	orderItems: ( items: string ) => `Items: ${ items }.`,
	orderTotal: ( total: string ) => `Total: ${ total }.`,
	orderUpdate: ( notes: string ) => `Update from the shop: ${ notes }`,
	orderUpdateOtherLanguage: ( notes: string ) =>
		`The shop's last update on your order is written in German: ${ notes }`,
	noProducts:
		"I couldn't find a product matching that in this shop. Could you describe it differently, or shall I ask a person?",
	noneOnSale:
		'None of the products I found for that is on sale right now. Shall I show them at their regular prices, or ask a person?',
	noProductsUnder: ( limit: string ) =>
		`I couldn't find a matching product under ${ limit } in this shop.`,
	fromPage: ( title: string ) => `From our “${ title }” page:`,
	pageNotNaming: ( title: string, place: string ) =>
		`Unfortunately our “${ title }” page doesn't mention ${ place }. Here is what it says:`,
	askPerson: 'Shall I ask a person for you?',
	dayNotListed: ( day: string ) =>
		`These are the regular opening hours; the shop's pages don't say whether it is open on ${ day }. Shall I ask a person for you?`,
	quoted: ( words: string ) => `“${ words }”`,
	fromPageOtherLanguage: ( title: string ) =>
		`Our “${ title }” page covers this. The page is only in German, so here it is word for word:`,
	contactFact: ( what: string, value: string ) => `Our ${ what }: ${ value }`,
	productCosts: ( name: string, price: string ) =>
		`The ${ name } costs ${ price }.`,
	variantCosts: ( name: string, variant: string, price: string ) =>
		`The ${ name } in ${ variant } costs ${ price }.`,
	noPrice: ( name: string ) =>
		`The shop doesn't list a price for the ${ name }.`,
	productStock: ( name: string, stock: string ) =>
		`The ${ name } is ${ stock }.`,
	variantStock: ( name: string, variant: string, stock: string ) =>
		`The ${ name } in ${ variant } is ${ stock }.`,
	allOptionsOut: ( name: string ) =>
		`The ${ name } is out of stock in every option right now.`,
	availableIn: ( name: string, options: string ) =>
		`The ${ name } is available in: ${ options }. Other options are out of stock.`,
	optionsOf: ( name: string ) => `The ${ name } comes in these options:`,
	andMore: ' and more',
	asOf: ( time: string ) => `(stock as of ${ time })`,
	restockUnknown:
		"I don't know when it will be back in stock: the shop's information doesn't say, and I'd rather not guess. Shall I ask a person?",
	foundList: 'Here is what I found:',
	yes: 'yes',
	no: 'no',
	availableFrom: ( name: string, sentence: string ) =>
		`The ${ name }'s product information says: ${ sentence }`,
	compared: 'Side by side, from the product information:',
	comparedOtherLanguage:
		'Side by side, from the product information (the shop writes it in German):',
	compareNoFact: "(its product information doesn't say)",
	specFound: ( name: string ) => `About the ${ name }:`,
	specFoundOtherLanguage: ( name: string ) =>
		`The ${ name }'s product information is written in German; it says:`,
	specPartly:
		"That is all its product information says about it. If it doesn't answer your question, shall I ask a person?",
	specUnknown: ( name: string ) =>
		`I don't know: the ${ name }'s product information doesn't say, and I'd rather not guess. Would you like me to ask a person?`,
	priceRange: ( low: string, high: string ) =>
		`from ${ low } to ${ high } depending on the option`,
	priceFrom: ( low: string ) => `from ${ low }`,
	onSaleWas: ( price: string, regular: string ) =>
		`${ price } (on sale, was ${ regular })`,
	inStockLeft: ( n: number ) => `in stock (${ n } left)`,
	inStock: 'in stock',
	backorder: 'available on backorder',
	outOfStock: 'out of stock',
	chooseOption: 'Choose an option:',
	// Quick actions.
	actionTalkToPerson: 'Talk to a person',
	actionAddToCart: 'Add to cart',
	actionCheckStock: 'Check stock',
	actionCheckStockMessage: ( name: string ) => `Is the ${ name } in stock?`,
	actionCompare: 'Compare',
	actionCompareMessage: ( name: string ) =>
		`Show me products similar to the ${ name }`,
	actionScheduleCall: 'Schedule a call',
	actionEmailUs: 'Email us',
	actionSearchHelp: 'Search help articles',
	actionSearchHelpMessage: 'How do returns work?',
	actionShippingCosts: 'Shipping costs',
	actionShippingCostsMessage: 'What are your shipping costs?',
	// Order statuses (WooCommerce's status keys).
	status: {
		pending: 'awaiting payment',
		processing: 'being prepared for shipping (processing)',
		'on-hold': 'on hold (it waits for the payment to be confirmed)',
		completed: 'completed and shipped',
		cancelled: 'cancelled',
		refunded: 'refunded',
		failed: 'failed (the payment did not go through)',
	} as Record< string, string >,
	contactKinds: {
		phone: 'phone number',
		email: 'e-mail address',
		hours: 'opening hours',
		address: 'address',
	} as Record< string, string >,
	// The figures of a quote in the other language, said in this one.
	inShort: ( figures: string ) => `In short: ${ figures }.`,
	// Units of time: [ one, several ].
	timeUnits: {
		minute: [ 'minute', 'minutes' ],
		hour: [ 'hour', 'hours' ],
		day: [ 'day', 'days' ],
		workingDay: [ 'working day', 'working days' ],
		week: [ 'week', 'weeks' ],
		month: [ 'month', 'months' ],
		year: [ 'year', 'years' ],
	} as Record< TimeUnit, [ string, string ] >,
};

export type Messages = typeof en;

const de: Messages = {
	greeting:
		'Hallo! Fragen Sie mich alles zu diesem Shop — Produkte, Preise, Verfügbarkeit, Ihre Bestellung, Versand oder Rückgabe.',
	greetingOnProduct: ( name ) =>
		`Hallo! Sie sehen sich gerade „${ name }“ an — fragen Sie mich gern alles dazu.`,
	thanks: 'Gern geschehen! Kann ich sonst noch helfen?',
	unknown:
		'Das kann ich leider nicht sagen: In den Informationen dieses Shops konnte ich dazu keine Angaben finden, und ich möchte nicht raten. Können Sie die Frage anders formulieren, oder soll ich sie an einen Menschen weitergeben?',
	handoffAsk:
		'Ich gebe das an das Team des Shops weiter. An welche E-Mail-Adresse soll die Antwort gehen?',
	handoffDone: ( email ) =>
		`Danke! Das Team des Shops antwortet so bald wie möglich an ${ email }.`,
	orderAsk:
		'Ich kann Ihre Bestellung nachsehen. Bitte nennen Sie mir die Bestellnummer und die E-Mail-Adresse der Rechnungsanschrift.',
	orderAskEmail: ( number ) =>
		`Ich kann Bestellung #${ number } nachsehen. Wie lautet die E-Mail-Adresse der Rechnungsanschrift?`,
	orderAskNumber: 'Danke. Wie lautet die Bestellnummer?',
	orderNotFound:
		'Ich konnte keine Bestellung mit dieser Nummer und E-Mail-Adresse finden. Bitte prüfen Sie beides — gemeint ist die E-Mail-Adresse der Rechnungsanschrift.',
	orderAskSignedIn:
		'Ich kann Ihre Bestellung nachsehen. Wie lautet die Bestellnummer?',
	orderNotFoundSignedIn:
		'Ich konnte in Ihrem Konto keine Bestellung mit dieser Nummer finden. Bitte prüfen Sie die Nummer, oder nennen Sie mir die E-Mail-Adresse der Rechnungsanschrift.',
	orderLimited:
		'Ich kann gerade keine weiteren Bestellungen nachsehen. Bitte versuchen Sie es später noch einmal, oder lassen Sie Ihre Frage an einen Menschen weitergeben.',
	orderStatus: ( number, status ) =>
		`Bestellung #${ number } ist ${ status }.`,
	orderItems: ( items ) => `Artikel: ${ items }.`,
	orderTotal: ( total ) => `Gesamtbetrag: ${ total }.`,
	orderUpdate: ( notes ) => `Nachricht des Shops: ${ notes }`,
	orderUpdateOtherLanguage: ( notes ) =>
		`Die letzte Nachricht des Shops zu Ihrer Bestellung ist auf Englisch geschrieben: ${ notes }`,
	noProducts:
		'Ich konnte in diesem Shop leider kein passendes Produkt finden. Können Sie es anders beschreiben, oder soll ich einen Menschen fragen?',
	noneOnSale:
		'Von den passenden Produkten ist gerade leider keines im Angebot. Soll ich sie Ihnen zum regulären Preis zeigen, oder einen Menschen fragen?',
	noProductsUnder: ( limit ) =>
		`Ich konnte in diesem Shop leider kein passendes Produkt unter ${ limit } finden.`,
	fromPage: ( title ) => `Von unserer Seite „${ title }“:`,
	pageNotNaming: ( title, place ) =>
		`Unsere Seite „${ title }“ erwähnt ${ place } leider nicht. Dort steht:`,
	askPerson: 'Soll ich einen Menschen für Sie fragen?',
	dayNotListed: ( day ) =>
		`Das sind die regulären Öffnungszeiten; ob am ${ day } geöffnet ist, steht nicht auf den Seiten des Shops. Soll ich einen Menschen für Sie fragen?`,
	quoted: ( words ) => `„${ words }“`,
	fromPageOtherLanguage: ( title ) =>
		`Dazu steht etwas auf unserer Seite „${ title }“. Die Seite gibt es nur auf Englisch, deshalb zitiere ich sie hier im Wortlaut:`,
	contactFact: ( what, value ) => `Unsere ${ what }: ${ value }`,
	productCosts: ( name, price ) =>
		`Der Preis für „${ name }“ beträgt ${ price }.`,
	variantCosts: ( name, variant, price ) =>
		`Der Preis für „${ name }“ in der Ausführung ${ variant } beträgt ${ price }.`,
	noPrice: ( name ) => `Der Shop nennt für „${ name }“ keinen Preis.`,
	productStock: ( name, stock ) =>
		`Der Artikel „${ name }“ ist derzeit ${ stock }.`,
	variantStock: ( name, variant, stock ) =>
		`Der Artikel „${ name }“ ist in der Ausführung ${ variant } derzeit ${ stock }.`,
	allOptionsOut: ( name ) =>
		`„${ name }“ ist derzeit in allen Ausführungen ausverkauft.`,
	availableIn: ( name, options ) =>
		`„${ name }“ ist erhältlich in: ${ options }. Andere Ausführungen sind ausverkauft.`,
	optionsOf: ( name ) => `„${ name }“ gibt es in diesen Ausführungen:`,
	andMore: ' und weiteren',
	asOf: ( time ) => `(Bestand Stand ${ time })`,
	restockUnknown:
		'Wann der Artikel wieder vorrätig ist, kann ich leider nicht sagen: Die Angaben des Shops nennen keinen Termin, und ich möchte nicht raten. Soll ich einen Menschen fragen?',
	foundList: 'Das habe ich gefunden:',
	yes: 'ja',
	no: 'nein',
	availableFrom: ( name, sentence ) =>
		`In den Produktangaben zu „${ name }“ steht: ${ sentence }`,
	compared: 'Im Vergleich, laut den Produktangaben:',
	comparedOtherLanguage:
		'Im Vergleich, laut den Produktangaben (die Angaben sind im Shop auf Englisch):',
	compareNoFact: '(die Produktangaben sagen dazu nichts)',
	specFound: ( name ) => `Die Produktangaben zu „${ name }“ sagen dazu:`,
	specFoundOtherLanguage: ( name ) =>
		`Die Produktangaben zu „${ name }“ sind im Shop auf Englisch; dort steht dazu:`,
	specPartly:
		'Mehr sagen die Produktangaben dazu nicht. Falls das Ihre Frage nicht beantwortet: Soll ich einen Menschen fragen?',
	specUnknown: ( name ) =>
		`Das kann ich leider nicht sagen: Die Produktinformationen zu „${ name }“ machen dazu keine Angaben, und ich möchte nicht raten. Soll ich einen Menschen fragen?`,
	priceRange: ( low, high ) =>
		`je nach Ausführung von ${ low } bis ${ high }`,
	priceFrom: ( low ) => `ab ${ low }`,
	onSaleWas: ( price, regular ) =>
		`${ price } (im Angebot, statt ${ regular })`,
	inStockLeft: ( n ) => `vorrätig (noch ${ n } Stück)`,
	inStock: 'vorrätig',
	backorder: 'nachbestellbar (Lieferrückstand)',
	outOfStock: 'ausverkauft',
	chooseOption: 'Bitte wählen Sie eine Ausführung:',
	actionTalkToPerson: 'Mit einem Menschen sprechen',
	actionAddToCart: 'In den Warenkorb',
	actionCheckStock: 'Verfügbarkeit prüfen',
	actionCheckStockMessage: ( name ) => `Ist „${ name }“ vorrätig?`,
	actionCompare: 'Vergleichen',
	actionCompareMessage: ( name ) =>
		`Zeig mir ähnliche Produkte wie „${ name }“`,
	actionScheduleCall: 'Rückruf vereinbaren',
	actionEmailUs: 'E-Mail schreiben',
	actionSearchHelp: 'Hilfeartikel durchsuchen',
	actionSearchHelpMessage: 'Wie funktioniert die Rückgabe?',
	actionShippingCosts: 'Versandkosten',
	actionShippingCostsMessage: 'Wie hoch sind die Versandkosten?',
	status: {
		pending: 'ausstehend (wartet auf Zahlung)',
		processing: 'in Bearbeitung und wird für den Versand vorbereitet',
		'on-hold':
			'zurückgestellt (sie wartet auf die Bestätigung der Zahlung)',
		completed: 'abgeschlossen und versandt',
		cancelled: 'storniert',
		refunded: 'erstattet',
		failed: 'fehlgeschlagen (die Zahlung ist nicht durchgegangen)',
	},
	contactKinds: {
		phone: 'Telefonnummer',
		email: 'E-Mail-Adresse',
		hours: 'Öffnungszeiten',
		address: 'Adresse',
	},
	inShort: ( figures ) => `Kurz gesagt: ${ figures }.`,
	timeUnits: {
		minute: [ 'Minute', 'Minuten' ],
		hour: [ 'Stunde', 'Stunden' ],
		day: [ 'Tag', 'Tage' ],
		workingDay: [ 'Werktag', 'Werktage' ],
		week: [ 'Woche', 'Wochen' ],
		month: [ 'Monat', 'Monate' ],
		year: [ 'Jahr', 'Jahre' ],
	},
};

export const MESSAGES: Record< Lang, Messages > = { en, de };

export function messages( lang: Lang ): Messages {
	return MESSAGES[ lang ];
}

/** "de_DE", "de-AT", "de" -> 'de'; anything we have no catalog for -> null. */
export function langOfLocale( locale: string | null | undefined ): Lang | null {
	const code = ( locale ?? '' ).slice( 0, 2 ).toLowerCase();
	return ( LANGS as string[] ).includes( code ) ? ( code as Lang ) : null;
}

/** Every fixed reply in every language: a message equal to one of them is the assistant's own. */
export function allTexts( key: keyof Messages ): string[] {
	return LANGS.map( ( lang ) => MESSAGES[ lang ][ key ] ).filter(
		( value ): value is string => typeof value === 'string'
	);
}
