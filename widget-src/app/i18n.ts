/**
 * The widget's strings. English is the source; each other language is a full table
 * checked against it by the type. The widget follows the shop's locale (WordPress
 * `de_DE` -> `de`), falling back to English for languages it does not ship.
 */
const en = {
	openChat: 'Open chat',
	closeChat: 'Close chat',
	chat: 'Chat',
	loading: 'Loading…',
	typeMessage: 'Type your message',
	typeMessagePlaceholder: 'Type your message…',
	send: 'Send',
	retry: 'Retry',
	retrying: 'Retrying…',
	you: 'You',
	isTyping: '{name} is typing…',
	notSent: 'Not sent.',
	queued: 'Waiting for a connection — it will be sent automatically.',
	sources: 'Sources',
	messages: 'Messages',
	configError: 'We couldn’t load the chat.',
	sessionError: 'We couldn’t start the conversation.',
	historyError: 'We couldn’t load your earlier messages.',
	showEarlier: 'Show earlier messages',
	loadingEarlier: 'Loading earlier messages…',
	earlierError: 'We couldn’t load the earlier messages. Try again.',
	parentError:
		'Limited functionality: the chat lost contact with the shop page.',
	privacyError: 'We couldn’t save your privacy choices.',
	offline:
		'You are offline. Messages will be sent when the connection returns.',
	slowDown:
		'You’re sending messages quickly — please wait {seconds} seconds.',
	newReply: 'New reply from {name}: {text}',
	privacy: 'Privacy',
	consentTitle: 'Before we chat',
	consentText:
		'This chat stores your messages, and the shop pages you view while it is open, so the shop can answer you and see whether the chat helped you order. Nothing is stored or tracked until you agree.',
	keepFor: 'Keep my conversation for (days)',
	retentionHint: 'Whole days from {min} to {max}.',
	retentionInvalid: 'Enter whole days from {min} to {max}.',
	emailLabel: 'E-mail (optional, for data requests)',
	accept: 'Agree and start',
	save: 'Save',
	saved: 'Saved.',
	deleteConversation: 'Delete my conversation',
	deleted: 'Your conversation was deleted.',
	back: 'Back to chat',
	quickActions: 'Suggestions for this page',
	replyActions: 'Suggested next steps',
	addToCart: 'Add to cart',
	addingToCart: 'Adding to cart…',
	addedToCart: 'Added to cart.',
	viewCart: 'View cart',
	addToCartFailed: 'We couldn’t add this to your cart.',
	chooseVariation: 'Choose an option',
	cancel: 'Cancel',
	productChangedSince:
		'Price or stock of {name} has changed since this answer.',
	checkStock: 'Check stock',
	checkStockMessage: 'Is this product in stock?',
	compare: 'Compare',
	compareMessage: 'How does this product compare with similar products?',
	scheduleCall: 'Schedule a call',
	emailUs: 'Email us',
	searchHelp: 'Search help articles',
	searchHelpLabel: 'What do you need help with?',
	searchHelpMessage: 'Search the help articles: {query}',
	search: 'Search',
	opensInNewTab: '(opens in a new tab)',
	products: 'Products',
	inStock: 'In stock',
	inStockCount: '{count} in stock',
	outOfStock: 'Out of stock',
	onBackorder: 'Available on backorder',
	wasPrice: 'was {price}',
};

export type Strings = typeof en;

