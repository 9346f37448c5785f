/**
 * Product vocabulary entries: the properties and care a product's information states in
 * any trade (safety for pets and children, care, lifetime and charging, scent, what comes
 * with it). A shopper asking in the other language meets them through these: "is it toxic
 * to cats?" reads "giftig für Katzen", "Wie lange hält der Akku?" reads "battery life".
 * Same format and rules as the header of products.ts (one entry per line, English forms
 * " = " German forms, the usual form first, singular forms).
 */
export const PROPERTY_ENTRIES = `
toxic, poisonous = giftig, Giftigkeit
non-toxic, nontoxic, pet-safe, pet safe = ungiftig, haustierfreundlich
pet = Haustier
watering = Gießen, Bewässerung, gießen
fertilising, fertilizing, feeding = Düngen, Düngung
repotting = Umtopfen
moss pole = Moosstab
lifetime, lifespan, service life = Lebensdauer
charging time, charge time = Ladezeit
charge cycle, charging cycle = Ladezyklus, Ladezyklen
battery life, runtime, run time = Akkulaufzeit, Laufzeit, Leuchtdauer, Betriebsdauer
scent, fragrance = Duft, Parfüm
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
`;
