/**
 * The range of Blattwerk (blattwerk.ts), a German houseplant shop in Leipzig, written out by
 * hand so that every fact a question relies on is stated once: plants with pot diameter,
 * height, light, pet safety and watering; pots and soil as variable products; fertiliser,
 * tools, grow lights and accessories. Stock: a number (counted), 'out', 'back' (backorder,
 * with "Wieder lieferbar ab …" in the short description) or null (not managed).
 */
export type Stock = number | 'out' | 'back' | null;

/** A plant of the Zimmerpflanzen range, as its row gives it. */
export interface Plant {
	name: string;
	/** Its botanical name. */
	botanical: string;
	price: number;
	sale: number | null;
	/** Pot Ø in cm. */
	pot: number;
	/** Height in cm, with the pot. */
	height: number;
	light: 'H' | 'S' | 'SCH';
	toxic: boolean;
	water: 'wenig' | 'mittel' | 'feucht';
	stock: Stock;
	/** The fact only its long description states. */
	detail: string;
}

export const LIGHT = {
	H: 'Halbschatten/hell, keine direkte Sonne',
	S: 'sonnig, verträgt direkte Sonne',
	SCH: 'Schatten bis Halbschatten, kommt mit wenig Licht aus',
};

export const WATER = {
	wenig: 'alle 2–3 Wochen gießen, Erde zwischendurch austrocknen lassen',
	mittel: 'wöchentlich gießen, sobald die obere Erdschicht trocken ist',
	feucht: 'Erde stets leicht feucht halten, etwa 2× pro Woche gießen',
};

