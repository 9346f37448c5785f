/**
 * The lexicon's product words, in English and German: size, weight, colour, material,
 * capacity, dimensions, power, battery, stock and offers; then the account, care,
 * international and pickup topics, kept after them so the lexicon's order is unchanged.
 * Merged into LEXICON (lexicon.ts), which checks every entry's shape.
 */
export const PRODUCT_CONCEPTS = {
	size: {
		en: [ 'size', 'sizes', 'sizing', 'fit', 'fits' ],
		de: [ 'Größe', 'Größen', 'passt', 'Passform', 'Größentabelle' ],
	},
	weight: {
		en: [ 'weight', 'weigh', 'weighs', 'heavy' ],
		de: [ 'Gewicht', 'wiegt', 'wiegen', 'schwer' ],
	},
	colour: {
		en: [ 'colour', 'colours', 'color', 'colors' ],
		de: [ 'Farbe', 'Farben', 'Farbton' ],
	},
	material: {
		en: [ 'Material', 'materials', 'made', 'fabric' ],
		de: [
			'Material',
			'Materialien',
			'Werkstoff',
			'Stoff',
			'gefertigt',
			'hergestellt',
		],
	},
	capacity: {
		en: [
			'capacity',
			'volume',
			'holds',
			'hold',
			'litre',
			'litres',
			'Liter',
			'liters',
		],
		de: [
			'Fassungsvermögen',
			'Volumen',
			'Inhalt',
			'fasst',
			'Liter',
			'Füllmenge',
		],
	},
	dimensions: {
		en: [
			'dimensions',
			'dimension',
			'measurements',
			'length',
			'width',
			'height',
			'depth',
			'wide',
			'tall',

			'diameter',
		],
		de: [
			'Maße',
			'Abmessungen',
			'Abmessung',

			'Breite',
			'Höhe',
			'Tiefe',

			'Durchmesser',
		],
	},
	power: {
		en: [ 'power', 'Watt', 'watts', 'wattage', 'output' ],
		de: [ 'Leistung', 'Watt' ],
	},
	battery: {
		en: [ 'battery', 'batteries', 'runtime', 'rechargeable' ],
		de: [ 'Akku', 'Batterie', 'Batterien', 'Laufzeit', 'Akkulaufzeit' ],
	},
	stock: {
		en: [ 'stock', 'available', 'availability', 'sold', 'inventory' ],
		de: [
			'Lager',
			'lagernd',
			'vorrätig',
			'verfügbar',
			'Verfügbarkeit',
			'ausverkauft',
			'Bestand',
			'lieferbar',
		],
	},
	discount: {
		en: [
			'discount',
			'discounts',
			'coupon',
			'coupons',
			'voucher',
			'vouchers',
			'sale',
			'promo',
		],
		de: [
			'Rabatt',
			'Rabatte',
			'Gutschein',
			'Gutscheine',
			'Gutscheincode',
			'Angebot',
			'reduziert',
			'Aktion',
		],
	},
	account: {
		en: [ 'account', 'login', 'sign', 'password', 'register' ],
		de: [
			'Konto',
			'Kundenkonto',
			'anmelden',
			'Anmeldung',
			'Passwort',
			'registrieren',
		],
	},
	care: {
		en: [ 'care', 'cleaning', 'clean', 'wash', 'washing' ],
		de: [ 'Pflege', 'reinigen', 'Reinigung', 'waschen', 'Pflegehinweise' ],
	},
	international: {
		en: [ 'international', 'abroad', 'countries', 'country', 'worldwide' ],
		de: [ 'international', 'Ausland', 'Länder', 'weltweit' ],
	},
	pickup: {
		en: [ 'pickup', 'collect', 'collection' ],
		de: [ 'Abholung', 'abholen', 'Selbstabholung' ],
	},
};
