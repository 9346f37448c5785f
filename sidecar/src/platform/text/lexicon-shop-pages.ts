/**
 * The lexicon's topics of a shop's other pages, in English and German: the legal pages
 * (privacy, terms, imprint), services, samples, loyalty, courses and events, sustainability,
 * safety, reviews, pre-orders, VAT, holidays, origin, ingredients and the like. Merged into
 * LEXICON (lexicon.ts) after the service topics of lexicon-topics.ts.
 */
export const SHOP_PAGE_CONCEPTS = {
	privacy: {
		en: [ 'privacy', 'data', 'personal', 'gdpr', 'Cookies', 'cookie' ],
		de: [
			'Datenschutz',
			'Datenschutzerklärung',
			'Daten',
			'personenbezogene',
			'Dsgvo',
			'Cookies',
		],
	},
	terms: {
		en: [ 'terms', 'conditions', 'policy', 'policies' ],
		de: [
			'Agb',
			'Geschäftsbedingungen',
			'Bedingungen',
			'Richtlinie',
			'Richtlinien',
		],
	},
	imprint: {
		en: [ 'imprint', 'legal', 'company' ],
		de: [ 'Impressum', 'Firma', 'Unternehmen', 'Handelsregister' ],
	},
	management: {
		en: [
			'director',
			'managing',
			'ceo',
			'owner',
			'owners',
			'proprietor',
			'founder',
		],
		de: [
			'Geschäftsführer',
			'Geschäftsführerin',
			'Geschäftsführung',
			'Inhaber',
			'Inhaberin',
			'Gründer',
			'Gründerin',
			'vertreten',
		],
	},
	transport: {
		en: [ 'tram', 'bus', 'train', 'subway', 'metro', 'station', 'stop' ],
		de: [
			'Straßenbahn',
			'Tram',
			'Bus',
			'Bahn',
			'Haltestelle',
			'Bahnhof',
			'Linie',
		],
	},
	// Shipping in cold weather: plants, food and batteries often pause for frost.
	frost: {
		en: [ 'frost', 'frosty', 'freezing', 'winter', 'wintertime' ],
		de: [
			'Frost',
			'Frostpause',
			'frostfrei',
			'Minusgrade',
			'Kälte',
			'Winter',
			'Winterversand',
		],
	},
	parking: {
		en: [ 'parking', 'park', 'car' ],
		de: [ 'Parkplatz', 'Parkplätze', 'parken', 'Parkhaus', 'Auto' ],
	},
	service: {
		en: [
			'Service',
			'services',
			'repair',
			'repairs',
			'maintenance',
			'servicing',
			'fix',
			'Installation',
			'install',
			'assembly',
		],
		de: [
			'Service',
			'Reparatur',
			'Reparaturen',
			'reparieren',
			'Wartung',
			'Instandsetzung',
			'Montage',
			'Installation',
			'Einbau',
			'Aufbau',
		],
	},
	// The pages of many trades beyond shipping and returns: samples, loyalty and teacher
	// terms, made-to-order work, courses and events, sustainability, disposal, allergens,
	// age and safety marks, newsletter, reviews, pre-orders, stock alerts, shipping
	// insurance, advice, VAT, parcel lockers, holidays. Words with an everyday sense stay
	// out ("course", "points", "sicher", "Muster" as in a knitting pattern).
	samples: {
		en: [ 'sample', 'samples', 'swatch', 'swatches' ],
		de: [
			'Warenprobe',
			'Warenproben',
			'Gratisprobe',
			'Gratisproben',
			'Probierpaket',
			'Probepackung',
			'Probiergröße',
			'Farbmuster',
			'Stoffmuster',
			'Musterpaket',
		],
	},
	loyalty: {
		en: [ 'loyalty', 'rewards', 'reward' ],
		de: [
			'Treuepunkte',
			'Bonuspunkte',
			'Bonusprogramm',
			'Treueprogramm',
			'Prämienprogramm',
			'Kundenkarte',
		],
	},
	teachers: {
		en: [ 'teacher', 'teachers', 'educator', 'educators' ],
		de: [ 'Lehrer', 'Lehrerin', 'Lehrkraft', 'Lehrkräfte', 'Pädagogen' ],
	},
	bespoke: {
		en: [ 'bespoke', 'commissioned', 'tailormade' ],
		de: [
			'Sonderanfertigung',
			'Sonderanfertigungen',
			'Maßanfertigung',
			'Einzelanfertigung',
			'Auftragsarbeit',
			'Auftragsarbeiten',
			'maßgefertigt',
			'anfertigen',
			'Anfertigung',
		],
	},
	courses: {
		en: [ 'workshop', 'workshops', 'seminar', 'seminars', 'lessons' ],
		de: [
			'Kurs',
			'Kurse',
			'Workshop',
			'Workshops',
			'Seminar',
			'Seminare',
			'Lehrgang',
			'Unterricht',
		],
	},
	events: {
		en: [ 'events', 'event' ],
		de: [ 'Veranstaltung', 'Veranstaltungen', 'Event', 'Events' ],
	},
	sustainability: {
		en: [
			'sustainability',
			'sustainable',
			'sustainably',
			'environmentally',
			'environment',
			'recyclable',
			'recycled',
			'compostable',
		],
		de: [
			'Nachhaltigkeit',
			'nachhaltig',
			'umweltfreundlich',
			'Umwelt',
			'klimaneutral',
			'recycelt',
			'recycelbar',
			'kompostierbar',
		],
	},
	disposal: {
		en: [ 'disposal', 'dispose', 'WEEE' ],
		de: [
			'Entsorgung',
			'entsorgen',
			'Altgeräte',
			'Altgerät',
			'Rücknahme',
			'Altbatterien',
		],
	},
	allergens: {
		en: [ 'allergens', 'allergen', 'allergy', 'allergies', 'allergic' ],
		de: [ 'Allergene', 'Allergen', 'Allergie', 'Allergien', 'Allergiker' ],
	},
	age: {
		en: [ 'age', 'ages' ],
		de: [ 'Altersempfehlung', 'Altersangabe', 'Altersgruppe' ],
	},
	safety: {
		en: [ 'safety', 'CE', 'certified', 'certification' ],
		de: [
			'Sicherheitshinweise',
			'Warnhinweise',
			'Warnhinweis',
			'Produktsicherheit',
			'CE',
			'zertifiziert',
			'Zertifizierung',
		],
	},
	newsletter: {
		en: [ 'newsletter', 'newsletters', 'unsubscribe' ],
		de: [ 'Newsletter', 'Newsletteranmeldung' ],
	},
	reviews: {
		en: [ 'review', 'reviews', 'testimonials' ],
		de: [
			'Bewertung',
			'Bewertungen',
			'bewerten',
			'Rezension',
			'Rezensionen',
			'Kundenbewertungen',
			'Erfahrungsberichte',
		],
	},
	preorder: {
		en: [
			'preorder',
			'preorders',
			'preordered',
			'backorder',
			'backordered',
		],
		de: [
			'Vorbestellung',
			'Vorbestellungen',
			'vorbestellen',
			'vorbestellbar',
			'vorbestellt',
		],
	},
	notify: {
		en: [
			'notify',
			'notified',
			'notification',
			'notifications',
			'alert',
			'alerts',
			'restock',
			'restocked',
		],
		de: [
			'Benachrichtigung',
			'benachrichtigen',
			'benachrichtigt',
			'Preisalarm',
			'Preiswecker',
		],
	},
	insurance: {
		en: [ 'insurance', 'insured', 'uninsured' ],
		de: [ 'Versicherung', 'versichert', 'Transportversicherung' ],
	},
	consultation: {
		en: [
			'consultation',
			'consultations',
			'advice',
			'advise',
			'adviser',
			'advisor',
		],
		de: [ 'Beratung', 'beraten', 'Berater', 'Beraterin', 'Fachberatung' ],
	},
	vat: {
		en: [ 'VAT', 'tax', 'taxes' ],
		de: [
			'MwSt',
			'Mehrwertsteuer',
			'Umsatzsteuer',
			'Steuer',
			'Steuern',
			'USt',
		],
	},
	lockers: {
		en: [ 'locker', 'lockers', 'packstation' ],
		de: [
			'Packstation',
			'Packstationen',
			'Paketstation',
			'Paketshop',
			'Postfiliale',
			'Postfach',
		],
	},
	holidays: {
		en: [ 'holiday', 'holidays', 'christmas', 'xmas', 'easter' ],
		de: [ 'Feiertag', 'Feiertage', 'Feiertagen', 'Weihnachten', 'Ostern' ],
	},
	// Delivery going wrong, where a parcel may be left, and a shop's further schemes.
	lost: {
		en: [ 'lost', 'stolen' ],
		de: [
			'verloren',
			'gestohlen',
			'Verlust',
			'verschollen',
			'Paketverlust',
		],
	},
	neighbour: {
		en: [ 'neighbour', 'neighbours', 'neighbor', 'neighbors' ],
		de: [
			'Nachbar',
			'Nachbarn',
			'Abstellgenehmigung',
			'Abstellort',
			'Ablageort',
		],
	},
	tradein: {
		en: [ 'buyback', 'tradein' ],
		de: [ 'Ankauf', 'ankaufen', 'Inzahlungnahme', 'Ankaufspreis' ],
	},
	referral: {
		en: [ 'referral', 'referrals' ],
		de: [
			'Empfehlungsprogramm',
			'Freundschaftswerbung',
			'Empfehlungsbonus',
		],
	},
	// Where a shop's goods come from, as a page of its own (coffee, tea, food, crafts).
	origin: {
		en: [ 'origin', 'origins', 'provenance', 'sourced', 'sourcing' ],
		de: [ 'Herkunft', 'Herkunftsland', 'Ursprung', 'Anbaugebiet' ],
	},
	// What goes into a product, as a page of its own (food, cosmetics, pet food).
	ingredients: {
		en: [ 'ingredients', 'ingredient' ],
		de: [ 'Inhaltsstoffe', 'Zutaten', 'Zutatenliste' ],
	},
};
