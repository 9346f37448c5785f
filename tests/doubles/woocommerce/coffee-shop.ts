/**
 * A second eval shop in another trade: coffee and espresso equipment, in German (or
 * English), in WooCommerce's wc/v3 JSON shapes plus the shop's pages as WordPress serves
 * them over /wp-json/wp/v2/pages. Everything comes from one seed:
 * - the FIXED German shop (tests/doubles/woocommerce/kaffeewerk.json) was built once from
 *   seed 1907 and stored, so its frozen questions can never drift with this code;
 * - the paraphrase eval (tests/eval/generated/) builds a fresh shop from a random seed each
 *   run and computes its expectations from the `facts` returned here.
 * The shop carries the traps found on real shops: a product named after a policy word
 * (return label printer, shipping box), a product with "Garantie" in its name, and
 * shoppers whose e-mail domains look like product words.
 */
import { seededRandom } from './catalog';
import type {
	PriceFormatSettings,
	WcOrder,
	WcProduct,
	WcVariation,
	WooCommerceData,
} from './server';
import { priceFields } from './catalog-kit';
import { slugify } from './shop-builder-de';
import { entityWriter, makeVariable } from './shop-kit';

export type ShopLang = 'de' | 'en';

/** WooCommerce's price format settings (Settings → General → Currency options). */
export type PriceFormat = PriceFormatSettings;

/** A page as GET /wp-json/wp/v2/pages returns it (the fields the sidecar asks for). */
export interface WpPage {
	id: number;
	slug: string;
	link: string;
	modified_gmt: string;
	title: { rendered: string };
	content: { rendered: string; protected: boolean };
}

/** The policy and contact facts written into the pages, for computed expectations. */
export interface ShopFacts {
	returnDays: number;
	shippingCost: string;
	freeShippingFrom: string;
	deliveryDays: string;
	expressCost: string;
	phone: string;
	email: string;
	street: string;
	city: string;
	weekdayHours: string;
	saturdayHours: string;
	warrantyYears: number;
	descalingPrice: string;
	paymentMethods: string[];
}

export interface CoffeeShop extends Pick<
	WooCommerceData,
	'products' | 'variations' | 'orders' | 'notes' | 'currency'
> {
	name: string;
	storeUrl: string;
	lang: ShopLang;
	priceFormat: PriceFormat;
	pages: WpPage[];
	facts: ShopFacts;
	/** Per product id, the fact only its long description states (for spec questions). */
	details: Map< number, string >;
}

export const GERMAN_PRICE_FORMAT: PriceFormat = {
	currency: 'EUR',
	currency_pos: 'right_space',
	thousand_sep: '.',
	decimal_sep: ',',
	num_decimals: 2,
};

/** The euro as WooCommerce's settings name it (its symbol as the REST API writes it). */
export const EURO = { code: 'EUR', name: 'Euro', symbol: '&euro;' };

export const ENGLISH_PRICE_FORMAT: PriceFormat = {
	currency: 'EUR',
	currency_pos: 'left',
	thousand_sep: ',',
	decimal_sep: '.',
	num_decimals: 2,
};

/** WooCommerce's settings for a UK shop: "£1,234.50" (currency left, no space). */
export const GB_PRICE_FORMAT: PriceFormat = {
	currency: 'GBP',
	currency_pos: 'left',
	thousand_sep: ',',
	decimal_sep: '.',
	num_decimals: 2,
};

/** The pound as WooCommerce's settings name it (its symbol as the REST API writes it). */
export const POUND_STERLING = {
	code: 'GBP',
	name: 'Pound sterling',
	symbol: '&pound;',
};

/** A number as the shop's locale writes it (1.200 / 1,8 in German; 1,200 / 1.8 in English). */
export function formatNumber(
	value: number,
	decimals: number,
	lang: ShopLang
): string {
	const [ whole, fraction ] = value.toFixed( decimals ).split( '.' );
	const thousands = lang === 'de' ? '.' : ',';
	const grouped = whole!.replace( /\B(?=(\d{3})+(?!\d))/g, thousands );
	if ( ! fraction ) {
		return grouped;
	}
	return `${ grouped }${ lang === 'de' ? ',' : '.' }${ fraction }`;
}

/** wc_price() as text: amount with the shop's separators and currency position. */
export function formatPrice( amount: string | number, f: PriceFormat ): string {
	const [ whole, fraction ] = Number( amount )
		.toFixed( f.num_decimals )
		.split( '.' );
	const grouped = whole!.replace( /\B(?=(\d{3})+(?!\d))/g, f.thousand_sep );
	const number = fraction
		? `${ grouped }${ f.decimal_sep }${ fraction }`
		: grouped;
	const symbols: Record< string, string > = { EUR: '€', GBP: '£' };
	const symbol = symbols[ f.currency ] ?? f.currency;
	switch ( f.currency_pos ) {
		case 'left':
			return `${ symbol }${ number }`;
		case 'left_space':
			return `${ symbol } ${ number }`;
		case 'right':
			return `${ number }${ symbol }`;
		default:
			return `${ number } ${ symbol }`;
	}
}

/** The amount alone as the shop writes it ("1.299,00"), the part every answer must show. */
export function formatAmount(
	amount: string | number,
	f: PriceFormat
): string {
	return formatPrice( amount, { ...f, currency_pos: 'left' } ).replace(
		/^\D+/,
		''
	);
}

export const withEntities = entityWriter( /[äöüÄÖÜß€–×°]/g );

type Random = () => number;
type Text = Record< ShopLang, string >;

interface Spec {
	/** Attribute name per language. */
	name: Text;
	/** The value per language, formatted as the shop writes it. */
	value: Text;
	/** The bare number (for unit-aware expectations), when there is one. */
	number?: number;
	unit?: string;
}

interface VariationAxis {
	name: Text;
	options: Array< { label: Text; factor: number } >;
}

interface Kind {
	key: string;
	type: Text;
	category: Text;
	price: [ number, number ];
	specs: ( r: Random, lang: ShopLang ) => Spec[];
	/** A sentence of the long description stating a fact found nowhere else. */
	detail: ( r: Random ) => { text: Text; fact: Text };
	blurb: Text;
	axis?: VariationAxis;
	tags: Text[];
}

const MODELS = (
	'Milano Napoli Torino Verona Aroma Crema Ristretto Lungo Doppio Alba Sole Notte Brio ' +
	'Vento Luna Tazza Forte Dolce Bella Rondo Piccolo Grande Nero Bianco Oro Rosso Vivo ' +
	'Perla Stella Corso Ponte Duetto Solo Arco Prima Uno Tre Fiore Lago Monte'
).split( ' ' );

const COLORS: Text[] = [
	{ de: 'Schwarz', en: 'Black' },
	{ de: 'Edelstahl gebürstet', en: 'Brushed stainless steel' },
	{ de: 'Weiß', en: 'White' },
	{ de: 'Rot', en: 'Red' },
	{ de: 'Anthrazit', en: 'Anthracite' },
	{ de: 'Creme', en: 'Cream' },
];

const pickOf = < T >( r: Random, list: T[] ): T =>
	list[ Math.floor( r() * list.length ) ]!;
const between = ( r: Random, min: number, max: number, step = 1 ) =>
	min + Math.floor( r() * ( ( max - min ) / step + 1 ) ) * step;

