/**
 * Product vocabulary entries: the properties and care a product's information states in
 * any trade (safety for pets and children, care, lifetime and charging, scent, what comes
 * with it) and the attributes shops of a trade name their products by (yarn, games, paper,
 * cosmetics, food). A shopper asking in the other language meets them through these: "is it toxic
 * to cats?" reads "giftig für Katzen", "Wie lange hält der Akku?" reads "battery life".
 * Same format and rules as the header of products.ts (one entry per line, English forms
 * " = " German forms, the usual form first, singular forms).
 */
export const PROPERTY_ENTRIES = `
toxic, poisonous = giftig, Giftigkeit
non-toxic, nontoxic = ungiftig
pet = Haustier
watering = Gießen, Bewässerung
fertilising, fertilizing, feeding = Düngen, Düngung
repotting = Umtopfen
moss pole = Moosstab
lifetime, lifespan, service life = Lebensdauer
charging time, charge time = Ladezeit
charge cycle, charging cycle = Ladezyklus, Ladezyklen
battery life, runtime, run time = Akkulaufzeit, Laufzeit, Leuchtdauer, Betriebsdauer
scent, fragrance, perfume = Duft, Parfüm
scented, fragranced, perfumed = parfümiert, duftend
unscented, fragrance-free, perfume-free = unparfümiert, parfümfrei, duftfrei
dosage, dose = Dosierung
artificial colouring, artificial coloring, colouring, coloring = Farbstoff, Farbstoffe
preservative = Konservierungsstoff, Konservierungsstoffe
hardy, frost-hardy, winter-hardy = winterhart, frosthart
shade = Schatten, Halbschatten
unfolded, opened out = aufgeklappt, ausgeklappt, aufgefaltet
folded = zusammengeklappt, gefaltet
spare pin, replacement pin = Ersatzpin, Ersatzpins
included, comes with = enthalten, inklusive, Lieferumfang
shelf life, best before = Haltbarkeit, Mindesthaltbarkeit, haltbar
after opening = nach dem Öffnen, nach Anbruch
ingredient, ingredients = Inhaltsstoff, Inhaltsstoffe, Zutaten
active ingredient = Wirkstoff
skin type = Hauttyp
sensitive skin = empfindliche Haut, sensible Haut
cruelty-free, not tested on animals = tierversuchsfrei
needle size = Nadelstärke, Nadelgröße
yardage, meterage, length per ball = Lauflänge
gauge, tension = Maschenprobe
fibre content, fiber content, composition = Zusammensetzung, Materialzusammensetzung
hand wash = Handwäsche
playing time, game length = Spieldauer, Spielzeit
number of players, players = Spieleranzahl, Spielerzahl, Spieler
age, recommended age = Alter, Altersempfehlung, ab Jahren
piece, pieces = Teile, Teilezahl, Puzzleteile
paper weight, grammage, gsm = Grammatur, Papiergewicht
lined, ruled = liniert
squared, grid = kariert
dotted, dot grid = gepunktet, Punktraster
blank, plain = blanko, unliniert
power consumption, power draw = Leistungsaufnahme, Stromverbrauch
connections, ports, connectivity = Anschlüsse, Schnittstellen
volume level, loudness, noise level = Lautstärke, Geräuschpegel
battery capacity = Akkukapazität
load capacity, maximum load, weight capacity = Belastbarkeit, Tragkraft, Traglast, Höchstlast
allergen, allergens = Allergene, Allergen
origin, country of origin, provenance = Herkunft, Herkunftsland, Ursprung
growing region = Anbaugebiet
burn time, burning time = Brenndauer, Brennzeit
filling = Füllung
uv protection = UV-Schutz
`;
