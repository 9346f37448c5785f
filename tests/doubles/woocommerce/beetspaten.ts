/**
 * Beet & Spaten, the fourth eval shop: a GERMAN-language garden and tool shop in Mannheim,
 * priced in euro the way WooCommerce formats them for Germany ("1.234,50 €": currency right
 * with a space, thousands dot, decimal comma). Built ONCE from seed 6817 by
 * `npx tsx tests/doubles/woocommerce/beetspaten.ts --write` and stored in beetspaten.json,
 * which the WooCommerce double serves; its dev questions (tests/eval/dev3/) were written
 * from that JSON before the responder was ever asked one of them. Never rebuild the JSON to
 * make a question pass.
 *
 * What it holds, on purpose:
 * - 15 families of garden machines, hand tools and garden furniture with German units
 *   (1.800 W, 36 V, 4,0 Ah, 42 cm, 50 l, 23,5 kg, 140 bar, 450 l/h, 96 dB(A), 120 × 80 × 76 cm),
 *   one fact per product stated only in the long description, SKUs, categories and tags;
 * - variable products (hose length, drill kit, lawn seed pack size, glove size, chainsaw bar
 *   length, raised-bed length, gift voucher amount) whose variations carry their own
 *   prices, sale prices and stock;
 * - sale prices, out-of-stock, backorder, managed and unmanaged stock;
 * - products named after policy and contact words (Garantieverlängerung, Paketbox
 *   Lieferfix, Service-Set, Kontaktspray, Rückschlagventil, Versandtasche);
 * - HTML entities in names, descriptions and pages (&amp; &auml; &ouml; &uuml; &szlig;
 *   &euro; &ndash; &times; &deg; &sup2; &frac12; &#8222; &#8220; &nbsp;);
 * - 8 pages, each written in its own voice (shipping with zones and a freight surcharge,
 *   returns and withdrawal, warranty, payment, contact, workshop services with prices,
 *   FAQ, imprint);
 * - 10 orders numbered 1..10 in six statuses, shoppers whose e-mail domains look like
 *   products (…@heckenschere.de, …@ahorn.example).
 * The shape is the one the coffee shops use (CoffeeShop), so the same eval runner and the
 * same WordPress front serve it.
 */
import * as kit from './catalog-kit';
import path from 'node:path';
import {
	oneOf,
	specTable,
	buildFamilyCatalog,
	nounThenModel,
	optionVariations,
	roundRobin,
	type OneNounFamily,
	type Special,
} from './family-catalog';
import {
	entityWriter,
	pageWriter,
	shopFrom,
	stockState,
	storedShop,
} from './shop-kit';
import {
	axisOptions,
	between,
	deNumber,
	expandVariations,
	germanStyle,
	pickOf,
	type Random,
	salePrice,
	type Spec,
	stockFields,
} from './shop-builder-de';
import { seededRandom } from './catalog';
import * as order from './order-kit';
import {
	EURO,
	GERMAN_PRICE_FORMAT,
	type CoffeeShop,
	type WpPage,
} from './coffee-shop';
import type { WcOrder, WooCommerceData } from './server';

const SNAPSHOT = path.join( __dirname, 'beetspaten.json' );
export const BEETSPATEN_SEED = 6817;
const STORE_URL = 'https://beet-und-spaten.example';

type Family = OneNounFamily;