function unitSpec(
	name: Text,
	value: number,
	decimals: number,
	unit: string
): Spec {
	return {
		name,
		value: {
			de: `${ formatNumber( value, decimals, 'de' ) } ${ unit }`,
			en: `${ formatNumber( value, decimals, 'en' ) } ${ unit }`,
		},
		number: value,
		unit,
	};
}

const S = {
	pressure: { de: 'Druck', en: 'Pressure' },
	tank: { de: 'Wassertank', en: 'Water tank' },
	capacity: { de: 'Fassungsvermögen', en: 'Capacity' },
	power: { de: 'Leistung', en: 'Power' },
	weight: { de: 'Gewicht', en: 'Weight' },
	size: { de: 'Maße', en: 'Dimensions' },
	material: { de: 'Material', en: 'Material' },
	color: { de: 'Farbe', en: 'Colour' },
	burr: { de: 'Mahlscheiben', en: 'Burr set' },
	hopper: { de: 'Bohnenbehälter', en: 'Bean hopper' },
	diameter: { de: 'Durchmesser', en: 'Diameter' },
	origin: { de: 'Herkunft', en: 'Origin' },
	roast: { de: 'Röstgrad', en: 'Roast' },
	range: { de: 'Wiegebereich', en: 'Weighing range' },
	precision: { de: 'Genauigkeit', en: 'Precision' },
	volume: { de: 'Inhalt', en: 'Volume' },
} satisfies Record< string, Text >;

function dimensions( r: Random, base: [ number, number, number ] ): Spec {
	const [ w, d, h ] = base.map( ( v ) => v + between( r, 0, 6 ) );
	const text = `${ w } × ${ d } × ${ h } cm`;
	return { name: S.size, value: { de: text, en: text } };
}

function materialSpec( r: Random, options: Text[] ): Spec {
	const m = pickOf( r, options );
	return { name: S.material, value: m };
}

const STEEL = { de: 'Edelstahl', en: 'Stainless steel' };
const GLASS = { de: 'Borosilikatglas', en: 'Borosilicate glass' };
const PORCELAIN = { de: 'Porzellan', en: 'Porcelain' };
const PLASTIC = { de: 'Kunststoff (BPA-frei)', en: 'Plastic (BPA-free)' };
const WOOD = { de: 'Walnussholz', en: 'Walnut wood' };
const ALU = { de: 'Aluminium', en: 'Aluminium' };

