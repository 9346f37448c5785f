/**
 * The lexicon's arrangements a shop makes beyond shipping and returns, in English and
 * German: subscriptions and their terms, damage in transit, how long vouchers stay valid,
 * paying in instalments or cash on delivery, appointments, trying before buying, used goods
 * and their condition, rentals and deposits, engraving, gift wrapping, student and trade
 * terms. Merged into LEXICON (lexicon.ts), which checks every entry's shape. Words that
 * name a product more often than an arrangement ("book", "bar", "cold") stay out.
 */
export const ARRANGEMENT_CONCEPTS = {
	subscription: {
		en: [ 'subscription', 'subscriptions', 'subscribe', 'subscribed' ],
		de: [ 'Abo', 'Abos', 'Abonnement', 'abonnieren', 'abonniert' ],
	},
	pause: {
		en: [ 'pause', 'paused', 'pausing', 'skip', 'suspend' ],
		de: [ 'pausieren', 'Pause', 'aussetzen', 'unterbrechen' ],
	},
	term: {
		en: [ 'term', 'commitment', 'contract' ],
		de: [ 'Mindestlaufzeit', 'Laufzeit', 'Vertrag', 'Vertragslaufzeit' ],
	},
	damage: {
		en: [
			'damaged',
			'damage',
			'broken',
			'cracked',
			'smashed',
			'shattered',
			'breakage',
		],
		de: [
			'beschädigt',
			'Beschädigung',
			'Schaden',
			'Schäden',
			'Transportschaden',
			'zerbrochen',
			'Bruch',
			'kaputt',
		],
	},
	validity: {
		en: [ 'expire', 'expires', 'expired', 'expiry', 'valid', 'validity' ],
		de: [ 'gültig', 'Gültigkeit', 'verfallen', 'verfällt', 'ablaufen' ],
	},
	instalments: {
		en: [
			'instalments',
			'instalment',
			'installments',
			'installment',
			'finance',
			'financing',
		],
		de: [
			'Raten',
			'Ratenzahlung',
			'Ratenkauf',
			'Finanzierung',
			'finanzieren',
		],
	},
	cash: {
		en: [ 'cash', 'COD' ],
		de: [ 'Nachnahme', 'Bargeld', 'Barzahlung' ],
	},
	appointment: {
		en: [
			'appointment',
			'appointments',
			'booking',
			'reservation',
			'reserve',
		],
		de: [
			'Termin',
			'Termine',
			'Terminvereinbarung',
			'buchen',
			'reservieren',
			'Reservierung',
		],
	},
	trial: {
		en: [ 'try', 'trial', 'test', 'demo', 'audition' ],
		de: [
			'ausprobieren',
			'probieren',
			'testen',
			'probehören',
			'Probe',
			'Probefahrt',
			'Vorführung',
		],
	},
	used: {
		en: [ 'used', 'second-hand', 'secondhand', 'pre-owned', 'refurbished' ],
		de: [
			'gebraucht',
			'gebrauchte',
			'gebrauchtes',
			'Gebrauchtware',
			'generalüberholt',
		],
	},
	condition: {
		en: [ 'condition', 'grade', 'grades', 'grading' ],
		de: [ 'Zustand', 'Zustandsstufe', 'Zustandsstufen', 'Zustände' ],
	},
	rental: {
		en: [ 'rent', 'rental', 'rentals', 'hire', 'lease' ],
		de: [
			'mieten',
			'Miete',
			'leihen',
			'ausleihen',
			'Verleih',
			'Vermietung',
		],
	},
	deposit: {
		en: [ 'deposit', 'deposits' ],
		de: [ 'Pfand', 'Kaution' ],
	},
	engraving: {
		en: [
			'engraving',
			'engrave',
			'engraved',
			'personalise',
			'personalize',
			'personalised',
			'personalized',
			'monogram',
		],
		de: [
			'Gravur',
			'gravieren',
			'graviert',
			'personalisieren',
			'Personalisierung',
		],
	},
	wrapping: {
		en: [ 'wrap', 'wrapping', 'wrapped' ],
		de: [ 'Geschenkverpackung', 'verpacken', 'einpacken', 'eingepackt' ],
	},
	students: {
		en: [ 'student', 'students' ],
		de: [ 'Student', 'Studenten', 'Studierende', 'Schüler' ],
	},
	trade: {
		en: [ 'wholesale', 'bulk', 'reseller', 'resellers', 'b2b' ],
		de: [
			'Großhandel',
			'Wiederverkäufer',
			'Gewerbekunden',
			'Firmenkunden',
			'Mengenrabatt',
		],
	},
	travel: {
		en: [ 'vacation', 'travel', 'travelling', 'traveling', 'away' ],
		de: [ 'Urlaub', 'Ferien', 'verreist', 'verreisen', 'Reise' ],
	},
};