export const PLANT_ROWS = [
	'Monstera deliciosa | Monstera deliciosa | 34.90 |  | 21 | 80 | H | giftig | mittel | 14 | Mit Moosstab (60 cm) geliefert.',
	'Monstera deliciosa Mini | Monstera deliciosa | 16.90 |  | 12 | 30 | H | giftig | mittel | 3 | Die Mini-Monstera hat meist 3–4 Blätter.',
	'Monstera Thai Constellation | Monstera deliciosa ‚Thai Constellation‘ | 129.00 | 109.00 | 17 | 45 | H | giftig | mittel | 2 | Jede Pflanze ist ein Unikat mit cremefarbener Panaschierung.',
	'Monstera adansonii | Monstera adansonii | 19.90 |  | 14 | 35 | H | giftig | feucht | out | Wird als Ampelpflanze mit Aufhängung geliefert.',
	'Ficus lyrata (Geigenfeige) | Ficus lyrata | 59.90 |  | 21 | 110 | H | giftig | mittel | 6 | Verträgt keinen Standortwechsel, dann wirft sie Blätter ab.',
	'Ficus elastica Robusta | Ficus elastica | 24.90 |  | 17 | 60 | H | giftig | wenig | 22 | Der Milchsaft kann Hautreizungen verursachen.',
	'Ficus elastica Tineke | Ficus elastica ‚Tineke‘ | 29.90 | 24.90 | 17 | 55 | H | giftig | wenig | 8 | Die Blätter sind grün, creme und rosa gemustert.',
	'Ficus benjamina | Ficus benjamina | 22.50 |  | 17 | 90 | H | giftig | mittel | - | Als Hochstamm gezogen.',
	'Ficus Audrey | Ficus benghalensis | 69.00 |  | 24 | 130 | H | giftig | mittel | back | Hat einen verholzten Stamm mit heller Rinde.',
	'Calathea orbifolia | Calathea orbifolia | 27.90 |  | 17 | 50 | SCH | ungiftig | feucht | 5 | Am besten mit kalkarmem Wasser oder Regenwasser gießen.',
	'Calathea lancifolia | Calathea lancifolia (Klapperschlangenpflanze) | 18.90 |  | 14 | 40 | SCH | ungiftig | feucht | 11 | Die Blätter falten sich abends zusammen.',
	'Calathea White Fusion | Calathea ‚White Fusion‘ | 32.90 |  | 14 | 40 | H | ungiftig | feucht | 1 | Braucht eine Luftfeuchtigkeit von mindestens 60 %.',
	'Calathea medaillon | Calathea roseopicta ‚Medaillon‘ | 21.90 |  | 14 | 35 | SCH | ungiftig | feucht | out | Blattunterseite dunkelviolett.',
	'Strelitzia nicolai | Strelitzia nicolai (Paradiesvogelblume) | 79.90 |  | 27 | 150 | S | giftig | mittel | 4 | Über 120 cm Höhe: Versand per Spedition.',
	'Strelitzia reginae | Strelitzia reginae | 39.90 |  | 21 | 70 | S | giftig | mittel | 9 | Blüht ab einem Alter von etwa 4 Jahren.',
	'Pilea peperomioides (Ufopflanze) | Pilea peperomioides | 9.90 |  | 12 | 20 | H | ungiftig | mittel | - | Bildet viele Ableger, die sich leicht abtrennen lassen.',
	'Pothos Golden (Efeutute) | Epipremnum aureum | 12.90 |  | 14 | 40 | SCH | giftig | wenig | 30 | Ranken können über 2 m lang werden.',
	'Pothos Marble Queen | Epipremnum aureum ‚Marble Queen‘ | 14.90 |  | 14 | 35 | H | giftig | wenig | 0 | Weiß-grün marmorierte Blätter.',
	'Philodendron Pink Princess | Philodendron erubescens ‚Pink Princess‘ | 89.00 |  | 14 | 30 | H | giftig | mittel | back | Die rosa Färbung ist bei jeder Pflanze anders.',
	'Philodendron scandens | Philodendron scandens | 11.90 |  | 12 | 30 | SCH | giftig | mittel | 17 | Auch als Ampel geeignet.',
	'Philodendron Birkin | Philodendron ‚Birkin‘ | 24.90 | 19.90 | 14 | 35 | H | giftig | mittel | 7 | Weiße Nadelstreifen auf dunkelgrünen Blättern.',
	'Sansevieria trifasciata (Bogenhanf) | Dracaena trifasciata | 19.90 |  | 14 | 50 | SCH | giftig | wenig | 25 | Verzeiht auch mal 4 Wochen ohne Wasser.',
	'Sansevieria cylindrica | Dracaena angolensis | 16.90 |  | 12 | 40 | S | giftig | wenig | 12 | Die Blätter sind rund wie Stäbe.',
	'Zamioculcas (Glücksfeder) | Zamioculcas zamiifolia | 29.90 |  | 17 | 65 | SCH | giftig | wenig | 19 | Speichert Wasser in ihren knollenartigen Rhizomen.',
	'Zamioculcas Raven | Zamioculcas zamiifolia ‚Raven‘ | 39.90 |  | 17 | 55 | SCH | giftig | wenig | 2 | Neue Triebe sind hellgrün und werden später fast schwarz.',
	'Alocasia zebrina | Alocasia zebrina | 34.90 |  | 17 | 60 | H | giftig | mittel | 6 | Die Stiele sind zebraartig gestreift.',
	'Alocasia Polly | Alocasia × amazonica ‚Polly‘ | 22.90 |  | 14 | 40 | H | giftig | mittel | out | Zieht im Winter gelegentlich ein und treibt im Frühjahr neu aus.',
	'Aloe vera | Aloe vera | 12.50 |  | 12 | 30 | S | giftig | wenig | 40 | Das Gel der Blätter kann man bei Sonnenbrand verwenden.',
	'Echeveria Mix (3 Stück) | Echeveria | 14.90 |  | 9 | 10 | S | ungiftig | wenig | 15 | Drei verschiedene Sorten im 9-cm-Topf.',
	'Kentia-Palme | Howea forsteriana | 89.90 | 74.90 | 24 | 140 | SCH | ungiftig | mittel | 3 | Über 120 cm Höhe: Versand per Spedition.',
	'Goldfruchtpalme (Areca) | Dypsis lutescens | 44.90 |  | 21 | 100 | H | ungiftig | mittel | 8 | Gilt als gute Luftbefeuchterin.',
	'Bergpalme | Chamaedorea elegans | 14.90 |  | 12 | 40 | SCH | ungiftig | mittel | 21 | Eine der pflegeleichtesten Palmen.',
	'Grünlilie | Chlorophytum comosum | 8.90 |  | 12 | 25 | H | ungiftig | mittel | - | Bildet Kindel an langen Ausläufern.',
	'Bubikopf | Soleirolia soleirolii | 7.90 |  | 12 | 10 | H | ungiftig | feucht | 13 | Wächst polsterartig und bleibt klein.',
	'Maranta leuconeura (Pfeilwurz) | Maranta leuconeura | 15.90 |  | 14 | 25 | SCH | ungiftig | feucht | 9 | Rote Blattadern auf grünem Grund.',
	'Peperomia obtusifolia | Peperomia obtusifolia | 11.90 |  | 12 | 25 | H | ungiftig | wenig | 16 | Dicke, glänzende Blätter, die Wasser speichern.',
	'Hoya carnosa (Wachsblume) | Hoya carnosa | 17.90 |  | 12 | 30 | H | ungiftig | wenig | 10 | Die Blüten duften abends süßlich.',
	'Hoya kerrii (Herzblatt) | Hoya kerrii | 9.50 |  | 9 | 10 | S | ungiftig | wenig | 35 | Ein einzelnes herzförmiges Blatt im Topf.',
	'Einblatt (Spathiphyllum) | Spathiphyllum wallisii | 19.90 |  | 17 | 55 | SCH | giftig | feucht | 14 | Lässt die Blätter hängen, wenn sie Wasser braucht.',
	'Drachenbaum Marginata | Dracaena marginata | 36.90 |  | 21 | 120 | H | giftig | wenig | 5 | Mit drei Stämmen in verschiedenen Höhen.',
	'Olivenbaum im Topf | Olea europaea | 49.90 |  | 21 | 90 | S | ungiftig | mittel | back | Im Sommer gern auf Balkon oder Terrasse.',
	'Anthurium Rot (Flamingoblume) | Anthurium andreanum | 24.90 |  | 14 | 45 | H | giftig | mittel | 18 | Blüht fast das ganze Jahr.',
	'Orchidee Phalaenopsis Weiß | Phalaenopsis | 19.90 | 15.90 | 12 | 55 | H | ungiftig | wenig | 20 | Mit zwei Blütenrispen geliefert.',
	'Farn Nephrolepis (Schwertfarn) | Nephrolepis exaltata | 16.90 |  | 17 | 45 | SCH | ungiftig | feucht | 7 | Braucht hohe Luftfeuchtigkeit, ideal fürs Badezimmer.',
	'Kaktus-Set Wüste (5 Stück) | Cactaceae | 24.90 |  | 6 | 12 | S | ungiftig | wenig | out | Fünf verschiedene Kakteen im 6-cm-Topf.',
	'Calathea makoyana (Pfauenpflanze) | Calathea makoyana | 19.90 |  | 14 | 40 | SCH | ungiftig | feucht | 6 | Die Blätter sehen aus wie Pfauenfedern.',
	'Ctenanthe Golden Mosaic | Ctenanthe lubbersiana | 26.90 |  | 17 | 55 | H | ungiftig | feucht | back | Gelb-grün gesprenkelte Blätter.',
	'Schefflera arboricola | Schefflera arboricola (Strahlenaralie) | 21.90 |  | 17 | 70 | H | giftig | mittel | 12 | Sehr robust, auch für Anfänger.',
	'Yucca-Palme | Yucca elephantipes | 39.90 | 34.90 | 21 | 110 | S | giftig | wenig | 5 | Mit zwei Stämmen.',
	'Elefantenfuß | Beaucarnea recurvata | 29.90 |  | 17 | 50 | S | ungiftig | wenig | 8 | Speichert Wasser im verdickten Stammfuß.',
	'Geldbaum (Crassula ovata) | Crassula ovata | 13.90 |  | 12 | 25 | S | giftig | wenig | 24 | Kann bis zu 30 Jahre alt werden.',
	'Efeu Hedera helix | Hedera helix | 7.90 |  | 12 | 25 | SCH | giftig | mittel | 18 | Auch für kühle Treppenhäuser geeignet.',
	'Tradescantia zebrina | Tradescantia zebrina | 9.90 |  | 12 | 20 | H | ungiftig | mittel | out | Silbrig-violett gestreifte Blätter.',
	'String of Pearls (Erbsenpflanze) | Senecio rowleyanus | 12.90 |  | 12 | 30 | S | giftig | wenig | 4 | Die Ranken hängen bis 60 cm herab.',
	'Ceropegia woodii (Leuchterblume) | Ceropegia woodii | 11.90 |  | 9 | 25 | H | ungiftig | wenig | 9 | Herzförmige, marmorierte Blätter an dünnen Ranken.',
	'Dieffenbachia Camille | Dieffenbachia seguine | 23.90 |  | 17 | 60 | SCH | giftig | mittel | 7 | Der Pflanzensaft ist stark giftig, beim Schneiden Handschuhe tragen.',
	'Aglaonema Silver Bay | Aglaonema commutatum | 27.90 |  | 17 | 55 | SCH | giftig | mittel | 10 | Eine der besten Pflanzen für dunkle Ecken.',
	'Syngonium Pink | Syngonium podophyllum | 14.90 |  | 12 | 25 | H | giftig | mittel | 13 | Pfeilförmige, rosa Blätter.',
	'Begonia maculata | Begonia maculata (Forellenbegonie) | 19.90 |  | 14 | 40 | H | giftig | mittel | 1 | Weiße Punkte auf der Blattoberseite, rote Unterseite.',
	'Fittonia (Mosaikpflanze) | Fittonia albivenis | 6.90 |  | 9 | 10 | SCH | ungiftig | feucht | 26 | Ideal für Flaschengärten.',
	'Venusfliegenfalle | Dionaea muscipula | 12.90 |  | 9 | 10 | S | ungiftig | feucht | back | Nur mit Regenwasser oder destilliertem Wasser gießen.',
	'Bananenpflanze Musa | Musa acuminata ‚Dwarf Cavendish‘ | 44.90 |  | 21 | 90 | S | ungiftig | feucht | 3 | Braucht im Sommer viel Wasser.',
	'Zitronenbaum im Topf | Citrus limon | 54.90 |  | 21 | 80 | S | ungiftig | mittel | back | Im Winter hell und kühl bei 5–12 °C überwintern.',
	'Rhipsalis (Korallenkaktus) | Rhipsalis baccifera | 16.90 |  | 14 | 30 | H | ungiftig | mittel | 6 | Ein Kaktus ohne Stacheln, der im Regenwald wächst.',
	'Philodendron Xanadu | Thaumatophyllum xanadu | 34.90 |  | 21 | 60 | H | giftig | mittel | 5 | Wächst eher in die Breite als in die Höhe.',
	'Strahlenaralie Gold Capella | Schefflera arboricola ‚Gold Capella‘ | 26.90 |  | 17 | 80 | H | giftig | mittel | out | Gelb panaschierte Blätter.',
	'Calathea Network | Goeppertia kegeljanii | 24.90 |  | 14 | 30 | SCH | ungiftig | feucht | 4 | Netzartiges Muster auf hellgrünen Blättern.',
];

