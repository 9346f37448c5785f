/**
 * Product vocabulary entries: Baby and nursery; party and seasonal; health, pharmacy
 * and medical aids.
 * Same format and rules as the header of products.ts (one entry per line, English forms
 * " = " German forms, the usual form first, singular forms).
 */
export const BABY_PARTY_HEALTH_ENTRIES = `
changing bag, nappy bag, diaper bag = Wickeltasche
baby bouncer, bouncer = Babywippe, Wippe
swaddle, swaddle blanket = Pucksack, Pucktuch
muslin cloth, muslin square = Mullwindel, Mullwindeln, Spucktuch
nursing pillow, breastfeeding pillow = Stillkissen
breast pump = Milchpumpe
bottle steriliser, bottle sterilizer = Vaporisator, Sterilisator
bottle warmer = Flaschenwärmer
baby bath = Babybadewanne
baby blanket = Babydecke
night light = Nachtlicht
cot bumper = Nestchen
baby nest = Babynest
moses basket, bassinet = Stubenwagen, Babykorb
party supplies = Partyzubehör, Partybedarf
paper plate = Pappteller
paper cup = Pappbecher
garland, bunting = Girlande, Wimpelkette
banner = Banner
confetti = Konfetti
streamer, party streamer = Luftschlange
party hat = Partyhut
cake topper = Tortenaufsatz, Caketopper
birthday candle = Geburtstagskerze
sparkler = Wunderkerze
fireworks = Feuerwerk
carnival mask, party mask = Karnevalsmaske, Faschingsmaske
wig = Perücke
artificial christmas tree = künstlicher Weihnachtsbaum
advent wreath = Adventskranz
wreath = Kranz, Türkranz
nativity scene = Weihnachtskrippe
christmas stocking = Weihnachtsstrumpf
easter egg = Osterei
easter decoration = Osterdeko, Osterdekoration
paper lantern = Lampion
party bag, goody bag = Partytüte, Mitgebseltüte
gift tag = Geschenkanhänger
table decoration = Tischdeko, Tischdekoration
place card = Tischkarte, Platzkarte
blood glucose meter, glucose meter = Blutzuckermessgerät
pulse oximeter = Pulsoximeter
inhaler, nebuliser, nebulizer = Inhalator, Inhaliergerät
crutch = Krücke, Gehstütze
rollator, walker = Rollator
wheelchair = Rollstuhl
mobility scooter = Elektromobil, Seniorenmobil
shower chair, shower stool = Duschhocker, Duschstuhl
raised toilet seat = Toilettensitzerhöhung
grab rail, grab bar = Haltegriff
compression stocking, compression sock = Kompressionsstrumpf
gauze bandage, gauze = Mullbinde, Gaze
earplugs, ear plugs = Ohrstöpsel, Ohrenstöpsel
knee brace, knee support = Kniebandage
wrist support, wrist brace = Handgelenkbandage
syringe = Spritze
incontinence pad = Inkontinenzeinlage
medicine, medication = Medikament, Arzneimittel
`;