const KINDS: Kind[] = [
	{
		key: 'espresso',
		type: { de: 'Siebträgermaschine', en: 'Espresso Machine' },
		category: { de: 'Espressomaschinen', en: 'Espresso machines' },
		price: [ 349, 1899 ],
		blurb: {
			de: 'Eine Siebträgermaschine für Espresso und Milchgetränke wie im Café.',
			en: 'An espresso machine for café-style espresso and milk drinks.',
		},
		specs: ( r ) => [
			unitSpec( S.pressure, pickOf( r, [ 9, 15, 19 ] ), 0, 'bar' ),
			unitSpec( S.tank, pickOf( r, [ 1.5, 1.8, 2.1, 2.5, 3 ] ), 1, 'l' ),
			unitSpec( S.power, between( r, 1100, 1900, 50 ), 0, 'W' ),
			unitSpec( S.weight, between( r, 55, 240 ) / 10, 1, 'kg' ),
			dimensions( r, [ 25, 30, 36 ] ),
			materialSpec( r, [ STEEL, ALU ] ),
			{ name: S.color, value: pickOf( r, COLORS ) },
		],
		detail: ( r ) => {
			const s = between( r, 25, 90, 5 );
			return {
				text: {
					de: `Die Maschine ist nach etwa ${ s } Sekunden betriebsbereit.`,
					en: `The machine is ready to brew after about ${ s } seconds.`,
				},
				fact: { de: `${ s } Sekunden`, en: `${ s } seconds` },
			};
		},
		tags: [
			{ de: 'Espresso', en: 'espresso' },
			{ de: 'Dualboiler', en: 'dual boiler' },
		],
	},
	{
		key: 'grinder',
		type: { de: 'Kaffeemühle', en: 'Coffee Grinder' },
		category: { de: 'Kaffeemühlen', en: 'Grinders' },
		price: [ 89, 749 ],
		blurb: {
			de: 'Eine elektrische Kaffeemühle mit stufenloser Mahlgradeinstellung.',
			en: 'An electric grinder with stepless grind adjustment.',
		},
		specs: ( r ) => [
			{
				name: S.burr,
				value: pickOf( r, [
					{ de: 'Kegelmahlwerk 38 mm', en: 'Conical burrs 38 mm' },
					{ de: 'Scheibenmahlwerk 54 mm', en: 'Flat burrs 54 mm' },
					{ de: 'Scheibenmahlwerk 64 mm', en: 'Flat burrs 64 mm' },
				] ),
			},
			unitSpec( S.power, between( r, 150, 450, 10 ), 0, 'W' ),
			unitSpec( S.hopper, between( r, 200, 500, 50 ), 0, 'g' ),
			unitSpec( S.weight, between( r, 28, 110 ) / 10, 1, 'kg' ),
			dimensions( r, [ 12, 20, 33 ] ),
			{ name: S.color, value: pickOf( r, COLORS ) },
		],
		detail: ( r ) => {
			const n = between( r, 30, 60, 5 );
			return {
				text: {
					de: `Der Mahlgrad lässt sich in ${ n } Stufen einstellen.`,
					en: `The grind size can be set in ${ n } steps.`,
				},
				fact: { de: `${ n } Stufen`, en: `${ n } steps` },
			};
		},
		tags: [ { de: 'Mühle', en: 'grinder' } ],
	},
	{
		key: 'automatic',
		type: { de: 'Kaffeevollautomat', en: 'Bean-to-Cup Machine' },
		category: { de: 'Kaffeevollautomaten', en: 'Bean-to-cup machines' },
		price: [ 449, 1599 ],
		blurb: {
			de: 'Ein Vollautomat, der Bohnen frisch mahlt und auf Knopfdruck brüht.',
			en: 'A bean-to-cup machine that grinds fresh beans and brews at the touch of a button.',
		},
		specs: ( r ) => [
			unitSpec( S.pressure, 15, 0, 'bar' ),
			unitSpec( S.tank, pickOf( r, [ 1.7, 1.8, 2.0, 2.2 ] ), 1, 'l' ),
			unitSpec( S.power, between( r, 1350, 1550, 50 ), 0, 'W' ),
			unitSpec( S.weight, between( r, 70, 110 ) / 10, 1, 'kg' ),
			dimensions( r, [ 24, 40, 34 ] ),
			{ name: S.color, value: pickOf( r, COLORS ) },
		],
		detail: ( r ) => {
			const n = between( r, 8, 24, 2 );
			return {
				text: {
					de: `Auf dem Display stehen ${ n } Kaffeespezialitäten zur Auswahl.`,
					en: `The display offers ${ n } coffee specialities.`,
				},
				fact: {
					de: `${ n } Kaffeespezialitäten`,
					en: `${ n } coffee specialities`,
				},
			};
		},
		tags: [ { de: 'Vollautomat', en: 'automatic' } ],
	},
	{
		key: 'kettle',
		type: { de: 'Wasserkocher', en: 'Kettle' },
		category: { de: 'Zubehör', en: 'Accessories' },
		price: [ 39, 169 ],
		blurb: {
			de: 'Ein Wasserkocher mit Schwanenhalsausguss für Handfilter.',
			en: 'A gooseneck kettle for pour-over brewing.',
		},
		specs: ( r ) => [
			unitSpec( S.capacity, pickOf( r, [ 0.8, 1.0, 1.2, 1.7 ] ), 1, 'l' ),
			unitSpec( S.power, pickOf( r, [ 1200, 1800, 2200 ] ), 0, 'W' ),
			materialSpec( r, [ STEEL, GLASS ] ),
			unitSpec( S.weight, between( r, 8, 16 ) / 10, 1, 'kg' ),
		],
		detail: ( r ) => {
			const t = between( r, 40, 60, 5 );
			return {
				text: {
					de: `Die Temperatur ist ab ${ t } °C gradgenau einstellbar.`,
					en: `The temperature can be set to the degree from ${ t } °C.`,
				},
				fact: { de: `${ t } °C`, en: `${ t } °C` },
			};
		},
		tags: [ { de: 'Handfilter', en: 'pour-over' } ],
	},
	{
		key: 'jug',
		type: { de: 'Milchkännchen', en: 'Milk Jug' },
		category: { de: 'Barista-Zubehör', en: 'Barista tools' },
		price: [ 14, 39 ],
		blurb: {
			de: 'Ein Milchkännchen mit spitzem Ausguss für Latte Art.',
			en: 'A milk jug with a sharp spout for latte art.',
		},
		specs: ( r ) => [
			materialSpec( r, [ STEEL ] ),
			{ name: S.color, value: pickOf( r, COLORS ) },
		],
		detail: () => ( {
			text: {
				de: 'Das Kännchen ist spülmaschinengeeignet.',
				en: 'The jug is dishwasher safe.',
			},
			fact: { de: 'spülmaschinen', en: 'dishwasher' },
		} ),
		axis: {
			name: { de: 'Größe', en: 'Size' },
			options: [
				{ label: { de: '350 ml', en: '350 ml' }, factor: 1 },
				{ label: { de: '600 ml', en: '600 ml' }, factor: 1.25 },
				{ label: { de: '950 ml', en: '950 ml' }, factor: 1.5 },
			],
		},
		tags: [ { de: 'Latte Art', en: 'latte art' } ],
	},
	{
		key: 'tamper',
		type: { de: 'Tamper', en: 'Tamper' },
		category: { de: 'Barista-Zubehör', en: 'Barista tools' },
		price: [ 24, 89 ],
		blurb: {
			de: 'Ein schwerer Tamper für gleichmäßig verdichteten Kaffee.',
			en: 'A heavy tamper for evenly compressed coffee.',
		},
		specs: ( r ) => [
			materialSpec( r, [ STEEL, WOOD ] ),
			unitSpec( S.weight, between( r, 350, 650, 10 ), 0, 'g' ),
		],
		detail: () => ( {
			text: {
				de: 'Der Boden ist plan geschliffen.',
				en: 'The base is ground flat.',
			},
			fact: { de: 'plan', en: 'flat' },
		} ),
		axis: {
			name: { de: 'Durchmesser', en: 'Diameter' },
			options: [
				{ label: { de: '51 mm', en: '51 mm' }, factor: 1 },
				{ label: { de: '53 mm', en: '53 mm' }, factor: 1 },
				{ label: { de: '58 mm', en: '58 mm' }, factor: 1.15 },
			],
		},
		tags: [ { de: 'Barista', en: 'barista' } ],
	},
	{
		key: 'beans',
		type: { de: 'Kaffeebohnen', en: 'Coffee Beans' },
		category: { de: 'Kaffee', en: 'Coffee' },
		price: [ 8, 16 ],
		blurb: {
			de: 'Frisch geröstete Bohnen aus unserer Partnerrösterei.',
			en: 'Freshly roasted beans from our partner roastery.',
		},
		specs: ( r ) => [
			{
				name: S.origin,
				value: pickOf( r, [
					{ de: 'Brasilien', en: 'Brazil' },
					{ de: 'Äthiopien', en: 'Ethiopia' },
					{ de: 'Kolumbien', en: 'Colombia' },
					{ de: 'Guatemala', en: 'Guatemala' },
					{ de: 'Indien', en: 'India' },
				] ),
			},
			{
				name: S.roast,
				value: pickOf( r, [
					{ de: 'hell', en: 'light' },
					{ de: 'mittel', en: 'medium' },
					{ de: 'dunkel', en: 'dark' },
				] ),
			},
		],
		detail: ( r ) => {
			const a = between( r, 60, 100, 10 );
			return {
				text: {
					de: `Die Mischung besteht zu ${ a } % aus Arabica.`,
					en: `The blend is ${ a } % Arabica.`,
				},
				fact: { de: `${ a } %`, en: `${ a } %` },
			};
		},
		axis: {
			name: { de: 'Packungsgröße', en: 'Pack size' },
			options: [
				{ label: { de: '250 g', en: '250 g' }, factor: 1 },
				{ label: { de: '500 g', en: '500 g' }, factor: 1.85 },
				{ label: { de: '1 kg', en: '1 kg' }, factor: 3.4 },
			],
		},
		tags: [ { de: 'Bohnen', en: 'beans' } ],
	},
	{
		key: 'descaler',
		type: { de: 'Entkalker', en: 'Descaler' },
		category: { de: 'Pflege & Reinigung', en: 'Care & cleaning' },
		price: [ 7, 15 ],
		blurb: {
			de: 'Ein Flüssigentkalker auf Milchsäurebasis für alle Maschinen.',
			en: 'A lactic-acid liquid descaler for all machines.',
		},
		specs: () => [],
		detail: ( r ) => {
			const n = between( r, 2, 6 );
			return {
				text: {
					de: `Eine Flasche reicht für ${ n } Entkalkungen.`,
					en: `One bottle is enough for ${ n } descaling cycles.`,
				},
				fact: {
					de: `${ n } Entkalkungen`,
					en: `${ n } descaling cycles`,
				},
			};
		},
		axis: {
			name: { de: 'Packungsgröße', en: 'Pack size' },
			options: [
				{ label: { de: '250 ml', en: '250 ml' }, factor: 1 },
				{ label: { de: '500 ml', en: '500 ml' }, factor: 1.7 },
				{ label: { de: '1 l', en: '1 l' }, factor: 3 },
			],
		},
		tags: [ { de: 'Entkalken', en: 'descaling' } ],
	},
	{
		key: 'tablets',
		type: { de: 'Reinigungstabletten', en: 'Cleaning Tablets' },
		category: { de: 'Pflege & Reinigung', en: 'Care & cleaning' },
		price: [ 9, 19 ],
		blurb: {
			de: 'Tabletten zur Reinigung der Brühgruppe.',
			en: 'Tablets for cleaning the brew group.',
		},
		specs: ( r ) => [
			unitSpec( S.weight, between( r, 15, 25 ) / 10, 1, 'g' ),
		],
		detail: () => ( {
			text: {
				de: 'Eine Tablette pro Reinigung; phosphatfrei.',
				en: 'One tablet per cleaning; phosphate-free.',
			},
			fact: { de: 'phosphatfrei', en: 'phosphate-free' },
		} ),
		axis: {
			name: { de: 'Packungsgröße', en: 'Pack size' },
			options: [
				{ label: { de: '50 Stück', en: '50 pieces' }, factor: 1 },
				{ label: { de: '100 Stück', en: '100 pieces' }, factor: 1.8 },
			],
		},
		tags: [ { de: 'Reinigung', en: 'cleaning' } ],
	},
	{
		key: 'dripper',
		type: { de: 'Handfilter', en: 'Pour-Over Dripper' },
		category: { de: 'Filterkaffee', en: 'Filter coffee' },
		price: [ 12, 49 ],
		blurb: {
			de: 'Ein Handfilter für klaren, aromatischen Filterkaffee.',
			en: 'A dripper for clean, aromatic filter coffee.',
		},
		specs: ( r ) => [ materialSpec( r, [ PORCELAIN, GLASS, PLASTIC ] ) ],
		detail: ( r ) => {
			const n = between( r, 1, 4 );
			return {
				text: {
					de: `Er brüht 1 bis ${ n + 1 } Tassen auf einmal.`,
					en: `It brews 1 to ${ n + 1 } cups at once.`,
				},
				fact: { de: `${ n + 1 } Tassen`, en: `${ n + 1 } cups` },
			};
		},
		tags: [ { de: 'Filterkaffee', en: 'filter coffee' } ],
	},
	{
		key: 'press',
		type: { de: 'French Press', en: 'French Press' },
		category: { de: 'Filterkaffee', en: 'Filter coffee' },
		price: [ 19, 59 ],
		blurb: {
			de: 'Eine Stempelkanne mit doppeltem Edelstahlsieb.',
			en: 'A French press with a double stainless steel filter.',
		},
		specs: ( r ) => [ materialSpec( r, [ GLASS, STEEL ] ) ],
		detail: () => ( {
			text: {
				de: 'Alle Teile sind spülmaschinengeeignet.',
				en: 'All parts are dishwasher safe.',
			},
			fact: { de: 'spülmaschinen', en: 'dishwasher' },
		} ),
		axis: {
			name: { de: 'Fassungsvermögen', en: 'Capacity' },
			options: [
				{ label: { de: '0,35 l', en: '0.35 l' }, factor: 1 },
				{ label: { de: '0,8 l', en: '0.8 l' }, factor: 1.3 },
				{ label: { de: '1,0 l', en: '1.0 l' }, factor: 1.5 },
			],
		},
		tags: [ { de: 'Stempelkanne', en: 'cafetière' } ],
	},
	{
		key: 'scale',
		type: { de: 'Kaffeewaage', en: 'Coffee Scale' },
		category: { de: 'Barista-Zubehör', en: 'Barista tools' },
		price: [ 25, 149 ],
		blurb: {
			de: 'Eine Präzisionswaage mit eingebautem Timer.',
			en: 'A precision scale with a built-in timer.',
		},
		specs: ( r ) => [
			unitSpec( S.range, pickOf( r, [ 2, 3 ] ), 0, 'kg' ),
			unitSpec( S.precision, 0.1, 1, 'g' ),
			unitSpec( S.weight, between( r, 250, 500, 10 ), 0, 'g' ),
		],
		detail: ( r ) => {
			const h = between( r, 10, 40, 5 );
			return {
				text: {
					de: `Der Akku hält rund ${ h } Stunden und lädt über USB-C.`,
					en: `The battery lasts about ${ h } hours and charges over USB-C.`,
				},
				fact: { de: `${ h } Stunden`, en: `${ h } hours` },
			};
		},
		tags: [ { de: 'Waage', en: 'scale' } ],
	},
	{
		key: 'frother',
		type: { de: 'Milchaufschäumer', en: 'Milk Frother' },
		category: { de: 'Zubehör', en: 'Accessories' },
		price: [ 29, 129 ],
		blurb: {
			de: 'Ein Milchaufschäumer für warmen und kalten Milchschaum.',
			en: 'A frother for hot and cold milk foam.',
		},
		specs: ( r ) => [
			unitSpec( S.capacity, pickOf( r, [ 0.15, 0.25, 0.3 ] ), 2, 'l' ),
			unitSpec( S.power, between( r, 450, 650, 50 ), 0, 'W' ),
		],
		detail: () => ( {
			text: {
				de: 'Der Milchbehälter ist innen antihaftbeschichtet.',
				en: 'The milk container has a non-stick coating inside.',
			},
			fact: { de: 'antihaft', en: 'non-stick' },
		} ),
		tags: [ { de: 'Milchschaum', en: 'milk foam' } ],
	},
	{
		key: 'cups',
		type: { de: 'Espressotassen-Set', en: 'Espresso Cup Set' },
		category: { de: 'Tassen & Gläser', en: 'Cups & glasses' },
		price: [ 19, 59 ],
		blurb: {
			de: 'Vorgewärmte Tassen halten den Espresso länger heiß.',
			en: 'Pre-warmed cups keep espresso hot for longer.',
		},
		specs: ( r ) => [
			materialSpec( r, [ PORCELAIN, GLASS ] ),
			unitSpec( S.volume, pickOf( r, [ 60, 80, 90 ] ), 0, 'ml' ),
		],
		detail: () => ( {
			text: {
				de: 'Die Tassen sind mikrowellengeeignet.',
				en: 'The cups are microwave safe.',
			},
			fact: { de: 'mikrowellen', en: 'microwave' },
		} ),
		axis: {
			name: { de: 'Stückzahl', en: 'Pieces' },
			options: [
				{ label: { de: '2 Stück', en: '2 pieces' }, factor: 1 },
				{ label: { de: '4 Stück', en: '4 pieces' }, factor: 1.8 },
				{ label: { de: '6 Stück', en: '6 pieces' }, factor: 2.5 },
			],
		},
		tags: [ { de: 'Tassen', en: 'cups' } ],
	},
	{
		key: 'moka',
		type: { de: 'Espressokocher', en: 'Moka Pot' },
		category: { de: 'Zubehör', en: 'Accessories' },
		price: [ 19, 69 ],
		blurb: {
			de: 'Ein Espressokocher für den Herd, auch für Induktion.',
			en: 'A stovetop moka pot, induction compatible.',
		},
		specs: ( r ) => [ materialSpec( r, [ STEEL, ALU ] ) ],
		detail: () => ( {
			text: {
				de: 'Geeignet für Gas-, Elektro- und Induktionsherde.',
				en: 'Works on gas, electric and induction hobs.',
			},
			fact: { de: 'Induktion', en: 'induction' },
		} ),
		axis: {
			name: { de: 'Größe', en: 'Size' },
			options: [
				{ label: { de: '3 Tassen', en: '3 cups' }, factor: 1 },
				{ label: { de: '6 Tassen', en: '6 cups' }, factor: 1.3 },
				{ label: { de: '9 Tassen', en: '9 cups' }, factor: 1.6 },
			],
		},
		tags: [ { de: 'Herd', en: 'stovetop' } ],
	},
	{
		key: 'knockbox',
		type: { de: 'Abschlagbehälter', en: 'Knock Box' },
		category: { de: 'Barista-Zubehör', en: 'Barista tools' },
		price: [ 19, 59 ],
		blurb: {
			de: 'Ein Abschlagbehälter mit gummierter Stange für den Kaffeesatz.',
			en: 'A knock box with a rubber bar for spent coffee pucks.',
		},
		specs: ( r ) => [
			materialSpec( r, [ STEEL, WOOD, PLASTIC ] ),
			unitSpec( S.diameter, between( r, 11, 18 ), 0, 'cm' ),
		],
		detail: () => ( {
			text: {
				de: 'Die Stange ist herausnehmbar.',
				en: 'The bar is removable.',
			},
			fact: { de: 'herausnehmbar', en: 'removable' },
		} ),
		tags: [ { de: 'Barista', en: 'barista' } ],
	},
	{
		key: 'filter',
		type: { de: 'Wasserfilter', en: 'Water Filter' },
		category: { de: 'Pflege & Reinigung', en: 'Care & cleaning' },
		price: [ 9, 19 ],
		blurb: {
			de: 'Eine Filterkartusche gegen Kalk für den Wassertank.',
			en: 'A filter cartridge against limescale for the water tank.',
		},
		specs: () => [],
		detail: ( r ) => {
			const m = between( r, 2, 3 );
			return {
				text: {
					de: `Die Kartusche wird alle ${ m } Monate gewechselt.`,
					en: `Replace the cartridge every ${ m } months.`,
				},
				fact: { de: `${ m } Monate`, en: `${ m } months` },
			};
		},
		axis: {
			name: { de: 'Packungsgröße', en: 'Pack size' },
			options: [
				{ label: { de: '1 Stück', en: '1 piece' }, factor: 1 },
				{ label: { de: '3 Stück', en: '3 pieces' }, factor: 2.6 },
			],
		},
		tags: [ { de: 'Kalk', en: 'limescale' } ],
	},
];

