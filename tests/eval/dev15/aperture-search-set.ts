/**
 * The Aperture & Grain dev set's conversation questions: searches by purpose, budget and
 * format, comparisons of products that share a model name or a noun, follow-ups on an earlier
 * turn, things the shop does not sell, and questions its data does not answer.
 */
import { NOT_FOUND } from '../phrases';
import {
	gbp,
	inStock,
	measure,
	NOT_KNOWN,
	NOT_SOLD,
	numberedQuestions,
	soldOut,
} from './aperture-questions';

const { questions, ofClass } = numberedQuestions( 'ag' );

// Searches by purpose, budget, format and quality.
const search = ofClass( 'search' );
search.en( 'I need a fast 50mm for my Nikon Z, what have you got?', [
	[ 'Levenshulme 50mm', 'Ringway 50mm' ],
] );
search.en(
	'looking for a light carbon tripod for hiking, under 2kg ideally',
	[
		[
			'Altrincham Carbon',
			'Irwell Carbon',
			'Fallowfield Carbon',
			'Rochdale Carbon',
			'Whalley Carbon',
			'Salford Carbon',
		],
	],
	[ ...NOT_FOUND, 'Heaton Aluminium' ]
);
search.en(
	'something for my niece who wants to try film photography, under £60?',
	[ [ 'Kodak Ektar H35', 'Reusable 35mm Film Camera' ] ]
);
search.en(
	'what black and white film do you have in 120?',
	[ [ 'Fallowfield Mono 100', 'Withington Mono 100' ] ],
	[ ...NOT_FOUND, 'Heaton Mono 400', 'Chorlton Mono 400' ]
);
search.en(
	'I want to do long exposures of waterfalls in daylight. which filter do i need?',
	[ [ 'ND1000', 'Variable ND' ] ]
);
search.en( 'fastest card for a camera with a CFexpress Type B slot?', [
	[
		'Withington CFexpress',
		'Deansgate CFexpress',
		'Ancoats CFexpress',
		'Salford CFexpress',
	],
] );
search.en( 'do you have a used full frame sony body?', [ 'Used Sony A7 III' ] );
search.en( 'cheapest tripod you sell?', [ 'Fallowfield', gbp( '133.99' ) ] );
search.en(
	'need a backpack that takes a laptop + a camera and 3 lenses, under £100',
	[ [ 'Ringway Roll-Top', 'Salford Roll-Top', 'Ardwick Camera Backpack' ] ]
);
search.en(
	'what lights would you recommend for filming youtube videos at home',
	[ [ 'LED Panel', 'COB Video Light', 'Softbox Kit', 'RGB Tube Light' ] ]
);
search.en( 'i shoot fuji - any lenses for portraits?', [
	[ 'Fallowfield 85mm', 'Prestwich 85mm' ],
] );
search.en( 'What have you got for cleaning my sensor myself?', [
	[ 'Sensor Swabs', 'Rocket Air Blower' ],
] );
search.en( 'anything for macro on canon?', [
	[ 'Irwell 100mm', 'Used Canon RF 35mm' ],
] );
search.en( 'spare battery for a canon r6 mk ii', [ 'LP-E6NH' ] );
search.de( 'Ich suche ein Weitwinkel-Zoom für Sony E, was habt ihr da?', [
	[ 'Hulme 16-35mm', 'Rusholme 16-35mm' ],
] );
search.de( 'Habt ihr einen Polfilter in 77 mm?', [
	[ 'Ringway Circular Polariser', 'Piccadilly Circular Polariser' ],
] );
search.de( 'Welcher Farbfilm ist gut für Porträts und nicht zu teuer?', [
	[ 'Castlefield Portrait 160', 'Salford Portrait 160' ],
] );
search.de(
	'Ich brauche einen Blitz mit Akku (keine AA-Batterien) für meine Nikon, was empfehlt ihr?',
	[ [ 'Irwell Mini Flash', 'Prestwich Speedlight', 'Ancoats Speedlight' ] ],
	[ ...NOT_FOUND, 'Piccadilly Studio Strobe', 'Pennine Mini Flash' ]
);
search.de( 'Gibt es bei euch gebrauchte analoge Kameras?', [
	[ 'Leica M6', 'Nikon FM2', 'Olympus OM-1', 'Pentax 67' ],
] );
search.de( 'ein kleines Geschenk für einen Fotografen bis 50 Pfund?', [
	[
		'Gift Card',
		'Gutschein',
		'Leather Camera Strap',
		'Kodak Ektar',
		'Reusable 35mm',
		'Rocket Air Blower',
		'Sensor Swabs',
		'Film',
	],
] );
search.de(
	'Ich möchte meine Negative zu Hause digitalisieren, was brauche ich dafür?',
	[ 'Film Scanning Adapter' ]
);
search.de( 'Welche ist die schnellste Speicherkarte, die ihr habt?', [
	'CFexpress',
	[ '1700', '1.700', '1,700' ],
] );