export const CARE_ROWS = [
	'Grünpflanzendünger flüssig 500 ml | Dünger & Pflege | 8.90 |  | 44 | Inhalt=500 ml; NPK=7-3-6; Dosierung=5 ml auf 1 l Gießwasser | Von März bis September alle 2 Wochen ins Gießwasser geben. | Dünger, vegan',
	'Grünpflanzendünger flüssig 1 l | Dünger & Pflege | 14.90 |  | 12 | Inhalt=1 l; NPK=7-3-6; Dosierung=5 ml auf 1 l Gießwasser | Die sparsame Großpackung. | Dünger, vegan',
	'Kakteen- & Sukkulentendünger 250 ml | Dünger & Pflege | 6.90 |  | 23 | Inhalt=250 ml; NPK=4-6-8; Dosierung=3 ml auf 1 l Gießwasser | Stickstoffarm, für Kakteen, Aloe und Echeverien. | Dünger',
	'Orchideendünger 250 ml | Dünger & Pflege | 7.50 |  | out | Inhalt=250 ml; NPK=3-3-5; Dosierung=2 ml auf 1 l Gießwasser | Mild dosiert für Orchideen. | Dünger',
	'Düngestäbchen Grünpflanzen (30 Stück) | Dünger & Pflege | 5.90 |  | 31 | Inhalt=30 Stück; Wirkdauer=3 Monate | Je nach Topfgröße 1–3 Stäbchen in die Erde stecken. | Dünger',
	'Blattglanzspray 200 ml | Dünger & Pflege | 9.90 | 7.90 | 14 | Inhalt=200 ml | Nicht für behaarte Blätter geeignet. | Pflege',
	'Neemöl-Pflanzenschutz 100 ml | Dünger & Pflege | 12.90 |  | back | Inhalt=100 ml; Anwendung=10 ml auf 1 l Wasser | Gegen Spinnmilben, Thripse und Wollläuse. | Pflanzenschutz, bio',
	'Gelbtafeln gegen Trauermücken (10 Stück) | Dünger & Pflege | 4.50 |  | 60 | Inhalt=10 Stück; Größe=7,5 × 13 cm | Giftfrei, einfach in die Erde stecken. | Pflanzenschutz',
	'Blähton 5 l | Erde & Substrat | 6.90 |  | 28 | Inhalt=5 l; Körnung=8–16 mm | Als Drainage unten in den Topf. | Drainage',
	'Seramis Pflanzgranulat 7,5 l | Erde & Substrat | 13.90 |  | 9 | Inhalt=7,5 l | Speichert Wasser und gibt es langsam ab. | Substrat',
	'Pinienrinde 3 l | Erde & Substrat | 5.50 |  | out | Inhalt=3 l; Körnung=10–20 mm | Für luftige Aroiden-Mischungen. | Substrat',
	'Perlite 6 l | Erde & Substrat | 7.90 |  | 15 | Inhalt=6 l | Lockert jede Erde auf. | Substrat',
];