/** Products that carry policy words in their names, as real shops have them. */
function trapKinds(): Array< {
	name: Text;
	category: Text;
	price: number;
	specs: Spec[];
	description: Text;
} > {
	return [
		{
			name: {
				de: 'Rücksendeetikett-Drucker LabelJet 4',
				en: 'Return Label Printer LabelJet 4',
			},
			category: { de: 'Zubehör', en: 'Accessories' },
			price: 129.0,
			specs: [
				unitSpec( S.weight, 0.9, 1, 'kg' ),
				{
					name: { de: 'Druckbreite', en: 'Print width' },
					value: { de: '104 mm', en: '104 mm' },
				},
			],
			description: {
				de: 'Ein Thermodrucker für Versand- und Rücksendeetiketten, ideal für kleine Röstereien.',
				en: 'A thermal printer for shipping and return labels, made for small roasteries.',
			},
		},
		{
			name: {
				de: 'Versandkarton für Siebträgermaschinen',
				en: 'Shipping Box for Espresso Machines',
			},
			category: { de: 'Zubehör', en: 'Accessories' },
			price: 14.9,
			specs: [
				{
					name: S.size,
					value: { de: '50 × 40 × 45 cm', en: '50 × 40 × 45 cm' },
				},
			],
			description: {
				de: 'Ein doppelwandiger Karton mit Schaumstoffeinlage, um eine Maschine sicher zu verschicken.',
				en: 'A double-walled box with foam inserts to ship a machine safely.',
			},
		},
		{
			name: {
				de: 'Garantieverlängerung 3 Jahre für Siebträgermaschinen',
				en: 'Warranty Extension 3 Years for Espresso Machines',
			},
			category: { de: 'Service', en: 'Service' },
			price: 79.0,
			specs: [],
			description: {
				de: 'Verlängert die Herstellergarantie Ihrer Maschine um weitere 3 Jahre.',
				en: 'Extends the manufacturer warranty of your machine by 3 more years.',
			},
		},
		{
			name: {
				de: 'Kontaktgrill-Reinigungsbürste',
				en: 'Contact Grill Cleaning Brush',
			},
			category: { de: 'Pflege & Reinigung', en: 'Care & cleaning' },
			price: 6.5,
			specs: [
				{ name: S.material, value: { de: 'Messing', en: 'Brass' } },
			],
			description: {
				de: 'Eine Bürste mit Messingborsten, auch für die Brühgruppe.',
				en: 'A brush with brass bristles, also for the brew group.',
			},
		},
	];
}

