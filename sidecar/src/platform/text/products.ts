import { formLines } from './form-lines';
import { BABY_PARTY_HEALTH_ENTRIES } from './products-baby-party-health';
import { CAR_FOOD_GIFT_ENTRIES } from './products-car-food';
import { CRAFTS_STATIONERY_ENTRIES } from './products-crafts-stationery';
import { FASHION_BEAUTY_ENTRIES } from './products-fashion-beauty';
import { GARDEN_DIY_ENTRIES } from './products-garden-diy';
import { HARDWARE_OUTDOOR_ENTRIES } from './products-hardware-outdoor';
import { HOME_ENTRIES } from './products-home';
import { KIDS_SPORTS_ENTRIES } from './products-kids-sports';
import { MUSIC_MEDIA_JEWELLERY_ENTRIES } from './products-music-media-jewellery';
import { PETS_CYCLING_ENTRIES } from './products-pets-cycling';
import { PROPERTY_ENTRIES } from './products-properties';
import { SPECIFICATION_ENTRIES } from './products-specifications';
import { TECH_OFFICE_ENTRIES } from './products-tech-office';

/**
 * The bilingual product vocabulary: generic words for kinds of products, materials,
 * colours and countries of origin, in English and German, so a German question finds an
 * English catalog and the other way round ("Habt ihr Wasserkocher?" → "Kettle", "coffee
 * grinder" → "Kaffeemühle", "aus Edelstahl" → "stainless steel"). Generic on purpose: the
 * words of many trades (household, kitchen, coffee, clothing, shoes, electronics, garden,
 * tools, furniture, sports, toys, beauty, pets, crafts, stationery, music, books, jewellery,
 * baby, party, health, photography, hardware, camping), never the names of one shop's products.
 *
 * One entry per line: English forms, " = ", German forms; forms separated by ", ". The
 * first form of each side is the usual one. English forms may be phrases ("coffee
 * grinder"); German forms are single words (compounds) or phrases. Singular forms: the
 * matching stems, so plurals are found too. The entries of each trade live in
 * products-*.ts (same format); this file holds the core ones and combines them all.
 */