const FAMILIES: Family[] = [
	{
		key: 'maeher',
		noun: 'Akku-Rasenmäher',
		category: 'Rasenmäher',
		tags: [ 'Akku', 'Rasenpflege' ],
		price: [ 229, 699 ],
		blurb: 'Ein leiser Akku-Rasenmäher mit Mulchfunktion und zentraler Schnitthöhenverstellung.',
		specs: ( r ) => {
			const width = pickOf( r, [ 32, 34, 37, 40, 42, 46 ] );
			return [
				[ 'Schnittbreite', `${ width } cm` ],
				[
					'Schnitthöhe',
					`${ between( r, 20, 30, 5 ) }–${ between( r, 60, 80, 5 ) } mm`,
				],
				[ 'Fangkorb', `${ pickOf( r, [ 35, 40, 45, 50, 55 ] ) } l` ],
				[
					'Akku-Spannung',
					pickOf( r, [ '18 V', '36 V', '2 × 18 V' ] ),
				],
				[ 'Gewicht', `${ deNumber( 13 + r() * 11, 1 ) } kg` ],
				[ 'Empfohlene Rasenfläche', `bis ${ width * 10 } m²` ],
			];
		},
		detail: oneOf(
			'Mit einer Akkuladung schafft er rund {18-45} Minuten Mähzeit.',
			'Akku und Ladegerät sind nicht im Lieferumfang enthalten.',
			'Der Holm lässt sich in drei Höhen verstellen und zum Verstauen flach zusammenklappen.'
		),
	},
	{
		key: 'hecke',
		noun: 'Heckenschere',
		category: 'Gartengeräte',
		tags: [ 'Heckenpflege', 'Elektro' ],
		price: [ 69, 249 ],
		blurb: 'Eine handliche Heckenschere mit diamantgeschliffenen Doppelmessern und drehbarem Griff.',
		specs: ( r ) => [
			[
				'Schnittlänge',
				`${ pickOf( r, [ 45, 50, 55, 60, 65, 70 ] ) } cm`,
			],
			[ 'Zahnabstand', `${ pickOf( r, [ 18, 20, 22, 24, 27 ] ) } mm` ],
			[ 'Leistung', `${ pickOf( r, [ 450, 500, 550, 600, 700 ] ) } W` ],
			[ 'Gewicht', `${ deNumber( 2.4 + r() * 1.6, 1 ) } kg` ],
			[ 'Schalldruckpegel', `${ between( r, 82, 94 ) } dB(A)` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				`Das Anschlusskabel ist ${ pickOf( r, [ 0.35, 10 ] ) === 10 ? '10 m' : '35 cm' } lang und hat eine Zugentlastung.`,
				'Ein Schnittgutsammler ist im Lieferumfang enthalten.',
				'Der Messerschutz aus Kunststoff dient gleichzeitig als Wandhalterung.',
			] ),
	},
	{
		key: 'hdr',
		noun: 'Hochdruckreiniger',
		category: 'Reinigung',
		tags: [ 'Terrasse', 'Elektro' ],
		price: [ 119, 499 ],
		blurb: 'Ein kompakter Hochdruckreiniger mit Flächenreiniger-Anschluss und Schlauchtrommel.',
		specs: ( r ) => [
			[
				'Max. Druck',
				`${ pickOf( r, [ 110, 120, 130, 140, 150, 160 ] ) } bar`,
			],
			[ 'Fördermenge', `${ between( r, 34, 60 ) * 10 } l/h` ],
			[ 'Leistung', `${ deNumber( between( r, 15, 30 ) * 100 ) } W` ],
			[ 'Schlauchlänge', `${ pickOf( r, [ 6, 8, 10, 12 ] ) } m` ],
			[ 'Gewicht', `${ deNumber( 9 + r() * 12, 1 ) } kg` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				`Er kann Wasser aus einer Regentonne ansaugen (Ansaughöhe bis ${ deNumber( between( r, 5, 10 ) / 10, 1 ) } m).`,
				'Die Wasserzulauftemperatur darf höchstens 40 °C betragen.',
				'Ein Flächenreiniger mit 28 cm Durchmesser liegt bei.',
			] ),
	},
	{
		key: 'schlauch',
		noun: 'Gartenschlauch',
		category: 'Bewässerung',
		tags: [ 'Bewässerung' ],
		price: [ 24, 79 ],
		blurb: 'Ein knickfester Gartenschlauch mit Kreuzgewebe, UV-beständig und frei von Phthalaten.',
		specs: specTable(
			'Innendurchmesser: {1/2 Zoll (13 mm)|5/8 Zoll (15 mm)|3/4 Zoll (19 mm)}',
			'Berstdruck: {20|24|25|30|35} bar',
			'Material: {PVC, 4-lagig|PVC, 5-lagig|Naturkautschuk}',
			'Temperaturbereich: -{10-20/5} °C bis +{50-65/5} °C'
		),
		detail: oneOf(
			'Kupplungen und Spritze sind nicht enthalten.',
			'Er darf bei Frost im Freien bleiben, solange er vorher entleert wurde; {8-15} Jahre Haltbarkeit laut Hersteller.',
			'Der Schlauch ist trinkwassergeeignet nach KTW-Empfehlung.'
		),
		axes: [
			{
				name: 'Länge',
				options: axisOptions(
					[ '15 m', '25 m', '50 m' ],
					[ 1, 1.5, 2.6 ]
				),
			},
		],
	},
	{
		key: 'schere',
		noun: 'Gartenschere',
		category: 'Handwerkzeug',
		tags: [ 'Schnitt', 'Handwerkzeug' ],
		price: [ 19, 69 ],
		blurb: 'Eine Rosen- und Gartenschere mit geschmiedeter Klinge und Saftrille.',
		specs: ( r ) => [
			[ 'Schneidprinzip', pickOf( r, [ 'Bypass', 'Amboss', 'Bypass' ] ) ],
			[
				'Max. Schnittstärke',
				`${ pickOf( r, [ 18, 20, 22, 24, 25 ] ) } mm`,
			],
			[ 'Länge', `${ deNumber( 19 + between( r, 0, 8 ) * 0.5, 1 ) } cm` ],
			[ 'Gewicht', `${ between( r, 18, 29 ) * 10 } g` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Die Klinge ist austauschbar und nachschleifbar.',
				'Sie ist auch für Linkshänder geeignet.',
				`Die Feder ist aus Edelstahl und hält laut Hersteller ${ deNumber( between( r, 5, 10 ) * 10000 ) } Schnitte.`,
			] ),
	},
	{
		key: 'spaten',
		noun: 'Spaten',
		category: 'Handwerkzeug',
		tags: [ 'Bodenbearbeitung', 'Handwerkzeug' ],
		price: [ 29, 89 ],
		blurb: 'Ein robuster Spaten mit durchgehender Tülle und Trittkante für festen Boden.',
		specs: ( r ) => [
			[
				'Blatt',
				pickOf( r, [
					'Edelstahl',
					'Borstahl, gehärtet',
					'Carbonstahl, pulverbeschichtet',
				] ),
			],
			[
				'Blattmaße',
				`${ between( r, 16, 20 ) } × ${ between( r, 26, 31 ) } cm`,
			],
			[
				'Stiel',
				pickOf( r, [
					'Eschenholz, T-Griff',
					'Eschenholz, D-Griff',
					'Fiberglas, D-Griff',
				] ),
			],
			[ 'Gesamtlänge', `${ between( r, 95, 120 ) } cm` ],
			[ 'Gewicht', `${ deNumber( 1.8 + r() * 1.1, 1 ) } kg` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Das Blatt ist auf der Rückseite geschärft und schneidet auch Wurzeln.',
				`Er ist für eine Hebelkraft bis ${ between( r, 20, 35 ) * 10 } kg geprüft.`,
				'Ein Ersatzstiel ist einzeln erhältlich.',
			] ),
	},
	{
		key: 'bohr',
		noun: 'Akku-Bohrschrauber',
		category: 'Werkzeug',
		tags: [ 'Akku', 'Werkstatt' ],
		price: [ 79, 229 ],
		blurb: 'Ein kompakter Akku-Bohrschrauber mit zwei Gängen, LED-Licht und Schnellspannbohrfutter.',
		specs: ( r ) => [
			[ 'Spannung', pickOf( r, [ '12 V', '18 V', '18 V' ] ) ],
			[
				'Max. Drehmoment',
				`${ pickOf( r, [ 30, 40, 45, 55, 60, 70 ] ) } Nm`,
			],
			[
				'Leerlaufdrehzahl',
				`0–${ deNumber( between( r, 14, 21 ) * 100 ) } U/min`,
			],
			[ 'Bohrfutter', `${ pickOf( r, [ 10, 13 ] ) } mm` ],
			[ 'Gewicht (ohne Akku)', `${ deNumber( 0.9 + r() * 0.6, 2 ) } kg` ],
		],
		detail: oneOf(
			'Die Drehmomentkupplung hat {16|20|21|25} Stufen.',
			'Er passt in den Akkuschacht aller Geräte unserer 18-V-Plattform.',
			'Ein Koffer und ein Gürtelclip sind immer dabei.'
		),
		axes: [
			{
				name: 'Ausstattung',
				options: axisOptions(
					[
						'Solo (ohne Akku)',
						'mit 1 × 2,0-Ah-Akku',
						'mit 2 × 4,0-Ah-Akkus',
					],
					[ 1, 1.45, 2.05 ]
				),
			},
		],
	},
	{
		key: 'saege',
		noun: 'Kettensäge',
		category: 'Gartengeräte',
		tags: [ 'Holz', 'Elektro' ],
		price: [ 99, 399 ],
		blurb: 'Eine Elektro-Kettensäge mit werkzeugloser Kettenspannung und automatischer Kettenschmierung.',
		specs: ( r ) => [
			[
				'Leistung',
				`${ deNumber( pickOf( r, [ 1800, 2000, 2200, 2400 ] ) ) } W`,
			],
			[
				'Kettengeschwindigkeit',
				`${ deNumber( 12 + between( r, 0, 10 ) * 0.5, 1 ) } m/s`,
			],
			[ 'Öltank', `${ pickOf( r, [ 150, 200, 230, 250 ] ) } ml` ],
			[ 'Gewicht', `${ deNumber( 4.1 + r() * 1.7, 1 ) } kg` ],
		],
		detail: oneOf(
			'Die Kettenbremse löst in unter 0,1 Sekunden aus.',
			'Eine Tankfüllung Kettenöl reicht für etwa {20-40} Minuten Sägen.',
			'Ein Schwertschutz und eine Flasche Bio-Kettenöl (100 ml) liegen bei.'
		),
		axes: [
			{
				name: 'Schwertlänge',
				options: axisOptions( [ '35 cm', '40 cm' ], [ 1, 1.1 ] ),
			},
		],
	},
	{
		key: 'hochbeet',
		noun: 'Hochbeet',
		category: 'Gartenmöbel & Beete',
		tags: [ 'Beet', 'Gemüse' ],
		price: [ 89, 349 ],
		blurb: 'Ein Hochbeet zum Selbstaufbau mit Vlies-Einlage und vorgebohrten Teilen.',
		specs: ( r ) => {
			const height = pickOf( r, [ 60, 76, 80, 90 ] );
			return [
				[
					'Material',
					pickOf( r, [
						'Lärchenholz, unbehandelt',
						'Cortenstahl',
						'verzinkter Stahl, pulverbeschichtet',
						'Douglasie, kesseldruckimprägniert',
					] ),
				],
				[ 'Breite', `${ pickOf( r, [ 60, 70, 80 ] ) } cm` ],
				[ 'Höhe', `${ height } cm` ],
				[
					'Füllvolumen (120-cm-Ausführung)',
					`${ between( r, 30, 55 ) * 10 } l`,
				],
			];
		},
		detail: oneOf(
			'Der Aufbau dauert zu zweit etwa {1-3} Stunden.',
			'Ein Wühlmausgitter ist bereits montiert.',
			'Die Schnecken-Kante am oberen Rand hält Nacktschnecken fern.'
		),
		axes: [
			{
				name: 'Länge',
				options: axisOptions( [ '120 cm', '200 cm' ], [ 1, 1.45 ] ),
			},
		],
	},
	{
		key: 'tonne',
		noun: 'Regentonne',
		category: 'Bewässerung',
		tags: [ 'Regenwasser', 'Bewässerung' ],
		price: [ 39, 189 ],
		blurb: 'Eine UV-stabile Regentonne mit Deckel, Auslaufhahn und Kindersicherung.',
		specs: specTable(
			'Volumen: {210|250|300|310|400|520} l',
			'Material: {Polyethylen (PE), recycelt|Polyethylen (PE)|Polypropylen (PP)}',
			'Durchmesser: {60-85} cm',
			'Höhe: {85-120} cm'
		),
		detail: oneOf(
			'Der Auslaufhahn hat ein 3/4-Zoll-Gewinde.',
			'Ein Standfuß ist separat erhältlich.',
			'Sie ist frostsicher bis -{10-20/5} °C, wenn sie zu höchstens drei Vierteln gefüllt ist.'
		),
	},
	{
		key: 'gwh',
		noun: 'Gewächshaus',
		category: 'Gewächshäuser',
		tags: [ 'Anzucht', 'Gemüse' ],
		price: [ 299, 1899 ],
		blurb: 'Ein Aluminium-Gewächshaus mit Doppelschiebetür und automatischem Dachfenster.',
		specs: ( r ) => {
			const w = pickOf( r, [ 1.9, 2.5, 2.6, 3.2 ] );
			const l = pickOf( r, [ 1.9, 2.5, 3.2, 3.8, 4.4 ] );
			return [
				[ 'Grundfläche', `${ deNumber( w * l, 1 ) } m²` ],
				[
					'Außenmaße (B × L)',
					`${ deNumber( w * 100 ) } × ${ deNumber( l * 100 ) } cm`,
				],
				[ 'Firsthöhe', `${ between( r, 195, 240 ) } cm` ],
				[
					'Verglasung',
					pickOf( r, [
						'Hohlkammerplatten 4 mm',
						'Hohlkammerplatten 6 mm',
						'Sicherheitsglas 3 mm',
					] ),
				],
			];
		},
		detail: oneOf(
			'Ein Fundament ist nicht enthalten; wir empfehlen unseren Stahlfundamentrahmen.',
			'Die Schneelast beträgt {30-90/5} kg/m².',
			'Regenrinnen sind bereits am Profil angeformt.'
		),
	},
	{
		key: 'karre',
		noun: 'Schubkarre',
		category: 'Gartengeräte',
		tags: [ 'Transport' ],
		price: [ 59, 219 ],
		blurb: 'Eine stabile Schubkarre mit pannensicherem Rad und Kippbügel.',
		specs: specTable(
			'Muldenvolumen: {80|90|100|110|120} l',
			'Traglast: {150|180|200|250|300} kg',
			'Mulde: {Stahl, verzinkt|Kunststoff (PP)|Stahl, pulverbeschichtet}',
			'Rad: {4.00-8, Luftreifen|4.00-8, PU (pannensicher)|3.50-8, Vollgummi}'
		),
		detail: oneOf(
			'Sie wird teilmontiert geliefert; Rad und Griffe schrauben Sie selbst an.',
			'Die Griffe sind {125-150} cm lang, gemessen ab Radachse.',
			'Ein zweites Rad zum Nachrüsten ist erhältlich.'
		),
	},
	{
		key: 'handschuh',
		noun: 'Gartenhandschuhe',
		category: 'Bekleidung & Schutz',
		tags: [ 'Schutz' ],
		price: [ 9, 34 ],
		blurb: 'Atmungsaktive Gartenhandschuhe mit griffiger Beschichtung und Strickbund.',
		specs: specTable(
			'Material: {Nitril auf Nylon|Ziegenleder|Latex auf Bambusfaser|Rindspaltleder}',
			'Schnittschutz: {keiner|Level B (EN 388)|Level C (EN 388)}',
			'Waschbar: {bis 30 °C|bis 40 °C|nein}'
		),
		detail: oneOf(
			'Die Fingerkuppen sind touchscreenfähig.',
			'Die Stulpe reicht 8 cm über das Handgelenk und schützt vor Dornen.',
			'Ein Paar wiegt {40-90} g.'
		),
		axes: [
			{
				name: 'Größe',
				options: axisOptions(
					[ '7 (S)', '8 (M)', '9 (L)', '10 (XL)' ],
					[ 1, 1, 1, 1 ]
				),
			},
		],
	},
	{
		key: 'blaeser',
		noun: 'Laubbläser',
		category: 'Gartengeräte',
		tags: [ 'Herbst', 'Akku' ],
		price: [ 59, 279 ],
		blurb: 'Ein Laubbläser und -sauger mit Häckselfunktion und stufenloser Geschwindigkeit.',
		specs: ( r ) => [
			[ 'Luftgeschwindigkeit', `${ between( r, 180, 320, 10 ) } km/h` ],
			[ 'Fangsack', `${ pickOf( r, [ 35, 40, 45, 50 ] ) } l` ],
			[ 'Häckselverhältnis', pickOf( r, [ '10:1', '12:1', '16:1' ] ) ],
			[
				'Antrieb',
				pickOf( r, [
					'Akku 18 V',
					'Akku 36 V',
					'Elektro 2.500 W',
					'Elektro 3.000 W',
				] ),
			],
			[ 'Gewicht', `${ deNumber( 2.6 + r() * 2.4, 1 ) } kg` ],
		],
		detail: oneOf(
			'Das Saugrohr hat Rollen, damit es sich leicht über den Rasen ziehen lässt.',
			'Der Schalldruckpegel liegt bei {86-98} dB(A).',
			'Der Fangsack hat einen Reißverschluss am Boden zum Entleeren.'
		),
	},
	{
		key: 'samen',
		noun: 'Rasensamen',
		category: 'Saatgut & Dünger',
		tags: [ 'Rasenpflege', 'Saatgut' ],
		price: [ 12, 34 ],
		blurb: 'Eine Rasensamen-Mischung aus Deutschland mit schnell keimenden Sorten.',
		specs: specTable(
			'Einsatz: {Sport- und Spielrasen|Schattenrasen|Zierrasen|Nachsaat}',
			'Keimdauer: {7-10}–{14-21} Tage',
			'Aussaatmenge: {20|25|30|40} g/m²'
		),
		detail: oneOf(
			'Die Mischung enthält 10 % Weißklee für einen trittfesten, grünen Rasen auch im Sommer.',
			'Der Anteil an Deutschem Weidelgras beträgt {30-60/5} %.',
			'Die Saat ist ummantelt und wird von Vögeln kaum gefressen.'
		),
		axes: [
			{
				name: 'Packungsgröße',
				options: axisOptions(
					[ '1 kg', '2,5 kg', '10 kg' ],
					[ 1, 2.2, 7.5 ]
				),
			},
		],
	},
];