export const TOOLS_ROWS = [
	'Gießkanne Messing 1,5 l | Zubehör | 39.90 |  | 6 | Volumen=1,5 l; Material=Messing | Mit langem, dünnem Ausguss für präzises Gießen. | Gießen',
	'Gießkanne Kunststoff 1 l | Zubehör | 9.90 |  | 25 | Volumen=1 l; Material=recycelter Kunststoff | In Salbeigrün. | Gießen',
	'Sprühflasche Glas 300 ml | Zubehör | 14.90 |  | 12 | Volumen=300 ml; Material=Glas, Messingkopf | Feiner Sprühnebel für Calathea & Co. | Luftfeuchtigkeit',
	'Pflanzenschere Edelstahl | Werkzeug | 19.90 |  | 18 | Länge=20 cm; Material=Edelstahl | Für Stecklinge und Rückschnitt. | Werkzeug',
	'Umtopf-Set 3-teilig | Werkzeug | 24.90 | 19.90 | 7 | Inhalt=Schaufel, Harke, Pflanzholz | Mit Holzgriffen aus Buche. | Werkzeug',
	'Umtopfmatte faltbar | Werkzeug | 16.90 |  | out | Größe=68 × 68 cm; Material=wasserdichtes Oxford-Gewebe | Mit Druckknöpfen zur Schale geformt. | Werkzeug',
	'Feuchtigkeitsmesser | Werkzeug | 12.90 |  | 20 | Messbereich=Feuchte 1–10; Länge Sonde=20 cm | Kommt ohne Batterie aus. | Messgerät',
	'Moosstab 60 cm | Zubehör | 7.90 |  | 33 | Länge=60 cm; Material=Kokosfaser | Rankhilfe für Monstera und Philodendron. | Rankhilfe',
	'Moosstab 90 cm | Zubehör | 10.90 |  | 4 | Länge=90 cm; Material=Kokosfaser | Verlängerbar. | Rankhilfe',
	'Pflanzenständer Holz | Zubehör | 44.90 |  | 5 | Höhe=50 cm; für Töpfe bis=24 cm; Material=Eiche geölt | Im Leipziger Westen gefertigt. | Möbel',
	'Blumenampel Makramee | Zubehör | 14.90 |  | 22 | Länge=100 cm; für Töpfe bis=17 cm | Aus Baumwollkordel, handgeknüpft. | Deko',
	'Luftbefeuchter Ultraschall 2 l | Zubehör | 49.90 |  | back | Tank=2 l; Laufzeit=bis 20 Stunden; Leistung=22 W | Leise (unter 30 dB), mit Abschaltautomatik. | Luftfeuchtigkeit',
	'Hygrometer digital | Werkzeug | 9.90 |  | 27 | Messbereich=10–99 % rF; Batterie=1 × AAA | Zeigt Temperatur und Luftfeuchtigkeit. | Messgerät',
	'Anzuchtstation mit Deckel | Zubehör | 18.90 |  | 9 | Maße=38 × 24 × 18 cm | Für Stecklinge und Samen, mit Lüftungsschieber. | Vermehrung',
	'Stecklingsvase Glas 3er-Set | Zubehör | 21.90 |  | 2 | Höhe=15 cm; Inhalt=3 Vasen | Zum Bewurzeln von Stecklingen im Wasser. | Vermehrung, Deko',
];