const ENTRIES = `
coffee grinder, grinder, coffee mill, burr grinder = Kaffeemühle, Mühle, Espressomühle
espresso machine, espresso maker, portafilter machine = Siebträgermaschine, Espressomaschine, Siebträger
bean-to-cup machine, bean to cup machine, fully automatic coffee machine, automatic coffee machine = Kaffeevollautomat, Vollautomat
coffee machine, coffee maker = Kaffeemaschine, Kaffeeautomat
filter coffee machine, drip coffee maker = Filterkaffeemaschine
kettle, electric kettle, water kettle = Wasserkocher
milk jug, milk pitcher, frothing jug = Milchkännchen, Milchkanne
milk frother, frother = Milchaufschäumer
tamper = Tamper
coffee beans, beans, whole beans = Kaffeebohnen, Bohnen
ground coffee = gemahlener Kaffee, Kaffeepulver
coffee = Kaffee
tea = Tee
descaler, descaling agent = Entkalker, Entkalkungsmittel
cleaning tablets, cleaning tabs = Reinigungstabletten
cleaner, cleaning agent, detergent = Reiniger, Reinigungsmittel
pour-over dripper, pour over dripper, dripper, coffee dripper, pour-over = Handfilter, Kaffeefilter, Filterhalter
filter paper, paper filters, coffee filters = Filterpapier, Filtertüten
french press, cafetiere = French Press, Stempelkanne
coffee scale, kitchen scale, scale, scales = Kaffeewaage, Küchenwaage, Waage
espresso cup set, espresso cups, espresso cup = Espressotassen-Set, Espressotassen, Espressotasse
cup, mug = Tasse, Becher
moka pot, stovetop espresso maker = Espressokocher, Mokkakanne
knock box = Abschlagbehälter, Abklopfbehälter
water filter = Wasserfilter
toaster = Toaster
blender = Mixer, Standmixer
hand blender, immersion blender, stick blender = Stabmixer
food processor = Küchenmaschine
stand mixer = Küchenmaschine, Rührmaschine
juicer = Entsafter
microwave = Mikrowelle
stove, cooker = Herd
fridge, refrigerator = Kühlschrank
freezer = Gefrierschrank, Gefriertruhe
washing machine = Waschmaschine
dryer, tumble dryer = Trockner, Wäschetrockner
vacuum cleaner, vacuum, hoover = Staubsauger
iron = Bügeleisen, Eisen
hair dryer, hairdryer = Föhn, Haartrockner
shaver, razor = Rasierer
toothbrush = Zahnbürste
fan = Ventilator
heater = Heizlüfter, Heizgerät
lamp = Lampe, Leuchte
light bulb, bulb = Glühbirne, Leuchtmittel
pan, frying pan, skillet = Pfanne, Bratpfanne
pot, saucepan = Topf, Kochtopf
knife = Messer
knife set = Messerset, Messerblock
cutting board, chopping board = Schneidebrett
spoon = Löffel
fork = Gabel
plate = Teller
bowl = Schüssel, Schale
glass = Glas
bottle = Flasche
water bottle = Trinkflasche, Wasserflasche
thermos, vacuum flask, flask = Thermoskanne, Isolierkanne, Thermosflasche
jug, pitcher, carafe = Kanne, Krug, Karaffe
teapot = Teekanne
tray = Tablett
storage box, storage container, container = Aufbewahrungsbox, Behälter, Dose
box = Box, Kiste, Karton
basket = Korb
bag = Tasche, Beutel
backpack, rucksack = Rucksack
suitcase = Koffer
wallet = Geldbörse, Portemonnaie
umbrella = Regenschirm, Schirm
watch, wristwatch = Uhr, Armbanduhr
clock = Uhr, Wanduhr
alarm clock = Wecker
jewellery, jewelry = Schmuck
necklace = Halskette, Kette
ring = Ring
earrings = Ohrringe
bracelet = Armband
sunglasses = Sonnenbrille
glasses = Brille
jacket = Jacke
rain jacket, raincoat = Regenjacke
coat = Mantel
vest, gilet = Weste
shirt = Hemd
t-shirt, tee shirt = T-Shirt
blouse = Bluse
sweater, jumper, pullover = Pullover, Pulli
hoodie = Hoodie, Kapuzenpullover
cardigan = Strickjacke
trousers, pants = Hose
jeans = Jeans
shorts = Shorts, kurze Hose
skirt = Rock
dress = Kleid
suit = Anzug
socks = Socken, Strümpfe
tights = Strumpfhose
underwear = Unterwäsche
pyjamas, pajamas = Schlafanzug, Pyjama
swimsuit, swimwear = Badeanzug, Badebekleidung
hat = Hut, Mütze
cap = Kappe, Cap
beanie = Mütze, Beanie
scarf = Schal, Tuch
gloves = Handschuhe
belt = Gürtel
shoes = Schuhe
boots = Stiefel
sneakers, trainers, running shoes = Sneaker, Turnschuhe, Laufschuhe
sandals = Sandalen
slippers = Hausschuhe, Pantoffeln
phone, smartphone, mobile phone = Handy, Smartphone, Telefon
phone case, phone cover, mobile phone case, smartphone case = Handyhülle, Schutzhülle
charger = Ladegerät
cable = Kabel
power bank = Powerbank
headphones, earphones, earbuds = Kopfhörer
speaker, loudspeaker = Lautsprecher
laptop, notebook computer = Laptop, Notebook
computer = Computer, Rechner
tablet = Tablet
keyboard = Tastatur
mouse = Maus
monitor, screen, display = Monitor, Bildschirm
printer = Drucker
label printer = Etikettendrucker
camera = Kamera
television, tv = Fernseher
remote control = Fernbedienung
battery, rechargeable battery, battery pack = Batterie, Akku, Akkupack
furniture = Möbel
table = Tisch
desk = Schreibtisch
chair = Stuhl
office chair = Bürostuhl
sofa, couch = Sofa, Couch
bed = Bett
mattress = Matratze
pillow, cushion = Kissen
blanket = Decke
duvet = Bettdecke
bed linen, bedding = Bettwäsche
towel, hand towel = Handtuch
curtain = Vorhang, Gardine
rug, carpet = Teppich
shelf, shelving = Regal
wardrobe, closet = Kleiderschrank, Schrank
cabinet, cupboard = Schrank
mirror = Spiegel
candle = Kerze
vase = Vase
picture frame, frame = Bilderrahmen, Rahmen
poster = Poster
book = Buch
notebook, notepad = Notizbuch, Heft
pen, ballpoint pen, biro = Stift, Kugelschreiber, Kuli
pencil = Bleistift
paper = Papier
envelope = Umschlag, Briefumschlag
calendar = Kalender
gift card, voucher, gift voucher = Gutschein, Geschenkgutschein
gift set = Geschenkset
toy = Spielzeug
game, board game = Spiel, Brettspiel
puzzle, jigsaw = Puzzle
doll = Puppe
stuffed animal, plush toy, soft toy, teddy = Kuscheltier, Plüschtier, Teddy
bicycle, bike = Fahrrad, Rad
helmet = Helm
tent = Zelt
sleeping bag = Schlafsack
sleeping pad, sleeping mat, camping mat = Isomatte, Schlafmatte
camping stove, stove = Campingkocher, Gaskocher, Kocher
gas canister, fuel canister = Gaskartusche, Kartusche
cooler, cool box = Kühlbox
headlamp, head torch = Stirnlampe
flashlight, torch = Taschenlampe
lantern = Laterne
trekking pole, hiking pole, walking pole = Trekkingstock, Wanderstock
insulated bottle, vacuum bottle = Isolierflasche, Thermosflasche
camp chair, camping chair, folding chair = Campingstuhl, Klappstuhl
cook pot, cooking pot = Kochtopf, Topf
hammock = Hängematte
climbing rope, rope = Kletterseil, Seil
carabiner = Karabiner
harness, climbing harness = Klettergurt
compass = Kompass
binoculars = Fernglas
hiking boot = Wanderschuh, Wanderstiefel
hiking sock = Wandersocke
rain cover = Regenhülle
gravel bike = Gravelbike
mountain bike = Mountainbike
bike helmet, cycling helmet = Fahrradhelm
ball = Ball
yoga mat = Yogamatte
dumbbell = Hantel
tool = Werkzeug
drill = Bohrmaschine, Bohrer
cordless drill, cordless screwdriver = Akkuschrauber, Akku-Bohrschrauber, Bohrschrauber
screwdriver = Schraubendreher, Schraubenzieher
hammer = Hammer
saw = Säge
wrench, spanner = Schraubenschlüssel
screw = Schraube
nail = Nagel
ladder = Leiter
garden hose, hose = Gartenschlauch, Schlauch
lawn mower, lawnmower, mower = Rasenmäher
cordless mower, battery mower, cordless lawn mower = Akku-Rasenmäher, Akkurasenmäher
drill driver, cordless drill driver = Bohrschrauber, Akku-Bohrschrauber
hedge trimmer, hedge cutter = Heckenschere
grass trimmer, string trimmer, strimmer = Rasentrimmer, Freischneider
leaf blower, blower = Laubbläser, Laubsauger
chainsaw, chain saw = Kettensäge
pressure washer, power washer, jet washer = Hochdruckreiniger
pruning shears, secateurs, pruner = Gartenschere, Rosenschere
loppers, lopper = Astschere
rain barrel, water butt, rain butt, rainwater tank = Regentonne, Regenwassertonne, Regenfass
greenhouse = Gewächshaus
raised bed, raised garden bed = Hochbeet
wheelbarrow = Schubkarre
rake = Rechen, Harke
hoe = Hacke
trowel, hand trowel = Pflanzkelle, Kelle
scarifier = Vertikutierer
sprinkler, lawn sprinkler = Rasensprenger, Regner
garden shed, shed = Gartenhaus, Geräteschuppen
compost bin, composter = Komposter
garden gloves = Gartenhandschuhe
parcel box, package box = Paketbox, Paketkasten
angle grinder = Winkelschleifer
jigsaw = Stichsäge
circular saw = Kreissäge
sander = Schleifer, Schleifmaschine
spirit level = Wasserwaage
tape measure = Maßband
toolbox, tool box = Werkzeugkasten
shovel, spade = Schaufel, Spaten
watering can = Gießkanne
plant = Pflanze
cactus, cacti = Kaktus, Kakteen
succulent = Sukkulente, Sukkulenten
flower pot, plant pot, planter = Blumentopf, Pflanztopf, Übertopf
seeds = Samen, Saatgut
soil, compost = Erde, Blumenerde
grill, barbecue, bbq = Grill
contact grill = Kontaktgrill
fertiliser, fertilizer = Dünger
shampoo = Shampoo
conditioner = Spülung
soap = Seife
cream, lotion = Creme, Lotion
brush = Bürste
comb = Kamm
dog food = Hundefutter
cat food = Katzenfutter
pet food = Tierfutter
leash, dog leash, dog lead = Leine, Hundeleine
collar, dog collar, cat collar = Halsband, Hundehalsband, Katzenhalsband
dog bed = Hundebett
food = Lebensmittel, Essen
chocolate = Schokolade
wine = Wein
beer = Bier
honey = Honig
oil = Öl
spice = Gewürz
sugar = Zucker
milk = Milch
water = Wasser
precision, accuracy = Genauigkeit, Präzision
weighing range = Wägebereich, Wiegebereich
bean hopper, hopper = Bohnenbehälter
water tank = Wassertank
grind setting = Mahlstufe, Mahlgrad
burr = Mahlwerk, Mahlscheibe
accessories = Zubehör
spare part, spare parts, replacement part = Ersatzteil, Ersatzteile
shipping box, shipping carton, cardboard box = Versandkarton, Karton
extended warranty, warranty extension = Garantieverlängerung
stainless steel = Edelstahl, rostfreier Stahl
steel = Stahl
cast iron = Gusseisen
aluminium, aluminum = Aluminium
copper = Kupfer
brass = Messing
metal = Metall
plastic = Kunststoff, Plastik
ceramic, ceramics = Keramik
porcelain = Porzellan
stoneware = Steingut
wood, wooden = Holz, hölzern
walnut, walnut wood = Walnuss, Nussbaum, Walnussholz, Nussbaumholz
oak = Eiche, Eichenholz
larch = Lärche, Lärchenholz
acacia = Akazie, Akazienholz
beeswax = Bienenwachs
soy wax = Sojawachs
paraffin = Paraffin
safety glass, tempered glass, toughened glass = Sicherheitsglas, Einscheibensicherheitsglas, ESG
polycarbonate = Polycarbonat
titanium = Titan
carbon, carbon fibre, carbon fiber = Carbon, Kohlefaser
bamboo = Bambus
leather = Leder
cotton = Baumwolle
wool = Wolle
linen = Leinen
silk = Seide
polyester = Polyester
silicone = Silikon
rubber = Gummi
stone = Stein
marble = Marmor
cardboard = Pappe
black = schwarz
white = weiß
red = rot
blue = blau
green = grün
yellow = gelb
grey, gray = grau
silver = silber, silbern
gold, golden = gold, golden
brown = braun
beige = beige
pink = rosa, pink
purple = lila, violett
orange = orange
natural = natur
transparent = transparent, durchsichtig
germany = Deutschland
austria, austrian = Österreich, österreichisch
switzerland, swiss = Schweiz, schweizerisch
italy, italian = Italien, italienisch
france, french = Frankreich, französisch
spain, spanish = Spanien, spanisch
portugal, portuguese = Portugal, portugiesisch
netherlands, dutch = Niederlande, niederländisch, holländisch
belgium = Belgien
denmark, danish = Dänemark, dänisch
sweden, swedish = Schweden, schwedisch
norway, norwegian = Norwegen, norwegisch
poland, polish = Polen, polnisch
czech republic, czech = Tschechien, tschechisch
united kingdom, uk, britain, british = Großbritannien, britisch, England
ireland, irish = Irland, irisch
united states, usa, american = USA, Amerika, amerikanisch
japan, japanese = Japan, japanisch
china, chinese = China, chinesisch
india, indian = Indien, indisch
vietnam, vietnamese = Vietnam, vietnamesisch
indonesia, indonesian = Indonesien, indonesisch
ethiopia, ethiopian = Äthiopien, äthiopisch
kenya, kenyan = Kenia, kenianisch
rwanda = Ruanda
tanzania = Tansania
brazil, brazilian = Brasilien, brasilianisch
colombia, colombian = Kolumbien, kolumbianisch
peru, peruvian = Peru, peruanisch
guatemala = Guatemala
honduras = Honduras
costa rica = Costa Rica
mexico, mexican = Mexiko, mexikanisch
turkey, turkish = Türkei, türkisch
greece, greek = Griechenland, griechisch
handmade, hand-made = handgemacht, handgefertigt
organic = Bio, biologisch
vegan = vegan
decaf, decaffeinated = entkoffeiniert
wireless, cordless = kabellos
waterproof = wasserdicht
water-resistant, water resistant, water-repellent, splash-proof = wasserabweisend, spritzwassergeschützt
breathable = atmungsaktiv
dimmable = dimmbar
washable, machine washable = waschbar, maschinenwaschbar, waschmaschinenfest
rechargeable = wiederaufladbar, aufladbar
adjustable = verstellbar, einstellbar
foldable, folding, collapsible = faltbar, klappbar, zusammenklappbar
removable, detachable = abnehmbar, herausnehmbar
stackable = stapelbar
non-slip, anti-slip = rutschfest
hypoallergenic = hypoallergen
pet-safe, pet safe, pet-friendly, pet friendly, safe for pets, non-toxic to pets = tierfreundlich, haustierfreundlich, ungiftig für Haustiere
low-maintenance, low maintenance, easy-care, easy care = pflegeleicht
vegetarian = vegetarisch
biodegradable = biologisch abbaubar
recycled = recycelt
refillable = nachfüllbar
lockable = abschließbar
shockproof = stoßfest
heated = beheizt, beheizbar
manual = manuell
electric = elektrisch
children, kids, child = Kinder, Kind
women, ladies = Damen, Frauen
men, gentlemen = Herren, Männer
baby = Baby
`;

export interface ProductTerm {
	en: string[];
	de: string[];
}

/** The entries, parsed once. */
export const PRODUCT_VOCABULARY: readonly ProductTerm[] = [
	ENTRIES,
	PETS_CYCLING_ENTRIES,
	HOME_ENTRIES,
	GARDEN_DIY_ENTRIES,
	FASHION_BEAUTY_ENTRIES,
	KIDS_SPORTS_ENTRIES,
	TECH_OFFICE_ENTRIES,
	CAR_FOOD_GIFT_ENTRIES,
	CRAFTS_STATIONERY_ENTRIES,
	MUSIC_MEDIA_JEWELLERY_ENTRIES,
	BABY_PARTY_HEALTH_ENTRIES,
	HARDWARE_OUTDOOR_ENTRIES,
	PROPERTY_ENTRIES,
	SPECIFICATION_ENTRIES,
]
	.flatMap( formLines )
	.map( ( [ en, de ] ) => ( { en, de } ) )
	.filter( ( entry ) => entry.en.length > 0 && entry.de.length > 0 );