const MODELS = (
	'Ahorn Birke Eiche Linde Buche Erle Esche Ulme Kiefer Lärche Fichte Holunder ' +
	'Hasel Eibe Amsel Meise Fink Specht Kranich Falke Igel Dachs Elster Zaunkönig ' +
	'Rotkehlchen Kastanie Flieder Wacholder Mistel Schlehe'
).split( ' ' );

/** Characters written as entities, as editors and imports leave them in HTML. */
export const withEntities = entityWriter( /[äöüß€–×°²½„“]/g );

/** A German shop price: ,99 / ,95 / ,90, or round hundreds minus a euro on big tickets. */
function shopPrice( r: Random, min: number, max: number ): number {
	const whole = between( r, min, max );
	if ( whole > 900 ) {
		return Math.round( whole / 50 ) * 50 - pickOf( r, [ 1, 0.01, 0 ] );
	}
	return whole - pickOf( r, [ 0.01, 0.05, 0.1 ] );
}

function describe( family: Family, specs: Spec[], detail: string ): string {
	const rows = kit.specItems( specs );
	return withEntities(
		`<p>${ family.blurb } ${ detail }</p><h3>Technische Daten</h3><ul>${ rows }</ul>`
	);
}

/** Products whose names hold policy and contact words, and the gift voucher. */
const SPECIALS: Special[] = [
	{
		name: 'Garantieverlängerung 3 Jahre für Akku-Geräte',
		category: 'Service',
		price: 24.9,
		description:
			'<p>Verlängert die Herstellergarantie eines Akku-Geräts bis 500 € Kaufpreis um 3 Jahre. Sie muss innerhalb von 30 Tagen nach dem Kauf des Geräts gebucht werden; Akkus selbst sind ausgenommen.</p>',
		specs: [ [ 'Laufzeit', '3 Jahre' ] ],
		stock: stockState.unmanaged(),
		tags: [ 'Service' ],
	},
	{
		name: 'Paketbox Lieferfix 150 l',
		category: 'Gartenmöbel & Beete',
		price: 249.0,
		sale: 219.0,
		description:
			'<p>Eine abschließbare Paketbox aus verzinktem Stahl für den Vorgarten: Zusteller legen Pakete durch die Einwurfklappe, öffnen können nur Sie. Mit Bodenverankerung und zwei Schlüsseln.</p>',
		specs: [
			[ 'Volumen', '150 l' ],
			[ 'Maße (H × B × T)', '100 × 55 × 45 cm' ],
			[ 'Gewicht', '24,5 kg' ],
			[ 'Farbe', 'Anthrazit (RAL 7016)' ],
		],
		stock: stockState.counted( 4 ),
		tags: [ 'Vorgarten' ],
	},
	{
		name: 'Service-Set für Mähroboter',
		category: 'Zubehör',
		price: 34.95,
		description:
			'<p>Alles für die Saisonwartung Ihres Mähroboters: 30 Ersatzklingen mit Schrauben, eine Reinigungsbürste und ein Kontaktfett für die Ladekontakte.</p>',
		specs: [
			[ 'Inhalt', '30 Klingen, 30 Schrauben, Bürste, Kontaktfett' ],
		],
		stock: stockState.soldOut(),
		tags: [ 'Mähroboter' ],
	},
	{
		name: 'Kontaktspray für Akkukontakte 200 ml',
		category: 'Zubehör',
		price: 8.99,
		description:
			'<p>Reinigt und schützt die Kontakte von Akkus und Ladegeräten vor Oxidation und Feuchtigkeit. Nicht auf Kunststoff sprühen, der nicht ölbeständig ist.</p>',
		specs: [ [ 'Inhalt', '200 ml' ] ],
		stock: stockState.counted( 37 ),
		tags: [ 'Akku' ],
	},
	{
		name: 'Rückschlagventil 1 Zoll',
		category: 'Bewässerung',
		price: 12.9,
		description:
			'<p>Ein Messing-Rückschlagventil für Saugleitungen von Gartenpumpen: Es hält die Leitung gefüllt, damit die Pumpe nicht jedes Mal neu ansaugen muss. Beidseitig 1 Zoll Innengewinde (33,3 mm).</p>',
		specs: [
			[ 'Anschluss', '1 Zoll IG / IG' ],
			[ 'Material', 'Messing' ],
			[ 'Max. Betriebsdruck', '16 bar' ],
		],
		stock: stockState.backorder(),
		tags: [ 'Pumpe' ],
	},
	{
		name: 'Versandtasche für Kettensägen',
		category: 'Zubehör',
		price: 19.95,
		description:
			'<p>Eine gepolsterte Transporttasche für Kettensägen mit Schwertlängen bis 45 cm, aus ölfestem Planenstoff, mit Schwertschutzfach und Schultergurt. Der Name kommt daher, dass wir unsere Sägen zur Wartung darin verschicken.</p>',
		specs: [
			[ 'Für Schwertlängen', 'bis 45 cm' ],
			[ 'Material', 'PVC-Plane, 650 g/m²' ],
		],
		stock: stockState.counted( 11 ),
		tags: [ 'Holz' ],
	},
	{
		name: 'Hori-Hori Gartenmesser &amp; Scheide',
		category: 'Handwerkzeug',
		price: 29.5,
		description:
			'<p>Das japanische Allzweckmesser zum Pflanzen, Jäten und Teilen von Stauden: eine 18&nbsp;cm lange Klinge aus rostfreiem Stahl mit Wellenschliff auf einer Seite und Zentimeter-Skala für die Pflanztiefe. Die Lederscheide passt an jeden Gürtel.</p>',
		specs: [
			[ 'Klingenlänge', '18 cm' ],
			[ 'Gesamtlänge', '31 cm' ],
			[ 'Gewicht', '260 g' ],
		],
		stock: stockState.counted( 7 ),
		tags: [ 'Handwerkzeug' ],
	},
	{
		name: 'Kompostthermometer „Heißrotte“',
		category: 'Zubehör',
		price: 16.5,
		description:
			'<p>Ein Edelstahl-Thermometer mit 50 cm langem Fühler, das zeigt, ob Ihr Kompost heiß genug rottet. Die Skala reicht von 0 bis 80 °C; zwischen 55 und 65 °C sterben Unkrautsamen ab.</p>',
		specs: [
			[ 'Fühlerlänge', '50 cm' ],
			[ 'Messbereich', '0–80 °C' ],
		],
		stock: stockState.unmanaged(),
		tags: [ 'Kompost' ],
	},
	{
		name: 'Beet &amp; Spaten Geschenkgutschein',
		category: 'Gutscheine',
		price: 25,
		description:
			'<p>Ein Gutschein zum Ausdrucken, den wir sofort nach Zahlungseingang per E-Mail schicken. Er ist 3 Jahre gültig und kann online und in unserem Laden in Mannheim eingelöst werden, auch für Leistungen unserer Werkstatt.</p>',
		specs: [],
		stock: stockState.unmanaged(),
		tags: [ 'Geschenk' ],
		axis: {
			name: 'Betrag',
			prices: [
				[ '25 €', 25 ],
				[ '50 €', 50 ],
				[ '100 €', 100 ],
				[ '150 €', 150 ],
			],
		},
	},
];