export const LIGHTS_ROWS = [
	'Pflanzenlampe LED Clip 10 W | Pflanzenlicht | 24.90 |  | 16 | Leistung=10 W; Lichtstrom=800 lm; Lebensdauer=25.000 Stunden; Timer=4/8/12 Stunden | Mit Klemme und flexiblem Schwanenhals. | LED, Vollspektrum',
	'Pflanzenlampe LED Clip Duo 20 W | Pflanzenlicht | 34.90 | 29.90 | 8 | Leistung=20 W; Lichtstrom=1.600 lm; Lebensdauer=25.000 Stunden; Timer=4/8/12 Stunden | Zwei Köpfe, einzeln schwenkbar. | LED, Vollspektrum',
	'Pflanzenleuchte Pendel 35 W | Pflanzenlicht | 89.00 |  | 3 | Leistung=35 W; Lichtstrom=3.800 lm; Lebensdauer=50.000 Stunden; Kabellänge=1,5 m | Weißes Licht, das im Wohnzimmer nicht lila wirkt. | LED, Vollspektrum',
	'Pflanzenleuchte Pendel 50 W | Pflanzenlicht | 119.00 |  | back | Leistung=50 W; Lichtstrom=5.200 lm; Lebensdauer=50.000 Stunden; Kabellänge=1,5 m | Für Pflanzenregale bis 120 cm Breite. | LED, Vollspektrum',
	'LED-Pflanzenbirne E27 15 W | Pflanzenlicht | 14.90 |  | 40 | Leistung=15 W; Lichtstrom=1.200 lm; Fassung=E27; Lebensdauer=20.000 Stunden | Passt in jede normale Lampenfassung. | LED',
	'Pflanzenlicht-Leiste 60 cm 18 W | Pflanzenlicht | 39.90 |  | out | Leistung=18 W; Lichtstrom=2.000 lm; Länge=60 cm; Lebensdauer=30.000 Stunden | Zum Unterbau unter Regalböden, koppelbar. | LED, Vollspektrum',
	'Pflanzenlicht-Stativ 25 W | Pflanzenlicht | 59.90 |  | 6 | Leistung=25 W; Lichtstrom=2.400 lm; Höhe=60–160 cm verstellbar; Timer=6/12/16 Stunden | Steht neben der Pflanze, ohne Bohren. | LED, Vollspektrum',
	'Zeitschaltuhr digital | Pflanzenlicht | 11.90 |  | 19 | Programme=20; max. Last=3.680 W | Schaltet das Pflanzenlicht automatisch. | Timer',
];