function page(
	storeUrl: string,
	id: number,
	slug: string,
	title: string,
	html: string
): WpPage {
	return {
		id,
		slug,
		link: `${ storeUrl }/${ slug }/`,
		modified_gmt: '2026-11-28T08:00:00',
		// wptexturize: "&" becomes &#038;, dashes en-dashes, quotes typographic.
		title: { rendered: title.replace( /&/g, '&#038;' ) },
		content: { rendered: withEntities( html ), protected: false },
	};
}

const PLACES = [
	{ area: '89', city: '80331 München', court: 'München' },
	{ area: '30', city: '10115 Berlin', court: 'Berlin-Charlottenburg' },
	{ area: '40', city: '20095 Hamburg', court: 'Hamburg' },
	{ area: '221', city: '50667 Köln', court: 'Köln' },
	{ area: '711', city: '70173 Stuttgart', court: 'Stuttgart' },
];

/** Shipping amounts as numbers: the pages state them and the orders charge them. */
function buildShipping( r: Random ) {
	return {
		cost: pickOf( r, [ 4.9, 5.95, 6.9 ] ),
		freeFrom: pickOf( r, [ 49, 59, 75 ] ),
		express: pickOf( r, [ 9.9, 12.9, 14.9 ] ),
	};
}

function buildFacts(
	r: Random,
	lang: ShopLang,
	domain: string,
	shipping: ReturnType< typeof buildShipping >
): ShopFacts & { court: string } {
	const f = lang === 'de' ? GERMAN_PRICE_FORMAT : ENGLISH_PRICE_FORMAT;
	const place = pickOf( r, PLACES );
	return {
		returnDays: pickOf( r, [ 14, 30, 60 ] ),
		shippingCost: formatPrice( shipping.cost, f ),
		freeShippingFrom: formatPrice( shipping.freeFrom, f ),
		deliveryDays: pickOf( r, [ '1–3', '2–4', '2–5' ] ),
		expressCost: formatPrice( shipping.express, f ),
		phone: `+49 ${ place.area } ${ between( r, 1000, 9999 ) } ${ between( r, 100, 999 ) }`,
		email: `service@${ domain }`,
		street: `${ pickOf( r, [ 'Röstereistraße', 'Bohnengasse', 'Am Mühlbach', 'Hafenstraße' ] ) } ${ between( r, 2, 88 ) }`,
		city: place.city,
		court: place.court,
		weekdayHours: pickOf( r, [
			'9:00–18:00',
			'8:30–17:30',
			'10:00–19:00',
		] ),
		saturdayHours: pickOf( r, [ '10:00–14:00', '9:00–13:00' ] ),
		warrantyYears: pickOf( r, [ 2, 3 ] ),
		descalingPrice: formatPrice( pickOf( r, [ 39, 49, 59 ] ), f ),
		paymentMethods:
			lang === 'de'
				? [ 'PayPal', 'Klarna', 'Kreditkarte', 'Vorkasse' ]
				: [ 'PayPal', 'Klarna', 'credit card', 'bank transfer' ],
	};
}