const de: Strings = {
	openChat: 'Chat öffnen',
	closeChat: 'Chat schließen',
	chat: 'Chat',
	loading: 'Wird geladen…',
	typeMessage: 'Nachricht eingeben',
	typeMessagePlaceholder: 'Nachricht eingeben…',
	send: 'Senden',
	retry: 'Erneut versuchen',
	retrying: 'Wird erneut versucht…',
	you: 'Sie',
	isTyping: '{name} schreibt…',
	notSent: 'Nicht gesendet.',
	queued: 'Wartet auf Verbindung – wird automatisch gesendet.',
	sources: 'Quellen',
	messages: 'Nachrichten',
	configError: 'Der Chat konnte nicht geladen werden.',
	sessionError: 'Das Gespräch konnte nicht gestartet werden.',
	historyError: 'Ihre früheren Nachrichten konnten nicht geladen werden.',
	showEarlier: 'Frühere Nachrichten anzeigen',
	loadingEarlier: 'Frühere Nachrichten werden geladen …',
	earlierError:
		'Die früheren Nachrichten konnten nicht geladen werden. Bitte erneut versuchen.',
	parentError:
		'Eingeschränkte Funktion: Der Chat hat die Verbindung zur Shop-Seite verloren.',
	privacyError:
		'Ihre Datenschutz-Einstellungen konnten nicht gespeichert werden.',
	offline:
		'Sie sind offline. Nachrichten werden gesendet, sobald die Verbindung zurück ist.',
	slowDown:
		'Sie senden Nachrichten sehr schnell – bitte warten Sie {seconds} Sekunden.',
	newReply: 'Neue Antwort von {name}: {text}',
	privacy: 'Datenschutz',
	consentTitle: 'Bevor wir chatten',
	consentText:
		'Dieser Chat speichert Ihre Nachrichten und die Shop-Seiten, die Sie bei geöffnetem Chat ansehen, damit der Shop Ihnen antworten und erkennen kann, ob der Chat Ihnen bei der Bestellung geholfen hat. Vor Ihrer Zustimmung wird nichts gespeichert oder erfasst.',
	keepFor: 'Gespräch aufbewahren für (Tage)',
	retentionHint: 'Ganze Tage von {min} bis {max}.',
	retentionInvalid: 'Bitte ganze Tage von {min} bis {max} eingeben.',
	emailLabel: 'E-Mail (optional, für Datenanfragen)',
	accept: 'Zustimmen und starten',
	save: 'Speichern',
	saved: 'Gespeichert.',
	deleteConversation: 'Mein Gespräch löschen',
	deleted: 'Ihr Gespräch wurde gelöscht.',
	back: 'Zurück zum Chat',
	quickActions: 'Vorschläge für diese Seite',
	replyActions: 'Vorgeschlagene nächste Schritte',
	addToCart: 'In den Warenkorb',
	addingToCart: 'Wird in den Warenkorb gelegt…',
	addedToCart: 'In den Warenkorb gelegt.',
	viewCart: 'Warenkorb ansehen',
	addToCartFailed: 'Der Artikel konnte nicht in den Warenkorb gelegt werden.',
	chooseVariation: 'Variante wählen',
	cancel: 'Abbrechen',
	productChangedSince:
		'Preis oder Bestand von {name} hat sich seitdem geändert.',
	checkStock: 'Verfügbarkeit prüfen',
	checkStockMessage: 'Ist dieser Artikel auf Lager?',
	compare: 'Vergleichen',
	compareMessage:
		'Wie schneidet dieser Artikel im Vergleich zu ähnlichen ab?',
	scheduleCall: 'Termin vereinbaren',
	emailUs: 'E-Mail schreiben',
	searchHelp: 'Hilfeartikel durchsuchen',
	searchHelpLabel: 'Wobei brauchen Sie Hilfe?',
	searchHelpMessage: 'Durchsuche die Hilfeartikel: {query}',
	search: 'Suchen',
	opensInNewTab: '(öffnet in neuem Tab)',
	products: 'Produkte',
	inStock: 'Auf Lager',
	inStockCount: '{count} auf Lager',
	outOfStock: 'Nicht auf Lager',
	onBackorder: 'Lieferbar auf Nachbestellung',
	wasPrice: 'statt {price}',
};

const tables: Record< string, Strings > = { en, de };

/** The languages the widget ships. */
export const LANGUAGES = Object.keys( tables );

/**
 * The shipped language for a locale tag (`de_DE`, `de-AT`, `en`), English otherwise.
 *
 * @param locale WordPress or BCP 47 locale.
 * @return A key of the string tables.
 */
export function languageFor( locale: string | null | undefined ): string {
	const language = ( locale ?? '' ).toLowerCase().split( /[-_]/ )[ 0 ] ?? '';
	return language in tables ? language : 'en';
}

export type Translate = (
	key: keyof Strings,
	values?: Record< string, string | number >
) => string;

/**
 * A translate function for a locale: looks a key up and fills `{name}` placeholders.
 *
 * @param locale The shop's locale.
 * @return The function.
 */
export function createTranslator(
	locale: string | null | undefined
): Translate {
	const table = tables[ languageFor( locale ) ]!;
	return ( key, values = {} ) =>
		table[ key ].replace( /\{(\w+)\}/g, ( match, name: string ) =>
			name in values ? String( values[ name ] ) : match
		);
}