const FAMILY_PRODUCTS = 112;
const MODIFIED = '2026-12-02T08:30:00';
const STYLE = germanStyle( STORE_URL, '2026/11/', MODIFIED );

function buildCatalog( r: Random ): kit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 301, variation: 9000 },
		slots: roundRobin( FAMILIES, FAMILY_PRODUCTS ),
		name: nounThenModel( MODELS, 3 ),
		price: shopPrice,
		sale: {
			odds: 0.2,
			price: salePrice,
		},
		stock: stockFields,
		style: STYLE,
		terms: { category: 60, tag: 500 },
		texts: ( { id, family, specs, detail } ) => ( {
			sku: `BS-${ family.key.toUpperCase() }-${ id }`,
			description: describe( family, specs, detail ),
			short: withEntities( `<p>${ family.blurb }</p>` ),
		} ),
		variations: expandVariations,
		specials: SPECIALS,
		specialTexts: ( special, id ) => ( {
			sku: `BS-SPZ-${ id }`,
			description: withEntities( special.description ),
			short: '',
		} ),
		// The gift voucher: one SKU per amount, always in stock.
		specialGrid: optionVariations( STYLE, stockState.unmanaged, {
			sku: ( price ) => `BS-GUTSCHEIN-${ price }`,
		} ),
	} );
}