function germanPages(
	storeUrl: string,
	name: string,
	facts: ShopFacts & { court: string }
): WpPage[] {
	const days = facts.deliveryDays;
	return [
		page(
			storeUrl,
			11,
			'widerrufsbelehrung',
			'Widerruf & Rückgabe',
			`<h2>Widerrufsrecht</h2><p>Sie können Ihre Bestellung innerhalb von ${ facts.returnDays } Tagen ab Erhalt der Ware ohne Angabe von Gründen widerrufen.</p>
<h2>So funktioniert die Rücksendung</h2><ol><li>Melden Sie die Rücksendung per E-Mail an ${ facts.email }.</li><li>Sie erhalten von uns ein kostenloses Rücksendeetikett.</li><li>Senden Sie die Ware gut verpackt an uns zurück.</li></ol>
<h2>Erstattung</h2><p>Den Kaufpreis erstatten wir innerhalb von 14 Tagen nach Eingang der Rücksendung über die ursprüngliche Zahlungsart.</p>
<h2>Ausschluss</h2><p>Geöffnete Kaffeepackungen sind aus hygienischen Gründen vom Umtausch ausgeschlossen.</p>`
		),
		page(
			storeUrl,
			12,
			'versand',
			'Versand & Lieferung',
			`<h2>Lieferzeit</h2><p>Innerhalb Deutschlands beträgt die Lieferzeit ${ days } Werktage. Bestellungen, die bis 13:00 Uhr eingehen, verlassen unser Lager am selben Tag.</p>
<h2 id="versandkosten">Versandkosten</h2><ul class="wp-block-list"><li>Standardversand mit DHL: ${ facts.shippingCost }</li><li>Ab einem Bestellwert von ${ facts.freeShippingFrom } versenden wir versandkostenfrei.</li><li>Expressversand (nächster Werktag): ${ facts.expressCost }</li></ul>
<h2>Versand ins Ausland</h2><p>Wir liefern in alle Länder der EU sowie in die Schweiz. Die Lieferzeit ins Ausland beträgt 4–8 Werktage.</p>
<h2>Sendungsverfolgung</h2><p>Sobald Ihr Paket unser Lager verlässt, erhalten Sie per E-Mail eine Sendungsnummer.</p>`
		),
		page(
			storeUrl,
			13,
			'garantie',
			'Garantie & Gewährleistung',
			`<h2>Gesetzliche Gewährleistung</h2><p>Für alle Produkte gilt die gesetzliche Gewährleistung von 2 Jahren.</p>
<h2>Herstellergarantie</h2><p>Auf Siebträgermaschinen und Kaffeemühlen geben die Hersteller zusätzlich ${ facts.warrantyYears } Jahre Garantie ab Kaufdatum.</p>
<h2>Garantiefall</h2><p>Im Garantiefall schreiben Sie uns mit Ihrer Bestellnummer an ${ facts.email }; wir holen das Gerät kostenlos bei Ihnen ab.</p>`
		),
		page(
			storeUrl,
			14,
			'kontakt',
			'Kontakt',
			`<h2>Kundenservice</h2><p>Telefon: <a href="tel:${ facts.phone.replace( / /g, '' ) }">${ facts.phone }</a><br>E-Mail: <a href="mailto:${ facts.email }" title="E-Mail > Kundenservice">${ facts.email }</a></p><p>Wir beantworten E-Mails innerhalb eines Werktages.</p>
<h2>Öffnungszeiten</h2><ul><li>Montag bis Freitag: ${ facts.weekdayHours } Uhr</li><li>Samstag: ${ facts.saturdayHours } Uhr</li><li>Sonn- und Feiertage: geschlossen</li></ul>
<h2>Ladengeschäft &amp; Werkstatt</h2><p>${ name }, ${ facts.street }, ${ facts.city }</p>`
		),
		page(
			storeUrl,
			15,
			'impressum',
			'Impressum',
			`<h2>Angaben gemäß § 5 TMG</h2><p>${ name } GmbH<br>${ facts.street }<br>${ facts.city }</p><p>Geschäftsführerin: Johanna Brandt<br>Registergericht: Amtsgericht ${ facts.court }, HRB 245871<br>USt-IdNr.: DE 314 159 265</p>`
		),
		page(
			storeUrl,
			16,
			'zahlungsarten',
			'Zahlungsarten',
			`<h2>So können Sie bezahlen</h2><ul>${ facts.paymentMethods.map( ( m ) => `<li>${ m }</li>` ).join( '' ) }</ul><p>Bei Vorkasse versenden wir nach Zahlungseingang. Ein Kauf auf Rechnung ist über Klarna möglich.</p>`
		),
		page(
			storeUrl,
			17,
			'reparatur-service',
			'Reparatur & Entkalkungsservice',
			`<h2>Entkalkungsservice</h2><p>Wir entkalken Ihre Siebträgermaschine in unserer Werkstatt zum Festpreis von ${ facts.descalingPrice } inklusive Dichtungswechsel.</p>
<h2>Reparatur</h2><p>Der Kostenvoranschlag ist kostenlos. Die Bearbeitungszeit beträgt in der Regel 5–7 Werktage.</p>`
		),
		page(
			storeUrl,
			18,
			'faq',
			'Häufige Fragen',
			`<h2>Wie oft sollte ich meine Maschine entkalken?</h2><p>Bei mittlerer Wasserhärte etwa alle 4 Wochen.</p>
<h2>Welchen Mahlgrad brauche ich für Espresso?</h2><p>Für Espresso sehr fein, etwa wie Puderzucker.</p>
<h2>Bieten Sie Gutscheine an?</h2><p>Ja, Geschenkgutscheine gibt es ab 25 € im Shop.</p>`
		),
	];
}

function englishPages(
	storeUrl: string,
	name: string,
	facts: ShopFacts
): WpPage[] {
	const days = facts.deliveryDays.replace( '–', ' to ' );
	return [
		page(
			storeUrl,
			11,
			'returns',
			'Returns & Refunds',
			`<h2>Right of withdrawal</h2><p>You can return your order within ${ facts.returnDays } days of delivery without giving a reason.</p>
<h2>How to return</h2><ol><li>Tell us by e-mail at ${ facts.email }.</li><li>We send you a free return label.</li><li>Send the goods back well packed.</li></ol>
<h2>Refunds</h2><p>We refund the purchase price within 14 days after your return arrives, to the original payment method.</p>
<h2>Exclusions</h2><p>Opened coffee packs cannot be returned for hygiene reasons.</p>`
		),
		page(
			storeUrl,
			12,
			'shipping',
			'Shipping & Delivery',
			`<h2>Delivery time</h2><p>Delivery within Germany takes ${ days } working days. Orders received by 1 pm leave our warehouse the same day.</p>
<h2 id="shipping-costs">Shipping costs</h2><ul class="wp-block-list"><li>Standard shipping with DHL: ${ facts.shippingCost }</li><li>Free shipping on orders from ${ facts.freeShippingFrom }.</li><li>Express shipping (next working day): ${ facts.expressCost }</li></ul>
<h2>International shipping</h2><p>We deliver to all EU countries and Switzerland in 4 to 8 working days.</p>`
		),
		page(
			storeUrl,
			13,
			'warranty',
			'Warranty',
			`<h2>Statutory warranty</h2><p>All products carry the statutory 2-year warranty.</p>
<h2>Manufacturer guarantee</h2><p>Espresso machines and grinders come with an additional ${ facts.warrantyYears }-year manufacturer guarantee from the date of purchase.</p>`
		),
		page(
			storeUrl,
			14,
			'contact',
			'Contact',
			`<h2>Customer service</h2><p>Phone: <a href="tel:${ facts.phone.replace( / /g, '' ) }">${ facts.phone }</a><br>E-mail: <a href="mailto:${ facts.email }" title="E-mail > customer service">${ facts.email }</a></p>
<h2>Opening hours</h2><ul><li>Monday to Friday: ${ facts.weekdayHours }</li><li>Saturday: ${ facts.saturdayHours }</li><li>Closed on Sundays and public holidays</li></ul>
<h2>Shop &amp; workshop</h2><p>${ name }, ${ facts.street }, ${ facts.city }</p>`
		),
		page(
			storeUrl,
			16,
			'payment',
			'Payment methods',
			`<h2>How you can pay</h2><ul>${ facts.paymentMethods.map( ( m ) => `<li>${ m }</li>` ).join( '' ) }</ul>`
		),
		page(
			storeUrl,
			17,
			'repair-service',
			'Repair & Descaling Service',
			`<h2>Descaling service</h2><p>We descale your espresso machine in our workshop for a fixed price of ${ facts.descalingPrice }, gaskets included.</p>
<h2>Repairs</h2><p>Quotes are free. Repairs usually take 5 to 7 working days.</p>`
		),
	];
}