export const GIFTS_ROWS = [
	'Pflanzen-Abo „Grüner Monat“ (3 Monate) | Geschenke | 59.00 |  | - | Laufzeit=3 Monate; Lieferung=1 Pflanze pro Monat, 12–14 cm Topf | Endet automatisch nach 3 Monaten, keine Kündigung nötig. | Abo, Geschenk',
	'Pflanzenpflege-Buch „Grün wohnen“ | Geschenke | 24.00 |  | 11 | Seiten=192; Autorin=Jana Winkler | Von unserer Gründerin, mit 80 Pflanzenporträts. | Buch, Geschenk',
	'Kokedama Workshop-Ticket | Geschenke | 45.00 |  | 8 | Dauer=2,5 Stunden; Ort=Laden Leipzig | Termine immer am ersten Samstag im Monat um 17 Uhr, Material inklusive. | Workshop, Geschenk',
	'Geschenkverpackung Papier & Schleife | Geschenke | 3.50 |  | - | Für=Pflanzen bis 17 cm Topf | Mit Karte für Ihren Grußtext. | Geschenk',
];

/** A simple (non-plant) product: [name, category, price, sale, stock, specs, text, tags]. */
export type Item = [
	name: string,
	category: string,
	price: number,
	sale: number | null,
	stock: Stock,
	specs: Array< [ string, string ] >,
	text: string,
	tags: string[],
];