const SHOPPERS: Array< [ string, string, string ] > = [
	[ 'Jonas', 'Becker', 'heckenschere.de' ],
	[ 'Lea', 'Schäfer', 'ahorn.example' ],
	[ 'Felix', 'Wagner', 'gartenschlauch.example' ],
	[ 'Hannah', 'Krüger', 'web.de' ],
	[ 'Paul', 'Neumann', 'hochbeet.net' ],
	[ 'Marie', 'Hoffmann', 'specht.example' ],
	[ 'Lukas', 'Zimmermann', 'regentonne.de' ],
	[ 'Sophie', 'Braun', 'kettensaege.example' ],
	[ 'Tim', 'Wolf', 'posteo.de' ],
	[ 'Emilia', 'Schulz', 'spaten.example' ],
];

const STANDARD_SHIPPING = 5.9;
const FREE_SHIPPING_FROM = 69;

function buildOrders(
	r: Random,
	built: kit.Built
): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const { simple, variable } = order.orderable( built.products, {
		simple: 250,
		variable: 300,
	} );
	return order.ordersOf( SHOPPERS, ( [ first, last, domain ], index ) => {
		const id = index + 1;
		const lines = order.drawLines( r, id, {
			simple,
			twoOdds: 0.25,
			variable: id % 3 !== 0 ? variable : undefined,
			variations: built.variations,
		} );
		const subtotal = order.subtotal( lines );
		const shipping = subtotal >= FREE_SHIPPING_FROM ? 0 : STANDARD_SHIPPING;
		const status = order.TEN_STATUSES[ index ]!;
		const paidWith = pickOf( r, [
			'PayPal',
			'Rechnung (Klarna)',
			'Vorkasse',
			'Kreditkarte',
		] );
		const local = `${ first }.${ last }`
			.toLowerCase()
			.replace( /ä/g, 'ae' )
			.replace( /ü/g, 'ue' )
			.replace( /ö/g, 'oe' );
		const told: Partial< Record< string, string > > = {
			completed: `Ihre Bestellung wurde mit DHL versendet. Sendungsnummer: 00340434${ String( 161094000000 + id * 7310473 ).slice( 0, 12 ) }.`,
			processing:
				'Wir packen Ihre Bestellung gerade; sie verlässt unser Lager in Mannheim spätestens am nächsten Werktag.',
			'on-hold':
				'Wir warten noch auf Ihre Überweisung (Vorkasse). Sobald das Geld da ist, versenden wir.',
			refunded:
				'Ihre Rücksendung ist angekommen, der Betrag wurde erstattet.',
			cancelled: 'Die Bestellung wurde auf Ihren Wunsch storniert.',
		};
		return {
			order: {
				...order.orderHead( id, status, 'EUR', subtotal, shipping ),
				// WooCommerce holds an order paid by bank transfer "on hold" until the money arrives.
				payment_method_title:
					status === 'on-hold' || status === 'pending'
						? 'Vorkasse'
						: paidWith,
				date_created_gmt: order.placedAt(
					16 + index,
					8 + index,
					11 + index * 5
				),
				billing: {
					first_name: first,
					last_name: last,
					email: `${ local }@${ domain }`,
					country: index === 8 ? 'AT' : 'DE',
				},
				customer_note:
					id % 4 === 2
						? 'Bitte beim Nachbarn (Hausnr. 14) abgeben.'
						: '',
				line_items: lines,
			},
			told: told[ status ],
			internal: 'Zahlung geprüft (intern).',
		};
	} );
}