// Comparisons.
const compare = ofClass( 'compare' );
compare.en(
	'Altrincham vs Irwell carbon travel tripod - which one holds more weight?',
	[ measure( '9', 'kg' ), measure( '7', 'kg' ) ]
);
compare.en(
	"what's the difference between the Withington and the Deansgate CFexpress cards?",
	[ '850', [ '1020', '1,020', '1.020' ] ]
);
compare.en( 'Sony A7 IV or Nikon Z6 III, which one has more megapixels?', [
	'33',
	[ '24.5', '24,5' ],
] );
compare.en(
	'salford 35mm vs stretford 35mm f/1.8 for sony e, price difference?',
	[ gbp( '905.99' ), gbp( '339.00' ) ]
);
compare.en(
	'Ringway 50mm f/1.4 or Levenshulme 50mm f/1.4 - which is lighter?',
	[ measure( '255', 'g' ), measure( '680', 'g' ) ]
);
compare.en(
	'Castlefield Portrait 160 vs Salford Portrait 160 - why is one so much dearer?',
	[ gbp( '7.99' ), gbp( '19.99' ) ]
);
compare.de(
	'Was ist der Unterschied zwischen dem Prestwich ND1000 und dem Pennine ND1000?',
	[ [ 'Schott', 'B270' ], gbp( '37.00' ) ]
);
compare.de(
	'Canon R6 Mark II neu oder die gebrauchte Canon EOS R – wie groß ist der Preisunterschied?',
	[ gbp( '2049.00' ), gbp( '649.00' ) ]
);
compare.de(
	'Welcher Rucksack ist leichter, der Salford Roll-Top oder der Ringway Roll-Top?',
	[ 'Salford', measure( '0.7', 'kg' ) ]
);
compare.de(
	'Fallowfield 85mm oder Prestwich 85mm – welches ist abgedichtet und welches leichter?',
	[ measure( '595', 'g' ), measure( '470', 'g' ) ]
);

// Follow-ups on an earlier turn.
const followup = ofClass( 'followup' );
followup.en( 'and in fujifilm x mount?', [ gbp( '439.99' ) ], NOT_FOUND, [
	'how much is the Hulme 16-35mm f/4 zoom?',
] );
followup.en(
	'how much is it with the 24-70 kit lens?',
	[ gbp( '2749.00' ) ],
	NOT_FOUND,
	[ 'do you have the Nikon Z6 III?' ]
);
followup.en(
	'is the Piccadilly variable one available in 82mm?',
	...inStock( 4 ),
	[ 'what ND filters do you sell?' ]
);
followup.en(
	'has it been serviced?',
	[ [ 'CLA', 'serviced', 'October' ] ],
	NOT_FOUND,
	[ 'tell me about the used Leica M6' ]
);
followup.en(
	'how long does E-6 take?',
	[ [ '10 working days', 'ten working days' ] ],
	NOT_FOUND,
	[ 'I want to send you some film to develop' ]
);
followup.en( 'and to the US?', [ gbp( '39.95' ) ], NOT_FOUND, [
	'how much is delivery to Germany?',
] );
followup.en(
	'and the Stockport one?',
	[ [ '1025 g', '1025g', '1,025 g', '1.025 g', '1.025 kg', '1,025 kg' ] ],
	[ ...NOT_FOUND, '735' ],
	[ 'What does the Oldham 70-200mm f/4 weigh?' ]
);
followup.de( 'Gibt es die auch in Silber?', ...soldOut, [
	'Was kostet die Fujifilm X-T5?',
] );
followup.de( 'Was kostet das 5er-Pack?', [ gbp( '46.99' ) ], NOT_FOUND, [
	'Habt ihr den Ringway Colour 400 Film?',
] );
followup.de(
	'Wie hoch geht es maximal?',
	[ [ ...measure( '140', 'cm' ), '1,40 m', '1.40 m', '1,4 m', '1.4 m' ] ],
	NOT_FOUND,
	[ 'Ich interessiere mich für das Altrincham Carbon Travel Tripod.' ]
);
followup.de(
	'Und bei einer Mittelformatkamera?',
	[ gbp( '69.00' ) ],
	NOT_FOUND,
	[ 'Wie viel kostet bei euch eine Sensorreinigung?' ]
);
followup.de(
	'Wie lange gilt euer Angebot dann?',
	[ [ '14 Tage', '14 days', 'vierzehn Tage' ] ],
	NOT_FOUND,
	[ 'Ich möchte meine alte Kamera bei euch in Zahlung geben.' ]
);