const FIRST_NAMES = [
	'Lena',
	'Jonas',
	'Mia',
	'Felix',
	'Sophie',
	'Paul',
	'Hannah',
	'Lukas',
	'Emma',
	'Tom',
	'Clara',
	'Ben',
	'Sarah',
	'Noah',
];
const LAST_NAMES = [
	'Weber',
	'Schulz',
	'Becker',
	'Hoffmann',
	'Wagner',
	'Koch',
	'Richter',
	'Klein',
	'Wolf',
	'Neumann',
];
/** Domains that read like product words: the domain must never be searched as a product. */
const EMAIL_DOMAINS = [
	'kaffeemuehle.de',
	'espresso-freunde.de',
	'tamper.example',
	'milchkaennchen.de',
	'web.de',
	'gmx.de',
	'entkalker.net',
	'posteo.de',
];
const ORDER_STATUSES = [
	'processing',
	'completed',
	'on-hold',
	'completed',
	'pending',
	'processing',
	'cancelled',
	'completed',
	'refunded',
	'processing',
	'completed',
	'on-hold',
];

const ORDER_TEXT = {
	de: {
		neighbour: 'Bitte beim Nachbarn abgeben, falls ich nicht da bin.',
		shipped: ( tracking: string ) =>
			`Ihre Bestellung wurde mit DHL versendet. Sendungsnummer: ${ tracking }`,
		packing: 'Ihre Bestellung wird gerade gepackt.',
	},
	en: {
		neighbour: 'Please leave the parcel with a neighbour if I am out.',
		shipped: ( tracking: string ) =>
			`Your order was shipped with DHL. Tracking number: ${ tracking }`,
		packing: 'Your order is being packed.',
	},
};

export interface BuildOptions {
	seed: number;
	lang: ShopLang;
	products?: number;
	name?: string;
	storeUrl?: string;
	orders?: number;
}

function buildOrders(
	r: Random,
	products: WcProduct[],
	count: number,
	lang: ShopLang,
	shipping: ReturnType< typeof buildShipping >
): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const orders: WcOrder[] = [];
	const notes: WooCommerceData[ 'notes' ] = new Map();
	const simple = products.filter(
		( p ) => p.type === 'simple' && Number( p.price ) < 400
	);
	for ( let id = 1; id <= count; id++ ) {
		const first = FIRST_NAMES[ ( id * 5 ) % FIRST_NAMES.length ]!;
		const last = pickOf( r, LAST_NAMES );
		const domain = EMAIL_DOMAINS[ id % EMAIL_DOMAINS.length ]!;
		const items = [ pickOf( r, simple ) ];
		if ( r() < 0.4 ) {
			items.push( pickOf( r, simple ) );
		}
		const lineItems = items.map( ( p, i ) => {
			const quantity = i === 0 && r() < 0.3 ? 2 : 1;
			return {
				id: id * 10 + i,
				name: String( p.name ),
				product_id: p.id,
				quantity,
				total: ( Number( p.price ) * quantity ).toFixed( 2 ),
			};
		} );
		const subtotal = lineItems.reduce(
			( n, item ) => n + Number( item.total ),
			0
		);
		const shippingTotal = subtotal >= shipping.freeFrom ? 0 : shipping.cost;
		const status = ORDER_STATUSES[ ( id - 1 ) % ORDER_STATUSES.length ]!;
		const day = String( 10 + id ).padStart( 2, '0' );
		orders.push( {
			id,
			number: String( id ),
			status,
			currency: 'EUR',
			total: ( subtotal + shippingTotal ).toFixed( 2 ),
			shipping_total: shippingTotal.toFixed( 2 ),
			date_created_gmt: `2026-11-${ day }T09:${ String( id * 3 ).padStart( 2, '0' ) }:00`,
			billing: {
				first_name: first,
				last_name: last,
				email: `${ first.toLowerCase() }.${ last.toLowerCase() }@${ domain }`,
				country: 'DE',
			},
			customer_note: id % 3 === 0 ? ORDER_TEXT[ lang ].neighbour : '',
			line_items: lineItems,
		} );
		if ( status === 'completed' || status === 'processing' ) {
			const tracking = `00340434${ String( 161094000 + id * 7919 ) }`;
			notes.set( id, [
				{
					id: id * 100,
					note:
						status === 'completed'
							? ORDER_TEXT[ lang ].shipped( tracking )
							: ORDER_TEXT[ lang ].packing,
					customer_note: true,
				},
				{
					id: id * 100 + 1,
					note: 'Zahlung per PayPal erfasst (intern).',
					customer_note: false,
				},
			] );
		}
	}
	return { orders, notes };
}

function stockFields( r: Random ) {
	const roll = r();
	if ( roll < 0.14 ) {
		return {
			stock_status: 'outofstock',
			manage_stock: true,
			stock_quantity: 0,
		};
	}
	if ( roll < 0.2 ) {
		return {
			stock_status: 'onbackorder',
			manage_stock: false,
			stock_quantity: null,
		};
	}
	if ( roll < 0.7 ) {
		return {
			stock_status: 'instock',
			manage_stock: true,
			stock_quantity: between( r, 1, 48 ),
		};
	}
	return {
		stock_status: 'instock',
		manage_stock: false,
		stock_quantity: null,
	};
}

const money = ( value: number ) => value.toFixed( 2 );

/** A shop price: whole euros minus a cent or ten, as shops price. */
function shopPrice( r: Random, min: number, max: number ): number {
	const whole = between( r, Math.ceil( min ), Math.floor( max ) );
	return whole - ( whole > 200 ? 1 : pickOf( r, [ 0.01, 0.1, 0.05 ] ) );
}

function wcAttribute( spec: Spec, lang: ShopLang, position: number ) {
	return {
		id: 0,
		name: spec.name[ lang ],
		position,
		visible: true,
		variation: false,
		options: [ spec.value[ lang ] ],
	};
}