const page = pageWriter( STORE_URL, '2026-11-28T07:45:00', withEntities );

const PHONE = '0621 4398 270';
const EMAIL = 'hallo@beet-und-spaten.example';

function buildPages(): WpPage[] {
	return [
		page(
			31,
			'versand',
			'Versand & Lieferung',
			`<p>Was heute bis 13 Uhr bestellt und bezahlt ist, packen wir noch am selben Tag. Wir versenden mit DHL, große Geräte und Gewächshäuser mit der Spedition.</p>
<h2>Was kostet der Versand?</h2><table><thead><tr><th>Wohin</th><th>Versandkosten</th><th>Laufzeit</th></tr></thead><tbody>
<tr><td>Deutschland</td><td>5,90 €, ab 69 € Warenwert versandkostenfrei</td><td>1–3 Werktage</td></tr>
<tr><td>Deutschland Express (Bestellung bis 12 Uhr)</td><td>14,90 €</td><td>nächster Werktag</td></tr>
<tr><td>Österreich</td><td>9,90 €, ab 150 € frei</td><td>3–5 Werktage</td></tr>
<tr><td>Schweiz und Liechtenstein</td><td>24,90 € zzgl. Zoll</td><td>5–8 Werktage</td></tr>
</tbody></table>
<h2>Sperrgut und Spedition</h2><p>Gewächshäuser, Hochbeete ab 200 cm Länge und Schubkarren sind zu groß für ein Paket. Dafür berechnen wir innerhalb Deutschlands einen Speditionszuschlag von 39,00 € pro Bestellung. Die Spedition ruft Sie vorher an und vereinbart ein Zeitfenster; geliefert wird frei Bordsteinkante, nicht in den Garten.</p>
<p>Inseln ohne Brückenverbindung beliefern wir nur mit DHL, nicht per Spedition.</p>
<h2>Akkus</h2><p>Lithium-Akkus dürfen wir nicht ins Ausland außerhalb der EU schicken. In die Schweiz liefern wir Akku-Geräte deshalb nur als Solo-Variante ohne Akku.</p>
<h2>Selbst abholen</h2><p>Sie wohnen in der Nähe? Wählen Sie an der Kasse &bdquo;Abholung im Laden&ldquo;, dann entfallen die Versandkosten. Wir schicken eine Mail, sobald alles bereitliegt &ndash; meist nach zwei Stunden.</p>`
		),
		page(
			32,
			'widerruf-rueckgabe',
			'Rückgabe und Widerruf',
			`<p>Passt etwas nicht, schicken Sie es einfach zurück. Neben Ihrem gesetzlichen Widerrufsrecht von 14 Tagen gewähren wir Ihnen freiwillig ein Rückgaberecht von insgesamt 30 Tagen ab Erhalt der Ware.</p>
<h3>So geht&#8217;s</h3><p>Schreiben Sie uns eine kurze Mail an ${ EMAIL } mit Ihrer Bestellnummer. Sie bekommen ein kostenloses DHL-Retourenlabel zurück &ndash; innerhalb Deutschlands zahlen Sie für die Rücksendung nichts. Aus Österreich und der Schweiz tragen Sie die Kosten der Rücksendung selbst.</p>
<p>Sperrgut (alles, was per Spedition kam) holen wir ab. Dafür behalten wir pauschal 39,00 € von der Erstattung ein.</p>
<h3>Wann bekomme ich mein Geld?</h3><p>Spätestens 10 Tage, nachdem Ihre Rücksendung bei uns eingetroffen ist, erstatten wir den Kaufpreis über dieselbe Zahlungsart, mit der Sie bezahlt haben. Die ursprünglichen Versandkosten erstatten wir bei einem Widerruf innerhalb von 14 Tagen mit.</p>
<h3>Ausgeschlossen</h3><p>Geöffnete Saatgut- und Düngerpackungen, lebende Pflanzen sowie Kettensägen, die schon mit Öl befüllt wurden, können wir aus hygienischen bzw. Sicherheitsgründen nicht zurücknehmen. Geschenkgutscheine sind vom Umtausch ausgeschlossen, sobald sie eingelöst wurden.</p>
<h3>Muster-Widerrufsformular</h3><p>Wenn Sie den Vertrag widerrufen wollen, können Sie das Formular verwenden, müssen es aber nicht. Eine formlose Mail genügt.</p>`
		),
		page(
			33,
			'garantie',
			'Garantie & Gewährleistung',
			`<p>Für alle Produkte gilt die gesetzliche Gewährleistung von 2 Jahren ab Lieferung. Darüber hinaus geben einige Hersteller eine eigene Garantie, die Sie zusätzlich in Anspruch nehmen können.</p>
<dl><dt>Akku-Geräte unserer 18-V- und 36-V-Plattform</dt><dd>3 Jahre Herstellergarantie, wenn Sie das Gerät innerhalb von 4 Wochen nach dem Kauf online registrieren. Auf die Akkus selbst gibt es 2 Jahre oder 500 Ladezyklen, je nachdem, was zuerst eintritt.</dd>
<dt>Gewächshäuser</dt><dd>10 Jahre auf das Aluminiumprofil, 5 Jahre auf die Hohlkammerplatten.</dd>
<dt>Spaten, Gabeln und Handwerkzeug mit Eschenstiel</dt><dd>15 Jahre auf Stielbruch bei normalem Gebrauch.</dd></dl>
<p>Verschleißteile wie Messer, Ketten, Zündkerzen, Luftfilter und Rasenmäherklingen sind von der Garantie ausgenommen, ebenso Schäden durch falsche Lagerung (zum Beispiel Frost im Hochdruckreiniger).</p>
<p><strong>Garantiefall melden:</strong> Schicken Sie uns ein Foto des Schadens und die Rechnungsnummer an garantie@beet-und-spaten.example. Wir melden uns binnen 3 Werktagen und holen das Gerät bei Bedarf kostenlos ab.</p>`
		),
		page(
			34,
			'zahlung',
			'Zahlungsarten',
			`<p>Bei uns bezahlen Sie so, wie es Ihnen am liebsten ist:</p>
<ul><li>PayPal (auch &bdquo;Später bezahlen&ldquo;)</li><li>Kreditkarte: Visa, Mastercard und American Express</li><li>Apple Pay und Google Pay</li><li>Kauf auf Rechnung mit Klarna &ndash; Sie zahlen innerhalb von 30 Tagen</li><li>Vorkasse per Überweisung, dafür schenken wir Ihnen 2 % Skonto</li><li>Barzahlung oder EC-Karte bei Abholung im Laden</li></ul>
<p>Ratenzahlung ist über Klarna ab einem Bestellwert von 199 € möglich, in 6, 12 oder 24 Monatsraten.</p>
<p>Bei Vorkasse halten wir Ihre Ware 7 Tage lang für Sie zurück. Kommt das Geld bis dahin nicht an, stornieren wir die Bestellung.</p>
<p>Alle Preise enthalten 19 % Mehrwertsteuer. Firmenkunden mit USt-IdNr. aus dem EU-Ausland bekommen auf Wunsch eine Rechnung ohne Mehrwertsteuer (Reverse Charge).</p>`
		),
		page(
			35,
			'kontakt',
			'Kontakt',
			`<p>Sie haben eine Frage zu einem Gerät, zur Bestellung oder brauchen einen Tipp für Ihren Garten? Wir helfen gern.</p>
<p><strong>Telefon:</strong> <a href="tel:+496214398270">${ PHONE }</a><br>Montag bis Freitag 8:00 bis 17:00 Uhr, samstags 9:00 bis 13:00 Uhr<br><strong>E-Mail:</strong> <a href="mailto:${ EMAIL }" title="E-Mail > Kundenservice">${ EMAIL }</a> (Antwort innerhalb eines Werktags)<br><strong>WhatsApp:</strong> 0171 5520 934 (nur Nachrichten, keine Anrufe)</p>
<h2>Unser Laden mit Werkstatt</h2><p>Beet &amp; Spaten GmbH<br>Neckarauer Straße 112<br>68199 Mannheim</p><p>Öffnungszeiten: Montag bis Freitag 9:00 bis 18:30 Uhr, Samstag 9:00 bis 14:00 Uhr. Sonntags und an Feiertagen geschlossen.</p><p>Kostenlose Parkplätze finden Sie direkt vor dem Laden. Mit der Straßenbahn: Linie 1, Haltestelle Neckarau West, dann 4 Minuten zu Fuß.</p>`
		),
		page(
			36,
			'werkstatt-service',
			'Werkstatt & Service',
			`<p>In unserer Werkstatt in Mannheim schärfen, warten und reparieren wir Gartengeräte aller Marken, nicht nur die bei uns gekauften.</p>
<h2>Schleifservice</h2><table><tbody>
<tr><td>Rasenmähermesser schärfen und auswuchten</td><td>14,50 €</td></tr>
<tr><td>Gartenschere oder Astschere schärfen</td><td>9,90 €</td></tr>
<tr><td>Heckenscherenmesser schärfen</td><td>24,00 €</td></tr>
<tr><td>Sägekette schärfen (bis 45 cm Schwert)</td><td>12,00 €</td></tr>
</tbody></table>
<h2>Wartung und Montage</h2><p>Eine Inspektion Ihres Rasenmähers mit Messerschliff, Ölwechsel und Reinigung kostet pauschal 59,00 € (Akku-Mäher: 39,00 €, weil Öl und Zündkerze entfallen). Am besten im Februar oder März bringen, dann ist er zur Saison fertig.</p>
<p>Wir bauen Ihr Gewächshaus bei Ihnen vor Ort auf: ab 249,00 €, im Umkreis von 50 km um Mannheim. Den Aufbau eines Hochbeets übernehmen wir für 79,00 €.</p>
<h2>Hol- und Bringdienst</h2><p>Wir holen Ihr Gerät im Stadtgebiet Mannheim und Ludwigshafen ab und bringen es zurück: 19,00 € für beide Wege. Die Bearbeitungszeit beträgt in der Regel 5 bis 7 Werktage, im Frühjahr bis zu 3 Wochen.</p>`
		),
		page(
			37,
			'faq',
			'Häufige Fragen',
			`<h3>Kann ich Akkus zwischen verschiedenen Geräten tauschen?</h3><p>Ja, alle Geräte unserer 18-V-Plattform teilen sich dieselben Akkus. Die 36-V-Geräte laufen mit zwei 18-V-Akkus gleichzeitig.</p>
<h3>Wann ist die beste Zeit, Rasen zu säen?</h3><p>Von April bis Mai oder von Ende August bis Mitte September, wenn der Boden mindestens 10 °C warm ist.</p>
<h3>Gibt es einen Rabatt für Kleingartenvereine?</h3><p>Ja: Mitglieder eines Kleingartenvereins bekommen mit Nachweis 5 % auf alles außer Gutscheine und Service-Leistungen.</p>
<h3>Verkauft ihr auch Pflanzen?</h3><p>Nein, wir führen nur Werkzeug, Geräte, Saatgut und Zubehör.</p>
<h3>Nehmt ihr Altgeräte zurück?</h3><p>Beim Kauf eines neuen Elektrogeräts nehmen wir ein gleichartiges Altgerät kostenlos zurück (ElektroG), im Laden oder bei Speditionslieferung an der Bordsteinkante.</p>`
		),
		page(
			38,
			'impressum',
			'Impressum',
			`<p>Beet &amp; Spaten GmbH<br>Neckarauer Straße 112<br>68199 Mannheim</p><p>Vertreten durch die Geschäftsführerin Katrin Albrecht</p><p>Handelsregister: Amtsgericht Mannheim, HRB 739214<br>Umsatzsteuer-ID: DE 318 442 907</p><p>Telefon: ${ PHONE }<br>E-Mail: ${ EMAIL }</p><p>Plattform der EU-Kommission zur Online-Streitbeilegung: https://ec.europa.eu/consumers/odr. Wir sind nicht verpflichtet und nicht bereit, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.</p>`
		),
	];
}

export function buildBeetSpaten(): CoffeeShop {
	const r = seededRandom( BEETSPATEN_SEED );
	const built = buildCatalog( r );
	return shopFrom(
		{ name: 'Beet & Spaten', storeUrl: STORE_URL, lang: 'de' },
		built,
		buildOrders( r, built ),
		{
			currency: EURO,
			priceFormat: GERMAN_PRICE_FORMAT,
			pages: buildPages(),
			facts: {
				returnDays: 30,
				shippingCost: '5,90 €',
				freeShippingFrom: '69,00 €',
				deliveryDays: '1–3',
				expressCost: '14,90 €',
				phone: PHONE,
				email: EMAIL,
				street: 'Neckarauer Straße 112',
				city: '68199 Mannheim',
				weekdayHours: '9:00 bis 18:30 Uhr',
				saturdayHours: '9:00 bis 14:00 Uhr',
				warrantyYears: 2,
				descalingPrice: '59,00 €',
				paymentMethods: [
					'PayPal',
					'Visa',
					'Mastercard',
					'American Express',
					'Apple Pay',
					'Google Pay',
					'Klarna',
					'Vorkasse',
				],
			},
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadBeetSpaten = storedShop( SNAPSHOT, buildBeetSpaten, module );