// Things the shop does not sell.
const absent = ofClass( 'absent' );
absent.en( 'do you sell drones?', [ NOT_SOLD ], [] );
absent.en( 'have you got the Leica M11?', [ NOT_SOLD ], [] );
absent.en( 'do you stock instax or polaroid instant film', [ NOT_SOLD ], [] );
absent.en( "I'm after a gimbal for my mirrorless", [ NOT_SOLD ], [] );
absent.en( 'any lenses in L-mount?', [ NOT_SOLD ], [] );
absent.en( 'do you sell photo printers?', [ NOT_SOLD ], [] );
absent.en(
	'can I buy a Canon EF to RF mount adapter from you',
	[ NOT_SOLD ],
	[]
);
absent.de( 'Verkauft ihr Drohnen von DJI?', [ NOT_SOLD ], [] );
absent.de(
	'Habt ihr Objektive mit Micro-Four-Thirds-Anschluss?',
	[ NOT_SOLD ],
	[]
);
absent.de( 'Habt ihr Sofortbildkameras?', [ NOT_SOLD ], [] );
absent.de( 'Gibt es bei euch Fotoalben?', [ NOT_SOLD ], [] );
absent.de( 'Verkauft ihr auch Ferngläser?', [ NOT_SOLD ], [] );

// Questions the shop's data does not answer.
const unknown = ofClass( 'unknown' );
unknown.en(
	'Is the Prestwich 85mm compatible with the Sony 1.4x teleconverter?',
	[ NOT_KNOWN ],
	[]
);
unknown.en(
	'how many shots does the Nikon Zf get per battery charge?',
	[ NOT_KNOWN ],
	[]
);
unknown.en(
	'how many aperture blades does the Oldham 35mm f/1.8 have?',
	[ NOT_KNOWN ],
	[ 'eleven', '11 ' ]
);
unknown.en(
	'when will the Sony E version of the Stockport 70-200 be back in stock?',
	[ NOT_KNOWN ],
	[]
);
unknown.en( 'Do you price match other UK camera shops?', [ NOT_KNOWN ], [] );
unknown.en( 'is there a student discount?', [ NOT_KNOWN ], [] );
unknown.en(
	'will the Castlefield microSD card work in a GoPro Hero 12?',
	[ NOT_KNOWN ],
	[]
);
unknown.de(
	'Wann kommt die Fujifilm X-T5 in Silber wieder rein?',
	[ NOT_KNOWN ],
	[]
);
unknown.de(
	'Funktioniert der Piccadilly Studio Strobe mit Godox-Funkauslösern?',
	[ NOT_KNOWN ],
	[]
);
unknown.de(
	'Aus welchem Baujahr ist die gebrauchte Nikon FM2?',
	[ NOT_KNOWN ],
	[]
);
unknown.de( 'Kann ich im Laden bar in Euro bezahlen?', [ NOT_KNOWN ], [] );
unknown.de(
	'Bekomme ich Rabatt, wenn ich drei Objektive auf einmal kaufe?',
	[ NOT_KNOWN ],
	[]
);

export const CONVERSATION = questions;
