/**
 * Schärfwerk Solingen's hand-written products (a hand-forged Damascus gyuto, a combination
 * stone, a sharpening course by date, cut-resistant gloves by size, an electric sharpener on
 * backorder, camellia oil, a children's knife, an oyster knife, a blade guard by length, a
 * flattening stone, a gift voucher), for schaerfwerk.ts. Prices and stock are fixed here.
 */
import { shortSpecial as item, type ShortSpecial } from './family-catalog';
import { stockState } from './shop-kit';

const { soldOut, backorder, counted, unmanaged } = stockState;

export const SPECIALS: ShortSpecial[] = [
	item(
		'Meisterstück Gyuto 24 cm Damast',
		'Küchenmesser',
		[ 'messer', 'damast', 'handgeschmiedet' ],
		'Von Schmiedemeister Jörg Brenner von Hand geschmiedet, 101 Lagen Damast.',
		'<p>Unser Meisterstück: in der eigenen Esse aus 101 Lagen Damast geschmiedet, mit einem Kern aus 1.2442-Werkzeugstahl. Jedes Messer ist ein Einzelstück, die Maserung ist bei jedem anders.</p>\n<p>Die Herstellung dauert etwa 6 Wochen. Der Griff ist aus Mooreiche, die rund 3.000 Jahre im Moor gelegen hat. Geliefert in einer Holzkiste mit Echtheitszertifikat.</p>',
		[
			[ 'Klingenlänge', '24 cm' ],
			[ 'Stahl', 'Damast, 101 Lagen, Kern 1.2442' ],
			[ 'Härte', '63 HRC' ],
			[ 'Rostfrei', 'Nein' ],
			[ 'Griff', 'Mooreiche' ],
			[ 'Gewicht', '238 g' ],
		],
		{ price: 1249, stock: counted( 1 ) }
	),
	item(
		'Kombistein 1000/6000',
		'Schleifsteine',
		[ 'schleifen', 'schleifstein', 'wasserstein', 'einsteiger' ],
		'Zwei Körnungen in einem Stein: #1000 zum Schärfen, #6000 zum Abziehen.',
		'<p>Der Klassiker für den Einstieg: eine Seite #1000 zum Schärfen, die andere #6000 für die polierte Schneide. Mit Bambus-Halter und Anleitung.</p>\n<p>Vor dem Schleifen 10 Minuten in Wasser legen. Ein Winkelhelfer liegt bei.</p>',
		[
			[ 'Körnung', '#1000 / #6000' ],
			[ 'Maße', '180 × 60 × 30 mm' ],
			[ 'Herkunft', 'Japan' ],
		],
		{ price: 44.9, sale: 39.9, stock: counted( 14 ) }
	),
	item(
		'Schleifkurs in der Werkstatt',
		'Kurse &amp; Gutscheine',
		[ 'kurs', 'schleifkurs', 'geschenk' ],
		'Drei Stunden Messerschärfen lernen am Wasserstein, in unserer Werkstatt in Solingen-Wald.',
		'<p>In drei Stunden zeigt Ihnen unser Schleifmeister, wie Sie Ihre Messer am Wasserstein selbst schärfen. Bringen Sie bis zu zwei eigene Messer mit (keine Wellenschliff-Messer).</p>\n<p>Höchstens 8 Teilnehmende, Beginn jeweils 10:00 Uhr. Kaffee und Brezeln inklusive.</p>',
		[
			[ 'Dauer', '3 Stunden' ],
			[ 'Teilnehmende', 'max. 8' ],
			[ 'Ort', 'Werkstatt, Wittkuller Straße 12, Solingen' ],
		],
		{
			axis: 'Termin',
			options: [
				[ 'Sa 16.01.2027', 89, counted( 3 ) ],
				[ 'Sa 13.02.2027', 89, soldOut() ],
				[ 'Sa 13.03.2027', 89, counted( 8 ) ],
			],
		}
	),
	item(
		'Schnittschutzhandschuh Level F',
		'Zubehör',
		[ 'handschuh', 'sicherheit', 'zubehör' ],
		'Schnittschutz nach EN 388 Level F, für Mandoline, Austern und Filetieren.',
		'<p>Ein Handschuh aus HPPE-Faser mit Edelstahl-Einlage, passt an die linke und die rechte Hand. Bei 60 Grad waschbar.</p>\n<p>Verkauft wird ein einzelner Handschuh, kein Paar.</p>',
		[
			[ 'Schnittschutz', 'EN 388, Level F' ],
			[ 'Material', 'HPPE mit Edelstahlfaser' ],
		],
		{
			axis: 'Größe',
			options: [
				[ 'S', 14.9, counted( 6 ) ],
				[ 'M', 14.9, counted( 2 ) ],
				[ 'L', 14.9, soldOut() ],
				[ 'XL', 16.9, backorder() ],
			],
		}
	),
	item(
		'Elektrischer Messerschärfer E3',
		'Schärfen &amp; Wetzen',
		[ 'schärfen', 'elektrisch' ],
		'Dreistufiger elektrischer Schärfer für europäische Messer mit 20° Schneidenwinkel.',
		'<p>Drei Stufen: Diamantscheiben zum Vorschleifen, Keramik zum Feinschliff, ein Polierband zum Abziehen. Für Klingen mit 20° Schneidenwinkel.</p>\n<p>Nicht geeignet für japanische Messer mit 15°, Wellenschliff oder einseitig geschliffene Klingen. Leistung 120 Watt, Kabel 1,2 m.</p>',
		[
			[ 'Stufen', '3' ],
			[ 'Leistung', '120 W' ],
			[ 'Schneidenwinkel', '20°' ],
		],
		{ price: 149, stock: backorder() }
	),
	item(
		'Kamelienöl 100 ml',
		'Pflege',
		[ 'pflege', 'öl', 'rostschutz' ],
		'Reines Kamelienöl zum Schutz von Carbonstahlklingen vor Rost.',
		'<p>Das traditionelle japanische Klingenöl: ein paar Tropfen auf ein Tuch, dünn auf die trockene Klinge, fertig. Lebensmittelecht und geruchlos.</p>\n<p>Reicht bei wöchentlicher Pflege etwa ein Jahr.</p>',
		[
			[ 'Inhalt', '100 ml' ],
			[ 'Lebensmittelecht', 'Ja' ],
		],
		{ price: 12.9, stock: unmanaged() }
	),
	item(
		'Brettöl & Wachs Set',
		'Pflege',
		[ 'pflege', 'öl', 'schneidbrett' ],
		'Leinöl und Bienenwachs für Schneidbretter aus Holz.',
		'<p>Eine Flasche Leinöl (250 ml) und eine Dose Brettwachs (100 g) mit Bienenwachs. Alle 4 bis 6 Wochen dünn auftragen, über Nacht einziehen lassen.</p>',
		[
			[ 'Inhalt', '250 ml Öl, 100 g Wachs' ],
			[ 'Lebensmittelecht', 'Ja' ],
		],
		{ price: 19.9, stock: counted( 23 ) }
	),
	item(
		'Kindermesser Schnitzfuchs',
		'Küchenmesser',
		[ 'messer', 'kinder', 'lernen' ],
		'Das erste echte Messer für Kinder ab 5 Jahren: mit abgerundeter Spitze.',
		'<p>Eine echte, scharfe Klinge, aber mit abgerundeter Spitze und einem Griff aus Buche mit Fingermulde. Für Kinder ab 5 Jahren, immer unter Aufsicht.</p>\n<p>Mit einem Stickerbogen zum Bekleben des Klingenschutzes.</p>',
		[
			[ 'Klingenlänge', '8 cm' ],
			[ 'Stahl', '1.4116' ],
			[ 'Griff', 'Buche' ],
		],
		{ price: 24.9, stock: counted( 9 ) }
	),
	item(
		'Austernmesser Sylt',
		'Küchenmesser',
		[ 'messer', 'austern', 'meeresfrüchte' ],
		'Kurzes, starkes Austernmesser mit Handschutz.',
		'<p>Die stumpfe, kräftige Klinge öffnet Austern am Scharnier, der Handschutz fängt ein Abrutschen ab. Griff aus rutschfestem Kunststoff, spülmaschinenfest.</p>',
		[
			[ 'Klingenlänge', '6 cm' ],
			[ 'Spülmaschinenfest', 'Ja' ],
		],
		{ price: 18.9, stock: soldOut() }
	),
	item(
		'Klingenschutz Magnet',
		'Zubehör',
		[ 'klingenschutz', 'zubehör', 'transport' ],
		'Klingenschutz aus Filz mit Magnetverschluss, für Messer bis 4,5 cm Klingenhöhe.',
		'<p>Außen Filz, innen Mikrofaser: der Schutz hält magnetisch und schont die Schneide.</p>',
		[ [ 'Material', 'Wollfilz, Mikrofaser' ] ],
		{
			axis: 'Klingenlänge',
			options: [
				[ 'bis 15 cm', 9.9, counted( 12 ) ],
				[ 'bis 21 cm', 11.9, soldOut() ],
				[ 'bis 27 cm', 13.9, counted( 4 ) ],
			],
		}
	),
	item(
		'Abrichtstein Diamant',
		'Schleifsteine',
		[ 'schleifen', 'abrichtstein' ],
		'Diamantplatte zum Planschleifen von Wassersteinen.',
		'<p>Ausgehöhlte Wassersteine schleifen ungleichmäßig. Mit dieser Diamantplatte (#140) ziehen Sie Ihren Stein in wenigen Minuten wieder plan.</p>\n<p>Die Platte ist auf eine Aluminiumbasis geklebt und 10 Jahre haltbar bei Hausgebrauch.</p>',
		[
			[ 'Körnung', '#140' ],
			[ 'Maße', '210 × 75 mm' ],
		],
		{ price: 59, stock: counted( 5 ) }
	),
	item(
		'Mandoline Profi',
		'Zubehör',
		[ 'mandoline', 'gemüsehobel' ],
		'Gemüsehobel mit einstellbarer Schnittstärke von 0,5 bis 8 mm.',
		'<p>Stufenlos von 0,5 bis 8 mm, dazu Einsätze für Julienne in 4 und 9 mm. Mit Restehalter.</p>\n<p>Wir empfehlen dazu unseren Schnittschutzhandschuh.</p>',
		[
			[ 'Schnittstärke', '0,5–8 mm' ],
			[ 'Material', 'Edelstahl' ],
		],
		{ price: 69, sale: 54.9, stock: counted( 3 ) }
	),
	item(
		'Schärfwerk Geschenkgutschein',
		'Kurse &amp; Gutscheine',
		[ 'gutschein', 'geschenk' ],
		'Ein Gutschein für den Shop, den Laden und den Schleifservice, per E-Mail oder als Karte.',
		'<p>Einlösbar für alles bei uns: im Onlineshop, im Laden in Solingen und für den Schleifservice. Drei Jahre gültig, wie es das Gesetz vorsieht.</p>\n<p>Wir schicken ihn als PDF per E-Mail; als gedruckte Karte im Umschlag kostet er 2,50 € mehr.</p>',
		[ [ 'Gültigkeit', '3 Jahre' ] ],
		{
			axis: 'Betrag',
			options: [
				[ '25 €', 25, unmanaged() ],
				[ '50 €', 50, unmanaged() ],
				[ '100 €', 100, unmanaged() ],
			],
		}
	),
	item(
		'Gemüsemesser Kinder-Set',
		'Küchenmesser',
		[ 'messer', 'kinder', 'set' ],
		'Zwei Kindermesser und ein kleines Brett, als Geschenkset.',
		'<p>Zwei Kindermesser Schnitzfuchs mit abgerundeter Spitze und ein kleines Buchenbrett (25 × 15 cm). Für Kinder ab 5 Jahren.</p>',
		[ [ 'Inhalt', '2 Messer, 1 Brett' ] ],
		{ price: 54.9, stock: backorder() }
	),
];