const stockOf = ( value: string ): Stock => {
	if ( value === 'out' || value === 'back' ) {
		return value;
	}
	return value === '-' ? null : Number( value );
};
const cells = ( row: string ) => row.split( ' | ' );
const saleOf = ( value: string ) => ( value ? Number( value ) : null );

/** Rows: name | botanical | price | sale | pot | height | light | giftig/ungiftig | water | stock | detail. */
export const PLANTS: Plant[] = PLANT_ROWS.map( ( row ) => {
	const [
		name,
		botanical,
		price,
		sale,
		pot,
		height,
		light,
		toxic,
		water,
		stock,
		detail,
	] = cells( row );
	return {
		name: name!,
		botanical: botanical!,
		price: Number( price ),
		sale: saleOf( sale! ),
		pot: Number( pot ),
		height: Number( height ),
		light: light as Plant[ 'light' ],
		toxic: toxic === 'giftig',
		water: water as Plant[ 'water' ],
		stock: stockOf( stock! ),
		detail: detail!,
	};
} );

/** Rows: name | category | price | sale | stock | spec=value; … | text | tag, tag. */
const items = ( rows: string[] ): Item[] =>
	rows.map( ( row ) => {
		const [ name, category, price, sale, stock, specs, text, tags ] =
			cells( row );
		return [
			name!,
			category!,
			Number( price ),
			saleOf( sale! ),
			stockOf( stock! ),
			specs!
				.split( '; ' )
				.map( ( s ) => s.split( '=' ) as [ string, string ] ),
			text!,
			tags!.split( ', ' ),
		];
	} );

export const CARE = items( CARE_ROWS );
export const TOOLS = items( TOOLS_ROWS );
export const LIGHTS = items( LIGHTS_ROWS );
export const GIFTS = items( GIFTS_ROWS );
