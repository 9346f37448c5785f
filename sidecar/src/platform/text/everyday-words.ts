/**
 * Everyday words in English and German that say what a product is FOR rather than what it
 * is: "something to keep my knives on the WALL without DRILLING HOLES", "was zum BROT
 * schneiden", "gift for my DAD". The product vocabulary (products.ts) names kinds of
 * products; these are the things, places, people and doings a purpose names, so a question
 * in one language meets a catalog's descriptions in the other ("wall" → "Wand" in
 * "Wandmontage ohne Bohren"). Only the purpose search of the chat reads them: they are no
 * product kinds, and must not make "wall" a kind of product the shop could lack.
 *
 * One entry per line: English forms " = " German forms (singular and plain forms; the
 * matching stems them, so plurals and verb forms are found too). Generic on purpose.
 */
import { fold } from './analyze';
import { formLines } from './form-lines';

const ENTRIES = `
wall = Wand
hole, holes = Loch, Löcher
drill, drilling = bohren, Bohrung
screw, screws = Schraube, schrauben
floor = Boden
ceiling = Decke
door = Tür
window = Fenster
kitchen = Küche
bathroom = Bad, Badezimmer
bedroom = Schlafzimmer
living room = Wohnzimmer
garden = Garten
balcony = Balkon
garage = Garage
office = Büro
car = Auto, Wagen
bike, bicycle = Fahrrad, Rad
hand, hands = Hand, Hände
finger = Finger
foot, feet = Fuß, Füße
head = Kopf
skin = Haut
hair = Haar, Haare
eye, eyes = Auge, Augen
child, kid, kids, children = Kind, Kinder
baby = Baby
beginner = Anfänger, Einsteiger
expert, professional, pro = Profi
dad, father = Vater, Papa
mum, mom, mother = Mutter, Mama
friend = Freund, Freundin
gift, present = Geschenk
birthday = Geburtstag
christmas = Weihnachten
wedding = Hochzeit
winter = Winter
summer = Sommer
rain = Regen
snow = Schnee
sun = Sonne
cold = Kälte, kalt
heat = Hitze, Wärme
water = Wasser
dust = Staub
dirt = Schmutz
rust = Rost
stain, stains = Fleck, Flecken
smell, odour, odor = Geruch
noise = Lärm, Geräusch
travel, travelling, trip = Reise, reisen, unterwegs
work = Arbeit
school = Schule
camping = Camping, Zelten
picnic = Picknick
party = Party, Feier
dog = Hund
cat = Katze
bird = Vogel
fish = Fisch
meat = Fleisch
bread = Brot
vegetables, vegetable, veg = Gemüse
fruit = Obst, Frucht
herbs, herb = Kräuter, Kraut
cheese = Käse
oyster, oysters = Auster, Austern
onion = Zwiebel
tomato = Tomate
garlic = Knoblauch
cake = Kuchen, Torte
pizza = Pizza
roast = Braten
bone, bones = Knochen
knife, knives = Messer
blade = Klinge
board = Brett
stone = Stein
glass = Glas
bottle = Flasche
box = Box, Kiste, Schachtel
bag = Tasche, Beutel
cover = Hülle, Abdeckung
shelf = Regal
plant, plants = Pflanze, Pflanzen
flower, flowers = Blume, Blumen
tree = Baum
lawn = Rasen
leaves = Laub
coffee = Kaffee
tea = Tee
milk = Milch
paper = Papier
clothes, clothing = Kleidung
shoes = Schuhe
music = Musik
photo, photos, picture = Foto, Bild
video = Video
light = Licht
colour, color, coloured, colored = Farbe, farbig, bunt
power = Strom
battery = Akku, Batterie
cut, cutting, slice, slicing, chop, chopping = schneiden, Schnitt
snip, snipping = schnippeln, schneiden
peel, peeling = schälen
open, opening, opens = öffnen
close, closing = schließen
clean, cleaning = reinigen, putzen, Reinigung
wash, washing = waschen, spülen
dry, drying = trocknen
store, storing, storage, keep = aufbewahren, Aufbewahrung, lagern
carry, carrying, transport = tragen, Transport, transportieren
hang, hanging = aufhängen, hängen
mount, mounting = montieren, Montage, Befestigung
protect, protection, protecting = schützen, Schutz
sharpen, sharpening = schärfen, schleifen
hone, honing = abziehen, wetzen
repair, fix, fixing = reparieren, Reparatur
cook, cooking = kochen
bake, baking = backen
grill, grilling, barbecue = grillen
fillet, filleting = filetieren, filieren
carve, carving = tranchieren
measure, measuring = messen
learn, learning = lernen
sleep, sleeping = schlafen
walk, walking = laufen, gehen, Spaziergang
run, running = laufen, rennen
play, playing = spielen
grow, growing = wachsen, anbauen
water, watering = gießen, bewässern
feed, feeding = füttern
`;

interface EverydayEntry {
	en: string[];
	de: string[];
}

/**
 * The forms a written word may take: English plurals and "-ing"/"-ed", German endings of
 * plurals and cases ("Löcher" is listed; umlaut plurals are not derived). Plain endings only,
 * no stemmer: a stem joins strangers ("Messer" and "messen" share "mess").
 */
function inflected( form: string, lang: 'en' | 'de' ): string[] {
	if ( lang === 'de' ) {
		return [ '', 'e', 'en', 'n', 'er', 'ern', 'es', 's', 'nen' ].map(
			( ending ) => form + ending
		);
	}
	const forms = [ 's', 'es', 'ing', 'ed', 'd', '' ].map(
		( ending ) => form + ending
	);
	if ( form.endsWith( 'y' ) ) {
		forms.push( `${ form.slice( 0, -1 ) }ies` );
	}
	if ( form.endsWith( 'e' ) ) {
		forms.push( `${ form.slice( 0, -1 ) }ing` );
	}
	return forms;
}

/** Each written form (folded) → the entries holding it. */
function indexOf( entries: EverydayEntry[] ): Map< string, EverydayEntry[] > {
	const index = new Map< string, EverydayEntry[] >();
	for ( const entry of entries ) {
		const forms = [
			...entry.en.map( ( form ) => [ form, 'en' ] as const ),
			...entry.de.map( ( form ) => [ form, 'de' ] as const ),
		];
		for ( const [ form, lang ] of forms ) {
			for ( const written of inflected( fold( form ), lang ) ) {
				const held = index.get( written ) ?? [];
				if ( ! held.includes( entry ) ) {
					index.set( written, [ ...held, entry ] );
				}
			}
		}
	}
	return index;
}

const EVERYDAY = indexOf(
	formLines( ENTRIES ).map( ( [ en, de ] ) => ( {
		en: en.filter( ( form ) => ! form.includes( ' ' ) ),
		de: de.filter( ( form ) => ! form.includes( ' ' ) ),
	} ) )
);

/**
 * The other forms, both languages, of an everyday word ("walls" → wall, wand; "Löcher" →
 * hole, holes, loch), lower case; none for a word the list does not hold.
 * @param word one word, any case
 */
export function everydayForms( word: string ): string[] {
	const folded = fold( word );
	const entries = EVERYDAY.get( folded ) ?? [];
	return [
		...new Set(
			entries.flatMap( ( entry ) =>
				[ ...entry.en, ...entry.de ].map( ( form ) =>
					form.toLowerCase()
				)
			)
		),
	].filter( ( form ) => fold( form ) !== folded );
}