function describe(
	kind: Kind,
	specs: Spec[],
	detail: Text,
	lang: ShopLang
): string {
	// Attributes as page builders leave them, including a ">" inside a quoted value (valid
	// HTML that a naive tag stripper cuts in the wrong place).
	const note = lang === 'de' ? 'Angabe laut Hersteller' : 'Manufacturer data';
	const rows = specs
		.map(
			( s ) =>
				`<li class="spec"><strong title="${ note } > ${ s.name[ lang ] }">${ s.name[ lang ] }:</strong> ${ s.value[ lang ].replace( / /g, '&nbsp;' ) }</li>`
		)
		.join( '' );
	const heading = lang === 'de' ? 'Technische Daten' : 'Specifications';
	return withEntities(
		`<div class="product-description" data-kind="${ kind.key }"><p>${ kind.blurb[ lang ] } ${ detail[ lang ] }</p>${ rows ? `<h3 id="specs">${ heading }</h3><ul class="specs">${ rows }</ul>` : '' }</div>`
	);
}

/** Builds the whole shop for one seed and language. */
export function buildCoffeeShop( options: BuildOptions ): CoffeeShop {
	const r = seededRandom( options.seed );
	const lang = options.lang;
	const name =
		options.name ?? ( lang === 'de' ? 'Kaffeewerk' : 'Crema & Co' );
	const storeUrl = options.storeUrl ?? 'https://kaffeewerk.example';
	const domain = new URL( storeUrl ).hostname;
	const count = options.products ?? 132;
	const products: WcProduct[] = [];
	const variations = new Map< number, WcVariation[] >();
	const usedNames = new Set< string >();
	const details = new Map< number, string >();
	let nextVariation = 5000;
	const category = ( text: Text ) => ( {
		id: 20 + KINDS.findIndex( ( k ) => k.category.de === text.de ),
		name: text[ lang ],
		slug: slugify( text[ lang ] ),
	} );
	for ( let index = 0; index < count; index++ ) {
		const id = 101 + index;
		const kind = KINDS[ index % KINDS.length ]!;
		let productName = '';
		for ( let a = 0; ! productName || usedNames.has( productName ); a++ ) {
			const model = pickOf( r, MODELS );
			const suffix = a > 2 ? ` ${ id }` : '';
			productName =
				lang === 'de'
					? `${ kind.type.de } ${ model }${ suffix }`
					: `${ model }${ suffix } ${ kind.type.en }`;
		}
		usedNames.add( productName );
		const specs = kind.specs( r, lang );
		const detail = kind.detail( r );
		const regular = shopPrice( r, kind.price[ 0 ], kind.price[ 1 ] );
		const onSale = r() < 0.2;
		const sale = onSale ? Math.round( regular * 0.85 ) - 0.1 : null;
		const slug = slugify( productName );
		const base: WcProduct = {
			id,
			name: productName,
			slug,
			permalink: `${ storeUrl }/produkt/${ slug }/`,
			type: kind.axis ? 'variable' : 'simple',
			status: 'publish',
			sku: `KW-${ kind.key.slice( 0, 3 ).toUpperCase() }-${ id }`,
			description: describe( kind, specs, detail.text, lang ),
			short_description: withEntities( `<p>${ kind.blurb[ lang ] }</p>` ),
			categories: [ category( kind.category ) ],
			tags: kind.tags.map( ( t, i ) => ( {
				id: 300 + KINDS.indexOf( kind ) * 4 + i,
				name: t[ lang ],
				slug: slugify( t[ lang ] ),
			} ) ),
			images: [
				{
					id: id * 10,
					src: `${ storeUrl }/wp-content/uploads/${ slug }.jpg`,
					name: slug,
					alt: productName,
				},
			],
			attributes: specs.map( ( s, i ) => wcAttribute( s, lang, i ) ),
			variations: [] as number[],
			date_modified_gmt: '2026-11-27T10:00:00',
		};
		details.set( id, detail.fact[ lang ] );
		if ( ! kind.axis ) {
			Object.assign( base, {
				...priceFields( regular, sale ),
				...stockFields( r ),
			} );
			products.push( base );
			continue;
		}
		const axis = kind.axis;
		const list: WcVariation[] = axis.options.map( ( option ) => {
			const vRegular =
				Math.round( ( regular + 0.01 ) * option.factor ) - 0.1;
			const vSale = onSale ? Math.round( vRegular * 0.85 ) - 0.1 : null;
			const variationId = nextVariation++;
			return {
				id: variationId,
				sku: `${ base.sku }-${ slugify( option.label.de ) }`,
				permalink: `${ storeUrl }/produkt/${ slug }/?attribute_${ slugify( axis.name.de ) }=${ encodeURIComponent( option.label[ lang ] ) }`,
				description: '',
				price: money( vSale ?? vRegular ),
				regular_price: money( vRegular ),
				sale_price: vSale === null ? '' : money( vSale ),
				on_sale: vSale !== null,
				...stockFields( r ),
				attributes: [
					{
						id: 0,
						name: axis.name[ lang ],
						option: option.label[ lang ],
					},
				],
				date_modified_gmt: '2026-11-27T10:00:00',
			};
		} );
		makeVariable(
			base,
			[
				{
					name: axis.name[ lang ],
					options: axis.options.map( ( o ) => ( {
						label: o.label[ lang ],
						factor: o.factor,
					} ) ),
				},
			],
			list
		);
		variations.set( id, list );
		products.push( base );
	}
	trapKinds().forEach( ( trap, i ) => {
		const id = 101 + count + i;
		const productName = trap.name[ lang ];
		const slug = slugify( productName );
		products.push( {
			id,
			name: productName,
			slug,
			permalink: `${ storeUrl }/produkt/${ slug }/`,
			type: 'simple',
			status: 'publish',
			sku: `KW-SPC-${ id }`,
			description: withEntities( `<p>${ trap.description[ lang ] }</p>` ),
			short_description: '',
			categories: [
				{
					id: 90 + i,
					name: trap.category[ lang ],
					slug: slugify( trap.category[ lang ] ),
				},
			],
			tags: [],
			images: [],
			attributes: trap.specs.map( ( s, p ) => wcAttribute( s, lang, p ) ),
			variations: [],
			price: money( trap.price ),
			regular_price: money( trap.price ),
			sale_price: '',
			on_sale: false,
			stock_status: 'instock',
			manage_stock: true,
			stock_quantity: 3 + i * 4,
			date_modified_gmt: '2026-11-27T10:00:00',
		} );
	} );
	const shipping = buildShipping( r );
	const { orders, notes } = buildOrders(
		r,
		products,
		options.orders ?? 14,
		lang,
		shipping
	);
	const { court, ...facts } = buildFacts( r, lang, domain, shipping );
	return {
		name,
		storeUrl,
		lang,
		products,
		variations,
		orders,
		notes,
		currency: EURO,
		priceFormat: lang === 'de' ? GERMAN_PRICE_FORMAT : ENGLISH_PRICE_FORMAT,
		pages:
			lang === 'de'
				? germanPages( storeUrl, name, { ...facts, court } )
				: englishPages( storeUrl, name, facts ),
		facts,
		details,
	};
}

/** The product types, for generated questions that name a type ("a coffee grinder"). */
export const PRODUCT_TYPES: ReadonlyArray< { key: string; type: Text } > =
	KINDS.map( ( kind ) => ( { key: kind.key, type: kind.type } ) );

/** Attribute names in both languages, for generated questions about a product's specs. */
export const SPEC_NAMES: readonly Text[] = Object.values( S );
